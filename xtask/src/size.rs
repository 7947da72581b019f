//! `cargo xtask size`: what wasm-dispose adds to a package, in bytes.
//!
//! Builds `tests/size` seven ways (plain `#[wasm_bindgen]`, `#[disposable]`
//! with the runtime's `stats` off, and with its default features, each with
//! one class and with two; and plain with js-sys linked, one class), runs
//! the wasm-bindgen CLI (`--target web`) on each, and measures what a
//! package ships: the `_bg.wasm` and the `.js` glue, raw and gzipped
//! (`gzip -9`). The differences (disposable against plain, two classes
//! against one) go into docs/benchmarks.md between the markers. Then the
//! same for `tests/library`, many classes passed to each other, built plain
//! and swapped: issue 20's "crate with many classes".

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::tools::Tools;

const PACKAGE: &str = "wasm-dispose-size";
const LIBRARY: &str = "wasm-dispose-library";
/// `tests/size` in the oldest workspace (`tests/oldest/size`), built with
/// the oldest wasm-bindgen and its CLI.
const OLDEST: &str = "wasm-dispose-size-oldest";
const START: &str = "<!-- size:start -->";
const END: &str = "<!-- size:end -->";
/// Issue 20's goal for the wasm the runtime adds to a package, gzipped
/// (default features)...
const GOAL_BYTES: u64 = 5 * 1024;
/// ... and for each further class.
const GOAL_CLASS_BYTES: u64 = 512;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Build {
    Plain,
    /// Plain, with js-sys linked (as wasm-dispose links it).
    PlainJsSys,
    NoStats,
    Stats,
    /// `tests/library` as the plain crate it was.
    LibraryPlain,
    /// `tests/library` swapped, the runtime's default features.
    Library,
    /// The same with its one `#[disposable(async)]` class.
    LibraryAsync,
    /// `Plain`, `PlainJsSys` and `Stats` with the oldest wasm-bindgen, whose
    /// js-sys does not carry wasm-bindgen-futures' executor.
    OldestPlain,
    OldestPlainJsSys,
    OldestStats,
}

impl Build {
    fn label(self) -> &'static str {
        match self {
            Build::Plain => "plain `#[wasm_bindgen]`",
            Build::PlainJsSys => "plain `#[wasm_bindgen]`, js-sys linked",
            Build::NoStats => "`#[disposable]`, `stats` off",
            Build::Stats => "`#[disposable]`, default features",
            Build::LibraryPlain => "plain `#[wasm_bindgen]`",
            Build::Library => "`#[disposable]`, default features",
            Build::LibraryAsync => "`#[disposable]`, default features, with its async class",
            Build::OldestPlain => "plain `#[wasm_bindgen]`, oldest wasm-bindgen",
            Build::OldestPlainJsSys => "plain `#[wasm_bindgen]`, oldest wasm-bindgen, js-sys linked",
            Build::OldestStats => "`#[disposable]`, default features, oldest wasm-bindgen",
        }
    }
}

struct Variant {
    package: &'static str,
    out_name: &'static str,
    build: Build,
    classes: u32,
    cargo_args: &'static [&'static str],
}

