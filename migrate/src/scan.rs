//! What a crate holds, as far as the migration cares: every struct (exported
//! or not, so that an impl resolves to the right one), every
//! `#[wasm_bindgen]` / `#[disposable]` impl block and function, each module's
//! `use` declarations and where an import of `disposable` would go. Items in
//! any module, in function bodies, and in macro bodies (`macro_rules!`,
//! `cfg_if!`: read as tokens) are found.

use std::collections::VecDeque;
use std::ops::Range;
use std::path::PathBuf;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Attribute, Item};

use crate::attrs::{self, Found, Kind};
use crate::source::{self, SourceFile};

/// Where an item is: file, module, and the function body it is local to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: usize,
    pub module: usize,
    /// Items in a function body see each other first.
    pub scope: Option<usize>,
}

/// A named type definition; a class when `attrs` holds a `wasm_bindgen` or
/// `disposable`.
pub struct StructDef {
    pub place: Place,
    pub name: String,
    pub line: usize,
    /// Not a struct (an enum, a type alias, an imported JS type): an impl
    /// that resolves here belongs to no class.
    pub other: bool,
    pub attrs: Vec<Found>,
    /// The item may be compiled out (`#[cfg]` on it or around it), or is
    /// in a macro body that may never be expanded.
    pub conditional: bool,
    /// `#[wasm_bindgen]`s on fields spelled as a path, to spell as the bare
    /// name `#[disposable]` reads.
    pub qualified_members: Vec<Found>,
    /// Why `#[disposable]` would refuse it (found by `check`).
    pub problems: Vec<Problem>,
    pub in_macro: bool,
}

pub struct ImplDef {
    pub place: Place,
    /// The self type's path, as written: `Foo`, `super::Foo`, `crate::a::Foo`.
    pub self_path: Vec<String>,
    pub line: usize,
    pub attrs: Vec<Found>,
    pub conditional: bool,
    pub qualified_members: Vec<Found>,
    pub problems: Vec<Problem>,
}

pub struct FnDef {
    pub place: Place,
    pub name: String,
    pub line: usize,
    pub attrs: Vec<Found>,
    pub conditional: bool,
    /// Each parameter's type named by a path, unwrapped from `&`, `&mut`,
    /// `Option<_>`, `Vec<_>` and `Box<[_]>`: the classes it may take.
    pub params: Vec<Vec<String>>,
    /// Why `#[disposable]` would not take this function.
    pub refusal: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// A `use` declaration's leaf: `path` imported as `name`, or a glob.
#[derive(Clone, Debug)]
pub struct UseLeaf {
    pub path: Vec<String>,
    /// `None` for `use path::*`.
    pub name: Option<String>,
}

pub struct Module {
    pub path: Vec<String>,
    pub file: usize,
    pub uses: Vec<UseLeaf>,
    /// Submodules by name.
    pub children: Vec<(String, usize)>,
    pub parent: Option<usize>,
    /// Where `use wasm_dispose::disposable;` goes, and how it is written.
    pub import_at: Insertion,
}

/// Text to insert at a byte offset of a file.
#[derive(Clone, Debug, Default)]
pub struct Insertion {
    pub offset: usize,
    pub text: String,
}

pub struct Crate {
    pub files: Vec<SourceFile>,
    pub modules: Vec<Module>,
    pub structs: Vec<StructDef>,
    pub impls: Vec<ImplDef>,
    pub fns: Vec<FnDef>,
    /// `mod name;` declarations whose file was not found.
    pub missing: Vec<String>,
}

/// Reads the crate from its library root.
pub fn scan(root: PathBuf) -> Result<Crate, String> {
    let mut krate = Crate {
        files: Vec::new(),
        modules: Vec::new(),
        structs: Vec::new(),
        impls: Vec::new(),
        fns: Vec::new(),
        missing: Vec::new(),
    };
    // (file, module path, parent module, whether the file is a root or mod.rs)
    let mut queue: VecDeque<(PathBuf, Vec<String>, Option<usize>, bool)> = VecDeque::new();
    queue.push_back((root, Vec::new(), None, true));
    let mut scopes = 0;
    while let Some((path, mod_path, parent, is_root)) = queue.pop_front() {
        if krate.files.iter().any(|f| f.path == path) {
            continue;
        }
        let file = SourceFile::read(&path)?;
        let ast = file.parse()?;
        let file_index = krate.files.len();
        krate.files.push(file);
        let module = new_module(&mut krate, mod_path, file_index, parent);
        let dir = source::child_dir(&path, is_root);
        let base = path.parent().map(PathBuf::from).unwrap_or_default();
        let mut walker = Walker { krate: &mut krate, file: file_index, scopes: &mut scopes, queue: &mut queue };
        walker.import_site(module, &ast.attrs, &ast.items, None);
        walker.items(&ast.items, module, None, false, &dir, &base, false);
    }
    Ok(krate)
}

fn new_module(krate: &mut Crate, path: Vec<String>, file: usize, parent: Option<usize>) -> usize {
    let index = krate.modules.len();
    if let (Some(p), Some(name)) = (parent, path.last()) {
        krate.modules[p].children.push((name.clone(), index));
    }
    krate.modules.push(Module {
        path,
        file,
        uses: Vec::new(),
        children: Vec::new(),
        parent,
        import_at: Insertion::default(),
    });
    index
}

struct Walker<'a> {
    krate: &'a mut Crate,
    file: usize,
    scopes: &'a mut usize,
    queue: &'a mut VecDeque<(PathBuf, Vec<String>, Option<usize>, bool)>,
}

