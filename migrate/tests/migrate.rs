//! The tool on small crates written to a temporary directory: what it
//! swaps, what it leaves, what it writes to Cargo.toml, and its exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;

use cargo_wasm_dispose::{migrate, Options, Outcome};

const MANIFEST: &str = r#"[package]
name = "shapes"
version = "0.1.0"
edition = "2021"

[lib]
crate-type = ["cdylib", "rlib"]

[dependencies]
wasm-bindgen = "0.2.100"
"#;

/// A crate in a fresh directory: `files` are (path, text) pairs.
fn krate(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("migrate-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    if !files.iter().any(|(p, _)| *p == "Cargo.toml") {
        std::fs::write(dir.join("Cargo.toml"), MANIFEST).unwrap();
    }
    dir
}

fn run(dir: &Path, functions: bool) -> Outcome {
    migrate(&Options { path: dir.to_path_buf(), check: false, functions }).unwrap()
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap()
}

/// Runs the binary as cargo runs a subcommand; returns (exit code, stdout, stderr).
fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cargo-wasm-dispose")).arg("wasm-dispose").args(args).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn swaps_structs_and_impls_and_leaves_everything_else_byte_for_byte() {
    let lib = r#"//! Shapes.
use wasm_bindgen::prelude::*;

/// An image.   (a doc comment, spaced oddly)
#[wasm_bindgen( inspectable ,js_name = "Picture" )] // trailing comment
#[derive(Default)]
pub struct Image {
    pub width: u32,
    #[wasm_bindgen(readonly)]
    pub height: u32,
}

#[wasm_bindgen(js_class = "Picture")]
impl Image {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Image { Image::default() }   // kept on one line
}

#[wasm_bindgen]
pub enum Color { Red, Green }

#[wasm_bindgen]
extern "C" {
    fn alert(s: &str);
}

#[wasm_bindgen]
pub fn area(image: &Image) -> u32 { image.width * image.height }

#[wasm_bindgen]
impl Color2 {}
pub struct Color2;
"#;
    let dir = krate("basic", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    let want = lib
        .replace("use wasm_bindgen::prelude::*;\n", "use wasm_bindgen::prelude::*;\nuse wasm_dispose::disposable;\n")
        .replace("#[wasm_bindgen( inspectable", "#[disposable( inspectable")
        .replace("#[wasm_bindgen(js_class", "#[disposable(js_class");
    assert_eq!(read(&dir, "src/lib.rs"), want);
    assert_eq!(
        out.changes,
        [
            "src/lib.rs:7: struct Image",
            "src/lib.rs:14: impl Image",
            "Cargo.toml: [dependencies] wasm-dispose = \"0.1.0\""
        ]
    );
}

