//! A module compiled only with the `extra` feature.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

use crate::handles::BodyHandle;

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
pub struct Joint {
    pub(crate) a: BodyHandle,
    pub(crate) b: BodyHandle,
    pub stiffness: f64,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Joint {
    #[wasm_bindgen(constructor)]
    pub fn new(a: &BodyHandle, b: &BodyHandle, stiffness: f64) -> Joint {
        Joint { a: *a, b: *b, stiffness }
    }

    #[wasm_bindgen(js_name = connects)]
    pub fn connects(&self, h: &BodyHandle) -> bool {
        self.a == *h || self.b == *h
    }
}
