//! Disposal called from JavaScript.
//!
//! With the `snippet` feature, the class's `free()` / `[Symbol.dispose]()`
//! is the snippet's: it points the object at its class's sentinel handle,
//! unregisters it from wasm-bindgen's `FinalizationRegistry`, and calls
//! [`release`], which drops the value and the handle's cell at once, as plain
//! wasm-bindgen's `free()` does. Where the object cannot give its pointer up
//! (frozen, a `Proxy` `this`) and without the snippet, disposal is [`free`]:
//! the slot says "disposed", every later use is refused by Rust with
//! `DisposedError`, and the cell goes with wasm-bindgen's finalizer.

use core::cell::RefCell;
use core::future::Future;

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::cells::Cells as _;
use crate::class::Disposable;
use crate::slot::Slot;
#[cfg(feature = "snippet")]
use crate::slot::{End, Head};

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
/// ```
/// use js_sys::{Promise, Uint8Array};
/// use wasm_bindgen::prelude::*;
/// use wasm_bindgen_futures::JsFuture;
/// use wasm_dispose::{disposable, AsyncDispose};
///
/// #[disposable(async)]
/// pub struct Writer { sink: js_sys::Function, buf: Vec<u8> }
///
/// #[disposable]
/// impl Writer {
///     #[wasm_bindgen(constructor)]
///     pub fn new(sink: js_sys::Function) -> Writer { Writer { sink, buf: Vec::new() } }
///     pub fn write(&mut self, text: &str) { self.buf.extend_from_slice(text.as_bytes()) }
/// }
///
/// impl AsyncDispose for Writer {
///     /// Hands the buffer to `sink` and waits for the promise it returns.
///     async fn dispose(self) -> Result<(), JsValue> {
///         let promise = self.sink.call1(&JsValue::NULL, &Uint8Array::from(&self.buf[..]))?;
///         JsFuture::from(Promise::from(promise)).await?;
///         Ok(())
///     }
/// }
/// # fn main() {}
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

/// `free()` and `[Symbol.dispose]()` where the object keeps its pointer:
/// drops the value now, or at the end of the Rust borrow that holds it. A
/// no-op on a dead object.
pub fn free<T: Disposable>(slot: &Slot<T>) {
    slot.dispose();
}

/// What [`release`] needs of a class: one per class, a constant, so that
/// `release` itself is one copy for every class.
#[cfg(feature = "snippet")]
pub(crate) struct Class {
    /// Where the slot sits in the class's cells (see `class::slot_offset`).
    offset: usize,
    end: End,
    free_cell: unsafe fn(u32),
}

/// The [`Class`] of `T`.
#[cfg(feature = "snippet")]
pub(crate) fn class_of<T: Disposable>() -> &'static Class {
    const {
        &Class {
            offset: crate::class::slot_offset::<T>(),
            end: Slot::<T>::END,
            free_cell: crate::moves::free_cell::<T>,
        }
    }
}

#[cfg(feature = "snippet")]
impl Class {
    /// Its address, which the snippet keeps and passes back to
    /// `release_export`.
    pub(crate) fn address(&'static self) -> u32 {
        self as *const Class as usize as u32
    }

    /// Drops JavaScript's count of the cell at `ptr`.
    ///
    /// # Safety
    /// As `moves::free_cell`'s, for a cell of this class.
    pub(crate) unsafe fn free_cell(&self, ptr: u32) {
        // SAFETY: the caller's contract.
        unsafe { (self.free_cell)(ptr) }
    }
}

/// The snippet's disposal of the object of `class` at `ptr`. `owned`: the
/// object gave its pointer up (it points at the sentinel now and is no
/// longer registered for finalization), so the cell is Rust's to free. `0`
/// when it cannot be freed now because a Rust borrow holds the slot (the
/// value then goes at the end of that borrow): JavaScript gives the object
/// its pointer back, and the finalizer frees the cell later. `2` when the
/// value had been moved out already (the object then points at the "moved"
/// sentinel), else `1`.
///
/// # Safety
/// `ptr` must be JavaScript's pointer to a handle of `class`'s type (or 0),
/// holding one strong count of its cell when `owned` is set.
#[cfg(feature = "snippet")]
unsafe fn release(class: &Class, ptr: u32, owned: u32) -> u32 {
    crate::moves::settle();
    if ptr == 0 {
        return 1;
    }
    // SAFETY: the cell stays allocated while JavaScript holds its pointer
    // (the caller's contract), and its slot, whose `Head` comes first, sits
    // `offset` bytes in (see `class::slot_at`).
    let head = unsafe { &*((ptr as usize + class.offset) as *const Head) };
    // Read before the disposal changes them.
    let (borrowed, moved) = (head.is_borrowed(), head.state() == crate::state::State::Moved);
    head.dispose(class.end);
    if owned == 0 {
        return 1;
    }
    if borrowed {
        return 0;
    }
    // SAFETY: JavaScript gave up its count, and no borrow uses the slot.
    unsafe { class.free_cell(ptr) };
    if moved {
        2
    } else {
        1
    }
}

/// What the snippet calls: `class` is a [`class_of`] given to it by
/// `prototype::take_over`.
///
/// # Safety
/// Only the snippet calls it, with what `install` gave it.
#[cfg(feature = "snippet")]
#[export_name = "__wasm_dispose_0_1_release"]
pub unsafe extern "C" fn release_export(class: usize, ptr: u32, owned: u32) -> u32 {
    // SAFETY: `class` is the address of a `'static` `Class` (`class_of`);
    // the snippet passes an object's pointer of that class.
    unsafe { release(&*(class as *const Class), ptr, owned) }
}

/// `[Symbol.asyncDispose]()`: a promise that settles once the async cleanup
/// has finished. A second call returns a promise that settles with the
/// first cleanup but never rejects (the first one is kept here, not on the
/// JavaScript object, which may be frozen; the snippet keeps it by object).
pub fn async_dispose<T: AsyncDispose>(slot: &Slot<T>) -> Promise {
    let key = slot.key();
    let promise = match slot.begin_async_dispose() {
        Ok(value) => crate::cleanup::run(<T as Disposable>::CLASS, cleanup(key, async move { value })),
        Err(false) => {
            let running = RUNNING.with(|s| s.read().iter().find(|(k, _)| *k == key).map(|(_, p)| p.clone()));
            return match running {
                // Settles with the first cleanup, never rejects.
                // Through the cleanups' own executor: wasm-bindgen-futures'
                // queue would link its executor too (3.6 KB of gzipped wasm).
                Some(first) => crate::cleanup::run(<T as Disposable>::CLASS, async move {
                    let _ = JsFuture::from(first).await;
                    Ok(JsValue::UNDEFINED)
                }),
                None => Promise::resolve(&JsValue::UNDEFINED),
            };
        }
        // A method still borrows the value: the cleanup waits for it.
        Err(true) => crate::cleanup::run(<T as Disposable>::CLASS, cleanup(key, crate::mailbox::wait::<T>(key))),
    };
    RUNNING.with(|s| s.lock().push((key, promise.clone())));
    promise
}

thread_local! {
    /// The cleanups running, by slot address, for a second
    /// `[Symbol.asyncDispose]()` to wait for.
    static RUNNING: RefCell<Vec<(usize, Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Waits for the value, runs the user's cleanup, and forgets the settling
/// promise of the object.
async fn cleanup<T: AsyncDispose>(key: usize, value: impl Future<Output = T>) -> Result<JsValue, JsValue> {
    let result = value.await.dispose().await;
    RUNNING.with(|s| s.lock().retain(|(k, _)| *k != key));
    result.map(|()| JsValue::UNDEFINED)
}
