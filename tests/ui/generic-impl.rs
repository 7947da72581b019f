// An impl block with a type parameter: one error, as with plain (the block
// is not emitted: Rust rejects a parameter its type does not use).
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl<T: Default> Thing {
    pub fn id(&self) -> u32 {
        self.id
    }
}

// A generic impl of a generic struct: one error, and the block stays.
pub struct Wrapper<T>(T);

#[disposable]
impl<T: Copy> Wrapper<T> {
    pub fn get(&self) -> T {
        self.0
    }
}

fn main() {}
