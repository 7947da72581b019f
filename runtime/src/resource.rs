//! JavaScript resources owned by Rust: [`JsDisposable`] and
//! [`JsAsyncDisposable`] dispose a JavaScript object on `Drop`, the way
//! `using` and `await using` do in JavaScript.
//!
//! The disposal method is looked up once, by `new`, as `using` does at the
//! declaration (see `dispose_method.rs` for the keys and their order), and
//! called exactly once: by `dispose()`, or by `Drop` if `dispose()` was not
//! called and the value was not taken back with `into_inner()`.

use core::fmt;
use core::ops::Deref;

use js_sys::Promise;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::cells::Cells as _;
use crate::dispose_method::{self, Method};
use crate::resource_stats::{self, Outcome};

/// Owns a JavaScript value and calls its `[Symbol.dispose]()` exactly once:
/// on `Drop`, or earlier with [`dispose`](Self::dispose).
///
/// It is `using` for Rust code: the disposal runs on every path out of the
/// scope, early returns and `?` included. It derefs to `T`, so the value's
/// methods stay at hand; `T` is any [`JsCast`] type, `JsValue` by default or
/// an imported type (`extern "C" { type Lock; }`).
///
/// A disposal run by `Drop` that throws is never a panic: it is counted
/// (`failed` in [`js_resource_stats`](crate::js_resource_stats) and, as
/// `"js:<class>"`, in `disposableStats()`) and passed to the
/// `debugDispose` listeners as the event's `error`, or written to the
/// console when nobody listens.
///
/// ```
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::JsDisposable;
///
/// #[wasm_bindgen]
/// extern "C" {
///     pub type Lock;
///     #[wasm_bindgen(method, catch)]
///     fn write(this: &Lock, text: &str) -> Result<(), JsValue>;
/// }
///
/// fn log_twice(lock: Lock, text: &str) -> Result<(), JsValue> {
///     // Refused here, with a TypeError, if `lock` has no [Symbol.dispose].
///     let lock = JsDisposable::new(lock)?;
///     lock.write(text)?; // an error returns early: Drop disposes the lock
///     lock.write(text)?;
///     Ok(())
/// } // and so does the end of the scope
/// ```
pub struct JsDisposable<T: JsCast = JsValue> {
    owned: Option<Owned<T>>,
}

/// An owned value, its disposal method and its class's id (for the counters).
struct Owned<T> {
    value: T,
    method: Method,
    class: u32,
}

impl<T: JsCast> Owned<T> {
    fn new(value: T, is_async: bool, who: &str) -> Result<Self, JsValue> {
        let method = dispose_method::find(value.as_ref(), is_async, who)?;
        let class = resource_stats::created(value.as_ref());
        Ok(Owned { value, method, class })
    }

    /// Calls the disposal method: its return value, or what it threw.
    fn call(&self) -> Result<JsValue, JsValue> {
        self.method.function.call0(self.value.as_ref())
    }

    fn reason(&self) -> &'static str {
        if self.method.is_async {
            "asyncDispose"
        } else {
            "dispose"
        }
    }

    fn finished(&self, error: Option<&JsValue>, from_drop: bool) {
        let outcome = Outcome { reason: self.reason(), error, from_drop };
        resource_stats::finished(self.class, self.value.as_ref(), outcome);
    }

    fn into_value(self) -> T {
        resource_stats::moved(self.class);
        self.value
    }
}

impl<T: JsCast> JsDisposable<T> {
    /// Takes ownership of `value`, whose `[Symbol.dispose]` must be a
    /// function; otherwise a `TypeError` that names what is missing (as
    /// `using` would throw).
    ///
    /// Where the runtime has no `Symbol.dispose` (Node 18, older browsers),
    /// the method is found under the key the rest of wasm-dispose uses,
    /// `Symbol.for("Symbol.dispose")` (TypeScript's and Babel's), or under
    /// `Symbol.for("dispose")` (capnweb's and other polyfills'); see the
    /// crate's `docs/js-resources.md` for the exact order.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsDisposable;
    /// fn own(value: JsValue) -> Result<JsDisposable, JsValue> {
    ///     JsDisposable::new(value)
    /// }
    /// ```
    pub fn new(value: T) -> Result<Self, JsValue> {
        Ok(JsDisposable { owned: Some(Owned::new(value, false, "JsDisposable::new")?) })
    }

