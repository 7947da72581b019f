//! Handles into the world: `Copy` tuple structs over `pub(crate)` ids.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BodyHandle(pub(crate) u32);

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl BodyHandle {
    #[wasm_bindgen(getter)]
    pub fn index(&self) -> u32 {
        self.0
    }

    #[wasm_bindgen(js_name = equals)]
    pub fn equals(&self, other: &BodyHandle) -> bool {
        self == other
    }
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ColliderHandle(pub(crate) u32);

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl ColliderHandle {
    #[wasm_bindgen(getter)]
    pub fn index(&self) -> u32 {
        self.0
    }
}
