//! Deciding the edits: which classes swap (a class is its struct and every
//! impl block of it: all or none, so the crate keeps compiling), which
//! functions swap under `--functions`, and where `disposable` must be
//! imported or spelled by path.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use crate::attrs::{Found, Kind};
use crate::resolve;
use crate::scan::{Crate, Place};

/// One replacement in one file.
#[derive(Clone, Debug)]
pub struct Edit {
    pub file: usize,
    pub range: Range<usize>,
    pub text: String,
}

#[derive(Default)]
pub struct Plan {
    pub edits: Vec<Edit>,
    /// What changes, one line per item: `src/lib.rs:12: struct Foo`.
    pub changes: Vec<(usize, usize, String)>,
    /// Items left as they are, with the reason.
    pub skipped: Vec<(usize, usize, String)>,
    /// Without `--functions`: the `#[wasm_bindgen]` functions that take a
    /// class which swaps, `(file, line, name)`, left as they are.
    pub plain_fns: Vec<(usize, usize, String)>,
}

/// How the impl of a class was tied to its struct.
enum Link {
    Class(usize),
    /// Resolves to something that is not an exported struct: not ours.
    NotAClass,
    /// Could be any of these classes.
    Ambiguous(Vec<usize>),
}

pub fn plan(krate: &Crate, functions: bool) -> Plan {
    let mut plan = Plan::default();
    let is_class = |d: usize| !krate.structs[d].other && !krate.structs[d].attrs.is_empty();

    let links: Vec<Link> =
        krate.impls.iter().map(|imp| link(krate, imp.place, &imp.self_path, &imp.attrs, &is_class)).collect();

    // A class swaps only if its struct and every impl block of it can.
    let mut blocked: BTreeMap<usize, Vec<(usize, usize, String)>> = BTreeMap::new();
    for (d, s) in krate.structs.iter().enumerate().filter(|(d, _)| is_class(*d)) {
        for p in &s.problems {
            blocked.entry(d).or_default().push((s.place.file, p.line, p.message.clone()));
        }
    }
    for (imp, l) in krate.impls.iter().zip(&links) {
        match l {
            Link::Class(d) => {
                for p in &imp.problems {
                    blocked.entry(*d).or_default().push((imp.place.file, p.line, p.message.clone()));
                }
            }
            Link::Ambiguous(ds) => {
                let names = ds.iter().map(|d| {
                    format!("{}:{}", krate.files[krate.structs[*d].place.file].path.display(), krate.structs[*d].line)
                });
                let message = format!(
                    "cannot tell which exported struct `impl {}` is for ({}); name it by path or bring it in with `use`",
                    imp.self_path.join("::"),
                    names.collect::<Vec<_>>().join(", ")
                );
                for d in ds {
                    blocked.entry(*d).or_default().push((imp.place.file, imp.line, message.clone()));
                }
            }
            Link::NotAClass => {}
        }
    }
    // A class that extends another swaps with it or not at all: a plain
    // subclass of a disposable class, or the reverse, does not work.
    let parents: Vec<(usize, Option<usize>, usize, String)> = (0..krate.structs.len())
        .filter(|d| is_class(*d))
        .filter_map(|d| {
            let s = &krate.structs[d];
            let opt = s.attrs.iter().find_map(|f| f.option("extends"))?;
            let parent = opt.value.as_ref().and_then(|name| by_name(krate, std::slice::from_ref(name), &is_class));
            Some((d, parent, opt.line, opt.value.clone().unwrap_or_else(|| "its parent".into())))
        })
        .collect();
    loop {
        let mut more = Vec::new();
        for (child, parent, line, name) in &parents {
            let file = krate.structs[*child].place.file;
            match parent {
                None if !blocked.contains_key(child) => more.push((
                    *child,
                    (
                        file,
                        *line,
                        format!("`extends = {name}`: not an exported struct of this crate that the tool can find"),
                    ),
                )),
                Some(p) if blocked.contains_key(p) && !blocked.contains_key(child) => more.push((
                    *child,
                    (file, *line, format!("its parent `{}` keeps #[wasm_bindgen]", krate.structs[*p].name)),
                )),
                Some(p) if blocked.contains_key(child) && !blocked.contains_key(p) => more.push((
                    *p,
                    (file, *line, format!("`{}`, which extends it, keeps #[wasm_bindgen]", krate.structs[*child].name)),
                )),
                _ => {}
            }
        }
        if more.is_empty() {
            break;
        }
        for (d, reason) in more {
            blocked.entry(d).or_default().push(reason);
        }
    }
    for (d, reasons) in &blocked {
        let s = &krate.structs[*d];
        if s.attrs.iter().any(|f| f.kind == Kind::WasmBindgen)
            || krate.impls.iter().zip(&links).any(|(i, l)| {
                matches!(l, Link::Class(c) if c == d) && i.attrs.iter().any(|f| f.kind == Kind::WasmBindgen)
            })
        {
            for (file, line, why) in reasons {
                plan.skipped.push((*file, *line, format!("class `{}` kept #[wasm_bindgen]: {why}", s.name)));
            }
        }
    }

    // Swaps, by module, to decide how `disposable` is named there.
    struct Swap<'a> {
        place: Place,
        found: &'a Found,
        conditional: bool,
    }
    let mut swaps: Vec<Swap> = Vec::new();
    let mut renames: Vec<(usize, &Found)> = Vec::new();
    // Modules where an existing, unconditional `#[disposable]` uses the import.
    let mut already_used: BTreeSet<usize> = BTreeSet::new();
    let swappable = |d: usize| is_class(d) && !blocked.contains_key(&d);

    for (d, s) in krate.structs.iter().enumerate().filter(|(d, _)| swappable(*d)) {
        let pending: Vec<&Found> = s.attrs.iter().filter(|f| f.kind == Kind::WasmBindgen).collect();
        for f in &s.attrs {
            let conditional = s.conditional || s.in_macro || f.conditional;
            if f.kind == Kind::Disposable && !conditional {
                already_used.insert(s.place.module);
            }
            if f.kind == Kind::WasmBindgen {
                swaps.push(Swap { place: s.place, found: f, conditional });
            }
        }
        if !pending.is_empty() {
            plan.changes.push((s.place.file, s.line, format!("struct {}", s.name)));
            renames.extend(s.qualified_members.iter().map(|m| (s.place.file, m)));
        }
        for (imp, _) in krate.impls.iter().zip(&links).filter(|(_, l)| matches!(l, Link::Class(c) if *c == d)) {
            let mut changed = false;
            for f in &imp.attrs {
                let conditional = imp.conditional || f.conditional;
                if f.kind == Kind::Disposable && !conditional {
                    already_used.insert(imp.place.module);
                }
                if f.kind == Kind::WasmBindgen {
                    swaps.push(Swap { place: imp.place, found: f, conditional });
                    changed = true;
                }
            }
            if changed {
                plan.changes.push((imp.place.file, imp.line, format!("impl {}", imp.self_path.join("::"))));
                renames.extend(imp.qualified_members.iter().map(|m| (imp.place.file, m)));
            }
        }
    }

    for f in &krate.fns {
        let classes: Vec<Option<usize>> = f
            .params
            .iter()
            .map(|p| resolve::path(krate, f.place, p).filter(|d| is_class(*d)).or_else(|| by_name(krate, p, &is_class)))
            .collect();
        let takes_class = classes.iter().flatten().next().is_some();
        if f.attrs.iter().any(|a| a.kind == Kind::Disposable && !a.conditional && !f.conditional) {
            already_used.insert(f.place.module);
        }
        if !takes_class || !f.attrs.iter().any(|a| a.kind == Kind::WasmBindgen) {
            continue;
        }
        if !functions {
            if classes.iter().flatten().any(|d| !blocked.contains_key(d)) {
                plan.plain_fns.push((f.place.file, f.line, f.name.clone()));
            }
            continue;
        }
        if let Some(why) = &f.refusal {
            plan.skipped.push((f.place.file, f.line, format!("fn {} kept #[wasm_bindgen]: {why}", f.name)));
            continue;
        }
        if let Some(d) = classes.iter().flatten().find(|d| blocked.contains_key(d)) {
            let name = &krate.structs[*d].name;
            plan.skipped.push((
                f.place.file,
                f.line,
                format!("fn {} kept #[wasm_bindgen]: it takes `{name}`, which keeps #[wasm_bindgen]", f.name),
            ));
            continue;
        }
        for a in f.attrs.iter().filter(|a| a.kind == Kind::WasmBindgen) {
            swaps.push(Swap { place: f.place, found: a, conditional: f.conditional || a.conditional });
        }
        plan.changes.push((f.place.file, f.line, format!("fn {}", f.name)));
    }

    // `disposable` is imported where some swapped item is always compiled
    // (so the import is never unused), and spelled by path elsewhere.
    let mut modules: BTreeMap<usize, Vec<&Swap>> = BTreeMap::new();
    for s in &swaps {
        modules.entry(s.place.module).or_default().push(s);
    }
    for (module, list) in modules {
        let m = &krate.modules[module];
        let imported = m.uses.iter().any(|u| {
            (u.path == ["wasm_dispose", "disposable"] && u.name.as_deref() == Some("disposable"))
                || (u.path == ["wasm_dispose"] && u.name.is_none())
        });
        let taken =
            m.uses.iter().any(|u| u.name.as_deref() == Some("disposable") && u.path != ["wasm_dispose", "disposable"]);
        let always = already_used.contains(&module) || list.iter().any(|s| !s.conditional);
        let bare = imported || (!taken && always);
        if bare && !imported {
            plan.edits.push(Edit {
                file: m.file,
                range: m.import_at.offset..m.import_at.offset,
                text: m.import_at.text.clone(),
            });
        }
        let name = if bare { "disposable" } else { "wasm_dispose::disposable" };
        for s in list {
            plan.edits.push(Edit { file: s.place.file, range: s.found.path.clone(), text: name.to_string() });
        }
    }
    // Method, argument and field attributes spelled by path: #[disposable]
    // reads them by their bare name.
    for (file, f) in renames {
        plan.edits.push(Edit { file, range: f.path.clone(), text: "wasm_bindgen".into() });
    }
    plan.edits.sort_by_key(|e| (e.file, e.range.start));
    plan.edits.dedup_by(|a, b| a.file == b.file && a.range == b.range);
    plan.changes.sort();
    plan.skipped.sort();
    plan
}

