use wasm_dispose::disposable;

#[disposable(wasm_bindgen = ::wasm_bindgen, inspectable, inspectable)]
pub struct Thing {
    id: u32,
}

fn main() {}
