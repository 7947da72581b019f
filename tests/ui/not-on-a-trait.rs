use wasm_dispose::disposable;

#[disposable]
pub trait Shape {
    fn area(&self) -> f64;
}

struct Square;

impl Shape for Square {
    fn area(&self) -> f64 {
        1.0
    }
}

// The trait is still emitted: its uses are no further error.
fn main() {
    let _ = Square.area();
}
