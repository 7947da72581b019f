//! How generated code reaches the runtime. Everything is named by absolute
//! path through the runtime's `__private` module, so users need no imports;
//! the return type of a generated method is the runtime's to choose.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{parse_quote, Path};

use crate::attr::Options;

/// The runtime's `__private` module (`crate = "..."` moves it), and
/// wasm-bindgen through it.
pub struct Paths {
    pub private: TokenStream,
    /// `#[wasm_bindgen]` itself.
    pub wb: TokenStream,
    /// The `wasm_bindgen = ...` option, so the generated wasm-bindgen code
    /// reaches wasm-bindgen through the runtime too.
    pub wb_path: TokenStream,
}

/// The paths for the item's options.
pub fn paths(opts: &Options) -> Paths {
    let krate: Path = opts.krate.clone().unwrap_or_else(|| parse_quote!(::wasm_dispose));
    let private = quote!(#krate::__private);
    Paths { wb: quote!(#private::wasm_bindgen_attr), wb_path: quote!(wasm_bindgen = #private::wasm_bindgen), private }
}

/// The return type of a generated method that gives `value_ty` and takes
/// parameters of the given crossing modes, and the path of its `Return`
/// constructors (`ok`, `pending`, `from_result`): `Ret<value_ty>` where a
/// refusal may be thrown from WebAssembly, else `Result<value_ty, JsValue>`
/// (see `crossing.rs` in the runtime).
pub fn returns(private: &TokenStream, value_ty: &TokenStream, modes: &[TokenStream]) -> (TokenStream, TokenStream) {
    let mode =
        modes.iter().fold(quote!(#private::ReturnMode<#value_ty>), |acc, m| quote!(<#acc as #private::Mode>::And<#m>));
    let ret_ty = quote!(<#mode as #private::Mode>::Out<#value_ty>);
    let ret = quote!(<#ret_ty as #private::Return<#value_ty>>);
    (ret_ty, ret)
}