impl Walker<'_> {
    fn text(&self) -> &SourceFile {
        &self.krate.files[self.file]
    }

    #[allow(clippy::too_many_arguments)]
    fn items(
        &mut self,
        items: &[Item],
        module: usize,
        scope: Option<usize>,
        conditional: bool,
        dir: &std::path::Path,
        base: &std::path::Path,
        inline: bool,
    ) {
        let place = Place { file: self.file, module, scope };
        for item in items {
            match item {
                Item::Struct(s) => self.def(place, &s.ident, &s.attrs, conditional, false, Some(s)),
                Item::Enum(e) => self.def(place, &e.ident, &e.attrs, conditional, true, None),
                Item::Union(u) => self.def(place, &u.ident, &u.attrs, conditional, true, None),
                Item::Type(t) => self.def(place, &t.ident, &t.attrs, conditional, true, None),
                Item::ForeignMod(f) => {
                    for fi in &f.items {
                        if let syn::ForeignItem::Type(t) = fi {
                            self.def(place, &t.ident, &t.attrs, conditional, true, None);
                        }
                    }
                }
                Item::Impl(i) => {
                    self.impl_def(place, i, conditional);
                    for ii in &i.items {
                        if let syn::ImplItem::Fn(f) = ii {
                            let cond = conditional || attrs::has_cfg(&i.attrs) || attrs::has_cfg(&f.attrs);
                            self.body(&f.block, module, cond, dir, base);
                        }
                    }
                }
                Item::Fn(f) => {
                    self.fn_def(place, f, conditional);
                    let cond = conditional || attrs::has_cfg(&f.attrs);
                    self.body(&f.block, module, cond, dir, base);
                }
                Item::Use(u) if scope.is_none() => {
                    let mut leaves = Vec::new();
                    use_leaves(&u.tree, &mut Vec::new(), &mut leaves);
                    self.krate.modules[module].uses.extend(leaves);
                }
                Item::Mod(m) => self.module(m, module, dir, base, inline),
                // A macro may never be expanded here: what it holds is
                // conditional.
                Item::Macro(m) => self.macro_tokens(m.mac.tokens.clone(), place, true),
                _ => {}
            }
        }
    }

    fn module(&mut self, m: &syn::ItemMod, parent: usize, dir: &std::path::Path, base: &std::path::Path, inline: bool) {
        let name = m.ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
        let mut path = self.krate.modules[parent].path.clone();
        path.push(name.clone());
        let path_attr = m.attrs.iter().find(|a| a.path().is_ident("path")).and_then(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        });
        match &m.content {
            Some((brace, items)) => {
                let module = new_module(self.krate, path, self.file, Some(parent));
                self.import_site(module, &m.attrs, items, Some(brace.span.open()));
                let child = dir.join(&name);
                // A #[path] inside an inline module is relative to the
                // directory that module's files would be in.
                let cond = attrs::has_cfg(&m.attrs);
                self.items(items, module, None, cond, &child, &child, true);
            }
            None => {
                let path_base = if inline { dir } else { base };
                match source::module_file(dir, path_base, &name, path_attr.as_deref()) {
                    Some(file) => self.queue.push_back((file, path, Some(parent), path_attr.is_some())),
                    None => {
                        let at = self.text().line_of(m.ident.span().byte_range().start);
                        let file = self.text().path.display().to_string();
                        self.krate.missing.push(format!("{file}:{at}: no file found for `mod {name};`"));
                    }
                }
            }
        }
    }

    /// Items declared in a function body: a scope of their own.
    fn body(
        &mut self,
        block: &syn::Block,
        module: usize,
        conditional: bool,
        dir: &std::path::Path,
        base: &std::path::Path,
    ) {
        let mut nested = NestedItems(Vec::new());
        nested.visit_block(block);
        if nested.0.is_empty() {
            return;
        }
        *self.scopes += 1;
        let scope = Some(*self.scopes);
        let items: Vec<Item> = nested.0.into_iter().cloned().collect();
        self.items(&items, module, scope, conditional, dir, base, false);
    }

    fn def(
        &mut self,
        place: Place,
        ident: &syn::Ident,
        attrs: &[Attribute],
        conditional: bool,
        other: bool,
        s: Option<&syn::ItemStruct>,
    ) {
        let found = attrs::find(attrs);
        let mut qualified_members = Vec::new();
        if let Some(s) = s {
            for field in &s.fields {
                qualified_members.extend(
                    attrs::find(&field.attrs).into_iter().filter(|f| f.qualified && f.kind == Kind::WasmBindgen),
                );
            }
        }
        let mut def = StructDef {
            place,
            name: unraw(ident),
            line: attrs::line(ident.span()),
            other,
            attrs: if other { Vec::new() } else { found },
            conditional: conditional || attrs::has_cfg(attrs),
            qualified_members,
            problems: Vec::new(),
            in_macro: false,
        };
        if let Some(s) = s {
            if !def.attrs.is_empty() {
                def.problems = crate::check::strukt(s, &def.attrs);
            }
        }
        self.krate.structs.push(def);
    }

    fn impl_def(&mut self, place: Place, item: &syn::ItemImpl, conditional: bool) {
        let found = attrs::find(&item.attrs);
        if found.is_empty() {
            return;
        }
        let self_path = match &*item.self_ty {
            syn::Type::Path(p) if p.qself.is_none() => p.path.segments.iter().map(|s| unraw(&s.ident)).collect(),
            _ => Vec::new(),
        };
        let mut qualified_members = Vec::new();
        for ii in &item.items {
            if let syn::ImplItem::Fn(f) = ii {
                qualified_members
                    .extend(attrs::find(&f.attrs).into_iter().filter(|f| f.qualified && f.kind == Kind::WasmBindgen));
                for input in &f.sig.inputs {
                    if let syn::FnArg::Typed(pt) = input {
                        qualified_members.extend(
                            attrs::find(&pt.attrs).into_iter().filter(|f| f.qualified && f.kind == Kind::WasmBindgen),
                        );
                    }
                }
            }
        }
        let problems = crate::check::imp(item, &found);
        self.krate.impls.push(ImplDef {
            place,
            self_path,
            line: attrs::line(item.impl_token.span),
            attrs: found,
            conditional: conditional || attrs::has_cfg(&item.attrs),
            qualified_members,
            problems,
        });
    }

    fn fn_def(&mut self, place: Place, f: &syn::ItemFn, conditional: bool) {
        let found = attrs::find(&f.attrs);
        if found.is_empty() {
            return;
        }
        let params = f
            .sig
            .inputs
            .iter()
            .filter_map(|i| match i {
                syn::FnArg::Typed(pt) => class_path(&pt.ty),
                syn::FnArg::Receiver(_) => None,
            })
            .collect();
        self.krate.fns.push(FnDef {
            place,
            name: unraw(&f.sig.ident),
            line: attrs::line(f.sig.ident.span()),
            refusal: crate::check::function(f, &found),
            attrs: found,
            conditional: conditional || attrs::has_cfg(&f.attrs),
            params,
        });
    }

    /// Structs and impls inside a macro's tokens (a `macro_rules!`
    /// transcriber, `cfg_if!`): `#[..]* [pub] struct Name` and
    /// `#[..]* impl Name`, found by their tokens since the body is not Rust
    /// syntax until expanded.
    fn macro_tokens(&mut self, tokens: TokenStream, place: Place, conditional: bool) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            if let TokenTree::Group(g) = &trees[i] {
                self.macro_tokens(g.stream(), place, conditional);
            }
            let start = i;
            let mut attr_tokens = TokenStream::new();
            while let (Some(TokenTree::Punct(p)), Some(TokenTree::Group(g))) = (trees.get(i), trees.get(i + 1)) {
                if p.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
                    break;
                }
                attr_tokens.extend([trees[i].clone(), trees[i + 1].clone()]);
                i += 2;
            }
            if i == start {
                i += 1;
                continue;
            }
            let Ok(attrs) = syn::parse::Parser::parse2(Attribute::parse_outer, attr_tokens) else { continue };
            let found = attrs::find(&attrs);
            if found.is_empty() {
                continue;
            }
            // Skip a visibility: `pub`, `pub(crate)`.
            let mut j = i;
            if matches!(trees.get(j), Some(TokenTree::Ident(id)) if id == "pub") {
                j += 1;
                if matches!(trees.get(j), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) {
                    j += 1;
                }
            }
            match (trees.get(j), trees.get(j + 1)) {
                (Some(TokenTree::Ident(kw)), Some(TokenTree::Ident(name))) if kw == "struct" => {
                    self.krate.structs.push(StructDef {
                        place,
                        name: unraw(name),
                        line: attrs::line(name.span()),
                        other: false,
                        attrs: found,
                        conditional,
                        qualified_members: Vec::new(),
                        problems: Vec::new(),
                        in_macro: true,
                    });
                }
                (Some(TokenTree::Ident(kw)), Some(TokenTree::Ident(name))) if kw == "impl" => {
                    let problems = crate::check::options(&found, crate::check::Target::Impl);
                    self.krate.impls.push(ImplDef {
                        place,
                        self_path: vec![unraw(name)],
                        line: attrs::line(kw.span()),
                        attrs: found,
                        conditional,
                        qualified_members: Vec::new(),
                        problems,
                    });
                }
                _ => {}
            }
        }
    }

    /// Where a new `use wasm_dispose::disposable;` goes in a module: among
    /// its first run of `use` declarations, in sorted place; else after its
    /// inner attributes or its opening brace; else above its first item (and
    /// the comment lines right above that item).
    fn import_site(&mut self, module: usize, attrs: &[Attribute], items: &[Item], brace: Option<Span>) {
        const IMPORT: &str = "use wasm_dispose::disposable;";
        let file = self.text();
        let first_run: Vec<&syn::ItemUse> = items
            .iter()
            .skip_while(|i| !matches!(i, Item::Use(_)))
            .map_while(|i| if let Item::Use(u) = i { Some(u) } else { None })
            .collect();
        // Among the other crates' imports where there are some, as rustfmt's
        // `group_imports = "StdExternalCrate"` puts it (not after a
        // `use crate::...` group that sorts before it).
        let external: Vec<&syn::ItemUse> = first_run.iter().copied().filter(|u| external_crate(&u.tree)).collect();
        let run = if external.is_empty() { &first_run } else { &external };
        let insertion = if let Some(first) = run.first() {
            let key = |u: &syn::ItemUse| file.slice(span_range(u.tree.span())).to_string();
            let before = run.iter().rev().find(|u| key(u).as_str() <= "wasm_dispose::disposable");
            match before {
                Some(anchor) => {
                    let end = span_range(anchor.span()).end;
                    let indent = file.indent_at(end).to_string();
                    Insertion { offset: file.next_line(end), text: format!("{indent}{IMPORT}\n") }
                }
                None => {
                    let start = file.line_start(span_range(first.span()).start);
                    let indent = file.indent_at(start).to_string();
                    Insertion { offset: start, text: format!("{indent}{IMPORT}\n") }
                }
            }
        } else {
            let inner_end = attrs
                .iter()
                .filter(|a| matches!(a.style, syn::AttrStyle::Inner(_)))
                .map(|a| span_range(a.span()).end)
                .max()
                .or_else(|| brace.map(|b| b.byte_range().end));
            let first_item = items.first().map(|i| span_range(i.span()).start);
            let indent = first_item.map(|o| file.indent_at(o).to_string()).unwrap_or_default();
            match inner_end {
                Some(end) if file.text[end..].trim_start_matches([' ', '\t']).starts_with(['\n', '\r']) => {
                    let at = file.next_line(end);
                    let blank = file.text[at..].trim_start_matches([' ', '\t']).starts_with(['\n', '\r']);
                    let tail = if blank { "\n" } else { "\n\n" };
                    Insertion { offset: at, text: format!("{indent}{IMPORT}{tail}") }
                }
                Some(end) => Insertion { offset: end, text: format!(" {IMPORT}") },
                None => {
                    let mut at = file.line_start(first_item.unwrap_or(0));
                    // Keep a comment with the item it is about.
                    while at > 0 {
                        let prev = file.line_start(at - 1);
                        if file.text[prev..at].trim_start().starts_with("//") {
                            at = prev;
                        } else {
                            break;
                        }
                    }
                    Insertion { offset: at, text: format!("{indent}{IMPORT}\n\n") }
                }
            }
        };
        // A file with Windows line endings keeps them.
        let insertion = if file.text.contains("\r\n") {
            Insertion { text: insertion.text.replace('\n', "\r\n"), ..insertion }
        } else {
            insertion
        };
        self.krate.modules[module].import_at = insertion;
    }
}

