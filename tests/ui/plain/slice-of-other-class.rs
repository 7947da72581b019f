// Plain #[wasm_bindgen], for the count of errors: see ../slice-of-other-class.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Other {
    id: u32,
}

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn sum(&self, others: &[Other]) -> u32 {
        others.iter().map(|o| o.id).sum::<u32>() + self.id
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.sum(&[Other { id: 2 }]) + thing.id();
}
