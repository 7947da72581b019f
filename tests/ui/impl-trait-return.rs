// Returning `impl Trait`: one error, as with plain.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn ids(&self) -> impl Iterator<Item = u32> {
        std::iter::once(self.id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.ids().count() + thing.id() as usize;
}
