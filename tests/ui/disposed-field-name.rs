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

fn main() {}
