//! The user's own `#[wasm_bindgen(..)]` attributes on methods, fields and
//! arguments, read loosely: the options are wasm-bindgen's to check; the
//! macro reads the few it acts on.

use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Attribute, Meta};

/// The value of a wasm-bindgen option, `name = value`: an expression, or a
/// lone identifier that may be a keyword (`js_name = type`), which
/// wasm-bindgen's own parser takes and syn's expression parser refuses.
pub fn option_value(input: ParseStream) -> syn::Result<syn::Expr> {
    let fork = input.fork();
    if let Ok(ident) = fork.call(syn::Ident::parse_any) {
        if fork.is_empty() || fork.peek(syn::Token![,]) {
            input.call(syn::Ident::parse_any)?;
            return Ok(syn::Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path: ident.into() }));
        }
    }
    input.parse()
}

/// What follows an option's name: `= value`, `(...)`, or nothing.
pub enum Tail {
    Value(syn::Expr),
    Group(proc_macro2::Group),
    None,
}

/// Reads what follows the option `meta` names.
pub fn option_tail(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<Tail> {
    if meta.input.peek(syn::Token![=]) {
        Ok(Tail::Value(option_value(meta.value()?)?))
    } else if meta.input.peek(syn::token::Paren) {
        Ok(Tail::Group(meta.input.parse()?))
    } else {
        Ok(Tail::None)
    }
}

/// One `#[wasm_bindgen(...)]` attribute, split into its options.
#[derive(Clone)]
pub struct BindgenAttr {
    pub options: Vec<BindgenOption>,
}

#[derive(Clone)]
pub struct BindgenOption {
    pub name: syn::Ident,
    /// The value after `=`, if any, as written.
    pub value: Option<TokenStream>,
    /// The literal value, if it is a string literal.
    pub string: Option<String>,
}

impl BindgenAttr {
    pub fn has(&self, name: &str) -> bool {
        self.options.iter().any(|o| o.name == name)
    }

    pub fn get(&self, name: &str) -> Option<&BindgenOption> {
        self.options.iter().find(|o| o.name == name)
    }
}

pub fn is_bindgen(attr: &Attribute) -> bool {
    attr.path().is_ident("wasm_bindgen")
}

/// Parses `#[wasm_bindgen(a, b = c, d = "e")]` loosely: the options are
/// wasm-bindgen's to check; we only read the few we act on.
pub fn bindgen_attr(attr: &Attribute) -> syn::Result<BindgenAttr> {
    bindgen_meta(&attr.meta)
}

/// `bindgen_attr` for a `wasm_bindgen(...)` found inside a `cfg_attr`.
pub fn bindgen_meta(meta: &Meta) -> syn::Result<BindgenAttr> {
    let mut options = Vec::new();
    if let syn::Meta::List(list) = meta {
        list.parse_nested_meta(|meta| {
            let name = meta.path.get_ident().cloned().ok_or_else(|| meta.error("expected a wasm_bindgen option"))?;
            let (value, string) = match option_tail(&meta)? {
                Tail::Value(expr) => {
                    let string = match &expr {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                        syn::Expr::Path(p) => p.path.get_ident().map(|i| i.unraw().to_string()),
                        _ => None,
                    };
                    (Some(quote::ToTokens::to_token_stream(&expr)), string)
                }
                Tail::Group(_) | Tail::None => (None, None),
            };
            options.push(BindgenOption { name, value, string });
            Ok(())
        })?;
    }
    Ok(BindgenAttr { options })
}