#[test]
fn impls_in_other_modules_and_files_are_found_by_use_path_and_glob() {
    let lib = "mod shapes;\nmod ops;\nmod more;\n\npub mod inline {\n    use super::shapes::*;\n\n    #[wasm_bindgen::prelude::wasm_bindgen]\n    impl Circle {\n        pub fn r(&self) -> f64 { 1.0 }\n    }\n}\n";
    let shapes = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\npub struct Square;\n\n#[wasm_bindgen]\npub struct Circle;\n\n// Not exported: its impl is not a class's.\npub struct Plain;\n";
    let ops = "use crate::shapes::Square as Sq;\nuse wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\nimpl Sq {\n    #[wasm_bindgen::prelude::wasm_bindgen(constructor)]\n    pub fn new() -> Sq { Sq }\n}\n\n#[wasm_bindgen]\nimpl super::shapes::Plain {}\n";
    let more = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\nimpl crate::shapes::Circle {\n    pub fn d(&self) -> f64 { 2.0 }\n}\n";
    let dir = krate(
        "modules",
        &[("src/lib.rs", lib), ("src/shapes.rs", shapes), ("src/ops.rs", ops), ("src/more/mod.rs", more)],
    );
    run(&dir, false);
    assert_eq!(
        read(&dir, "src/lib.rs"),
        "mod shapes;\nmod ops;\nmod more;\n\npub mod inline {\n    use super::shapes::*;\n    use wasm_dispose::disposable;\n\n    #[disposable]\n    impl Circle {\n        pub fn r(&self) -> f64 { 1.0 }\n    }\n}\n"
    );
    assert_eq!(
        read(&dir, "src/shapes.rs"),
        shapes
            .replace("#[wasm_bindgen]\npub struct", "#[disposable]\npub struct")
            .replace("prelude::*;\n", "prelude::*;\nuse wasm_dispose::disposable;\n")
    );
    // The method's attribute by path is spelled the way #[disposable] reads it;
    // the impl of a struct that is not exported is left alone.
    assert_eq!(
        read(&dir, "src/ops.rs"),
        "use crate::shapes::Square as Sq;\nuse wasm_bindgen::prelude::*;\nuse wasm_dispose::disposable;\n\n#[disposable]\nimpl Sq {\n    #[wasm_bindgen(constructor)]\n    pub fn new() -> Sq { Sq }\n}\n\n#[wasm_bindgen]\nimpl super::shapes::Plain {}\n"
    );
    assert_eq!(
        read(&dir, "src/more/mod.rs"),
        more.replace("#[wasm_bindgen]\nimpl", "#[disposable]\nimpl")
            .replace("prelude::*;\n", "prelude::*;\nuse wasm_dispose::disposable;\n")
    );
}

#[test]
fn renamed_classes_with_the_same_rust_name_are_told_apart() {
    let lib = r#"use wasm_bindgen::prelude::*;

mod a {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(js_name = "FooA")]
    pub struct Foo;
}

mod b {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(js_name = FooB)]
    pub struct Foo;
}

#[wasm_bindgen(js_class = "FooA")]
impl a::Foo {
    pub fn a(&self) {}
}

#[wasm_bindgen(js_class = FooB)]
impl self::b::Foo {
    pub fn b(&self) {}
}
"#;
    let dir = krate("renamed", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    let text = read(&dir, "src/lib.rs");
    assert_eq!(text.matches("#[disposable(js_name").count(), 2, "{text}");
    assert_eq!(text.matches("#[disposable(js_class").count(), 2, "{text}");
    assert_eq!(text.matches("use wasm_dispose::disposable;").count(), 3, "{text}");
}

