//! A `pub` field's getter and setter, on the class's view: what
//! wasm-bindgen generates for a field of a plain `#[wasm_bindgen]` struct.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::query::{docs, ty_span};
use crate::runtime::{fallback_method, returns, wrapped};
use crate::{ast, lints};

/// A `pub` field becomes a property, as with `#[wasm_bindgen]` structs.
pub fn property(private: &TokenStream, p: &ast::Property<'_>) -> TokenStream {
    let field = &p.member;
    let ty = &p.field.ty;
    let (cfg, lints, pass) = (&p.variant.cfg, lints::property(field, p.clones), p.passthrough());
    let js_name = p.js_name();
    let (getter, setter) = accessors(p);
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
        let param = wrapped(private, &quote!(ByVal), ty, &quote!(FromWasmAbi), "Abi");
        // A function, not a method: for a type wasm-bindgen cannot take, a
        // method would add "exists but its trait bounds were not satisfied".
        let finish_fn = wrapped(private, &quote!(finish::), ty, &quote!(FromWasmAbi), "Abi");
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
                let value: #ty = match #finish_fn(&value) { #option::Some(v) => v, #option::None => #refused };
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

/// The property's getter and setter as a fallback trait's methods (see
/// `receiver.rs`): where the field's type is one wasm-bindgen cannot
/// convert, the glue's call finds these instead of adding an error that
/// names the view.
pub fn fallback(p: &ast::Property<'_>) -> TokenStream {
    let cfg = &p.variant.cfg;
    let (getter, setter) = accessors(p);
    let set = (!p.has("readonly")).then(|| fallback_method(quote!(#cfg), &setter, quote!(&self,), 1));
    let get = fallback_method(quote!(#cfg), &getter, quote!(&self,), 0);
    quote!(#get #set)
}

/// The names of the property's getter and setter on the view.
fn accessors(p: &ast::Property<'_>) -> (Ident, Ident) {
    (format_ident!("__wd_get_{}", p.fragment()), format_ident!("__wd_set_{}", p.fragment()))
}
