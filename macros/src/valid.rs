//! Checks that turn misuse into compile errors on the user's tokens. All
//! problems are reported together, not just the first.

use syn::{ItemImpl, ItemStruct};

use crate::ast::{self, Method, Property};
use crate::bindgen;

/// Combined errors. The same error from two `cfg_attr` configurations of
/// one item is reported once.
#[derive(Default)]
pub struct Errors(Option<syn::Error>, Vec<String>);

impl Errors {
    pub fn push(&mut self, e: syn::Error) {
        let key = format!("{:?} {e}", e.span());
        if self.1.contains(&key) {
            return;
        }
        self.1.push(key);
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }

    pub fn spanned(&mut self, tokens: impl quote::ToTokens, msg: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, msg));
    }

    /// Every error of `other`, one by one.
    pub fn append(&mut self, other: Errors) {
        if let Some(all) = other.0 {
            all.into_iter().for_each(|e| self.push(e));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn finish(self) -> syn::Result<()> {
        match self.0 {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Names the generated class owns.
const RESERVED: &[&str] = &["free", "disposed", "__destroy_into_raw", "__wbg_ptr"];

/// The well-known symbols the generated class owns; others
/// (`[Symbol.toPrimitive]`, `[Symbol.iterator]`, ...) are the user's.
const DISPOSE_SYMBOLS: &[&str] = &["[Symbol.dispose]", "[Symbol.asyncDispose]"];

/// Whether the struct can still become a class once `errors` are reported
/// (a leftover `#[wasm_bindgen]` is only taken out; type parameters leave
/// nothing to generate).
pub fn check_struct(item: &ItemStruct, errors: &mut Errors) -> bool {
    let mut expandable = true;
    if let Some(param) = item.generics.params.first() {
        expandable = false;
        let what = match param {
            syn::GenericParam::Lifetime(_) => "lifetime parameters",
            syn::GenericParam::Type(_) => "generic type parameters",
            syn::GenericParam::Const(_) => "const generic parameters",
        };
        errors.spanned(
            &item.generics,
            format!(
                "#[disposable] structs cannot have {what}: JavaScript owns the value for an unknown time, \
                 so it must be a concrete `'static` type"
            ),
        );
    } else if let Some(wc) = &item.generics.where_clause {
        expandable = false;
        errors.spanned(wc, "#[disposable] structs cannot have a where clause");
    }
    for attr in &item.attrs {
        if bindgen::is_bindgen(attr) {
            errors.spanned(
                attr,
                "#[disposable] replaces #[wasm_bindgen] on the struct; remove this attribute \
                 (use #[disposable(js_name = \"...\")] to rename the class)",
            );
        }
    }
    expandable
}

/// Whether the methods can still be exported once `errors` are reported
/// (`unsafe` and a leftover `#[wasm_bindgen]` are only taken out).
pub fn check_impl(item: &ItemImpl, errors: &mut Errors) -> bool {
    let mut expandable = true;
    if let Some((_, path, _)) = &item.trait_ {
        expandable = false;
        errors.spanned(
            path,
            "#[disposable] goes on inherent impl blocks (`impl Foo { ... }`), not trait impls; \
             trait methods are not exported to JavaScript",
        );
    }
    if let Some(u) = &item.unsafety {
        errors.spanned(u, "#[disposable] impl blocks cannot be `unsafe`");
    }
    if !item.generics.params.is_empty() {
        expandable = false;
        errors.spanned(&item.generics, "#[disposable] impl blocks cannot have generic parameters");
    }
    match &*item.self_ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last().unwrap();
            // `impl<T> Foo<T>`: one mistake, reported above.
            if !last.arguments.is_empty() && item.generics.params.is_empty() {
                expandable = false;
                errors.spanned(&last.arguments, "#[disposable] types cannot have generic arguments");
            }
        }
        other => {
            expandable = false;
            errors.spanned(other, "#[disposable] impl blocks must be for a struct named by a path");
        }
    }
    for attr in &item.attrs {
        if bindgen::is_bindgen(attr) {
            errors.spanned(
                attr,
                "#[disposable] replaces #[wasm_bindgen] on the impl block; remove this attribute \
                 (use #[disposable(js_class = \"...\")] for a renamed class)",
            );
        }
    }
    expandable
}

pub fn check_method(m: &Method<'_>, errors: &mut Errors) {
    let sig = &m.item.sig;
    check_generics(&sig.generics, "methods", errors);
    if let Some(v) = &sig.variadic {
        // The mistake, whatever else the signature says (only `unsafe
        // extern "C"` functions may be variadic, on nightly).
        errors.spanned(v, "exported methods cannot be variadic");
    } else if let Some(u) = &sig.unsafety {
        errors.spanned(u, "exported methods cannot be `unsafe`");
    }
    let (member, value) = m.js_member();
    if RESERVED.contains(&member.as_str()) {
        let msg =
            format!("`{member}` is provided by #[disposable]: disposal drops the value, so put cleanup in `impl Drop`");
        match value {
            Some(tokens) => errors.spanned(tokens, msg),
            None => errors.spanned(&sig.ident, msg),
        }
    }
    if let Some(symbol) = DISPOSE_SYMBOLS.iter().find(|s| m.js_name() == **s) {
        let tokens = m.option("js_name").and_then(|o| o.value.clone()).unwrap();
        errors.spanned(
            tokens,
            format!(
                "`{symbol}` is generated by #[disposable]: use `impl Drop` for [Symbol.dispose] and \
                 #[disposable(async)] with `impl AsyncDispose` for [Symbol.asyncDispose]"
            ),
        );
    }
    if m.is_constructor() {
        if m.receiver != ast::Receiver::None {
            errors.spanned(&sig.ident, "a constructor cannot take `self`");
        }
        if sig.output == syn::ReturnType::Default {
            errors.spanned(&sig.ident, "a constructor must return `Self`");
        }
        if let syn::ReturnType::Type(_, ty) = &sig.output {
            if let syn::Type::Path(p) = &**ty {
                if p.path.segments.last().is_some_and(|s| s.ident == "Option") {
                    // wasm-bindgen's CLI has no glue for it either: it asserts
                    // that a constructor's return is not optional.
                    errors.spanned(
                        ty,
                        "a constructor cannot return `Option`: JavaScript's `new` always makes an \
                         object (wasm-bindgen's CLI rejects it too); return `Result<Self, JsError>`, \
                         or make it a static method returning `Option<Self>`",
                    );
                }
            }
        }
    }
}

/// Type, lifetime and const parameters: JavaScript calls one concrete
/// function and holds its arguments for as long as it likes.
fn check_generics(generics: &syn::Generics, what: &str, errors: &mut Errors) {
    let Some(param) = generics.params.first() else { return };
    let msg = match param {
        syn::GenericParam::Type(_) => format!("exported {what} cannot be generic"),
        syn::GenericParam::Lifetime(_) => format!(
            "exported {what} cannot have lifetime parameters: JavaScript passes owned values and \
             borrows for the call only; elide the lifetimes"
        ),
        syn::GenericParam::Const(_) => format!("exported {what} cannot have const parameters"),
    };
    errors.spanned(generics, msg);
}

/// `#[disposable]` on a free function: what `expand_fn` cannot export.
pub fn check_fn(item: &syn::ItemFn, errors: &mut Errors) {
    if let Some(receiver) = item.sig.receiver() {
        errors.spanned(receiver, "#[disposable] on a method goes on its impl block");
    }
    check_generics(&item.sig.generics, "functions", errors);
    if let Some(v) = &item.sig.variadic {
        errors.spanned(v, "exported functions cannot be variadic");
    } else if let Some(u) = &item.sig.unsafety {
        // As for methods; the forwarding function would call it unchecked.
        errors.spanned(u, "exported functions cannot be `unsafe`");
    }
}

/// Argument and return types that wasm-bindgen has no conversion for, and
/// that can be told from the tokens. Plain `#[wasm_bindgen]` rejects each
/// with a trait error (`u32: RefMutFromWasmAbi`), usually twice; a method
/// with one is not forwarded (see `recover`), so that this is its only
/// error rather than the first of several about the generated code. Types
/// only the compiler can judge (a struct of the user's by value) still get
/// wasm-bindgen's own errors. `class` is the impl block's type, if any: a
/// slice of it is no slice of numbers.
pub fn check_types(m: &Method<'_>, class: Option<&syn::Ident>, errors: &mut Errors) {
    for (_, ty) in &m.args {
        check_argument(ty, class, errors);
    }
    if let syn::ReturnType::Type(_, ty) = &m.item.sig.output {
        check_return(ty, errors);
    }
}

fn check_argument(ty: &syn::Type, class: Option<&syn::Ident>, errors: &mut Errors) {
    if let Some(tokens) = impl_trait(ty) {
        errors.spanned(
            tokens,
            "`impl Trait` cannot be an argument of an exported function: JavaScript passes one \
             concrete type, so name it (plain #[wasm_bindgen] rejects it too)",
        );
        return;
    }
    if let Some((what, hint)) = no_conversion(ty) {
        errors.spanned(
            ty,
            format!(
                "`{}` cannot be an argument of an exported function: wasm-bindgen has no conversion \
                 from a JavaScript value to {what}{hint}",
                text(ty)
            ),
        );
        return;
    }
    match ty {
        syn::Type::Reference(r) => {
            let elem = &*r.elem;
            let (written, owned) = (text(ty), text(elem));
            if let Some(what) = passed_by_value(elem) {
                errors.spanned(
                    ty,
                    format!(
                        "`{written}` cannot be an argument of an exported function: wasm-bindgen passes \
                         {what} by value, with nothing to borrow; take `{owned}`"
                    ),
                );
            } else if let syn::Type::Reference(_) | syn::Type::Ptr(_) = elem {
                errors.spanned(
                    ty,
                    format!(
                        "`{written}` cannot be an argument of an exported function: wasm-bindgen lends \
                         no reference or pointer; take `{owned}`"
                    ),
                );
            } else if let Some(values) = slice_of_other_than_numbers(elem, class) {
                let hint = values.map(|v| format!("; take `Vec<{v}>`")).unwrap_or_default();
                errors.spanned(
                    ty,
                    format!(
                        "`{written}` cannot be an argument of an exported function: wasm-bindgen lends \
                         only slices of numbers (`&[u8]`, `&mut [f64]`, ...){hint}"
                    ),
                );
            } else if r.mutability.is_some() && (is_named(elem, "str") || is_named(elem, "JsValue")) {
                errors.spanned(
                    ty,
                    format!(
                        "`{written}` cannot be an argument of an exported function: wasm-bindgen lends \
                         `{owned}` only shared; take `&{owned}` or an owned value"
                    ),
                );
            }
        }
        _ => {
            if let Some(what) = unconvertible(ty) {
                errors.spanned(
                    ty,
                    format!("`{}` cannot cross to JavaScript: wasm-bindgen has no conversion for {what}", text(ty)),
                );
            } else if let Some(inner) = borrowed_inside(ty) {
                errors.spanned(
                    ty,
                    format!(
                        "`{}` cannot be an argument of an exported function: wasm-bindgen lends a value only \
                         as a whole argument (`{}`), not inside another type; take it by value",
                        text(ty),
                        text(inner),
                    ),
                );
            }
        }
    }
}

fn check_return(ty: &syn::Type, errors: &mut Errors) {
    if let Some(tokens) = impl_trait(ty) {
        errors.spanned(
            tokens,
            "exported functions cannot return `impl Trait`: JavaScript needs the concrete type, so name it",
        );
        return;
    }
    let borrowed = match ty {
        syn::Type::Reference(_) => Some(ty),
        _ => borrowed_inside(ty),
    };
    if let Some(r) = borrowed.filter(|r| !is_static(r)) {
        errors.spanned(
            r,
            "exported functions cannot return a borrowed reference: the value must outlive the call \
             in JavaScript; return an owned value (plain #[wasm_bindgen] rejects it too)",
        );
    } else if let Some((what, hint)) = no_conversion(ok_of(ty)) {
        errors.spanned(
            ty,
            format!(
                "`{}` cannot be returned by an exported function: wasm-bindgen has no conversion \
                 from {what} to a JavaScript value{hint}",
                text(ty)
            ),
        );
    } else if let Some(what) = unconvertible(ok_of(ty)) {
        errors.spanned(
            ty,
            format!("`{}` cannot cross to JavaScript: wasm-bindgen has no conversion for {what}", text(ty)),
        );
    }
}

/// The first `impl Trait` in a type, outside function types (`dyn Fn(..)`
/// and `fn(..)` have their own rules, which the compiler applies).
fn impl_trait(ty: &syn::Type) -> Option<&syn::TypeImplTrait> {
    match ty {
        syn::Type::ImplTrait(t) => Some(t),
        syn::Type::Reference(r) => impl_trait(&r.elem),
        syn::Type::Paren(p) => impl_trait(&p.elem),
        syn::Type::Group(g) => impl_trait(&g.elem),
        syn::Type::Slice(s) => impl_trait(&s.elem),
        syn::Type::Array(a) => impl_trait(&a.elem),
        syn::Type::Tuple(t) => t.elems.iter().find_map(impl_trait),
        syn::Type::Path(p) => generic_types(p).find_map(impl_trait),
        _ => None,
    }
}

/// A trait object, a function pointer or `!` in a type, looking through
/// references, slices, `Option`, `Vec`, `Box` and a `Result`'s value:
/// wasm-bindgen converts none of them from JavaScript, nor to it but for
/// `&dyn Fn` arguments of imported functions. What it is, and a hint.
fn no_conversion(ty: &syn::Type) -> Option<(&'static str, &'static str)> {
    const FUNCTION: &str = "; for a JavaScript function, use `js_sys::Function`";
    match ty {
        syn::Type::TraitObject(_) => Some(("a trait object", FUNCTION)),
        syn::Type::BareFn(_) => Some(("a function pointer", FUNCTION)),
        syn::Type::Never(_) => Some(("`!`", "; return `()`")),
        syn::Type::Reference(r) => no_conversion(&r.elem),
        syn::Type::Paren(p) => no_conversion(&p.elem),
        syn::Type::Group(g) => no_conversion(&g.elem),
        syn::Type::Slice(s) => no_conversion(&s.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            if ["Option", "Vec", "Box"].iter().any(|n| last.ident == n) {
                generic_types(p).find_map(no_conversion)
            } else if last.ident == "Result" {
                generic_types(p).next().and_then(no_conversion)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `[T]` whose `T` is, by its tokens, not a number: wasm-bindgen lends
/// slices of numbers only (`RefFromWasmAbi for [u8]`, ..., and of
/// `MaybeUninit` numbers). An alias (`type Byte = u8`) is not judged. With
/// the element's name when a `Vec` of it converts.
fn slice_of_other_than_numbers(ty: &syn::Type, class: Option<&syn::Ident>) -> Option<Option<String>> {
    let syn::Type::Slice(s) = ty else { return None };
    let elem = &*s.elem;
    match elem {
        syn::Type::Reference(_)
        | syn::Type::Ptr(_)
        | syn::Type::Tuple(_)
        | syn::Type::Array(_)
        | syn::Type::Slice(_) => Some(None),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let single = p.path.segments.len() == 1 && last.arguments.is_empty();
            let name = last.ident.to_string();
            if ["String", "JsValue", "Self"].contains(&name.as_str())
                || class.is_some_and(|c| single && last.ident == *c)
            {
                Some(Some(text(elem)))
            } else if (single && ["bool", "char", "str"].contains(&name.as_str()))
                || (["Vec", "Option", "Box", "Result"].contains(&name.as_str()) && !last.arguments.is_empty())
            {
                Some(None)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A reference among the type arguments of `Option<..>`, `Vec<..>`,
/// `Box<..>`, `Result<..>`: `Option<&str>`.
fn borrowed_inside(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if !["Option", "Vec", "Box", "Result"].iter().any(|n| last.ident == n) {
        return None;
    }
    generic_types(p).find_map(|t| match t {
        syn::Type::Reference(_) => Some(t),
        t => borrowed_inside(t),
    })
}

fn generic_types(p: &syn::TypePath) -> impl Iterator<Item = &syn::Type> {
    p.path.segments.iter().flat_map(|s| match &s.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    })
}

/// What a type that wasm-bindgen only passes by value is, for a message:
/// numbers, `bool`, `char`, `String`, `Vec`, `Option`, `Box`, tuples, arrays.
fn passed_by_value(ty: &syn::Type) -> Option<&'static str> {
    const NUMBERS: &[&str] =
        &["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64"];
    match ty {
        syn::Type::Tuple(t) if !t.elems.is_empty() => Some("tuples"),
        syn::Type::Array(_) => Some("arrays"),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let name = last.ident.to_string();
            match name.as_str() {
                n if NUMBERS.contains(&n) && p.path.segments.len() == 1 => Some("numbers"),
                "bool" | "char" if p.path.segments.len() == 1 => Some("`bool` and `char`"),
                "String" => Some("strings"),
                "Vec" | "Option" | "Box" if !last.arguments.is_empty() => Some("`Vec`, `Option` and `Box`"),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Types with no conversion at all: tuples and arrays.
fn unconvertible(ty: &syn::Type) -> Option<&'static str> {
    match ty {
        syn::Type::Tuple(t) if !t.elems.is_empty() => Some("tuples; use separate values or a class"),
        syn::Type::Array(_) => Some("arrays; use a `Vec` or a slice"),
        _ => None,
    }
}

/// `T` of a `Result<T, E>` return, else the type itself.
fn ok_of(ty: &syn::Type) -> &syn::Type {
    if let syn::Type::Path(p) = ty {
        if p.path.segments.last().is_some_and(|s| s.ident == "Result") {
            if let Some(t) = generic_types(p).next() {
                return t;
            }
        }
    }
    ty
}

fn is_named(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == name))
}

fn is_static(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Reference(r) if r.lifetime.as_ref().is_some_and(|l| l.ident == "static"))
}

/// A type as the user would write it, for messages.
fn text(ty: &syn::Type) -> String {
    quote::ToTokens::to_token_stream(ty)
        .to_string()
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace("& ", "&")
        .replace(" ,", ",")
        .replace("* const ", "*const ")
        .replace("* mut ", "*mut ")
}

/// A public field's JavaScript name must not take one of ours, and its
/// options must be ones wasm-bindgen accepts on a field.
pub fn check_property(p: &Property<'_>, errors: &mut Errors) {
    let name = p.js_name();
    if RESERVED.contains(&name.as_str()) {
        let msg = format!(
            "the property `{name}` would replace the one #[disposable] provides; \
             rename it with #[wasm_bindgen(js_name = \"...\")] or #[wasm_bindgen(skip)]"
        );
        match p.option("js_name").and_then(|o| o.value.clone()) {
            Some(tokens) => errors.spanned(tokens, msg),
            None => match &p.member {
                syn::Member::Named(i) => errors.spanned(i, msg),
                syn::Member::Unnamed(_) => errors.spanned(&p.field.ty, msg),
            },
        }
    }
    for option in p.bindgen.iter().flat_map(|b| &b.options) {
        if !ast::FIELD_OPTIONS.contains(&option.name.to_string().as_str()) {
            errors.spanned(
                &option.name,
                format!(
                    "`{}` is not an option of a #[wasm_bindgen] struct field; expected one of: {}",
                    option.name,
                    ast::FIELD_OPTIONS.join(", ")
                ),
            );
        }
    }
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn type_errors(f: syn::ImplItemFn) -> Vec<String> {
        let mut errors = Errors::default();
        for m in ast::method(&f).unwrap() {
            check_types(&m, Some(&parse_quote!(Thing)), &mut errors);
        }
        errors.finish().err().map(|e| e.into_iter().map(|e| e.to_string()).collect()).unwrap_or_default()
    }

    #[test]
    fn what_wasm_bindgen_cannot_convert_is_one_error_each() {
        let errors = type_errors(parse_quote!(
            pub fn f(&self, a: impl Into<u32>, b: &mut u32, c: &String, d: &mut str, e: (u8, u8), f: Option<&str>, g: &dyn Fn(u32)) -> &u32 {}
        ));
        assert_eq!(errors.len(), 8, "{errors:#?}");
        assert!(errors[0].starts_with("`impl Trait` cannot be an argument"), "{errors:#?}");
        assert!(errors[1].starts_with("`&mut u32` cannot be an argument") && errors[1].contains("take `u32`"), "{errors:#?}");
        assert!(errors[2].contains("passes strings by value"), "{errors:#?}");
        assert!(errors[3].contains("take `&str` or an owned value"), "{errors:#?}");
        assert!(errors[4].contains("no conversion for tuples"), "{errors:#?}");
        assert!(errors[5].starts_with("`Option<&str>` cannot be an argument"), "{errors:#?}");
        assert!(errors[6].contains("js_sys::Function"), "{errors:#?}");
        assert!(errors[7].contains("cannot return a borrowed reference"), "{errors:#?}");
    }

    #[test]
    fn what_it_converts_passes() {
        let errors = type_errors(parse_quote!(
            pub fn f(&mut self, a: &str, b: &[u8], c: &mut [f64], d: &JsValue, e: &Other, f: &mut Other, g: Option<Other>,
                     h: Vec<String>, i: Box<[u8]>, j: js_sys::Function, k: &js_sys::Function) -> Result<Option<Vec<Other>>, JsError> {}
        ));
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(type_errors(parse_quote!(pub fn f() -> &'static str {})).is_empty());
    }

    #[test]
    fn trait_objects_function_pointers_and_never_are_one_error_each() {
        let errors = type_errors(parse_quote!(
            pub fn f(&self, a: Box<dyn Fn()>, b: fn(u32) -> u32, c: Option<Vec<fn()>>, d: &mut dyn FnMut()) -> Option<Box<dyn Fn()>> {}
        ));
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors[0].starts_with("`Box<dyn Fn") && errors[0].contains("to a trait object"), "{errors:#?}");
        assert!(errors[1].contains("to a function pointer; for a JavaScript function, use `js_sys::Function`"), "{errors:#?}");
        assert!(errors[2].starts_with("`Option<Vec<fn"), "{errors:#?}");
        assert!(errors[3].contains("to a trait object"), "{errors:#?}");
        assert!(errors[4].starts_with("`Option<Box<dyn Fn") && errors[4].contains("cannot be returned"), "{errors:#?}");
        let never = type_errors(parse_quote!(pub fn f() -> ! {}));
        assert!(never.len() == 1 && never[0].contains("from `!` to a JavaScript value"), "{never:#?}");
        // A `Result`'s error type is wasm-bindgen's to judge.
        assert!(type_errors(parse_quote!(pub fn f() -> Result<u32, Box<dyn std::error::Error>> {})).is_empty());
    }

    #[test]
    fn slices_of_other_than_numbers_and_references_of_references_are_one_error_each() {
        let errors = type_errors(parse_quote!(
            pub fn f(&self, a: &[String], b: &mut [JsValue], c: &[Thing], d: &[Self], e: &[&str], f: &[bool], g: &[(u8, u8)], h: &&str, i: &mut &u32, j: &*const u8) {}
        ));
        assert_eq!(errors.len(), 10, "{errors:#?}");
        assert!(errors[0].contains("only slices of numbers") && errors[0].ends_with("take `Vec<String>`"), "{errors:#?}");
        assert!(errors[2].ends_with("take `Vec<Thing>`"), "{errors:#?}");
        assert!(errors[4].ends_with("...)"), "{errors:#?}");
        assert!(errors[7].starts_with("`&&str` cannot be an argument") && errors[7].ends_with("take `&str`"), "{errors:#?}");
        assert!(errors[9].ends_with("take `*const u8`"), "{errors:#?}");
        // Numbers, and names that may be aliases of numbers or classes of
        // another block, are wasm-bindgen's to judge.
        assert!(type_errors(parse_quote!(
            pub fn f(&self, a: &[u8], b: &mut [f64], c: &[usize], d: &[Byte], e: &[Other], f: &[MaybeUninit<u8>], g: *const u8) {}
        )).is_empty());
    }

    #[test]
    fn a_variadic_function_or_method_is_that_one_error() {
        let fn_errors = |f: syn::ItemFn| {
            let mut errors = Errors::default();
            check_fn(&f, &mut errors);
            errors.finish().unwrap_err().into_iter().map(|e| e.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(fn_errors(parse_quote!(pub unsafe extern "C" fn f(n: u32, _: ...) {})), ["exported functions cannot be variadic"]);
        assert_eq!(fn_errors(parse_quote!(pub unsafe fn f(n: u32) {})), ["exported functions cannot be `unsafe`"]);
        let f: syn::ImplItemFn = parse_quote!(pub unsafe extern "C" fn f(&self, _: ...) {});
        let mut errors = Errors::default();
        check_method(&ast::method(&f).unwrap()[0], &mut errors);
        assert_eq!(errors.finish().unwrap_err().to_string(), "exported methods cannot be variadic");
    }

    #[test]
    fn lifetimes_are_named_as_such() {
        let mut errors = Errors::default();
        check_generics(&parse_quote!(<'a>), "methods", &mut errors);
        assert!(errors.finish().unwrap_err().to_string().contains("cannot have lifetime parameters"));
    }
}
