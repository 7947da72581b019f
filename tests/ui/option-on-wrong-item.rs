use wasm_dispose::disposable;

#[disposable(js_class = "Thing")]
pub struct Thing {
    id: u32,
}

#[disposable(async)]
impl Thing {}

fn main() {}
