//! `tests/library`, the crate shaped like the library issue 24 migrated:
//! its `.d.ts` type-checked the way downstream users compile it
//! (`tests/ts/matrix.mjs`: TypeScript 4.8 to 7, `lib` es6 to esnext, with
//! and without DOM) at both ends of the wasm-bindgen range, and the crate
//! itself built warning-free with `RUSTFLAGS=-D warnings` and with
//! `cargo clippy -- -D warnings`, as swapped and as the plain crate it was.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;

const PACKAGE: &str = "wasm-dispose-library";
/// Everything but `plain`; `newer` is what 0.2.100 lacks.
const FEATURES: &str = "extra,newer,io";
const OLDEST_FEATURES: &str = "extra,io";

fn out_dir(root: &Path, version: &str, target: &str) -> PathBuf {
    crate::paths::target_dir(root).join("wasm-dispose").join("library").join(format!("{version}-{target}"))
}

/// Builds the packages; returns the commands that check them, each with its
/// step name.
pub fn commands(root: &Path, tools: &Tools) -> Result<Vec<(String, Command)>, String> {
    let newest = crate::tools::locked_wasm_bindgen(&root.join("Cargo.lock"))?;
    let oldest = crate::tools::locked_wasm_bindgen(&crate::paths::oldest_lockfile(root))?;
    let wasm = crate::wasm::build_wasm(root, PACKAGE, &["--features", FEATURES])?;
    let old_wasm = crate::oldest::build_library(root, OLDEST_FEATURES)?;
    let mut matrix = Command::new(&tools.node24);
    matrix
        .current_dir(root)
        .arg(root.join("tests/ts/matrix.mjs"))
        .env("CARGO_TARGET_DIR", crate::paths::target_dir(root));
    for (version, cli, wasm) in
        [(&newest, &tools.wasm_bindgen, &wasm), (&oldest, &tools.wasm_bindgen_oldest, &old_wasm)]
    {
        for target in ["web", "nodejs"] {
            let dir = out_dir(root, version, target);
            crate::wasm::bindgen_with(cli, wasm, target, "library", &dir)?;
            matrix.arg(format!("wasm-bindgen {version} --target {target}={}", dir.join("library.d.ts").display()));
        }
    }
    let mut out = vec![(
        format!("TypeScript 4.8, 5.2, 5.9, 7 x lib es6..esnext, +-DOM: tests/library's .d.ts at wasm-bindgen {oldest} and {newest} (tests/ts/matrix.mjs)"),
        matrix,
    )];
    for (what, features) in [
        ("with #[disposable]", FEATURES),
        ("with #[disposable], default features", ""),
        ("as plain #[wasm_bindgen]", "extra,newer,plain"),
    ] {
        out.push((format!("RUSTFLAGS=-D warnings: tests/library for wasm32 {what}"), deny_warnings(root, features)));
    }
    for (what, features) in [("with #[disposable]", FEATURES), ("as plain #[wasm_bindgen]", "extra,newer,plain")] {
        out.push((format!("cargo clippy -- -D warnings: tests/library {what}"), clippy(root, features)));
    }
    Ok(out)
}

/// `cargo xtask library`: these steps alone (a part of `cargo xtask test`).
pub fn run(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    let mut failed = Vec::new();
    for (name, mut cmd) in commands(root, &tools)? {
        println!("\n==> {name}");
        if !cmd.status().is_ok_and(|s| s.success()) {
            failed.push(name);
        }
    }
    for name in &failed {
        println!("FAIL {name}");
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("{} step(s) failed", failed.len()))
    }
}

fn features(cmd: &mut Command, features: &str) {
    if !features.is_empty() {
        cmd.args(["--features", features]);
    }
}

/// A build of its own target directory: `RUSTFLAGS` is part of every
/// artifact's fingerprint, and the other builds should keep theirs.
fn deny_warnings(root: &Path, which: &str) -> Command {
    let flags = match std::env::var("RUSTFLAGS") {
        Ok(own) if !own.trim().is_empty() => format!("{own} -D warnings"),
        _ => "-D warnings".to_string(),
    };
    let mut cmd = Command::new(crate::process::cargo());
    cmd.current_dir(root)
        .args(["build", "--target", "wasm32-unknown-unknown", "--package", PACKAGE, "--target-dir"])
        .arg(crate::paths::target_dir(root).join("deny-warnings"))
        .env("RUSTFLAGS", flags);
    features(&mut cmd, which);
    cmd
}

/// `--no-deps`: the crate's own lints, as a user's clippy sees them (the
/// runtime, a path dependency here, is a registry one there).
fn clippy(root: &Path, which: &str) -> Command {
    let mut cmd = Command::new(crate::process::cargo());
    cmd.current_dir(root).args(["clippy", "--no-deps", "--target", "wasm32-unknown-unknown", "--package", PACKAGE]);
    features(&mut cmd, which);
    cmd.args(["--", "-D", "warnings"]);
    cmd
}
