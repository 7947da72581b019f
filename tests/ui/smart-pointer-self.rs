// `self: Rc<Self>` and `self: Pin<&mut Self>`: one error each, as with plain.
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn shared_id(self: Rc<Self>) -> u32 {
        self.id
    }

    pub fn pinned_id(self: Pin<&mut Self>) -> u32 {
        self.id
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let mut thing = Thing { id: 1 };
    let _ = Pin::new(&mut thing).pinned_id() + thing.id() + Rc::new(thing).shared_id();
}
