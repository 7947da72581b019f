//! The benchmark row of `cargo xtask resource bench`: a `JsDisposable`
//! created and dropped, against the hand-written call of `[Symbol.dispose]`
//! it replaces (`Reflect.get`, a function check, `call`). Each loop runs in
//! Rust, so the time per operation is the Rust side's, not the cost of
//! crossing from JavaScript. Both start from an owned `JsValue`, as code that
//! received the resource would. `benchReflect2` is `benchReflect` again:
//! the null comparator, whose difference from `benchReflect` is the noise.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_dispose::JsDisposable;

thread_local! {
    /// `Symbol.dispose`, looked up once, as hand-written code would.
    static DISPOSE: JsValue = Reflect::get(&js_sys::global(), &"Symbol".into())
        .and_then(|symbol| Reflect::get(&symbol, &"dispose".into()))
        .unwrap_or(JsValue::UNDEFINED);
}

/// `n` times: `JsDisposable::new(resource)?`, then its `Drop`.
#[wasm_bindgen(js_name = benchJsDisposable)]
pub fn bench_js_disposable(resource: &JsValue, n: u32) -> Result<(), JsValue> {
    for _ in 0..n {
        drop(JsDisposable::new(resource.clone())?);
    }
    Ok(())
}

fn reflect_dispose(value: JsValue) -> Result<(), JsValue> {
    let method = DISPOSE.with(|key| Reflect::get(&value, key))?;
    let method: Function = method.dyn_into().map_err(|_| JsError::new("no [Symbol.dispose] method"))?;
    method.call0(&value)?;
    Ok(())
}

/// `n` times: `Reflect.get(resource, Symbol.dispose)`, checked to be a
/// function, and called.
#[wasm_bindgen(js_name = benchReflect)]
pub fn bench_reflect(resource: &JsValue, n: u32) -> Result<(), JsValue> {
    for _ in 0..n {
        reflect_dispose(resource.clone())?;
    }
    Ok(())
}

/// `benchReflect` again (the null comparator).
#[wasm_bindgen(js_name = benchReflect2)]
pub fn bench_reflect2(resource: &JsValue, n: u32) -> Result<(), JsValue> {
    for _ in 0..n {
        reflect_dispose(resource.clone())?;
    }
    Ok(())
}
