// Plain #[wasm_bindgen], for the count of errors: see ../impl-trait-return.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