const VARIANTS: &[Variant] = &[
    Variant {
        package: PACKAGE,
        out_name: "size_plain1",
        build: Build::Plain,
        classes: 1,
        cargo_args: &["--no-default-features"],
    },
    Variant {
        package: PACKAGE,
        out_name: "size_plain2",
        build: Build::Plain,
        classes: 2,
        cargo_args: &["--no-default-features", "--features", "two"],
    },
    Variant {
        package: PACKAGE,
        out_name: "size_plainjs1",
        build: Build::PlainJsSys,
        classes: 1,
        cargo_args: &["--no-default-features", "--features", "js-sys"],
    },
    Variant {
        package: PACKAGE,
        out_name: "size_nostats1",
        build: Build::NoStats,
        classes: 1,
        cargo_args: &["--no-default-features", "--features", "disposable"],
    },
    Variant {
        package: PACKAGE,
        out_name: "size_nostats2",
        build: Build::NoStats,
        classes: 2,
        cargo_args: &["--no-default-features", "--features", "disposable,two"],
    },
    Variant { package: PACKAGE, out_name: "size_stats1", build: Build::Stats, classes: 1, cargo_args: &[] },
    Variant {
        package: PACKAGE,
        out_name: "size_stats2",
        build: Build::Stats,
        classes: 2,
        cargo_args: &["--features", "two"],
    },
    // `classes` 0: counted in the glue.
    Variant {
        package: LIBRARY,
        out_name: "library_plain",
        build: Build::LibraryPlain,
        classes: 0,
        cargo_args: &["--features", "extra,newer,plain"],
    },
    Variant {
        package: LIBRARY,
        out_name: "library",
        build: Build::Library,
        classes: 0,
        cargo_args: &["--features", "extra,newer,wasm-dispose/default"],
    },
    Variant {
        package: LIBRARY,
        out_name: "library_async",
        build: Build::LibraryAsync,
        classes: 0,
        cargo_args: &["--features", "extra,newer,io,wasm-dispose/default"],
    },
    Variant {
        package: OLDEST,
        out_name: "oldest_plain1",
        build: Build::OldestPlain,
        classes: 1,
        cargo_args: &["--no-default-features"],
    },
    Variant {
        package: OLDEST,
        out_name: "oldest_plainjs1",
        build: Build::OldestPlainJsSys,
        classes: 1,
        cargo_args: &["--no-default-features", "--features", "js-sys"],
    },
    Variant { package: OLDEST, out_name: "oldest_stats1", build: Build::OldestStats, classes: 1, cargo_args: &[] },
];

/// What one package ships, in bytes.
#[derive(Clone, Copy, Default, PartialEq, Debug)]
struct Sizes {
    wasm: i64,
    wasm_gz: i64,
    /// The wasm without its `name` custom section (function names for stack
    /// traces, which wasm-bindgen keeps and `wasm-opt` drops unless given
    /// `-g`), gzipped.
    wasm_stripped_gz: i64,
    js: i64,
    js_gz: i64,
    /// The glue alone (the `.js` wasm-bindgen writes), gzipped.
    glue_gz: i64,
    /// The classes the glue exports (`DisposedError` not counted).
    classes: i64,
}

impl Sizes {
    fn total_gz(&self) -> i64 {
        self.wasm_gz + self.js_gz
    }

    fn minus(&self, o: &Sizes) -> Sizes {
        Sizes {
            wasm: self.wasm - o.wasm,
            wasm_gz: self.wasm_gz - o.wasm_gz,
            wasm_stripped_gz: self.wasm_stripped_gz - o.wasm_stripped_gz,
            js: self.js - o.js,
            js_gz: self.js_gz - o.js_gz,
            glue_gz: self.glue_gz - o.glue_gz,
            classes: self.classes - o.classes,
        }
    }
}

/// `cargo xtask size [--no-readme]`.
pub fn size(root: &Path, flags: &[String]) -> Result<(), String> {
    let write = !flags.iter().any(|f| f == "--no-readme");
    if let Some(f) = flags.iter().find(|f| *f != "--no-readme") {
        return Err(format!("unknown size option {f}"));
    }
    let tools = Tools::ensure(root)?;
    report(root, &tools, write)
}

