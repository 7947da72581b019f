//! The fixture under every wasm-bindgen target besides `web` (the main
//! suites): CommonJS on Node 20 and 24 (which `require()` the runtime's
//! ES-module snippet) and on Node 18.17 (built without it),
//! `experimental-nodejs-module`, `deno`, `no-modules` (without it), and
//! `bundler` instantiated by a hand-written loader (bundlers themselves run
//! in the browser pages), and `nodejs` under Jest with each of the recipes
//! docs/runtimes-and-workers.md gives for its CommonJS loader, each loaded
//! the way its users load it and checked by `tests/targets/contract.cjs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;

/// Where the packages go: `<target>/wasm-dispose/pkg-targets/<target>/`.
fn out_dir(root: &Path, target: &str) -> PathBuf {
    crate::paths::target_dir(root).join("wasm-dispose").join("pkg-targets").join(target)
}

/// Builds the fixture for each target; returns the commands that check it,
/// each with its step name.
pub fn commands(root: &Path, tools: &Tools) -> Result<Vec<(String, Command)>, String> {
    let wasm = crate::wasm::build_wasm_variant(root, "wasm-dispose-tests", &[], "snippet")?;
    // Without the runtime's snippet: what `no-modules` (which refuses
    // snippets) and CommonJS on Node before 20.19 (no `require(esm)`) need.
    let fallback = crate::wasm::build_wasm_variant(
        root,
        "wasm-dispose-tests",
        &["--no-default-features", "--features", "extends"],
        "fallback",
    )?;
    for (target, module_type, wasm) in [
        ("nodejs", Some("commonjs"), &wasm),
        ("nodejs-fallback", Some("commonjs"), &fallback),
        ("experimental-nodejs-module", Some("module"), &wasm),
        ("deno", Some("module"), &wasm),
        ("no-modules", None, &fallback),
        ("bundler", Some("module"), &wasm),
    ] {
        let out = out_dir(root, target);
        crate::wasm::bindgen(tools, wasm, target.trim_end_matches("-fallback"), "fixture", &out)?;
        // The workspace's package.json says "module"; say what these are.
        if let Some(kind) = module_type {
            std::fs::write(out.join("package.json"), format!("{{ \"type\": \"{kind}\" }}\n"))
                .map_err(|e| e.to_string())?;
        }
    }
    // Jest's third recipe: the package with a CommonJS copy of its snippets,
    // made by the script the docs quote.
    let copied = out_dir(root, "nodejs-commonjs-snippet");
    crate::wasm::bindgen(tools, &wasm, "nodejs", "fixture", &copied.join("pkg"))?;
    std::fs::write(copied.join("pkg/package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;
    let bin = root.join("node_modules/.bin");
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .map_err(|e| e.to_string())?;
    crate::process::run_captured(
        Command::new("sh").arg(root.join("tests/targets/commonjs-snippet.sh")).current_dir(&copied).env("PATH", path),
    )?;

    let dir = root.join("tests/targets");
    let mut out = Vec::new();
    for (name, node, pkg) in [
        ("Node 18.17, the runtime without its snippet", &tools.node18, "nodejs-fallback"),
        ("Node 20 (the machine's node)", &tools.node_system, "nodejs"),
        ("Node 24", &tools.node24, "nodejs"),
    ] {
        let mut cmd = Command::new(node);
        cmd.arg(dir.join("nodejs.cjs")).arg(out_dir(root, pkg));
        out.push((format!("--target nodejs (CommonJS, require()): {name}"), cmd));
    }
    let mut cmd = Command::new(&tools.node24);
    cmd.arg(dir.join("esm.mjs")).arg(out_dir(root, "experimental-nodejs-module")).arg("experimental-nodejs-module");
    out.push(("--target experimental-nodejs-module: Node 24".into(), cmd));
    let mut cmd = Command::new(&tools.deno);
    cmd.args(["run", "--allow-all"])
        .arg(dir.join("esm.mjs"))
        .arg(out_dir(root, "deno"))
        .arg("deno")
        .env("NO_COLOR", "1");
    out.push(("--target deno: Deno 2".into(), cmd));
    let mut cmd = Command::new(&tools.node24);
    cmd.arg(dir.join("loader.mjs")).arg(out_dir(root, "bundler"));
    out.push((
        "--target bundler, instantiated by a hand-written loader that passes only the glue: Node 24".into(),
        cmd,
    ));
    // Jest's own CommonJS loader has no `require(esm)` (unless Node 24.9+
    // runs it with `--experimental-vm-modules`): the snippet's `.mjs` needs
    // one of these.
    let jest = root.join("node_modules/jest/bin/jest.js");
    let cache = crate::paths::target_dir(root).join("wasm-dispose/jest-cache");
    for (name, node, config, options, pkg) in [
        (
            "babel-jest compiles the snippet's .mjs (tests/targets/jest.babel.json): Node 20",
            &tools.node_system,
            Some("jest.babel.json"),
            "",
            out_dir(root, "nodejs"),
        ),
        (
            "Jest's defaults, Node's require(esm) through --experimental-vm-modules: Node 24",
            &tools.node24,
            None,
            "--experimental-vm-modules",
            out_dir(root, "nodejs"),
        ),
        (
            "Jest's defaults, a CommonJS copy of the snippet (tests/targets/commonjs-snippet.sh): Node 18.17",
            &tools.node18,
            None,
            "",
            copied.join("pkg"),
        ),
    ] {
        let mut cmd = Command::new(node);
        cmd.current_dir(root).arg(&jest).arg("--ci").arg("--cacheDirectory").arg(&cache);
        match config {
            Some(file) => cmd.arg("--config").arg(dir.join(file)),
            None => cmd.arg("--rootDir").arg(&dir),
        };
        cmd.arg(dir.join("jest.test.cjs")).env("WASM_DISPOSE_PKG", pkg).env("NODE_OPTIONS", options);
        out.push((format!("--target nodejs under Jest 30, {name}"), cmd));
    }
    let mut cmd = Command::new(&tools.node_system);
    cmd.arg(dir.join("no-modules.cjs")).arg(out_dir(root, "no-modules"));
    out.push(("--target no-modules (a classic script), the runtime without its snippet: Node 20".into(), cmd));
    Ok(out)
}
