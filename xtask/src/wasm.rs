//! Crates to wasm and through the wasm-bindgen CLI: the packages the
//! suites, the demo and the benchmark load.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::paths::{bundler_pkg_root, fallback_pkg_root, pkg_root, target_dir};
use crate::process::cargo;
use crate::tools::Tools;

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
    web_package(root, &tools.wasm_bindgen, package, out_name, cargo_args)
}

/// `build_package_with` by a given CLI (the demo has no [`Tools`]).
pub fn web_package(root: &Path, cli: &Path, package: &str, out_name: &str, cargo_args: &[&str]) -> Result<(), String> {
    let wasm = build_wasm(root, package, cargo_args)?;
    bindgen_with(cli, &wasm, "web", out_name, &pkg_root(root).join(out_name))?;
    // The generated files are ES modules.
    std::fs::write(pkg_root(root).join(out_name).join("package.json"), "{ \"type\": \"module\" }\n")
        .map_err(|e| e.to_string())
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

/// The fixture without the runtime's snippet, `--target web`, in
/// [`fallback_pkg_root`].
pub fn build_fallback_fixture(root: &Path, tools: &Tools) -> Result<PathBuf, String> {
    // The classes that extend another too (a default feature of the fixture).
    let wasm = build_wasm_variant(
        root,
        "wasm-dispose-tests",
        &["--no-default-features", "--features", "extends"],
        "fallback",
    )?;
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
