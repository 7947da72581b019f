use wasm_dispose::disposable;

#[disposable]
pub enum Shape {
    Circle,
    Square,
}

fn main() {}