    /// Disposes now: calls `[Symbol.dispose]()` and returns what it threw.
    /// It is not called again on `Drop`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsDisposable;
    /// fn close(handle: JsDisposable) -> Result<(), JsValue> {
    ///     handle.dispose() // the error is the caller's to handle
    /// }
    /// ```
    pub fn dispose(mut self) -> Result<(), JsValue> {
        let owned = self.owned.take().unwrap_or_else(|| panic!("a JsDisposable owns its value until consumed"));
        let result = owned.call().map(drop);
        owned.finished(result.as_ref().err(), false);
        result
    }

    /// Gives the value back without disposing it: disposal is the caller's
    /// business again. Counted as `moved`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsDisposable;
    /// fn hand_back(handle: JsDisposable) -> JsValue {
    ///     handle.into_inner() // JavaScript disposes it later, with `using`
    /// }
    /// ```
    pub fn into_inner(mut self) -> T {
        self.owned.take().unwrap_or_else(|| panic!("a JsDisposable owns its value until consumed")).into_value()
    }
}

impl<T: JsCast> Deref for JsDisposable<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.owned.as_ref().unwrap_or_else(|| panic!("a JsDisposable owns its value until consumed")).value
    }
}

impl<T: JsCast> AsRef<JsValue> for JsDisposable<T> {
    fn as_ref(&self) -> &JsValue {
        (**self).as_ref()
    }
}

impl<T: JsCast> Drop for JsDisposable<T> {
    fn drop(&mut self) {
        if let Some(owned) = self.owned.take() {
            let result = owned.call();
            owned.finished(result.as_ref().err(), true);
        }
    }
}

impl<T: JsCast + fmt::Debug> fmt::Debug for JsDisposable<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("JsDisposable").field(&**self).finish()
    }
}

/// Owns a JavaScript value and disposes it asynchronously, exactly once:
/// with `[Symbol.asyncDispose]()`, or `[Symbol.dispose]()` where it has
/// none, as `await using` does.
///
/// [`dispose().await`](Self::dispose) waits for the disposal and returns its
/// error. `Drop` cannot wait: it starts the disposal and returns; the
/// promise is watched, so a rejection is never unhandled. It is counted
/// (`failed` in [`js_resource_stats`](crate::js_resource_stats) and in
/// `disposableStats()`) and passed to the `debugDispose` listeners when it
/// settles, or written to the console when nobody listens.
///
/// ```
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::JsAsyncDisposable;
///
/// #[wasm_bindgen]
/// extern "C" {
///     /// Node's `fs.promises.FileHandle`.
///     pub type FileHandle;
///     #[wasm_bindgen(method, getter)]
///     fn fd(this: &FileHandle) -> i32;
/// }
///
/// async fn use_file(file: FileHandle) -> Result<i32, JsValue> {
///     let file = JsAsyncDisposable::new(file)?;
///     let fd = file.fd();
///     file.dispose().await?; // closed here, and a failure to close is ours
///     Ok(fd)
/// }
/// ```
pub struct JsAsyncDisposable<T: JsCast = JsValue> {
    owned: Option<Owned<T>>,
}

impl<T: JsCast> JsAsyncDisposable<T> {
    /// Takes ownership of `value`, whose `[Symbol.asyncDispose]` or else
    /// `[Symbol.dispose]` must be a function; otherwise a `TypeError` that
    /// names what is missing (as `await using` would throw). The keys are
    /// looked up as [`JsDisposable::new`] does.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsAsyncDisposable;
    /// fn own(value: JsValue) -> Result<JsAsyncDisposable, JsValue> {
    ///     JsAsyncDisposable::new(value)
    /// }
    /// ```
    pub fn new(value: T) -> Result<Self, JsValue> {
        Ok(JsAsyncDisposable { owned: Some(Owned::new(value, true, "JsAsyncDisposable::new")?) })
    }

    /// Disposes now and waits until that has finished: the promise
    /// `[Symbol.asyncDispose]()` returned has settled (a `[Symbol.dispose]()`
    /// found instead is called and not awaited, as `await using` does). Its
    /// error or rejection is returned. If this future is dropped before it
    /// finishes, the disposal still runs, but is neither awaited nor counted.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsAsyncDisposable;
    /// async fn close(handle: JsAsyncDisposable) -> Result<(), JsValue> {
    ///     handle.dispose().await
    /// }
    /// ```
    pub async fn dispose(mut self) -> Result<(), JsValue> {
        let owned = self.owned.take().unwrap_or_else(|| panic!("a JsAsyncDisposable owns its value until consumed"));
        let result = match owned.call() {
            Ok(returned) if owned.method.is_async => JsFuture::from(Promise::resolve(&returned)).await.map(drop),
            Ok(_) => Ok(()),
            Err(error) => Err(error),
        };
        owned.finished(result.as_ref().err(), false);
        result
    }

