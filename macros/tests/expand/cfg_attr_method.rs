// Methods whose wasm-bindgen options depend on `cfg_attr`: one forwarding
// method per configuration, each under its `cfg`.

#[disposable]
impl Foo {
    #[cfg_attr(feature = "a", wasm_bindgen(constructor))]
    pub fn make() -> Foo {
        Foo
    }

    #[cfg_attr(feature = "b", wasm_bindgen(js_name = "otherName"), allow(dead_code))]
    #[cfg_attr(all(feature = "b", unix), wasm_bindgen(skip_typescript))]
    pub fn name(&self, #[wasm_bindgen(js_name = "n")] count: u32) -> u32 {
        count
    }

    #[cfg(feature = "extra")]
    #[cfg_attr(feature = "a", wasm_bindgen(getter))]
    pub fn extra(&self) -> u32 {
        1
    }
}
