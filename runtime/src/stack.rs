//! JavaScript's `DisposableStack` and `AsyncDisposableStack`, for Rust.
//!
//! Bound here rather than taken from js-sys, which gained them only in
//! releases newer than the oldest this crate supports (js-sys 0.3.77), and
//! with a `use_` that takes what Rust holds: a `#[disposable]` value, a
//! [`JsDisposable`], a [`JsAsyncDisposable`] or any `JsValue`. Where the
//! runtime has no such class (Node 20 and older, older browsers), `new()`
//! returns a `TypeError` that says so, and [`DisposableStack::supported`]
//! tells beforehand.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::class::Disposable;
use crate::resource::{JsAsyncDisposable, JsDisposable};
use crate::{dispose_method, host};

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `DisposableStack`: disposes the resources it was given,
    /// last in first out, when it is disposed; errors are combined into a
    /// `SuppressedError` chain.
    ///
    /// Give it resources with [`use_`](DisposableStack::use_); make it a
    /// Rust scope guard with [`JsDisposable::new`] (it is a disposable
    /// itself).
    ///
    /// ```
    /// use wasm_bindgen::JsValue;
    /// use wasm_dispose::{DisposableStack, JsDisposable};
    ///
    /// fn open_both(a: JsValue, b: JsValue) -> Result<DisposableStack, JsValue> {
    ///     let stack = JsDisposable::new(DisposableStack::new()?)?;
    ///     stack.use_(JsDisposable::new(a)?)?;
    ///     stack.use_(JsDisposable::new(b)?)?; // if this fails, `a` is disposed
    ///     // Both opened: hand them over together.
    ///     stack.move_()
    /// }
    /// ```
    #[wasm_bindgen(js_name = DisposableStack, extends = js_sys::Object)]
    #[derive(Clone, Debug)]
    pub type DisposableStack;

    #[wasm_bindgen(catch, constructor, js_class = "DisposableStack")]
    fn construct() -> Result<DisposableStack, JsValue>;

    /// Whether the stack has been disposed (or moved).
    #[wasm_bindgen(method, getter)]
    pub fn disposed(this: &DisposableStack) -> bool;

    /// Disposes every resource on the stack, last first; a second call does
    /// nothing. The error is the one disposal that failed, or a
    /// `SuppressedError` chain when several did.
    #[wasm_bindgen(method, catch)]
    pub fn dispose(this: &DisposableStack) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = use)]
    fn use_js(this: &DisposableStack, value: &JsValue) -> Result<JsValue, JsValue>;

    /// Puts `value` on the stack with `on_dispose(value)` as its disposal;
    /// returns `value`.
    #[wasm_bindgen(method, catch)]
    pub fn adopt(this: &DisposableStack, value: &JsValue, on_dispose: &Function) -> Result<JsValue, JsValue>;

    /// Puts `on_dispose()` on the stack.
    #[wasm_bindgen(method, catch)]
    pub fn defer(this: &DisposableStack, on_dispose: &Function) -> Result<(), JsValue>;

    /// A new stack with all of this one's resources; this one is left
    /// disposed and empty.
    #[wasm_bindgen(method, catch, js_name = move)]
    pub fn move_(this: &DisposableStack) -> Result<DisposableStack, JsValue>;

    /// JavaScript's `AsyncDisposableStack`: `DisposableStack` for
    /// `[Symbol.asyncDispose]`, awaited one after another, last first.
    ///
    /// ```
    /// use wasm_bindgen::JsValue;
    /// use wasm_dispose::{AsyncDisposableStack, JsAsyncDisposable};
    ///
    /// async fn copy(from: JsValue, to: JsValue) -> Result<(), JsValue> {
    ///     let stack = AsyncDisposableStack::new()?;
    ///     let _from = stack.use_(JsAsyncDisposable::new(from)?)?;
    ///     let _to = stack.use_(JsAsyncDisposable::new(to)?)?;
    ///     // ... copy ...
    ///     stack.dispose().await // closes `to`, then `from`
    /// }
    /// ```
    #[wasm_bindgen(js_name = AsyncDisposableStack, extends = js_sys::Object)]
    #[derive(Clone, Debug)]
    pub type AsyncDisposableStack;

    #[wasm_bindgen(catch, constructor, js_class = "AsyncDisposableStack")]
    fn construct() -> Result<AsyncDisposableStack, JsValue>;

    /// Whether the stack has been disposed (or moved).
    #[wasm_bindgen(method, getter)]
    pub fn disposed(this: &AsyncDisposableStack) -> bool;

    /// `disposeAsync()`: the promise; [`dispose`](AsyncDisposableStack::dispose)
    /// awaits it.
    #[wasm_bindgen(method, js_name = disposeAsync)]
    pub fn dispose_async(this: &AsyncDisposableStack) -> Promise;

    #[wasm_bindgen(method, catch, js_name = use)]
    fn use_js(this: &AsyncDisposableStack, value: &JsValue) -> Result<JsValue, JsValue>;

    /// Puts `value` on the stack with `on_dispose(value)` (awaited) as its
    /// disposal; returns `value`.
    #[wasm_bindgen(method, catch)]
    pub fn adopt(this: &AsyncDisposableStack, value: &JsValue, on_dispose: &Function) -> Result<JsValue, JsValue>;

    /// Puts `on_dispose()` (awaited) on the stack.
    #[wasm_bindgen(method, catch)]
    pub fn defer(this: &AsyncDisposableStack, on_dispose: &Function) -> Result<(), JsValue>;

    /// A new stack with all of this one's resources; this one is left
    /// disposed and empty.
    #[wasm_bindgen(method, catch, js_name = move)]
    pub fn move_(this: &AsyncDisposableStack) -> Result<AsyncDisposableStack, JsValue>;
}

