//! Finds, and installs when missing, everything the JavaScript side needs.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Tools {
    /// The CLI matching the workspace's wasm-bindgen (Cargo.lock).
    pub wasm_bindgen: PathBuf,
    /// The CLI matching the oldest wasm-bindgen supported (tests/oldest).
    pub wasm_bindgen_oldest: PathBuf,
    pub node24: PathBuf,
    pub node18: PathBuf,
    /// The machine's own `node` (Node 20 on the project's machines).
    pub node_system: PathBuf,
    pub deno: PathBuf,
    pub bun: PathBuf,
    pub tsc5: PathBuf,
    pub tsc7: PathBuf,
}

impl Tools {
    pub fn ensure(root: &Path) -> Result<Tools, String> {
        wasm32_target()?;
        let wasm_bindgen = wasm_bindgen_cli(&locked_wasm_bindgen(&root.join("Cargo.lock"))?)?;
        let wasm_bindgen_oldest = wasm_bindgen_cli(&locked_wasm_bindgen(&crate::oldest::lockfile(root))?)?;
        npm_packages(root)?;
        let nm = root.join("node_modules");
        let tools = Tools {
            wasm_bindgen,
            wasm_bindgen_oldest,
            node24: nm.join("node24/bin/node"),
            node18: nm.join("node18/bin/node"),
            node_system: PathBuf::from("node"),
            deno: nm.join("@deno/linux-x64-glibc/deno"),
            bun: nm.join("@oven/bun-linux-x64/bin/bun"),
            tsc5: nm.join("typescript5/bin/tsc"),
            tsc7: nm.join("typescript/bin/tsc"),
        };
        for path in [&tools.node24, &tools.node18, &tools.deno, &tools.bun, &tools.tsc5, &tools.tsc7] {
            if !path.exists() {
                return Err(format!("{} is missing after npm ci", path.display()));
            }
        }
        Ok(tools)
    }
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd.status().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed"))
    }
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn wasm32_target() -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    println!("==> installing the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version in a lockfile: the CLI must match the library.
pub fn locked_wasm_bindgen(lockfile: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(lockfile).map_err(|e| format!("{}: {e}", lockfile.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("wasm-bindgen is not in {}", lockfile.display()))
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Runs `cmd` with its output captured: a first attempt whose failure has a
/// fallback need not fill the screen. The output comes back with the error.
fn run_captured(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!("{cmd:?} failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Tries `first`; if it fails, says so in one line (`why`) and runs
/// `fallback`. The first attempt's output is shown only if the fallback
/// fails too.
fn with_fallback(first: &mut Command, why: &str, fallback: &mut Command) -> Result<(), String> {
    let Err(first_error) = run_captured(first) else { return Ok(()) };
    println!("==> {why}");
    run(fallback).map_err(|e| format!("{first_error}\nand then {e}"))
}

/// The wasm-bindgen CLI at `version`: the user's own if it is that version,
/// else one xtask installs in a directory of its own per version
/// (`$CARGO_HOME/wasm-dispose-tools/wasm-bindgen-<version>`), so that no tool
/// of the user's is ever replaced.
pub fn wasm_bindgen_cli(version: &str) -> Result<PathBuf, String> {
    let want = format!("wasm-bindgen {version}");
    let own_root = own_tool_root("wasm-bindgen", version);
    let own = own_root.join("bin").join("wasm-bindgen");
    for bin in [own.clone(), cargo_home().join("bin").join("wasm-bindgen"), PathBuf::from("wasm-bindgen")] {
        if let Some(out) = output(Command::new(&bin).arg("--version")) {
            if out.trim() == want {
                return Ok(bin);
            }
        }
    }
    println!("==> installing wasm-bindgen-cli {version} into {}", own_root.display());
    cargo_install("wasm-bindgen-cli", version, &own_root, &[])?;
    Ok(own)
}

/// The worker-build version `cargo xtask workers-rs` builds examples/workers-rs with.
pub const WORKER_BUILD_VERSION: &str = "0.8.7";

/// worker-build (workers-rs' build tool) at `WORKER_BUILD_VERSION`, in a
/// directory of its own (`$CARGO_HOME/wasm-dispose-tools/worker-build-<version>`);
/// a user's own worker-build is neither used nor replaced. A debug build: it
/// only drives cargo, wasm-bindgen, wasm-opt and esbuild, and builds in about
/// a quarter of the time of a release build.
pub fn worker_build() -> Result<PathBuf, String> {
    let version = WORKER_BUILD_VERSION;
    let own_root = own_tool_root("worker-build", version);
    let own = own_root.join("bin").join("worker-build");
    if output(Command::new(&own).arg("--version")).is_some_and(|out| out.trim() == version) {
        return Ok(own);
    }
    println!("==> installing worker-build {version} into {}", own_root.display());
    openssl_headers()?;
    cargo_install("worker-build", version, &own_root, &["--debug"])?;
    Ok(own)
}

/// worker-build downloads over native TLS, so its build needs OpenSSL's
/// headers: Debian's `libssl-dev` and `pkg-config`, installed with apt-get
/// where that is allowed (as for the browsers), else a clear error.
fn openssl_headers() -> Result<(), String> {
    let found = Command::new("pkg-config").args(["--exists", "openssl"]).status().is_ok_and(|s| s.success());
    if found {
        return Ok(());
    }
    let packages = ["libssl-dev", "pkg-config"];
    crate::browser::can_install()
        .map_err(|why| format!("building worker-build needs {} and {why}", packages.join(" and ")))?;
    println!("==> apt-get install -y {} (to build worker-build)", packages.join(" "));
    crate::browser::apt(&["update"])?;
    crate::browser::apt(&["install", "-y", packages[0], packages[1]])
}

/// `$CARGO_HOME/wasm-dispose-tools/<tool>-<version>`.
fn own_tool_root(tool: &str, version: &str) -> PathBuf {
    cargo_home().join("wasm-dispose-tools").join(format!("{tool}-{version}"))
}

/// `cargo install <krate> --version =<version> --root <root>`: `--locked`
/// first for the tool's own tested dependency versions; a registry that lacks
/// one of them still gets a working build without it.
fn cargo_install(krate: &str, version: &str, root: &Path, extra: &[&str]) -> Result<(), String> {
    let install = |locked: bool| {
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        cmd.args(["install", krate, "--root"]).arg(root).arg("--version").arg(format!("={version}")).args(extra);
        if locked {
            cmd.arg("--locked");
        }
        cmd
    };
    with_fallback(
        &mut install(true),
        &format!("cargo install --locked could not use {krate}'s own lockfile here; installing without --locked"),
        &mut install(false),
    )
}

fn npm_packages(root: &Path) -> Result<(), String> {
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => i.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    println!("==> npm ci (JavaScript runtimes and TypeScript from package-lock.json)");
    // A registry mirror without other platforms' optional binaries (the
    // workerd package has one per OS) makes `npm ci` refuse the lockfile;
    // `npm install --no-save` installs the same locked versions.
    with_fallback(
        Command::new("npm").current_dir(root).args(["ci", "--no-audit", "--no-fund"]),
        "npm ci refused the lockfile (this registry lacks other platforms' optional packages); npm install --no-save of the same locked versions",
        Command::new("npm").current_dir(root).args(["install", "--no-save", "--no-audit", "--no-fund"]),
    )
}
