// Returning `!`: one error, on it, where plain gives three.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn fail(&self) -> ! {
        panic!("{}", self.id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    if thing.id() == 0 {
        thing.fail();
    }
}
