//! `cargo wasm-dispose migrate`: turns a wasm-bindgen crate's exported
//! structs into disposable classes. It swaps `#[wasm_bindgen]` for
//! `#[disposable]` on every exported struct and every impl block of one
//! (options kept), imports `disposable` where it is used, and adds the
//! `wasm-dispose` dependency; everything else in the files is left byte for
//! byte. See `docs/migrating.md`.

pub mod attrs;
pub mod check;
pub mod edit;
pub mod manifest;
pub mod plan;
pub mod resolve;
pub mod scan;
pub mod source;

use std::path::{Path, PathBuf};

/// What to do.
pub struct Options {
    /// The crate's directory (or its `Cargo.toml`).
    pub path: PathBuf,
    /// Report only; write nothing.
    pub check: bool,
    /// Also swap `#[wasm_bindgen]` functions that take the classes.
    pub functions: bool,
}

/// What was (or, with `check`, would be) done.
#[derive(Debug, Default)]
pub struct Outcome {
    /// One line per changed item or manifest: `src/lib.rs:12: struct Foo`.
    pub changes: Vec<String>,
    /// Items left as `#[wasm_bindgen]`, with the reason.
    pub skipped: Vec<String>,
    /// Other things worth knowing (a `mod` whose file is missing, code that
    /// names a class's hidden ABI types).
    pub notes: Vec<String>,
    /// The files written (none with `check`).
    pub written: Vec<PathBuf>,
}

/// Migrates the crate. `Err` is a refusal (wasm-bindgen too old, no
/// library, a file that does not parse): nothing is written then.
pub fn migrate(opts: &Options) -> Result<Outcome, String> {
    let given = if opts.path.is_file() { opts.path.parent().unwrap_or(Path::new(".")) } else { &opts.path };
    // Absolute, so that the workspace above it can be found.
    let crate_dir = std::fs::canonicalize(given).map_err(|e| format!("{}: {e}", given.display()))?;
    let doc = manifest::read(&crate_dir)?;
    let root = source::library_root(&crate_dir, &doc)?;
    let writes = manifest::plan(&crate_dir, &doc)?;
    let krate = scan::scan(root)?;
    let plan = plan::plan(&krate, opts.functions);

    let shown = |file: usize| {
        let p = &krate.files[file].path;
        p.strip_prefix(&crate_dir).unwrap_or(p).display().to_string()
    };
    let mut out = Outcome::default();
    out.changes.extend(plan.changes.iter().map(|(f, line, what)| format!("{}:{line}: {what}", shown(*f))));
    out.skipped.extend(plan.skipped.iter().map(|(f, line, why)| format!("{}:{line}: {why}", shown(*f))));
    out.notes.extend(krate.missing.iter().cloned());
    if let Some((file, line, name)) = plan.plain_fns.first() {
        out.notes.push(format!(
            "{}:{line}: fn {name} takes a class and keeps #[wasm_bindgen] ({} such function(s)): wasm-bindgen \
             refuses a disposed object passed to one from inside WebAssembly, which may leave the export's frame \
             on the shadow stack each time; `--functions` swaps them to #[disposable], which refuses it with \
             `DisposedError` and leaves nothing (docs/limits.md)",
            shown(*file),
            plan.plain_fns.len()
        ));
    }

    let mut files = Vec::new();
    for (i, file) in krate.files.iter().enumerate() {
        if let Some(text) = edit::apply(&file.text, i, &plan.edits) {
            // Our edits must leave valid Rust; refuse rather than write
            // something that does not parse.
            source::SourceFile { path: file.path.clone(), text: text.clone() }
                .parse()
                .map_err(|e| format!("internal error: the edited file would not parse ({e}); nothing was written"))?;
            files.push((file.path.clone(), text));
        }
    }
    // The dependency is added only where the crate uses the attribute.
    let uses_it = !plan.edits.is_empty()
        || krate.structs.iter().any(|s| s.attrs.iter().any(|f| f.kind == attrs::Kind::Disposable));
    if uses_it {
        for (i, file) in krate.files.iter().enumerate() {
            for (line, what) in hand_rolled(&file.text) {
                out.notes.push(format!("{}:{line}: {what}", shown(i)));
            }
            let (lines, names) = hidden_abi(&file.text);
            if let Some(first) = lines.first() {
                out.notes.push(format!(
                    "{}:{first}: names wasm-bindgen's hidden conversion types (`__rt::WasmPtr`, `RcRef`, ...; {} \
                     line(s) in this file), which a #[disposable] class does not have: write {} (docs/limits.md)",
                    shown(i),
                    lines.len(),
                    hidden_abi_instead(&names)
                ));
            }
        }
    }
    if uses_it {
        if let Ok(text) = std::fs::read_to_string(crate_dir.join("package.json")) {
            if let Some(line) = text.lines().position(|l| l.contains("\"jest\"")) {
                out.notes.push(format!(
                    "package.json:{}: Jest loads CommonJS with a loader of its own, without Node's require(esm): \
                     a CommonJS glue that requires the runtime's ES-module snippet fails there; see \
                     docs/runtimes-and-workers.md for three ways (Jest 30 on Node 24.9+ with \
                     --experimental-vm-modules, compile `.mjs` with babel-jest, or ship a CommonJS copy of the \
                     snippet)",
                    line + 1
                ));
            }
            if let Some((line, dir)) = package_files(&text) {
                out.notes.push(format!(
                    "package.json:{line}: its \"files\" list names the wasm-bindgen package's files but not \
                     `{dir}snippets/`, where the runtime's JavaScript goes: add it, or the published package \
                     fails to load (docs/migrating.md)"
                ));
            }
        }
        for w in writes {
            let p = w.path.strip_prefix(&crate_dir).unwrap_or(&w.path).display().to_string();
            out.changes.push(format!("{p}: {}", w.change));
            files.push((w.path, w.text));
        }
    }
    if !opts.check {
        for (path, text) in files {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            out.written.push(path);
        }
    }
    Ok(out)
}

