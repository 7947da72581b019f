//! A struct's class: the struct stays plain Rust beside its handle (the
//! wasm-bindgen class), its view with the class's own members, `impl
//! Disposable`, wasm-bindgen's ABI traits for the user's type and the
//! TypeScript section.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, Ident, ItemStruct};

use crate::attr::Options;
use crate::query::{self, field_names};
use crate::runtime::{self, paths, Paths};
use crate::valid::{self, Errors};
use crate::{ast, cfgs, property, ts};

/// The wasm-bindgen class that holds the slot for `ident`.
pub fn handle_ident(ident: &Ident) -> Ident {
    format_ident!("__WasmDispose_{}", ident)
}

/// The receiver of the class's synchronous methods: the slot inside a
/// handle, reached from JavaScript's pointer without wasm-bindgen's
/// reference count and borrow flag (see `slot_at` in the runtime).
pub fn view_ident(ident: &Ident) -> Ident {
    format_ident!("__WasmDispose_{}Ref", ident)
}

/// The expansion of a struct that passed `valid::check_struct`.
pub fn expand_struct(opts: &Options, mut item: ItemStruct) -> syn::Result<TokenStream> {
    let Paths { private, wb, wb_path } = paths(opts);
    let ident = item.ident.clone();
    let handle = handle_ident(&ident);
    let view = view_ident(&ident);
    let js_name = opts.js_name.as_ref().map(|l| l.value()).unwrap_or_else(|| ident.to_string());
    let props = ast::properties(&item, opts.getter_with_clone.is_some())?;
    let mut errors = Errors::default();
    props.iter().for_each(|p| valid::check_property(p, &mut errors));
    errors.finish()?;
    let fields = field_names(&props);
    let fallbacks: Vec<TokenStream> = props.iter().map(property::fallback).collect();
    let fallback = runtime::fallback_trait(
        &format_ident!("__WasmDispose_{}PropertyFallback", ident),
        &view.clone().into(),
        &fallbacks,
    );
    let props = props.iter().map(|p| property::property(&private, p)).collect::<Vec<_>>();
    let passthrough = opts.struct_passthrough();
    let namespace = opts.namespace_passthrough();
    let docs: Vec<TokenStream> = query::docs(&item.attrs).collect();
    let cfgs: Vec<Attribute> = query::cfgs(&item.attrs).cloned().collect();
    // The user's struct stays plain Rust; field options were for us.
    for field in item.fields.iter_mut() {
        cfgs::strip(&mut field.attrs);
    }
    let extends = opts.extends.as_ref().map(|path| extends(opts, &private, &cfgs, &mut item, path)).transpose()?;
    let (ts_ident, exported) = ts::class_identifier(&js_name, &opts.namespace(), opts.private.is_some());
    let ts = ts::class_interface_for(&ts_ident, exported, opts.is_async.is_some());
    // No class declaration to merge with: no interface either.
    let ts = opts.has_typescript().then(|| {
        quote! {
            #(#cfgs)*
            const _: () = {
                #[#wb(typescript_custom_section, #wb_path)]
                const TS: &'static str = #ts;
            };
        }
    });
    let abi = abi_impls(&private, &ident, &handle);
    let is_async = opts.is_async.is_some();
    let handle_struct = |wb_path: &TokenStream, extends_options: &TokenStream, vis: TokenStream| {
        quote! {
            #(#docs)*
            #(#cfgs)*
            #[#wb(js_name = #js_name, #wb_path #passthrough #extends_options)]
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            pub struct #handle {
                #vis __wd_slot: #private::Slot<#ident>,
            }
        }
    };
    let plain_handle_fn = |body: TokenStream| {
        quote! {
            #[inline]
            fn __handle(slot: #private::Slot<Self>) -> #handle {
                #body
            }
        }
    };
    let (handle_struct, handle_fn, extends_items) = match extends {
        None => (
            handle_struct(&wb_path, &TokenStream::new(), TokenStream::new()),
            plain_handle_fn(quote!(#handle { __wd_slot: slot })),
            TokenStream::new(),
        ),
        // Before wasm-bindgen 0.2.121 the runtime's `extends!` keeps the
        // class without its parent, and the one error.
        Some(Extends { options, items, handle_fn, refuse_older, refusal, alias, js_alias }) => {
            // wasm-bindgen recognises the `parent` field it adds to the
            // handle only when spelt `wasm_bindgen::Parent<..>`: the handle
            // is made in a module where `wasm_bindgen` is the runtime's.
            let module = format_ident!("__WasmDispose_{}Class", ident);
            let handle_in = |options: TokenStream, parent: TokenStream| {
                let handle_struct = handle_struct(&quote!(wasm_bindgen = wasm_bindgen), &options, quote!(pub(super)));
                quote! {
                    #(#cfgs)*
                    #[doc(hidden)]
                    #[allow(non_snake_case)]
                    mod #module {
                        use super::*;
                        use #private::wasm_bindgen;
                        #handle_struct
                        #parent
                    }
                    #(#cfgs)*
                    #[doc(hidden)]
                    pub use #module::#handle;
                }
            };
            // The `parent` field is the module's: the handle's way to it.
            let parent_ty = quote!(#private::wasm_bindgen::Parent<#alias>);
            let old_fn = plain_handle_fn(quote!(#handle::__wd_new(slot)));
            let with = handle_in(
                options,
                quote! {
                    // wasm-bindgen names the parent's class (and the upcast
                    // export) after the last segment of `extends`: the
                    // parent's JavaScript name (0.2.121 knows no
                    // `extends_js_class`).
                    #[allow(non_camel_case_types)]
                    type #js_alias = super::#alias;
                    impl #handle {
                        #[inline]
                        pub(super) fn __wd_new(parent: #parent_ty, slot: #private::Slot<#ident>) -> Self {
                            #handle { parent, __wd_slot: slot }
                        }
                        #[inline]
                        pub(super) fn __wd_parent(&self) -> &#parent_ty {
                            &self.parent
                        }
                    }
                },
            );
            let without = handle_in(
                TokenStream::new(),
                quote! {
                    impl #handle {
                        #[inline]
                        pub(super) fn __wd_new(slot: #private::Slot<#ident>) -> Self {
                            #handle { __wd_slot: slot }
                        }
                    }
                },
            );
            (
                quote!(#refuse_older { { #with } { #without #refusal } }),
                quote!(#refuse_older { { #handle_fn } { #old_fn } }),
                items,
            )
        }
    };
    let inspectable = opts.inspectable.is_some();
    // Spanned on `async`, so that a missing `impl AsyncDispose` is reported
    // there, once, with the trait's own message.
    let async_dispose = opts.is_async.map(|span| {
        let call = quote_spanned!(span=> #private::async_dispose::<#ident>(&self.__wd_slot));
        quote! {
            // `[Symbol.asyncDispose]()`, under this name until the runtime
            // installs it under the symbol (the runtime's `prototype.rs`).
            #[wasm_bindgen(js_name = "__wd_asyncDispose", skip_typescript)]
            pub fn __wd_async_dispose(&self) -> #private::Promise {
                #call
            }
        }
    });

    let symbol_async_dispose = opts.is_async.map(|_| {
        quote! {
            #private::symbol_names! {
                #[#wb(js_class = #js_name, #wb_path #namespace)]
                impl #view {
                    #[wasm_bindgen(js_name = "[Symbol.asyncDispose]", skip_typescript)]
                    pub fn __wd_symbol_async_dispose(&self) -> #private::Promise {
                        #private::async_dispose::<#ident>(&self.__wd_slot)
                    }
                }
            }
        }
    });

    Ok(quote! {
        #item

        #handle_struct

        #(#cfgs)*
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #[repr(transparent)]
        pub struct #view {
            __wd_slot: #private::Slot<#ident>,
        }

        #(#cfgs)*
        const _: () = {
            use #private::wasm_bindgen::__rt::marker;
            #[automatically_derived]
            impl #private::wasm_bindgen::convert::RefFromWasmAbi for #view {
                type Abi = u32;
                type Anchor = &'static #view;
                #[inline]
                unsafe fn ref_from_abi(js: u32) -> &'static #view {
                    match #private::slot_at::<#ident>(js) {
                        // SAFETY: `#view` is a transparent `Slot<#ident>`.
                        #private::core::option::Option::Some(slot) => {
                            &*(slot as *const #private::Slot<#ident> as *const #view)
                        }
                        #private::core::option::Option::None => #private::wasm_bindgen::throw_str("null pointer passed to rust"),
                    }
                }
            }
            #[automatically_derived]
            impl #private::wasm_bindgen::describe::WasmDescribe for #view {
                #[inline]
                fn describe() {
                    <#handle as #private::wasm_bindgen::describe::WasmDescribe>::describe()
                }
            }
            #[automatically_derived]
            impl marker::SupportsConstructor for #view {}
            #[automatically_derived]
            impl marker::SupportsInstanceProperty for #view {}
            #[automatically_derived]
            impl marker::SupportsStaticProperty for #view {}
        };

        #(#cfgs)*
        #[automatically_derived]
        impl #private::Disposable for #ident {
            const CLASS: &'static str = #js_name;
            const IS_ASYNC: bool = #is_async;
            const INSPECTABLE: bool = #inspectable;
            const FIELDS: &'static [&'static str] = &[#(#fields),*];
            type Handle = #handle;
            const __SLOT_IN_HANDLE: usize = #private::core::mem::offset_of!(#handle, __wd_slot);
            #[inline]
            fn __slot(handle: &#handle) -> &#private::Slot<Self> {
                &handle.__wd_slot
            }
            #handle_fn
            #[inline]
            fn __class() -> &'static ::std::thread::LocalKey<#private::Class> {
                #private::thread_local! {
                    static CLASS: #private::Class = const { #private::Class::new(#js_name) };
                }
                &CLASS
            }
        }

        #(#cfgs)*
        #abi

        // Without the runtime's snippet (which replaces `free()` at the first
        // object): replaces wasm-bindgen's own `free()` (a later method of
        // the same name wins in the class body), and so `[Symbol.dispose]()`:
        // the JavaScript pointer stays valid and the slot says "disposed".
        #(#cfgs)*
        #private::without_snippet! {
            #[#wb(js_class = #js_name, #wb_path #namespace)]
            impl #view {
                #[wasm_bindgen(js_name = "free", skip_typescript)]
                pub fn __wd_free(&self) {
                    #private::free(&self.__wd_slot)
                }
            }
        }

        // In a block with the properties' fallback trait, which the glue's
        // calls must see (see `property::fallback`).
        #(#cfgs)*
        const _: () = {
            #fallback

            #[#wb(js_class = #js_name, #wb_path #namespace)]
            impl #view {
                #async_dispose

                #[doc = " `true` once the object was disposed or moved into Rust."]
                #[wasm_bindgen(getter, js_name = "disposed")]
                pub fn __wd_disposed(&self) -> bool {
                    !self.__wd_slot.is_live()
                }

                #(#props)*
            }
        };

        // `[Symbol.asyncDispose]` in the class body, so that the prototype
        // has it at load (the snippet replaces it at the first object). An
        // export can be named by a symbol from wasm-bindgen 0.2.121 on;
        // before, the first object gives it. (`[Symbol.dispose]` comes with
        // wasm-bindgen's own `[Symbol.dispose] = free` line, from 0.2.104.)
        #(#cfgs)*
        #symbol_async_dispose

        #extends_items

        #ts
    })
}

