use wasm_dispose::disposable;

#[disposable(inspectable, js_name = "Thing", sync)]
pub struct Thing {
    id: u32,
}

fn main() {}
