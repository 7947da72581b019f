// wasm-bindgen's rule: a tuple struct cannot extend another class.
use wasm_dispose::disposable;

#[disposable]
pub struct Animal {
    legs: u32,
}

#[disposable(extends = Animal)]
pub struct Dog(u32);

fn main() {}
