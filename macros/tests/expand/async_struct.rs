// An async class, with the runtime renamed (`crate = ..`), every field
// cloned, and a field whose options depend on `cfg_attr`.

#[disposable(async, getter_with_clone, crate = "my::dispose")]
pub struct Connection {
    pub url: String,
    #[cfg_attr(unix, wasm_bindgen(readonly))]
    pub retries: u32,
    socket: Option<u32>,
}

#[disposable(async, skip_typescript, private)]
pub struct Quiet;
