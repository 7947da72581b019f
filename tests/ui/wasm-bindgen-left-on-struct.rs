use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

fn main() {}
