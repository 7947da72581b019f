use wasm_dispose::disposable;

#[disposable]
pub fn first<T: Copy>(values: Vec<T>) -> T {
    values[0]
}

fn main() {}