/// Whether the global `name` is a constructor here.
fn has_global(name: &str) -> bool {
    host::get(&host::global(), &host::key(name)).is_function()
}

fn missing(name: &str) -> JsValue {
    host::TypeError::new(&host::join(&[
        name,
        " is not available in this JavaScript runtime (it came with Explicit Resource Management, \
             as in Node 24, Deno 2 and Bun); JsDisposable and JsAsyncDisposable work without it",
    ]))
    .into()
}

impl DisposableStack {
    /// A new, empty stack, or a `TypeError` where the runtime has no
    /// `DisposableStack`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::DisposableStack;
    /// fn empty() -> Result<(), JsValue> {
    ///     let stack = DisposableStack::new()?; // Err on Node 20
    ///     stack.dispose()
    /// }
    /// ```
    pub fn new() -> Result<DisposableStack, JsValue> {
        if !Self::supported() {
            return Err(missing("DisposableStack"));
        }
        Self::construct()
    }

    /// Whether the runtime has `DisposableStack`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::{DisposableStack, JsDisposable};
    /// fn dispose_all(resources: Vec<JsDisposable>) -> Result<(), JsValue> {
    ///     if !DisposableStack::supported() {
    ///         // Dropped in order here instead (Node 20, older browsers).
    ///         return Ok(());
    ///     }
    ///     let stack = DisposableStack::new()?;
    ///     for r in resources {
    ///         stack.use_(r)?;
    ///     }
    ///     stack.dispose() // last first, errors combined
    /// }
    /// ```
    pub fn supported() -> bool {
        has_global("DisposableStack")
    }

    /// Puts `resource` on the stack (JavaScript's `stack.use(resource)`),
    /// to be disposed when the stack is; returns what [`StackResource`]
    /// says (the JavaScript value for a `#[disposable]` value, `T` for a
    /// [`JsDisposable<T>`]).
    ///
    /// Should the stack refuse it (it is disposed already), the resource is
    /// disposed at once and the error returned.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::{DisposableStack, JsDisposable};
    /// fn guard(stack: &DisposableStack, lock: JsValue) -> Result<JsValue, JsValue> {
    ///     // The JsDisposable's value back; the stack disposes it now.
    ///     stack.use_(JsDisposable::new(lock)?)
    /// }
    /// ```
    pub fn use_<R: StackResource>(&self, resource: R) -> Result<R::Value, JsValue> {
        resource.__use(&|value| self.use_js(value))
    }

    /// Puts a Rust closure on the stack, called once when the stack is
    /// disposed. A closure on a stack that is never disposed is never freed.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::DisposableStack;
    /// fn with_log(stack: &DisposableStack) -> Result<(), JsValue> {
    ///     stack.defer_with(|| web_log("the stack was disposed"))
    /// }
    /// # fn web_log(_: &str) {}
    /// ```
    pub fn defer_with(&self, on_dispose: impl FnOnce() + 'static) -> Result<(), JsValue> {
        self.defer(Closure::once_into_js(on_dispose).unchecked_ref())
    }
}

impl AsyncDisposableStack {
    /// A new, empty stack, or a `TypeError` where the runtime has no
    /// `AsyncDisposableStack`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::AsyncDisposableStack;
    /// async fn empty() -> Result<(), JsValue> {
    ///     AsyncDisposableStack::new()?.dispose().await
    /// }
    /// ```
    pub fn new() -> Result<AsyncDisposableStack, JsValue> {
        if !Self::supported() {
            return Err(missing("AsyncDisposableStack"));
        }
        Self::construct()
    }

    /// Whether the runtime has `AsyncDisposableStack`.
    ///
    /// ```
    /// # use wasm_dispose::AsyncDisposableStack;
    /// fn can_stack() -> bool {
    ///     AsyncDisposableStack::supported()
    /// }
    /// ```
    pub fn supported() -> bool {
        has_global("AsyncDisposableStack")
    }

