use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    id: u32,
}

#[disposable]
impl Thing {
    pub fn get<T: Default>(&self) -> T {
        T::default()
    }

    // Accepted, as by #[wasm_bindgen]: JavaScript calls the argument `arg0`.
    pub fn pair(&self, _: u32, b: u32) -> u32 {
        b + self.id
    }
}

fn main() {}
