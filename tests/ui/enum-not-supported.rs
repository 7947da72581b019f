use wasm_dispose::disposable;

#[disposable]
pub enum Shape {
    Circle,
    Square,
}

// The enum is still emitted (plain Rust): its uses are no further error.
fn main() {
    let _ = Shape::Circle;
}
