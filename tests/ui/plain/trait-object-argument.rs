// Plain #[wasm_bindgen], for the count of errors: see ../trait-object-argument.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
impl Thing {
    pub fn call(&self, f: Box<dyn Fn(u32)>) {
        f(self.id);
    }

    pub fn maybe_call(&self, f: Option<Box<dyn Fn(u32)>>) {
        if let Some(f) = f {
            f(self.id);
        }
    }

    pub fn callback(&self) -> Box<dyn Fn() -> u32> {
        let id = self.id;
        Box::new(move || id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    thing.call(Box::new(|_| {}));
    thing.maybe_call(None);
    let _ = thing.callback()() + thing.id();
}
