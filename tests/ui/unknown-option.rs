use wasm_dispose::disposable;

#[disposable(inspectable, js_name = "Thing", sync)]
pub struct Thing {
    id: u32,
}

// The class is still generated, with its other options: its uses are no
// further error.
#[disposable(js_class = "Thing")]
impl Thing {
    #[wasm_bindgen(constructor)]
    pub fn new(id: u32) -> Thing {
        Thing { id }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn id_of(thing: &Thing) -> u32 {
    thing.id
}

#[disposable]
pub fn take(thing: Thing) -> u32 {
    thing.id
}

fn main() {
    let _ = id_of(&Thing::new(1)) + take(Thing::new(2));
}
