// Mistakes: each is one error beside what can still be generated.

// A wrong option and a reserved property name: a class without them.
#[disposable(inspectable, sync)]
pub struct Thing {
    pub disposed: bool,
    #[wasm_bindgen(bogus)]
    pub b: u8,
    pub ok: u8,
}

// A generic method and an `impl Trait` argument: it stays in a plain impl
// block, the others are exported.
#[disposable]
impl Thing {
    pub fn good(&self) -> u32 {
        1
    }

    #[wasm_bindgen(js_name = generic)]
    pub fn bad<T>(&self, x: impl Into<u32>) -> u32 {
        2
    }
}

// What cannot be a class is plain Rust.
#[disposable]
pub enum Kind {
    A,
    B,
}

#[disposable]
pub struct Pair<T>(T, T);
