// A `&dyn Fn` argument: one error, on it, where plain gives two.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn each(&self, f: &dyn Fn(u32)) {
        f(self.id);
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    thing.each(&|_| {});
    let _ = thing.id();
}
