use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    #[wasm_bindgen(typescript_type = "1 | 2", readonly)]
    pub level: u32,
    #[wasm_bindgen(constructor)]
    pub other: u32,
}

fn main() {}
