//! `Cargo.toml`: the wasm-bindgen the crate builds with must be in
//! wasm-dispose's range (its requirement, and `Cargo.lock` where there is
//! one), and `wasm-dispose` is added beside it, in the same table, with the
//! same form (`workspace = true`, `optional`), the file's formatting kept.

use std::path::{Path, PathBuf};

use semver::{Version, VersionReq};
use toml_edit::{DocumentMut, Item, Table, Value};

/// The oldest wasm-bindgen wasm-dispose builds with (README: wasm-bindgen
/// versions).
pub const OLDEST: Version = Version::new(0, 2, 100);
/// What is added: this tool's own version of wasm-dispose.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A manifest to rewrite.
pub struct Write {
    pub path: PathBuf,
    pub text: String,
    pub change: String,
}

/// The crate's manifest, parsed.
pub fn read(crate_dir: &Path) -> Result<DocumentMut, String> {
    let path = crate_dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.parse().map_err(|e| format!("{}: {e}", path.display()))
}

/// Checks the wasm-bindgen version and says what to write, if anything.
/// `Err` is a refusal, with its reason.
pub fn plan(crate_dir: &Path, doc: &DocumentMut) -> Result<Vec<Write>, String> {
    let manifest = crate_dir.join("Cargo.toml");
    let workspace = workspace_root(crate_dir);
    let root_doc = match &workspace {
        Some(root) if root != crate_dir => Some(read(root)?),
        _ => None,
    };
    let tables = dependency_tables(doc);
    let bindgen =
        tables.iter().find_map(|(path, t)| find_dep(t, "wasm-bindgen").map(|(k, item)| (path.clone(), k, item)));

    // The requirement: in the crate, or in [workspace.dependencies].
    if let Some((_, _, item)) = &bindgen {
        let inherited = is_inherited(item);
        let from_root = inherited
            .then(|| {
                root_doc.as_ref().or(Some(doc)).and_then(|d| {
                    d.get("workspace")?.get("dependencies")?.as_table_like()?.get("wasm-bindgen").cloned()
                })
            })
            .flatten();
        let req = version_of(from_root.as_ref().unwrap_or(item));
        if let Some(req) = req {
            check_requirement(&req, &manifest)?;
        }
    }
    let lock = workspace.clone().unwrap_or_else(|| crate_dir.to_path_buf()).join("Cargo.lock");
    if let Ok(text) = std::fs::read_to_string(&lock) {
        check_lock(&text, &lock)?;
    }

    if tables.iter().any(|(_, t)| find_dep(t, "wasm-dispose").is_some()) {
        return Ok(Vec::new());
    }
    let mut writes = Vec::new();
    let mut doc = doc.clone();
    let (table_path, bindgen_key, bindgen_item) = match bindgen {
        Some((p, k, i)) => (p, Some(k), Some(i)),
        None => (vec!["dependencies".to_string()], None, None),
    };
    let optional = bindgen_item.as_ref().and_then(|i| i.get("optional")).and_then(|v| v.as_bool()) == Some(true);
    let inherited = bindgen_item.as_ref().is_some_and(is_inherited);

    // `wasm-dispose` in the root's [workspace.dependencies] first, if the
    // crate inherits wasm-bindgen from there.
    let mut root_write = None;
    if inherited {
        let (root_path, mut root) = match (&workspace, root_doc) {
            (Some(root), Some(d)) => (root.join("Cargo.toml"), d),
            _ => (manifest.clone(), doc.clone()),
        };
        let deps = root.get_mut("workspace").and_then(|w| w.get_mut("dependencies")).and_then(Item::as_table_mut);
        if let Some(deps) = deps {
            if find_dep(deps, "wasm-dispose").is_none() {
                insert_beside(deps, "wasm-bindgen", Item::Value(Value::from(VERSION)));
                if root_path == manifest {
                    doc = root;
                } else {
                    root_write = Some(Write {
                        path: root_path,
                        text: root.to_string(),
                        change: format!("[workspace.dependencies] wasm-dispose = \"{VERSION}\""),
                    });
                }
            }
        }
    }

    let table = table_mut(&mut doc, &table_path);
    let dotted = bindgen_key.as_ref().and_then(|k| table.get(k)).and_then(Item::as_table).is_some_and(Table::is_dotted);
    let mut entry = toml_edit::InlineTable::new();
    if inherited {
        entry.insert("workspace", Value::from(true));
    } else {
        entry.insert("version", Value::from(VERSION));
    }
    if optional {
        entry.insert("optional", Value::from(true));
    }
    let item = if !inherited && !optional {
        Item::Value(Value::from(VERSION))
    } else if dotted {
        let mut t = entry.into_table();
        t.set_dotted(true);
        Item::Table(t)
    } else {
        Item::Value(Value::InlineTable(entry))
    };
    let shown = if inherited { "{ workspace = true }".to_string() } else { format!("\"{VERSION}\"") };
    insert_beside(table, bindgen_key.as_deref().unwrap_or("wasm-bindgen"), item);
    let mut change =
        format!("[{}] wasm-dispose = {shown}{}", table_path.join("."), if optional { " (optional)" } else { "" });
    if optional {
        change.push_str(&mirror_features(&mut doc, bindgen_key.as_deref().unwrap_or("wasm-bindgen")));
    }
    writes.push(Write { path: manifest, text: doc.to_string(), change });
    writes.extend(root_write);
    Ok(writes)
}

