// Function pointers, taken or returned: one error each, on the type, where
// plain gives two.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

fn double(n: u32) -> u32 {
    n * 2
}

#[disposable]
impl Thing {
    pub fn map(&self, f: fn(u32) -> u32) -> u32 {
        f(self.id)
    }

    pub fn map_all(&self, fs: Vec<fn(u32) -> u32>) -> u32 {
        fs.iter().map(|f| f(self.id)).sum()
    }

    pub fn doubler(&self) -> fn(u32) -> u32 {
        double
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.map(double) + thing.map_all(vec![double]) + thing.doubler()(1) + thing.id();
}
