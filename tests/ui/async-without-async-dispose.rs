use wasm_dispose::disposable;

// `async` promises `[Symbol.asyncDispose]`, which needs the cleanup itself.
#[disposable(async)]
pub struct Conn {
    open: bool,
}

#[disposable]
impl Conn {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Conn {
        Conn { open: true }
    }
}

fn main() {}