/// The lines that name wasm-bindgen's hidden types for a class's ABI
/// (`wasm_bindgen::__rt::WasmPtr`, `RcRef`, `RcRefMut`, `WasmRefCell`): code
/// that turns an object's `__wbg_ptr` into a reference by hand, as y-crdt's
/// ywasm does. A `#[disposable]` class crosses as a `u32` with anchors of
/// its own, so such code needs an edit the tool does not make.
/// Also the names found, each once, for [`hidden_abi_instead`].
fn hidden_abi(text: &str) -> (Vec<usize>, Vec<&'static str>) {
    const NAMES: [&str; 4] = ["WasmPtr", "RcRef", "RcRefMut", "WasmRefCell"];
    let mut uses_rt = false;
    let mut lines = Vec::new();
    let mut names = Vec::new();
    for (n, code) in code_lines(text).enumerate() {
        uses_rt |= code.contains("__rt");
        let mut named = false;
        for word in code.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if let Some(name) = NAMES.iter().find(|name| **name == word) {
                named = true;
                if !names.contains(name) {
                    names.push(*name);
                }
            }
        }
        if named {
            lines.push(n + 1);
        }
    }
    if uses_rt {
        (lines, names)
    } else {
        (Vec::new(), Vec::new())
    }
}

/// What to write instead of each hidden type a file names: a reference
/// taken with `ref_mut_from_abi` needs `RefMutFromWasmAbi`'s anchor, not
/// `RefFromWasmAbi`'s (ywasm's `RcRefMut<YText>`).
fn hidden_abi_instead(names: &[&str]) -> String {
    let mut out = Vec::new();
    if names.iter().any(|n| *n == "WasmPtr" || *n == "WasmRefCell") {
        out.push("`u32` for `WasmPtr<WasmRefCell<T>>` (`Abi = u32`; `ptr as u32` for `WasmPtr::from_usize(ptr)`)");
    }
    if names.contains(&"RcRef") {
        out.push("`<T as RefFromWasmAbi>::Anchor` for `RcRef<T>`");
    }
    if names.contains(&"RcRefMut") {
        out.push("`<T as RefMutFromWasmAbi>::Anchor` for `RcRefMut<T>`");
    }
    out.join(", ")
}

/// Each line of `text` without its `//` comment (a rough cut, enough for
/// the notes: a `//` inside a string ends the line early).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|line| line.split("//").next().unwrap_or_default())
}

/// Other hand-made conversions of a class that change meaning under
/// `#[disposable]`, found in loro: the first line of each, with what to do.
fn hand_rolled(text: &str) -> Vec<(usize, &'static str)> {
    // (what the line holds, a second word it must hold too, what to do)
    const FOUND: [(&str, &str, &str); 2] = [
        (
            "\"__wbg_ptr\"",
            "",
            "reads an object's `__wbg_ptr` by name: a disposed or moved #[disposable] object keeps a nonzero \
             pointer (to a sentinel), so test `disposed` instead of 0, before any conversion that would refuse it \
             (docs/limits.md)",
        ),
        (
            // wasm-bindgen's own trait (`use wasm_bindgen::convert::TryFromJsValue`) works as before.
            "TryFromJsValue",
            "derive",
            "derives or names `TryFromJsValue`: wasm-bindgen-derive's derive accepts #[wasm_bindgen] structs only; \
             a #[disposable] class implements wasm-bindgen's own `TryFromJsValue` (docs/limits.md)",
        ),
    ];
    let mut out = Vec::new();
    for (needle, also, what) in FOUND {
        let found = code_lines(text).position(|code| code.contains(needle) && code.contains(also));
        if let Some(n) = found {
            out.push((n + 1, what));
        }
    }
    out
}