/// What `extends = Parent` adds to a class.
struct Extends {
    /// wasm-bindgen's options on the handle: its parent is the parent's handle.
    options: TokenStream,
    /// The parent's handle type alias, `AsRef<Parent<..>>`, the checks.
    items: TokenStream,
    /// `Disposable::__handle`, which gives the handle its `parent` field,
    /// `__attach` and `__attach_handle`.
    handle_fn: TokenStream,
    /// The runtime's `extends!`, which keeps its first group from
    /// wasm-bindgen 0.2.121 on and its second before.
    refuse_older: TokenStream,
    /// The error before wasm-bindgen 0.2.121.
    refusal: TokenStream,
    /// The parent's handle, under a name the handle's attribute can take.
    alias: Ident,
    /// The parent's handle again, named as the parent's JavaScript class.
    js_alias: Ident,
}

/// `extends = path`: the struct gets the field `parent: Parent<path>` (as
/// wasm-bindgen adds `parent: wasm_bindgen::Parent<path>`), and the handle
/// extends the parent's handle, whose slot is the part that field holds (see
/// `parent.rs` in the runtime).
fn extends(
    opts: &Options,
    private: &TokenStream,
    cfgs: &[Attribute],
    item: &mut ItemStruct,
    path: &syn::Path,
) -> syn::Result<Extends> {
    let ident = &item.ident;
    if path.is_ident(ident) || path.is_ident("Self") {
        return Err(syn::Error::new_spanned(path, "a class cannot extend itself"));
    }
    if let Some(field) = item.fields.iter().find(|f| f.ident.as_ref().is_some_and(|i| i == "parent")) {
        return Err(syn::Error::new_spanned(
            field.ident.as_ref(),
            "a struct with `extends` cannot have a field named `parent`: #[disposable] adds it, \
             `parent: wasm_dispose::Parent<..>`",
        ));
    }
    let field: syn::Field = syn::parse_quote!(parent: #private::Parent<#path>);
    match &mut item.fields {
        syn::Fields::Named(named) => named.named.insert(0, field),
        syn::Fields::Unit => {
            item.fields = syn::Fields::Named(syn::parse_quote!({ #field }));
            item.semi_token = None;
        }
        syn::Fields::Unnamed(_) => {
            return Err(syn::Error::new_spanned(
                ident,
                "tuple structs cannot use `extends` (wasm-bindgen's rule); use a struct with named fields",
            ))
        }
    }
    let handle = handle_ident(ident);
    let alias = format_ident!("__WasmDispose_{}Parent", ident);
    let parent_js = opts.parent_js_class().expect("`extends` is set");
    let js_alias = syn::parse_str::<Ident>(&parent_js.value())
        .map(|i| Ident::new(&i.to_string(), parent_js.span()))
        .map_err(|_| {
            syn::Error::new(
                parent_js.span(),
                "#[disposable] needs the parent's JavaScript class name to be a Rust identifier too",
            )
        })?;
    let namespace = opts.extends_js_namespace.as_ref().map(|ns| quote!(, extends_js_namespace = #ns));
    let span = path.segments.last().map(|s| s.ident.span()).unwrap_or_else(proc_macro2::Span::call_site);
    // On the user's `extends`, so that an older wasm-bindgen's refusal (and
    // a parent that is not `#[disposable]`) is reported there.
    let refuse_older = quote_spanned!(span=> #private::extends!);
    let refusal = quote_spanned!(span=>
        ::core::compile_error! {
            "#[disposable(extends = ...)] needs wasm-bindgen 0.2.121 or later, where a Rust class can extend another; \
             this crate is built with an older wasm-bindgen"
        }
    );
    let parent_handle = quote_spanned!(span=> <#path as #private::Disposable>::Handle);
    let async_parent = quote_spanned!(span=>
        const _: () = ::core::assert!(
            !<#path as #private::Disposable>::IS_ASYNC,
            "a class cannot extend a `#[disposable(async)]` class: its parent part is dropped with it, without the async cleanup",
        );
    );
    Ok(Extends {
        options: quote!(, extends = #js_alias #namespace),
        items: quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            pub type #alias = #parent_handle;
            #(#cfgs)*
            #async_parent
            #(#cfgs)*
            #[automatically_derived]
            impl ::core::convert::AsRef<#private::Parent<#path>> for #ident {
                #[inline]
                fn as_ref(&self) -> &#private::Parent<#path> {
                    &self.parent
                }
            }
        },
        handle_fn: quote! {
            fn __handle(slot: #private::Slot<Self>) -> #handle {
                let parent = match slot.fresh_value() {
                    ::core::option::Option::Some(value) => value.parent.__wd_cell(),
                    ::core::option::Option::None => #private::empty_cell::<#path>(),
                };
                #handle::__wd_new(parent, slot)
            }
            #[inline]
            fn __attach(value: &Self, attached: bool) {
                value.parent.__wd_attach(attached)
            }
            #[inline]
            fn __attach_handle(handle: &#handle, attached: bool) {
                #private::attach::<#path>(handle.__wd_parent(), attached)
            }
            #[inline]
            fn __prepare_parent() {
                #private::prepare_class::<#path>()
            }
        },
        refuse_older,
        refusal,
        alias,
        js_alias,
    })
}

/// wasm-bindgen's ABI traits for the user's type, all delegating to the
/// handle class, so the type is usable in any `#[wasm_bindgen]` signature.
fn abi_impls(private: &TokenStream, ident: &Ident, handle: &Ident) -> TokenStream {
    let wb = quote!(#private::wasm_bindgen);
    let c = quote!(#wb::convert);
    let d = quote!(#wb::describe);
    let result = quote!(#private::core::result::Result);
    quote! {
        const _: () = {
            #[automatically_derived]
            impl #d::WasmDescribe for #ident {
                #[inline]
                fn describe() {
                    <#handle as #d::WasmDescribe>::describe()
                }
            }
            #[automatically_derived]
            impl #d::WasmDescribeVector for #ident {
                #[inline]
                fn describe_vector() {
                    <#handle as #d::WasmDescribeVector>::describe_vector()
                }
            }
            #[automatically_derived]
            impl #c::IntoWasmAbi for #ident {
                type Abi = <#handle as #c::IntoWasmAbi>::Abi;
                #[inline]
                fn into_abi(self) -> Self::Abi {
                    #c::IntoWasmAbi::into_abi(#private::wrap(self))
                }
            }
            #[automatically_derived]
            impl #c::OptionIntoWasmAbi for #ident {
                #[inline]
                fn none() -> Self::Abi {
                    #private::none::<Self>()
                }
            }
            #[automatically_derived]
            impl #c::FromWasmAbi for #ident {
                type Abi = u32;
                #[inline]
                unsafe fn from_abi(js: Self::Abi) -> Self {
                    #private::from_abi(js)
                }
                #private::try_abi! {
                    #[inline]
                    unsafe fn try_from_abi(js: Self::Abi) -> #result<Self, &'static str> {
                        #private::try_from_abi(js)
                    }
                }
            }
            #[automatically_derived]
            impl #c::OptionFromWasmAbi for #ident {
                #[inline]
                fn is_none(abi: &Self::Abi) -> bool {
                    #private::is_none(abi)
                }
            }
            #[automatically_derived]
            impl #c::RefFromWasmAbi for #ident {
                type Abi = u32;
                type Anchor = #private::Anchor<Self>;
                #[inline]
                unsafe fn ref_from_abi(js: Self::Abi) -> Self::Anchor {
                    #private::ref_from_abi(js)
                }
                #private::try_abi! {
                    #[inline]
                    unsafe fn try_ref_from_abi(js: Self::Abi) -> #result<Self::Anchor, &'static str> {
                        #private::try_ref_from_abi(js)
                    }
                }
            }
            #[automatically_derived]
            impl #c::LongRefFromWasmAbi for #ident {
                type Abi = u32;
                type Anchor = #private::LongAnchor<Self>;
                #[inline]
                unsafe fn long_ref_from_abi(js: Self::Abi) -> Self::Anchor {
                    #private::long_ref_from_abi(js)
                }
                #private::try_abi! {
                    #[inline]
                    unsafe fn try_long_ref_from_abi(js: Self::Abi) -> #result<Self::Anchor, &'static str> {
                        #private::try_long_ref_from_abi(js)
                    }
                }
            }
            #[automatically_derived]
            impl #c::RefMutFromWasmAbi for #ident {
                type Abi = u32;
                type Anchor = #private::AnchorMut<Self>;
                #[inline]
                unsafe fn ref_mut_from_abi(js: Self::Abi) -> Self::Anchor {
                    #private::ref_mut_from_abi(js)
                }
                #private::try_abi! {
                    #[inline]
                    unsafe fn try_ref_mut_from_abi(js: Self::Abi) -> #result<Self::Anchor, &'static str> {
                        #private::try_ref_mut_from_abi(js)
                    }
                }
            }
            #[automatically_derived]
            impl #c::VectorFromWasmAbi for #ident {
                type Abi = <#private::Box<[#private::JsValue]> as #c::FromWasmAbi>::Abi;
                #[inline]
                unsafe fn vector_from_abi(js: Self::Abi) -> #private::Box<[Self]> {
                    #private::vector_from_abi(js)
                }
                #private::try_abi! {
                    #[inline]
                    unsafe fn try_vector_from_abi(js: Self::Abi) -> #result<#private::Box<[Self]>, &'static str> {
                        #private::try_vector_from_abi(js)
                    }
                }
            }
            #private::try_from_js_value!(#ident);
            #[automatically_derived]
            impl #c::VectorIntoWasmAbi for #ident {
                type Abi = <#handle as #c::VectorIntoWasmAbi>::Abi;
                #[inline]
                fn vector_into_abi(values: #private::Box<[Self]>) -> Self::Abi {
                    #private::vector_into_abi(values)
                }
            }
            #[automatically_derived]
            impl #private::core::convert::From<#ident> for #private::JsValue {
                #[inline]
                fn from(value: #ident) -> Self {
                    #private::JsValue::from(#private::wrap(value))
                }
            }
        };
    }
}
