// Plain #[wasm_bindgen], for the count of errors: see ../self-in-function.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
pub fn id(&self) -> u32 {
    1
}

fn main() {}
