//! A class whose cleanup is async (`#[disposable]` only).

use wasm_bindgen::prelude::*;
use wasm_dispose::{disposable, AsyncDispose};

#[disposable(async)]
pub struct Snapshot {
    pub frames: u32,
}

#[disposable]
impl Snapshot {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Snapshot {
        Snapshot { frames: 0 }
    }

    pub fn record(&mut self) -> u32 {
        self.frames += 1;
        self.frames
    }
}

impl Default for Snapshot {
    fn default() -> Self {
        Self::new()
    }
}

impl AsyncDispose for Snapshot {
    async fn dispose(self) -> Result<(), JsValue> {
        Ok(())
    }
}
