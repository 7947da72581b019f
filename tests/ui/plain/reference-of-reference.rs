// Plain #[wasm_bindgen], for the count of errors: see ../reference-of-reference.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
