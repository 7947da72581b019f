// `self` in a free function: one error, as with plain (the function is not
// emitted: Rust rejects it there too).
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
pub fn id(&self) -> u32 {
    1
}

fn main() {}
