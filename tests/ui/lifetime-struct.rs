use wasm_dispose::disposable;

#[disposable]
pub struct View<'a> {
    bytes: &'a [u8],
}

fn main() {}
