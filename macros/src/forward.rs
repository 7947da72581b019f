//! A forwarding method: the generated method that checks the receiver and
//! every argument, then calls the user's method (or function). What it takes
//! and gives is `query::call`'s answer; this module writes it out.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Ident, Path, Type};

use crate::ast::{Method, Receiver};
use crate::query::{self, ArgKind, Mode, Returns};
use crate::runtime::{on_arg, returns, wrapped};

/// One forwarding method on the handle. It receives every argument in a form
/// that takes nothing yet, checks the receiver and every argument, and only
/// then borrows, takes and calls the user's method; a refused call returns
/// its error after every argument was released, and nothing passed by value
/// was consumed. How it returns (and so refuses) is chosen by the types it
/// takes and gives (`crossing.rs` in the runtime).
pub fn forward(
    private: &TokenStream,
    user: &Path,
    handle: &Type,
    m: &Method<'_>,
    callee: TokenStream,
    name: &Ident,
) -> TokenStream {
    let answers = query::call(m, user);
    let sig = &m.item.sig;
    let asyncness = &sig.asyncness;
    let result = quote!(#private::core::result::Result);
    let option = quote!(#private::core::option::Option);
    let attrs = query::forwarded_attrs(m);

    let mut params = Vec::new();
    // Each parameter's type, for its crossing mode.
    let mut param_tys = Vec::new();
    let mut checks = Vec::new();
    let mut abandons = Vec::new();
    let mut finish = Vec::new();
    let mut call_args = Vec::new();
    let mut val_finish = Vec::new();
    for arg in &answers.args {
        let (ident, ty, attrs) = (arg.ident, &arg.ty, arg.attrs);
        let check = quote!((&#private::Arg(&#ident)).__wd_refused());
        let param = match arg.kind {
            ArgKind::Plain => {
                params.push(quote!(#attrs #ident: #ty));
                quote!(#ty)
            }
            ArgKind::Ref | ArgKind::Long | ArgKind::Mut => {
                let Type::Reference(r) = ty else { unreachable!() };
                let elem = &r.elem;
                let (ref_trait, wrapper) = match arg.kind {
                    ArgKind::Mut => {
                        finish.push(quote!(let #ident: &mut #elem = &mut *#ident;));
                        (quote!(RefMutFromWasmAbi), quote!(ByMut))
                    }
                    ArgKind::Long => {
                        finish.push(quote!(let #ident: &#elem = &*#ident;));
                        (quote!(LongRefFromWasmAbi), quote!(ByLong))
                    }
                    _ => {
                        finish.push(quote!(let #ident: &#elem = &*#ident;));
                        (quote!(RefFromWasmAbi), quote!(ByRef))
                    }
                };
                let param = wrapped(private, &wrapper, elem, &ref_trait, "Anchor");
                let binding = if arg.kind == ArgKind::Mut { quote!(mut #ident) } else { quote!(#ident) };
                params.push(quote!(#attrs #binding: #param));
                checks.push(check);
                param
            }
            ArgKind::Val => {
                let param = wrapped(private, &quote!(ByVal), ty, &quote!(FromWasmAbi), "Abi");
                params.push(quote!(#attrs #ident: #param));
                checks.push(on_arg(ty, ident, check));
                abandons.push(on_arg(ty, ident, quote!((&#private::Arg(&#ident)).__wd_abandon();)));
                val_finish.push((ident, ty));
                param
            }
        };
        param_tys.push(param);
        call_args.push(quote!(#ident));
    }
    let modes: Vec<TokenStream> = answers
        .modes
        .iter()
        .map(|mode| match mode {
            Mode::Direct => quote!(#private::Direct),
            Mode::Boxed => quote!(#private::Boxed),
            Mode::OfParam(i) => {
                let param = &param_tys[*i];
                quote!(<#param as #private::Crossing>::Mode)
            }
        })
        .collect();

    // What a successful call returns: the handle for a constructor, `T` of
    // the user's `Result<T, E>` (its `Err` becomes the thrown error).
    let value_ty = match (answers.returns, &answers.output) {
        (Returns::Handle | Returns::Constructor, _) => quote!(#handle),
        (Returns::Value, Some(ty)) if answers.fallible => quote!(<#ty as #private::Fallible>::Ok),
        (Returns::Value, Some(ty)) => quote!(#ty),
        (Returns::Value, None) => quote!(()),
    };
    let (ret_ty, ret) = if asyncness.is_some() {
        // An async export's value is a promise: wasm-bindgen's `Result`,
        // which its future machinery takes (`Boxed` mode in any case).
        let ret_ty = quote!(#result<#value_ty, #private::wasm_bindgen::JsValue>);
        let ret = quote!(<#ret_ty as #private::Return<#value_ty>>);
        (ret_ty, ret)
    } else {
        returns(private, &value_ty, &modes)
    };
    let pending = quote!(#ret::pending());
    let refused = quote!({ #(#abandons)* return #pending; });
    for (ident, ty) in &val_finish {
        // Its type's parameters named as in the signature: a type wasm-bindgen
        // cannot take is the signature's error, not this call's.
        let finish_fn = wrapped(private, &quote!(finish::), ty, &quote!(FromWasmAbi), "Abi");
        let take = on_arg(ty, ident, quote!(#finish_fn(&#ident)));
        finish.push(quote!(let #ident: #ty = match #take { #option::Some(v) => v, #option::None => #refused };));
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
    let (ret_ty, body) = match answers.returns {
        Returns::Handle => (quote!(#handle), quote!(#private::wrap::<#user>(#call))),
        Returns::Constructor if answers.fallible => {
            (ret_ty, quote!(#ret::from_result(#private::Fallible::into_js_result(#call).map(#private::wrap::<#user>))))
        }
        Returns::Constructor => (ret_ty, quote!(#ret::ok(#private::wrap::<#user>(#call)))),
        Returns::Value if answers.fallible => (ret_ty, quote!(#ret::from_result(#call))),
        Returns::Value => (ret_ty, quote!(#ret::ok(#call))),
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
