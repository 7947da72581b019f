//! A free function: it stays plain Rust, beside an export that takes its
//! arguments the way forwarding methods do.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{parse_quote, Path, Type};

use crate::attr::{FnOption, Options};
use crate::forward::forward;
use crate::runtime::{self, paths, Paths};
use crate::{ast, lints, recover};

/// `#[disposable]` on a function: the function stays plain Rust, and an
/// export under its JavaScript name takes every argument the way forwarding
/// methods do, so that a disposed or moved object is refused with
/// `DisposedError` before anything is taken, and nothing is lost.
pub fn expand_fn(krate: Option<Path>, pass: Vec<FnOption>, item: syn::ItemFn) -> syn::Result<TokenStream> {
    let opts = Options { krate, ..Options::default() };
    let Paths { private, .. } = paths(&opts);
    let (wb, wb_path) = runtime::bindgen_in_block();
    if let Some(receiver) = item.sig.receiver() {
        return Err(syn::Error::new_spanned(receiver, "#[disposable] on a method goes on its impl block"));
    }
    if !item.sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(&item.sig.generics, "exported functions cannot be generic"));
    }
    let ident = &item.sig.ident;
    let renamed = pass.iter().any(|m| m.path.is_ident("js_name"));
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
    // The export's parameters keep the user's names (the `.d.ts` shows
    // them), so a parameter named like the function (photon's
    // `watermark(img, watermark: &PhotonImage, ..)`, `threshold(img,
    // threshold: u32)`) would shadow it in the export's body. The callee
    // resolves local variables at the macro's own site, where there are
    // none, and items where the function stands.
    let mut callee = ident.clone();
    callee.set_span(ident.span().resolved_at(Span::mixed_site()));
    let mut forwards = Vec::new();
    for m in ast::method(&as_method)? {
        let here: Path = ident.clone().into();
        let no_class: Type = parse_quote!(());
        let forward = forward(&private, &here, &no_class, &m, quote!(#callee), &export);
        let variant = &m.variant;
        // As for a method's forward: the user's relaxed levels, and the
        // lints the copy of the signature would repeat (a `putImageData`
        // under `#[allow(non_snake_case)]` warned on `__wd_fn_putImageData`).
        let lints = lints::method(&m);
        forwards.push(quote! {
            #variant
            const _: () = {
                use #private::wasm_bindgen;
                #[#wb(#js_name #(#pass,)* #wb_path)]
                #[doc(hidden)]
                #lints
                #forward
            };
        });
    }
    // The function stays plain Rust: its options were for the export.
    let item = recover::plain_fn(item);
    Ok(quote! {
        #item
        #(#forwards)*
    })
}
