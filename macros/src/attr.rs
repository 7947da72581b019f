//! The options inside `#[disposable(...)]`: ours (`async`, `crate`) and the
//! struct and impl options of `#[wasm_bindgen]`, with wasm-bindgen's meaning.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::{LitStr, Path};

use crate::bindgen::{option_tail, option_value, Tail};
use crate::valid::Errors;

/// Which item the attribute is on decides which options are accepted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Struct,
    Impl,
}

#[derive(Default)]
pub struct Options {
    /// `async`: the class is also `AsyncDisposable`.
    pub is_async: Option<Span>,
    /// `js_name = "..."` or `js_name = Ident` on a struct.
    pub js_name: Option<LitStr>,
    /// `js_class = "..."` or `js_class = Ident` on an impl block.
    pub js_class: Option<LitStr>,
    /// `crate = "..."`: where the runtime is, like serde's `crate`.
    pub krate: Option<Path>,
    /// `js_namespace = ...` as written (an identifier, a string or a list).
    pub js_namespace: Option<syn::Expr>,
    /// Struct options passed to wasm-bindgen unchanged.
    pub inspectable: Option<Span>,
    pub skip_typescript: Option<Span>,
    pub private: Option<Span>,
    /// `getter_with_clone` on the struct: every public field clones.
    pub getter_with_clone: Option<Span>,
    /// `extends = Parent`: the class extends another `#[disposable]` class.
    pub extends: Option<Path>,
    /// `extends_js_class = "..."`: the parent's JavaScript name, when it is
    /// renamed (wasm-bindgen's default: the last segment of `extends`).
    pub extends_js_class: Option<LitStr>,
    /// `extends_js_namespace = ...`: the parent's namespace, as written.
    pub extends_js_namespace: Option<syn::Expr>,
}

impl Options {
    /// The wasm-bindgen options of the handle's struct attribute, after
    /// `js_name`: `, inspectable, js_namespace = ...`.
    pub fn struct_passthrough(&self) -> TokenStream {
        let mut out = TokenStream::new();
        if self.inspectable.is_some() {
            out.extend(quote::quote!(, inspectable));
        }
        if self.skip_typescript.is_some() {
            out.extend(quote::quote!(, skip_typescript));
        }
        if self.private.is_some() {
            out.extend(quote::quote!(, private));
        }
        out.extend(self.namespace_passthrough());
        out
    }

