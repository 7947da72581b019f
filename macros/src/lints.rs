//! Lint attributes for generated items. The forwarding methods repeat the
//! user's names and signatures, so every lint that fires on those would fire
//! twice; plain wasm-bindgen reports it once, on the user's code. Only
//! relaxing levels are copied (`expect` becomes `allow`, since the copy need
//! not trigger the lint): a copied `deny` or `forbid` could only add errors.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token, Type};

use crate::ast::Method;

/// `allow(..)` and `expect(..)` (as `allow`), also inside `cfg_attr`.
pub fn relaxed(attrs: &[Attribute]) -> TokenStream {
    let mut out = TokenStream::new();
    for attr in attrs {
        if let Some(meta) = relax(&attr.meta) {
            out.extend(quote!(#[#meta]));
        }
    }
    out
}

fn relax(meta: &Meta) -> Option<Meta> {
    let path = meta.path();
    if path.is_ident("allow") || path.is_ident("expect") {
        let Meta::List(list) = meta else { return None };
        // `expect(.., reason = "..")`: keep the lints, drop the reason.
        let lints = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok()?;
        let lints: Vec<&Meta> = lints.iter().filter(|m| !m.path().is_ident("reason")).collect();
        if lints.is_empty() {
            return None;
        }
        return Some(syn::parse_quote!(allow(#(#lints),*)));
    }
    if path.is_ident("cfg_attr") {
        let Meta::List(list) = meta else { return None };
        let parts = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok()?;
        let mut parts = parts.into_iter();
        let pred = parts.next()?;
        let kept: Vec<Meta> = parts.filter_map(|m| relax(&m)).collect();
        if kept.is_empty() {
            return None;
        }
        return Some(syn::parse_quote!(cfg_attr(#pred, #(#kept),*)));
    }
    None
}

/// Lints for one forwarding method: the user's relaxed levels, and the
/// lints its copy of the user's signature would repeat. `deprecated` is not
/// among them: plain wasm-bindgen warns where its export calls a deprecated
/// method, and so does the forward, on the same span.
pub fn method(m: &Method<'_>) -> TokenStream {
    let f = m.item;
    let mut out = relaxed(&f.attrs);
    if not_snake(&f.sig.ident) || m.args.iter().any(|(i, _)| not_snake(i)) {
        out.extend(quote!(#[allow(non_snake_case)]));
    }
    // Clippy's signature lints, where they could fire: each fires once on
    // the user's method, as with plain; allowing them only where they could
    // apply keeps a crate-level `forbid` of them compiling.
    let name = f.sig.ident.to_string();
    let mut clippy = Vec::new();
    if name.starts_with("iter") {
        clippy.push(quote!(clippy::iter_not_returning_iterator));
    }
    if ["as_", "into_", "to_", "from_", "is_"].iter().any(|p| name.starts_with(p)) {
        clippy.push(quote!(clippy::wrong_self_convention));
    }
    if SHOULD_IMPLEMENT_TRAIT.contains(&name.as_str()) {
        clippy.push(quote!(clippy::should_implement_trait));
    }
    if f.sig.inputs.len() > 7 {
        clippy.push(quote!(clippy::too_many_arguments));
    }
    if !clippy.is_empty() {
        out.extend(quote!(#[allow(#(#clippy),*)]));
    }
    if f.sig.asyncness.is_some() {
        // wasm-bindgen futures are single-threaded; plain's async exports
        // are not linted either.
        out.extend(quote!(#[allow(clippy::future_not_send)]));
    }
    out
}

/// Lints for the getter and setter of a field named `name`.
pub fn property(name: &syn::Member, clones: bool) -> TokenStream {
    let mut out = TokenStream::new();
    if let syn::Member::Named(i) = name {
        if not_snake(i) {
            out.extend(quote!(#[allow(non_snake_case)]));
        }
    }
    if clones {
        // As in plain: `getter_with_clone` on the struct clones Copy fields too.
        out.extend(quote!(#[allow(clippy::clone_on_copy)]));
    }
    out
}

/// Plain's `#[wasm_bindgen]` resolves the name `wasm_bindgen` where it
/// stands, so `use wasm_bindgen::prelude::*` is used in every module that
/// exports a class. `#[disposable]` takes its place and reads the methods',
/// arguments' and fields' `#[wasm_bindgen(...)]` itself, so without this the
/// compiler would resolve the name nowhere, and in a module where the
/// attributes were the prelude's only use (many: a class with plain methods
/// needs nothing else) the import would warn as unused after the swap. This
/// resolves the user's own `wasm_bindgen` token at its span, or, where the
/// item has none, the name at the attribute's call site, in a `use` of the
/// macro's scope: the user's import answers, or the `wasm_bindgen` crate
/// where no import brings the name (wasm-bindgen is a dependency of every
/// crate that uses `#[disposable]`, as the README says).
pub fn uses_bindgen_name<'a>(attrs: impl IntoIterator<Item = &'a Attribute>) -> TokenStream {
    let name = attrs
        .into_iter()
        .find_map(|a| bindgen_name(&a.meta))
        .unwrap_or_else(|| syn::Ident::new("wasm_bindgen", proc_macro2::Span::call_site()));
    quote! {
        const _: () = {
            #[allow(unused_imports)]
            use #name as _;
        };
    }
}

/// The `wasm_bindgen` of `wasm_bindgen(..)`, also inside `cfg_attr`.
fn bindgen_name(meta: &Meta) -> Option<syn::Ident> {
    if meta.path().is_ident("wasm_bindgen") {
        return meta.path().get_ident().cloned();
    }
    if !meta.path().is_ident("cfg_attr") {
        return None;
    }
    let Meta::List(list) = meta else { return None };
    let parts = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok()?;
    parts.iter().skip(1).find_map(bindgen_name)
}

/// The method names clippy's `should_implement_trait` looks for.
const SHOULD_IMPLEMENT_TRAIT: &[&str] = &[
    "add",
    "as_mut",
    "as_ref",
    "bitand",
    "bitor",
    "bitxor",
    "borrow",
    "borrow_mut",
    "clone",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

fn not_snake(ident: &syn::Ident) -> bool {
    ident.to_string().trim_start_matches("r#").chars().any(char::is_uppercase)
}

/// `fn assert_copy<T: Copy>() {} assert_copy::<Ty>();` spanned on the
/// field's type, exactly as plain wasm-bindgen's getter does, so a non-Copy
/// field fails with "`Ty: Copy` is not satisfied" on the user's type; the
/// failed type check also keeps rustc from reporting the move out of the
/// borrow that follows.
pub fn assert_copy(ty: &Type, span: Span) -> TokenStream {
    quote_spanned! {span=>
        fn assert_copy<T: ::core::marker::Copy>() {}
        assert_copy::<#ty>();
    }
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn allow_and_expect_are_copied_as_allow() {
        let f: syn::ImplItemFn = parse_quote!(
            #[allow(non_snake_case)]
            #[expect(clippy::too_many_arguments, reason = "mirrors the JS API")]
            #[deny(missing_docs)]
            #[cfg_attr(feature = "x", expect(dead_code), wasm_bindgen(constructor))]
            fn f() {}
        );
        assert_eq!(
            relaxed(&f.attrs).to_string(),
            quote!(
                #[allow(non_snake_case)]
                #[allow(clippy::too_many_arguments)]
                #[cfg_attr(feature = "x", allow(dead_code))]
            )
            .to_string()
        );
    }

    /// `method` for the one configuration of `f`.
    fn lints(f: &syn::ImplItemFn) -> TokenStream {
        method(&crate::ast::method(f).unwrap().remove(0))
    }

    #[test]
    fn names_and_async_get_their_allows() {
        let f: syn::ImplItemFn = parse_quote!(#[deprecated] pub async fn getX(&self) {});
        let out = lints(&f).to_string();
        assert!(!out.contains("deprecated"), "{out}");
        assert!(out.contains("allow (non_snake_case)"), "{out}");
        assert!(out.contains("allow (clippy :: future_not_send)"), "{out}");
        let f: syn::ImplItemFn = parse_quote!(pub fn get_x(&self) {});
        assert!(lints(&f).is_empty());
        let f: syn::ImplItemFn = parse_quote!(pub fn iter(&self) -> Vec<u8> {});
        assert!(lints(&f).to_string().contains("clippy :: iter_not_returning_iterator"));
        let f: syn::ImplItemFn = parse_quote!(pub fn next(&self, a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) {});
        let out = lints(&f).to_string();
        assert!(out.contains("should_implement_trait") && out.contains("too_many_arguments"), "{out}");
        assert!(!out.contains("non_snake_case"), "{out}");
        let f: syn::ImplItemFn = parse_quote!(pub fn next(&self, a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, newX: u8) {});
        assert!(lints(&f).to_string().contains("non_snake_case"));
    }
}
