//! `cargo wasm-dispose migrate` on wasm-bindgen's own test files as they were
//! before they were migrated by hand. The "original" crate is derived from
//! the committed `tests/upstream` (every `disposable` attribute turned back
//! into `wasm_bindgen`, the `use wasm_dispose::disposable;` lines and the
//! wasm-dispose dependency removed), so no second copy of upstream code is
//! kept. The tool must turn it back into exactly the committed sources, find
//! nothing to do on a second run, and its output must build and pass the
//! same tests through `tests/upstream/run.cjs`. A second copy migrated with
//! `--functions` (functions that take classes swapped too) must build and
//! pass them as well; and `tests/migrate`, cases the upstream files do not
//! hold, written as plain wasm-bindgen, must build and pass `check.cjs`.

use std::path::Path;
use std::process::Command;

use crate::tools::Tools;

/// What the original sources said where the committed ones say `disposable`.
const IMPORT: &str = "use wasm_dispose::disposable;";

/// One crate the tool runs on.
struct Case {
    /// Its directory under `<target>/wasm-dispose/migrate/`.
    name: &'static str,
    flags: &'static [&'static str],
    /// tests/upstream, derived back to plain wasm-bindgen and compared
    /// with the committed sources after migration; else tests/migrate,
    /// written as plain wasm-bindgen.
    upstream: bool,
    /// The wasm-bindgen CLI's glues to run the tests with.
    flavours: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case { name: "upstream", flags: &[], upstream: true, flavours: &["debug", "release"] },
    Case { name: "upstream-functions", flags: &["--functions"], upstream: true, flavours: &["release"] },
    Case { name: "cases", flags: &["--functions"], upstream: false, flavours: &["release"] },
];

/// Writes the crates and returns the steps: migrate, compare, migrate
/// again, build, run the tests.
pub fn commands(root: &Path, tools: &Tools) -> Result<Vec<(String, Command)>, String> {
    let base = crate::paths::target_dir(root).join("wasm-dispose").join("migrate");
    let mut out = Vec::new();
    for case in CASES {
        let dir = base.join(case.name);
        let what = if case.upstream { "tests/upstream's original sources" } else { "tests/migrate" };
        let (runner, out_name) = if case.upstream {
            (root.join("tests/upstream/run.cjs"), "wasm-bindgen-test")
        } else {
            (root.join("tests/migrate/check.cjs"), "migrate-cases")
        };
        if case.upstream {
            derive_original(root, &dir).map_err(|e| format!("deriving {what}: {e}"))?;
        } else {
            copy_cases(root, &dir).map_err(|e| format!("copying {what}: {e}"))?;
        }
        let label = if case.flags.is_empty() { String::new() } else { format!(" {}", case.flags.join(" ")) };
        out.push((format!("cargo wasm-dispose migrate{label}: {what}"), tool(root, &dir, case.flags)));
        if case.upstream && case.flags.is_empty() {
            let mut diff = Command::new("diff");
            diff.arg("-ru").arg(root.join("tests/upstream/src")).arg(dir.join("src"));
            out.push((
                "cargo wasm-dispose migrate: its output is the committed tests/upstream/src, byte for byte".into(),
                diff,
            ));
        }
        out.push((
            format!("cargo wasm-dispose migrate --check{label}: a second run on {what} finds nothing to change"),
            tool(root, &dir, &[&["--check"], case.flags].concat()),
        ));
        let mut build = Command::new(crate::process::cargo());
        build
            .current_dir(&dir)
            .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
            // The workspace's own target directory: the dependencies are
            // already built there, with the same profile.
            .env("CARGO_TARGET_DIR", crate::paths::target_dir(root));
        out.push((format!("migrated{label} {what}: cargo build to wasm"), build));
        let wasm = crate::paths::target_dir(root)
            .join("wasm32-unknown-unknown/release")
            .join(format!("{}.wasm", package(case.name).replace('-', "_")));
        for flavour in case.flavours {
            let pkg = dir.join("pkg").join(flavour);
            let _ = std::fs::remove_dir_all(&pkg);
            std::fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
            // The workspace's package.json says "module"; this is CommonJS.
            std::fs::write(pkg.join("package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;
            let mut bindgen = Command::new(&tools.wasm_bindgen);
            if *flavour == "debug" {
                bindgen.arg("--debug");
            }
            bindgen.args(["--target", "nodejs", "--out-name", out_name, "--out-dir"]).arg(&pkg).arg(&wasm);
            out.push((format!("migrated{label} {what}: wasm-bindgen --target nodejs, {flavour} glue"), bindgen));
            let mut run = Command::new(&tools.node24);
            run.arg(&runner).env("NODE_PATH", &pkg);
            if *flavour == "release" {
                run.env("WASM_BINDGEN_NO_DEBUG", "1");
            }
            out.push((
                format!(
                    "migrated{label} {what}: {}, Node 24, {flavour} glue",
                    runner.strip_prefix(root).unwrap_or(&runner).display()
                ),
                run,
            ));
        }
    }
    Ok(out)
}

/// tests/migrate's sources, and a manifest of their own.
fn copy_cases(root: &Path, dir: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(root.join("tests/migrate/src")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        std::fs::copy(&path, dir.join("src").join(path.file_name().unwrap())).map_err(|e| e.to_string())?;
    }
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest = format!(
        "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\ncrate-type = [\"cdylib\"]\n\n[dependencies]\nwasm-bindgen.workspace = true\n\n[features]\nnever = []\n",
        package("cases")
    );
    std::fs::write(dir.join("Cargo.toml"), original_manifest(&manifest, &workspace, &package("cases"), root)?)
        .map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    Ok(())
}

fn package(name: &str) -> String {
    format!("wasm-dispose-{name}-migrated")
}

/// `cargo run` of the tool, as `cargo wasm-dispose` would run it.
fn tool(root: &Path, dir: &Path, flags: &[&str]) -> Command {
    let mut cmd = Command::new(crate::process::cargo());
    cmd.current_dir(root)
        .args(["run", "--quiet", "--package", "cargo-wasm-dispose", "--", "wasm-dispose", "migrate"])
        .arg(dir)
        .args(flags);
    cmd
}

/// Writes the unmigrated crate into `dir`: sources, the JavaScript they
/// import, and a manifest without wasm-dispose (its own workspace, with
/// wasm-dispose patched to this repository's, as a user trying a local
/// checkout would).
fn derive_original(root: &Path, dir: &Path) -> Result<(), String> {
    let upstream = root.join("tests/upstream");
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(&upstream).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "js") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).map_err(|e| e.to_string())?;
        }
    }
    for entry in std::fs::read_dir(upstream.join("src")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(dir.join("src").join(path.file_name().unwrap()), unmigrate(&text)).map_err(|e| e.to_string())?;
    }
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest = std::fs::read_to_string(upstream.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let name = dir.file_name().unwrap().to_string_lossy();
    std::fs::write(dir.join("Cargo.toml"), original_manifest(&manifest, &workspace, &package(&name), root)?)
        .map_err(|e| e.to_string())?;
    // The workspace's lockfile: the same versions, nothing to resolve.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    Ok(())
}

