//! Questions asked of the typed input, answered without building any
//! output: how a forwarding method takes each argument and in which
//! crossing mode, what its call gives back and whether that may fail, what
//! `Self` means, which of the user's attributes generated items repeat. The
//! generators (`class`, `property`, `forward`, `receiver`, `function`) turn
//! the answers into tokens.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::visit_mut::VisitMut;
use syn::{Attribute, Ident, Path, ReturnType, Type};

use crate::ast::{Method, Property};
use crate::bindgen;

/// The doc comments, which the generated items repeat (see `repeated`).
pub fn docs(attrs: &[Attribute]) -> impl Iterator<Item = TokenStream> + '_ {
    attrs.iter().filter(|a| a.path().is_ident("doc")).map(repeated)
}

/// A user's attribute on a generated item. A doc comment is there for
/// wasm-bindgen, which makes the `.d.ts` comments of it; rustdoc would also
/// collect its examples from every generated item (a function's export and
/// wasm-bindgen's own export of that, a property's getter and setter) and
/// run each once more than plain does, so the copy is left out when it
/// collects doctests. rustc expands the `cfg_attr` before wasm-bindgen reads
/// the item.
pub fn repeated(attr: &Attribute) -> TokenStream {
    match &attr.meta {
        syn::Meta::NameValue(doc) if doc.path.is_ident("doc") => {
            let (pound, value) = (attr.pound_token, &doc.value);
            quote::quote!(#pound[cfg_attr(not(doctest), doc = #value)])
        }
        _ => attr.to_token_stream(),
    }
}

/// `#[cfg]` and `#[cfg_attr]`, which every item generated beside the
/// user's repeats.
pub fn cfgs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("cfg") || a.path().is_ident("cfg_attr"))
}

/// Whether JavaScript sees the method: public and not `skip`ped.
pub fn is_exported(m: &Method<'_>) -> bool {
    matches!(m.item.vis, syn::Visibility::Public(_)) && !m.has("skip")
}

/// The attributes a forwarding method repeats from the user's method.
pub fn forwarded_attrs<'m>(m: &Method<'m>) -> impl Iterator<Item = TokenStream> + 'm {
    m.item
        .attrs
        .iter()
        .filter(|a| bindgen::is_bindgen(a) || a.path().is_ident("doc") || a.path().is_ident("cfg"))
        .map(repeated)
}

/// Where to point at a type: its first token (stable Rust cannot join
/// spans).
pub fn ty_span(ty: &Type) -> Span {
    ty.to_token_stream().into_iter().next().map(|t| t.span()).unwrap_or_else(Span::call_site)
}

/// The JavaScript names of the class's properties, each once, in order.
pub fn field_names(props: &[Property<'_>]) -> Vec<String> {
    let mut fields: Vec<String> = Vec::new();
    for p in props {
        if !fields.contains(&p.js_name()) {
            fields.push(p.js_name());
        }
    }
    fields
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
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// A plain number: as is.
    Plain,
    /// `&X`: `ByRef<X>`, checked, then `&*arg`.
    Ref,
    /// `&X` in an async method: `ByLong<X>`, kept across awaits, checked,
    /// then `&*arg`.
    Long,
    /// `&mut X`: `ByMut<X>`, checked, then `&mut *arg`.
    Mut,
    /// `X`: `ByVal<X>`, checked, then finished (taken, for a class).
    Val,
}

impl ArgKind {
    /// `ty` with `Self` already replaced.
    pub fn of(ty: &Type, is_async: bool) -> ArgKind {
        match ty {
            Type::Reference(r) if r.mutability.is_some() => ArgKind::Mut,
            Type::Reference(_) if is_async => ArgKind::Long,
            Type::Reference(_) => ArgKind::Ref,
            ty if is_plain_number(ty) => ArgKind::Plain,
            _ => ArgKind::Val,
        }
    }
}

/// `&mut [T]`: wasm-bindgen's anchor copies the slice back to JavaScript and
/// is not a type the runtime can name, so its mode is decided here.
fn is_mut_slice(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if r.mutability.is_some() && matches!(&*r.elem, Type::Slice(_)))
}

