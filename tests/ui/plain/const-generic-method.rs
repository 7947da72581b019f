// Plain #[wasm_bindgen], for the count of errors: see ../const-generic-method.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn scaled<const N: u32>(&self) -> u32 {
        self.id * N
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.scaled::<2>() + thing.id();
}
