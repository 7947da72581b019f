// Plain #[wasm_bindgen], for the count of errors: see ../borrowed-return.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
