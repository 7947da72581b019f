//! The other end of the supported range: the fixture built with the oldest
//! wasm-bindgen (tests/oldest pins it in its own lockfile) and run through
//! that version's CLI, for the web target's suites and for CommonJS.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;

pub fn lockfile(root: &Path) -> PathBuf {
    root.join("tests/oldest/Cargo.lock")
}

/// Where the packages go: `<target>/wasm-dispose/pkg-oldest/`.
fn out_dir(root: &Path) -> PathBuf {
    crate::target_dir(root).join("wasm-dispose").join("pkg-oldest")
}

/// Builds the fixture with the oldest wasm-bindgen; returns the commands that
/// check it, each with its step name. `suites` are the Node suites to run.
pub fn commands(root: &Path, tools: &Tools, suites: &[PathBuf]) -> Result<Vec<(String, Command)>, String> {
    let version = crate::tools::locked_wasm_bindgen(&lockfile(root))?;
    println!("\n==> building the fixture with wasm-bindgen {version} (tests/oldest)");
    let target_dir = crate::target_dir(root).join("oldest");
    let status = Command::new(crate::cargo())
        .current_dir(root.join("tests/oldest"))
        .args(["build", "--release", "--locked", "--target", "wasm32-unknown-unknown", "--target-dir"])
        .arg(&target_dir)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building tests/oldest with wasm-bindgen {version} failed"));
    }
    let wasm = target_dir.join("wasm32-unknown-unknown/release/wasm_dispose_tests_oldest.wasm");
    let web = out_dir(root).join("web");
    crate::bindgen_with(&tools.wasm_bindgen_oldest, &wasm, "web", "fixture", &web.join("fixture"))?;
    std::fs::write(web.join("fixture/package.json"), "{ \"type\": \"module\" }\n").map_err(|e| e.to_string())?;
    // The suites that load a second package get the newest version's: one
    // `DisposedError` brand across wasm-bindgen versions too.
    for other in ["images", "parity"] {
        copy_dir(&crate::pkg_root(root).join(other), &web.join(other))?;
    }
    let cjs = out_dir(root).join("nodejs");
    crate::bindgen_with(&tools.wasm_bindgen_oldest, &wasm, "nodejs", "fixture", &cjs)?;
    std::fs::write(cjs.join("package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;

    let mut node = Command::new(&tools.node24);
    node.current_dir(root).args(["--expose-gc", "--test", "--test-reporter=tap"]).args(suites).env("WASM_DISPOSE_PKG", &web);
    let mut cjs_contract = Command::new(&tools.node18);
    cjs_contract.arg(root.join("tests/targets/nodejs.cjs")).arg(&cjs);
    Ok(vec![
        (format!("wasm-bindgen {version} (oldest supported): Node 24 core suites"), node),
        (format!("wasm-bindgen {version} (oldest supported): --target nodejs (CommonJS) on Node 18.17"), cjs_contract),
    ])
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap_or_default())).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}
