//! `cargo xtask demo | test | browser | bench | size`: builds to wasm, runs the wasm-bindgen
//! CLI, and runs the JavaScript runtimes. Installs whatever is missing first (the
//! wasm32 target, the wasm-bindgen CLI at the locked version, the npm
//! packages in package-lock.json), so a fresh machine needs nothing by hand.

mod bench;
mod browser;
mod library;
mod migrate;
mod oldest;
mod parity;
mod resource;
mod size;
mod targets;
mod tools;
mod upstream;
mod worker;
mod workers_rs;

use std::path::{Path, PathBuf};
use std::process::{exit, Command};

use tools::Tools;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo(&root),
        Some("test") => test(&root, &args[1..]),
        Some("snapshot") => update_snapshot(&root),
        Some("worker") => worker::worker(&root),
        Some("workers-rs") => workers_rs::workers_rs(&root),
        Some("browser") => browser::browser(&root),
        Some("library") => library::run(&root),
        Some("bench") => bench::bench(&root, &args[1..]),
        Some("size") => size::size(&root, &args[1..]),
        Some("resource") => resource::resource(&root, &args[1..]),
        _ => {
            eprintln!("usage: cargo xtask <demo | test [--no-cargo] | snapshot | worker | workers-rs | browser | library | bench [--quick] | size [--no-readme] | resource [test | bench [--quick]]>");
            exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        exit(1);
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

/// Where built packages go: `<target>/wasm-dispose/pkg/<name>/<name>.js`.
pub fn pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg")
}

fn demo(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    build_package(root, &tools, "example-images", "images")?;
    build_package(root, &tools, "example-writer", "writer")?;
    for (title, script) in [
        ("examples/images: `using` and a Rust image", "examples/images/demo.mjs"),
        ("examples/writer: `await using` and an async Rust cleanup", "examples/writer/demo.mjs"),
    ] {
        println!("\n==> {title}\n");
        let status = Command::new(&tools.node24)
            .arg(root.join(script))
            .env("WASM_DISPOSE_PKG", pkg_root(root))
            .status()
            .map_err(|e| format!("cannot run node: {e}"))?;
        if !status.success() {
            return Err(format!("{script} failed"));
        }
    }
    Ok(())
}

/// A named step of the test run and whether it passed (a skipped step,
/// with its reason printed, counts as neither).
struct Outcome {
    name: String,
    passed: bool,
    skipped: bool,
}

