// wasm-bindgen's tests/wasm/inner_self.rs (commit 7efa2e0fd289), migrated as
// described in lib.rs.
//! This tests that the `wasm_bindgen` macro produces code that compiles for these use cases.
//! `cargo test --target wasm32-unknown-unknown` will not run if any of these tests breaks.
use wasm_dispose::disposable;

#[disposable]
pub struct A;

#[disposable]
pub struct SelfPortrait;

#[disposable]
impl A {
    pub fn test_only_self() -> Self {
        A
    }
    pub fn test_option_self() -> Option<Self> {
        None
    }
    pub fn test_nested_self() -> Result<Option<Self>, String> {
        Ok(None)
    }
    pub fn test_self_slice() -> Box<[Self]> {
        Box::new([])
    }
    pub fn test_selfish() -> Result<Self, SelfPortrait> {
        Ok(A)
    }
}