/// Builds, measures, prints the table and (with `write`) puts it into the
/// README; ends with one line that says what one class with default
/// features adds against the goal.
pub fn report(root: &Path, tools: &Tools, write: bool) -> Result<(), String> {
    let sizes = measure(root, tools)?;
    let oldest = crate::tools::locked_wasm_bindgen(&crate::paths::oldest_lockfile(root))?;
    let table = table(&sizes, &crate::docpage::wasm_bindgen_version(tools), &oldest);
    println!("\n==> size\n\n{table}");
    if write {
        crate::docpage::write_section(root, START, END, &table)?;
        println!("wrote the table into docs/benchmarks.md between {START} and {END}");
    }
    let one = find(&sizes, Build::Stats, 1);
    let plain = find(&sizes, Build::Plain, 1);
    let js_sys = one.minus(&find(&sizes, Build::PlainJsSys, 1));
    let added = one.minus(&plain);
    let further = find(&sizes, Build::Stats, 2).minus(&one).minus(&find(&sizes, Build::Plain, 2).minus(&plain));
    let met = |ok: bool| if ok { "met" } else { "not met" };
    println!(
        "xtask: size: wasm the runtime adds (default features, gzipped): {} with one class ({} to a package that \
         links js-sys already), {} B for each further class ({} B without the name section); goal ≤ {} ({}, {} with \
         js-sys) and ≤ {} B a class ({})",
        kb(added.wasm_gz),
        kb(js_sys.wasm_gz),
        further.wasm_gz,
        further.wasm_stripped_gz,
        kb(GOAL_BYTES as i64),
        met(added.wasm_gz <= GOAL_BYTES as i64),
        met(js_sys.wasm_gz <= GOAL_BYTES as i64),
        GOAL_CLASS_BYTES,
        met(further.wasm_gz <= GOAL_CLASS_BYTES as i64),
    );
    let old = find(&sizes, Build::OldestStats, 1);
    let (old_plain, old_js_sys) = (find(&sizes, Build::OldestPlain, 1), find(&sizes, Build::OldestPlainJsSys, 1));
    println!(
        "xtask: size: the same with wasm-bindgen {oldest} (its js-sys without wasm-bindgen-futures' executor): {} \
         ({} to a package that links js-sys); goal ≤ {} ({})",
        kb(old.minus(&old_plain).wasm_gz),
        kb(old.minus(&old_js_sys).wasm_gz),
        kb(GOAL_BYTES as i64),
        met(old.minus(&old_plain).wasm_gz <= GOAL_BYTES as i64),
    );
    println!(
        "xtask: size: wasm + JS for one class: +{} gzipped (+{} to a package that links js-sys)",
        kb(added.total_gz()),
        kb(js_sys.total_gz())
    );
    let (plain, swapped) = (find(&sizes, Build::LibraryPlain, 0), find(&sizes, Build::Library, 0));
    println!(
        "xtask: size: tests/library ({} classes): glue {} against plain's (the snippet included: {}); goal ≤ +10%",
        plain.classes,
        percent(swapped.glue_gz, plain.glue_gz),
        percent(swapped.js_gz, plain.js_gz),
    );
    Ok(())
}

fn find(sizes: &[(Build, u32, Sizes)], build: Build, classes: u32) -> Sizes {
    sizes.iter().find(|(b, c, _)| *b == build && *c == classes).map(|s| s.2).unwrap_or_default()
}

/// Where the measured packages go: `<target>/wasm-dispose/size/<name>/`.
fn out_root(root: &Path) -> PathBuf {
    crate::paths::target_dir(root).join("wasm-dispose").join("size")
}

fn measure(root: &Path, tools: &Tools) -> Result<Vec<(Build, u32, Sizes)>, String> {
    let mut out = Vec::new();
    for v in VARIANTS {
        // Every variant is the same cargo artifact: run the CLI before the next build.
        let dir = out_root(root).join(v.out_name);
        if v.package == OLDEST {
            let wasm = crate::oldest::build_member(root, v.package, v.cargo_args)?;
            crate::wasm::bindgen_with(&tools.wasm_bindgen_oldest, &wasm, "web", v.out_name, &dir)?;
        } else {
            let wasm = crate::wasm::build_wasm(root, v.package, v.cargo_args)?;
            crate::wasm::bindgen(tools, &wasm, "web", v.out_name, &dir)?;
        }
        let wasm_file = dir.join(format!("{}_bg.wasm", v.out_name));
        let wasm_bytes = read(&wasm_file)?;
        // The glue and the snippets it imports (the runtime's), each a file
        // of its own to serve: their sizes add up, gzipped one by one. Only
        // those imported: wasm-bindgen writes every module of the crate,
        // and a bundler or a browser takes only what the glue imports.
        let js_files = imported(&dir.join(format!("{}.js", v.out_name)))?;
        let (mut js, mut js_gz) = (0, 0);
        for file in &js_files {
            let bytes = read(file)?;
            js += bytes.len() as i64;
            js_gz += gzip_len(&bytes)?;
        }
        let glue = read(&js_files[0])?;
        let classes = count_classes(&String::from_utf8_lossy(&glue));
        let sizes = Sizes {
            wasm: wasm_bytes.len() as i64,
            wasm_gz: gzip_len(&wasm_bytes)?,
            wasm_stripped_gz: gzip_len(&without_names(&wasm_bytes)?)?,
            js,
            js_gz,
            glue_gz: gzip_len(&glue)?,
            classes,
        };
        out.push((v.build, v.classes, sizes));
    }
    Ok(out)
}