fn test(root: &Path, flags: &[String]) -> Result<(), String> {
    let mut outcomes = Vec::new();
    let mut step = |name: &str, cmd: &mut Command| {
        println!("\n==> {name}");
        let passed = cmd.status().map(|s| s.success()).unwrap_or_else(|e| {
            eprintln!("cannot run {name}: {e}");
            false
        });
        outcomes.push(Outcome { name: name.to_string(), passed, skipped: false });
        passed
    };

    if !flags.iter().any(|f| f == "--no-cargo") {
        // Unit tests, expansion tests, trybuild and the host-side tests.
        step("cargo test", Command::new(cargo()).current_dir(root).args(["test", "--workspace"]));
    }

    let tools = Tools::ensure(root)?;
    build_package(root, &tools, "wasm-dispose-tests", "fixture")?;
    build_package(root, &tools, "example-images", "images")?;
    build_package(root, &tools, "example-writer", "writer")?;
    build_package(root, &tools, "wasm-dispose-weak-tests", "weak")?;
    // The parity table's classes, with #[disposable] and with #[wasm_bindgen].
    build_package(root, &tools, "wasm-dispose-parity", "parity")?;
    build_package_with(root, &tools, "wasm-dispose-parity", "parity-plain", &["--features", "plain"])?;

    let pkg = pkg_root(root);
    let js = root.join("tests/js");
    let all_js = list(&js, ".test.mjs")?;
    // Suites without the `using` syntax run everywhere; `*.native.test.mjs`
    // need the runtime to have it.
    let portable: Vec<PathBuf> = [
        "dispose.test.mjs",
        "core.test.mjs",
        "glue.test.mjs",
        "model.test.mjs",
        "shims.test.mjs",
        "async.test.mjs",
        "report.test.mjs",
        "refusals.test.mjs",
        "stretch.test.mjs",
        "complete.test.mjs",
    ]
    .iter()
    .map(|f| js.join(f))
    .collect();
    let mut native = portable.clone();
    native.push(js.join("using.native.test.mjs"));
    native.push(js.join("async.native.test.mjs"));
    native.push(js.join("trap.test.mjs"));

    step(
        "Node 24: every suite (native using, --expose-gc)",
        Command::new(&tools.node24)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&all_js)
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    step(
        "Deno 2: portable + native suites",
        Command::new(&tools.deno)
            .current_dir(root)
            .args(["test", "--allow-all", "--no-check", "--v8-flags=--expose-gc"])
            .args(&native)
            .env("WASM_DISPOSE_PKG", &pkg)
            .env("NO_COLOR", "1"),
    );
    step(
        "Bun: portable + native suites",
        Command::new(&tools.bun)
            .current_dir(root)
            .arg("test")
            .args(native.iter().map(|p| format!("./{}", p.strip_prefix(root).unwrap_or(p).display())))
            .env("WASM_DISPOSE_PKG", &pkg),
    );

    // The async example checks its own results and exits non-zero otherwise.
    let writer_demo = root.join("examples/writer/demo.mjs");
    step("examples/writer demo: Node 24", Command::new(&tools.node24).arg(&writer_demo).env("WASM_DISPOSE_PKG", &pkg));
    step(
        "examples/writer demo: Deno 2",
        Command::new(&tools.deno)
            .args(["run", "--allow-all"])
            .arg(&writer_demo)
            .env("WASM_DISPOSE_PKG", &pkg)
            .env("NO_COLOR", "1"),
    );
    step("examples/writer demo: Bun", Command::new(&tools.bun).arg(&writer_demo).env("WASM_DISPOSE_PKG", &pkg));

    // `using` / `await using` in TypeScript, compiled down (target ES2022) by
    // tsc, then run where the syntax does not exist.
    let downlevel = target_dir(root).join("wasm-dispose/downlevel");
    let _ = std::fs::remove_dir_all(&downlevel);
    let compiled = step(
        "TypeScript 5.9: compile tests/ts/downlevel.test.mts to ES2022",
        Command::new(&tools.node24)
            .current_dir(root)
            .arg(&tools.tsc5)
            .args(["--project", "tests/ts/tsconfig.downlevel.json", "--outDir"])
            .arg(&downlevel),
    );
    let mut old_node = portable.clone();
    if compiled {
        old_node.push(downlevel.join("tests/ts/downlevel.test.mjs"));
    }
    step(
        "Node 20 (the machine's node): portable suites + tsc-compiled using (shims, Symbol polyfill)",
        Command::new(&tools.node_system)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&old_node)
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    // The runtime without its snippet: the path `--target no-modules` and old
    // CommonJS take, through every suite that loads only the fixture.
    let fallback = build_fallback_fixture(root, &tools)?;
    // (Not the ten-million stretch: the fallback leaves each handle to the
    // finalizer, which is what that suite rules out.)
    let mut fallback_suites: Vec<PathBuf> = old_node
        .iter()
        .filter(|p| !p.ends_with("core.test.mjs") && !p.ends_with("stretch.test.mjs"))
        .cloned()
        .collect();
    fallback_suites.push(js.join("trap.test.mjs"));
    step(
        "Node 18.17, the runtime without its snippet: fixture suites + tsc-compiled using (shims, Symbol polyfill)",
        Command::new(&tools.node18)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&fallback_suites)
            .env("WASM_DISPOSE_PKG", &fallback),
    );

    for (name, mut cmd) in targets::commands(root, &tools)? {
        step(&name, &mut cmd);
    }
    for (name, mut cmd) in upstream::commands(root, &tools)? {
        step(&name, &mut cmd);
    }
    for (name, mut cmd) in migrate::commands(root, &tools)? {
        step(&name, &mut cmd);
    }
    for (name, mut cmd) in oldest::commands(root, &tools, &native)? {
        step(&name, &mut cmd);
    }

    // A crate shaped like the library issue 24 migrated: its .d.ts
    // downstream, its warnings.
    for (name, mut cmd) in library::commands(root, &tools)? {
        step(&name, &mut cmd);
    }

    // What an editor shows: TypeScript's language service (tsserver's API).
    step(
        "TypeScript 5.9 language service: hovers, completions, diagnostics (tests/ts/editor.test.mjs)",
        Command::new(&tools.node24)
            .current_dir(root)
            .args(["--test", "--test-reporter=tap"])
            .arg(root.join("tests/ts/editor.test.mjs"))
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    for (name, tsc) in [("TypeScript 5.9", &tools.tsc5), ("TypeScript 7", &tools.tsc7)] {
        for (what, project) in [
            ("tsc --strict over tests/ts", "tests/ts/tsconfig.json"),
            ("the .d.ts alone (lib ES2022 + DOM, no @types, skipLibCheck off)", "tests/ts/tsconfig.standalone.json"),
        ] {
            step(
                &format!("{name}: {what}"),
                Command::new(&tools.node24).current_dir(root).arg(tsc).args(["--project", project, "--noEmit"]),
            );
        }
    }
    for patch in oldest::BETWEEN {
        let name = format!("wasm-bindgen 0.2.{patch} (between the ends): the fixture builds");
        println!("\n==> {name}");
        let built = oldest::compiles_with(root, patch);
        if let Err(e) = &built {
            eprintln!("{e}");
        }
        outcomes.push(Outcome { name, passed: built.is_ok(), skipped: false });
    }
    outcomes.push(Outcome {
        name: "clippy: tests/parity warns exactly as with plain #[wasm_bindgen]".into(),
        passed: parity::lint_parity(root),
        skipped: false,
    });
    outcomes.push(Outcome {
        name: "workerd: examples/worker under load".into(),
        passed: worker::step(root, &tools),
        skipped: false,
    });
    outcomes.push(Outcome {
        name: "workers-rs: examples/workers-rs (worker-build defaults) under load in workerd".into(),
        passed: workers_rs::step(root, &tools),
        skipped: false,
    });
    let name = "browsers: Chromium and Firefox ESR (tests/browser)";
    outcomes.push(match browser::step(root, &tools) {
        browser::Verdict::Passed(untested) if untested.is_empty() => {
            Outcome { name: name.into(), passed: true, skipped: false }
        }
        browser::Verdict::Passed(untested) => {
            Outcome { name: format!("{name} ({})", untested.join("; ")), passed: true, skipped: false }
        }
        browser::Verdict::Failed => Outcome { name: name.into(), passed: false, skipped: false },
        browser::Verdict::Skipped(why) => Outcome { name: format!("{name}: {why}"), passed: false, skipped: true },
    });
    resource::steps(root, &tools, &mut outcomes);
    outcomes.push(Outcome {
        name: "the fixture's .d.ts matches tests/snapshots/fixture.d.ts".into(),
        passed: snapshot(root)?,
        skipped: false,
    });

    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed && !o.skipped).collect();
    let skipped = outcomes.iter().filter(|o| o.skipped).count();
    println!("\n==> summary");
    for o in &outcomes {
        println!(
            "{} {}",
            if o.skipped {
                "skip"
            } else if o.passed {
                "ok  "
            } else {
                "FAIL"
            },
            o.name
        );
    }
    let skipped_note = if skipped > 0 { format!(", {skipped} skipped") } else { String::new() };
    println!("xtask: {} passed, {} failed{skipped_note}", outcomes.len() - failed.len() - skipped, failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("{} step(s) failed", failed.len()))
    }
}

