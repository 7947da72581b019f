//! The runtime's shipped JavaScript, `runtime/src/snippet.mjs` (what
//! wasm-bindgen copies into every package), is its source,
//! `runtime/js/snippet.mjs`, minified by esbuild (the version in
//! package-lock.json): 1.5 KB gzipped instead of 3.6. `cargo xtask snippet`
//! writes it; `cargo xtask test` checks that the two agree.

use std::path::Path;
use std::process::Command;

use crate::process::output;

const SOURCE: &str = "runtime/js/snippet.mjs";
const SHIPPED: &str = "runtime/src/snippet.mjs";
const HEADER: &str =
    "// wasm-dispose's runtime snippet, minified from js/snippet.mjs by `cargo xtask snippet`: edit that file.\n";

/// What `SHIPPED` must hold.
fn minified(root: &Path, esbuild: &Path) -> Result<String, String> {
    // ES module in, ES module out: the exports keep their names (the glue
    // imports them by name), everything else is renamed and folded.
    let code = output(Command::new(esbuild).current_dir(root).args([SOURCE, "--minify", "--format=esm"]))
        .ok_or_else(|| format!("{} could not minify {SOURCE}", esbuild.display()))?;
    Ok(format!("{HEADER}{code}"))
}

/// `cargo xtask snippet`.
pub fn write(root: &Path) -> Result<(), String> {
    crate::tools::npm_packages(root)?;
    let code = minified(root, &crate::tools::esbuild(root))?;
    std::fs::write(root.join(SHIPPED), &code).map_err(|e| format!("{SHIPPED}: {e}"))?;
    println!("{SHIPPED}: {} bytes, from {SOURCE}", code.len());
    Ok(())
}

/// Whether `SHIPPED` is `SOURCE` minified; says what to do otherwise.
pub fn matches(root: &Path) -> Result<bool, String> {
    let want = minified(root, &crate::tools::esbuild(root))?;
    let have = std::fs::read_to_string(root.join(SHIPPED)).map_err(|e| format!("{SHIPPED}: {e}"))?;
    if have == want {
        println!("{SHIPPED} is {SOURCE} minified");
        return Ok(true);
    }
    println!("{SHIPPED} is not {SOURCE} minified: run `cargo xtask snippet`");
    Ok(false)
}