    /// `, js_namespace = ...` for the handle's impl blocks, which must repeat
    /// the struct's namespace.
    pub fn namespace_passthrough(&self) -> TokenStream {
        match &self.js_namespace {
            Some(ns) => quote::quote!(, js_namespace = #ns),
            None => TokenStream::new(),
        }
    }

    /// `js_namespace` as wasm-bindgen reads it: `["a", "b"]`, `"a"` or `a`.
    pub fn namespace(&self) -> Vec<String> {
        match &self.js_namespace {
            Some(syn::Expr::Array(a)) => a
                .elems
                .iter()
                .filter_map(|e| match e {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                    _ => None,
                })
                .collect(),
            Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) => vec![s.value()],
            Some(syn::Expr::Path(p)) => p.path.get_ident().map(|i| vec![i.unraw().to_string()]).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The parent's JavaScript name: `extends_js_class`, or the last segment
    /// of `extends` (wasm-bindgen's default).
    pub fn parent_js_class(&self) -> Option<LitStr> {
        let path = self.extends.as_ref()?;
        Some(self.extends_js_class.clone().unwrap_or_else(|| {
            let last = &path.segments.last().expect("a path has a segment").ident;
            LitStr::new(&last.unraw().to_string(), last.span())
        }))
    }

    /// Whether the class gets a `.d.ts` declaration to merge with.
    pub fn has_typescript(&self) -> bool {
        self.skip_typescript.is_none()
    }
}

#[cfg(test)]
pub fn parse(args: TokenStream, target: Target) -> syn::Result<Options> {
    let (opts, errors) = parse_lenient(args, target);
    errors.finish()?;
    Ok(opts)
}

/// The options that are right, and the errors of the others: the item is
/// still generated with the former (see `recover`).
pub fn parse_lenient(args: TokenStream, target: Target) -> (Options, Errors) {
    let mut opts = Options::default();
    let mut errors = Errors::default();
    let parser = syn::meta::parser(|meta| {
        let key = meta.path.get_ident().map(|i| i.unraw().to_string()).unwrap_or_default();
        let span = meta.path.segments.first().map(|s| s.ident.span()).unwrap_or_else(Span::call_site);
        let flag = |slot: &mut Option<Span>, errors: &mut Errors| {
            duplicate(slot.is_some(), &meta.path, errors);
            *slot = Some(span);
        };
        match (key.as_str(), target) {
            ("async", Target::Struct) => flag(&mut opts.is_async, &mut errors),
            ("inspectable", Target::Struct) => flag(&mut opts.inspectable, &mut errors),
            ("skip_typescript", Target::Struct) => flag(&mut opts.skip_typescript, &mut errors),
            ("private", Target::Struct) => flag(&mut opts.private, &mut errors),
            ("getter_with_clone", Target::Struct) => flag(&mut opts.getter_with_clone, &mut errors),
            ("js_name", Target::Struct) => {
                duplicate(opts.js_name.is_some(), &meta.path, &mut errors);
                opts.js_name = Some(js_ident(option_value(meta.value()?)?)?);
            }
            ("js_class", Target::Impl) => {
                duplicate(opts.js_class.is_some(), &meta.path, &mut errors);
                opts.js_class = Some(js_ident(option_value(meta.value()?)?)?);
            }
            ("js_namespace", _) => {
                duplicate(opts.js_namespace.is_some(), &meta.path, &mut errors);
                opts.js_namespace = Some(option_value(meta.value()?)?);
            }
            ("crate", _) => {
                duplicate(opts.krate.is_some(), &meta.path, &mut errors);
                let lit: LitStr = meta.value()?.parse()?;
                opts.krate = Some(lit.parse()?);
            }
            ("extends", Target::Struct) => {
                duplicate(opts.extends.is_some(), &meta.path, &mut errors);
                opts.extends = Some(meta.value()?.parse()?);
            }
            ("extends_js_class", Target::Struct) => {
                duplicate(opts.extends_js_class.is_some(), &meta.path, &mut errors);
                opts.extends_js_class = Some(js_ident(option_value(meta.value()?)?)?);
            }
            ("extends_js_namespace", Target::Struct) => {
                duplicate(opts.extends_js_namespace.is_some(), &meta.path, &mut errors);
                opts.extends_js_namespace = Some(option_value(meta.value()?)?);
            }
            ("extends" | "extends_js_class" | "extends_js_namespace", Target::Impl) => {
                errors
                    .push(meta.error(format!("`{key}` belongs on the struct: #[disposable({key} = ...)] struct ...")));
                skip_value(&meta)?;
            }
            ("wasm_bindgen" | "js_sys" | "wasm_bindgen_futures", _) => {
                errors.push(meta.error(format!(
                    "`{key} = ...` is not needed: #[disposable] reaches wasm-bindgen through \
                     wasm-dispose; use `crate = \"...\"` if wasm-dispose itself is renamed"
                )));
                skip_value(&meta)?;
            }
            (
                "async" | "js_name" | "inspectable" | "skip_typescript" | "private" | "getter_with_clone",
                Target::Impl,
            ) => {
                errors.push(meta.error(format!(
                    "`{key}` belongs on the struct: #[disposable({key}{})] struct ...",
                    if key == "js_name" { " = \"...\"" } else { "" }
                )));
                skip_value(&meta)?;
            }
            ("js_class", Target::Struct) => {
                errors.push(meta.error("`js_class` belongs on an impl block; on the struct, use `js_name = \"...\"`"));
                skip_value(&meta)?;
            }
            _ => {
                let expected = match target {
                    Target::Struct => {
                        "`async`, `js_name`, `js_namespace`, `inspectable`, `getter_with_clone`, \
                         `skip_typescript`, `private`, `extends`, `extends_js_class`, \
                         `extends_js_namespace` or `crate`"
                    }
                    Target::Impl => "`js_class`, `js_namespace` or `crate`",
                };
                errors.push(meta.error(format!(
                    "unknown #[disposable] option `{}`; expected {expected}",
                    meta.path.to_token_stream().to_string().replace(' ', "")
                )));
                skip_value(&meta)?;
            }
        }
        Ok(())
    });
    if let Err(e) = parser.parse2(args) {
        errors.push(e);
    }
    // As wasm-bindgen says: the parent's JavaScript identity needs its Rust
    // type too.
    if opts.extends.is_none() {
        if let Some(js) = &opts.extends_js_class {
            errors.spanned(js, "`extends_js_class` requires `extends = ...` too (it names the parent's JavaScript class; `extends` names its Rust type)");
        }
        if let Some(ns) = &opts.extends_js_namespace {
            errors.spanned(ns, "`extends_js_namespace` requires `extends = ...` too (it names the parent's JavaScript namespace; `extends` names its Rust type)");
        }
    }
    (opts, errors)
}

/// Skips an option's value so that the options after it are still checked.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    option_tail(meta).map(drop)
}

fn duplicate(seen: bool, path: &Path, errors: &mut Errors) {
    if seen {
        errors.spanned(path, "duplicate #[disposable] option");
    }
}

/// A class name written as a string or, as wasm-bindgen allows, an
/// identifier (`js_name = Img`; a raw `r#type` means `type`).
fn js_ident(value: syn::Expr) -> syn::Result<LitStr> {
    let lit = match &value {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => s.clone(),
        syn::Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some() => {
            let ident = p.path.get_ident().unwrap();
            LitStr::new(&ident.unraw().to_string(), ident.span())
        }
        other => return Err(syn::Error::new_spanned(other, "expected a JavaScript class name")),
    };
    let v = lit.value();
    let mut chars = v.chars();
    let ok = matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    if ok {
        Ok(lit)
    } else {
        Err(syn::Error::new(lit.span(), "expected a JavaScript class name"))
    }
}

/// One of wasm-bindgen's function options, passed on as written.
pub struct FnOption {
    pub path: Path,
    tokens: TokenStream,
}

impl quote::ToTokens for FnOption {
    fn to_tokens(&self, out: &mut TokenStream) {
        out.extend(self.tokens.clone());
    }
}

/// `#[disposable(...)]` on a function: `crate = "..."`, and wasm-bindgen's
/// own function options (`js_name`, `js_namespace`, ...), passed on as
/// written so that wasm-bindgen checks them.
pub fn parse_fn(args: TokenStream) -> syn::Result<(Option<Path>, Vec<FnOption>)> {
    let mut krate = None;
    let mut pass = Vec::new();
    let parser = syn::meta::parser(|meta| {
        let path = meta.path.clone();
        let tail = option_tail(&meta)?;
        if path.is_ident("crate") {
            let Tail::Value(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) = tail else {
                return Err(meta.error("expected `crate = \"path\"`"));
            };
            krate = Some(s.parse()?);
            return Ok(());
        }
        let tokens = match tail {
            Tail::Value(value) => quote::quote!(#path = #value),
            Tail::Group(group) => quote::quote!(#path #group),
            Tail::None => quote::quote!(#path),
        };
        pass.push(FnOption { tokens, path });
        Ok(())
    });
    parser.parse2(args)?;
    Ok((krate, pass))
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;
    use quote::quote;

    fn errors(args: TokenStream, target: Target) -> String {
        match parse(args, target) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.into_iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"),
        }
    }

    #[test]
    fn a_name_may_be_a_keyword_as_with_plain() {
        let o = parse(quote!(js_name = type), Target::Struct).unwrap();
        assert_eq!(o.js_name.unwrap().value(), "type");
        let o = parse(quote!(js_class = match, js_namespace = r#type), Target::Impl).unwrap();
        assert_eq!(o.js_class.unwrap().value(), "match");
        let (_, pass) = parse_fn(quote!(js_name = loop, skip_typescript)).unwrap();
        let pass: Vec<String> = pass.iter().map(|o| o.to_token_stream().to_string()).collect();
        assert_eq!(pass, ["js_name = loop", "skip_typescript"]);
    }

    #[test]
    fn names_may_be_identifiers_or_strings() {
        let o = parse(quote!(js_name = Img), Target::Struct).unwrap();
        assert_eq!(o.js_name.unwrap().value(), "Img");
        let o = parse(quote!(js_name = "Img"), Target::Struct).unwrap();
        assert_eq!(o.js_name.unwrap().value(), "Img");
        let o = parse(quote!(js_class = r#Img), Target::Impl).unwrap();
        assert_eq!(o.js_class.unwrap().value(), "Img");
        assert!(errors(quote!(js_name = a::b), Target::Struct).contains("expected a JavaScript class name"));
    }

    #[test]
    fn struct_options_pass_through_to_wasm_bindgen() {
        let o = parse(
            quote!(inspectable, skip_typescript, js_namespace = ["a", "b"], getter_with_clone),
            Target::Struct,
        )
        .unwrap();
        assert!(o.getter_with_clone.is_some());
        assert!(!o.has_typescript());
        assert_eq!(
            o.struct_passthrough().to_string(),
            quote!(, inspectable, skip_typescript, js_namespace = ["a", "b"]).to_string()
        );
        assert_eq!(o.namespace(), ["a", "b"]);
        let o = parse(quote!(js_namespace = geo), Target::Impl).unwrap();
        assert_eq!(o.namespace(), ["geo"]);
        assert_eq!(o.namespace_passthrough().to_string(), quote!(, js_namespace = geo).to_string());
    }

    #[test]
    fn extends_names_the_parent_and_its_javascript_class() {
        let o = parse(quote!(extends = zoo::Animal), Target::Struct).unwrap();
        assert_eq!(o.parent_js_class().unwrap().value(), "Animal");
        let o = parse(quote!(extends = Animal, extends_js_class = "Beast", extends_js_namespace = zoo), Target::Struct)
            .unwrap();
        assert_eq!(o.parent_js_class().unwrap().value(), "Beast");
        assert!(o.extends_js_namespace.is_some());
        assert!(parse(quote!(), Target::Struct).unwrap().parent_js_class().is_none());
    }

    #[test]
    fn extends_options_need_extends_and_the_struct() {
        let e = errors(quote!(extends_js_class = "Animal", extends_js_namespace = zoo), Target::Struct);
        assert!(e.contains("`extends_js_class` requires `extends = ...`"), "{e}");
        assert!(e.contains("`extends_js_namespace` requires `extends = ...`"), "{e}");
        let e = errors(quote!(extends = Animal), Target::Impl);
        assert!(e.contains("`extends` belongs on the struct"), "{e}");
        let e = errors(quote!(extends = Animal, extends = Beast), Target::Struct);
        assert!(e.contains("duplicate #[disposable] option"), "{e}");
    }

    #[test]
    fn struct_options_on_an_impl_say_where_they_go() {
        let e = errors(quote!(inspectable, getter_with_clone), Target::Impl);
        assert!(e.contains("`inspectable` belongs on the struct"), "{e}");
        assert!(e.contains("`getter_with_clone` belongs on the struct"), "{e}");
    }
}
