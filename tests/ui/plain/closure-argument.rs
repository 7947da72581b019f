// Plain #[wasm_bindgen], for the count of errors: see ../closure-argument.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
