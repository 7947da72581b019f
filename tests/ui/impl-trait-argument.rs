// An `impl Trait` argument: one error, on it, as with plain (issue 23).
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn add(&self, x: impl Into<u32>) -> u32 {
        self.id + x.into()
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.add(2u8) + thing.id();
}
