use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Clone for Thing {
    fn clone(&self) -> Self {
        Thing { id: self.id }
    }
}

fn main() {}
