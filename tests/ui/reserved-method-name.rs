use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn free(&mut self) {}

    #[wasm_bindgen(js_name = "[Symbol.dispose]")]
    pub fn close(&mut self) {}

    #[wasm_bindgen(getter)]
    pub fn disposed(&self) -> bool {
        false
    }
}

// The methods are still there for Rust, and the class for JavaScript: their
// uses are no further error.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take(thing: Thing) -> u32 {
    thing.id
}

fn main() {
    let mut thing = Thing { id: 1 };
    thing.free();
    thing.close();
    let _ = thing.disposed();
}
