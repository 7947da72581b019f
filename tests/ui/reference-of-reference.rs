// A reference to a reference or to a pointer: one error each, on the type,
// where plain gives two.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn len(&self, s: &&str) -> usize {
        s.len()
    }

    pub fn reset(&self, s: &mut &str) {
        *s = "";
    }

    pub fn address(&self, p: &*const u8) -> usize {
        *p as usize
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let mut s = "a";
    thing.reset(&mut s);
    let _ = thing.len(&s) + thing.address(&std::ptr::null()) + thing.id() as usize;
}
