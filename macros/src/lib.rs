//! The `#[disposable]` attribute of [wasm-dispose](https://docs.rs/wasm-dispose).
//!
//! Use it through `wasm_dispose::disposable`; see that crate for the docs.

// The modules are layers, each using only modules of the layers above it
// (rustfmt sorts the declarations below, so the order is here; the test
// `tests::the_modules_form_no_cycle` checks that there is no cycle):
//  1. the input: `bindgen` (the user's `#[wasm_bindgen(..)]`), `cfgs` (one
//     configuration per `cfg_attr` predicate), `ast`; its checks, `valid`;
//     the attribute's options, `attr`; what is kept of a mistake, `recover`;
//  2. the questions asked of the input: `query`;
//  3. the tokens: `runtime` (what generated code names), `lints`, `ts`;
//     `forward` (a forwarding method) and `property`; then one module per
//     kind of item: `class` (a struct), `receiver` (an impl block),
//     `function`;
//  4. the entry: `expand`. `helpers` is `export_helpers!`, on its own.
mod ast;
mod attr;
mod bindgen;
mod cfgs;
mod class;
mod expand;
mod forward;
mod function;
mod helpers;
mod lints;
mod property;
mod query;
mod receiver;
mod recover;
mod runtime;
#[cfg(test)]
mod tests;
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