/// The classes a glue exports, `DisposedError` (the runtime's) not counted.
fn count_classes(glue: &str) -> i64 {
    // A class in a `js_namespace` is declared `class ns__Name` and exported
    // with the namespace.
    let declared = |l: &str| l.strip_prefix("export ").unwrap_or(l).starts_with("class ");
    glue.lines().filter(|l| declared(l) && !l.contains("class DisposedError ")).count() as i64
}

/// `part / whole − 1` as a signed percentage.
fn percent(part: i64, whole: i64) -> String {
    let p = (part as f64 / whole as f64 - 1.0) * 100.0;
    format!("{}{:.0}%", if p < 0.0 { "−" } else { "+" }, p.abs())
}

/// Every file under `dir`, if it exists.
/// `entry` and the files it imports by relative path, and theirs, in the
/// order found.
fn imported(entry: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = vec![entry.to_path_buf()];
    let mut at = 0;
    while at < files.len() {
        let text = String::from_utf8_lossy(&read(&files[at])?).into_owned();
        let dir = files[at].parent().map(Path::to_path_buf).unwrap_or_default();
        for spec in relative_imports(&text) {
            let file = dir.join(spec);
            if file.is_file() && !files.contains(&file) {
                files.push(file);
            }
        }
        at += 1;
    }
    Ok(files)
}

/// The relative module specifiers of a module's `import ... from "./x"`
/// (minified too: `import{a}from"./x"`).
fn relative_imports(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in text.split("from").skip(1) {
        let part = part.trim_start();
        let Some(quote) = part.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
        let rest = &part[1..];
        if let Some(end) = rest.find(quote) {
            let spec = &rest[..end];
            if spec.starts_with("./") || spec.starts_with("../") {
                out.push(spec);
            }
        }
    }
    out
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Bytes after `gzip -9 -n` (the machine's gzip).
fn gzip_len(bytes: &[u8]) -> Result<i64, String> {
    let mut child = Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gzip (needed to measure compressed sizes): {e}"))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = bytes.to_vec();
    // Written from a thread: gzip's output fills its pipe while we write.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    writer.join().map_err(|_| "gzip: writer panicked".to_string())?.map_err(|e| format!("gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip failed ({})", out.status));
    }
    Ok(out.stdout.len() as i64)
}

/// Reads an unsigned LEB128 number at `*at`, moving past it.
fn leb128(bytes: &[u8], at: &mut usize) -> Result<usize, String> {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let b = *bytes.get(*at).ok_or("truncated wasm")?;
        *at += 1;
        value |= ((b & 0x7f) as usize) << shift;
        if b < 0x80 {
            return Ok(value);
        }
        shift += 7;
        if shift > 35 {
            return Err("malformed LEB128 in wasm".into());
        }
    }
}

/// The module without its `name` custom section.
fn without_names(wasm: &[u8]) -> Result<Vec<u8>, String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        at += 1;
        let len = leb128(wasm, &mut at)?;
        let body = at;
        let end = body.checked_add(len).filter(|&e| e <= wasm.len()).ok_or("truncated wasm section")?;
        let is_names = id == 0 && {
            let mut p = body;
            let n = leb128(wasm, &mut p)?;
            wasm.get(p..p + n) == Some(b"name".as_slice())
        };
        if !is_names {
            out.extend_from_slice(&wasm[start..end]);
        }
        at = end;
    }
    Ok(out)
}