/// Whether a `use` tree starts with another crate's name: not `crate`,
/// `self`, `super`, nor the standard library's `std`, `core`, `alloc`.
fn external_crate(tree: &syn::UseTree) -> bool {
    let first = match tree {
        syn::UseTree::Path(p) => &p.ident,
        syn::UseTree::Name(n) => &n.ident,
        syn::UseTree::Rename(r) => &r.ident,
        syn::UseTree::Glob(_) | syn::UseTree::Group(_) => return false,
    };
    !matches!(unraw(first).as_str(), "crate" | "self" | "super" | "std" | "core" | "alloc")
}

/// Items nested anywhere in a function body (not inside nested items).
struct NestedItems<'a>(Vec<&'a Item>);

impl<'a> Visit<'a> for NestedItems<'a> {
    fn visit_item(&mut self, item: &'a Item) {
        self.0.push(item);
    }
}

fn use_leaves(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<UseLeaf>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(unraw(&p.ident));
            use_leaves(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = unraw(&n.ident);
            let mut path = prefix.clone();
            path.push(name.clone());
            // `use a::b::{self}` imports `b`.
            if name == "self" {
                path.pop();
                let name = path.last().cloned();
                out.push(UseLeaf { path, name });
            } else {
                out.push(UseLeaf { path, name: Some(name) });
            }
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            path.push(unraw(&r.ident));
            out.push(UseLeaf { path, name: Some(unraw(&r.rename)) });
        }
        syn::UseTree::Glob(_) => out.push(UseLeaf { path: prefix.clone(), name: None }),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                use_leaves(t, prefix, out);
            }
        }
    }
}

/// The path of the type a parameter may take a class as.
fn class_path(ty: &syn::Type) -> Option<Vec<String>> {
    match ty {
        syn::Type::Reference(r) => class_path(&r.elem),
        syn::Type::Paren(p) => class_path(&p.elem),
        syn::Type::Slice(s) => class_path(&s.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let wrapper = matches!(last.ident.to_string().as_str(), "Option" | "Vec" | "Box");
            if let (true, syn::PathArguments::AngleBracketed(args)) = (wrapper, &last.arguments) {
                return match args.args.first() {
                    Some(syn::GenericArgument::Type(inner)) => class_path(inner),
                    _ => None,
                };
            }
            last.arguments.is_none().then(|| p.path.segments.iter().map(|s| unraw(&s.ident)).collect())
        }
        _ => None,
    }
}

pub fn unraw(ident: &syn::Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
}

/// A node's bytes; `Spanned::span()` joins the first and last token's.
pub fn span_range(span: Span) -> Range<usize> {
    span.byte_range()
}
