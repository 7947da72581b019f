// Plain #[wasm_bindgen], for the count of errors: see ../slice-of-class-in-function.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
pub fn sum(things: &[Thing]) -> u32 {
    things.iter().map(|t| t.id).sum()
}

fn main() {
    let _ = sum(&[Thing { id: 1 }]);
}
