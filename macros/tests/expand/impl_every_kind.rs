// An impl block with every receiver and every kind of argument and return.

#[disposable]
#[allow(clippy::new_without_default)]
impl Image {
    /// Makes an image.
    #[wasm_bindgen(constructor)]
    pub fn new(width: u32, height: u32) -> Image {
        todo!()
    }

    #[wasm_bindgen(constructor)]
    pub fn try_new(width: u32) -> Result<Self, JsError> {
        todo!()
    }

    #[wasm_bindgen(js_name = "copyOf")]
    pub fn copy_of(other: &Image, scale: f64) -> Image {
        todo!()
    }

    pub fn width(&self) -> u32 {
        0
    }

    #[wasm_bindgen(getter)]
    pub fn area(&self) -> u64 {
        0
    }

    #[wasm_bindgen(setter)]
    pub fn set_width(&mut self, width: u32) {}

    pub fn blur(&mut self, radius: f32, mask: &Mask, dst: &mut Canvas, palette: Palette, fallback: Option<Image>) {}

    pub fn label(&self, name: &str, bytes: &[u8], out: &mut [u8], value: &JsValue) -> String {
        String::new()
    }

    pub fn merge(&self, other: &Self, others: Vec<Image>) -> Result<Self, JsError> {
        todo!()
    }

    pub fn split(self, at: u32) -> Vec<Image> {
        vec![]
    }

    pub fn into_parts(self) -> Option<Self> {
        None
    }

    pub async fn load(&self, source: &Image, url: String) -> Result<u32, JsValue> {
        Ok(1)
    }

    pub async fn wait(&mut self) {}

    pub fn ignore(&self, _: u32, #[wasm_bindgen(js_name = amount, unchecked_param_type = "1 | 2")] n: u32) {}

    #[wasm_bindgen(skip)]
    pub fn skipped(&self) {}

    fn private(&self) {}
}

// An impl in another module, of a renamed class in a namespace.
#[disposable(js_class = "Img", js_namespace = geo)]
impl super::images::Image {
    #[allow(non_snake_case)]
    pub fn toJSON(self) -> JsValue {
        JsValue::NULL
    }
}

// A constructor that checks an argument, and one that takes a class by
// value and may fail.
#[disposable]
impl Canvas {
    #[wasm_bindgen(constructor)]
    pub fn new(image: &Image, images: Vec<Image>) -> Canvas {
        todo!()
    }

    #[wasm_bindgen(js_name = "fromImage")]
    pub fn from_image(image: Image) -> Result<Canvas, JsError> {
        todo!()
    }
}
