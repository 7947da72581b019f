//! What `cargo wasm-dispose migrate --functions` must turn into code that
//! builds and behaves, beyond what wasm-bindgen's own tests
//! (`tests/upstream`) hold: written here as plain wasm-bindgen; `cargo xtask
//! test` migrates a copy, builds it to wasm and runs `check.cjs` on it.

use wasm_bindgen::prelude::*;

// The structs in one module, their impl blocks in another.
mod methods;
mod shapes;
// Classes compiled only under `cfg`: the attribute is named by path there.
mod sometimes;

pub use shapes::{Circle, Square};

/// Swapped by `--functions`: it takes classes.
#[wasm_bindgen(js_name = totalArea)]
pub fn total_area(a: &Square, b: Option<Circle>) -> f64 {
    a.area() + b.map_or(0.0, |c| c.r * c.r * 3.0)
}

/// Not swapped: it takes no class.
#[wasm_bindgen]
pub fn twice(x: f64) -> f64 {
    x * 2.0
}

/// Keeps #[wasm_bindgen]: plain accepts a method exported as `free`, a
/// disposable class has its own.
#[wasm_bindgen]
pub struct Pool {
    size: u32,
}

#[wasm_bindgen]
impl Pool {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Pool {
        Pool { size: 4 }
    }

    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {
        self.size = 0;
    }
}

/// Not swapped either: it takes a class that keeps #[wasm_bindgen].
#[wasm_bindgen(js_name = poolSize)]
pub fn pool_size(pool: &Pool) -> u32 {
    pool.size
}
