// `extends` adds the field `parent`: the struct cannot have its own.
use wasm_dispose::disposable;

#[disposable]
pub struct Animal {
    legs: u32,
}

#[disposable(extends = Animal)]
pub struct Dog {
    parent: u32,
}

fn main() {}
