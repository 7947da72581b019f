//! What `#[disposable]` refuses that plain `#[wasm_bindgen]` accepts. A
//! class with any of these keeps `#[wasm_bindgen]` on its struct and all its
//! impl blocks, and the tool says why, so the crate still compiles.

use crate::attrs::{Found, Kind};
use crate::scan::Problem;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Struct,
    Impl,
}

/// The wasm-bindgen options `#[disposable]` accepts (README: Parity).
const STRUCT_OPTIONS: &[&str] = &[
    "js_name",
    "js_namespace",
    "inspectable",
    "getter_with_clone",
    "skip_typescript",
    "private",
    "extends",
    "extends_js_class",
    "extends_js_namespace",
];
const IMPL_OPTIONS: &[&str] = &["js_class", "js_namespace"];
/// JavaScript member names the disposable class owns.
const RESERVED: &[&str] = &["free", "disposed", "__destroy_into_raw", "__wbg_ptr"];
const DISPOSE_SYMBOLS: &[&str] = &["[Symbol.dispose]", "[Symbol.asyncDispose]"];

/// Options `#[disposable]` does not take on this item.
pub fn options(found: &[Found], target: Target) -> Vec<Problem> {
    let mut out = Vec::new();
    for f in found.iter().filter(|f| f.kind == Kind::WasmBindgen) {
        if f.unreadable {
            out.push(Problem { line: f.line, message: "its #[wasm_bindgen(...)] options could not be read".into() });
        }
        for o in &f.options {
            let accepted = match target {
                Target::Struct => STRUCT_OPTIONS,
                Target::Impl => IMPL_OPTIONS,
            };
            if accepted.contains(&o.name.as_str()) {
                continue;
            }
            let why = match o.name.as_str() {
                "wasm_bindgen" | "js_sys" | "wasm_bindgen_futures" => {
                    "#[disposable] reaches wasm-bindgen through wasm-dispose and takes no crate paths (`crate = \"...\"` names wasm-dispose)"
                }
                _ => "not an option #[disposable] accepts here",
            };
            out.push(Problem { line: o.line, message: format!("`{}`: {why}", o.name) });
        }
    }
    out
}

pub fn strukt(item: &syn::ItemStruct, found: &[Found]) -> Vec<Problem> {
    let mut out = options(found, Target::Struct);
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        out.push(problem(item.ident.span(), "a generic struct cannot be a disposable class"));
    }
    for (index, field) in item.fields.iter().enumerate() {
        if !matches!(field.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let bindgen = crate::attrs::find(&field.attrs);
        if bindgen.iter().any(|f| f.option("skip").is_some()) {
            continue;
        }
        let name = bindgen
            .iter()
            .find_map(|f| f.option("js_name").and_then(|o| o.value.clone()))
            .or_else(|| field.ident.as_ref().map(crate::scan::unraw))
            .unwrap_or_else(|| index.to_string());
        if RESERVED.contains(&name.as_str()) {
            let at = field.ident.as_ref().map_or_else(|| syn::spanned::Spanned::span(&field.ty), |i| i.span());
            out.push(problem(at, &format!("the property `{name}` would replace the class's own `{name}`; rename it with #[wasm_bindgen(js_name = \"...\")]")));
        }
    }
    out
}

pub fn imp(item: &syn::ItemImpl, found: &[Found]) -> Vec<Problem> {
    let mut out = options(found, Target::Impl);
    if let Some((_, path, _)) = &item.trait_ {
        let at = path.segments.first().map_or(item.impl_token.span, |s| s.ident.span());
        out.push(problem(at, "a trait impl is not exported; #[disposable] goes on inherent impl blocks"));
    }
    if item.unsafety.is_some() || !item.generics.params.is_empty() {
        out.push(problem(item.impl_token.span, "an `unsafe` or generic impl block cannot be a disposable class's"));
    }
    for ii in &item.items {
        let syn::ImplItem::Fn(f) = ii else { continue };
        if let Some(syn::FnArg::Receiver(r)) = f.sig.inputs.first() {
            let plain = r.colon_token.is_none()
                || matches!(&*r.ty, syn::Type::Reference(t) if is_self(&t.elem))
                || is_self(&r.ty);
            if !plain {
                out.push(problem(f.sig.ident.span(), "#[disposable] methods take `self`, `&self` or `&mut self`"));
            }
        }
        if !matches!(f.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let bindgen = crate::attrs::find(&f.attrs);
        if bindgen.iter().any(|b| b.option("skip").is_some()) {
            continue;
        }
        let at = f.sig.ident.span();
        if f.sig.unsafety.is_some() || !f.sig.generics.params.is_empty() {
            out.push(problem(
                at,
                &format!("`{}`: an exported method of a disposable class cannot be `unsafe` or generic", f.sig.ident),
            ));
        }
        let js_name = bindgen.iter().find_map(|b| b.option("js_name").and_then(|o| o.value.clone()));
        let property = ["getter", "setter"]
            .iter()
            .find_map(|k| bindgen.iter().find_map(|b| b.option(k).and_then(|o| o.value.clone())));
        let ident = crate::scan::unraw(&f.sig.ident);
        let is_setter = bindgen.iter().any(|b| b.option("setter").is_some());
        let member = property.clone().or_else(|| js_name.clone()).unwrap_or_else(|| {
            if is_setter {
                ident.strip_prefix("set_").unwrap_or(&ident).to_string()
            } else {
                ident.clone()
            }
        });
        if RESERVED.contains(&member.as_str()) {
            out.push(problem(
                at,
                &format!(
                    "the member `{member}` is the disposable class's own; put cleanup in `impl Drop`, or rename it"
                ),
            ));
        }
        if let Some(symbol) = js_name.as_deref().filter(|n| DISPOSE_SYMBOLS.contains(n)) {
            out.push(problem(at, &format!("`{symbol}` is generated by #[disposable] (`impl Drop`, or #[disposable(async)] with `impl AsyncDispose`)")));
        }
    }
    out
}

/// Why the functions flag leaves a function that takes classes alone.
pub fn function(f: &syn::ItemFn, found: &[Found]) -> Option<String> {
    if !f.sig.generics.params.is_empty() {
        return Some("it is generic".into());
    }
    if f.sig.unsafety.is_some() {
        return Some("it is `unsafe`".into());
    }
    for name in ["start", "this", "skip"] {
        if found.iter().any(|b| b.option(name).is_some()) {
            return Some(format!("it has the `{name}` option"));
        }
    }
    None
}

fn is_self(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

fn problem(span: proc_macro2::Span, message: &str) -> Problem {
    Problem { line: crate::attrs::line(span), message: message.to_string() }
}
