// An async class's cleanup would not run for a parent part, which goes
// with its child.
use wasm_dispose::{disposable, AsyncDispose};

#[disposable(async)]
pub struct Stream {
    open: bool,
}

impl AsyncDispose for Stream {
    async fn dispose(self) -> Result<(), wasm_bindgen::JsValue> {
        Ok(())
    }
}

#[disposable(extends = Stream)]
pub struct FileStream {
    path: String,
}

fn main() {}
