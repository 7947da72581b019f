//! Everything generated code reaches, under one hidden path, so that users
//! need no imports beyond `wasm_dispose::disposable`.

pub use core;
pub use std::boxed::Box;
pub use std::thread_local;
pub use wasm_bindgen;
pub use wasm_bindgen_futures;
pub use wasm_bindgen::prelude::wasm_bindgen as wasm_bindgen_attr;
pub use wasm_bindgen::JsValue;

pub use js_sys::Promise;

pub use crate::class::{slot_at, wrap, Class, Disposable, Reason};
pub use crate::convert::{
    from_abi, is_none, kept, long_ref_from_abi, view, none, ref_from_abi, try_long_ref_from_abi, ref_mut_from_abi, try_from_abi, try_ref_from_abi,
    try_ref_mut_from_abi, try_from_js_value_ref, try_vector_from_abi, vector_from_abi, vector_into_abi, Anchor, AnchorMut, Arg, ArgDisposable, ArgOther, ByLong, ByMut, ByRef, Kept, LongAnchor, SlotView,
    ByVal,
};
pub use crate::dispose::{async_dispose, free, AsyncDispose};
pub use crate::error::SlotError;
pub use crate::ret::{set_pending, take_pending, Ret};
pub use crate::slot::{Slot, State};

/// Turns a user method's `Result<T, E>` into the `Result<T, JsValue>` the
/// forwarding method returns, whatever alias the user wrote.
pub trait Fallible {
    type Ok;
    fn into_js_result(self) -> Result<Self::Ok, JsValue>;
}

impl<T, E: Into<JsValue>> Fallible for Result<T, E> {
    type Ok = T;
    #[inline]
    fn into_js_result(self) -> Result<T, JsValue> {
        self.map_err(Into::into)
    }
}

/// What `export_helpers!` exports.
pub mod helpers {
    pub use crate::report::{
        assert_no_leaks, capture_allocation_sites, debug_dispose, disposable_stats, leak_report_js,
    };
    pub use crate::shims::{using, using_async};
    pub use js_sys::Function;
}
