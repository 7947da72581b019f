// `Infallible` by value: wasm-bindgen has no conversion for it. Its name may
// be any type's, so the error is wasm-bindgen's trait error, as often as
// plain gives it. No twin in `plain/`: the compiler's list of types that do
// convert names the generated handle (docs/limits.md).
use core::convert::Infallible;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn never(&self, never: Infallible) -> u32 {
        match never {}
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.id();
    let _ = Thing::never;
}
