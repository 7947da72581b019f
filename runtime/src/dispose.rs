//! Disposal called from JavaScript: `free()` / `[Symbol.dispose]()` and
//! `[Symbol.asyncDispose]()`.
//!
//! JavaScript hands over its reference to the handle (it has zeroed its
//! pointer and unregistered the finalizer, as wasm-bindgen's own `free()`
//! does), so the handle is released together with the value and nothing is
//! left behind for the garbage collector. The reference is released the way
//! wasm-bindgen's generated `__wbg_<class>_free(ptr, 1)` releases it: if Rust
//! still borrows the object (a callback from one of its methods, an async
//! method awaiting), the handle lives until that borrow ends, instead of the
//! "attempted to take ownership of Rust value while it was borrowed" error.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use js_sys::Promise;
use wasm_bindgen::__rt::{borrow_rust_object, free_rust_object, RcRef, WasmRefCell};
use wasm_bindgen::JsValue;

use crate::class::{Disposable, Reason};

/// Async cleanup for a class declared `#[disposable(async)]`, run by
/// `[Symbol.asyncDispose]()` and therefore by `await using`.
///
/// The value is disposed from the moment JavaScript calls
/// `[Symbol.asyncDispose]()`; the cleanup starts once no method of the object
/// is running (an async method in progress finishes first), may await
/// JavaScript promises through `wasm_bindgen_futures::JsFuture`, and its
/// `Err` rejects the promise. The value's memory is released when `dispose`
/// returns, whatever it returns.
///
/// ```ignore
/// #[disposable(async)]
/// pub struct Writer { sink: js_sys::Function, buf: Vec<u8> }
///
/// impl AsyncDispose for Writer {
///     async fn dispose(self) -> Result<(), JsValue> {
///         let promise = self.sink.call1(&JsValue::NULL, &Uint8Array::from(&self.buf[..]))?;
///         JsFuture::from(js_sys::Promise::from(promise)).await?;
///         Ok(())
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is declared `#[disposable(async)]` but does not implement `wasm_dispose::AsyncDispose`",
    label = "`#[disposable(async)]` needs `impl wasm_dispose::AsyncDispose for {Self}`",
    note = "add `impl wasm_dispose::AsyncDispose for {Self} {{ async fn dispose(self) -> Result<(), JsValue> {{ ... }} }}`, or drop `async` for synchronous cleanup with `Drop`"
)]
// The futures run on wasm's single thread, so `Send` bounds would only get
// in the way.
#[allow(async_fn_in_trait)]
pub trait AsyncDispose: Disposable {
    /// The async cleanup. Runs at most once per object.
    async fn dispose(self) -> Result<(), JsValue>;
}

/// The handle cell behind a pointer JavaScript passed in.
fn cell<T: Disposable>(ptr: u32) -> *mut WasmRefCell<T::Handle> {
    ptr as usize as *mut WasmRefCell<T::Handle>
}

/// `free()` and `[Symbol.dispose]()`: drops the value now (or at the end of
/// the Rust borrow that holds it) and releases JavaScript's reference to the
/// handle.
///
/// Only for the generated `__wd_free` export: `ptr` must be the handle
/// pointer that JavaScript owned and has just given up
/// (`__destroy_into_raw()`), for a handle of `T`. Safe to call so that
/// generated code needs no `unsafe` (crates may forbid it).
pub fn free<T: Disposable>(ptr: u32) {
    let cell = cell::<T>(ptr);
    // SAFETY: see above; this is what wasm-bindgen's own `free()` export does
    // with the same pointer.
    unsafe {
        if let Ok(handle) = borrow_rust_object(cell) {
            T::__slot(&handle).dispose(Reason::Dispose);
        }
        free_rust_object(cell, true);
    }
}

/// `[Symbol.asyncDispose]()`: a promise that settles once the async cleanup
/// has finished.
///
/// Only for the generated `__wd_async_dispose` export, as for [`free`].
pub fn async_dispose<T: AsyncDispose>(ptr: u32) -> Promise {
    let cell = cell::<T>(ptr);
    // SAFETY: as in `free`. JavaScript's reference is ours now; `handle`
    // keeps the object alive until the cleanup has the value.
    let handle = unsafe {
        let handle = borrow_rust_object(cell);
        free_rust_object(cell, true);
        handle
    };
    let handle = match handle {
        Ok(handle) => handle,
        Err(msg) => return Promise::reject(&js_sys::Error::new(msg).into()),
    };
    if !T::__slot(&handle).begin_async_dispose() {
        return Promise::resolve(&JsValue::UNDEFINED);
    }
    wasm_bindgen_futures::future_to_promise(async move {
        let value = TakeWhenFree::<T> { handle: Some(handle) }.await;
        value.dispose().await.map(|()| JsValue::UNDEFINED)
    })
}

/// Resolves to the value once no borrow holds it, and lets go of the handle.
struct TakeWhenFree<T: Disposable> {
    handle: Option<RcRef<T::Handle>>,
}

impl<T: Disposable> Unpin for TakeWhenFree<T> {}

impl<T: Disposable> Future for TakeWhenFree<T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let handle = self.handle.as_ref().expect("polled after completion");
        let value = core::task::ready!(T::__slot(handle).poll_take(cx));
        // The handle has nothing left to hold: release it before the cleanup
        // runs, so it never outlives the value.
        self.handle = None;
        Poll::Ready(value)
    }
}

/// Throws `error` from a generated method that returns its value directly
/// (no `Result`), when its slot refused the borrow: a re-entrant call from a
/// callback or during an awaiting async method.
///
/// The JavaScript exception unwinds past wasm-bindgen's anchor for this call
/// (one reference count and one shared borrow of the handle), which is never
/// dropped. Giving the reference count back here keeps the handle freeable;
/// the abandoned shared borrow is harmless, since nothing borrows a handle
/// mutably. Such methods take only plain numbers, so no other argument holds
/// anything.
#[cold]
#[inline(never)]
pub fn refuse<H>(handle: &H, error: crate::error::SlotError, empty: fn() -> H) -> ! {
    // Where a handle sits inside wasm-bindgen's cell: the same for every
    // handle of its class, so an empty one tells.
    let offset = {
        let probe = WasmRefCell::new(empty());
        let inner = probe.borrow();
        (&*inner as *const H as usize) - (&probe as *const WasmRefCell<H> as usize)
    };
    let cell = (handle as *const H as usize - offset) as *const WasmRefCell<H>;
    // SAFETY: `handle` was lent to this call by wasm-bindgen, which borrowed
    // it from the `Rc` that `cell` points into and added one strong count for
    // the call; that count would be dropped by the anchor the throw abandons.
    unsafe { std::rc::Rc::decrement_strong_count(cell) };
    wasm_bindgen::throw_val(error.into())
}
