//! An impl block in another module, naming the struct with a bare name
//! brought in with `use`, as plain wasm-bindgen requires (a path,
//! `impl super::Image`, works with `#[disposable]` too). Its own file: the
//! lint comparison reads only lib.rs, where both builds have the same items.
use super::*;

use super::Image;

#[class(js_class = Img)]
impl Image {
    #[wasm_bindgen(js_name = area)]
    pub fn area(&self) -> u32 {
        self.width * self.width
    }

    /// A keyword as a bare `js_name`, as y-crdt's ywasm writes it.
    #[wasm_bindgen(getter, js_name = type)]
    pub fn kind(&self) -> String {
        "image".into()
    }
}
