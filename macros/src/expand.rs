//! The generated code. Everything is named by absolute path through the
//! runtime's `__private` module, so users need no imports.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;
use syn::{parse_quote, Attribute, Ident, ImplItem, ItemImpl, ItemStruct, Path, ReturnType, Type};

use crate::ast::{self, Input, Method, Receiver};
use crate::attr::{self, Options, Target};
use crate::valid::{self, Errors};
use crate::{cfgs, lints, recover, ts};

/// What `#[disposable]` emits: the expansion, or, with mistakes, their
/// errors beside what can still be generated (see `recover`).
pub fn attribute(args: TokenStream, item: TokenStream) -> TokenStream {
    let (mut tokens, errors) = generate(args, item);
    if let Err(e) = errors.finish() {
        tokens.extend(e.into_compile_error());
    }
    tokens
}

/// The expansion, or every error.
#[cfg(test)]
pub fn expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let (tokens, errors) = generate(args, item);
    errors.finish()?;
    Ok(tokens)
}

fn generate(args: TokenStream, item: TokenStream) -> (TokenStream, Errors) {
    let mut errors = Errors::default();
    let input = match ast::parse(item.clone()) {
        Ok(input) => input,
        Err(e) => {
            errors.push(e);
            return (item, errors);
        }
    };
    let tokens = match input {
        Input::Struct(mut item) => {
            let opts;
            (opts, errors) = attr::parse_lenient(args, Target::Struct);
            let uses = lints::uses_bindgen_name(item.attrs.iter().chain(item.fields.iter().flat_map(|f| &f.attrs)));
            let out = if valid::check_struct(&item, &mut errors) {
                item.attrs.retain(|a| !ast::is_bindgen(a));
                recover::sanitize_fields(&mut item, opts.getter_with_clone.is_some(), &mut errors);
                expand_struct(&opts, item.clone()).unwrap_or_else(|e| {
                    errors.push(e);
                    recover::plain_struct(item)
                })
            } else {
                recover::plain_struct(item)
            };
            quote!(#out #uses)
        }
        Input::Impl(mut item) => {
            let opts;
            (opts, errors) = attr::parse_lenient(args, Target::Impl);
            let methods = item.items.iter().filter_map(|i| match i {
                ImplItem::Fn(f) => Some(f),
                _ => None,
            });
            let arguments = methods.clone().flat_map(|f| &f.sig.inputs).filter_map(|a| match a {
                syn::FnArg::Typed(pt) => Some(&pt.attrs),
                syn::FnArg::Receiver(_) => None,
            });
            let uses = lints::uses_bindgen_name(
                item.attrs.iter().chain(methods.flat_map(|f| &f.attrs)).chain(arguments.flatten()),
            );
            if !valid::check_impl(&item, &mut errors) {
                let out = recover::plain_impl(item);
                return (quote!(#out #uses), errors);
            }
            item.attrs.retain(|a| !ast::is_bindgen(a));
            item.unsafety = None;
            let (exported, plain) = recover::split_impl(item, &mut errors);
            let out = expand_impl(&opts, exported.clone()).unwrap_or_else(|e| {
                errors.push(e);
                recover::plain_impl(exported)
            });
            let plain = plain.map(recover::plain_impl);
            quote!(#out #plain #uses)
        }
        Input::Fn(item) => {
            let uses = lints::uses_bindgen_name(item.sig.inputs.iter().flat_map(|a| match a {
                syn::FnArg::Typed(pt) => &pt.attrs[..],
                syn::FnArg::Receiver(r) => &r.attrs[..],
            }));
            let out = match attr::parse_fn(args) {
                Ok((krate, pass)) => {
                    recover::fn_errors(&item, &mut errors);
                    if errors.is_empty() {
                        expand_fn(krate, pass, item.clone()).unwrap_or_else(|e| {
                            errors.push(e);
                            recover::plain_fn(item)
                        })
                    } else {
                        recover::plain_fn(item)
                    }
                }
                Err(e) => {
                    errors.push(e);
                    recover::plain_fn(item)
                }
            };
            quote!(#out #uses)
        }
    };
    (tokens, errors)
}

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

struct Paths {
    private: TokenStream,
    /// `#[wasm_bindgen]` itself.
    wb: TokenStream,
    /// The `wasm_bindgen = ...` option, so the generated wasm-bindgen code
    /// reaches wasm-bindgen through the runtime too.
    wb_path: TokenStream,
}

fn paths(opts: &Options) -> Paths {
    let krate: Path = opts.krate.clone().unwrap_or_else(|| parse_quote!(::wasm_dispose));
    let private = quote!(#krate::__private);
    Paths { wb: quote!(#private::wasm_bindgen_attr), wb_path: quote!(wasm_bindgen = #private::wasm_bindgen), private }
}

fn docs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("doc"))
}

fn cfgs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("cfg") || a.path().is_ident("cfg_attr"))
}

fn expand_struct(opts: &Options, mut item: ItemStruct) -> syn::Result<TokenStream> {
    let Paths { private, wb, wb_path } = paths(opts);
    let ident = item.ident.clone();
    let handle = handle_ident(&ident);
    let view = view_ident(&ident);
    let js_name = opts.js_name.as_ref().map(|l| l.value()).unwrap_or_else(|| ident.to_string());
    let props = ast::properties(&item, opts.getter_with_clone.is_some())?;
    let mut errors = Errors::default();
    props.iter().for_each(|p| valid::check_property(p, &mut errors));
    errors.finish()?;
    let mut fields: Vec<String> = Vec::new();
    for p in &props {
        if !fields.contains(&p.js_name()) {
            fields.push(p.js_name());
        }
    }
    let props = props.iter().map(|p| property(&private, p)).collect::<Vec<_>>();
    let passthrough = opts.struct_passthrough();
    let namespace = opts.namespace_passthrough();
    let docs: Vec<Attribute> = docs(&item.attrs).cloned().collect();
    let cfgs: Vec<Attribute> = cfgs(&item.attrs).cloned().collect();
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

/// A `pub` field becomes a property, as with `#[wasm_bindgen]` structs.
fn property(private: &TokenStream, p: &ast::Property<'_>) -> TokenStream {
    let field = &p.member;
    let ty = &p.field.ty;
    let (cfg, lints, pass) = (&p.variant.cfg, lints::property(field, p.clones), p.passthrough());
    let js_name = p.js_name();
    let getter = format_ident!("__wd_get_{}", p.fragment());
    let setter = format_ident!("__wd_set_{}", p.fragment());
    let docs = docs(&p.field.attrs);
    let value = if p.clones {
        quote_spanned!(ty_span(ty)=> #private::core::clone::Clone::clone(&__wd_v.#field))
    } else {
        let check = lints::assert_copy(ty, ty_span(ty));
        quote_spanned!(ty_span(ty)=> { #check __wd_v.#field })
    };
    let option = quote!(#private::core::option::Option);
    let (get_ret, get) = returns(private, &quote!(#ty), &[]);
    let set = if p.has("readonly") {
        quote!()
    } else {
        // The new value arrives unconverted, like a method's by-value
        // argument: a refused call releases it before it throws.
        let param = quote!(#private::ByVal<#ty>);
        let (set_ret, set) = returns(private, &quote!(()), &[quote!(<#param as #private::Crossing>::Mode)]);
        let refused = quote!({ (&#private::Arg(&value)).__wd_abandon(); return #set::pending(); });
        quote! {
            #cfg #lints
            #[wasm_bindgen(setter = #js_name #pass)]
            #[inline(never)]
            pub fn #setter(&self, value: #param) -> #set_ret {
                #[allow(unused_imports)]
                use #private::{ArgDisposable as _, ArgOther as _};
                let mut __wd_v = match self.__wd_slot.enter_mut() {
                    #option::Some(v) => v,
                    #option::None => #refused,
                };
                if (&#private::Arg(&value)).__wd_refused() #refused
                let value: #ty = match value.finish() { #option::Some(v) => v, #option::None => #refused };
                __wd_v.#field = value;
                #set::ok(())
            }
        }
    };
    quote! {
        #(#docs)*
        #cfg #lints
        // `getter = ..`, not `js_name`: an export is named after its `js_name`,
        // which a method of the field's name would share (plain names field
        // exports apart, `__wbg_get_<class>_<field>`).
        #[wasm_bindgen(getter = #js_name #pass)]
        #[inline(never)]
        pub fn #getter(&self) -> #get_ret {
            let __wd_v = match self.__wd_slot.enter() {
                #option::Some(v) => v,
                #option::None => return #get::pending(),
            };
            #get::ok(#value)
        }
        #set
    }
}

/// The return type of a generated method that gives `value_ty` and takes
/// parameters of the given crossing modes, and the path of its `Return`
/// constructors (`ok`, `pending`, `from_result`): `Ret<value_ty>` where a
/// refusal may be thrown from WebAssembly, else `Result<value_ty, JsValue>`
/// (see `crossing.rs` in the runtime).
fn returns(private: &TokenStream, value_ty: &TokenStream, modes: &[TokenStream]) -> (TokenStream, TokenStream) {
    let mode =
        modes.iter().fold(quote!(#private::ReturnMode<#value_ty>), |acc, m| quote!(<#acc as #private::Mode>::And<#m>));
    let ret_ty = quote!(<#mode as #private::Mode>::Out<#value_ty>);
    let ret = quote!(<#ret_ty as #private::Return<#value_ty>>);
    (ret_ty, ret)
}

fn ty_span(ty: &Type) -> Span {
    ty.to_token_stream().into_iter().next().map(|t| t.span()).unwrap_or_else(Span::call_site)
}

fn expand_impl(opts: &Options, mut item: ItemImpl) -> syn::Result<TokenStream> {
    let Paths { private, wb, wb_path } = paths(opts);
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
            if !matches!(f.vis, syn::Visibility::Public(_)) || m.has("skip") {
                continue;
            }
            valid::check_method(&m, &mut errors);
            let names: Vec<&Ident> = m.args.iter().map(|(i, _)| i).collect();
            let (variant, lints) = (&m.variant, lints::method(f, &names));
            let name = &f.sig.ident;
            let forward = forward(&private, &user_path, &handle_path, &m, quote!(#user_path::#name), name);
            // A `self` method is on a receiver type of its own, which the
            // glue hands over like a by-value argument.
            let list = if m.receiver == Receiver::Value { &mut owned_forwards } else { &mut forwards };
            list.push(quote!(#variant #lints #forward));
        }
    }
    errors.finish()?;

    // The user's impl stays plain Rust: method options were for us.
    for impl_item in &mut item.items {
        if let ImplItem::Fn(f) = impl_item {
            cfgs::strip(&mut f.attrs);
            for input in &mut f.sig.inputs {
                if let syn::FnArg::Typed(pt) = input {
                    pt.attrs.retain(|a| !ast::is_bindgen(a));
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
    let cfgs = cfgs(&item.attrs).cloned().collect::<Vec<_>>();
    let receiver_type = receiver_type(&private, &receiver, &user_path);
    let owned = (!owned_forwards.is_empty()).then(|| {
        let owned: Path = format_ident!("__WasmDispose_{}Owned", ident).into();
        let owned_type = owned_receiver_type(&private, &owned, &user_path);
        quote! {
            #owned_type
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
            #receiver_type
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

/// `#[disposable]` on a function: the function stays plain Rust, and an
/// export under its JavaScript name takes every argument the way forwarding
/// methods do, so that a disposed or moved object is refused with
/// `DisposedError` before anything is taken, and nothing is lost.
fn expand_fn(krate: Option<Path>, pass: Vec<syn::Meta>, item: syn::ItemFn) -> syn::Result<TokenStream> {
    let opts = Options { krate, ..Options::default() };
    let Paths { private, wb, wb_path } = paths(&opts);
    if let Some(receiver) = item.sig.receiver() {
        return Err(syn::Error::new_spanned(receiver, "#[disposable] on a method goes on its impl block"));
    }
    if !item.sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(&item.sig.generics, "exported functions cannot be generic"));
    }
    let ident = &item.sig.ident;
    let renamed = pass.iter().any(|m| m.path().is_ident("js_name"));
    let js_name = (!renamed).then(|| {
        let js = ident.unraw().to_string();
        quote!(js_name = #js,)
    });
    let export = format_ident!("__wd_fn_{}", ident.unraw());
    let as_method = syn::ImplItemFn {
        attrs: item.attrs.clone(),
        vis: item.vis.clone(),
        defaultness: None,
        sig: item.sig.clone(),
        block: (*item.block).clone(),
    };
    let mut forwards = Vec::new();
    for m in ast::method(&as_method)? {
        let here: Path = ident.clone().into();
        let no_class: Type = parse_quote!(());
        let forward = forward(&private, &here, &no_class, &m, quote!(#ident), &export);
        let variant = &m.variant;
        forwards.push(quote! {
            #variant
            #[#wb(#js_name #(#pass,)* #wb_path)]
            #[doc(hidden)]
            #forward
        });
    }
    // The function stays plain Rust: its options were for the export.
    let item = recover::plain_fn(item);
    Ok(quote! {
        #item
        #(#forwards)*
    })
}

/// Replaces `Self` with the user's type: inside the handle impl, `Self`
/// would mean the handle.
struct ReplaceSelf<'a>(&'a Path);

impl VisitMut for ReplaceSelf<'_> {
    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        if ty.qself.is_none() && ty.path.segments.first().is_some_and(|s| s.ident == "Self") {
            let rest: Vec<_> = ty.path.segments.iter().skip(1).cloned().collect();
            let mut path = self.0.clone();
            path.segments.extend(rest);
            ty.path = path;
        }
        syn::visit_mut::visit_type_path_mut(self, ty);
    }
}

fn replace_self(ty: &Type, user: &Path) -> Type {
    let mut ty = ty.clone();
    ReplaceSelf(user).visit_type_mut(&mut ty);
    ty
}

/// A number or `bool`, passed by value: an argument whose conversion leaves
/// nothing to clean up.
fn is_plain_number(ty: &Type) -> bool {
    const PLAIN: &[&str] = &[
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "bool",
        "char",
    ];
    matches!(ty, Type::Path(p) if p.qself.is_none()
        && p.path.leading_colon.is_none()
        && p.path.segments.len() == 1
        && p.path.segments[0].arguments.is_none()
        && PLAIN.iter().any(|name| p.path.segments[0].ident == name))
}

/// Is the type written as some `Result<..>` (including aliases such as
/// `io::Result<T>`)?
fn is_result(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none()
        && p.path.segments.last().is_some_and(|s| s.ident == "Result"))
}

/// How a forwarding method receives one argument.
enum ArgKind {
    /// A plain number: as is.
    Plain,
    /// `&X`: `ByRef<X>`, checked, then `&*arg`.
    Ref,
    /// `&mut X`: `ByMut<X>`, checked, then `&mut *arg`.
    Mut,
    /// `X`: `ByVal<X>`, checked, then finished (taken, for a class).
    Val,
}

/// `&mut [T]`: wasm-bindgen's anchor copies the slice back to JavaScript and
/// is not a type the runtime can name, so its mode is decided here.
fn is_mut_slice(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if r.mutability.is_some() && matches!(&*r.elem, Type::Slice(_)))
}

/// One forwarding method on the handle. It receives every argument in a form
/// that takes nothing yet, checks the receiver and every argument, and only
/// then borrows, takes and calls the user's method; a refused call returns
/// its error after every argument was released, and nothing passed by value
/// was consumed. How it returns (and so refuses) is chosen by the types it
/// takes and gives (`crossing.rs` in the runtime).
fn forward(
    private: &TokenStream,
    user: &Path,
    handle: &Type,
    m: &Method<'_>,
    callee: TokenStream,
    name: &Ident,
) -> TokenStream {
    let sig = &m.item.sig;
    let asyncness = &sig.asyncness;
    let result = quote!(#private::core::result::Result);
    let option = quote!(#private::core::option::Option);
    let attrs =
        m.item.attrs.iter().filter(|a| ast::is_bindgen(a) || a.path().is_ident("doc") || a.path().is_ident("cfg"));
    let out = match &sig.output {
        ReturnType::Default => None,
        ReturnType::Type(_, ty) => Some(replace_self(ty, user)),
    };

    let mut params = Vec::new();
    let mut checks = Vec::new();
    let mut abandons = Vec::new();
    let mut finish = Vec::new();
    let mut call_args = Vec::new();
    // Each parameter's crossing mode: whether a refusal may be thrown from
    // WebAssembly with it in the call (see `crossing.rs`).
    let mut modes: Vec<TokenStream> = Vec::new();
    let direct = quote!(#private::Direct);
    let boxed = quote!(#private::Boxed);
    let mut val_finish = Vec::new();
    for ((ident, ty), attrs) in m.args.iter().zip(&m.arg_attrs) {
        let ty = replace_self(ty, user);
        let kind = match &ty {
            Type::Reference(r) if r.mutability.is_some() => ArgKind::Mut,
            Type::Reference(_) => ArgKind::Ref,
            ty if is_plain_number(ty) => ArgKind::Plain,
            _ => ArgKind::Val,
        };
        let check = quote!((&#private::Arg(&#ident)).__wd_refused());
        let param = match kind {
            ArgKind::Plain => {
                params.push(quote!(#attrs #ident: #ty));
                modes.push(direct.clone());
                call_args.push(quote!(#ident));
                continue;
            }
            ArgKind::Ref | ArgKind::Mut => {
                let Type::Reference(r) = &ty else { unreachable!() };
                let elem = &r.elem;
                let param = if matches!(kind, ArgKind::Mut) {
                    finish.push(quote!(let #ident: &mut #elem = &mut *#ident;));
                    quote!(#private::ByMut<#elem>)
                } else if asyncness.is_some() {
                    finish.push(quote!(let #ident: &#elem = &*#ident;));
                    quote!(#private::ByLong<#elem>)
                } else {
                    finish.push(quote!(let #ident: &#elem = &*#ident;));
                    quote!(#private::ByRef<#elem>)
                };
                let binding = if matches!(kind, ArgKind::Mut) { quote!(mut #ident) } else { quote!(#ident) };
                params.push(quote!(#attrs #binding: #param));
                checks.push(check);
                param
            }
            ArgKind::Val => {
                let param = quote!(#private::ByVal<#ty>);
                params.push(quote!(#attrs #ident: #param));
                checks.push(check);
                abandons.push(quote!((&#private::Arg(&#ident)).__wd_abandon();));
                val_finish.push((ident.clone(), ty.clone()));
                param
            }
        };
        modes.push(if is_mut_slice(&ty) { boxed.clone() } else { quote!(<#param as #private::Crossing>::Mode) });
        call_args.push(quote!(#ident));
    }

    // What a successful call returns: the handle for a constructor, `T` of
    // the user's `Result<T, E>` (its `Err` becomes the thrown error).
    let user_fallible = out.as_ref().is_some_and(is_result);
    let value_ty = if m.is_constructor() {
        quote!(#handle)
    } else {
        match &out {
            Some(ty) if user_fallible => quote!(<#ty as #private::Fallible>::Ok),
            Some(ty) => quote!(#ty),
            None => quote!(()),
        }
    };
    // Async methods always return a `Result`: their value is a promise.
    if asyncness.is_some() {
        modes = vec![boxed.clone()];
    }
    let (ret_ty, ret) = returns(private, &value_ty, &modes);
    let plain_constructor = m.is_constructor() && !user_fallible && checks.is_empty();
    let pending = quote!(#ret::pending());
    let refused = quote!({ #(#abandons)* return #pending; });
    for (ident, ty) in &val_finish {
        finish.push(
            quote!(let #ident: #ty = match #ident.finish() { #option::Some(v) => v, #option::None => #refused };),
        );
    }

    let (receiver, prefix, value) = match m.receiver {
        Receiver::None => (quote!(), quote!(), None),
        Receiver::Ref => (
            quote!(&self,),
            quote!(let __wd_v = match self.__wd_slot.enter() { #option::Some(v) => v, #option::None => #refused };),
            Some(quote!(&*__wd_v)),
        ),
        Receiver::RefMut => (
            quote!(&self,),
            quote!(let mut __wd_v = match self.__wd_slot.enter_mut() { #option::Some(v) => v, #option::None => #refused };),
            Some(quote!(&mut *__wd_v)),
        ),
        // The glue hands the receiver over like a by-value argument; it is
        // taken only once every argument passed its check.
        Receiver::Value => (
            quote!(self,),
            quote! {
                // SAFETY: the glue passes the object's pointer for `self`.
                let __wd_slot = unsafe { #private::owned_slot::<#user>(self.0) };
                if !__wd_slot.may_take() #refused
            },
            Some(quote!(__wd_v)),
        ),
    };
    let take_self = if m.receiver == Receiver::Value {
        quote! {
            let __wd_v = match __wd_slot.take() { #result::Ok(v) => v, #result::Err(e) => { #private::set_pending(e); #refused } };
            #private::moved::<#user>(self.0);
        }
    } else {
        quote!()
    };
    let checks = checks.iter().map(|check| quote!(if #check #refused));
    // Out of line, so that the export around it keeps no frame in linear
    // memory when this one does (see `ret.rs`).
    let inline = asyncness.is_none().then(|| quote!(#[inline(never)]));
    let call_args = value.into_iter().chain(call_args);
    let mut call = quote!(#callee(#(#call_args),*));
    if asyncness.is_some() {
        call = quote!(#call.await);
    }
    let (ret_ty, body) = if plain_constructor {
        (quote!(#handle), quote!(#private::wrap::<#user>(#call)))
    } else if m.is_constructor() {
        if user_fallible {
            (ret_ty, quote!(#ret::from_result(#private::Fallible::into_js_result(#call).map(#private::wrap::<#user>))))
        } else {
            (ret_ty, quote!(#ret::ok(#private::wrap::<#user>(#call))))
        }
    } else if user_fallible {
        (ret_ty, quote!(#ret::from_result(#call)))
    } else {
        (ret_ty, quote!(#ret::ok(#call)))
    };

    quote! {
        #(#attrs)*
        #inline
        pub #asyncness fn #name(#receiver #(#params),*) -> #ret_ty {
            #[allow(unused_imports)]
            use #private::{ArgDisposable as _, ArgOther as _};
            #prefix
            #(#checks)*
            #take_self
            #(#finish)*
            #body
        }
    }
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;

    fn expand_ok(args: TokenStream, item: TokenStream) -> String {
        expand(args, item).expect("expands").to_string()
    }

    fn expand_err(args: TokenStream, item: TokenStream) -> String {
        match expand(args, item) {
            Ok(tokens) => panic!("expected an error, got {tokens}"),
            Err(e) => e.into_iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"),
        }
    }

    #[test]
    fn struct_gets_a_handle_class_under_its_js_name() {
        let out = expand_ok(quote!(), quote!(pub struct Image { pixels: Vec<u8> }));
        assert!(out.contains("pub struct __WasmDispose_Image"), "{out}");
        assert!(out.contains("js_name = \"Image\""), "{out}");
        assert!(out.contains("const CLASS : & 'static str = \"Image\""), "{out}");
        assert!(out.contains("export interface Image extends Disposable {"), "{out}");
        // Every path goes through the runtime.
        assert!(out.contains(":: wasm_dispose :: __private :: wasm_bindgen_attr"), "{out}");
    }

    #[test]
    fn js_name_and_crate_options_are_honoured() {
        let out = expand_ok(
            quote!(js_name = "Img", crate = "my::dispose"),
            quote!(struct Image;),
        );
        assert!(out.contains("js_name = \"Img\""), "{out}");
        assert!(out.contains("my :: dispose :: __private"), "{out}");
        assert!(!out.contains(":: wasm_dispose ::"), "{out}");
    }

    #[test]
    fn async_classes_get_the_async_dispose_export() {
        let out = expand_ok(quote!(async), quote!(struct Conn;));
        assert!(out.contains("fn __wd_async_dispose (& self)"), "{out}");
        assert!(out.contains("async_dispose :: < Conn > (& self . __wd_slot)"), "{out}");
        assert!(out.contains("const IS_ASYNC : bool = true"), "{out}");
        let sync = expand_ok(quote!(), quote!(struct Conn;));
        assert!(!sync.contains("__wd_async_dispose"), "{sync}");
    }

    #[test]
    fn returns_are_chosen_by_the_types_taken_and_given() {
        let out = expand_ok(
            quote!(),
            quote!(impl Foo {
                pub fn get(&self) -> u32 { 1 }
                pub fn scale(&mut self, by: Handle) {}
                pub fn label(&mut self, name: &str) -> usize { 0 }
                pub fn fill(&mut self, buf: &mut [u8]) {}
                pub fn check(&self) -> Result<u32, JsError> { Ok(1) }
                pub async fn wait(&self) -> u32 { 1 }
            }),
        );
        let p = ":: wasm_dispose :: __private ::";
        // Methods are on the impl block's own receiver type, out of line. The
        // return type folds the return's mode with each parameter's.
        assert!(out.contains("impl __WasmDispose_FooThis {"), "{out}");
        assert!(out.contains(&format!("# [inline (never)] pub fn get (& self ,) -> < {p} ReturnMode < u32 > as {p} Mode > :: Out < u32 >")), "{out}");
        // A number behind an alias is a by-value argument: its ABI decides.
        assert!(out.contains(&format!("by : {p} ByVal < Handle >")), "{out}");
        assert!(out.contains(&format!("And < < {p} ByVal < Handle > as {p} Crossing > :: Mode >")), "{out}");
        // References arrive as anchors and are checked before the call.
        assert!(out.contains(&format!("name : {p} ByRef < str >")), "{out}");
        assert!(out.contains(&format!("if (& {p} Arg (& name)) . __wd_refused ()")), "{out}");
        // `&mut [T]`'s anchor is wasm-bindgen's own: boxed, decided here.
        assert!(out.contains(&format!("And < {p} Boxed >")), "{out}");
        // `Result<T, E>` gives `T`.
        assert!(out.contains(&format!("Out < < Result < u32 , JsError > as {p} Fallible > :: Ok >")), "{out}");
        // Async methods return a `Result`; their receiver's anchor keeps the
        // object alive across awaits.
        assert!(out.contains(&format!("type Anchor = {p} Kept < __WasmDispose_FooThis >")), "{out}");
        assert!(out.contains(&format!("pub async fn wait (& self ,) -> < < {p} ReturnMode < u32 > as {p} Mode > :: And < {p} Boxed >")), "{out}");
    }

    #[test]
    fn pub_fields_become_properties() {
        let out = expand_ok(
            quote!(),
            quote!(pub struct P { pub x: u32, #[wasm_bindgen(readonly)] pub y: u32, #[wasm_bindgen(skip)] pub z: u32, w: u32 }),
        );
        assert!(out.contains("fn __wd_get_x") && out.contains("fn __wd_set_x"), "{out}");
        assert!(out.contains("fn __wd_get_y") && !out.contains("fn __wd_set_y"), "{out}");
        assert!(!out.contains("__wd_get_z") && !out.contains("__wd_get_w"), "{out}");
        // The user's struct loses the field options, which were ours.
        assert!(!out.contains("readonly)] pub y"), "{out}");
    }

    #[test]
    fn methods_forward_by_receiver() {
        let out = expand_ok(
            quote!(),
            quote!(impl Image {
                #[wasm_bindgen(constructor)]
                pub fn new(n: u32) -> Self { todo!() }
                pub fn read(&self) -> u32 { 0 }
                pub fn write(&mut self, v: u32) {}
                pub fn finish(self) -> Vec<u8> { vec![] }
                pub fn merge(&self, other: &Self) -> Result<Self, JsError> { todo!() }
                fn private(&self) {}
            }),
        );
        assert!(out.contains("impl __WasmDispose_ImageThis {"), "{out}");
        // A constructor that checks nothing returns its handle as is.
        assert!(out.contains("pub fn new (n : u32) -> < Image as :: wasm_dispose :: __private :: Disposable > :: Handle {"), "{out}");
        assert!(out.contains("wrap :: < Image > (Image :: new (n))"), "{out}");
        assert!(out.contains("pub fn read (& self ,) ->"), "{out}");
        assert!(out.contains("__wd_slot . enter ()"), "{out}");
        assert!(out.contains("__wd_slot . enter_mut ()"), "{out}");
        // A consuming method is on a receiver the glue hands over like a
        // by-value argument; the value is taken once every argument was
        // checked, and the object is `moved`.
        assert!(out.contains("impl __WasmDispose_ImageOwned {"), "{out}");
        assert!(out.contains("pub fn finish (self ,)"), "{out}");
        assert!(out.contains("__wd_slot . may_take ()"), "{out}");
        assert!(out.contains("__wd_slot . take ()"), "{out}");
        assert!(out.contains("moved :: < Image > (self . 0)"), "{out}");
        // `Self` means the user's type in forwarded signatures.
        assert!(out.contains("other : :: wasm_dispose :: __private :: ByRef < Image >"), "{out}");
        assert!(out.contains("< Result < Image , JsError > as :: wasm_dispose :: __private :: Fallible > :: Ok"), "{out}");
        assert!(!out.contains("fn private (& self ,)"), "{out}");
    }

    #[test]
    fn misuse_is_reported_together_with_spans() {
        let err = expand_err(quote!(), quote!(enum E { A }));
        assert!(err.contains("not enums"), "{err}");
        let err = expand_err(quote!(bogus, also_bogus = 1), quote!(struct S;));
        assert!(err.contains("unknown #[disposable] option `bogus`"), "{err}");
        assert!(err.contains("unknown #[disposable] option `also_bogus`"), "{err}");
        let err = expand_err(quote!(), quote!(struct S<'a, T>(&'a T);));
        assert!(err.contains("lifetime parameters"), "{err}");
        let err = expand_err(quote!(), quote!(impl Clone for S { fn clone(&self) -> S { S } }));
        assert!(err.contains("not trait impls"), "{err}");
        let err = expand_err(
            quote!(),
            quote!(impl S { pub fn free(&self) {} pub fn g<T>(&self) {} }),
        );
        assert!(err.contains("`free` is provided") && err.contains("cannot be generic"), "{err}");
    }

    // Parity with #[wasm_bindgen] (issue 12).

    #[test]
    fn tuple_and_raw_identifier_fields_are_properties() {
        let out = expand_ok(quote!(), quote!(pub struct P(pub u32, u32);));
        assert!(out.contains("getter = \"0\"") && out.contains("fn __wd_get_0"), "{out}");
        assert!(out.contains("__wd_v . 0"), "{out}");
        assert!(!out.contains("__wd_get_1"), "a private field is no property: {out}");
        let out = expand_ok(quote!(), quote!(pub struct R { pub r#mod: i32 }));
        assert!(out.contains("getter = \"mod\"") && out.contains("fn __wd_get_mod"), "{out}");
        assert!(out.contains("__wd_v . r#mod"), "{out}");
    }

    #[test]
    fn non_copy_getters_check_copy_on_the_field_type_like_plain() {
        let out = expand_ok(quote!(), quote!(pub struct S { pub v: Vec<u32>, #[wasm_bindgen(getter_with_clone)] pub w: String }));
        assert!(out.contains("fn assert_copy < T : :: core :: marker :: Copy > () { } assert_copy :: < Vec < u32 > > ()"), "{out}");
        assert!(!out.contains("assert_copy :: < String >"), "{out}");
        let out = expand_ok(quote!(getter_with_clone), quote!(pub struct S { pub v: Vec<u32> }));
        assert!(!out.contains("assert_copy") && out.contains("clone :: Clone :: clone"), "{out}");
    }

    #[test]
    fn struct_options_reach_the_handle_and_the_typescript() {
        let out = expand_ok(quote!(inspectable, js_name = Img, js_namespace = geo), quote!(pub struct Image;));
        assert!(out.contains("js_name = \"Img\" , wasm_bindgen = :: wasm_dispose :: __private :: wasm_bindgen , inspectable , js_namespace = geo"), "{out}");
        assert!(out.contains("js_class = \"Img\" , wasm_bindgen = :: wasm_dispose :: __private :: wasm_bindgen , js_namespace = geo"), "{out}");
        assert!(out.contains("declare interface geo__Img extends Disposable {") && !out.contains("export interface"), "{out}");
        let out = expand_ok(quote!(skip_typescript), quote!(pub struct Image;));
        assert!(out.contains("skip_typescript") && !out.contains("typescript_custom_section"), "{out}");
        let out = expand_ok(quote!(js_namespace = geo), quote!(impl Image { pub fn f(&self) {} }));
        assert!(out.contains(", js_namespace = geo)] impl __WasmDispose_Image"), "{out}");
    }

    #[test]
    fn cfg_attr_options_give_one_forward_per_configuration() {
        let out = expand_ok(
            quote!(),
            quote!(impl Foo {
                #[cfg_attr(feature = "a", wasm_bindgen(constructor))]
                pub fn make() -> Foo { Foo }
            }),
        );
        let on = out.find("# [cfg (all (feature = \"a\"))] # [wasm_bindgen (constructor)]").expect(&out);
        let off = out.find("# [cfg (all (not (feature = \"a\")))]").expect(&out);
        assert!(out[on..].contains("wrap :: < Foo > (Foo :: make ())"), "{out}");
        assert!(off < on && !out[off..on].contains("wrap"), "the static variant does not wrap: {out}");
        // The user's impl keeps no wasm_bindgen attribute, conditional or not.
        let user = &out[..out.find("const _").unwrap()];
        assert!(!user.contains("wasm_bindgen"), "{user}");
    }

    #[test]
    fn cfg_attr_field_options_give_one_property_per_configuration() {
        let out = expand_ok(
            quote!(),
            quote!(pub struct S { #[cfg_attr(feature = "a", wasm_bindgen(readonly))] pub x: u32 }),
        );
        assert_eq!(out.matches("fn __wd_get_x").count(), 2, "{out}");
        assert_eq!(out.matches("fn __wd_set_x").count(), 1, "readonly only under feature a: {out}");
        assert!(out.contains("# [cfg (all (not (feature = \"a\")))] # [wasm_bindgen (setter"), "{out}");
        assert!(out.starts_with("pub struct S { pub x : u32 }"), "{out}");
    }

    #[test]
    fn pattern_arguments_and_parameter_attributes_are_forwarded() {
        let out = expand_ok(
            quote!(),
            quote!(impl Foo {
                pub fn f(&self, _: u32, #[wasm_bindgen(js_name = amount, unchecked_param_type = "1 | 2")] n: u32) {}
            }),
        );
        assert!(out.contains("# [wasm_bindgen (js_name = \"arg0\")] __wd_arg0 : u32"), "{out}");
        assert!(out.contains("# [wasm_bindgen (js_name = amount , unchecked_param_type = \"1 | 2\")] n : u32"), "{out}");
        assert!(out.contains("Foo :: f (& * __wd_v , __wd_arg0 , n)"), "{out}");
        assert!(out.starts_with("impl Foo { pub fn f (& self , _ : u32 , n : u32) { } }"), "{out}");
    }

    #[test]
    fn other_well_known_symbols_are_the_users() {
        let out = expand_ok(
            quote!(),
            quote!(impl Foo { #[wasm_bindgen(js_name = "[Symbol.toPrimitive]")] pub fn p(&self, hint: String) -> u32 { 1 } }),
        );
        assert!(out.contains("js_name = \"[Symbol.toPrimitive]\""), "{out}");
        let err = expand_err(quote!(), quote!(impl Foo { #[wasm_bindgen(js_name = "[Symbol.dispose]")] pub fn p(&self) {} }));
        assert!(err.contains("`[Symbol.dispose]` is generated"), "{err}");
    }

    #[test]
    fn reserved_property_names_are_errors() {
        let err = expand_err(quote!(), quote!(pub struct S { pub disposed: bool, #[wasm_bindgen(js_name = "free")] pub f: u8 }));
        assert!(err.contains("the property `disposed`") && err.contains("the property `free`"), "{err}");
        let err = expand_err(quote!(), quote!(impl S { #[wasm_bindgen(setter)] pub fn set_disposed(&mut self, v: bool) {} }));
        assert!(err.contains("`disposed` is provided"), "{err}");
    }

    #[test]
    fn lints_reach_the_generated_methods() {
        let out = expand_ok(
            quote!(),
            quote!(#[allow(non_snake_case)] impl Foo {
                #[expect(clippy::too_many_arguments)]
                pub async fn getX(&self) -> u32 { 1 }
            }),
        );
        assert!(out.contains("# [allow (non_snake_case)] # [:: wasm_dispose :: __private :: wasm_bindgen_attr"), "impl block: {out}");
        let fwd = &out[out.find("impl __WasmDispose_Foo").unwrap()..];
        assert!(fwd.contains("# [allow (clippy :: too_many_arguments)]"), "{fwd}");
        assert!(fwd.contains("# [allow (clippy :: future_not_send)]"), "{fwd}");
        assert!(fwd.contains("# [allow (non_snake_case)]"), "{fwd}");
        assert!(!fwd.contains("expect"), "{fwd}");
    }

    #[test]
    fn an_impl_in_another_module_needs_only_the_user_type() {
        for ty in [quote!(super::m::Foo), quote!(Foo)] {
            let out = expand_ok(quote!(), quote!(impl #ty { pub fn f(&self) {} }));
            // The receiver is defined next to the methods: no other name of
            // the struct's module is needed, as with plain wasm-bindgen.
            assert!(out.contains("struct __WasmDispose_FooThis {"), "{out}");
            assert!(!out.contains("use super"), "{out}");
            assert!(out.contains(&format!("{} :: f (& * __wd_v)", ty)), "{out}");
        }
    }

    #[test]
    fn everything_above_holds_for_async_classes() {
        let out = expand_ok(
            quote!(async, inspectable, getter_with_clone, js_name = Conn),
            quote!(pub struct C(pub String, #[cfg_attr(unix, wasm_bindgen(readonly))] pub u32);),
        );
        assert!(out.contains("fn __wd_async_dispose"), "{out}");
        assert!(out.contains("js_name = \"Conn\" , wasm_bindgen = :: wasm_dispose :: __private :: wasm_bindgen , inspectable"), "{out}");
        assert!(out.contains("fn __wd_get_0") && out.contains("clone :: Clone :: clone (& __wd_v . 0)"), "{out}");
        assert_eq!(out.matches("fn __wd_get_1").count(), 2, "{out}");
        assert!(out.contains("export interface Conn extends Disposable , AsyncDisposable") || out.contains("export interface Conn extends Disposable, AsyncDisposable"), "{out}");
    }
}
