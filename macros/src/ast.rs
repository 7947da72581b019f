//! The typed input: what the attribute is on, keeping the original syn
//! nodes so that every error points at the user's tokens.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Field, FnArg, ImplItemFn, Item, ItemImpl, ItemStruct, Pat, Type};

use crate::bindgen::{bindgen_attr, is_bindgen, BindgenAttr, BindgenOption};
use crate::cfgs::{self, Variant};

pub enum Input {
    Struct(ItemStruct),
    Impl(ItemImpl),
    /// A free function that takes or returns disposable classes.
    Fn(syn::ItemFn),
}

pub fn parse(item: TokenStream) -> syn::Result<Input> {
    let item: Item = syn::parse2(item)?;
    match item {
        Item::Struct(s) => Ok(Input::Struct(s)),
        Item::Impl(i) => Ok(Input::Impl(i)),
        Item::Fn(f) => Ok(Input::Fn(f)),
        Item::Enum(e) => Err(syn::Error::new(
            e.enum_token.span,
            "#[disposable] supports structs only, not enums: wrap the enum in a struct",
        )),
        Item::Union(u) => Err(syn::Error::new(u.union_token.span, "#[disposable] supports structs only, not unions")),
        other => Err(syn::Error::new(
            item_span(&other),
            "#[disposable] goes on a struct, on its inherent impl blocks, and on functions that take its objects",
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

/// How a method receives its object.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    None,
    Ref,
    RefMut,
    Value,
}

/// A method of an impl block as JavaScript will see it, in one `cfg`
/// configuration of its `cfg_attr(.., wasm_bindgen(..))` attributes.
pub struct Method<'a> {
    pub item: &'a ImplItemFn,
    /// Every `wasm_bindgen` option in force in this configuration.
    pub bindgen: Vec<BindgenAttr>,
    /// `#[cfg(..)]` selecting this configuration, plus the `wasm_bindgen`
    /// attributes that came out of `cfg_attr`, for the forwarding method.
    pub variant: Variant,
    pub receiver: Receiver,
    /// The forwarding method's argument names: the user's, or `__wd_argN`
    /// for a pattern such as `_`.
    pub args: Vec<(syn::Ident, &'a Type)>,
    /// Each argument's own `#[wasm_bindgen(..)]` attributes (and, for a
    /// pattern, the `js_name` wasm-bindgen would have given it).
    pub arg_attrs: Vec<TokenStream>,
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
        self.option("js_name").and_then(|o| o.string.clone()).unwrap_or_else(|| self.item.sig.ident.unraw().to_string())
    }

    /// The member name JavaScript sees, as wasm-bindgen infers it: `getter =
    /// x` / `setter = x` name the property, a setter `set_x` sets `x`.
    pub fn js_member(&self) -> (String, Option<TokenStream>) {
        for kind in ["getter", "setter"] {
            if let Some(o) = self.option(kind) {
                if let (Some(s), Some(v)) = (&o.string, &o.value) {
                    return (s.clone(), Some(v.clone()));
                }
            }
        }
        let span = self.option("js_name").and_then(|o| o.value.clone());
        if span.is_none() && self.has("setter") {
            let name = self.item.sig.ident.unraw().to_string();
            let name = name.strip_prefix("set_").map(str::to_string).unwrap_or(name);
            return (name, None);
        }
        (self.js_name(), span)
    }
}

/// A method in each configuration its `cfg_attr`s can produce (one when it
/// has none).
pub fn method(item: &ImplItemFn) -> syn::Result<Vec<Method<'_>>> {
    let mut receiver = Receiver::None;
    let mut args = Vec::new();
    let mut arg_attrs = Vec::new();
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
            FnArg::Typed(pt) => {
                let index = args.len();
                let own: Vec<&Attribute> = pt.attrs.iter().filter(|a| is_bindgen(a)).collect();
                let mut attrs = quote::quote!(#(#own)*);
                let ident = match &*pt.pat {
                    Pat::Ident(p) if p.subpat.is_none() && p.by_ref.is_none() => p.ident.clone(),
                    // `_` or a destructuring pattern: wasm-bindgen names it
                    // `argN` in JavaScript; so does the forwarding method.
                    _ => {
                        let renamed = own.iter().any(|a| bindgen_attr(a).is_ok_and(|b| b.has("js_name")));
                        if !renamed {
                            let js = format!("arg{index}");
                            attrs.extend(quote::quote!(#[wasm_bindgen(js_name = #js)]));
                        }
                        quote::format_ident!("__wd_arg{}", index)
                    }
                };
                args.push((ident, &*pt.ty));
                arg_attrs.push(attrs);
            }
        }
    }
    let variants = cfgs::variants(&item.attrs)?;
    Ok(variants
        .into_iter()
        .map(|(variant, bindgen)| Method {
            item,
            bindgen,
            variant,
            receiver,
            args: args.clone(),
            arg_attrs: arg_attrs.clone(),
        })
        .collect())
}

fn is_self(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

/// A `pub` field that wasm-bindgen would expose as a property, in one `cfg`
/// configuration of its `cfg_attr`s.
pub struct Property<'a> {
    pub field: &'a Field,
    /// `name`, `r#name` or `0` as written in Rust.
    pub member: syn::Member,
    pub bindgen: Vec<BindgenAttr>,
    pub variant: Variant,
    /// `getter_with_clone` on the field or on the struct.
    pub clones: bool,
}

impl Property<'_> {
    pub fn has(&self, name: &str) -> bool {
        self.bindgen.iter().any(|a| a.has(name))
    }

    pub fn option(&self, name: &str) -> Option<&BindgenOption> {
        self.bindgen.iter().find_map(|a| a.get(name))
    }

    /// `js_name`, or the field's name without `r#`, or its index.
    pub fn js_name(&self) -> String {
        self.option("js_name").and_then(|o| o.string.clone()).unwrap_or_else(|| match &self.member {
            syn::Member::Named(i) => i.unraw().to_string(),
            syn::Member::Unnamed(i) => i.index.to_string(),
        })
    }

    /// The JavaScript name as a fragment of the generated getter's and
    /// setter's identifiers. wasm-bindgen orders a class's members by those,
    /// so they sort as plain's properties do, by JavaScript name.
    pub fn fragment(&self) -> String {
        self.js_name().chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
    }

    /// Field options passed on to the generated getter and setter.
    pub fn passthrough(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for name in ["skip_typescript", "skip_jsdoc"] {
            if self.has(name) {
                let ident = syn::Ident::new(name, Span::call_site());
                out.extend(quote::quote!(, #ident));
            }
        }
        out
    }
}

/// The options a `#[wasm_bindgen]` struct field accepts (wasm-bindgen's
/// parser rejects others).
pub const FIELD_OPTIONS: &[&str] =
    &["readonly", "skip", "js_name", "getter_with_clone", "skip_typescript", "skip_jsdoc"];

pub fn properties(item: &ItemStruct, getter_with_clone: bool) -> syn::Result<Vec<Property<'_>>> {
    let mut out = Vec::new();
    for (index, field) in item.fields.iter().enumerate() {
        out.extend(field_properties(index, field, getter_with_clone)?);
    }
    Ok(out)
}

/// The properties of the struct's `index`th field: none unless it is `pub`.
pub fn field_properties(index: usize, field: &Field, getter_with_clone: bool) -> syn::Result<Vec<Property<'_>>> {
    let mut out = Vec::new();
    if !matches!(field.vis, syn::Visibility::Public(_)) {
        return Ok(out);
    }
    let member = match &field.ident {
        Some(ident) => syn::Member::Named(ident.clone()),
        None => syn::Member::Unnamed(syn::Index { index: index as u32, span: field.ty.span() }),
    };
    for (variant, bindgen) in cfgs::variants(&field.attrs)? {
        let mut prop = Property { field, member: member.clone(), bindgen, variant, clones: false };
        prop.clones = getter_with_clone || prop.has("getter_with_clone");
        if !prop.has("skip") {
            out.push(prop);
        }
    }
    Ok(out)
}
