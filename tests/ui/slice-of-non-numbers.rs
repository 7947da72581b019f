// Slices of what is not a number: one error each, on the type, where plain
// gives two. A slice of a name that may be an alias (`&[Byte]`) or another
// block's class is wasm-bindgen's to judge.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
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