    /// Disposes every resource on the stack, last first, each awaited
    /// before the next; returns the error, or the `SuppressedError` chain.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::{AsyncDisposableStack, JsAsyncDisposable};
    /// async fn close_both(a: JsValue, b: JsValue) -> Result<(), JsValue> {
    ///     let stack = AsyncDisposableStack::new()?;
    ///     stack.use_(JsAsyncDisposable::new(a)?)?;
    ///     stack.use_(JsAsyncDisposable::new(b)?)?;
    ///     stack.dispose().await // `b`, then `a`
    /// }
    /// ```
    pub async fn dispose(&self) -> Result<(), JsValue> {
        JsFuture::from(self.dispose_async()).await.map(drop)
    }

    /// Puts `resource` on the stack (JavaScript's `stack.use(resource)`);
    /// see [`DisposableStack::use_`].
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::{AsyncDisposableStack, JsAsyncDisposable};
    /// fn guard(stack: &AsyncDisposableStack, file: JsValue) -> Result<JsValue, JsValue> {
    ///     stack.use_(JsAsyncDisposable::new(file)?)
    /// }
    /// ```
    pub fn use_<R: StackResource>(&self, resource: R) -> Result<R::Value, JsValue> {
        resource.__use(&|value| self.use_js(value))
    }

    /// Puts a Rust closure on the stack, called once when the stack is
    /// disposed. A closure on a stack that is never disposed is never freed.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::AsyncDisposableStack;
    /// fn with_log(stack: &AsyncDisposableStack) -> Result<(), JsValue> {
    ///     stack.defer_with(|| web_log("the stack was disposed"))
    /// }
    /// # fn web_log(_: &str) {}
    /// ```
    pub fn defer_with(&self, on_dispose: impl FnOnce() + 'static) -> Result<(), JsValue> {
        self.defer(Closure::once_into_js(on_dispose).unchecked_ref())
    }
}

/// What a [`DisposableStack`] or [`AsyncDisposableStack`] can take from
/// Rust with `use_`: ownership moves to the stack.
///
/// | resource | `use_` returns |
/// | --- | --- |
/// | a `#[disposable]` value | its JavaScript object (`JsValue`) |
/// | [`JsDisposable<T>`], [`JsAsyncDisposable<T>`] | the `T` (counted as `moved`: the stack disposes it) |
/// | `JsValue` | the value |
///
/// ```
/// use wasm_bindgen::JsValue;
/// use wasm_dispose::{disposable, DisposableStack, JsDisposable};
///
/// #[disposable]
/// pub struct Scratch { bytes: Vec<u8> }
///
/// fn fill(stack: &DisposableStack, lock: JsValue) -> Result<(), JsValue> {
///     let _object: JsValue = stack.use_(Scratch { bytes: vec![0; 1024] })?;
///     let _lock: JsValue = stack.use_(JsDisposable::new(lock)?)?;
///     Ok(())
/// }
/// ```
pub trait StackResource: Sized {
    /// What `use_` gives back.
    type Value;

    /// Hands the resource to `stack_use` (the stack's `use`). On an error
    /// the resource is disposed here.
    #[doc(hidden)]
    fn __use(self, stack_use: &dyn Fn(&JsValue) -> Result<JsValue, JsValue>) -> Result<Self::Value, JsValue>;
}

impl<T: JsCast> StackResource for JsDisposable<T> {
    type Value = T;
    fn __use(self, stack_use: &dyn Fn(&JsValue) -> Result<JsValue, JsValue>) -> Result<T, JsValue> {
        // Refused: `self` drops here, and disposes.
        stack_use(self.as_ref())?;
        Ok(self.into_inner())
    }
}

impl<T: JsCast> StackResource for JsAsyncDisposable<T> {
    type Value = T;
    fn __use(self, stack_use: &dyn Fn(&JsValue) -> Result<JsValue, JsValue>) -> Result<T, JsValue> {
        stack_use(self.as_ref())?;
        Ok(self.into_inner())
    }
}

impl<T: Disposable + Into<JsValue>> StackResource for T {
    type Value = JsValue;
    fn __use(self, stack_use: &dyn Fn(&JsValue) -> Result<JsValue, JsValue>) -> Result<JsValue, JsValue> {
        let object: JsValue = self.into();
        stack_use(&object).inspect_err(|_| {
            // Refused: released now, not left to the finalizer as a leak.
            if let Ok(method) = dispose_method::find(&object, false, "DisposableStack::use_") {
                let _ = method.function.call0(&object);
            }
        })
    }
}

impl StackResource for JsValue {
    type Value = JsValue;
    fn __use(self, stack_use: &dyn Fn(&JsValue) -> Result<JsValue, JsValue>) -> Result<JsValue, JsValue> {
        stack_use(&self)
    }
}
