//! Tells the runtime which wasm-bindgen it is built with. `wasm-bindgen-shared`
//! declares `links = "wasm_bindgen"`, so the build dependency is the very
//! version the crate links against, and its `version()` names it.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for cfg in ["wd_try_abi", "wd_symbol_names", "wd_try_from_js_value_ref", "wd_extends", "wd_eager_async_args"] {
        println!("cargo:rustc-check-cfg=cfg({cfg})");
    }
    // `0.2.130`, or `0.2.130 (<git revision>)` for a build from git.
    let version = wasm_bindgen_shared::version();
    let number = version.split_whitespace().next().unwrap_or_default();
    println!("cargo:rustc-env=WASM_DISPOSE_WASM_BINDGEN={number}");
    let patch: u32 = number
        .strip_prefix("0.2.")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("wasm-dispose supports wasm-bindgen 0.2.100 and later 0.2 releases, not {version}"));
    // `try_from_abi` and friends, which let a plain `#[wasm_bindgen]`
    // function refuse a dead argument without trapping.
    if patch >= 130 {
        println!("cargo:rustc-cfg=wd_try_abi");
    }
    // An async export converts its arguments (its receiver too) when called;
    // before, when its future first ran, a microtask later, so a cell freed
    // meanwhile would be used after its free (see the snippet's `later`).
    if patch >= 130 {
        println!("cargo:rustc-cfg=wd_eager_async_args");
    }
    // `TryFromJsValue::try_from_js_value_ref` (before: an `Error` type).
    if patch >= 105 {
        println!("cargo:rustc-cfg=wd_try_from_js_value_ref");
    }
    // `js_name = "[Symbol.hasInstance]"` on an exported method.
    if patch >= 121 {
        println!("cargo:rustc-cfg=wd_symbol_names");
    }
    // `#[wasm_bindgen(extends = ...)]` on an exported struct (a subclass made
    // in Rust), and `wasm_bindgen::Parent`.
    if patch >= 121 {
        println!("cargo:rustc-cfg=wd_extends");
    }
}
