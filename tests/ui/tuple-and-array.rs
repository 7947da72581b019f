// Tuples and arrays: one error each, on the type, where plain gives two.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn sum(&self, pair: (u32, u32)) -> u32 {
        pair.0 + pair.1
    }

    pub fn first(&self, bytes: [u8; 4]) -> u8 {
        bytes[0]
    }

    pub fn both(&self) -> (u32, u32) {
        (self.id, self.id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.sum((1, 2)) + u32::from(thing.first([1; 4])) + thing.both().0 + thing.id();
}
