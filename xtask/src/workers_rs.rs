//! `cargo xtask workers-rs`: builds examples/workers-rs (a workers-rs Worker,
//! its own workspace) with worker-build's default settings, serves it from
//! workerd on a loopback port and runs its load client
//! (examples/workers-rs/load.mjs) against it.
//!
//! Offline: worker-build downloads the wasm-bindgen CLI, wasm-opt and esbuild
//! unless `WASM_BINDGEN_BIN`, `WASM_OPT_BIN` and `ESBUILD_BIN` name them
//! (worker-build 0.8.7, src/binary.rs). xtask gives it the wasm-bindgen CLI
//! it installs (at the version in the example's Cargo.lock), and wasm-opt
//! (binaryen, the version worker-build pins: 132) and esbuild from the npm
//! lockfile.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::paths::target_dir;
use crate::tools::{self, Tools};
use crate::workerd::{free_port, run_client, Server};

const EXAMPLE: &str = "examples/workers-rs";

/// `cargo xtask workers-rs`.
pub fn workers_rs(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    under_load(root, &tools)
}

/// The `cargo xtask test` step: prints why it failed and reports whether it passed.
pub fn step(root: &Path, tools: &Tools) -> bool {
    println!(
        "\n==> workers-rs: examples/workers-rs built by worker-build {}, under load in workerd",
        tools::WORKER_BUILD_VERSION
    );
    under_load(root, tools).map_err(|e| eprintln!("workers-rs step failed: {e}")).is_ok()
}

fn under_load(root: &Path, tools: &Tools) -> Result<(), String> {
    let dir = root.join(EXAMPLE);
    build(root, &dir)?;

    let port = free_port()?;
    let run_dir = target_dir(root).join("wasm-dispose/workers-rs");
    std::fs::create_dir_all(&run_dir).map_err(|e| format!("{}: {e}", run_dir.display()))?;
    let log = run_dir.join("workerd.log");
    let mut server = Server::start(root, &dir, port, log.clone())?;
    // A JavaScript-only route: Rust's request counter starts with the client.
    server.wait_until_ready(port, "/stats")?;
    println!("workerd serves {EXAMPLE} on http://127.0.0.1:{port}");

    let mut client = Command::new(&tools.node24);
    client.arg(dir.join("load.mjs")).arg(format!("http://127.0.0.1:{port}")).arg(&log);
    run_client(server, &mut client, &log)
}

/// `worker-build --release` in the example's directory: its default
/// settings (panic recovery on, wasm-opt on), output in `build/`.
/// (examples/workers-rpc is built the same way, by `resource.rs`.)
pub(crate) fn build(root: &Path, dir: &Path) -> Result<(), String> {
    let bindgen_version = tools::locked_wasm_bindgen(&dir.join("Cargo.lock"))?;
    let bindgen = tools::wasm_bindgen_cli(&bindgen_version)?;
    let worker_build = tools::worker_build()?;
    let nm = root.join("node_modules");
    let wasm_opt = nm.join(".bin/wasm-opt");
    let esbuild = tools::esbuild(root);
    for tool in [&wasm_opt, &esbuild] {
        if !tool.exists() {
            return Err(format!("{} is missing after npm ci", tool.display()));
        }
    }
    let example = dir.strip_prefix(root).unwrap_or(dir).display();
    println!(
        "\n==> worker-build {} --release in {example} (wasm-bindgen {bindgen_version})",
        tools::WORKER_BUILD_VERSION
    );
    let started = Instant::now();
    let status = Command::new(&worker_build)
        .current_dir(dir)
        .arg("--release")
        .env("WASM_BINDGEN_BIN", &bindgen)
        .env("WASM_OPT_BIN", &wasm_opt)
        .env("ESBUILD_BIN", &esbuild)
        // The workspace's target directory, not one inside the example.
        .env("CARGO_TARGET_DIR", target_dir(root))
        .status()
        .map_err(|e| format!("cannot run {}: {e}", worker_build.display()))?;
    if !status.success() {
        return Err("worker-build failed".into());
    }
    println!("worker-build finished in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}
