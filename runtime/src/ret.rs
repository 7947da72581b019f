//! How a generated method refuses a call without the cost of a `Result`.
//!
//! wasm-bindgen's glue for a `Result` return reads several values back from
//! WebAssembly on every call, which costs more than a small call itself (an
//! array per call in V8, far more in Bun). A method whose value crosses as
//! one number returns [`Ret`] instead: it describes itself as that number,
//! so the glue is plain wasm-bindgen's, and a refusal (or the user's `Err`)
//! is thrown when wasm-bindgen converts the return value, after the call's
//! arguments and borrows were released.
//!
//! A throw from inside WebAssembly skips the epilogues of the frames it
//! leaves, so a frame kept in linear memory (the shadow stack) is never
//! popped (wasm-bindgen issue 1963). `Ret` is as small as the number and the
//! error waits in a thread-local, so that these exports keep no frame in
//! memory; `tests/js/core.test.mjs` checks 100,000 refusals.

use core::cell::Cell;
use core::marker::PhantomData;
use core::mem::MaybeUninit;

use wasm_bindgen::convert::{IntoWasmAbi, ReturnWasmAbi};
use wasm_bindgen::describe::WasmDescribe;
use wasm_bindgen::JsValue;

/// The return value of a generated method whose result crosses as one
/// number. It holds that number, not the Rust value: converted inside the
/// method, the value never needs room in the export's frame (an
/// `Option<Foo>` is larger than its ABI and would be returned through
/// memory).
pub struct Ret<R: ReturnWasmAbi>(MaybeUninit<R::Abi>, PhantomData<R>);

thread_local! {
    /// The error of the call in progress, set by its refusal and read by its
    /// return value: nothing runs in between.
    static PENDING: Cell<Option<JsValue>> = const { Cell::new(None) };
}

/// Makes `error` the error of the call in progress.
#[cold]
#[inline(never)]
pub fn set_pending(error: impl Into<JsValue>) {
    let error = error.into();
    PENDING.with(|p| p.set(Some(error)));
}

/// Sets the pending error aside while user code runs in the middle of a
/// refusal (a deferred `Drop` when an argument's borrow ends), so that a
/// call it makes into WebAssembly does not take it; [`unstash`] puts it back.
pub(crate) fn stash() -> Option<JsValue> {
    PENDING.with(Cell::take)
}

pub(crate) fn unstash(error: Option<JsValue>) {
    if error.is_some() {
        PENDING.with(|p| p.set(error));
    }
}

/// The pending error, for a method that returns a `Result`.
#[cold]
#[inline(never)]
pub fn take_pending() -> JsValue {
    PENDING.with(Cell::take).unwrap_or(JsValue::UNDEFINED)
}

impl<R: ReturnWasmAbi> Ret<R> {
    /// The method returned `value`.
    #[inline]
    pub fn ok(value: R) -> Self {
        Ret(MaybeUninit::new(value.return_abi()), PhantomData)
    }

    /// The method returned a `Result`; an `Err` is thrown in JavaScript.
    #[inline]
    pub fn from_result<E: Into<JsValue>>(result: Result<R, E>) -> Self {
        match result {
            Ok(value) => Ret::ok(value),
            Err(e) => Ret::err(e.into()),
        }
    }

    #[cold]
    #[inline(never)]
    fn err(error: JsValue) -> Self {
        set_pending(error);
        Ret(MaybeUninit::uninit(), PhantomData)
    }

    /// The call was refused and its error is pending.
    #[inline(always)]
    pub fn pending() -> Self {
        Ret(MaybeUninit::uninit(), PhantomData)
    }
}

impl<R: ReturnWasmAbi> WasmDescribe for Ret<R> {
    #[inline]
    fn describe() {
        R::describe()
    }
}

impl<R: ReturnWasmAbi> IntoWasmAbi for Ret<R> {
    type Abi = R::Abi;
    #[inline]
    fn into_abi(self) -> R::Abi {
        // A look, not a take, so that the live path writes nothing here.
        // SAFETY: single-threaded, and no reference into the cell is held.
        if PENDING.with(|p| unsafe { (*p.as_ptr()).is_some() }) {
            throw_pending()
        }
        // SAFETY: only `err` and `pending` leave the value uninitialised,
        // and the call's error is pending then; nothing runs between a
        // method's return and this conversion, so the error seen here is
        // this call's.
        unsafe { self.0.assume_init() }
    }
}

#[cold]
#[inline(never)]
fn throw_pending() -> ! {
    wasm_bindgen::throw_val(take_pending())
}
