use wasm_dispose::disposable;

#[disposable]
pub struct Wrapper<T> {
    value: T,
}

fn main() {}
