//! wasm-bindgen's own class tests, migrated the way the README says: every
//! `#[wasm_bindgen]` on a struct or an impl block became `#[disposable]`,
//! and nothing else changed in the Rust but what the test harness needs
//! (see `classes.rs`). `run.cjs` runs them the way `wasm-bindgen-test-runner`
//! does in Node: the package is `--target nodejs`, named `wasm-bindgen-test`,
//! and `classes.js` requires it by that name.

#![allow(clippy::new_without_default, clippy::should_implement_trait)]

// Upstream compiles these for wasm only: with plain `#[wasm_bindgen]` too, a
// `cfg_attr(target_family = "wasm", ...)` class does not build on the host.
#[cfg(target_family = "wasm")]
mod classes;
