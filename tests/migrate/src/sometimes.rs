use wasm_bindgen::prelude::*;

#[cfg_attr(target_family = "wasm", wasm_bindgen)]
pub struct Sometimes {
    pub n: u32,
}

#[cfg_attr(target_family = "wasm", wasm_bindgen)]
impl Sometimes {
    #[cfg_attr(target_family = "wasm", wasm_bindgen(constructor))]
    pub fn new() -> Sometimes {
        Sometimes { n: 1 }
    }
}

#[cfg(not(feature = "never"))]
#[wasm_bindgen]
pub struct Often {
    pub n: u32,
}

#[cfg(not(feature = "never"))]
#[wasm_bindgen]
impl Often {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Often {
        Often { n: 2 }
    }
}
