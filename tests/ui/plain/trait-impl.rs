// Plain #[wasm_bindgen], for the count of errors: see ../trait-impl.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Clone for Thing {
    fn clone(&self) -> Self {
        Thing { id: self.id }
    }
}

// The trait impl is still emitted: its uses are no further error.
fn main() {
    let _ = Thing { id: 1 }.clone();
}
