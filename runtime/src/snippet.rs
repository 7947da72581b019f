//! The runtime's JavaScript ([`snippet.mjs`](./snippet.mjs)), a wasm-bindgen
//! snippet the package's glue imports. Only with the `snippet` feature (on by
//! default): `--target no-modules` refuses snippets, and CommonJS loads this
//! ES module only on Node 20.19+ / 22.12+ (`require(esm)`).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/src/snippet.mjs")]
extern "C" {
    /// Watches the class's `FinalizationRegistry` registration of the probe
    /// Rust makes next.
    #[wasm_bindgen(js_name = beginProbe)]
    pub(crate) fn begin_probe();
    #[wasm_bindgen(js_name = endProbe)]
    pub(crate) fn end_probe();
    /// Takes over the class of `probe`: returns its index.
    pub(crate) fn install(
        probe: &JsValue,
        disposed: u32,
        moved: u32,
        release: u32,
        exports: &JsValue,
        is_async: bool,
    ) -> u32;
    /// The by-value argument at `ptr` was taken: `true` when its object gave
    /// its pointer up and Rust may free the cell.
    pub(crate) fn disown(ptr: i32) -> bool;
    /// The pointer of `object` if it is an object of the class, else 0.
    #[wasm_bindgen(js_name = pointerOf)]
    pub(crate) fn pointer_of(object: &JsValue, class: u32) -> i32;
    /// [`disown`] for an object Rust found in a `JsValue`.
    #[wasm_bindgen(js_name = disownObject)]
    pub(crate) fn disown_object(object: &JsValue, class: u32) -> bool;
}
