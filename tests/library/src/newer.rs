//! What wasm-bindgen 0.2.100 lacks: a class in a JavaScript namespace.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

#[cfg_attr(not(feature = "plain"), disposable(js_namespace = physics))]
#[cfg_attr(feature = "plain", wasm_bindgen(js_namespace = physics))]
pub struct Gravity {
    pub g: f64,
}

#[cfg_attr(not(feature = "plain"), disposable(js_namespace = physics))]
#[cfg_attr(feature = "plain", wasm_bindgen(js_namespace = physics))]
impl Gravity {
    #[wasm_bindgen(constructor)]
    pub fn new(g: f64) -> Gravity {
        Gravity { g }
    }
}
