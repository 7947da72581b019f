//! Which struct an impl block's self type (or a parameter's type) names:
//! rustc's path resolution, as far as this crate's own modules and `use`
//! declarations go (`Foo`, `self::`, `super::`, `crate::`, a child module,
//! a name or glob brought in with `use`). Extern crates are not followed.

use crate::scan::{Crate, Place};

/// Paths longer than this through `use` chains are taken as cycles.
const MAX_DEPTH: usize = 16;

/// The definition (index into `krate.structs`) a path names from `from`.
pub fn path(krate: &Crate, from: Place, path: &[String]) -> Option<usize> {
    lookup(krate, from.module, from.scope, path, 0)
}

fn lookup(krate: &Crate, module: usize, scope: Option<usize>, path: &[String], depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH || path.is_empty() {
        return None;
    }
    if path.len() == 1 {
        return name_in(krate, module, scope, &path[0], depth);
    }
    let (last, prefix) = path.split_last()?;
    let target = module_path(krate, module, prefix, depth)?;
    name_in(krate, target, None, last, depth)
}

/// The module a path of modules names: `crate`, `self`, `super`, a child,
/// or a module brought in with `use`.
fn module_path(krate: &Crate, mut module: usize, path: &[String], depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH {
        return None;
    }
    for (i, segment) in path.iter().enumerate() {
        module = match segment.as_str() {
            "crate" if i == 0 => 0,
            "self" if i == 0 => module,
            "super" => krate.modules[module].parent?,
            name => match child(krate, module, name) {
                Some(c) => c,
                // `use a::b; ... b::Foo`: only where the path starts.
                None if i == 0 => {
                    let leaf = krate.modules[module].uses.iter().find(|u| u.name.as_deref() == Some(name))?;
                    module_path(krate, module, &leaf.path, depth + 1)?
                }
                None => return None,
            },
        };
    }
    Some(module)
}

fn child(krate: &Crate, module: usize, name: &str) -> Option<usize> {
    krate.modules[module].children.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
}

/// A name in a module: defined there (in `scope` first), imported by name,
/// or through a glob import.
fn name_in(krate: &Crate, module: usize, scope: Option<usize>, name: &str, depth: usize) -> Option<usize> {
    let defined = |s: Option<usize>| {
        krate.structs.iter().position(|d| d.place.module == module && d.place.scope == s && d.name == name)
    };
    if let Some(found) = scope.and_then(|s| defined(Some(s))).or_else(|| defined(None)) {
        return Some(found);
    }
    let uses = &krate.modules[module].uses;
    for leaf in uses.iter().filter(|u| u.name.as_deref() == Some(name)) {
        if let Some(found) = lookup(krate, module, None, &leaf.path, depth + 1) {
            return Some(found);
        }
    }
    for leaf in uses.iter().filter(|u| u.name.is_none()) {
        if let Some(target) = module_path(krate, module, &leaf.path, depth + 1) {
            if target != module {
                if let Some(found) = name_in(krate, target, None, name, depth + 1) {
                    return Some(found);
                }
            }
        }
    }
    None
}
