// Plain #[wasm_bindgen], for the count of errors: see ../borrow-of-by-value-type.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn bump(&self, n: &mut u32) {
        *n += self.id;
    }

    pub fn name_len(&self, name: &String) -> usize {
        name.len()
    }

    pub fn upper(&self, s: &mut str) {
        s.make_ascii_uppercase();
    }

    pub fn set(&self, v: &mut JsValue) {
        *v = JsValue::from(self.id);
    }

    pub fn total(&self, values: &Vec<u32>) -> u32 {
        values.iter().sum()
    }

    pub fn swap(&self, other: &mut Option<Thing>) -> Option<Thing> {
        other.take()
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let mut n = 0;
    thing.bump(&mut n);
    let _ = thing.name_len(&String::new()) + thing.total(&vec![1]) as usize + thing.id() as usize;
    let _ = thing.swap(&mut None);
}