    /// Gives the value back without disposing it. Counted as `moved`.
    ///
    /// ```
    /// # use wasm_bindgen::JsValue;
    /// # use wasm_dispose::JsAsyncDisposable;
    /// fn hand_back(handle: JsAsyncDisposable) -> JsValue {
    ///     handle.into_inner()
    /// }
    /// ```
    pub fn into_inner(mut self) -> T {
        self.owned.take().unwrap_or_else(|| panic!("a JsAsyncDisposable owns its value until consumed")).into_value()
    }
}

impl<T: JsCast> Deref for JsAsyncDisposable<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.owned.as_ref().unwrap_or_else(|| panic!("a JsAsyncDisposable owns its value until consumed")).value
    }
}

impl<T: JsCast> AsRef<JsValue> for JsAsyncDisposable<T> {
    fn as_ref(&self) -> &JsValue {
        (**self).as_ref()
    }
}

impl<T: JsCast> Drop for JsAsyncDisposable<T> {
    fn drop(&mut self) {
        let Some(owned) = self.owned.take() else { return };
        match owned.call() {
            Ok(returned) if owned.method.is_async => watch(owned, &returned),
            Ok(_) => owned.finished(None, true),
            Err(error) => owned.finished(Some(&error), true),
        }
    }
}

impl<T: JsCast + fmt::Debug> fmt::Debug for JsAsyncDisposable<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("JsAsyncDisposable").field(&**self).finish()
    }
}

#[wasm_bindgen]
extern "C" {
    /// `Promise.prototype.then.call(promise, onFulfilled, onRejected)`.
    #[wasm_bindgen(js_namespace = ["Promise", "prototype", "then"], js_name = call)]
    fn then(promise: &Promise, on_fulfilled: &JsValue, on_rejected: &JsValue) -> JsValue;
    /// `Function.prototype.bind.call(f, this, arg)`.
    #[wasm_bindgen(js_namespace = ["Function", "prototype", "bind"], js_name = call)]
    fn bind(f: &JsValue, this: &JsValue, arg: &JsValue) -> JsValue;
}

/// What the settle callbacks need of a disposal started by `Drop`.
struct Watched {
    class: u32,
    value: JsValue,
    reason: &'static str,
}

thread_local! {
    /// Disposals started by `Drop` and not settled yet, by the id bound to
    /// the callbacks; freed ids are reused.
    static WATCHED: core::cell::RefCell<(Vec<Option<Watched>>, Vec<u32>)> =
        const { core::cell::RefCell::new((Vec::new(), Vec::new())) };
    /// The two callbacks, shared by every disposal: each receives its id.
    static ON_FULFILLED: JsValue =
        Closure::<dyn Fn(u32)>::new(|id: u32| settled(id, None)).into_js_value();
    static ON_REJECTED: JsValue =
        Closure::<dyn Fn(u32, JsValue)>::new(|id: u32, error: JsValue| settled(id, Some(error))).into_js_value();
}

/// Watches the promise of a disposal started by `Drop`, so that its
/// rejection is handled (and reported) and its end counted.
fn watch<T: JsCast>(owned: Owned<T>, returned: &JsValue) {
    let watched = Watched { class: owned.class, value: owned.value.as_ref().clone(), reason: owned.reason() };
    let id = WATCHED.with(|w| {
        let mut w = w.lock();
        let (slots, free) = &mut *w;
        match free.pop() {
            Some(id) => {
                slots[id as usize] = Some(watched);
                id
            }
            None => {
                slots.push(Some(watched));
                slots.len() as u32 - 1
            }
        }
    });
    // `Promise.resolve` adopts thenables too (a Workers RPC promise).
    let promise = Promise::resolve(returned);
    let id = JsValue::from(id);
    let on_fulfilled = ON_FULFILLED.with(|f| bind(f, &JsValue::UNDEFINED, &id));
    let on_rejected = ON_REJECTED.with(|f| bind(f, &JsValue::UNDEFINED, &id));
    then(&promise, &on_fulfilled, &on_rejected);
}

fn settled(id: u32, error: Option<JsValue>) {
    let watched = WATCHED.with(|w| {
        let mut w = w.lock();
        let (slots, free) = &mut *w;
        let watched = slots.get_mut(id as usize)?.take()?;
        free.push(id);
        Some(watched)
    });
    if let Some(w) = watched {
        let outcome = Outcome { reason: w.reason, error: error.as_ref(), from_drop: true };
        resource_stats::finished(w.class, &w.value, outcome);
    }
}