/// A `package.json` whose `"files"` list names a wasm-bindgen package's
/// files one by one (`pkg/x_bg.wasm`) and nothing under its `snippets/`
/// (as matrix-sdk-crypto-wasm's does): the line of `"files"`, and the
/// package's directory (`pkg/`).
fn package_files(text: &str) -> Option<(usize, String)> {
    let start = text.find("\"files\"")?;
    let list = &text[start..];
    let list = &list[..list.find(']')?];
    let line = text[..start].lines().count().max(1);
    let wasm = list.split('"').find(|entry| entry.ends_with("_bg.wasm"))?;
    if list.contains("snippets") || list.split('"').any(|e| e.contains('*')) {
        return None;
    }
    let dir = wasm.rfind('/').map(|i| &wasm[..=i]).unwrap_or_default();
    Some((line, dir.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{hand_rolled, hidden_abi, hidden_abi_instead, package_files};

    #[test]
    fn a_files_list_without_the_snippets_is_noted() {
        let text = "{\n  \"name\": \"x\",\n  \"files\": [\n    \"index.mjs\",\n    \"pkg/x_bg.js\",\n    \"pkg/x_bg.wasm\"\n  ]\n}\n";
        assert_eq!(package_files(text), Some((3, "pkg/".to_string())));
        assert_eq!(package_files(&text.replace("\"index.mjs\"", "\"pkg/snippets/\"")), None);
        // A glob may take the directory; no list at all takes everything.
        assert_eq!(package_files(&text.replace("\"index.mjs\"", "\"pkg/**\"")), None);
        assert_eq!(package_files("{ \"name\": \"x\" }"), None);
        assert_eq!(package_files("{ \"files\": [\"x_bg.wasm\"] }"), Some((1, String::new())));
    }

    #[test]
    fn hand_rolled_conversions_are_noted_once_a_file() {
        let text = "let p = get(&v, \"__wbg_ptr\");\n#[derive(TryFromJsValue)]\nstruct A;\nget(&w, \"__wbg_ptr\");";
        let lines: Vec<usize> = hand_rolled(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(lines, [1, 2]);
        // wasm-bindgen's own trait, as matrix-sdk-crypto-wasm uses it: nothing to note.
        let own = "use wasm_bindgen::convert::TryFromJsValue;\nlet id = RoomId::try_from_js_value(v)?;";
        assert!(hand_rolled(own).is_empty());
        assert_eq!(hand_rolled("use wasm_bindgen_derive::TryFromJsValue;").len(), 1);
        assert!(hand_rolled("// \"__wbg_ptr\" in a comment").is_empty());
    }

    #[test]
    fn code_naming_the_hidden_abi_types_is_noted_by_line() {
        let text = "use wasm_bindgen::__rt::{RcRefMut, WasmPtr};\nfn f() {}\n// WasmPtr in a comment\nlet r: RcRefMut<T> = x;\n";
        assert_eq!(hidden_abi(text).0, [1, 4]);
        // Without `__rt`, a type of that name is the crate's own.
        assert!(hidden_abi("struct WasmPtr;\nlet p: WasmPtr = WasmPtr;").0.is_empty());
    }

    #[test]
    fn the_hidden_abi_note_names_the_replacement_of_each_type_the_file_names() {
        // ywasm's js.rs: mutable references only.
        let js = "use wasm_bindgen::__rt::RcRefMut;\nText(RcRefMut<YText>),\n    use wasm_bindgen::__rt::{WasmPtr, \
                  WasmRefCell};\nT: RefMutFromWasmAbi<Abi = WasmPtr<WasmRefCell<T>>>,\n";
        let (lines, names) = hidden_abi(js);
        assert_eq!(lines, [1, 2, 3, 4]);
        let note = hidden_abi_instead(&names);
        assert_eq!(
            note,
            "`u32` for `WasmPtr<WasmRefCell<T>>` (`Abi = u32`; `ptr as u32` for `WasmPtr::from_usize(ptr)`), \
             `<T as RefMutFromWasmAbi>::Anchor` for `RcRefMut<T>`"
        );
        assert!(!note.contains("RefFromWasmAbi>"));
        // ywasm's transaction.rs: both kinds of reference.
        let (_, names) = hidden_abi("use wasm_bindgen::__rt::{RcRef, RcRefMut, WasmPtr};\n");
        let note = hidden_abi_instead(&names);
        assert!(note.contains("`<T as RefFromWasmAbi>::Anchor` for `RcRef<T>`"), "{note}");
        assert!(note.contains("`<T as RefMutFromWasmAbi>::Anchor` for `RcRefMut<T>`"), "{note}");
        assert!(note.starts_with("`u32` for"), "{note}");
    }
}
