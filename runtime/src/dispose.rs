//! Disposal called from JavaScript.
//!
//! `free()` / `[Symbol.dispose]()` and `[Symbol.asyncDispose]()` are methods
//! of the handle, so JavaScript's pointer stays valid after disposal: the
//! slot says "disposed", every later use is refused by Rust with
//! `DisposedError`, and the handle's few bytes go with wasm-bindgen's
//! finalizer. No JavaScript property is written, so disposal works the same
//! on frozen objects and through wrappers (a `Proxy` `this`), and nothing can
//! free a handle twice.

use core::cell::RefCell;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, Waker};
use std::any::Any;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::class::Disposable;
use crate::slot::Slot;

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

/// `free()` and `[Symbol.dispose]()`: drops the value now, or at the end of
/// the Rust borrow that holds it. A no-op on a dead object.
pub fn free<T: Disposable>(slot: &Slot<T>) {
    slot.dispose();
}

/// `[Symbol.asyncDispose]()`: a promise that settles once the async cleanup
/// has finished. A second call returns a promise that settles with the
/// first cleanup but never rejects (the first one is kept here, not on the
/// JavaScript object, which may be frozen).
pub fn async_dispose<T: AsyncDispose>(slot: &Slot<T>) -> Promise {
    let key = slot as *const Slot<T> as usize;
    let promise = match slot.begin_async_dispose() {
        Ok(value) => crate::cleanup::run(T::CLASS, cleanup(key, async move { value })),
        Err(false) => {
            let running = RUNNING.with(|s| s.borrow().iter().find(|(k, _)| *k == key).map(|(_, p)| p.clone()));
            return match running {
                // Settles with the first cleanup, never rejects.
                Some(first) => wasm_bindgen_futures::future_to_promise(async move {
                    let _ = JsFuture::from(first).await;
                    Ok(JsValue::UNDEFINED)
                }),
                None => Promise::resolve(&JsValue::UNDEFINED),
            };
        }
        Err(true) => {
            // A method still borrows the value: the cleanup waits for it.
            let mailbox = Rc::new(Mailbox::<T> { value: RefCell::new(None), waker: RefCell::new(None) });
            WAITING.with(|w| w.borrow_mut().push((key, mailbox.clone())));
            crate::cleanup::run(T::CLASS, cleanup(key, Wait(mailbox)))
        }
    };
    RUNNING.with(|s| s.borrow_mut().push((key, promise.clone())));
    promise
}

/// Waits for the value, runs the user's cleanup, and forgets the settling
/// promise of the object.
async fn cleanup<T: AsyncDispose>(key: usize, value: impl Future<Output = T>) -> Result<JsValue, JsValue> {
    let result = value.await.dispose().await;
    RUNNING.with(|s| s.borrow_mut().retain(|(k, _)| *k != key));
    result.map(|()| JsValue::UNDEFINED)
}

struct Mailbox<T> {
    value: RefCell<Option<T>>,
    waker: RefCell<Option<Waker>>,
}

thread_local! {
    /// Async disposals waiting for a borrow to end, by slot address. Rare
    /// (a disposal from inside a callback or during an awaiting method), so
    /// a short list.
    static WAITING: RefCell<Vec<(usize, Rc<dyn Any>)>> = const { RefCell::new(Vec::new()) };
    /// The cleanups running, by slot address, for a second
    /// `[Symbol.asyncDispose]()` to wait for.
    static RUNNING: RefCell<Vec<(usize, Promise)>> = const { RefCell::new(Vec::new()) };
}

/// The last borrow of a slot in async disposal ended: hand its value to
/// the waiting cleanup.
pub(crate) fn deliver<T: Disposable>(slot: usize, value: T) {
    let mailbox = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let i = w.iter().position(|(s, _)| *s == slot)?;
        Some(w.swap_remove(i).1)
    });
    match mailbox.and_then(|m| m.downcast::<Mailbox<T>>().ok()) {
        Some(mailbox) => {
            *mailbox.value.borrow_mut() = Some(value);
            if let Some(waker) = mailbox.waker.borrow_mut().take() {
                waker.wake();
            }
        }
        None => drop(value),
    }
}

struct Wait<T>(Rc<Mailbox<T>>);

impl<T> Future for Wait<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if let Some(value) = self.0.value.borrow_mut().take() {
            return Poll::Ready(value);
        }
        *self.0.waker.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }
}
