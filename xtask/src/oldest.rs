//! The other end of the supported range: the fixture built with the oldest
//! wasm-bindgen (tests/oldest pins it in its own lockfile) and run through
//! that version's CLI, for the web target's suites and for CommonJS.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;

/// Where the packages go: `<target>/wasm-dispose/pkg-oldest/`.
fn out_dir(root: &Path) -> PathBuf {
    crate::paths::target_dir(root).join("wasm-dispose").join("pkg-oldest")
}

/// Builds the fixture with the oldest wasm-bindgen; returns the commands that
/// check it, each with its step name. `suites` are the Node suites to run.
pub fn commands(root: &Path, tools: &Tools, suites: &[PathBuf]) -> Result<Vec<(String, Command)>, String> {
    let version = crate::tools::locked_wasm_bindgen(&crate::paths::oldest_lockfile(root))?;
    println!("\n==> building the fixture with wasm-bindgen {version} (tests/oldest)");
    let target_dir = crate::paths::target_dir(root).join("oldest");
    if !build_wasm(&root.join("tests/oldest"), &target_dir, &["--locked"])? {
        return Err(format!("building tests/oldest with wasm-bindgen {version} failed"));
    }
    let built = target_dir.join("wasm32-unknown-unknown/release/wasm_dispose_tests_oldest.wasm");
    let wasm = target_dir.join("wasm_dispose_tests_oldest-snippet.wasm");
    std::fs::copy(&built, &wasm).map_err(|e| format!("{}: {e}", built.display()))?;
    // Without the runtime's snippet, for CommonJS on Node 18.17.
    if !build_wasm(&root.join("tests/oldest"), &target_dir, &["--locked", "--no-default-features"])? {
        return Err(format!("building tests/oldest with wasm-bindgen {version}, without the snippet, failed"));
    }
    let fallback = target_dir.join("wasm_dispose_tests_oldest-fallback.wasm");
    std::fs::copy(&built, &fallback).map_err(|e| format!("{}: {e}", built.display()))?;
    refuses_extends(root, &target_dir, &version)?;
    let web = out_dir(root).join("web");
    crate::wasm::bindgen_with(&tools.wasm_bindgen_oldest, &wasm, "web", "fixture", &web.join("fixture"))?;
    std::fs::write(web.join("fixture/package.json"), "{ \"type\": \"module\" }\n").map_err(|e| e.to_string())?;
    // The suites that load a second package get the newest version's: one
    // `DisposedError` brand across wasm-bindgen versions too.
    for other in ["images", "parity"] {
        copy_dir(&crate::paths::pkg_root(root).join(other), &web.join(other))?;
    }
    let mut out = Vec::new();
    let mut node = Command::new(&tools.node24);
    node.current_dir(root)
        .args(["--expose-gc", "--test", "--test-reporter=tap"])
        .args(suites)
        .env("WASM_DISPOSE_PKG", &web);
    out.push((format!("wasm-bindgen {version} (oldest supported): Node 24 core suites"), node));
    for (dir, wasm, node, name) in [
        ("nodejs", &wasm, &tools.node24, "Node 24"),
        ("nodejs-fallback", &fallback, &tools.node18, "Node 18.17, the runtime without its snippet"),
    ] {
        let cjs = out_dir(root).join(dir);
        crate::wasm::bindgen_with(&tools.wasm_bindgen_oldest, wasm, "nodejs", "fixture", &cjs)?;
        std::fs::write(cjs.join("package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;
        let mut cjs_contract = Command::new(node);
        cjs_contract.arg(root.join("tests/targets/nodejs.cjs")).arg(&cjs);
        out.push((
            format!("wasm-bindgen {version} (oldest supported): --target nodejs (CommonJS) on {name}"),
            cjs_contract,
        ));
    }
    Ok(out)
}

/// The fixture's classes that extend another (feature `extends`) do not
/// build before wasm-bindgen 0.2.121: one error, on the option, that names
/// the version needed.
fn refuses_extends(root: &Path, target_dir: &Path, version: &str) -> Result<(), String> {
    println!("\n==> #[disposable(extends = ...)] with wasm-bindgen {version}: one error that names 0.2.121");
    let out = Command::new(crate::process::cargo())
        .current_dir(root.join("tests/oldest"))
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--locked", "--features", "extends"])
        .arg("--target-dir")
        .arg(target_dir)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> =
        stderr.lines().filter(|l| l.starts_with("error") && !l.starts_with("error: could not compile")).collect();
    let expected = "error: #[disposable(extends = ...)] needs wasm-bindgen 0.2.121 or later";
    if out.status.success() || errors.len() != 1 || !errors[0].starts_with(expected) {
        return Err(format!(
            "tests/oldest with `--features extends` should fail with one error, `{expected}...`; got:\n{stderr}"
        ));
    }
    Ok(())
}

/// Builds `tests/library` with the oldest wasm-bindgen (the workspace's
/// `library` member, `tests/oldest/library`); returns the `.wasm` file.
pub fn build_library(root: &Path, features: &str) -> Result<PathBuf, String> {
    println!("\n==> building tests/library with the oldest wasm-bindgen (tests/oldest/library)");
    build_member(root, "wasm-dispose-library-oldest", &["--features", features])
}

/// Builds a member of the oldest workspace (`package`, with cargo's `args`);
/// returns the `.wasm` file, which the next build of it overwrites.
pub fn build_member(root: &Path, package: &str, args: &[&str]) -> Result<PathBuf, String> {
    let target_dir = crate::paths::target_dir(root).join("oldest");
    let mut all = vec!["--locked", "--package", package];
    all.extend_from_slice(args);
    if !build_wasm(&root.join("tests/oldest"), &target_dir, &all)? {
        return Err(format!("building {package} (tests/oldest) failed"));
    }
    Ok(target_dir.join("wasm32-unknown-unknown/release").join(format!("{}.wasm", package.replace('-', "_"))))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default();
        if path.is_dir() {
            // The runtime's snippet, under `snippets/`.
            copy_dir(&path, &to.join(name))?;
        } else {
            std::fs::copy(&path, to.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// wasm-bindgen releases between the two ends where the runtime's gates
/// switch (`runtime/build.rs`): `TryFromJsValue`'s new shape (0.2.105), an
/// export named by a symbol (0.2.121), the last without `try_*` conversions
/// (0.2.129). The fixture is built with each, with the js-sys and
/// wasm-bindgen-futures of the same release; there is no CLI per version,
/// so this checks that the crate compiles, and the two ends run the suites.
pub const BETWEEN: [u32; 3] = [105, 121, 129];

/// Builds the fixture with wasm-bindgen 0.2.`patch` in a generated workspace
/// under the target directory; `Err` says what failed.
pub fn compiles_with(root: &Path, patch: u32) -> Result<(), String> {
    let dir = crate::paths::target_dir(root).join("wasm-dispose").join("versions").join(format!("0.2.{patch}"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let manifest = std::fs::read_to_string(root.join("tests/oldest/Cargo.toml")).map_err(|e| e.to_string())?;
    let fixture = root.join("tests/fixture/lib.rs");
    let runtime = root.join("runtime");
    let manifest = manifest
        // The fixture alone.
        .replace("members = [\"library\", \"size\"]\n", "")
        .replace("\"../fixture/lib.rs\"", &format!("{:?}", fixture.display().to_string()))
        .replace("\"../../runtime\"", &format!("{:?}", runtime.display().to_string()))
        .replace("wasm-bindgen = \"=0.2.100\"", &format!("wasm-bindgen = \"=0.2.{patch}\""))
        .replace("wasm-bindgen-futures = \"=0.4.50\"", &format!("wasm-bindgen-futures = \"=0.4.{}\"", patch - 50))
        .replace("js-sys = \"=0.3.77\"", &format!("js-sys = \"=0.3.{}\"", patch - 23));
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(dir.join("Cargo.lock"));
    // The classes that extend another, from wasm-bindgen 0.2.121 on.
    let features: &[&str] = if patch >= 121 { &["--features", "extends"] } else { &[] };
    if build_wasm(&dir, &crate::paths::target_dir(root).join("versions"), features)? {
        Ok(())
    } else {
        Err(format!("the fixture does not build with wasm-bindgen 0.2.{patch}"))
    }
}

/// `cargo build --release` for wasm32 of the workspace in `dir`, a
/// workspace of its own, into `target_dir`; whether it built.
fn build_wasm(dir: &Path, target_dir: &Path, extra: &[&str]) -> Result<bool, String> {
    let status = Command::new(crate::process::cargo())
        .current_dir(dir)
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--target-dir"])
        .arg(target_dir)
        .args(extra)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(status.success())
}
