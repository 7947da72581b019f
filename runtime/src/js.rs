//! Bindings to `js/wasm-dispose.js`, the JavaScript half of the runtime.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/js/wasm-dispose.js")]
extern "C" {
    /// Re-exported from every package built with wasm-dispose; its
    /// declaration is in the `.d.ts` section below.
    #[wasm_bindgen(reexport, skip_typescript)]
    fn DisposedError();
    #[wasm_bindgen(reexport, skip_typescript)]
    fn using();
    #[wasm_bindgen(js_name = usingAsync, reexport, skip_typescript)]
    fn using_async();

    pub(crate) fn disposed_error(class: &str, moved: bool) -> JsValue;
    pub(crate) fn borrowed_error(class: &str) -> JsValue;
    pub(crate) fn install(probe: &JsValue, class: &str);
}

#[wasm_bindgen(typescript_custom_section)]
const TS_DISPOSED_ERROR: &'static str = r#"
/**
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

/**
 * Runs `body(resource)` and disposes `resource` in a `finally`: the
 * `using` declaration for runtimes and compilers without it. When both the
 * body and the disposal throw, a `SuppressedError` carries both (`error`:
 * the disposal's, `suppressed`: the body's). `null` and `undefined` are
 * accepted and not disposed. For an async body, use `usingAsync`.
 *
 * @example
 * const size = using(new Image(10, 10), (img) => img.width * img.height);
 */
export function using<R extends Disposable | null | undefined, T>(
  resource: R,
  body: (resource: R) => T,
): T;

/**
 * Awaits `body(resource)` and then disposes `resource` with
 * `[Symbol.asyncDispose]()` (or `[Symbol.dispose]()`), in a `finally`: the
 * `await using` declaration for runtimes and compilers without it.
 */
export function usingAsync<R extends AsyncDisposable | Disposable | null | undefined, T>(
  resource: R,
  body: (resource: R) => T | PromiseLike<T>,
): Promise<T>;
"#;
