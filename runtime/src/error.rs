//! The errors JavaScript sees, built on the JavaScript side so that they are
//! real `DisposedError` instances.

use wasm_bindgen::JsValue;

use crate::slot::State;

pub(crate) fn disposed(class: &str, state: State) -> JsValue {
    crate::js::disposed_error(class, state == State::Moved)
}

pub(crate) fn borrowed(class: &str) -> JsValue {
    crate::js::borrowed_error(class)
}
