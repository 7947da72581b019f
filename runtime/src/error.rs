//! Why a slot refused access, and `DisposedError`, the error JavaScript sees
//! for a dead object.
//!
//! `DisposedError` is a class every package exports. Its errors are real
//! `Error`s (with a stack) carrying a brand keyed by `Symbol.for`, and the
//! class's `Symbol.hasInstance` checks that brand, so an error thrown by one
//! package is `instanceof` every other package's `DisposedError`.

use core::cell::{OnceCell, RefCell};

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::cells::Cells as _;
use crate::host;
use crate::state::State;

/// A slot refused a borrow or a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotError {
    class: &'static str,
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Disposed or moved.
    Dead(State),
    /// Borrowed by the Rust call in progress (or by one that trapped).
    Borrowed,
    /// Not an object of the class at all (an element of a `Vec<Foo>`).
    WrongType,
}

impl SlotError {
    pub(crate) fn dead(class: &'static str, state: State) -> Self {
        SlotError { class, kind: Kind::Dead(state) }
    }

    pub(crate) fn borrowed(class: &'static str) -> Self {
        SlotError { class, kind: Kind::Borrowed }
    }

    pub(crate) fn wrong_type(class: &'static str) -> Self {
        SlotError { class, kind: Kind::WrongType }
    }

    /// For wasm-bindgen's argument conversions in plain `#[wasm_bindgen]`
    /// functions, which throw an `Error` with a static message; one string
    /// per class and kind, made once. `DisposedError`'s `Symbol.hasInstance`
    /// recognises it by its `"DisposedError: "` prefix.
    pub(crate) fn static_message(self) -> &'static str {
        thread_local! {
            static MESSAGES: RefCell<Vec<(&'static str, Kind, &'static str)>> = const { RefCell::new(Vec::new()) };
        }
        MESSAGES.with(|m| {
            let mut m = m.lock();
            if let Some((_, _, text)) = m.iter().find(|(c, k, _)| *c == self.class && *k == self.kind) {
                return *text;
            }
            // The `DisposedError: ` prefix is how `Symbol.hasInstance` knows
            // wasm-bindgen's plain `Error` for a dead argument.
            let text = match self.kind {
                Kind::Dead(_) => host::join(&["DisposedError: ", &self.message()]),
                Kind::Borrowed | Kind::WrongType => self.message(),
            };
            let text: &'static str = Box::leak(text.into_boxed_str());
            m.push((self.class, self.kind, text));
            text
        })
    }

    // Joined, not `format!`: core::fmt's padding and `Display` code would
    // cost every package about 0.5 KB gzipped.
    fn message(self) -> String {
        let tail = match self.kind {
            Kind::Dead(State::Moved) => " was moved into Rust (passed by value) and can no longer be used",
            Kind::Dead(_) => " has been disposed",
            // Without a panic hook (5 KB gzipped) a trap cannot be told
            // apart, so the message names both.
            Kind::Borrowed => {
                " is in use by Rust (borrowed) and cannot be used, moved or freed from inside that call \
                 (or a panic trapped a call on it: then it stays so, and its value is abandoned)"
            }
            // wasm-bindgen's own words for it.
            Kind::WrongType => return "array contains a value of the wrong type".into(),
        };
        host::join(&[self.class, tail])
    }
}

/// A `DisposedError`, or the `Error` for a refused borrow.
impl From<SlotError> for JsValue {
    #[cold]
    fn from(e: SlotError) -> JsValue {
        match e.kind {
            Kind::Dead(state) => disposed_error(e, state == State::Moved),
            Kind::Borrowed | Kind::WrongType => wasm_bindgen::JsError::new(&e.message()).into(),
        }
    }
}

/// Thrown when a disposed or moved object is used; see the `.d.ts`
/// declaration in `shims.rs`.
#[wasm_bindgen(js_name = DisposedError, skip_typescript)]
#[doc(hidden)]
pub struct DisposedErrorClass {
    _private: (),
}

