//! An impl block: the user's impl stays plain Rust; its exported methods
//! become forwarding methods on receiver types of the block's own, one over
//! the slot for methods that borrow the object and one over JavaScript's
//! pointer for those that take it (`self`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{parse_quote, Ident, ImplItem, ItemImpl, Path, Type};

use crate::ast::{self, Receiver};
use crate::attr::Options;
use crate::forward::forward;
use crate::query::{self, ty_span};
use crate::runtime::{self, paths, Paths};
use crate::valid::{self, Errors};
use crate::{bindgen, cfgs, lints};

/// The expansion of an impl block whose every method can be forwarded
/// (`recover::split_impl` keeps the others apart).
pub fn expand_impl(opts: &Options, mut item: ItemImpl) -> syn::Result<TokenStream> {
    let Paths { private, .. } = paths(opts);
    let (wb, wb_path) = runtime::bindgen_in_block();
    let Type::Path(self_ty) = &*item.self_ty else { unreachable!("checked in valid") };
    let user_path = self_ty.path.clone();
    let ident = user_path.segments.last().unwrap().ident.clone();
    // The methods' receiver is a type of this impl block's own (see
    // `receiver_type`), so the impl needs no name but the user's type, which
    // may be a path or a name brought in with `use`.
    let receiver: Path = format_ident!("__WasmDispose_{}This", ident).into();
    let handle_path: Type = parse_quote!(<#user_path as #private::Disposable>::Handle);
    let js_class = opts.js_class.as_ref().map(|l| l.value()).unwrap_or_else(|| ident.to_string());

    let mut errors = Errors::default();
    let mut forwards = Vec::new();
    let mut owned_forwards = Vec::new();
    let (mut fallbacks, mut owned_fallbacks) = (Vec::new(), Vec::new());
    for impl_item in &item.items {
        let ImplItem::Fn(f) = impl_item else { continue };
        let variants = match ast::method(f) {
            Ok(m) => m,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        // One forward per cfg_attr configuration, each under its `cfg`.
        for m in variants {
            if !query::is_exported(&m) {
                continue;
            }
            valid::check_method(&m, &mut errors);
            let (variant, lints) = (&m.variant, lints::method(&m));
            let name = &f.sig.ident;
            let forward = forward(&private, &user_path, &handle_path, &m, quote!(#user_path::#name), name);
            // A `self` method is on a receiver type of its own, which the
            // glue hands over like a by-value argument.
            let list = if m.receiver == Receiver::Value { &mut owned_forwards } else { &mut forwards };
            list.push(quote!(#variant #lints #forward));
            let list = if m.receiver == Receiver::Value { &mut owned_fallbacks } else { &mut fallbacks };
            list.push(fallback(&m, name));
        }
    }
    errors.finish()?;

    // The user's impl stays plain Rust: method options were for us.
    for impl_item in &mut item.items {
        if let ImplItem::Fn(f) = impl_item {
            cfgs::strip(&mut f.attrs);
            for input in &mut f.sig.inputs {
                if let syn::FnArg::Typed(pt) = input {
                    pt.attrs.retain(|a| !bindgen::is_bindgen(a));
                }
            }
        }
    }
    let impl_lints = lints::relaxed(&item.attrs);
    let namespace = opts.namespace_passthrough();
    let self_span = ty_span(&item.self_ty);
    let assert = quote_spanned! {self_span=>
        const _: fn() = || {
            fn __wd_requires_disposable_struct<T: #private::Disposable>() {}
            __wd_requires_disposable_struct::<#user_path>();
        };
    };
    let cfgs = query::cfgs(&item.attrs).cloned().collect::<Vec<_>>();
    let receiver_type = receiver_type(&private, &receiver, &user_path);
    let fallback = runtime::fallback_trait(&format_ident!("__WasmDispose_{}Fallback", ident), &receiver, &fallbacks);
    let owned = (!owned_forwards.is_empty()).then(|| {
        let owned: Path = format_ident!("__WasmDispose_{}Owned", ident).into();
        let owned_type = owned_receiver_type(&private, &owned, &user_path);
        let fallback =
            runtime::fallback_trait(&format_ident!("__WasmDispose_{}OwnedFallback", ident), &owned, &owned_fallbacks);
        quote! {
            #owned_type
            #fallback
            #impl_lints
            #[#wb(js_class = #js_class, #wb_path #namespace)]
            impl #owned {
                #(#owned_forwards)*
            }
        }
    });

    Ok(quote! {
        #item

        #assert

        #(#cfgs)*
        const _: () = {
            use #private::wasm_bindgen;
            #receiver_type
            #fallback
            #impl_lints
            #[#wb(js_class = #js_class, #wb_path #namespace)]
            impl #receiver {
                #(#forwards)*
            }
            #owned
        };
    })
}

/// The receiver of one impl block's methods: a transparent slot of the
/// user's type, reached from JavaScript's pointer without wasm-bindgen's
/// reference count and borrow flag for synchronous methods (JavaScript holds
/// the object for the whole call), and with a reference count for async
/// ones, whose future outlives the call.
fn receiver_type(private: &TokenStream, receiver: &Path, user: &Path) -> TokenStream {
    let c = quote!(#private::wasm_bindgen::convert);
    quote! {
        // Private: the user's type may be, and an impl of a public type may
        // not name a private one.
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #[repr(transparent)]
        struct #receiver {
            __wd_slot: #private::Slot<#user>,
        }
        // SAFETY: a transparent `Slot<#user>`.
        unsafe impl #private::SlotView for #receiver {
            type Class = #user;
        }
        #[automatically_derived]
        impl #private::wasm_bindgen::describe::WasmDescribe for #receiver {
            #[inline]
            fn describe() {
                <<#user as #private::Disposable>::Handle as #private::wasm_bindgen::describe::WasmDescribe>::describe()
            }
        }
        #[automatically_derived]
        impl #c::RefFromWasmAbi for #receiver {
            type Abi = u32;
            type Anchor = &'static #receiver;
            #[inline(always)]
            unsafe fn ref_from_abi(js: u32) -> &'static #receiver {
                #private::view(js)
            }
        }
        #[automatically_derived]
        impl #c::LongRefFromWasmAbi for #receiver {
            type Abi = u32;
            type Anchor = #private::Kept<#receiver>;
            #[inline]
            unsafe fn long_ref_from_abi(js: u32) -> #private::Kept<#receiver> {
                #private::kept(js)
            }
        }
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsConstructor for #receiver {}
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsInstanceProperty for #receiver {}
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsStaticProperty for #receiver {}
    }
}

