//! A struct's class: the struct stays plain Rust beside its handle (the
//! wasm-bindgen class), its view with the class's own members, `impl
//! Disposable`, wasm-bindgen's ABI traits for the user's type and the
//! TypeScript section.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, Ident, ItemStruct};

use crate::attr::Options;
use crate::query::{self, field_names};
use crate::runtime::{paths, Paths};
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
    let props = props.iter().map(|p| property::property(&private, p)).collect::<Vec<_>>();
    let passthrough = opts.struct_passthrough();
    let namespace = opts.namespace_passthrough();
    let docs: Vec<Attribute> = query::docs(&item.attrs).cloned().collect();
    let cfgs: Vec<Attribute> = query::cfgs(&item.attrs).cloned().collect();
    // The user's struct stays plain Rust; field options were for us.
    for field in item.fields.iter_mut() {
        cfgs::strip(&mut field.attrs);
    }
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

        #(#docs)*
        #(#cfgs)*
        #[#wb(js_name = #js_name, #wb_path #passthrough)]
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        pub struct #handle {
            __wd_slot: #private::Slot<#ident>,
        }

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
            #[inline]
            fn __slot(handle: &#handle) -> &#private::Slot<Self> {
                &handle.__wd_slot
            }
            #[inline]
            fn __handle(slot: #private::Slot<Self>) -> #handle {
                #handle { __wd_slot: slot }
            }
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

        #(#cfgs)*
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

        // `[Symbol.asyncDispose]` in the class body, so that the prototype
        // has it at load (the snippet replaces it at the first object). An
        // export can be named by a symbol from wasm-bindgen 0.2.121 on;
        // before, the first object gives it. (`[Symbol.dispose]` comes with
        // wasm-bindgen's own `[Symbol.dispose] = free` line, from 0.2.104.)
        #(#cfgs)*
        #symbol_async_dispose

        #ts
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
