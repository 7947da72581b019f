//! The runtime's shipped JavaScript, `runtime/src/*.mjs` (what wasm-bindgen
//! copies into every package that imports it), is its source,
//! `runtime/js/*.mjs`, minified by esbuild (the version in
//! package-lock.json). `cargo xtask snippet` writes it; `cargo xtask test`
//! checks that the two agree.

use std::path::Path;
use std::process::Command;

use crate::process::output;

/// The modules: every package with a class imports `snippet.mjs`; only one
/// with an async class imports `async.mjs`, which imports `snippet.mjs`.
pub const MODULES: &[&str] = &["snippet.mjs", "async.mjs"];

fn source(module: &str) -> String {
    format!("runtime/js/{module}")
}

fn shipped(module: &str) -> String {
    format!("runtime/src/{module}")
}

/// What the shipped module must hold.
fn minified(root: &Path, esbuild: &Path, module: &str) -> Result<String, String> {
    let source = source(module);
    // ES module in, ES module out: the exports keep their names (the glue
    // imports them by name), everything else is renamed and folded; an
    // import of the other module stays as written.
    let code = output(Command::new(esbuild).current_dir(root).args([&source, "--minify", "--format=esm"]))
        .ok_or_else(|| format!("{} could not minify {source}", esbuild.display()))?;
    Ok(format!(
        "// wasm-dispose's runtime JavaScript, minified from js/{module} by `cargo xtask snippet`: edit that file.\n{code}"
    ))
}

/// `cargo xtask snippet`.
pub fn write(root: &Path) -> Result<(), String> {
    crate::tools::npm_packages(root)?;
    let esbuild = crate::tools::esbuild(root);
    for module in MODULES {
        let code = minified(root, &esbuild, module)?;
        let shipped = shipped(module);
        std::fs::write(root.join(&shipped), &code).map_err(|e| format!("{shipped}: {e}"))?;
        println!("{shipped}: {} bytes, from {}", code.len(), source(module));
    }
    Ok(())
}

/// Whether every shipped module is its source minified; says what to do
/// otherwise.
pub fn matches(root: &Path) -> Result<bool, String> {
    let esbuild = crate::tools::esbuild(root);
    let mut all = true;
    for module in MODULES {
        let want = minified(root, &esbuild, module)?;
        let shipped = shipped(module);
        let have = std::fs::read_to_string(root.join(&shipped)).map_err(|e| format!("{shipped}: {e}"))?;
        if have == want {
            println!("{shipped} is {} minified", source(module));
        } else {
            println!("{shipped} is not {} minified: run `cargo xtask snippet`", source(module));
            all = false;
        }
    }
    Ok(all)
}
