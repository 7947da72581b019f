use wasm_dispose::disposable;

#[disposable]
pub struct Wrapper<T> {
    value: T,
}

// The struct is still emitted (plain Rust): its uses are no further error.
fn main() {
    let _ = Wrapper { value: 1 }.value;
}
