//! The options inside `#[disposable(...)]`.

use proc_macro2::{Span, TokenStream};
use syn::parse::Parser;
use syn::{LitStr, Path};

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
    /// `js_name = "..."` on a struct.
    pub js_name: Option<LitStr>,
    /// `js_class = "..."` on an impl block.
    pub js_class: Option<LitStr>,
    /// `crate = "..."`: where the runtime is, like serde's `crate`.
    pub krate: Option<Path>,
}

pub fn parse(args: TokenStream, target: Target) -> syn::Result<Options> {
    let mut opts = Options::default();
    let mut errors = Errors::default();
    let parser = syn::meta::parser(|meta| {
        let key = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
        match (key.as_str(), target) {
            ("async", Target::Struct) => {
                duplicate(&opts.is_async.is_some(), &meta.path, &mut errors);
                opts.is_async = Some(meta.path.segments[0].ident.span());
            }
            ("js_name", Target::Struct) => {
                duplicate(&opts.js_name.is_some(), &meta.path, &mut errors);
                opts.js_name = Some(js_ident(meta.value()?.parse()?)?);
            }
            ("js_class", Target::Impl) => {
                duplicate(&opts.js_class.is_some(), &meta.path, &mut errors);
                opts.js_class = Some(js_ident(meta.value()?.parse()?)?);
            }
            ("crate", _) => {
                duplicate(&opts.krate.is_some(), &meta.path, &mut errors);
                let lit: LitStr = meta.value()?.parse()?;
                opts.krate = Some(lit.parse()?);
            }
            ("async" | "js_name", Target::Impl) => {
                errors.push(meta.error(format!(
                    "`{key}` belongs on the struct: #[disposable({key}{})] struct ...",
                    if key == "async" { "" } else { " = \"...\"" }
                )));
                skip_value(&meta)?;
            }
            ("js_class", Target::Struct) => {
                errors.push(meta.error(
                    "`js_class` belongs on an impl block; on the struct, use `js_name = \"...\"`",
                ));
                skip_value(&meta)?;
            }
            _ => {
                let expected = match target {
                    Target::Struct => "`async`, `js_name = \"...\"` or `crate = \"...\"`",
                    Target::Impl => "`js_class = \"...\"` or `crate = \"...\"`",
                };
                errors.push(meta.error(format!(
                    "unknown #[disposable] option `{}`; expected {expected}",
                    quote::ToTokens::to_token_stream(&meta.path).to_string().replace(' ', "")
                )));
                skip_value(&meta)?;
            }
        }
        Ok(())
    });
    parser.parse2(args)?;
    errors.finish()?;
    Ok(opts)
}

/// Skips an option's value so that the options after it are still checked.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: syn::Expr = meta.value()?.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        let _group: proc_macro2::Group = meta.input.parse()?;
    }
    Ok(())
}

fn duplicate(seen: &bool, path: &Path, errors: &mut Errors) {
    if *seen {
        errors.spanned(path, "duplicate #[disposable] option");
    }
}

fn js_ident(lit: LitStr) -> syn::Result<LitStr> {
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
