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

// The trait impl is still emitted: its uses are no further error.
fn main() {
    let _ = Thing { id: 1 }.clone();
}
