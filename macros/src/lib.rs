//! The `#[disposable]` attribute of [wasm-dispose](https://docs.rs/wasm-dispose).
//!
//! Use it through `wasm_dispose::disposable`; see that crate for the docs.

#![deny(missing_docs)]

mod ast;
mod attr;
mod cfgs;
mod expand;
mod helpers;
mod lints;
mod recover;
mod ts;
mod valid;

use proc_macro::TokenStream;

/// Exports a struct and its impl blocks to JavaScript as a disposable class.
///
/// On a struct: `#[disposable]`,
/// `#[disposable(js_name = "Name")]`, `#[disposable(crate = "path")]`.
/// On an inherent impl block: `#[disposable]`, `#[disposable(js_class = "Name")]`.
/// Methods inside keep their `#[wasm_bindgen(...)]` attributes.
#[proc_macro_attribute]
pub fn disposable(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::attribute(args.into(), input.into()).into()
}

/// Exports wasm-dispose's JavaScript helpers from your package: `using`,
/// `usingAsync`, `disposableStats`, `debugDispose`, `leakReport`,
/// `assertNoLeaks`, `captureAllocationSites`. Without this, a package exports
/// its own classes and functions and `DisposedError`, nothing else.
///
/// `export_helpers!()` exports them all under these names;
/// `export_helpers!(using, disposableStats as "stats")` exports the ones
/// listed, renamed where `as` says. Call it once per crate.
#[proc_macro]
pub fn export_helpers(input: TokenStream) -> TokenStream {
    helpers::expand(input.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}
