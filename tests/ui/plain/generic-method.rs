// Plain #[wasm_bindgen], for the count of errors: see ../generic-method.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn get<T: Default>(&self) -> T {
        T::default()
    }

    // Accepted, as by #[wasm_bindgen]: JavaScript calls the argument `arg0`.
    pub fn pair(&self, _: u32, b: u32) -> u32 {
        b + self.id
    }
}

fn main() {}