const SNAPSHOT: &str = "tests/snapshots/fixture.d.ts";

/// The public part of a generated `.d.ts`: what comes before wasm-bindgen's
/// `InitInput` / `InitOutput`, whose raw export names carry code hashes.
fn public_dts(text: &str) -> String {
    match text.find("export type InitInput") {
        Some(end) => text[..end].to_string(),
        None => text.to_string(),
    }
}

/// Compares the generated `.d.ts` with the reviewed snapshot.
fn snapshot(root: &Path) -> Result<bool, String> {
    let generated = pkg_root(root).join("fixture/fixture.d.ts");
    let now = std::fs::read_to_string(&generated).map_err(|e| format!("{}: {e}", generated.display()))?;
    let now = public_dts(&now);
    let want = std::fs::read_to_string(root.join(SNAPSHOT)).unwrap_or_default();
    println!("\n==> .d.ts snapshot");
    if now == want {
        println!("{SNAPSHOT} matches the generated .d.ts");
        return Ok(true);
    }
    println!("the generated .d.ts differs from {SNAPSHOT}; review, then run `cargo xtask snapshot`:");
    for (i, (a, b)) in want.lines().zip(now.lines()).enumerate() {
        if a != b {
            println!("  first difference at line {}:\n  - {a}\n  + {b}", i + 1);
            break;
        }
    }
    Ok(false)
}

/// `cargo xtask snapshot`: rebuilds the fixture and rewrites the snapshot.
fn update_snapshot(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    build_package(root, &tools, "wasm-dispose-tests", "fixture")?;
    let generated = pkg_root(root).join("fixture/fixture.d.ts");
    std::fs::create_dir_all(root.join("tests/snapshots")).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&generated).map_err(|e| e.to_string())?;
    std::fs::write(root.join(SNAPSHOT), public_dts(&text)).map_err(|e| e.to_string())?;
    println!("wrote {SNAPSHOT}; review it with `git diff`");
    Ok(())
}

pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn list(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    Ok(files)
}

/// Builds a crate to wasm32 (release) and runs the wasm-bindgen CLI on it.
pub fn build_package(root: &Path, tools: &Tools, package: &str, out_name: &str) -> Result<(), String> {
    build_package_with(root, tools, package, out_name, &[])
}