/// Any package's `DisposedError` (and errors wasm-bindgen raised for a dead
/// argument of a plain `#[wasm_bindgen]` function), by brand: the class's
/// `Symbol.hasInstance` without the snippet (with it, the snippet's
/// `isDisposedError`).
#[cfg(not(feature = "snippet"))]
fn has_instance(value: &JsValue) -> bool {
    if !value.is_object() {
        return false;
    }
    if host::get(value, &brand()).is_truthy() {
        return true;
    }
    // wasm-bindgen throws a plain `Error` with our static message when a
    // dead object reaches a plain function's argument conversion.
    host::get(value, &host::key("message")).as_string().is_some_and(|m| m.starts_with("DisposedError: "))
        && host::get(value, &host::key("stack")).is_string()
}

#[cfg(wd_symbol_names)]
#[wasm_bindgen(js_class = DisposedError)]
impl DisposedErrorClass {
    /// `Err` when a getter of `value` threw (a `Proxy`'s): `instanceof`
    /// throws it, from the glue rather than through Rust's frames.
    #[wasm_bindgen(js_name = "[Symbol.hasInstance]")]
    pub fn has_instance(value: &JsValue) -> Result<bool, JsValue> {
        #[cfg(feature = "snippet")]
        return crate::snippet::is_disposed_error(value);
        #[cfg(not(feature = "snippet"))]
        Ok(has_instance(value))
    }
}

/// Before wasm-bindgen 0.2.121 an export cannot be named by a symbol, so
/// `Symbol.hasInstance` is defined on the class when the package first
/// makes an object or an error: until then, `instanceof` sees only the
/// prototype chain.
#[cfg(not(wd_symbol_names))]
pub(crate) fn prepare() {
    PROTOTYPE.with(|p| {
        p.get_or_init(make_prototype);
    })
}

thread_local! {
    /// `DisposedError.prototype`, made an `Error` prototype on first use.
    static PROTOTYPE: OnceCell<JsValue> = const { OnceCell::new() };
}

fn prototype() -> JsValue {
    PROTOTYPE.with(|p| p.get_or_init(make_prototype).clone())
}

/// With the snippet, the class is made in JavaScript (less wasm).
#[cfg(feature = "snippet")]
fn make_prototype() -> JsValue {
    let probe: JsValue = DisposedErrorClass { _private: () }.into();
    crate::snippet::error_class(&probe, cfg!(not(wd_symbol_names)))
}

#[cfg(not(feature = "snippet"))]
fn make_prototype() -> JsValue {
    let probe: JsValue = DisposedErrorClass { _private: () }.into();
    let proto = host::get_prototype_of(&probe);
    let error_proto = host::get(&host::get(&host::global(), &host::key("Error")), &host::key("prototype"));
    host::set_prototype_of(&proto, &error_proto);
    host::define(&proto, &host::key("name"), &JsValue::from_str("DisposedError"));
    // Not a handle: `free()` would hand Rust a pointer that is not one.
    host::define(&proto, &host::key("free"), &JsValue::UNDEFINED);
    #[cfg(not(wd_symbol_names))]
    {
        let check = wasm_bindgen::closure::Closure::<dyn Fn(JsValue) -> bool>::new(|v: JsValue| has_instance(&v));
        let class = host::get(&proto, &host::key("constructor"));
        host::define(&class, &host::well_known("hasInstance"), &check.into_js_value());
    }
    proto
}

#[cfg(not(feature = "snippet"))]
fn brand() -> JsValue {
    host::symbol_for("wasm-dispose.DisposedError")
}

/// The `DisposedError` for a dead object.
#[cold]
fn disposed_error(e: SlotError, moved: bool) -> JsValue {
    #[cfg(feature = "snippet")]
    return crate::snippet::dead_error(&prototype(), &e.message(), e.class, moved);
    #[cfg(not(feature = "snippet"))]
    {
        let error: JsValue = wasm_bindgen::JsError::new(&e.message()).into();
        host::set_prototype_of(&error, &prototype());
        host::define(&error, &host::key("className"), &JsValue::from_str(e.class));
        host::define(&error, &host::key("reason"), &JsValue::from_str(if moved { "moved" } else { "disposed" }));
        host::define(&error, &brand(), &JsValue::TRUE);
        error
    }
}
