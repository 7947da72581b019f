// wasm-bindgen's tests/wasm/struct_vecs.rs (commit 7efa2e0fd289), migrated as
// described in lib.rs.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[wasm_bindgen(module = "/struct_vecs.js")]
extern "C" {
    fn pass_struct_vec();
    fn pass_invalid_struct_vec();
}

#[disposable]
pub struct ArrayElement;

#[disposable]
impl ArrayElement {
    #[wasm_bindgen(constructor)]
    pub fn new() -> ArrayElement {
        ArrayElement
    }
}

#[wasm_bindgen]
pub fn consume_struct_vec(mut vec: Vec<ArrayElement>) -> Vec<ArrayElement> {
    vec.push(ArrayElement);
    vec
}

#[wasm_bindgen]
pub fn consume_optional_struct_vec(vec: Option<Vec<ArrayElement>>) -> Option<Vec<ArrayElement>> {
    vec.map(consume_struct_vec)
}

#[wasm_bindgen(js_name = "test_struct_vecs_test_valid")]
pub fn test_struct_vecs_test_valid() {
    pass_struct_vec();
}

#[cfg(not(target_feature = "exception-handling"))]
#[wasm_bindgen(js_name = "test_struct_vecs_test_invalid")]
pub fn test_struct_vecs_test_invalid() {
    pass_invalid_struct_vec();
}
