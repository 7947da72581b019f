use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    pub ids: Vec<u32>,
    pub name: String,
}

fn main() {}