/// Bytes as the table shows them: grouped by thousands, with the sign when
/// `signed` (a difference).
fn bytes(n: i64, signed: bool) -> String {
    let digits = n.unsigned_abs().to_string();
    let grouped: Vec<&str> =
        digits.as_bytes().rchunks(3).rev().map(|g| std::str::from_utf8(g).expect("ASCII digits")).collect();
    let sign = if n < 0 {
        "−"
    } else if signed {
        "+"
    } else {
        ""
    };
    format!("{sign}{}", grouped.join(","))
}

/// `12.3 KB` (1 KB = 1024 bytes).
fn kb(n: i64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

fn row(what: &str, s: &Sizes, signed: bool) -> String {
    format!(
        "| {what} | {} | {} | {} | {} | {} | **{}** |\n",
        bytes(s.wasm, signed),
        bytes(s.wasm_gz, signed),
        bytes(s.wasm_stripped_gz, signed),
        bytes(s.js, signed),
        bytes(s.js_gz, signed),
        bytes(s.total_gz(), signed),
    )
}

const HEADER: &str = "| | wasm | wasm, gzip | wasm without names, gzip | JS | JS, gzip | wasm + JS, gzip |\n\
                      | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";

/// The Markdown that goes between the page's markers.
fn table(sizes: &[(Build, u32, Sizes)], wasm_bindgen: &str, oldest: &str) -> String {
    let get = |b, c| find(sizes, b, c);
    let mut s = String::new();
    s.push_str(&crate::docpage::wrap(
        &format!(
            "Bytes, measured by `cargo xtask size` on [`tests/size`](../tests/size) (a class with a constructor, two \
         methods and two getters), wasm-bindgen {wasm_bindgen} `--target web`, release build (`opt-level = 3`, \
         LTO), gzip `-9`. \"wasm without names\": the same module without its `name` section (function names \
         for stack traces; wasm-bindgen keeps it, `wasm-opt` drops it unless given `-g`). \"Oldest \
         wasm-bindgen\": the same with wasm-bindgen {oldest} and its CLI, whose js-sys does not yet carry \
         wasm-bindgen-futures' executor (js-sys 0.3.98, of wasm-bindgen 0.2.121, carries it already; then \
         linking js-sys at all keeps the executor's closures in the module: {} bytes of gzipped wasm here).",
            bytes(get(Build::PlainJsSys, 1).wasm_gz - get(Build::Plain, 1).wasm_gz, false)
        ),
        78,
    ));
    s.push_str("\n\n");
    s.push_str("What wasm-dispose adds:\n\n");
    s.push_str(HEADER);
    for build in [Build::Stats, Build::NoStats] {
        for base in [Build::Plain, Build::PlainJsSys] {
            s.push_str(&row(
                &format!("one class: {} − {}", build.label(), base.label()),
                &get(build, 1).minus(&get(base, 1)),
                true,
            ));
        }
    }
    for build in [Build::Stats, Build::NoStats] {
        let per = get(build, 2).minus(&get(build, 1));
        let plain = get(Build::Plain, 2).minus(&get(Build::Plain, 1));
        s.push_str(&row(
            &format!("each further class: {} − plain (two classes − one)", build.label()),
            &per.minus(&plain),
            true,
        ));
    }
    for base in [Build::OldestPlain, Build::OldestPlainJsSys] {
        s.push_str(&row(
            &format!("one class: {} − {}", Build::OldestStats.label(), base.label()),
            &get(Build::OldestStats, 1).minus(&get(base, 1)),
            true,
        ));
    }
    s.push_str("\nThe packages measured:\n\n");
    s.push_str(HEADER);
    for build in [Build::Plain, Build::PlainJsSys, Build::NoStats, Build::Stats] {
        for classes in [1, 2] {
            if build == Build::PlainJsSys && classes == 2 {
                continue;
            }
            let what = format!("{}, {classes} class{}", build.label(), if classes == 1 { "" } else { "es" });
            s.push_str(&row(&what, &get(build, classes), false));
        }
    }
    for build in [Build::OldestPlain, Build::OldestPlainJsSys, Build::OldestStats] {
        s.push_str(&row(&format!("{}, 1 class", build.label()), &get(build, 1), false));
    }
    s.push_str(&many_classes(sizes));
    s
}

/// The section on `tests/library`: its packages, what the swap adds, and the
/// glue against plain's.
fn many_classes(sizes: &[(Build, u32, Sizes)]) -> String {
    let (plain, swapped, with_async) =
        (find(sizes, Build::LibraryPlain, 0), find(sizes, Build::Library, 0), find(sizes, Build::LibraryAsync, 0));
    let mut s = String::from("\n");
    s.push_str(&crate::docpage::wrap(
        &format!(
            "Many classes: [`tests/library`](../tests/library), {} classes that take and return each other, \
             shaped like the library of issue 20, built as the plain crate it was and swapped to `#[disposable]` \
             (the runtime's default features); \"with its async class\" adds its one `#[disposable(async)]` class, \
             which the plain crate cannot have.",
            plain.classes
        ),
        78,
    ));
    s.push_str("\n\n");
    s.push_str(HEADER);
    for build in [Build::LibraryPlain, Build::Library, Build::LibraryAsync] {
        s.push_str(&row(build.label(), &find(sizes, build, 0), false));
    }
    s.push_str(&row("swapped − plain", &swapped.minus(&plain), true));
    s.push_str(&row("its async class (with it − without)", &with_async.minus(&swapped), true));
    s.push('\n');
    s.push_str(&crate::docpage::wrap(
        &format!(
            "The glue wasm-bindgen generates (the `.js`, gzipped): {} plain, {} swapped ({}); with the runtime's \
             snippet, {} ({}). Issue 20's target: within +10%.",
            bytes(plain.glue_gz, false),
            bytes(swapped.glue_gz, false),
            percent(swapped.glue_gz, plain.glue_gz),
            bytes(swapped.js_gz, false),
            percent(swapped.js_gz, plain.js_gz),
        ),
        78,
    ));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_counts_with_the_modules_it_imports_only() {
        let glue = "import { a } from './snippets/x/src/snippet.mjs';\nimport * as i1 from \"./snippets/x/src/snippet.mjs\"\nconst from = 1;";
        assert_eq!(relative_imports(glue), ["./snippets/x/src/snippet.mjs", "./snippets/x/src/snippet.mjs"]);
        assert_eq!(relative_imports(r#"import{classOf as a}from"./snippet.mjs";let b=1"#), ["./snippet.mjs"]);
        assert!(relative_imports("import x from 'node:fs'; y.from(z)").is_empty());
    }

    #[test]
    fn classes_are_counted_in_the_glue_and_percentages_signed() {
        let glue = "export class A {\n}\nexport class DisposedError {\n}\nclass ns__B {}\n  class Inner {}\nexport class C {\n}\n";
        assert_eq!(count_classes(glue), 3);
        assert_eq!(percent(110, 100), "+10%");
        assert_eq!(percent(90, 100), "−10%");
    }

    #[test]
    fn bytes_are_grouped_and_signed() {
        assert_eq!(bytes(0, false), "0");
        assert_eq!(bytes(1234, false), "1,234");
        assert_eq!(bytes(1234, true), "+1,234");
        assert_eq!(bytes(-56, true), "−56");
        assert_eq!(bytes(1_234_567, false), "1,234,567");
        assert_eq!(kb(5 * 1024), "5.0 KB");
    }

    /// A module with a type section, a `name` section and another custom section.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: one () -> ()
        m.extend_from_slice(&[0, 7, 4, b'n', b'a', b'm', b'e', 1, 2]); // "name"
        m.extend_from_slice(&[0, 6, 5, b'o', b't', b'h', b'e', b'r']); // "other"
        m
    }

    #[test]
    fn only_the_name_section_is_stripped() {
        let m = module();
        let stripped = without_names(&m).unwrap();
        let mut want = b"\0asm\x01\0\0\0".to_vec();
        want.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        want.extend_from_slice(&[0, 6, 5, b'o', b't', b'h', b'e', b'r']);
        assert_eq!(stripped, want);
        assert!(without_names(b"nope").is_err());
        assert!(without_names(&m[..m.len() - 1]).is_err());
    }

    #[test]
    fn the_table_compares_disposable_with_plain_and_two_classes_with_one() {
        let s = |w: i64, j: i64| Sizes {
            wasm: w,
            wasm_gz: w / 2,
            wasm_stripped_gz: w / 4,
            js: j,
            js_gz: j / 2,
            glue_gz: j / 4,
            classes: 20,
        };
        let sizes = vec![
            (Build::Plain, 1, s(1000, 100)),
            (Build::Plain, 2, s(1200, 140)),
            (Build::PlainJsSys, 1, s(2000, 100)),
            (Build::NoStats, 1, s(3000, 300)),
            (Build::NoStats, 2, s(3400, 360)),
            (Build::Stats, 1, s(3200, 320)),
            (Build::Stats, 2, s(3600, 380)),
            (Build::LibraryPlain, 0, s(5000, 400)),
            (Build::Library, 0, s(9000, 800)),
            (Build::LibraryAsync, 0, s(12000, 900)),
            (Build::OldestPlain, 1, s(800, 100)),
            (Build::OldestPlainJsSys, 1, s(900, 100)),
            (Build::OldestStats, 1, s(2800, 300)),
        ];
        let t = table(&sizes, "0.2.130", "0.2.100");
        // One class, default features: 3200 − 1000 wasm, 320 − 100 JS.
        assert!(
            t.contains("| one class: `#[disposable]`, default features − plain `#[wasm_bindgen]` | +2,200 | +1,100 | +550 | +220 | +110 | **+1,210** |"),
            "{t}"
        );
        // Per class: (3600 − 3200) − (1200 − 1000) = 200 wasm; (380 − 320) − (140 − 100) = 20 JS.
        assert!(
            t.contains("| each further class: `#[disposable]`, default features − plain (two classes − one) | +200 | +100 | +50 | +20 | +10 | **+110** |"),
            "{t}"
        );
        assert!(t.contains("| plain `#[wasm_bindgen]`, 2 classes | 1,200 | 600 | 300 | 140 | 70 | **670** |"), "{t}");
        assert!(
            t.contains("| one class: `#[disposable]`, `stats` off − plain `#[wasm_bindgen]`, js-sys linked | +1,000 | +500 | +250 | +200 | +100 | **+600** |"),
            "{t}"
        );
        assert!(!t.contains("js-sys linked, 2 classes"), "{t}");
        // The oldest wasm-bindgen: 2800 − 800 and 2800 − 900 wasm.
        assert!(
            t.contains("| one class: `#[disposable]`, default features, oldest wasm-bindgen − plain `#[wasm_bindgen]`, oldest wasm-bindgen | +2,000 |"),
            "{t}"
        );
        assert!(t.contains("oldest wasm-bindgen, js-sys linked | +1,900 |"), "{t}");
        assert!(t.contains("with wasm-bindgen 0.2.100"), "{t}");
        // Many classes: 9000 − 5000 wasm, 800 − 400 JS; the glue 200 against 100.
        assert!(t.contains("| swapped − plain | +4,000 | +2,000 | +1,000 | +400 | +200 | **+2,200** |"), "{t}");
        assert!(t.contains("| its async class (with it − without) | +3,000 |"), "{t}");
        assert!(t.contains("20 classes"), "{t}");
        assert!(t.contains("100 plain, 200 swapped\n(+100%)"), "{t}");
    }

    #[test]
    fn gzip_shrinks_repetition() {
        // Skipped quietly where the machine has no gzip; `cargo xtask size` says so.
        if let Ok(n) = gzip_len(&[b'a'; 100_000]) {
            assert!(n > 0 && n < 1000, "{n}");
        }
    }
}
