use wasm_dispose::disposable;

#[disposable]
pub union Bits {
    int: u32,
    float: f32,
}

fn main() {}
