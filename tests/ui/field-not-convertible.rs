// A `pub` field of a type wasm-bindgen cannot convert: wasm-bindgen's
// errors, on the field's type and on the attribute. No generated accessor
// adds "method exists but its trait bounds were not satisfied" (there were
// three: the getter, the setter and the setter's conversion).
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[derive(Clone, Copy)]
pub struct Opaque(u8);

#[disposable]
pub struct Holder {
    pub o: Opaque,
}

fn main() {}