/// A crossing mode: whether a refusal may be thrown from WebAssembly with a
/// parameter in the call, or the return must be a `Result` the glue throws
/// (see `crossing.rs` in the runtime).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Nothing to release: `Direct`.
    Direct,
    /// Released only by a normal return: `Boxed`.
    Boxed,
    /// The runtime's to say from the type of the forwarding method's
    /// parameter with this index (`Crossing::Mode`).
    OfParam(usize),
}

/// One argument of a forwarding method.
pub struct Arg<'m> {
    pub ident: &'m Ident,
    /// The user's type, `Self` meaning the user's type.
    pub ty: Type,
    /// The argument's own `#[wasm_bindgen(..)]` attributes.
    pub attrs: &'m TokenStream,
    pub kind: ArgKind,
}

impl Arg<'_> {
    /// Whether it is checked before the call (so the call may be refused).
    pub fn is_checked(&self) -> bool {
        self.kind != ArgKind::Plain
    }
}

/// How a forwarding method returns what the call gives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// A constructor that checks nothing and cannot fail: the handle
    /// itself, so the glue is plain's.
    Handle,
    /// A constructor: the handle, through `Ret` or `Result`.
    Constructor,
    /// Anything else: the call's value, through `Ret` or `Result`.
    Value,
}

/// The answers for one forwarding method.
pub struct Call<'m> {
    pub args: Vec<Arg<'m>>,
    /// The return type, `Self` meaning the user's type.
    pub output: Option<Type>,
    /// The return type is written as some `Result<T, E>` (or, for a
    /// constructor, is not the class): the call gives `T`, and its `Err`
    /// becomes the thrown error. A `Result` behind an alias returned by
    /// another method is a value of its own (`Answer` in the runtime).
    pub fallible: bool,
    pub returns: Returns,
    /// The crossing modes the return type folds in: each parameter's; an
    /// async method always returns a `Result`, since its value is a promise.
    pub modes: Vec<Mode>,
}

/// What a forwarding method of `m` takes and gives; `user` is what `Self`
/// means (inside the receiver's impl, `Self` would mean the receiver).
pub fn call<'m>(m: &'m Method<'_>, user: &Path) -> Call<'m> {
    let is_async = m.item.sig.asyncness.is_some();
    let args: Vec<Arg<'m>> = m
        .args
        .iter()
        .zip(&m.arg_attrs)
        .map(|((ident, ty), attrs)| {
            let ty = replace_self(ty, user);
            let kind = ArgKind::of(&ty, is_async);
            Arg { ident, ty, attrs, kind }
        })
        .collect();
    let output = match &m.item.sig.output {
        ReturnType::Default => None,
        ReturnType::Type(_, ty) => Some(replace_self(ty, user)),
    };
    // A constructor gives the class or a `Result` of it: anything but the
    // class is a `Result`, also behind an alias (`JsResult<Self>`).
    let fallible = output
        .as_ref()
        .is_some_and(|ty| is_result(ty) || (m.is_constructor() && !matches!(ty, Type::Path(p) if p.path == *user)));
    let returns = if !m.is_constructor() {
        Returns::Value
    } else if !fallible && !args.iter().any(Arg::is_checked) {
        Returns::Handle
    } else {
        Returns::Constructor
    };
    let modes = if is_async {
        vec![Mode::Boxed]
    } else {
        args.iter()
            .enumerate()
            .map(|(i, a)| match a.kind {
                ArgKind::Plain => Mode::Direct,
                _ if is_mut_slice(&a.ty) => Mode::Boxed,
                _ => Mode::OfParam(i),
            })
            .collect()
    };
    Call { args, output, fallible, returns, modes }
}
