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

    #[cfg(feature = "stats")]
    pub(crate) fn notify(listener: &js_sys::Function, class: &str, reason: &str);
    #[cfg(feature = "stats")]
    pub(crate) fn unsubscriber(id: u32, remove: &js_sys::Function) -> js_sys::Function;
    #[cfg(feature = "leak-sites")]
    pub(crate) fn capture_site() -> JsValue;
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

/** One class's counters; `live = created - disposed - moved - leaked`. */
export interface DisposableClassStats {
  /** Instances that reached JavaScript. */
  readonly created: number;
  /** Released by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`. */
  readonly disposed: number;
  /** Passed by value into Rust. */
  readonly moved: number;
  /** Garbage-collected without having been disposed. */
  readonly leaked: number;
  /** Alive and not disposed. */
  readonly live: number;
}

/**
 * The counters of every class that has had an instance, by class name.
 * Empty when the package was built without the `stats` feature.
 */
export function disposableStats(): Record<string, DisposableClassStats>;

/** Why an object was released. */
export type DisposeReason = "dispose" | "asyncDispose" | "move" | "finalize";

/** What `debugDispose` listeners receive. */
export interface DisposeEvent {
  /** The class name. */
  readonly class: string;
  readonly reason: DisposeReason;
}

/**
 * Calls `listener` on every disposal, move and finalization, and returns
 * the function that unsubscribes it. A listener that throws is reported on
 * the console and does not stop the disposal.
 */
export function debugDispose(listener: (event: DisposeEvent) => void): () => void;

/** An object that was garbage-collected without having been disposed. */
export interface LeakRecord {
  readonly class: string;
  /** The JavaScript stack where it was created, when allocation sites were captured. */
  readonly site: string | undefined;
}

/** Every object finalized without disposal so far (the first 1000). */
export function leakReport(): LeakRecord[];

/**
 * Throws an `Error` listing every live object by class, with its allocation
 * site where captured; returns quietly when nothing is live. Meant for the
 * end of a test.
 */
export function assertNoLeaks(): void;

/**
 * Switches allocation-site capture for objects created from now on. On by
 * default in packages built with the `leak-sites` feature; `true` throws in
 * packages built without it.
 */
export function captureAllocationSites(on: boolean): void;
"#;
