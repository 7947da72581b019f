//! Whole-crate tests: the expansion snapshots of `tests/expand/`.
//!
//! Each `tests/expand/NAME.rs` holds items under `#[disposable(..)]`; the
//! test runs the attribute on each (as the compiler would, errors and all),
//! pretty-prints the output and compares it with `NAME.expanded.rs`. After a
//! change to the generated code, review the difference and rewrite the
//! snapshots with `UPDATE_EXPAND=1 cargo test -p wasm-dispose-macros`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
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
