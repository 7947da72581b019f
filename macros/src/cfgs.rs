//! `#[cfg_attr(pred, wasm_bindgen(..))]` on methods and fields. wasm-bindgen
//! sees these after cfg-expansion; we must decide now what to generate, so
//! each item is expanded once per combination of its predicates, each copy
//! under `#[cfg(all(..))]` of that combination.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

use crate::bindgen::{bindgen_attr, bindgen_meta, is_bindgen, BindgenAttr};

/// One configuration of an item's `cfg_attr(.., wasm_bindgen(..))`s.
#[derive(Clone, Default)]
pub struct Variant {
    /// `#[cfg(..)]` selecting this configuration; empty without cfg_attr.
    pub cfg: TokenStream,
    /// The `#[wasm_bindgen(..)]` attributes that come out of `cfg_attr` in
    /// this configuration, to put on the generated item.
    pub attrs: Vec<Attribute>,
}

impl ToTokens for Variant {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.cfg.to_tokens(tokens);
        for a in &self.attrs {
            a.to_tokens(tokens);
        }
    }
}

/// More predicates than this on one item is surely a mistake, and would
/// multiply the generated code.
const MAX_PREDICATES: usize = 4;

/// The configurations of an item, each with every `wasm_bindgen` option in
/// force there (plain `#[wasm_bindgen]` attributes are in all of them).
pub fn variants(attrs: &[Attribute]) -> syn::Result<Vec<(Variant, Vec<BindgenAttr>)>> {
    let always = attrs.iter().filter(|a| is_bindgen(a)).map(bindgen_attr).collect::<syn::Result<Vec<_>>>()?;
    let mut conditional: Vec<(TokenStream, Meta)> = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("cfg_attr")) {
        collect(&attr.meta, None, &mut conditional)?;
    }
    if conditional.is_empty() {
        return Ok(vec![(Variant::default(), always)]);
    }
    let mut preds: Vec<TokenStream> = Vec::new();
    for (p, _) in &conditional {
        if !preds.iter().any(|q| q.to_string() == p.to_string()) {
            preds.push(p.clone());
        }
    }
    if preds.len() > MAX_PREDICATES {
        return Err(syn::Error::new_spanned(
            &preds[MAX_PREDICATES],
            format!(
                "#[disposable] supports at most {MAX_PREDICATES} cfg_attr(.., wasm_bindgen(..)) predicates per item"
            ),
        ));
    }
    let mut out = Vec::new();
    for mask in 0..1u32 << preds.len() {
        let on = |i: usize| mask & (1 << i) != 0;
        let terms = preds.iter().enumerate().map(|(i, p)| if on(i) { quote!(#p) } else { quote!(not(#p)) });
        let cfg = quote!(#[cfg(all(#(#terms),*))]);
        let mut bindgen: Vec<BindgenAttr> = always.iter().map(BindgenAttr::clone).collect();
        let mut attrs = Vec::new();
        for (p, meta) in &conditional {
            let i = preds.iter().position(|q| q.to_string() == p.to_string()).unwrap();
            if on(i) {
                bindgen.push(bindgen_meta(meta)?);
                attrs.push(syn::parse_quote!(#[#meta]));
            }
        }
        out.push((Variant { cfg, attrs }, bindgen));
    }
    Ok(out)
}

/// Finds the `wasm_bindgen(..)`s inside a `cfg_attr`, nested ones included.
fn collect(meta: &Meta, outer: Option<&TokenStream>, out: &mut Vec<(TokenStream, Meta)>) -> syn::Result<()> {
    let Meta::List(list) = meta else { return Ok(()) };
    let mut parts = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?.into_iter();
    let Some(pred) = parts.next() else { return Ok(()) };
    let pred = match outer {
        Some(o) => quote!(all(#o, #pred)),
        None => pred.to_token_stream(),
    };
    for inner in parts {
        if inner.path().is_ident("wasm_bindgen") {
            out.push((pred.clone(), inner));
        } else if inner.path().is_ident("cfg_attr") {
            collect(&inner, Some(&pred), out)?;
        }
    }
    Ok(())
}

/// The attributes with every `wasm_bindgen(..)` taken out of `cfg_attr`s (a
/// `cfg_attr` left with nothing is dropped): the user's items stay plain Rust.
pub fn strip(attrs: &mut Vec<Attribute>) {
    attrs.retain_mut(|attr| {
        if is_bindgen(attr) {
            return false;
        }
        if !attr.path().is_ident("cfg_attr") {
            return true;
        }
        match strip_meta(&attr.meta) {
            Some(meta) => {
                attr.meta = meta;
                true
            }
            None => false,
        }
    });
}

fn strip_meta(meta: &Meta) -> Option<Meta> {
    let Meta::List(list) = meta else { return Some(meta.clone()) };
    let Ok(parts) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
        return Some(meta.clone());
    };
    let mut parts = parts.into_iter();
    let pred = parts.next()?;
    let kept: Vec<Meta> = parts
        .filter(|m| !m.path().is_ident("wasm_bindgen"))
        .filter_map(|m| if m.path().is_ident("cfg_attr") { strip_meta(&m) } else { Some(m) })
        .collect();
    if kept.is_empty() {
        return None;
    }
    Some(syn::parse_quote!(cfg_attr(#pred, #(#kept),*)))
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn attrs(f: syn::ImplItemFn) -> Vec<Attribute> {
        f.attrs
    }

    #[test]
    fn no_cfg_attr_is_one_plain_variant() {
        let a = attrs(parse_quote!(#[wasm_bindgen(constructor)] fn f() {}));
        let v = variants(&a).unwrap();
        assert_eq!(v.len(), 1);
        assert!(v[0].0.cfg.is_empty());
        assert!(v[0].1[0].has("constructor"));
    }

    #[test]
    fn each_predicate_doubles_the_variants() {
        let a = attrs(parse_quote!(
            #[cfg_attr(feature = "a", wasm_bindgen(constructor))]
            #[cfg_attr(feature = "b", wasm_bindgen(js_name = make), allow(dead_code))]
            #[cfg_attr(feature = "a", cfg_attr(unix, wasm_bindgen(skip_typescript)))]
            fn f() {}
        ));
        let v = variants(&a).unwrap();
        assert_eq!(v.len(), 8);
        let cfgs: Vec<String> = v.iter().map(|(v, _)| v.cfg.to_string()).collect();
        assert!(cfgs[0].contains("not (feature = \"a\")") && cfgs[0].contains("not (feature = \"b\")"), "{cfgs:?}");
        // All on: every option in force, emitted as plain attributes.
        let (last, bindgen) = &v[7];
        assert!(bindgen.iter().any(|b| b.has("constructor")) && bindgen.iter().any(|b| b.has("skip_typescript")));
        assert_eq!(last.attrs.len(), 3);
        assert!(!v[0].1.iter().any(|b| b.has("constructor")));
    }

    #[test]
    fn strip_keeps_other_attributes() {
        let mut a = attrs(parse_quote!(
            #[wasm_bindgen(getter)]
            #[cfg_attr(feature = "a", wasm_bindgen(constructor))]
            #[cfg_attr(feature = "b", wasm_bindgen(js_name = make), allow(dead_code))]
            #[doc = "kept"]
            fn f() {}
        ));
        strip(&mut a);
        let text = a.iter().map(|a| a.to_token_stream().to_string()).collect::<Vec<_>>().join(" ");
        assert_eq!(text, "# [cfg_attr (feature = \"b\" , allow (dead_code))] # [doc = \"kept\"]");
    }
}
