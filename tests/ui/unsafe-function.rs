// `unsafe` methods and functions are refused, on the keyword (plain
// #[wasm_bindgen] exports them, calling them from JavaScript unchecked).
use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub unsafe fn raw_id(&self) -> u32 {
        self.id
    }
}

#[disposable]
pub unsafe fn id_of(thing: &Thing) -> u32 {
    thing.id
}

// Both are still emitted: their uses are no further error.
fn main() {
    let thing = Thing { id: 1 };
    let _ = unsafe { thing.raw_id() + id_of(&thing) };
}
