use wasm_dispose::disposable;

#[disposable]
pub trait Shape {
    fn area(&self) -> f64;
}

fn main() {}
