//! Why a slot refused access, and the errors JavaScript sees for it.

use wasm_bindgen::JsValue;

use crate::slot::State;

/// A slot refused a borrow or a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotError {
    class: &'static str,
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Disposed, moved or empty.
    Dead(State),
    /// Borrowed by the Rust call in progress.
    Borrowed,
}

impl SlotError {
    pub(crate) fn dead(class: &'static str, state: State) -> Self {
        SlotError { class, kind: Kind::Dead(state) }
    }

    pub(crate) fn borrowed(class: &'static str) -> Self {
        SlotError { class, kind: Kind::Borrowed }
    }

    /// For wasm-bindgen's argument conversions, which throw a plain `Error`
    /// with a static message. The JavaScript prototype patch throws
    /// `DisposedError` for dead objects before Rust is entered, so these are
    /// reached only from inside a Rust borrow.
    pub(crate) fn static_message(self) -> &'static str {
        match self.kind {
            Kind::Dead(_) => "wasm-dispose: the object was disposed or moved into Rust",
            Kind::Borrowed => {
                "wasm-dispose: the object is borrowed by the Rust call in progress and cannot be moved or borrowed mutably"
            }
        }
    }
}

/// Built on the JavaScript side, so that a dead object gives a real
/// `DisposedError` instance.
impl From<SlotError> for JsValue {
    fn from(e: SlotError) -> JsValue {
        match e.kind {
            Kind::Dead(state) => crate::js::disposed_error(e.class, state == State::Moved),
            Kind::Borrowed => crate::js::borrowed_error(e.class),
        }
    }
}
