// wasm-bindgen's tests/wasm/validate_prt.rs (commit 7efa2e0fd289), migrated as
// described in lib.rs.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[wasm_bindgen(module = "/validate_prt.js")]
extern "C" {
    fn js_works();
}

#[disposable]
pub struct Fruit {
    name: String,
}

#[disposable]
impl Fruit {
    pub fn name(&self) -> String {
        self.name.clone()
    }

    #[wasm_bindgen(constructor)]
    pub fn new(name: String) -> Self {
        Fruit { name }
    }

    pub fn rot(self) {
        drop(self);
    }

    #[wasm_bindgen(getter)]
    pub fn prop(self) -> u32 {
        0
    }

    #[wasm_bindgen(setter)]
    pub fn set_prop(self, _val: u32) {}
}

#[wasm_bindgen]
pub fn eat(_: Fruit) {}

#[wasm_bindgen(js_name = "test_validate_prt_works")]
pub fn test_validate_prt_works() {
    js_works();
}
