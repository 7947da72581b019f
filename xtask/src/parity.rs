//! Parity with plain `#[wasm_bindgen]`: the `tests/parity` crate's clippy
//! warnings (pedantic included) with `#[disposable]` must be exactly those
//! of the same source built with `#[wasm_bindgen]` (feature `plain`), so that
//! users who deny warnings see plain's warnings and no more.

use std::path::Path;
use std::process::Command;

/// The file both builds share item for item (cfg-specific items live in
/// the crate's other files).
const SHARED: &str = "tests/parity/src/lib.rs";

fn warnings(root: &Path, plain: bool) -> Result<Vec<String>, String> {
    let mut cmd = Command::new(crate::process::cargo());
    cmd.current_dir(root).args([
        "clippy",
        "--quiet",
        "--package",
        "wasm-dispose-parity",
        "--target",
        "wasm32-unknown-unknown",
        "--message-format=short",
    ]);
    if plain {
        cmd.args(["--features", "plain"]);
    }
    let out =
        cmd.args(["--", "-W", "clippy::pedantic"]).output().map_err(|e| format!("cannot run cargo clippy: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo clippy failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(relevant(&String::from_utf8_lossy(&out.stderr)))
}

/// The diagnostics on the shared file, sorted.
fn relevant(stderr: &str) -> Vec<String> {
    let mut lines: Vec<String> = stderr.lines().filter(|l| l.starts_with(SHARED)).map(str::to_string).collect();
    lines.sort();
    lines
}

pub fn lint_parity(root: &Path) -> bool {
    println!("\n==> clippy: tests/parity with #[disposable] warns exactly as with #[wasm_bindgen]");
    let (ours, plain) = match (warnings(root, false), warnings(root, true)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return false;
        }
    };
    let extra: Vec<&String> = ours.iter().filter(|l| !plain.contains(l)).collect();
    let missing: Vec<&String> = plain.iter().filter(|l| !ours.contains(l)).collect();
    for l in &extra {
        println!("  only with #[disposable]: {l}");
    }
    for l in &missing {
        println!("  only with #[wasm_bindgen]: {l}");
    }
    // The fixture has lints on purpose (non-snake names, a deprecated call);
    // no warnings at all would mean the comparison saw nothing.
    if plain.is_empty() {
        println!("  no warnings from the plain build: the comparison saw nothing");
        return false;
    }
    println!("{} warnings each", plain.len());
    extra.is_empty() && missing.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_shared_file_counts_and_order_does_not() {
        let stderr = "tests/parity/src/with_async.rs:3:1: warning: x\n\
                      tests/parity/src/lib.rs:9:1: warning: b\n\
                      runtime/src/lib.rs:1:1: warning: c\n\
                      tests/parity/src/lib.rs:2:1: warning: a\n";
        assert_eq!(
            relevant(stderr),
            ["tests/parity/src/lib.rs:2:1: warning: a", "tests/parity/src/lib.rs:9:1: warning: b"]
        );
    }
}
