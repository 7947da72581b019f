// `Option<&str>` and `Option<&mut Thing>`: one error each, on it, as with plain.
use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn greet(&self, name: Option<&str>) -> String {
        name.unwrap_or("you").to_string()
    }

    pub fn absorb(&self, other: Option<&mut Thing>) -> u32 {
        other.map_or(self.id, |o| o.id + self.id)
    }

    // The other methods are exported: one mistake, one error.
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let thing = Thing { id: 1 };
    let _ = thing.greet(Some("me")).len() + thing.id() as usize + thing.absorb(None) as usize;
}
