// Plain #[wasm_bindgen], for the count of errors: see ../generic-function.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn first<T: Copy>(values: Vec<T>) -> T {
    values[0]
}

// The function is still emitted (plain Rust): its uses are no further error.
fn main() {
    let _: u32 = first(vec![1]);
}
