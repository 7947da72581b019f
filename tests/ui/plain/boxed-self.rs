// Plain #[wasm_bindgen], for the count of errors: see ../boxed-self.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn into_id(self: Box<Self>) -> u32 {
        self.id
    }

    fn boxed_helper(self: Box<Self>) -> u32 {
        self.id
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let _ = Box::new(Thing { id: 1 }).into_id() + Box::new(Thing { id: 2 }).boxed_helper();
}
