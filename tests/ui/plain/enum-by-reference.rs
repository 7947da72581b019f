// Plain #[wasm_bindgen], for the count of errors: see ../enum-by-reference.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
#[derive(Clone, Copy)]
pub enum Color {
    Red,
    Green,
}

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn paint(&self, color: &Color) -> u32 {
        self.id + *color as u32
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.paint(&Color::Red) + thing.id() + Color::Green as u32;
}
