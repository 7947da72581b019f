//! One mistake, one error. Beside its errors the attribute still emits the
//! user's item, and as much of the class as is right, so that the rest of
//! the crate compiles against them and the compiler reports the mistake
//! alone (as tokio's macros do): a struct with a wrong option or field is a
//! class without it; an impl block's methods with a mistake stay in a plain
//! impl block and the others are exported; what cannot be a class at all
//! (an enum, a generic struct, a trait impl) is emitted as plain Rust.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{parse_quote, FnArg, ImplItem, ImplItemFn, ItemFn, ItemImpl, ItemStruct, Type, Visibility};

use crate::valid::{self, Errors};
use crate::{ast, cfgs};

/// The struct as plain Rust: its `#[wasm_bindgen(..)]` options were for us.
pub fn plain_struct(mut item: ItemStruct) -> TokenStream {
    cfgs::strip(&mut item.attrs);
    for field in item.fields.iter_mut() {
        cfgs::strip(&mut field.attrs);
    }
    quote!(#item)
}

/// A field whose property has a mistake stays a field, and is no property.
pub fn sanitize_fields(item: &mut ItemStruct, getter_with_clone: bool, errors: &mut Errors) {
    for (index, field) in item.fields.iter_mut().enumerate() {
        let mut own = Errors::default();
        match ast::field_properties(index, field, getter_with_clone) {
            Ok(props) => props.iter().for_each(|p| valid::check_property(p, &mut own)),
            Err(e) => own.push(e),
        }
        if !own.is_empty() {
            errors.append(own);
            cfgs::strip(&mut field.attrs);
            field.attrs.push(parse_quote!(#[wasm_bindgen(skip)]));
        }
    }
}

/// The impl block as plain Rust, or nothing where Rust would reject it too
/// and it would only add an error: an inherent impl of such a type (`impl
/// [u8]`), a type or const parameter that the type does not use (`impl<T>
/// Foo`).
pub fn plain_impl(mut item: ItemImpl) -> TokenStream {
    if item.generics.type_params().any(|p| !uses(&item, &p.ident))
        || item.generics.const_params().any(|p| !uses(&item, &p.ident))
    {
        return TokenStream::new();
    }
    if item.trait_.is_none() {
        if !matches!(&*item.self_ty, Type::Path(_)) {
            return TokenStream::new();
        }
        // Inherent impls cannot be `unsafe`.
        item.unsafety = None;
    }
    cfgs::strip(&mut item.attrs);
    // A variadic method is rejected by Rust too (outside nightly's `unsafe
    // extern "C"`), and is no method to call.
    item.items.retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.variadic.is_some()));
    for impl_item in &mut item.items {
        if let ImplItem::Fn(f) = impl_item {
            strip_method(f);
        }
    }
    quote!(#item)
}

fn strip_method(f: &mut ImplItemFn) {
    cfgs::strip(&mut f.attrs);
    strip_arguments(&mut f.sig);
}

fn strip_arguments(sig: &mut syn::Signature) {
    for input in &mut sig.inputs {
        if let FnArg::Typed(pt) = input {
            cfgs::strip(&mut pt.attrs);
        }
    }
}

/// Whether the impl's type or trait names `param`.
fn uses(item: &ItemImpl, param: &syn::Ident) -> bool {
    let trait_ = item.trait_.as_ref().map(|(_, path, _)| quote!(#path));
    let self_ty = &item.self_ty;
    mentions(quote!(#self_ty #trait_), param)
}

fn mentions(tokens: TokenStream, ident: &syn::Ident) -> bool {
    tokens.into_iter().any(|t| match t {
        proc_macro2::TokenTree::Ident(i) => i == *ident,
        proc_macro2::TokenTree::Group(g) => mentions(g.stream(), ident),
        _ => false,
    })
}

/// The function as plain Rust, or nothing for one with `self` or `...`,
/// which Rust rejects there too.
pub fn plain_fn(mut item: ItemFn) -> TokenStream {
    if item.sig.receiver().is_some() || item.sig.variadic.is_some() {
        return TokenStream::new();
    }
    cfgs::strip(&mut item.attrs);
    strip_arguments(&mut item.sig);
    quote!(#item)
}

/// Splits an impl block into the one to export and, if any method cannot
/// be, a plain one with those: the public ones with a mistake (reported)
/// and private ones whose receiver a forward could not take (`self:
/// Box<Self>`: not exported, so no mistake, as with plain).
pub fn split_impl(item: ItemImpl, errors: &mut Errors) -> (ItemImpl, Option<ItemImpl>) {
    let class = match &*item.self_ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.clone()),
        _ => None,
    };
    let mut exported = item.clone();
    exported.items.clear();
    let mut plain = exported.clone();
    for impl_item in item.items {
        match &impl_item {
            ImplItem::Fn(f) => {
                let (forwardable, own) = method_errors(f, class.as_ref());
                errors.append(own);
                if forwardable {
                    exported.items.push(impl_item);
                } else {
                    plain.items.push(impl_item);
                }
            }
            _ => exported.items.push(impl_item),
        }
    }
    let plain = (!plain.items.is_empty()).then_some(plain);
    (exported, plain)
}

/// Whether the method can be given to `expand_impl`, and its mistakes.
fn method_errors(f: &ImplItemFn, class: Option<&syn::Ident>) -> (bool, Errors) {
    let public = matches!(f.vis, Visibility::Public(_));
    let mut errors = Errors::default();
    let variants = match ast::method(f) {
        Ok(variants) => variants,
        Err(e) => {
            if public {
                errors.push(e);
            }
            return (false, errors);
        }
    };
    for m in variants.iter().filter(|m| public && !m.has("skip")) {
        valid::check_method(m, &mut errors);
        valid::check_types(m, class, &mut errors);
    }
    (errors.is_empty(), errors)
}

/// The mistakes of a `#[disposable]` function.
pub fn fn_errors(item: &ItemFn, errors: &mut Errors) {
    valid::check_fn(item, errors);
    if item.sig.receiver().is_some() {
        return;
    }
    let as_method = ImplItemFn {
        attrs: item.attrs.clone(),
        vis: item.vis.clone(),
        defaultness: None,
        sig: item.sig.clone(),
        block: (*item.block).clone(),
    };
    match ast::method(&as_method) {
        Ok(variants) => variants.iter().for_each(|m| valid::check_types(m, None, errors)),
        Err(e) => errors.push(e),
    }
}
