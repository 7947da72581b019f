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

/// The impl block as plain Rust, or nothing where Rust has no inherent impl
/// of such a type (`impl [u8]`) and it would only add an error.
pub fn plain_impl(mut item: ItemImpl) -> TokenStream {
    if item.trait_.is_none() {
        if !matches!(&*item.self_ty, Type::Path(_)) {
            return TokenStream::new();
        }
        // Inherent impls cannot be `unsafe`.
        item.unsafety = None;
    }
    cfgs::strip(&mut item.attrs);
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

/// The function as plain Rust.
pub fn plain_fn(mut item: ItemFn) -> TokenStream {
    cfgs::strip(&mut item.attrs);
    strip_arguments(&mut item.sig);
    quote!(#item)
}

/// Splits an impl block into the one to export and, if any method cannot
/// be, a plain one with those: the public ones with a mistake (reported)
/// and private ones whose receiver a forward could not take (`self:
/// Box<Self>`: not exported, so no mistake, as with plain).
pub fn split_impl(item: ItemImpl, errors: &mut Errors) -> (ItemImpl, Option<ItemImpl>) {
    let mut exported = item.clone();
    exported.items.clear();
    let mut plain = exported.clone();
    for impl_item in item.items {
        match &impl_item {
            ImplItem::Fn(f) => {
                let (forwardable, own) = method_errors(f);
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
fn method_errors(f: &ImplItemFn) -> (bool, Errors) {
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
        valid::check_types(m, &mut errors);
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
        Ok(variants) => variants.iter().for_each(|m| valid::check_types(m, errors)),
        Err(e) => errors.push(e),
    }
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use crate::expand::attribute;
    use quote::quote;

    fn errors(out: &str) -> usize {
        out.matches("compile_error !").count()
    }

    #[test]
    fn a_wrong_option_leaves_the_class_without_it() {
        let out = attribute(quote!(inspectable, sync), quote!(pub struct Thing { pub id: u32 })).to_string();
        assert_eq!(errors(&out), 1, "{out}");
        assert!(out.contains("unknown #[disposable] option `sync`"), "{out}");
        assert!(out.contains("pub struct __WasmDispose_Thing"), "still a class: {out}");
        assert!(out.contains("inspectable"), "with the right options: {out}");
    }

    #[test]
    fn a_wrong_field_is_no_property() {
        let out = attribute(
            quote!(),
            quote!(pub struct Thing { pub disposed: bool, #[wasm_bindgen(bogus)] pub b: u8, pub ok: u8 }),
        )
        .to_string();
        assert_eq!(errors(&out), 2, "{out}");
        assert!(out.contains("fn __wd_get_ok") && !out.contains("fn __wd_get_b") && !out.contains("__wd_get_disposed"), "{out}");
        assert!(out.starts_with("pub struct Thing { pub disposed : bool , pub b : u8 , pub ok : u8 }"), "{out}");
    }

    #[test]
    fn methods_with_mistakes_stay_in_a_plain_impl_block() {
        let out = attribute(
            quote!(),
            quote!(impl Thing {
                pub fn good(&self) -> u32 { 1 }
                #[wasm_bindgen(js_name = generic)]
                pub fn bad<T>(&self, x: impl Into<u32>) -> u32 { 2 }
                fn helper(self: Box<Self>) {}
            }),
        )
        .to_string();
        assert_eq!(errors(&out), 2, "the generics and the impl Trait argument: {out}");
        let plain = &out[out.rfind("impl Thing").unwrap()..out.rfind("const _").unwrap()];
        assert!(plain.starts_with("impl Thing { pub fn bad < T > (& self , x : impl Into < u32 >)"), "{plain}");
        assert!(plain.contains("fn helper (self : Box < Self >)"), "a private method is not exported: {plain}");
        assert!(!plain.contains("wasm_bindgen"), "{plain}");
        assert!(out.contains("pub fn good (& self ,)"), "forwarded: {out}");
        assert!(!out.contains("pub fn bad (& self"), "not forwarded: {out}");
    }

    #[test]
    fn what_cannot_be_a_class_is_plain_rust() {
        for (item, kept) in [
            (quote!(enum E { A }), "enum E { A }"),
            (quote!(struct G<T>(T);), "struct G < T > (T) ;"),
            (quote!(impl Clone for S { #[wasm_bindgen(skip)] fn clone(&self) -> S { S } }), "impl Clone for S { fn clone"),
            (quote!(impl<T> G<T> { pub fn f(&self) {} }), "impl < T > G < T > { pub fn f (& self) { } }"),
            (quote!(pub fn f<T>(#[wasm_bindgen(js_name = y)] x: u32) {}), "pub fn f < T > (x : u32) { }"),
        ] {
            let out = attribute(quote!(), item).to_string();
            assert_eq!(errors(&out), 1, "{out}");
            assert!(out.starts_with(kept), "{out}");
        }
        // Inherent impls cannot be `unsafe`: the attribute's error is the one.
        let out = attribute(quote!(), quote!(unsafe impl S { pub fn f(&self) {} })).to_string();
        assert_eq!(errors(&out), 1, "{out}");
        assert!(out.starts_with("impl S {"), "{out}");
    }

    #[test]
    fn the_users_wasm_bindgen_name_is_used_at_its_span() {
        let out = attribute(quote!(), quote!(impl Thing { #[wasm_bindgen(constructor)] pub fn new() -> Thing { Thing } })).to_string();
        assert!(out.contains("# [allow (unused_imports)] use wasm_bindgen as _ ;"), "{out}");
        let out = attribute(quote!(), quote!(pub struct P { #[cfg_attr(unix, wasm_bindgen(readonly))] pub x: u32 })).to_string();
        assert!(out.contains("use wasm_bindgen as _ ;"), "{out}");
        let out = attribute(quote!(), quote!(impl Thing { pub fn get(&self) -> u32 { 1 } })).to_string();
        assert!(!out.contains("as _ ;"), "no attribute, no name to use: {out}");
    }
}
