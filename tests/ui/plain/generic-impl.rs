// Plain #[wasm_bindgen], for the count of errors: see ../generic-impl.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl<T: Default> Thing {
    pub fn id(&self) -> u32 {
        self.id
    }
}

// A generic impl of a generic struct: one error, and the block stays.
pub struct Wrapper<T>(T);

#[wasm_bindgen]
impl<T: Copy> Wrapper<T> {
    pub fn get(&self) -> T {
        self.0
    }
}

fn main() {}
