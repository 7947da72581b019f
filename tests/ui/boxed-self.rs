// `self: Box<Self>`: one error, as with plain; a private method may take it.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn into_id(self: Box<Self>) -> u32 {
        self.id
    }

    fn boxed_helper(self: Box<Self>) -> u32 {
        self.id
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let _ = Box::new(Thing { id: 1 }).into_id() + Box::new(Thing { id: 2 }).boxed_helper();
}
