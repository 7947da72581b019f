use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    // Other well-known symbols are the user's; these two are ours.
    #[wasm_bindgen(js_name = "[Symbol.toPrimitive]")]
    pub fn prim(&self) -> u32 {
        self.id
    }

    #[wasm_bindgen(js_name = "[Symbol.asyncDispose]")]
    pub async fn close(self) {}
}

fn main() {}
