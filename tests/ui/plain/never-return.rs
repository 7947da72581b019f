// Plain #[wasm_bindgen], for the count of errors: see ../never-return.rs.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Thing {
    id: u32,
}

#[wasm_bindgen]
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
