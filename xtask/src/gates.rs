//! The code gates, first in `cargo xtask test` (`cargo xtask gates` runs them
//! alone): formatting, clippy, the docs, the MSRV build and the packages of
//! the published crates.

use std::path::Path;
use std::process::Command;

use crate::paths::target_dir;
use crate::process::cargo;
use crate::steps::Steps;
use crate::tools;

/// The crates published to the registry, which users build.
const PUBLISHED: [&str; 2] = ["wasm-dispose", "wasm-dispose-macros"];

/// `Cargo.toml` keys a registry page needs: without them it shows nothing
/// (readme), no licence, or no links.
const METADATA: [&str; 10] = [
    "description",
    "license",
    "repository",
    "homepage",
    "documentation",
    "readme",
    "keywords",
    "categories",
    "rust-version",
    "edition",
];

/// `cargo xtask gates`.
pub fn run(root: &Path) -> Result<(), String> {
    let mut steps = Steps::default();
    add(root, &mut steps);
    steps.finish("gates")
}

/// Runs the gates as steps of `steps`.
pub fn add(root: &Path, steps: &mut Steps) {
    steps.run(
        "cargo fmt --all -- --check",
        Command::new(cargo()).current_dir(root).args(["fmt", "--all", "--", "--check"]),
    );
    steps.run(
        "cargo clippy --workspace --all-targets -- -D warnings",
        Command::new(cargo()).current_dir(root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    );
    steps.run(
        "cargo doc --no-deps with RUSTDOCFLAGS=-D warnings: wasm-dispose, wasm-dispose-macros, cargo-wasm-dispose",
        Command::new(cargo())
            .current_dir(root)
            .args(["doc", "--no-deps", "-p", "wasm-dispose", "-p", "wasm-dispose-macros", "-p", "cargo-wasm-dispose"])
            .env("RUSTDOCFLAGS", "-D warnings"),
    );
    msrv(root, steps);
    package(root, steps);
}

/// The workspace's `rust-version`, which both published crates inherit.
fn declared_msrv(root: &Path) -> Result<String, String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .map(|v| v.trim_end_matches('"').to_string())
        .ok_or_else(|| "Cargo.toml declares no rust-version".into())
}

/// Builds the published crates with the declared MSRV, from Cargo.lock as
/// it is (`--locked`): what a user on that Rust gets with these versions.
/// Skipped, with the reason, where rustup cannot install that toolchain.
fn msrv(root: &Path, steps: &mut Steps) {
    let msrv = match declared_msrv(root) {
        Ok(v) => v,
        Err(e) => {
            println!("\n==> MSRV\n{e}");
            steps.record("MSRV: the workspace declares rust-version", false);
            return;
        }
    };
    let name =
        format!("MSRV: rust-version {msrv}: cargo +{msrv} build -p wasm-dispose -p wasm-dispose-macros --locked");
    if let Err(why) = tools::rust_toolchain(&msrv) {
        println!("\n==> {name}\nskipped: rustup cannot install Rust {msrv} here: {why}");
        steps.skip(&name, &format!("rustup cannot install Rust {msrv} here"));
        return;
    }
    let mut cmd = Command::new("rustup");
    cmd.current_dir(root).args(["run", &msrv, "cargo", "build", "--locked"]);
    for krate in PUBLISHED {
        cmd.args(["-p", krate]);
    }
    // A target directory of its own: the stable builds keep theirs.
    cmd.arg("--target-dir").arg(target_dir(root).join("msrv"));
    steps.run(&name, &mut cmd);
}

/// `cargo package` of the published crates (verified: each builds from its
/// own package), then each file list and each packaged manifest checked.
fn package(root: &Path, steps: &mut Steps) {
    let mut cmd = Command::new(cargo());
    cmd.current_dir(root).args(["package", "--allow-dirty"]);
    for krate in PUBLISHED {
        cmd.args(["-p", krate]);
    }
    if !steps.run("cargo package -p wasm-dispose -p wasm-dispose-macros", &mut cmd) {
        return;
    }
    let name = "the packages: complete metadata, licence files and README, no tests, fixtures or build output";
    println!("\n==> {name}");
    let mut problems = Vec::new();
    for krate in PUBLISHED {
        match check_package(root, krate) {
            Ok(files) => println!("{krate}: {files} files"),
            Err(e) => problems.push(format!("{krate}: {e}")),
        }
    }
    for p in &problems {
        println!("{p}");
    }
    steps.record(name, problems.is_empty());
}

