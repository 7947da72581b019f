//! The `using` / `usingAsync` shims (exported by `export_helpers!`), and
//! `DisposedError`'s TypeScript declaration.
//!
//! Written in Rust against JavaScript built-ins, so that they work with or
//! without the runtime's snippet; see `host.rs`.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::host;

/// The disposal method of a `using` resource (`None` for `null`/`undefined`).
fn disposer_of(resource: &JsValue, is_async: bool) -> Result<Option<Function>, JsValue> {
    if resource.is_null() || resource.is_undefined() {
        return Ok(None);
    }
    if !resource.is_object() && !resource.is_function() {
        return Err(host::TypeError::new(&host::join(&[
            &host::to_string(resource),
            " is not an object, so it cannot be disposed",
        ]))
        .into());
    }
    // The keys `JsDisposable` looks up too, so that an object made with a
    // polyfill's symbol (`Symbol.for("dispose")`) disposes here as well.
    let who = if is_async { "usingAsync" } else { "using" };
    crate::dispose_method::find(resource, is_async, who).map(|method| Some(method.function))
}

/// ERM's `SuppressedError`: the native one where it exists, else an `Error`
/// with the same `name`, `error` and `suppressed`.
fn suppressed(error: JsValue, suppressed: JsValue) -> JsValue {
    const MESSAGE: &str = "An error was suppressed during disposal.";
    let native = host::get(&host::global(), &host::key("SuppressedError"));
    if let Some(ctor) = native.dyn_ref::<Function>() {
        let args = js_sys::Array::of3(&error, &suppressed, &JsValue::from_str(MESSAGE));
        if let Ok(e) = js_sys::Reflect::construct(ctor, &args) {
            return e;
        }
    }
    // `JsError`: the `Error` import wasm-bindgen (and most packages) use.
    let e: JsValue = wasm_bindgen::JsError::new(MESSAGE).into();
    host::define(&e, &host::key("name"), &JsValue::from_str("SuppressedError"));
    host::define(&e, &host::key("error"), &error);
    host::define(&e, &host::key("suppressed"), &suppressed);
    e
}

/// ERM's outcome of a body and its disposal: a disposal error wins, and
/// carries the body's as `suppressed` when both failed.
fn settle(result: Result<JsValue, JsValue>, disposed: Result<(), JsValue>) -> Result<JsValue, JsValue> {
    match (result, disposed) {
        (Ok(value), Ok(())) => Ok(value),
        (Ok(_), Err(e)) | (Err(e), Ok(())) => Err(e),
        (Err(e), Err(d)) => Err(suppressed(d, e)),
    }
}

/// `using resource = ...; return body(resource);` for runtimes without the
/// syntax: disposes `resource` in a `finally`, with ERM's error rules.
pub fn using(resource: JsValue, body: &Function) -> Result<JsValue, JsValue> {
    let dispose = disposer_of(&resource, false)?;
    let result = body.call1(&JsValue::UNDEFINED, &resource);
    let disposed = match &dispose {
        Some(d) => d.call0(&resource).map(drop),
        None => Ok(()),
    };
    settle(result, disposed)
}

/// `await using resource = ...; return await body(resource);`, likewise.
pub async fn using_async(resource: JsValue, body: Function) -> Result<JsValue, JsValue> {
    let dispose = disposer_of(&resource, true)?;
    let result = match body.call1(&JsValue::UNDEFINED, &resource) {
        Ok(value) => JsFuture::from(Promise::resolve(&value)).await,
        Err(e) => Err(e),
    };
    let disposed = match &dispose {
        Some(d) => match d.call0(&resource) {
            Ok(value) => JsFuture::from(Promise::resolve(&value)).await.map(drop),
            Err(e) => Err(e),
        },
        None => Ok(()),
    };
    settle(result, disposed)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_DISPOSED_ERROR: &'static str = r#"/**
 * Thrown when an object made by `#[disposable]` is used after it was
 * disposed (`using`, `free()`, `[Symbol.dispose]()`) or moved into Rust
 * (passed by value).
 */
export class DisposedError extends Error {
  private constructor();
  readonly name: "DisposedError";
  /** The class of the object that was used. */
  readonly className: string;
  /** `"disposed"` after disposal, `"moved"` after a move into Rust. */
  readonly reason: "disposed" | "moved";
}

// Explicit Resource Management's declarations, which the classes' `Disposable`
// and `[Symbol.dispose]` need: here once per package, for any `lib` from es6
// and TypeScript from 4.8; identical to TypeScript's own (lib esnext, 5.2+)
// and @types/node's, with which they merge.
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
    readonly asyncDispose: unique symbol;
  }
  interface Disposable {
    [Symbol.dispose](): void;
  }
  interface AsyncDisposable {
    [Symbol.asyncDispose](): PromiseLike<void>;
  }
}
"#;