/// A requirement that admits no 0.2 release from 0.2.100 on is refused.
pub fn check_requirement(req: &str, manifest: &Path) -> Result<(), String> {
    let parsed =
        VersionReq::parse(req).map_err(|e| format!("{}: wasm-bindgen = \"{req}\": {e}", manifest.display()))?;
    // Any 0.2 release from the oldest supported on (patch numbers are
    // what wasm-bindgen's releases move).
    let admits = (OLDEST.patch..OLDEST.patch + 1000).any(|p| parsed.matches(&Version::new(0, 2, p)));
    if admits {
        Ok(())
    } else {
        Err(format!(
            "{}: wasm-bindgen = \"{req}\" allows no release wasm-dispose supports (0.2.{} or a later 0.2): \
             wasm-dispose relies on wasm-bindgen APIs older releases do not have; \
             raise the requirement to \"0.2.{}\" or later (and use the wasm-bindgen CLI of the version you lock), then run this again",
            manifest.display(),
            OLDEST.patch,
            OLDEST.patch
        ))
    }
}

/// A lockfile that pins wasm-bindgen below the range is refused: adding
/// wasm-dispose would change the version under the user's pinned CLI.
pub fn check_lock(text: &str, lock: &Path) -> Result<(), String> {
    let Ok(doc) = text.parse::<DocumentMut>() else { return Ok(()) };
    let Some(packages) = doc.get("package").and_then(Item::as_array_of_tables) else { return Ok(()) };
    for p in packages.iter() {
        if p.get("name").and_then(Item::as_str) != Some("wasm-bindgen") {
            continue;
        }
        let Some(v) = p.get("version").and_then(Item::as_str).and_then(|v| Version::parse(v).ok()) else { continue };
        if v < OLDEST {
            return Err(format!(
                "{} locks wasm-bindgen {v}; wasm-dispose needs {OLDEST} or a later 0.2 release (it relies on wasm-bindgen APIs {v} does not have): \
                 run `cargo update -p wasm-bindgen` (and use the wasm-bindgen CLI of the new version), then run this again",
                lock.display()
            ));
        }
    }
    Ok(())
}

/// `[dependencies]` and every `[target.'cfg(..)'.dependencies]`, with
/// their paths in the document.
fn dependency_tables(doc: &DocumentMut) -> Vec<(Vec<String>, &Table)> {
    let mut out = Vec::new();
    if let Some(t) = doc.get("dependencies").and_then(Item::as_table) {
        out.push((vec!["dependencies".to_string()], t));
    }
    if let Some(targets) = doc.get("target").and_then(Item::as_table) {
        for (cfg, t) in targets.iter() {
            if let Some(deps) = t.get("dependencies").and_then(Item::as_table) {
                out.push((vec!["target".into(), cfg.to_string(), "dependencies".into()], deps));
            }
        }
    }
    out
}

fn table_mut<'a>(doc: &'a mut DocumentMut, path: &[String]) -> &'a mut Table {
    let mut table = doc.as_table_mut();
    for key in path {
        let item = table.entry(key).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        table = item.as_table_mut().expect("a dependency table");
    }
    table
}

/// The key of a dependency on `package`, also when renamed (`package = ..`).
fn find_dep(table: &Table, package: &str) -> Option<(String, Item)> {
    table.iter().find_map(|(key, item)| {
        let renamed = item.get("package").and_then(|p| p.as_str());
        (renamed.unwrap_or(key) == package).then(|| (key.to_string(), item.clone()))
    })
}

fn is_inherited(item: &Item) -> bool {
    item.get("workspace").and_then(|w| w.as_bool()) == Some(true)
}

fn version_of(item: &Item) -> Option<String> {
    match item {
        Item::Value(Value::String(s)) => Some(s.value().clone()),
        _ => item.get("version").and_then(|v| v.as_str()).map(str::to_string),
    }
}

