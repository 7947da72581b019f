//! How generated code reaches the runtime. Everything is named by absolute
//! path through the runtime's `__private` module, so users need no imports;
//! the return type of a generated method is the runtime's to choose.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::{parse_quote, Ident, Path, Type};

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

/// `#[wasm_bindgen]` and its `wasm_bindgen = ...` option inside a block
/// that begins `use <private>::wasm_bindgen;`: wasm-bindgen's glue is named
/// as in plain code, so that an error from it (a type it cannot convert)
/// names `wasm_bindgen::...`, not the runtime's private module.
pub fn bindgen_in_block() -> (TokenStream, TokenStream) {
    (quote!(wasm_bindgen::prelude::wasm_bindgen), quote!(wasm_bindgen = wasm_bindgen))
}

/// The return type of a generated method that gives `value_ty` and takes
/// parameters of the given crossing modes, and the path of its `Return`
/// constructors (`ok`, `pending`, `from_result`): `Ret<value_ty>` where a
/// refusal may be thrown from WebAssembly, else `Answer<value_ty>`, which
/// crosses as wasm-bindgen's `Result` (see `crossing.rs` in the runtime).
pub fn returns(private: &TokenStream, value_ty: &TokenStream, modes: &[TokenStream]) -> (TokenStream, TokenStream) {
    let mode =
        modes.iter().fold(quote!(#private::ReturnMode<#value_ty>), |acc, m| quote!(<#acc as #private::Mode>::And<#m>));
    let ret_ty = quote!(<#mode as #private::Mode>::Out<#value_ty>);
    let ret = quote!(<#ret_ty as #private::Return<#value_ty>>);
    (ret_ty, ret)
}

/// A forwarding method's parameter type for the user's `ty`:
/// `ByRef<T, <T as RefFromWasmAbi>::Anchor>` and the like. The second
/// argument is named through wasm-bindgen's own trait, so that a type it
/// cannot convert is its own error and the wrapper adds none; the macro's
/// tokens span from `ty`'s first token to its last, so that the error points
/// at `ty` once, wherever the compiler reports it from.
pub fn wrapped(
    private: &TokenStream,
    wrapper: &TokenStream,
    ty: &Type,
    trait_: &TokenStream,
    assoc: &str,
) -> TokenStream {
    let (lo, hi) = ends(ty);
    let wrapper = respan(quote!(#private::#wrapper), lo);
    let trait_ = respan(quote!(#private::wasm_bindgen::convert::#trait_), lo);
    let assoc = Ident::new(assoc, hi);
    let close = quote_spanned!(hi=> >);
    quote_spanned!(lo=> #wrapper<#ty, <#ty as #trait_>::#assoc #close)
}

/// The spans of `ty`'s first and last tokens.
fn ends(ty: &Type) -> (Span, Span) {
    let mut spans = ty.to_token_stream().into_iter().map(|t| t.span());
    let lo = spans.next().unwrap_or_else(Span::call_site);
    (lo, spans.last().unwrap_or(lo))
}

/// `tokens`, every one at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    respan_except(tokens, (span, span), None)
}

/// `tokens` at `lo`, groups at `hi` (so that an expression ending in one
/// spans both); the identifier `keep` only located at `lo`.
fn respan_except(tokens: TokenStream, (lo, hi): (Span, Span), keep: Option<&Ident>) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut t| {
            match &t {
                TokenTree::Ident(i) if Some(i) == keep => t.set_span(i.span().located_at(lo)),
                TokenTree::Group(g) => {
                    let mut group = Group::new(g.delimiter(), respan_except(g.stream(), (lo, hi), keep));
                    group.set_span(hi);
                    t = TokenTree::Group(group);
                }
                _ => t.set_span(lo),
            }
            t
        })
        .collect()
}

/// `tokens` that work on the argument `ident` of type `ty`, placed over
/// `ty` (groups end where it ends): what the compiler says of them (a type
/// wasm-bindgen cannot take by value) joins its error there. `ident` keeps
/// its hygiene (a name from a `macro_rules!` macro resolves as before).
pub fn on_arg(ty: &Type, ident: &Ident, tokens: TokenStream) -> TokenStream {
    let (lo, hi) = ends(ty);
    respan_except(tokens, (lo, hi), Some(ident))
}

/// A fallback trait's method (`receiver.rs`'s and `property.rs`'s
/// `fallback`): `name`, with `receiver` and `arity` parameters of any type,
/// returning any type, under `attrs`.
pub fn fallback_method(attrs: TokenStream, name: &Ident, receiver: TokenStream, arity: usize) -> TokenStream {
    let params: Vec<Ident> = (0..arity).map(|i| quote::format_ident!("__A{}", i)).collect();
    quote! {
        #attrs
        fn #name<#(#params,)* __R>(#receiver #(_: #params),*) -> __R {
            loop {}
        }
    }
}

/// A trait of the given methods (`fallback_method`s), implemented for
/// `receiver`.
pub fn fallback_trait(trait_: &Ident, receiver: &Path, methods: &[TokenStream]) -> TokenStream {
    quote! {
        #[allow(dead_code, non_camel_case_types, non_snake_case)]
        #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
        trait #trait_: Sized {
            #(#methods)*
        }
        impl #trait_ for #receiver {}
    }
}