/// `build_package` with extra `cargo build` arguments (feature flags).
pub fn build_package_with(
    root: &Path,
    tools: &Tools,
    package: &str,
    out_name: &str,
    cargo_args: &[&str],
) -> Result<(), String> {
    let wasm = build_wasm(root, package, cargo_args)?;
    bindgen(tools, &wasm, "web", out_name, &pkg_root(root).join(out_name))?;
    // The generated files are ES modules.
    std::fs::write(pkg_root(root).join(out_name).join("package.json"), "{ \"type\": \"module\" }\n")
        .map_err(|e| e.to_string())
}

/// Where `--target bundler` packages go: `<target>/wasm-dispose/pkg-bundler/<name>/`.
pub fn bundler_pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg-bundler")
}

/// Builds a crate like `build_package`, but runs wasm-bindgen with
/// `--target bundler` (for webpack, Vite) into `bundler_pkg_root`, and
/// writes the `package.json` wasm-pack would.
pub fn build_bundler_package(root: &Path, tools: &Tools, package: &str, out_name: &str) -> Result<(), String> {
    let wasm = build_wasm(root, package, &[])?;
    let out = bundler_pkg_root(root).join(out_name);
    bindgen(tools, &wasm, "bundler", out_name, &out)?;
    let manifest = format!(
        "{{\n  \"name\": \"{out_name}\",\n  \"type\": \"module\",\n  \"main\": \"{out_name}.js\",\n  \"module\": \"{out_name}.js\",\n  \"types\": \"{out_name}.d.ts\",\n  \"sideEffects\": [\"./{out_name}.js\", \"./snippets/*\"]\n}}\n"
    );
    std::fs::write(out.join("package.json"), manifest).map_err(|e| e.to_string())
}

/// [`build_wasm`], keeping the result under a name of its own: builds of
/// one package with other features overwrite the same output file.
pub fn build_wasm_variant(root: &Path, package: &str, cargo_args: &[&str], variant: &str) -> Result<PathBuf, String> {
    let built = build_wasm(root, package, cargo_args)?;
    let dir = target_dir(root).join("wasm-dispose").join("variants");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let kept = dir.join(format!("{}-{variant}.wasm", package.replace('-', "_")));
    std::fs::copy(&built, &kept).map_err(|e| format!("{}: {e}", built.display()))?;
    Ok(kept)
}

/// Where the packages built without the runtime's snippet go (the fallback
/// for `--target no-modules` and CommonJS on Node before 20.19).
pub fn fallback_pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg-fallback")
}

/// The fixture without the runtime's snippet, `--target web`, in
/// [`fallback_pkg_root`].
fn build_fallback_fixture(root: &Path, tools: &Tools) -> Result<PathBuf, String> {
    let wasm = build_wasm_variant(root, "wasm-dispose-tests", &["--no-default-features"], "fallback")?;
    let out = fallback_pkg_root(root).join("fixture");
    bindgen(tools, &wasm, "web", "fixture", &out)?;
    std::fs::write(out.join("package.json"), "{ \"type\": \"module\" }\n").map_err(|e| e.to_string())?;
    Ok(fallback_pkg_root(root))
}

/// `cargo build --release` of `package` for wasm32; returns the `.wasm` file.
pub fn build_wasm(root: &Path, package: &str, cargo_args: &[&str]) -> Result<PathBuf, String> {
    println!("\n==> building {package} to wasm");
    let status = Command::new(cargo())
        .current_dir(root)
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--package", package])
        .args(cargo_args)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building {package} to wasm failed"));
    }
    Ok(target_dir(root).join("wasm32-unknown-unknown/release").join(format!("{}.wasm", package.replace('-', "_"))))
}

/// Runs the wasm-bindgen CLI on `wasm` for `target` (`web`, `bundler`) into a fresh `out`.
pub fn bindgen(tools: &Tools, wasm: &Path, target: &str, out_name: &str, out: &Path) -> Result<(), String> {
    bindgen_with(&tools.wasm_bindgen, wasm, target, out_name, out)
}

/// `bindgen` with a given CLI.
pub fn bindgen_with(cli: &Path, wasm: &Path, target: &str, out_name: &str, out: &Path) -> Result<(), String> {
    bindgen_flags(cli, wasm, target, out_name, out, &[])
}

/// [`bindgen_with`], with more of the CLI's flags (`--debug`).
pub fn bindgen_flags(
    cli: &Path,
    wasm: &Path,
    target: &str,
    out_name: &str,
    out: &Path,
    flags: &[&str],
) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(out);
    let status = Command::new(cli)
        .args(flags)
        .args(["--target", target, "--out-name", out_name, "--out-dir"])
        .arg(out)
        .arg(wasm)
        .status()
        .map_err(|e| format!("cannot run wasm-bindgen: {e}"))?;
    if !status.success() {
        return Err(format!("wasm-bindgen --target {target} failed on {}", wasm.display()));
    }
    Ok(())
}
