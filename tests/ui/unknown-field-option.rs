use wasm_dispose::disposable;

#[disposable]
pub struct Thing {
    #[wasm_bindgen(typescript_type = "1 | 2", readonly)]
    pub level: u32,
    #[wasm_bindgen(constructor)]
    pub other: u32,
}

// The class is still generated, without those properties: its uses are no
// further error.
#[disposable]
impl Thing {
    pub fn sum(&self) -> u32 {
        self.level + self.other
    }
}

fn main() {
    let _ = Thing { level: 1, other: 2 }.sum();
}
