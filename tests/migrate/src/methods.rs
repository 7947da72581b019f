// Each impl names its struct another way: a glob import, a renamed class,
// a path.
use crate::shapes::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Square {
    #[wasm_bindgen::prelude::wasm_bindgen(constructor)]
    pub fn new(side: f64) -> Square {
        Square { side }
    }

    pub fn area(&self) -> f64 {
        self.side * self.side
    }
}

#[wasm_bindgen(js_class = "Round")]
impl Circle {
    #[wasm_bindgen(constructor)]
    pub fn new(r: f64) -> Circle {
        Circle { r }
    }
}

#[wasm_bindgen(js_class = InnerSquare)]
impl super::shapes::inner::Square {
    #[wasm_bindgen(constructor)]
    pub fn new(side: f64) -> Self {
        Self { side }
    }

    pub fn area(&self) -> f64 {
        self.side * self.side
    }
}