/// Checks one crate's `cargo package --list` and packaged manifest; returns
/// how many files the package has.
fn check_package(root: &Path, krate: &str) -> Result<usize, String> {
    let out = Command::new(cargo())
        .current_dir(root)
        .args(["package", "--list", "--allow-dirty", "-p", krate])
        .output()
        .map_err(|e| format!("cannot run cargo package --list: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo package --list failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let list = String::from_utf8_lossy(&out.stdout);
    let files: Vec<&str> = list.lines().collect();
    let mut problems = list_problems(krate, &files);
    let version = crate_version(root)?;
    let manifest = target_dir(root).join("package").join(format!("{krate}-{version}")).join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    problems.extend(metadata_problems(&text));
    if problems.is_empty() {
        Ok(files.len())
    } else {
        Err(problems.join("; "))
    }
}

/// What is wrong with a package's file list.
fn list_problems(krate: &str, files: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut needed: Vec<String> =
        ["Cargo.toml", "src/lib.rs", "README.md", "LICENSE-MIT", "LICENSE-APACHE"].map(String::from).into();
    if krate == "wasm-dispose" {
        // The runtime's JavaScript, which wasm-bindgen reads at build time,
        // and its source.
        needed.push("build.rs".into());
        for module in crate::snippet::MODULES {
            needed.extend([format!("src/{module}"), format!("js/{module}")]);
        }
    }
    for file in needed {
        if !files.contains(&file.as_str()) {
            problems.push(format!("{file} is not in the package"));
        }
    }
    let unwanted = |f: &str| {
        ["tests/", "target/", "node_modules/", "examples/", "benches/", "pkg/", "fixture"]
            .iter()
            .any(|p| f.starts_with(p) || f.contains(&format!("/{p}")))
            || f.ends_with(".wasm")
            || f.ends_with(".stderr")
    };
    for file in files.iter().filter(|f| unwanted(f)) {
        problems.push(format!("{file} should not be in the package"));
    }
    problems
}

/// The metadata keys missing from a packaged (normalized) `Cargo.toml`.
fn metadata_problems(manifest: &str) -> Vec<String> {
    let package = manifest.split("\n[package]\n").nth(1).and_then(|p| p.split("\n[").next()).unwrap_or_default();
    METADATA
        .iter()
        .filter(|key| !package.lines().any(|l| l.starts_with(&format!("{key} = ")) && !l.ends_with("= []")))
        .map(|key| format!("Cargo.toml has no `{key}`"))
        .collect()
}

/// The workspace's version, which both published crates inherit.
fn crate_version(root: &Path) -> Result<String, String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .map(|v| v.trim_end_matches('"').to_string())
        .ok_or_else(|| "Cargo.toml declares no workspace version".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_package_without_licences_or_with_fixtures_is_refused() {
        let good = ["Cargo.toml", "src/lib.rs", "README.md", "LICENSE-MIT", "LICENSE-APACHE"];
        assert!(list_problems("wasm-dispose-macros", &good).is_empty());
        let problems = list_problems("wasm-dispose", &good);
        assert_eq!(
            problems,
            [
                "build.rs is not in the package",
                "src/snippet.mjs is not in the package",
                "js/snippet.mjs is not in the package",
                "src/async.mjs is not in the package",
                "js/async.mjs is not in the package"
            ]
        );
        let mut bad = good.to_vec();
        bad.retain(|f| *f != "LICENSE-MIT");
        bad.extend(["tests/ui/x.rs", "src/fixture/a.rs", "out.wasm"]);
        let problems = list_problems("wasm-dispose-macros", &bad);
        assert_eq!(problems.len(), 4, "{problems:?}");
    }

    #[test]
    fn missing_or_empty_metadata_is_named() {
        let manifest = "# generated\n\n[package]\nname = \"x\"\ndescription = \"d\"\nkeywords = []\n\n[dependencies]\nreadme = \"no\"\n";
        let problems = metadata_problems(manifest);
        assert!(problems.contains(&"Cargo.toml has no `keywords`".to_string()), "{problems:?}");
        assert!(problems.contains(&"Cargo.toml has no `readme`".to_string()), "{problems:?}");
        assert!(!problems.contains(&"Cargo.toml has no `description`".to_string()), "{problems:?}");
    }

    #[test]
    fn the_declared_msrv_is_read() {
        let msrv = declared_msrv(&crate::paths::workspace_root()).unwrap();
        assert!(msrv.starts_with("1."), "{msrv}");
    }
}
