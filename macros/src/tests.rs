//! Whole-crate tests: the expansion snapshots of `tests/expand/`, and the
//! graph of the crate's modules.
//!
//! Each `tests/expand/NAME.rs` holds items under `#[disposable(..)]`; the
//! test runs the attribute on each (as the compiler would, errors and all),
//! pretty-prints the output and compares it with `NAME.expanded.rs`. After a
//! change to the generated code, review the difference and rewrite the
//! snapshots with `UPDATE_EXPAND=1 cargo test -p wasm-dispose-macros`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Takes `#[disposable]` or `#[disposable(..)]` off an item: its arguments.
fn take_disposable(item: &mut syn::Item) -> Option<TokenStream> {
    let attrs = match item {
        syn::Item::Struct(i) => &mut i.attrs,
        syn::Item::Impl(i) => &mut i.attrs,
        syn::Item::Fn(i) => &mut i.attrs,
        syn::Item::Enum(i) => &mut i.attrs,
        syn::Item::Union(i) => &mut i.attrs,
        syn::Item::Trait(i) => &mut i.attrs,
        _ => return None,
    };
    let at = attrs.iter().position(|a| a.path().is_ident("disposable"))?;
    let args = match attrs.remove(at).meta {
        syn::Meta::List(list) => list.tokens,
        _ => TokenStream::new(),
    };
    Some(args)
}

/// What the compiler would see of a snapshot input: every item under
/// `#[disposable]` expanded, the others as written, pretty-printed.
fn expand_source(path: &Path) -> String {
    let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = TokenStream::new();
    for mut item in file.items {
        match take_disposable(&mut item) {
            Some(args) => out.extend(crate::expand::attribute(args, item.into_token_stream())),
            None => item.to_tokens(&mut out),
        }
    }
    let expanded: syn::File = syn::parse2(out.clone())
        .unwrap_or_else(|e| panic!("{}: the expansion is no Rust file ({e}):\n{out}", path.display()));
    prettyplease::unparse(&expanded)
}

#[test]
fn expansions_match_their_snapshots() {
    let dir = manifest_dir().join("tests/expand");
    let update = std::env::var_os("UPDATE_EXPAND").is_some_and(|v| v == "1");
    let mut inputs = Vec::new();
    let mut snapshots = BTreeSet::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".expanded.rs") {
            snapshots.insert(stem.to_string());
        } else if let Some(stem) = name.strip_suffix(".rs") {
            inputs.push(stem.to_string());
        }
    }
    inputs.sort();
    assert!(!inputs.is_empty(), "no snapshot inputs in {}", dir.display());
    let mut failures = Vec::new();
    for stem in &inputs {
        snapshots.remove(stem);
        let actual = expand_source(&dir.join(format!("{stem}.rs")));
        let path = dir.join(format!("{stem}.expanded.rs"));
        let expected = fs::read_to_string(&path).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            continue;
        }
        if update {
            fs::write(&path, &actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            eprintln!("updated {}", path.display());
            continue;
        }
        failures.push(match expected {
            None => format!("{stem}.expanded.rs is missing"),
            Some(expected) => {
                let (line, (want, got)) = expected
                    .lines()
                    .chain(std::iter::repeat(""))
                    .zip(actual.lines().chain(std::iter::repeat("")))
                    .enumerate()
                    .find(|(_, (a, b))| a != b)
                    .unwrap();
                format!("{stem}.expanded.rs, line {}:\n  snapshot: {want}\n  now:      {got}", line + 1)
            }
        });
    }
    // A snapshot whose input is gone would never be checked.
    failures.extend(snapshots.iter().map(|stem| format!("{stem}.expanded.rs has no {stem}.rs")));
    assert!(
        failures.is_empty(),
        "expansions differ from tests/expand (review, then rewrite with UPDATE_EXPAND=1):\n{}",
        failures.join("\n")
    );
}

/// The crate modules a module file names: `crate::m` (and `crate::{m, ..}`),
/// or `super::m` from the file's top level, which is the crate root too.
fn named_modules(path: &Path, modules: &BTreeSet<String>) -> BTreeSet<String> {
    fn items(list: &[syn::Item], depth: usize, out: &mut Vec<String>) {
        for item in list {
            match item {
                syn::Item::Mod(m) => {
                    if let Some((_, inner)) = &m.content {
                        items(inner, depth + 1, out);
                    }
                }
                other => tokens(other.to_token_stream(), depth, out),
            }
        }
    }
    fn tokens(stream: TokenStream, depth: usize, out: &mut Vec<String>) {
        let tts: Vec<TokenTree> = stream.into_iter().collect();
        let is_sep = |i: usize| {
            matches!((tts.get(i), tts.get(i + 1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && b.as_char() == ':')
        };
        let mut i = 0;
        while i < tts.len() {
            if let TokenTree::Group(g) = &tts[i] {
                tokens(g.stream(), depth, out);
            }
            // How many steps up this path goes: `crate` is the root, so is
            // one `super` more than the depth of the enclosing inline module.
            let mut j = i;
            let root = match &tts[i] {
                TokenTree::Ident(id) if id == "crate" && is_sep(i + 1) => {
                    j = i + 3;
                    true
                }
                TokenTree::Ident(id) if id == "super" => {
                    let mut ups = 0;
                    while matches!(tts.get(j), Some(TokenTree::Ident(s)) if s == "super") && is_sep(j + 1) {
                        ups += 1;
                        j += 3;
                    }
                    ups == depth + 1
                }
                _ => false,
            };
            if root {
                match tts.get(j) {
                    Some(TokenTree::Ident(m)) => out.push(m.to_string()),
                    Some(TokenTree::Group(g)) => {
                        // `crate::{a, b::c}`: the first name of each part.
                        let mut first = true;
                        for tt in g.stream() {
                            match tt {
                                TokenTree::Ident(m) if first => out.push(m.to_string()),
                                TokenTree::Punct(p) if p.as_char() == ',' => first = true,
                                _ => first = false,
                            }
                        }
                    }
                    _ => {}
                }
            }
            i = j.max(i + 1);
        }
    }
    let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    items(&file.items, 0, &mut out);
    let own = path.file_stem().unwrap().to_string_lossy();
    out.into_iter().filter(|m| modules.contains(m) && *m != own).collect()
}

/// No module uses a module that uses it, directly or not: the crate reads
/// one way, from the input to the tokens (`lib.rs`, the root, is left out).
#[test]
fn the_modules_form_no_cycle() {
    let src = manifest_dir().join("src");
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "rs") && stem != "lib" {
            files.insert(stem, path);
        }
    }
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    let graph: BTreeMap<String, BTreeSet<String>> =
        files.iter().map(|(m, path)| (m.clone(), named_modules(path, &modules))).collect();
    // Depth-first, keeping the path: a module met again on it closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in &graph[m] {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("a module cycle: {}\n{graph:#?}", cycle.join(" -> "));
        }
    }
}
