// Plain #[wasm_bindgen], for the count of errors: see ../variadic.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub unsafe extern "C" fn sum(&self, count: u32, _: ...) -> u32 {
        count
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

#[wasm_bindgen]
pub unsafe extern "C" fn total(count: u32, _: ...) -> u32 {
    count
}

fn main() {
    let _ = Thing { id: 1 }.id();
}
