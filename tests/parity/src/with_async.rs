//! `#[disposable(async)]`, with the same options as the sync classes. Only
//! in the #[disposable] build.
use super::*;
use wasm_dispose::AsyncDispose;

#[wasm_dispose::disposable(async, inspectable, js_name = AsyncPair, getter_with_clone)]
pub struct AsyncPair(pub String, pub u32);

#[wasm_dispose::disposable(js_class = AsyncPair)]
impl AsyncPair {
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(constructor))]
    pub fn make(name: String, _: u32) -> AsyncPair {
        AsyncPair(name, 7)
    }

    #[wasm_bindgen(js_name = "[Symbol.toPrimitive]")]
    pub fn prim(&self, _: String) -> u32 {
        self.1
    }

    #[allow(non_snake_case)]
    pub async fn waitFor(&self, extra: u32) -> u32 {
        self.1 + extra
    }
}

impl AsyncDispose for AsyncPair {
    async fn dispose(self) -> Result<(), JsValue> {
        Ok(())
    }
}
