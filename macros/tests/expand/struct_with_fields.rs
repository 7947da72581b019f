// A struct with fields and options: documented, under `cfg`, renamed into a
// namespace, `inspectable`; public fields become properties (read-only,
// cloned, renamed, skipped, raw identifier), private ones do not.

/// An image in memory.
#[disposable(js_name = "Img", inspectable, js_namespace = geo)]
#[cfg(not(feature = "headless"))]
#[derive(Default)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    #[wasm_bindgen(readonly)]
    pub height: u32,
    #[wasm_bindgen(getter_with_clone, js_name = "label")]
    pub name: String,
    #[wasm_bindgen(skip)]
    pub cache: Vec<u8>,
    pub r#type: u8,
    pixels: Vec<u8>,
}

// A tuple struct under the default options.
#[disposable]
pub struct Point(pub f64, pub f64, u32);
