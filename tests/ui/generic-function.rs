use wasm_dispose::disposable;

#[disposable]
pub fn first<T: Copy>(values: Vec<T>) -> T {
    values[0]
}

// The function is still emitted (plain Rust): its uses are no further error.
fn main() {
    let _: u32 = first(vec![1]);
}
