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

fn main() {}
