use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    #[wasm_bindgen(constructor)]
    pub fn new(id: u32) -> Option<Thing> {
        (id > 0).then_some(Thing { id })
    }

    // A static method may return Option<Self>.
    pub fn maybe(id: u32) -> Option<Thing> {
        (id > 0).then_some(Thing { id })
    }
}

fn main() {}
