// Plain #[wasm_bindgen], for the count of errors: see ../extends-js-class-without-extends.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(extends_js_class = "Animal")]
pub struct Dog {
    legs: u32,
}

fn main() {}
