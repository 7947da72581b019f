//! Finding `#[wasm_bindgen]` and `#[disposable]` in an item's attributes:
//! written directly, by path (`wasm_bindgen::prelude::wasm_bindgen`), or
//! inside `#[cfg_attr(pred, ...)]` (nested too), with their options.

use std::ops::Range;

use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

/// Which attribute macro a use of one is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    WasmBindgen,
    Disposable,
}

/// One `wasm_bindgen` or `disposable` found in an attribute.
#[derive(Clone, Debug)]
pub struct Found {
    pub kind: Kind,
    /// Byte range of the attribute macro's path in the file (what a swap
    /// replaces); the options after it are left as written.
    pub path: Range<usize>,
    /// 1-based line of the attribute, for messages.
    pub line: usize,
    /// Inside `cfg_attr`: the item may be compiled without it.
    pub conditional: bool,
    /// Spelled as a path (`wasm_bindgen::prelude::wasm_bindgen`) rather than
    /// the bare name.
    pub qualified: bool,
    pub options: Vec<Opt>,
    /// The options could not be read as `name`, `name = value` or
    /// `name(...)`: wasm-bindgen's to judge, ours to leave alone.
    pub unreadable: bool,
}

/// One option: `inspectable`, `js_name = "X"`, `js_namespace = [..]`.
#[derive(Clone, Debug)]
pub struct Opt {
    pub name: String,
    /// A string literal's value or an identifier's name (`js_name = X`).
    pub value: Option<String>,
    pub line: usize,
}

impl Found {
    pub fn option(&self, name: &str) -> Option<&Opt> {
        self.options.iter().find(|o| o.name == name)
    }
}

/// Every `wasm_bindgen` / `disposable` in `attrs`.
pub fn find(attrs: &[Attribute]) -> Vec<Found> {
    let mut out = Vec::new();
    for attr in attrs {
        if matches!(attr.style, syn::AttrStyle::Outer) {
            from_meta(&attr.meta, false, &mut out);
        }
    }
    out
}

fn from_meta(meta: &Meta, conditional: bool, out: &mut Vec<Found>) {
    let path = meta.path();
    if path.is_ident("cfg_attr") {
        if let Meta::List(list) = meta {
            // `cfg_attr(predicate, attr, attr...)`: the predicate is a meta too.
            if let Ok(metas) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
                for inner in metas.iter().skip(1) {
                    from_meta(inner, true, out);
                }
            }
        }
        return;
    }
    let Some(kind) = kind_of(path) else { return };
    let (options, unreadable) = match meta {
        Meta::Path(_) => (Vec::new(), false),
        Meta::List(list) => match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
            Ok(metas) => (metas.iter().map(option).collect(), false),
            Err(_) => (Vec::new(), true),
        },
        Meta::NameValue(_) => (Vec::new(), true),
    };
    out.push(Found {
        kind,
        path: path_range(path),
        line: line(path_span(path)),
        conditional,
        qualified: path.segments.len() > 1 || path.leading_colon.is_some(),
        options,
        unreadable,
    });
}

/// `wasm_bindgen`, `wasm_bindgen::prelude::wasm_bindgen` (any path from the
/// crate that ends in the macro), `disposable`, `wasm_dispose::disposable`.
pub fn kind_of(path: &syn::Path) -> Option<Kind> {
    let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let (first, last) = (names.first()?, names.last()?);
    match (first.as_str(), last.as_str(), names.len()) {
        ("wasm_bindgen", "wasm_bindgen", _) => Some(Kind::WasmBindgen),
        ("disposable", "disposable", 1) | ("wasm_dispose", "disposable", 2) => Some(Kind::Disposable),
        _ => None,
    }
}

fn option(meta: &Meta) -> Opt {
    let name = meta.path().segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::");
    let value = match meta {
        Meta::NameValue(nv) => match &nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
            syn::Expr::Path(p) => p.path.get_ident().map(|i| {
                let s = i.to_string();
                s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
            }),
            _ => None,
        },
        _ => None,
    };
    Opt { name, value, line: line(path_span(meta.path())) }
}

fn path_span(path: &syn::Path) -> Span {
    match &path.leading_colon {
        Some(c) => c.spans[0],
        None => path.segments[0].ident.span(),
    }
}

/// The bytes a path covers, from its first token to its last.
pub fn path_range(path: &syn::Path) -> Range<usize> {
    let start = path_span(path).byte_range().start;
    let end = path.segments.last().map(|s| s.ident.span().byte_range().end).unwrap_or(start);
    start..end
}

pub fn line(span: Span) -> usize {
    span.start().line
}

/// Whether `attrs` has a `#[cfg(...)]` (the item may not be compiled).
pub fn has_cfg(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("cfg"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(src: &str) -> Vec<Found> {
        let item: syn::ItemStruct = syn::parse_str(&format!("{src} struct A;")).unwrap();
        find(&item.attrs)
    }

    #[test]
    fn spellings_and_cfg_attr() {
        assert_eq!(found("#[wasm_bindgen]")[0].kind, Kind::WasmBindgen);
        let f = &found("#[::wasm_bindgen::prelude::wasm_bindgen(js_name = X)]")[0];
        assert!(f.qualified && !f.conditional);
        assert_eq!(f.option("js_name").unwrap().value.as_deref(), Some("X"));
        assert_eq!(found("#[wasm_dispose::disposable]")[0].kind, Kind::Disposable);
        let f = found("#[cfg_attr(a, derive(Debug), cfg_attr(b, wasm_bindgen(inspectable)))]");
        assert_eq!(f.len(), 1);
        assert!(f[0].conditional && f[0].option("inspectable").is_some());
        assert!(found("#[wasm_bindgen_test] #[derive(Clone)] #[other::wasm_bindgen]").is_empty());
    }
}
