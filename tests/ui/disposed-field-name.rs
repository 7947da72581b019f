use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    pub disposed: bool,
    #[wasm_bindgen(js_name = free)]
    pub release: u32,
    #[cfg_attr(target_os = "none", wasm_bindgen(js_name = "disposed"))]
    pub maybe: u32,
}

#[disposable]
impl Thing {
    #[wasm_bindgen(getter = disposed)]
    pub fn is_gone(&self) -> bool {
        false
    }

    #[wasm_bindgen(setter)]
    pub fn set_disposed(&mut self, _: bool) {}
}

// The class is still generated without those members: its uses are no
// further error.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn peek(thing: &Thing) -> u32 {
    thing.release + thing.maybe
}

fn main() {
    let mut thing = Thing { disposed: false, release: 1, maybe: 2 };
    thing.set_disposed(thing.is_gone());
    let _ = thing.disposed;
}