#[test]
fn an_impl_that_could_be_either_class_keeps_both_unswapped() {
    // `impl Foo` through a macro-made module: no path to follow, two
    // classes of that name, no js_class to choose.
    let lib = "use wasm_bindgen::prelude::*;\nmod a { use wasm_bindgen::prelude::*; #[wasm_bindgen] pub struct Foo; }\nmod b { use wasm_bindgen::prelude::*; #[wasm_bindgen(js_name = B)] pub struct Foo; }\nmod c {\n    use wasm_bindgen::prelude::*;\n    use made::*;\n    #[wasm_bindgen]\n    impl Foo {}\n}\n";
    let dir = krate("ambiguous", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    assert_eq!(read(&dir, "src/lib.rs"), lib);
    assert_eq!(out.skipped.len(), 2, "{:?}", out.skipped);
    assert!(
        out.skipped[0].starts_with(
            "src/lib.rs:8: class `Foo` kept #[wasm_bindgen]: cannot tell which exported struct `impl Foo` is for"
        ),
        "{:?}",
        out.skipped
    );
    assert!(out.changes.is_empty(), "{:?}", out.changes);
    assert!(!read(&dir, "Cargo.toml").contains("wasm-dispose"), "no dependency for nothing");
}

#[test]
fn cfg_items_keep_their_cfg_and_a_module_of_only_cfg_items_names_the_attribute_by_path() {
    let lib = r#"use wasm_bindgen::prelude::*;

#[cfg(feature = "extra")]
#[wasm_bindgen]
pub struct Extra;

#[cfg_attr(target_family = "wasm", wasm_bindgen(inspectable))]
pub struct Both;

#[cfg_attr(target_family = "wasm", derive(Clone), wasm_bindgen)]
#[cfg(feature = "extra")]
impl Extra {
    pub fn go(&self) {}
}

#[cfg_attr(target_family = "wasm", wasm_bindgen)]
impl Both {}

mod always {
    use wasm_bindgen::prelude::*;
    #[cfg(feature = "extra")]
    #[wasm_bindgen]
    pub struct Sometimes;
    #[wasm_bindgen]
    pub struct Always;
}
"#;
    let dir = krate("cfg", &[("src/lib.rs", lib)]);
    run(&dir, false);
    // No item of the crate root is always compiled: an import could be
    // unused, so the attribute is named by path there.
    let want = lib
        .replace("#[wasm_bindgen]\npub struct Extra", "#[wasm_dispose::disposable]\npub struct Extra")
        .replace("wasm_bindgen(inspectable)", "wasm_dispose::disposable(inspectable)")
        .replace("derive(Clone), wasm_bindgen)", "derive(Clone), wasm_dispose::disposable)")
        .replace("\"wasm\", wasm_bindgen)]\nimpl Both", "\"wasm\", wasm_dispose::disposable)]\nimpl Both")
        .replace(
            "    use wasm_bindgen::prelude::*;\n    #[cfg",
            "    use wasm_bindgen::prelude::*;\n    use wasm_dispose::disposable;\n    #[cfg",
        )
        .replace("    #[wasm_bindgen]\n    pub struct", "    #[disposable]\n    pub struct");
    assert_eq!(read(&dir, "src/lib.rs"), want);
}

#[test]
fn items_in_function_bodies_and_macro_bodies_are_found() {
    let lib = r#"use wasm_bindgen::prelude::*;

macro_rules! make {
    ($field:ident) => {
        #[wasm_bindgen]
        pub struct Made { pub $field: u32 }
    };
}
make!(a);

#[wasm_bindgen]
impl Made {
    pub fn get(&self) -> u32 { self.a }
}

pub fn local() {
    #[wasm_bindgen]
    pub struct Local;
    #[wasm_bindgen]
    impl Local {}
}
"#;
    let dir = krate("nested", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    assert_eq!(out.changes.len(), 5, "{:?}", out.changes);
    let text = read(&dir, "src/lib.rs");
    assert!(!text.contains("#[wasm_bindgen]"), "{text}");
    assert_eq!(text.matches("#[disposable]").count(), 4);
    assert!(text.starts_with("use wasm_bindgen::prelude::*;\nuse wasm_dispose::disposable;\n\nmacro_rules!"), "{text}");
}

#[test]
fn options_disposable_rejects_are_reported_and_their_class_left_whole() {
    let lib = r#"use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Pool;

#[wasm_bindgen]
impl Pool {
    /// Plain accepts a method named `free`; a disposable class has its own.
    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {}
}
"#;
    let dir = krate("rejected", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    let text = read(&dir, "src/lib.rs");
    assert!(text.contains("#[wasm_bindgen]\npub struct Pool;\n\n#[wasm_bindgen]\nimpl Pool"), "{text}");
    assert_eq!(out.skipped.len(), 1, "{:?}", out.skipped);
    assert!(
        out.skipped[0].starts_with("src/lib.rs:10: class `Pool` kept #[wasm_bindgen]: the member `free`"),
        "{:?}",
        out.skipped
    );
}

#[test]
fn a_class_that_extends_another_swaps_with_it_or_not_at_all() {
    let lib = r#"use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Animal;

#[wasm_bindgen(extends = Animal)]
pub struct Dog;

#[wasm_bindgen]
impl Dog {
    pub fn bark(&self) {}
}

#[wasm_bindgen]
pub struct Tank;

#[wasm_bindgen(extends = Tank)]
pub struct Pool;

#[wasm_bindgen]
impl Pool {
    #[wasm_bindgen(js_name = free)]
    pub fn release(&mut self) {}
}
"#;
    let dir = krate("extends", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    let text = read(&dir, "src/lib.rs");
    assert!(text.contains("#[disposable]\npub struct Animal"), "{text}");
    assert!(text.contains("#[disposable(extends = Animal)]\npub struct Dog;\n\n#[disposable]\nimpl Dog"), "{text}");
    // Pool cannot swap (a member named `free`), so Tank, its parent, stays.
    assert!(text.contains("#[wasm_bindgen]\npub struct Tank;"), "{text}");
    assert!(text.contains("#[wasm_bindgen(extends = Tank)]\npub struct Pool;"), "{text}");
    assert!(
        out.skipped
            .iter()
            .any(|s| s.starts_with("src/lib.rs:17: class `Tank` kept #[wasm_bindgen]: `Pool`, which extends it")),
        "{:?}",
        out.skipped
    );
}

#[test]
fn the_functions_flag_swaps_functions_that_take_classes() {
    let lib = r#"use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Foo;

#[wasm_bindgen]
pub enum Kind { A }

#[wasm_bindgen]
pub fn by_ref(a: &Foo, b: &mut Foo) {}
#[wasm_bindgen]
pub fn by_value(a: Foo) {}
#[wasm_bindgen(js_name = optional)]
pub fn by_option(a: Option<Foo>) {}
#[wasm_bindgen]
pub fn many(a: Vec<Foo>) {}
#[wasm_bindgen]
pub fn returns() -> Foo { Foo }
#[wasm_bindgen]
pub fn kind(k: Kind) {}
#[wasm_bindgen]
pub unsafe fn risky(a: &Foo) {}
"#;
    let dir = krate("functions-off", &[("src/lib.rs", lib)]);
    run(&dir, false);
    assert_eq!(read(&dir, "src/lib.rs").matches("#[disposable").count(), 1);

    let dir = krate("functions-on", &[("src/lib.rs", lib)]);
    let out = run(&dir, true);
    let text = read(&dir, "src/lib.rs");
    for f in ["by_ref", "by_value", "many"] {
        assert!(text.contains(&format!("#[disposable]\npub fn {f}")), "{f}: {text}");
    }
    assert!(text.contains("#[disposable(js_name = optional)]\npub fn by_option"), "{text}");
    for f in ["returns", "kind"] {
        assert!(text.contains(&format!("#[wasm_bindgen]\npub fn {f}")), "{f}: {text}");
    }
    assert!(text.contains("#[wasm_bindgen]\npub unsafe fn risky"), "{text}");
    assert_eq!(out.skipped, ["src/lib.rs:22: fn risky kept #[wasm_bindgen]: it is `unsafe`"]);
}

#[test]
fn a_second_run_changes_nothing() {
    let lib = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\npub struct A;\n#[wasm_bindgen]\nimpl A {}\n#[wasm_bindgen]\npub fn take(a: &A) {}\n";
    let dir = krate("twice", &[("src/lib.rs", lib)]);
    run(&dir, true);
    let (src, manifest) = (read(&dir, "src/lib.rs"), read(&dir, "Cargo.toml"));
    let again = run(&dir, true);
    assert!(again.changes.is_empty() && again.written.is_empty(), "{again:?}");
    assert_eq!((read(&dir, "src/lib.rs"), read(&dir, "Cargo.toml")), (src, manifest));
}

#[test]
fn check_reports_writes_nothing_and_exits_1_only_when_something_would_change() {
    let lib = "use wasm_bindgen::prelude::*;\n#[wasm_bindgen]\npub struct A;\n";
    let dir = krate("check", &[("src/lib.rs", lib)]);
    let path = dir.to_str().unwrap();
    let (code, stdout, _) = cli(&["migrate", path, "--check"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("would change: src/lib.rs:3: struct A"), "{stdout}");
    assert_eq!(read(&dir, "src/lib.rs"), lib);
    assert_eq!(read(&dir, "Cargo.toml"), MANIFEST);

    let (code, stdout, _) = cli(&["migrate", path]);
    assert_eq!(code, 0, "{stdout}");
    let (code, stdout, _) = cli(&["migrate", "--check", path]);
    assert_eq!((code, stdout.as_str()), (0, "nothing to change\n"));

    let (code, _, stderr) = cli(&["migrate", path, "--bogus"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown option --bogus"), "{stderr}");
}

#[test]
fn cargo_toml_keeps_its_formatting_and_gets_wasm_dispose_beside_wasm_bindgen() {
    let lib = "#[wasm_bindgen::prelude::wasm_bindgen]\npub struct A;\n";
    // Unsorted: right after wasm-bindgen, comments and spacing kept.
    let manifest = "[package]\nname = \"a\"   # the name\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n# JS glue\nwasm-bindgen   =   \"0.2.100\"\nserde = \"1\"\njs-sys = \"0.3\"\n";
    let dir = krate("manifest-unsorted", &[("src/lib.rs", lib), ("Cargo.toml", manifest)]);
    run(&dir, false);
    assert_eq!(read(&dir, "Cargo.toml"), manifest.replace("\"0.2.100\"\n", "\"0.2.100\"\nwasm-dispose = \"0.1.0\"\n"));
    // The import goes above the first item when the file has no `use`.
    assert_eq!(read(&dir, "src/lib.rs"), "use wasm_dispose::disposable;\n\n#[disposable]\npub struct A;\n");

    // Sorted: in sorted place. A target-specific table: that table.
    let manifest = "[package]\nname = \"a\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[target.'cfg(target_family = \"wasm\")'.dependencies]\njs-sys = \"0.3\"\nwasm-bindgen = { version = \"0.2.105\", default-features = false }\nwasm-bindgen-futures = \"0.4\"\nweb-sys = \"0.3\"\n";
    let dir = krate("manifest-target", &[("src/lib.rs", lib), ("Cargo.toml", manifest)]);
    run(&dir, false);
    assert_eq!(read(&dir, "Cargo.toml"), manifest.replace("web-sys", "wasm-dispose = \"0.1.0\"\nweb-sys"));

    // Optional: optional too, in the features that turn wasm-bindgen on.
    let manifest = "[package]\nname = \"a\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[features]\nweb = [\"dep:wasm-bindgen\"]\n\n[dependencies]\nwasm-bindgen = { version = \"0.2.100\", optional = true }\n";
    let dir = krate("manifest-optional", &[("src/lib.rs", lib), ("Cargo.toml", manifest)]);
    let out = run(&dir, false);
    assert_eq!(
        read(&dir, "Cargo.toml"),
        "[package]\nname = \"a\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[features]\nweb = [\"dep:wasm-bindgen\", \"dep:wasm-dispose\"]\n\n[dependencies]\nwasm-bindgen = { version = \"0.2.100\", optional = true }\nwasm-dispose = { version = \"0.1.0\", optional = true }\n"
    );
    assert!(out.changes.last().unwrap().ends_with("(optional); also in features web"), "{:?}", out.changes);

    // A feature written one element a line gets a line of its own.
    let manifest = "[package]\nname = \"a\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[features]\nweb = [\n  \"wasm-bindgen\",\n  \"js-sys\",\n]\n\n[dependencies]\nwasm-bindgen = { version = \"0.2.100\", optional = true }\njs-sys = { version = \"0.3\", optional = true }\n";
    let dir = krate("manifest-optional-lines", &[("src/lib.rs", lib), ("Cargo.toml", manifest)]);
    run(&dir, false);
    assert!(
        read(&dir, "Cargo.toml").contains("web = [\n  \"wasm-bindgen\",\n  \"js-sys\",\n  \"wasm-dispose\",\n]\n"),
        "{}",
        read(&dir, "Cargo.toml")
    );
}

#[test]
fn a_workspace_dependency_is_added_to_the_workspace_and_inherited() {
    let root = "[workspace]\nmembers = [\"app\"]\n\n[workspace.dependencies]\nwasm-bindgen = \"0.2.110\" # pinned with the CLI\n";
    let app = "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nwasm-bindgen.workspace = true\n";
    let dir = krate(
        "workspace",
        &[
            ("Cargo.toml", root),
            ("app/Cargo.toml", app),
            ("app/src/lib.rs", "#[wasm_bindgen::prelude::wasm_bindgen]\npub struct A;\n"),
        ],
    );
    run(&dir.join("app"), false);
    assert_eq!(read(&dir, "Cargo.toml"), root.replace("CLI\n", "CLI\nwasm-dispose = \"0.1.0\"\n"));
    assert_eq!(
        read(&dir, "app/Cargo.toml"),
        app.replace(
            "wasm-bindgen.workspace = true\n",
            "wasm-bindgen.workspace = true\nwasm-dispose.workspace = true\n"
        )
    );
}

#[test]
fn an_older_wasm_bindgen_is_refused_with_the_reason_and_nothing_written() {
    let lib = "use wasm_bindgen::prelude::*;\n#[wasm_bindgen]\npub struct A;\n";
    let pinned = MANIFEST.replace("\"0.2.100\"", "\"=0.2.92\"");
    let dir = krate("old-requirement", &[("src/lib.rs", lib), ("Cargo.toml", &pinned)]);
    let (code, _, stderr) = cli(&["migrate", dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("wasm-bindgen = \"=0.2.92\" allows no release wasm-dispose supports (0.2.100 or a later 0.2)"),
        "{stderr}"
    );
    assert_eq!((read(&dir, "src/lib.rs"), read(&dir, "Cargo.toml")), (lib.to_string(), pinned));

    // A requirement that allows newer releases, but a lockfile that pins an
    // older one.
    let loose = MANIFEST.replace("\"0.2.100\"", "\"0.2.87\"");
    let lock = "version = 4\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.92\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n";
    let dir = krate("old-lock", &[("src/lib.rs", lib), ("Cargo.toml", &loose), ("Cargo.lock", lock)]);
    let err = migrate(&Options { path: dir.clone(), check: false, functions: false }).unwrap_err();
    assert!(err.contains("Cargo.lock locks wasm-bindgen 0.2.92; wasm-dispose needs 0.2.100"), "{err}");
    assert!(err.contains("cargo update -p wasm-bindgen"), "{err}");
    assert_eq!(read(&dir, "src/lib.rs"), lib);

    // Without the lockfile the loose requirement is fine: cargo will pick
    // a release wasm-dispose accepts.
    std::fs::remove_file(dir.join("Cargo.lock")).unwrap();
    assert_eq!(run(&dir, false).changes.len(), 2);
}

#[test]
fn windows_line_endings_are_kept() {
    let lib = "use wasm_bindgen::prelude::*;\r\n\r\n#[wasm_bindgen]\r\npub struct A;\r\n";
    let dir = krate("crlf", &[("src/lib.rs", lib)]);
    run(&dir, false);
    assert_eq!(
        read(&dir, "src/lib.rs"),
        "use wasm_bindgen::prelude::*;\r\nuse wasm_dispose::disposable;\r\n\r\n#[disposable]\r\npub struct A;\r\n"
    );
}

#[test]
fn a_package_json_that_lists_the_packages_files_without_its_snippets_is_noted() {
    let lib = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\npub struct Foo {}\n";
    let package = "{\n  \"name\": \"foo\",\n  \"files\": [\"index.mjs\", \"pkg/foo_bg.js\", \"pkg/foo_bg.wasm\"]\n}\n";
    let dir = krate("package-files", &[("src/lib.rs", lib), ("package.json", package)]);
    let out = run(&dir, false);
    assert!(!out.notes.iter().any(|n| n.contains("Jest")), "{:?}", out.notes);
    assert!(
        out.notes.iter().any(|n| n.starts_with("package.json:3:") && n.contains("`pkg/snippets/`")),
        "{:?}",
        out.notes
    );
    // Nothing to migrate: no note, as the package gets no snippet.
    let dir = krate("package-files-plain", &[("src/lib.rs", "pub fn f() {}\n"), ("package.json", package)]);
    assert!(run(&dir, false).notes.is_empty());
}

#[test]
fn functions_that_take_a_class_and_stay_plain_are_noted_once() {
    let lib = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\npub struct Foo {}\n\n#[wasm_bindgen]\npub fn a(f: &Foo) {}\n\n#[wasm_bindgen]\npub fn b(f: Foo) {}\n\n#[wasm_bindgen]\npub fn c(n: u32) {}\n";
    let dir = krate("plain-fns", &[("src/lib.rs", lib)]);
    let out = run(&dir, false);
    let notes: Vec<&String> = out.notes.iter().filter(|n| n.contains("keeps #[wasm_bindgen]")).collect();
    assert_eq!(notes.len(), 1, "{:?}", out.notes);
    assert!(
        notes[0].starts_with("src/lib.rs:7: fn a takes a class") && notes[0].contains("(2 such function(s))"),
        "{}",
        notes[0]
    );
    // With --functions they swap, and there is nothing to note.
    let dir = krate("plain-fns-swapped", &[("src/lib.rs", lib)]);
    assert!(!run(&dir, true).notes.iter().any(|n| n.contains("keeps #[wasm_bindgen]")));
}

#[test]
fn the_import_goes_among_the_other_crates_imports_not_after_the_crates_own() {
    // rustfmt's `group_imports = "StdExternalCrate"` layout (matrix-sdk-crypto-wasm's):
    // `use wasm_dispose::disposable;` sorts after `use crate::...`, but belongs
    // with `use wasm_bindgen::...`, or `cargo fmt --check` fails.
    let lib = "use std::fmt;\n\nuse js_sys::Array;\nuse wasm_bindgen::prelude::*;\n\nuse crate::other;\n\n#[wasm_bindgen]\npub struct A;\n";
    let dir = krate("import-groups", &[("src/lib.rs", lib)]);
    run(&dir, false);
    assert_eq!(
        read(&dir, "src/lib.rs"),
        "use std::fmt;\n\nuse js_sys::Array;\nuse wasm_bindgen::prelude::*;\nuse wasm_dispose::disposable;\n\nuse crate::other;\n\n#[disposable]\npub struct A;\n"
    );
    // Every other crate's name sorts after it: above the first of them.
    let lib = "use std::fmt;\n\nuse zeroize::Zeroize;\n\nuse crate::other;\n\n#[wasm_bindgen::prelude::wasm_bindgen]\npub struct A;\n";
    let dir = krate("import-groups-before", &[("src/lib.rs", lib)]);
    run(&dir, false);
    assert!(read(&dir, "src/lib.rs")
        .starts_with("use std::fmt;\n\nuse wasm_dispose::disposable;\nuse zeroize::Zeroize;\n\nuse crate::other;\n"));
    // Only the crate's own imports: in sorted place among them, as before.
    let lib = "use crate::other;\n\n#[wasm_bindgen::prelude::wasm_bindgen]\npub struct A;\n";
    let dir = krate("import-groups-own", &[("src/lib.rs", lib)]);
    run(&dir, false);
    assert!(read(&dir, "src/lib.rs").starts_with("use crate::other;\nuse wasm_dispose::disposable;\n"));
}

#[test]
fn a_package_tested_with_jest_is_noted() {
    let lib = "use wasm_bindgen::prelude::*;\n\n#[wasm_bindgen]\npub struct Foo {}\n";
    let package = "{\n  \"name\": \"foo\",\n  \"devDependencies\": {\n    \"jest\": \"^28.1.3\"\n  }\n}\n";
    let dir = krate("jest", &[("src/lib.rs", lib), ("package.json", package)]);
    let out = run(&dir, false);
    assert!(out.notes.iter().any(|n| n.starts_with("package.json:4: Jest")), "{:?}", out.notes);
}
