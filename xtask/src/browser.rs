//! `cargo xtask browser`: the checks of tests/browser in headless Chromium
//! and Firefox ESR, over pages built the ways users build them (unbundled,
//! tsc-lowered, webpack 5, Vite). Installs the browsers from Debian's
//! packages when they are missing and this is a root shell with apt-get (as
//! in CI); otherwise skips with the reason printed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::debian::{apt, can_install};
use crate::paths::target_dir;
use crate::process::wait_bounded;
use crate::tools::Tools;
use crate::wasm::{build_bundler_package, build_package};

/// A browser the step drives, and where Debian puts it.
struct Browser {
    /// As run.mjs names it.
    name: &'static str,
    /// The Debian package.
    package: &'static str,
    /// Overrides `path`; then nothing is installed.
    env: &'static str,
    path: &'static str,
}

const BROWSERS: [Browser; 2] = [
    Browser { name: "chromium", package: "chromium", env: "WASM_DISPOSE_CHROMIUM", path: "/usr/bin/chromium" },
    Browser { name: "firefox", package: "firefox-esr", env: "WASM_DISPOSE_FIREFOX", path: "/usr/bin/firefox-esr" },
];

/// Backstops over the scripts' own limits.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(600);
const RUN_TIME_LIMIT: Duration = Duration::from_secs(1200);

/// What the step came to.
pub enum Verdict {
    /// With the browsers that could not be tested, and why.
    Passed(Vec<String>),
    Failed,
    Skipped(String),
}

/// `cargo xtask browser`.
pub fn browser(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    match step(root, &tools) {
        Verdict::Passed(_) | Verdict::Skipped(_) => Ok(()),
        Verdict::Failed => Err("the browser checks failed".into()),
    }
}

/// The `cargo xtask test` step: prints what it did and why it failed or skipped.
pub fn step(root: &Path, tools: &Tools) -> Verdict {
    println!("\n==> browsers: Chromium and Firefox ESR over unbundled, tsc-lowered, webpack and Vite pages");
    match run(root, tools) {
        Ok(v) => {
            if let Verdict::Skipped(reason) = &v {
                println!("browser step skipped: {reason}");
            }
            v
        }
        Err(e) => {
            eprintln!("browser step failed: {e}");
            Verdict::Failed
        }
    }
}

fn run(root: &Path, tools: &Tools) -> Result<Verdict, String> {
    let mut times: Vec<(String, Duration)> = Vec::new();
    let start = Instant::now();
    let found = find_or_install(&mut times);
    let mut runnable = Vec::new();
    let mut untested = Vec::new();
    for (browser, found) in BROWSERS.iter().zip(&found) {
        match found {
            Ok((path, version)) => {
                println!("{}: {} ({version})", browser.name, path.display());
                runnable.push((browser.name, path.clone()));
            }
            Err(reason) => {
                println!("{}: not tested: {reason}", browser.name);
                untested.push(format!("{} not tested: {reason}", browser.name));
            }
        }
    }
    if runnable.is_empty() {
        let reasons: Vec<String> = BROWSERS
            .iter()
            .zip(&found)
            .filter_map(|(b, f)| f.as_ref().err().map(|e| format!("{}: {e}", b.name)))
            .collect();
        return Ok(Verdict::Skipped(format!("no browser to run ({})", reasons.join("; "))));
    }

    let t = Instant::now();
    for (package, name) in
        [("wasm-dispose-tests", "fixture"), ("wasm-dispose-weak-tests", "weak"), ("example-writer", "writer")]
    {
        build_package(root, tools, package, name)?;
        build_bundler_package(root, tools, package, name)?;
    }
    times.push(("wasm builds (fixture, weak, writer; --target web and bundler)".into(), t.elapsed()));

    let site = target_dir(root).join("wasm-dispose/browser");
    let t = Instant::now();
    println!("\n==> building the pages (tests/browser/build.mjs)");
    let mut build = Command::new(&tools.node24)
        .current_dir(root)
        .arg("tests/browser/build.mjs")
        .arg("--pkg")
        .arg(crate::paths::pkg_root(root))
        .arg("--bundler-pkg")
        .arg(crate::paths::bundler_pkg_root(root))
        .arg("--out")
        .arg(&site)
        .arg("--tsc")
        .arg(&tools.tsc5)
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run node: {e}"))?;
    match wait_bounded(&mut build, BUILD_TIME_LIMIT) {
        Some(true) => {}
        Some(false) => return Err("building the pages failed".into()),
        None => return Err(format!("building the pages took over {} s; killed", BUILD_TIME_LIMIT.as_secs())),
    }
    times.push(("page builds (unbundled, tsc, webpack, Vite)".into(), t.elapsed()));

    let t = Instant::now();
    println!("\n==> running the checks (tests/browser/run.mjs)");
    let mut cmd = Command::new(&tools.node24);
    cmd.current_dir(root).arg("tests/browser/run.mjs").arg("--site").arg(&site).stdin(Stdio::null());
    for (name, path) in &runnable {
        cmd.arg(format!("--{name}")).arg(path);
    }
    let mut checks = cmd.spawn().map_err(|e| format!("cannot run node: {e}"))?;
    let passed = wait_bounded(&mut checks, RUN_TIME_LIMIT);
    times.push(("browser runs (every page, every browser)".into(), t.elapsed()));

    println!("\nbrowser step times:");
    for (what, d) in &times {
        println!("  {:>6.1} s  {what}", d.as_secs_f64());
    }
    println!("  {:>6.1} s  in all", start.elapsed().as_secs_f64());
    match passed {
        Some(true) => Ok(Verdict::Passed(untested)),
        Some(false) => Ok(Verdict::Failed),
        None => Err(format!("the browser checks took over {} s; killed", RUN_TIME_LIMIT.as_secs())),
    }
}