/// The receiver of one impl block's `self` methods: JavaScript's pointer,
/// which the glue gets from the object's `__destroy_into_raw()` as for a
/// by-value argument, so that a taken value leaves its object `moved` and
/// gives its cell back (see `moves.rs` in the runtime).
fn owned_receiver_type(private: &TokenStream, owned: &Path, user: &Path) -> TokenStream {
    let c = quote!(#private::wasm_bindgen::convert);
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        struct #owned(u32);
        #[automatically_derived]
        impl #private::wasm_bindgen::describe::WasmDescribe for #owned {
            #[inline]
            fn describe() {
                <<#user as #private::Disposable>::Handle as #private::wasm_bindgen::describe::WasmDescribe>::describe()
            }
        }
        #[automatically_derived]
        impl #c::FromWasmAbi for #owned {
            type Abi = u32;
            #[inline(always)]
            unsafe fn from_abi(js: u32) -> Self {
                #owned(js)
            }
        }
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsConstructor for #owned {}
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsInstanceProperty for #owned {}
        #[automatically_derived]
        impl #private::wasm_bindgen::__rt::marker::SupportsStaticProperty for #owned {}
    }
}

/// A method of the same name and arity as a forwarding method, on a trait of
/// the block's own. wasm-bindgen's glue calls the forwarding method by
/// name; when an argument's type is one wasm-bindgen cannot convert, the
/// forwarding method's signature names its error (see `runtime::wrapped`),
/// the compiler then passes over it, and the call finds this one instead of
/// adding an error of its own. Otherwise the inherent method is found first.
fn fallback(m: &ast::Method<'_>, name: &Ident) -> TokenStream {
    let cfg = &m.variant.cfg;
    let cfgs = m.item.attrs.iter().filter(|a| a.path().is_ident("cfg"));
    let receiver = match m.receiver {
        Receiver::None => quote!(),
        Receiver::Value => quote!(self,),
        Receiver::Ref | Receiver::RefMut => quote!(&self,),
    };
    runtime::fallback_method(quote!(#cfg #(#cfgs)*), name, receiver, m.args.len())
}