fn link(krate: &Crate, place: Place, path: &[String], attrs: &[Found], is_class: &dyn Fn(usize) -> bool) -> Link {
    if path.is_empty() {
        return Link::NotAClass;
    }
    if let Some(d) = resolve::path(krate, place, path) {
        return if is_class(d) { Link::Class(d) } else { Link::NotAClass };
    }
    // Not resolved through this crate's modules (a macro-made module, a
    // re-export from elsewhere): by name, and by `js_class` if that is
    // not enough.
    let name = path.last().unwrap();
    let mut candidates: Vec<usize> =
        (0..krate.structs.len()).filter(|d| is_class(*d) && krate.structs[*d].name == *name).collect();
    if candidates.len() > 1 {
        if let Some(js_class) = attrs.iter().find_map(|f| f.option("js_class").and_then(|o| o.value.clone())) {
            candidates.retain(|d| {
                let s = &krate.structs[*d];
                s.attrs
                    .iter()
                    .find_map(|f| f.option("js_name").and_then(|o| o.value.clone()))
                    .unwrap_or_else(|| s.name.clone())
                    == js_class
            });
        }
    }
    match candidates.len() {
        0 => Link::NotAClass,
        1 => Link::Class(candidates[0]),
        _ => Link::Ambiguous(candidates),
    }
}

/// A parameter type that did not resolve: a class only if exactly one has
/// that name.
fn by_name(krate: &Crate, path: &[String], is_class: &dyn Fn(usize) -> bool) -> Option<usize> {
    let name = path.last()?;
    let mut it = (0..krate.structs.len()).filter(|d| is_class(*d) && krate.structs[*d].name == *name);
    let first = it.next()?;
    it.next().is_none().then_some(first)
}
