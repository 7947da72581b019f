// A method with a lifetime parameter: one error, as with plain.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn longest<'a>(&'a self, other: &'a str) -> usize {
        other.len().max(self.id as usize)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.longest("ab") + thing.id() as usize;
}
