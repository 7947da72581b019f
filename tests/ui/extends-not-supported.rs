use wasm_dispose::disposable;

#[disposable]
pub struct Animal {
    legs: u32,
}

#[disposable(extends = Animal, extends_js_class = "Animal")]
pub struct Dog {
    name: String,
}

fn main() {}
