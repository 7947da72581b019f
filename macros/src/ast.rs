//! The typed input: what the attribute is on, keeping the original syn
//! nodes so that every error points at the user's tokens.

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned;
use syn::{Attribute, Field, FnArg, ImplItemFn, Item, ItemImpl, ItemStruct, Pat, Type};

pub enum Input {
    Struct(ItemStruct),
    Impl(ItemImpl),
}

pub fn parse(item: TokenStream) -> syn::Result<Input> {
    let item: Item = syn::parse2(item)?;
    match item {
        Item::Struct(s) => Ok(Input::Struct(s)),
        Item::Impl(i) => Ok(Input::Impl(i)),
        Item::Enum(e) => Err(syn::Error::new(
            e.enum_token.span,
            "#[disposable] supports structs only, not enums: wrap the enum in a struct",
        )),
        Item::Union(u) => Err(syn::Error::new(
            u.union_token.span,
            "#[disposable] supports structs only, not unions",
        )),
        other => Err(syn::Error::new(
            item_span(&other),
            "#[disposable] goes on a struct and on its inherent impl blocks",
        )),
    }
}

fn item_span(item: &Item) -> Span {
    match item {
        Item::Fn(f) => f.sig.fn_token.span,
        Item::Trait(t) => t.trait_token.span,
        Item::Mod(m) => m.mod_token.span,
        Item::Type(t) => t.type_token.span,
        Item::Const(c) => c.const_token.span,
        Item::Static(s) => s.static_token.span,
        other => other.span(),
    }
}

/// One `#[wasm_bindgen(...)]` attribute, split into its options.
pub struct BindgenAttr {
    pub options: Vec<BindgenOption>,
}

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
    let mut options = Vec::new();
    if let syn::Meta::List(_) = &attr.meta {
        attr.parse_nested_meta(|meta| {
            let name = meta
                .path
                .get_ident()
                .cloned()
                .ok_or_else(|| meta.error("expected a wasm_bindgen option"))?;
            let (value, string) = if meta.input.peek(syn::Token![=]) {
                let expr: syn::Expr = meta.value()?.parse()?;
                let string = match &expr {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                    syn::Expr::Path(p) => p.path.get_ident().map(|i| i.to_string()),
                    _ => None,
                };
                (Some(quote::ToTokens::to_token_stream(&expr)), string)
            } else {
                if meta.input.peek(syn::token::Paren) {
                    let _group: proc_macro2::Group = meta.input.parse()?;
                }
                (None, None)
            };
            options.push(BindgenOption { name, value, string });
            Ok(())
        })?;
    }
    Ok(BindgenAttr { options })
}

/// How a method receives its object.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    None,
    Ref,
    RefMut,
    Value,
}

/// A method of an impl block as JavaScript will see it.
pub struct Method<'a> {
    pub item: &'a ImplItemFn,
    pub bindgen: Vec<BindgenAttr>,
    pub receiver: Receiver,
    pub args: Vec<(&'a syn::Ident, &'a Type)>,
}

impl Method<'_> {
    pub fn option(&self, name: &str) -> Option<&BindgenOption> {
        self.bindgen.iter().find_map(|a| a.get(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.bindgen.iter().any(|a| a.has(name))
    }

    pub fn is_constructor(&self) -> bool {
        self.has("constructor")
    }

    /// The name JavaScript sees (before getter/setter inference).
    pub fn js_name(&self) -> String {
        self.option("js_name")
            .and_then(|o| o.string.clone())
            .unwrap_or_else(|| self.item.sig.ident.to_string())
    }
}

pub fn method(item: &ImplItemFn) -> syn::Result<Method<'_>> {
    let bindgen = item
        .attrs
        .iter()
        .filter(|a| is_bindgen(a))
        .map(bindgen_attr)
        .collect::<syn::Result<Vec<_>>>()?;
    let mut receiver = Receiver::None;
    let mut args = Vec::new();
    for input in &item.sig.inputs {
        match input {
            FnArg::Receiver(r) => {
                receiver = if r.colon_token.is_some() {
                    match &*r.ty {
                        Type::Reference(t) if is_self(&t.elem) => {
                            if t.mutability.is_some() {
                                Receiver::RefMut
                            } else {
                                Receiver::Ref
                            }
                        }
                        t if is_self(t) => Receiver::Value,
                        t => {
                            return Err(syn::Error::new_spanned(
                                t,
                                "#[disposable] methods take `self`, `&self` or `&mut self`",
                            ))
                        }
                    }
                } else if r.reference.is_some() {
                    if r.mutability.is_some() {
                        Receiver::RefMut
                    } else {
                        Receiver::Ref
                    }
                } else {
                    Receiver::Value
                };
            }
            FnArg::Typed(pt) => match &*pt.pat {
                Pat::Ident(p) if p.subpat.is_none() && p.by_ref.is_none() => {
                    args.push((&p.ident, &*pt.ty));
                }
                other => {
                    return Err(syn::Error::new_spanned(
                        other,
                        "#[disposable] methods need a plain name for each argument",
                    ))
                }
            },
        }
    }
    Ok(Method { item, bindgen, receiver, args })
}

fn is_self(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

/// A `pub` field that wasm-bindgen would expose as a property.
pub struct Property<'a> {
    pub field: &'a Field,
    pub ident: &'a syn::Ident,
    pub bindgen: Vec<BindgenAttr>,
}

impl Property<'_> {
    pub fn has(&self, name: &str) -> bool {
        self.bindgen.iter().any(|a| a.has(name))
    }

    pub fn js_name(&self) -> String {
        self.bindgen
            .iter()
            .find_map(|a| a.get("js_name").and_then(|o| o.string.clone()))
            .unwrap_or_else(|| self.ident.to_string())
    }
}

pub fn properties(item: &ItemStruct) -> syn::Result<Vec<Property<'_>>> {
    let mut out = Vec::new();
    if let syn::Fields::Named(named) = &item.fields {
        for field in &named.named {
            if !matches!(field.vis, syn::Visibility::Public(_)) {
                continue;
            }
            let bindgen = field
                .attrs
                .iter()
                .filter(|a| is_bindgen(a))
                .map(bindgen_attr)
                .collect::<syn::Result<Vec<_>>>()?;
            let prop = Property { field, ident: field.ident.as_ref().unwrap(), bindgen };
            if !prop.has("skip") {
                out.push(prop);
            }
        }
    }
    Ok(out)
}
