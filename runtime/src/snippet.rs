//! The runtime's JavaScript ([`js/snippet.mjs`](../js/snippet.mjs), and
//! [`js/async.mjs`](../js/async.mjs) for async classes), wasm-bindgen
//! snippets the package's glue imports, shipped minified as `src/*.mjs`
//! (written by `cargo xtask snippet`, checked by `cargo xtask test`). Only with the `snippet` feature (on by default): `--target no-modules` refuses snippets, and CommonJS loads this
//! ES module only on Node 20.19+ / 22.12+ (`require(esm)`; the `.mjs` name
//! makes that work under a `"type": "commonjs"` package).
//!
//! When it loads it supplies `Symbol.dispose` / `Symbol.asyncDispose` where
//! the runtime lacks them. Rust calls `install` once per class, at its first
//! object (`prototype.rs`); from then on the class's `free()` /
//! `[Symbol.dispose]()` / `[Symbol.asyncDispose]()` and the glue's
//! `__destroy_into_raw()` (how a by-value argument leaves JavaScript) are the
//! snippet's. They give back everything a disposed or moved object held, as
//! plain wasm-bindgen's `free()` does: the Rust value, the handle's cell
//! (through the raw export in `dispose.rs`) and the `FinalizationRegistry`
//! entry (the glue's own registry, learnt from the probe object's
//! registration). The object then points at a sentinel handle of its class
//! whose slot says "disposed" or "moved", so every later use reaches Rust
//! with a valid pointer and is refused with `DisposedError` (a pointer of 0
//! would read as `None` in an `Option`).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/src/snippet.mjs")]
extern "C" {
    /// Watches the class's `FinalizationRegistry` registration of the probe
    /// Rust makes next (`true`), or stops (`false`).
    #[wasm_bindgen(js_name = watchProbe)]
    pub(crate) fn watch_probe(on: bool);
    /// Takes over the class of `probe`: returns its index times 2^32 plus
    /// the probe's pointer if the snippet retired the probe (its cell is then
    /// Rust's to free), or -1 if the class is not of the glue's known shape.
    /// With `later`, cells of disposed and moved objects are given back at
    /// the end of the microtask (wasm-bindgen before 0.2.130).
    pub(crate) fn install(
        probe: &JsValue,
        disposed: u32,
        moved: u32,
        release: u32,
        exports: &JsValue,
        later: bool,
    ) -> f64;
    /// The by-value argument at `ptr`, of the class at `class`, was taken:
    /// `true` when its object gave its pointer up and Rust may free the cell.
    pub(crate) fn disown(ptr: i32, class: u32) -> bool;
    /// The pointer of `object` if it is an object of the class, else 0.
    #[wasm_bindgen(js_name = pointerOf)]
    pub(crate) fn pointer_of(object: &JsValue, class: u32) -> i32;
    /// Makes the class of `probe` (an object of the exported `DisposedError`
    /// class) an `Error` class named `DisposedError`, with the brand check
    /// as its `Symbol.hasInstance` when `has_instance`; returns its prototype.
    #[wasm_bindgen(js_name = errorClass)]
    pub(crate) fn error_class(probe: &JsValue, has_instance: bool) -> JsValue;
    /// Whether `value` is any package's `DisposedError` (see `error.rs`).
    /// `catch`: a getter of `value` may throw. It also puts a shim in the
    /// glue, so the wasm imports this module through the glue, as every
    /// other function here: a loader of its own that gives the wasm only the
    /// glue's module (`--target bundler`) works.
    #[cfg(wd_symbol_names)]
    #[wasm_bindgen(catch, js_name = isDisposedError)]
    pub(crate) fn is_disposed_error(value: &JsValue) -> Result<bool, JsValue>;
    /// A new `DisposedError` of the prototype `proto`.
    #[wasm_bindgen(js_name = deadError)]
    pub(crate) fn dead_error(proto: &JsValue, message: &str, class: &str, moved: bool) -> JsValue;
    /// Calls a `debugDispose` listener with the event `{ class, reason }`,
    /// and `error` unless it is `undefined`; a throw is reported with
    /// `console.error`, not passed on.
    #[cfg(feature = "stats")]
    pub(crate) fn notify(listener: &JsValue, class: &str, reason: &str, error: &JsValue);
    /// [`disown`] for an object Rust found in a `JsValue`.
    #[wasm_bindgen(js_name = disownObject)]
    pub(crate) fn disown_object(object: &JsValue, class: u32) -> bool;
}

/// What only a package with a `#[disposable(async)]` class imports
/// (`js/async.mjs`, which imports the module above).
#[wasm_bindgen(module = "/src/async.mjs")]
extern "C" {
    /// Gives the class `index` (what `install` returned) its
    /// `[Symbol.asyncDispose]()`.
    #[wasm_bindgen(js_name = installAsync)]
    pub(crate) fn install_async(index: u32);
    /// The Promise of the async cleanup `id` (see `cleanup.rs`).
    #[wasm_bindgen(js_name = cleanupStart)]
    pub(crate) fn cleanup_start(id: u32) -> JsValue;
    /// Calls `poll(id)` in a microtask; a trap there rejects the cleanup's
    /// Promise.
    #[wasm_bindgen(js_name = cleanupPoll)]
    pub(crate) fn cleanup_poll(id: u32, poll: &JsValue);
    /// Settles the Promise of the cleanup `id`.
    #[wasm_bindgen(js_name = cleanupEnd)]
    pub(crate) fn cleanup_end(id: u32, ok: bool, value: &JsValue);
    /// The message the cleanup `id` rejects with if it traps.
    #[wasm_bindgen(js_name = cleanupPanicked)]
    pub(crate) fn cleanup_panicked(id: u32, message: &str);
}