/// Each browser's path and version, or why it cannot run. Installs the
/// missing ones from Debian's packages where that is possible.
fn find_or_install(times: &mut Vec<(String, Duration)>) -> Vec<Result<(PathBuf, String), String>> {
    let mut found: Vec<Result<(PathBuf, String), String>> = BROWSERS.iter().map(locate).collect();
    let missing: Vec<usize> =
        (0..BROWSERS.len()).filter(|&i| found[i].is_err() && std::env::var_os(BROWSERS[i].env).is_none()).collect();
    if missing.is_empty() {
        return found;
    }
    if let Err(why) = can_install() {
        for i in missing {
            let b = &BROWSERS[i];
            found[i] = Err(format!(
                "{} is not installed and {why}; install the Debian package `{}` (or set {} to a binary)",
                b.path, b.package, b.env
            ));
        }
        return found;
    }
    let t = Instant::now();
    if let Err(e) = apt(&["update"]) {
        for i in missing {
            found[i] = Err(format!("{} is not installed, and `apt-get update` failed: {e}", BROWSERS[i].path));
        }
        return found;
    }
    for i in missing {
        let b = &BROWSERS[i];
        println!("==> installing {} from Debian's packages (apt-get install)", b.package);
        found[i] = match apt(&["install", "-y", b.package]) {
            Ok(()) => locate(b).map_err(|e| format!("installed `{}`, but {e}", b.package)),
            Err(e) => Err(format!("`apt-get install {}` failed here: {e}", b.package)),
        };
    }
    times.push(("apt-get update + install of the missing browsers".into(), t.elapsed()));
    found
}

/// The browser's binary (`$ENV` or Debian's path) and its `--version` line.
fn locate(b: &Browser) -> Result<(PathBuf, String), String> {
    let from_env = std::env::var_os(b.env).map(PathBuf::from);
    let path = from_env.clone().unwrap_or_else(|| PathBuf::from(b.path));
    if !path.exists() {
        return Err(match from_env {
            Some(_) => format!("{}={} does not exist", b.env, path.display()),
            None => format!("{} does not exist", path.display()),
        });
    }
    let out = Command::new(&path)
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("{} does not run: {e}", path.display()))?;
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || version.is_empty() {
        return Err(format!("`{} --version` failed", path.display()));
    }
    Ok((path, version))
}
