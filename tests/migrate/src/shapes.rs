use wasm_bindgen::prelude::*;

/// Spelled by path.
#[wasm_bindgen::prelude::wasm_bindgen(inspectable)]
pub struct Square {
    pub side: f64,
}

#[wasm_bindgen(js_name = "Round")]
pub struct Circle {
    pub r: f64,
}

pub mod inner {
    use wasm_bindgen::prelude::*;

    /// The same Rust name as `super::Square`, another class.
    #[wasm_bindgen(js_name = InnerSquare)]
    pub struct Square {
        pub side: f64,
    }
}
