// Plain #[wasm_bindgen], for the count of errors: see ../lifetime-method.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
