//! Everything generated code reaches, under one hidden path, so that users
//! need no imports beyond `wasm_dispose::disposable`.

pub use core;
pub use std::boxed::Box;
pub use std::thread_local;
pub use wasm_bindgen;
pub use wasm_bindgen::prelude::wasm_bindgen as wasm_bindgen_attr;
pub use wasm_bindgen::JsValue;
pub use wasm_bindgen_futures;

pub use js_sys::Promise;

pub use crate::class::{slot_at, Class, Disposable};
pub use crate::convert::{
    finish, from_abi, is_none, kept, long_ref_from_abi, moved, none, owned_slot, ref_from_abi, ref_mut_from_abi,
    try_from_abi, try_from_js_value_ref, try_long_ref_from_abi, try_ref_from_abi, try_ref_mut_from_abi,
    try_vector_from_abi, vector_from_abi, vector_into_abi, view, Anchor, AnchorMut, Arg, ArgDisposable, ArgOther,
    ByLong, ByMut, ByRef, ByVal, Kept, LongAnchor, SlotView,
};
pub use crate::crossing::{Answer, Boxed, Crossing, Direct, Mode, Return, ReturnMode};
pub use crate::dispose::{async_dispose, free, AsyncDispose};
pub use crate::error::SlotError;
pub use crate::prototype::{prepare_class, wrap};
pub use crate::ret::{set_pending, take_pending, Ret};
pub use crate::slot::{Owner, Slot, State};
pub use crate::state::Reason;

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

/// Conversion-trait items that only wasm-bindgen 0.2.130 and later declare
/// (`try_from_abi` and friends): kept, or dropped for an older wasm-bindgen.
#[cfg(wd_try_abi)]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_try_abi {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(wd_try_abi))]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_try_abi {
    ($($item:tt)*) => {};
}

/// `TryFromJsValue`, whose shape changed in wasm-bindgen 0.2.105: an object
/// of the class moves out of JavaScript; anything else is refused.
#[cfg(wd_try_from_js_value_ref)]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_try_from_js_value {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::wasm_bindgen::convert::TryFromJsValue for $ty {
            #[inline]
            fn try_from_js_value_ref(
                value: &$crate::__private::JsValue,
            ) -> $crate::__private::core::option::Option<Self> {
                $crate::__private::try_from_js_value_ref(value)
            }
        }
    };
}

#[cfg(not(wd_try_from_js_value_ref))]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_try_from_js_value {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::wasm_bindgen::convert::TryFromJsValue for $ty {
            type Error = $crate::__private::JsValue;
            #[inline]
            fn try_from_js_value(
                value: $crate::__private::JsValue,
            ) -> $crate::__private::core::result::Result<Self, $crate::__private::JsValue> {
                $crate::__private::try_from_js_value_ref(&value).ok_or(value)
            }
        }
    };
}

/// Exports named by a well-known symbol (`js_name = "[Symbol.dispose]"`),
/// which wasm-bindgen accepts from 0.2.121 on: kept, or dropped before.
#[cfg(wd_symbol_names)]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_symbol_names {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(wd_symbol_names))]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_symbol_names {
    ($($item:tt)*) => {};
}

/// Items only the runtime without its snippet needs (the snippet replaces
/// them at a class's first object): kept, or dropped with the snippet.
#[cfg(not(feature = "snippet"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_without_snippet {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(feature = "snippet")]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_without_snippet {
    ($($item:tt)*) => {};
}

/// A class that `extends` another (wasm-bindgen 0.2.121 and later): the
/// first group, or the second (the class without its parent, and the
/// attribute's error) before.
#[cfg(wd_extends)]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_extends {
    ({ $($new:tt)* } { $($old:tt)* }) => { $($new)* };
}

#[cfg(not(wd_extends))]
#[doc(hidden)]
#[macro_export]
macro_rules! __wd_extends {
    ({ $($new:tt)* } { $($old:tt)* }) => { $($old)* };
}

/// Before wasm-bindgen 0.2.121, where `extends` is refused: the `parent`
/// field's type, so that the struct and its methods still type-check and
/// the refusal is the one error.
#[cfg(not(wd_extends))]
pub struct Parent<P>(core::cell::RefCell<P>);

#[cfg(not(wd_extends))]
impl<P> Parent<P> {
    pub fn new(value: P) -> Self {
        Parent(core::cell::RefCell::new(value))
    }
    pub fn borrow(&self) -> core::cell::Ref<'_, P> {
        self.0.borrow()
    }
    pub fn borrow_mut(&self) -> core::cell::RefMut<'_, P> {
        self.0.borrow_mut()
    }
    pub fn __wd_attach(&self, _attached: bool) {}
}

#[cfg(not(wd_extends))]
impl<P> From<P> for Parent<P> {
    fn from(value: P) -> Self {
        Parent::new(value)
    }
}

#[cfg(wd_extends)]
pub use crate::parent::{attach, empty_cell, Parent};

pub use crate::{
    __wd_extends as extends, __wd_symbol_names as symbol_names, __wd_try_abi as try_abi,
    __wd_try_from_js_value as try_from_js_value, __wd_without_snippet as without_snippet,
};