/// The source before migration: `disposable` as an attribute (not in
/// comments, not the import's path) back to `wasm_bindgen`, the import gone.
pub fn unmigrate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim() == IMPORT {
            continue;
        }
        let (code, comment) = match line.find("//") {
            Some(i) => line.split_at(i),
            None => (line, ""),
        };
        out.push_str(&replace_word(code, "disposable", "wasm_bindgen", "wasm_dispose::"));
        out.push_str(comment);
    }
    out
}

/// Replaces whole-word `from` with `to`, except right after `unless`.
fn replace_word(code: &str, from: &str, to: &str, unless: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut rest = code;
    while let Some(i) = rest.find(from) {
        let (before, after) = (&rest[..i], &rest[i + from.len()..]);
        let whole = !before.ends_with(word) && !after.starts_with(word);
        out.push_str(before);
        out.push_str(if whole && !before.ends_with(unless) { to } else { from });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// tests/upstream's manifest as a crate of its own would have it before
/// migration: the workspace's versions written out, no wasm-dispose.
fn original_manifest(manifest: &str, workspace: &str, name: &str, root: &Path) -> Result<String, String> {
    let mut out = String::new();
    for line in manifest.lines() {
        let key = line.split(['.', ' ', '=']).next().unwrap_or("");
        if line.starts_with("name = ") {
            out.push_str(&format!("name = \"{name}\"\n"));
        } else if line.starts_with("edition.workspace") {
            out.push_str("edition = \"2021\"\n");
        } else if key == "wasm-dispose" {
            continue;
        } else if line.contains(".workspace = true") || line.contains("{ workspace = true") {
            let spec = workspace
                .lines()
                .find(|l| l.split([' ', '=']).next() == Some(key))
                .ok_or_else(|| format!("{key} is not in [workspace.dependencies]"))?;
            out.push_str(spec);
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    let runtime = root.join("runtime");
    out.push_str(&format!(
        "\n[workspace]\n\n[patch.crates-io]\nwasm-dispose = {{ path = {:?} }}\n\n{}",
        runtime.display().to_string(),
        release_profile(workspace)
    ));
    Ok(out)
}

/// The workspace's `[profile.release]`, so the dependencies built for the
/// workspace are reused.
fn release_profile(workspace: &str) -> String {
    let Some(start) = workspace.find("[profile.release]") else { return String::new() };
    let rest = &workspace[start..];
    let end = rest[1..].find("\n[").map_or(rest.len(), |i| i + 2);
    rest[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmigrate_turns_attributes_back_and_leaves_comments() {
        let text = "use wasm_bindgen::prelude::*;\nuse wasm_dispose::disposable;\n\n// `#[disposable]` here\n#[disposable(inspectable)] // #[disposable]\n#[cfg_attr(x, disposable)]\npub struct A { disposable_count: u32 }\n";
        assert_eq!(
            unmigrate(text),
            "use wasm_bindgen::prelude::*;\n\n// `#[disposable]` here\n#[wasm_bindgen(inspectable)] // #[disposable]\n#[cfg_attr(x, wasm_bindgen)]\npub struct A { disposable_count: u32 }\n"
        );
    }

    #[test]
    fn the_release_profile_is_copied() {
        let ws = "[workspace]\nmembers = []\n\n[profile.release]\nopt-level = 3\nlto = true\n\n[other]\nx = 1\n";
        assert_eq!(release_profile(ws), "[profile.release]\nopt-level = 3\nlto = true\n\n");
    }
}
