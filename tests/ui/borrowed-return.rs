// Returning a borrow: one error each, as with plain.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn id_ref(&self) -> &u32 {
        &self.id
    }

    pub fn maybe_ref(&self) -> Option<&u32> {
        Some(&self.id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = *thing.id_ref() + thing.maybe_ref().copied().unwrap_or(0) + thing.id();
}
