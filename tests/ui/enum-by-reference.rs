// A `#[wasm_bindgen]` enum by reference: wasm-bindgen passes enums by value
// only. Which types are enums only the compiler knows, so the error is
// wasm-bindgen's trait error, as often as plain gives it.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[wasm_bindgen]
#[derive(Clone, Copy)]
pub enum Color {
    Red,
    Green,
}

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
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
