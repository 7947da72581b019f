// Plain #[wasm_bindgen], for the count of errors: see ../extends-field-named-parent.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Animal {
    legs: u32,
}

#[wasm_bindgen(extends = Animal)]
pub struct Dog {
    parent: u32,
}

fn main() {}
