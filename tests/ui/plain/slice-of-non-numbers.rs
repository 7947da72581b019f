// Plain #[wasm_bindgen], for the count of errors: see ../slice-of-non-numbers.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn count(&self, names: &[String]) -> usize {
        names.len()
    }

    pub fn clear(&self, values: &mut [JsValue]) {
        values.fill(JsValue::NULL);
    }

    pub fn sum(&self, things: &[Thing]) -> u32 {
        things.iter().map(|t| t.id).sum::<u32>() + self.id
    }

    pub fn max(&self, others: &[Self]) -> u32 {
        others.iter().map(|t| t.id).max().unwrap_or(self.id)
    }

    pub fn words(&self, words: &[&str]) -> usize {
        words.len()
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    thing.clear(&mut []);
    let _ = thing.count(&[]) + thing.words(&["a"]) + (thing.sum(&[]) + thing.max(&[]) + thing.id()) as usize;
}