/// Puts `wasm-dispose` in sorted place in a sorted table, else right after
/// `beside`.
fn insert_beside(table: &mut Table, beside: &str, item: Item) {
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let sorted = keys.windows(2).all(|w| w[0] <= w[1]);
    table.insert("wasm-dispose", item);
    if sorted {
        table.sort_values_by(|a, _, b, _| a.get().cmp(b.get()));
        return;
    }
    let Some(at) = keys.iter().position(|k| k == beside) else { return };
    let rank = |k: &str| match keys.iter().position(|x| x == k) {
        Some(i) if i <= at => 2 * i,
        Some(i) => 2 * i + 2,
        None => 2 * at + 1,
    };
    // Stable, so keys of dotted sub-tables keep their order.
    table.sort_values_by(|a, _, b, _| rank(a.get()).cmp(&rank(b.get())));
}

/// wasm-bindgen is optional: every feature that turns it on turns
/// wasm-dispose on too.
fn mirror_features(doc: &mut DocumentMut, bindgen: &str) -> String {
    let Some(features) = doc.get_mut("features").and_then(Item::as_table_mut) else {
        return format!(
            "; note: `{bindgen}` is optional but no feature names it: enable wasm-dispose wherever it is enabled"
        );
    };
    let mut touched = Vec::new();
    for (name, list) in features.iter_mut() {
        let Some(array) = list.as_array_mut() else { continue };
        let values: Vec<String> = array.iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
        for form in [bindgen.to_string(), format!("dep:{bindgen}")] {
            let ours = form.replace(bindgen, "wasm-dispose");
            if values.contains(&form) && !values.contains(&ours) {
                push_like_the_rest(array, ours);
                touched.push(name.to_string());
            }
        }
    }
    if touched.is_empty() {
        format!("; note: `{bindgen}` is optional but no feature names it: enable wasm-dispose wherever it is enabled")
    } else {
        format!("; also in features {}", touched.join(", "))
    }
}

/// Appends `value` laid out as the last element is: on a line of its own
/// in an array written one element a line (photon's features), else after
/// a space.
fn push_like_the_rest(array: &mut toml_edit::Array, value: String) {
    let prefix = array.iter().last().and_then(|v| v.decor().prefix()).and_then(|p| p.as_str()).map(str::to_string);
    let mut value = Value::from(value);
    if let Some(prefix) = prefix.filter(|p| p.contains('\n')) {
        value.decor_mut().set_prefix(prefix);
    }
    array.push_formatted(value);
}

/// The workspace `crate_dir` belongs to (where Cargo.lock is): the crate
/// itself if its Cargo.toml has `[workspace]`, else the nearest directory
/// above whose `[workspace]` lists it in `members` (and not in `exclude`).
pub fn workspace_root(crate_dir: &Path) -> Option<PathBuf> {
    let mut dir = Some(crate_dir);
    while let Some(d) = dir {
        let doc = std::fs::read_to_string(d.join("Cargo.toml")).ok().and_then(|t| t.parse::<DocumentMut>().ok());
        if let Some(ws) = doc.as_ref().and_then(|doc| doc.get("workspace")) {
            if d == crate_dir {
                return Some(d.to_path_buf());
            }
            let rel = crate_dir.strip_prefix(d).ok()?.to_string_lossy().replace('\\', "/");
            let listed = |key: &str| {
                ws.get(key)
                    .and_then(Item::as_array)
                    .is_some_and(|a| a.iter().filter_map(|v| v.as_str()).any(|p| glob(p, &rel)))
            };
            // Cargo stops at the first workspace above; one that does not
            // list the crate is not its workspace.
            return (listed("members") && !listed("exclude")).then(|| d.to_path_buf());
        }
        dir = d.parent();
    }
    None
}

/// A `members` pattern: path segments, `*` within a segment.
fn glob(pattern: &str, path: &str) -> bool {
    let (p, s): (Vec<&str>, Vec<&str>) =
        (pattern.trim_end_matches('/').split('/').collect(), path.split('/').collect());
    p.len() == s.len()
        && p.iter().zip(&s).all(|(p, s)| match p.split_once('*') {
            Some((pre, post)) => s.len() >= pre.len() + post.len() && s.starts_with(pre) && s.ends_with(post),
            None => p == s,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_that_admit_a_supported_release_pass() {
        let m = Path::new("Cargo.toml");
        for ok in ["0.2", "0.2.87", "^0.2.100", "~0.2.90", ">=0.2.80, <0.3", "=0.2.130", "~0.2.93", "*"] {
            assert!(check_requirement(ok, m).is_ok(), "{ok}");
        }
        for old in ["=0.2.92", "<0.2.100", ">=0.2.80, <0.2.95", "0.3", "0.1"] {
            let e = check_requirement(old, m).unwrap_err();
            assert!(e.contains("allows no release wasm-dispose supports"), "{old}: {e}");
        }
    }

    #[test]
    fn workspace_members_match_like_cargo() {
        assert!(glob("crates/*", "crates/app"));
        assert!(glob("app", "app"));
        assert!(glob("crates/app-*", "crates/app-web"));
        assert!(!glob("crates/*", "tools/app"));
        assert!(!glob("crates/*", "crates/app/sub"));
    }
}
