use wasm_dispose::disposable;

pub struct Plain {
    id: u32,
}

#[disposable]
impl Plain {
    pub fn id(&self) -> u32 {
        self.id
    }
}

fn main() {}
