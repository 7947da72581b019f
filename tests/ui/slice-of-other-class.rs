// A slice of another block's `#[disposable]` class: wasm-bindgen lends only
// slices of numbers. The name may be an alias of a number, so the error is
// wasm-bindgen's trait error, as often as plain gives it.
use wasm_dispose::disposable;

#[disposable]
pub struct Other {
    id: u32,
}

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn sum(&self, others: &[Other]) -> u32 {
        others.iter().map(|o| o.id).sum::<u32>() + self.id
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.sum(&[Other { id: 2 }]) + thing.id();
}
