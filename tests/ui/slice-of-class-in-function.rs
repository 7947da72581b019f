// A slice of a `#[disposable]` class taken by a free function: wasm-bindgen
// lends only slices of numbers. The error is wasm-bindgen's trait error,
// as often as plain gives it.
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
pub fn sum(things: &[Thing]) -> u32 {
    things.iter().map(|t| t.id).sum()
}

fn main() {
    let _ = sum(&[Thing { id: 1 }]);
}
