//! An impl block in another module. Plain wasm-bindgen takes only a bare
//! name (`use super::Image;`); #[disposable] needs the path (see README).
//! Its own file: the lint comparison reads only lib.rs, where both builds
//! have the same items.
use super::*;

#[cfg(feature = "plain")]
use super::Image;

#[cfg(feature = "plain")]
#[class(js_class = Img)]
impl Image {
    #[wasm_bindgen(js_name = area)]
    pub fn area(&self) -> u32 {
        self.width * self.width
    }
}

#[cfg(not(feature = "plain"))]
#[class(js_class = Img)]
impl super::Image {
    #[wasm_bindgen(js_name = area)]
    pub fn area(&self) -> u32 {
        self.width * self.width
    }
}
