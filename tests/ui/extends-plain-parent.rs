// The parent must be #[disposable] too: a disposable class keeps its
// parent's value in a part of the parent's class.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[wasm_bindgen]
pub struct Animal {
    legs: u32,
}

#[disposable(extends = Animal)]
pub struct Dog {
    name: String,
}

fn main() {}
