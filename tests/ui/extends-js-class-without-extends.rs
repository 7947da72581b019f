// `extends_js_class` names the parent's JavaScript class; `extends` its Rust type.
use wasm_dispose::disposable;

#[disposable(extends_js_class = "Animal")]
pub struct Dog {
    legs: u32,
}

fn main() {}
