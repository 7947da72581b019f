// Plain #[wasm_bindgen], for the count of errors: see ../impl-trait-argument.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
