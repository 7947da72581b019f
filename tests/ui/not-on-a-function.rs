use wasm_dispose::disposable;

#[disposable]
pub fn make() -> u32 {
    1
}

fn main() {}
