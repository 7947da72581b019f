// C-variadic methods and functions: one error each, on the `...`, as with
// plain (neither is emitted: Rust rejects them outside nightly too).
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub unsafe extern "C" fn sum(&self, count: u32, _: ...) -> u32 {
        count
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

#[disposable]
pub unsafe extern "C" fn total(count: u32, _: ...) -> u32 {
    count
}

fn main() {
    let _ = Thing { id: 1 }.id();
}
