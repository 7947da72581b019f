//! `cargo xtask resource [test | bench [--quick]]`: issue 21, Rust owning
//! JavaScript resources (`JsDisposable`, `JsAsyncDisposable`, the stacks).
//!
//! `test` (also a part of `cargo xtask test`) builds `tests/resource` and runs
//! `tests/resource/resource.test.mjs` under Node 24, Deno, Bun, Node 20 and
//! Node 18.17, its page (`tests/resource/browser`) in Chromium and Firefox
//! through `tests/browser/run.mjs`, and `examples/workers-rpc` (a workers-rs
//! Worker that owns RPC stubs of another Worker) under load in workerd.
//!
//! `bench` measures a `JsDisposable` created and dropped against the
//! hand-written `Reflect` call of `[Symbol.dispose]` (`tests/resource/bench.mjs`)
//! and writes the table into `docs/js-resources.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::paths::{pkg_root, target_dir};
use crate::process::wait_bounded;
use crate::steps::Steps;
use crate::tools::Tools;
use crate::wasm::{build_package, build_package_with};
use crate::workerd::{free_port, run_client, Server};

const PACKAGE: &str = "wasm-dispose-resource-tests";
const SUITE: &str = "tests/resource/resource.test.mjs";
const EXAMPLE: &str = "examples/workers-rpc";
const DOC: &str = "docs/js-resources.md";
const START: &str = "<!-- resource-bench:start -->";
const END: &str = "<!-- resource-bench:end -->";
/// Backstop over the browser runner's own limits.
const BROWSER_TIME_LIMIT: Duration = Duration::from_secs(600);

/// `cargo xtask resource [test | bench [--quick]]`.
pub fn resource(root: &Path, args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        None | Some("test") => {
            let tools = Tools::ensure(root)?;
            let mut steps = Steps::default();
            self::steps(root, &tools, &mut steps);
            steps.finish("resource")
        }
        Some("bench") => bench(root, &args[1..]),
        Some(other) => Err(format!("unknown `resource` command {other}: use `test` or `bench [--quick]`")),
    }
}

/// The steps `cargo xtask test` runs for issue 21, appended to `outcomes`.
pub(crate) fn steps(root: &Path, tools: &Tools, steps: &mut Steps) {
    if let Err(e) = build_package(root, tools, PACKAGE, "resource") {
        eprintln!("{e}");
        steps.record(&format!("resource: build {PACKAGE}"), false);
        return;
    }
    let suite = root.join(SUITE);
    let pkg = pkg_root(root);
    let node = |bin: &Path| {
        let mut cmd = Command::new(bin);
        cmd.args(["--test", "--test-reporter=tap"]).arg(&suite);
        cmd
    };
    let mut deno = Command::new(&tools.deno);
    deno.args(["test", "--allow-all", "--no-check"]).arg(&suite).env("NO_COLOR", "1");
    let mut bun = Command::new(&tools.bun);
    bun.arg("test").arg(format!("./{SUITE}"));
    let runs: [(&str, Command); 5] = [
        ("Node 24 (native symbols, DisposableStack, real FileHandles)", node(&tools.node24)),
        ("Deno 2", deno),
        ("Bun", bun),
        ("Node 20 (the machine's node: no `using`, no DisposableStack)", node(&tools.node_system)),
        ("Node 18.17 (no Symbol.dispose: the supplied symbols and the capnweb-style polyfill)", node(&tools.node18)),
    ];
    for (name, mut cmd) in runs {
        let name = format!("resource: {SUITE} under {name}");
        println!("\n==> {name}");
        let passed = cmd.current_dir(root).env("WASM_DISPOSE_PKG", &pkg).status().is_ok_and(|s| s.success());
        steps.record(&name, passed);
    }

    let name = "resource: the page tests/resource/browser in Chromium and Firefox".to_string();
    println!("\n==> {name}");
    match browsers(root, tools) {
        Ok(None) => {
            steps.record(&name, true);
        }
        Ok(Some(why)) => {
            println!("skipped: {why}");
            steps.skip(&name, &why);
        }
        Err(e) => {
            eprintln!("{e}");
            steps.record(&name, false);
        }
    }

    let name =
        format!("resource: {EXAMPLE} (a workers-rs Worker owning another Worker's RPC stubs) under load in workerd");
    println!("\n==> {name}");
    let passed = workers_rpc(root, tools).map_err(|e| eprintln!("{e}")).is_ok();
    steps.record(&name, passed);
}

/// The browsers `cargo xtask browser` uses: `$WASM_DISPOSE_CHROMIUM` /
/// `$WASM_DISPOSE_FIREFOX`, or Debian's paths (that step installs them).
fn browser_binaries() -> Vec<(&'static str, PathBuf)> {
    [
        ("chromium", "WASM_DISPOSE_CHROMIUM", "/usr/bin/chromium"),
        ("firefox", "WASM_DISPOSE_FIREFOX", "/usr/bin/firefox-esr"),
    ]
    .into_iter()
    .map(|(name, env, path)| (name, std::env::var_os(env).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(path))))
    .filter(|(_, path)| path.exists())
    .collect()
}

/// Stages the page with the package and runs the shared browser runner on
/// it. `Ok(Some(why))`: skipped.
fn browsers(root: &Path, tools: &Tools) -> Result<Option<String>, String> {
    let found = browser_binaries();
    if found.is_empty() {
        return Ok(Some("neither Chromium nor Firefox ESR is installed (`cargo xtask browser` installs them)".into()));
    }
    let site = target_dir(root).join("wasm-dispose/resource-browser");
    let page = site.join("resource");
    let _ = std::fs::remove_dir_all(&site);
    let copy =
        |from: &Path, to: &Path| std::fs::copy(from, to).map(drop).map_err(|e| format!("{}: {e}", from.display()));
    std::fs::create_dir_all(page.join("pkg/resource")).map_err(|e| e.to_string())?;
    for file in ["browser/index.html", "browser/entry.mjs", "checks.mjs"] {
        let from = root.join("tests/resource").join(file);
        copy(&from, &page.join(from.file_name().unwrap()))?;
    }
    for entry in std::fs::read_dir(pkg_root(root).join("resource")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            copy(&path, &page.join("pkg/resource").join(path.file_name().unwrap()))?;
        }
    }
    let mut cmd = Command::new(&tools.node24);
    cmd.current_dir(root).arg("tests/browser/run.mjs").arg("--site").arg(&site).args(["--page", "resource"]);
    for (name, path) in &found {
        cmd.arg(format!("--{name}")).arg(path);
    }
    let mut child = cmd.stdin(Stdio::null()).spawn().map_err(|e| format!("cannot run node: {e}"))?;
    match wait_bounded(&mut child, BROWSER_TIME_LIMIT) {
        Some(true) => Ok(None),
        Some(false) => Err("the browser checks failed".into()),
        None => Err(format!("the browser checks took over {} s; killed", BROWSER_TIME_LIMIT.as_secs())),
    }
}

/// Builds examples/workers-rpc with worker-build, serves it (and the Worker
/// it calls) from workerd on a loopback port, and runs its load client.
fn workers_rpc(root: &Path, tools: &Tools) -> Result<(), String> {
    let dir = root.join(EXAMPLE);
    crate::workers_rs::build(root, &dir)?;
    let port = free_port()?;
    let run_dir = target_dir(root).join("wasm-dispose/workers-rpc");
    std::fs::create_dir_all(&run_dir).map_err(|e| format!("{}: {e}", run_dir.display()))?;
    let log = run_dir.join("workerd.log");
    let mut server = Server::start(root, &dir, port, log.clone())?;
    server.wait_until_ready(port, "/rust/state")?;
    println!("workerd serves {EXAMPLE} on http://127.0.0.1:{port}");
    let mut client = Command::new(&tools.node24);
    client.arg(dir.join("load.mjs")).arg(format!("http://127.0.0.1:{port}"));
    run_client(server, &mut client, &log)
}

/// The builds of the bench rows: `(package out name, label, cargo arguments)`.
const BENCH_BUILDS: [(&str, &str, &[&str]); 2] = [
    ("resource_bench", "default features (counters on)", &[]),
    ("resource_bench_nostats", "counters off (`--no-default-features`)", &["--no-default-features"]),
];

/// `cargo xtask resource bench [--quick]`.
fn bench(root: &Path, flags: &[String]) -> Result<(), String> {
    let quick = flags.iter().any(|f| f == "--quick");
    if let Some(f) = flags.iter().find(|f| *f != "--quick") {
        return Err(format!("unknown bench option {f}"));
    }
    let tools = Tools::ensure(root)?;
    for (out, _, args) in BENCH_BUILDS {
        build_package_with(root, &tools, PACKAGE, out, args)?;
    }
    let mut args = vec![root.join("tests/resource/bench.mjs").display().to_string()];
    args.push(if quick { "--n=20000".into() } else { "--n=200000".into() });
    args.push(if quick { "--rounds=3".into() } else { "--rounds=9".into() });
    args.extend(BENCH_BUILDS.iter().map(|(out, label, _)| format!("--variant={out}={label}")));

    let mut deno = Command::new(&tools.deno);
    deno.args(["run", "--allow-read", "--allow-env", "--no-check"]).args(&args).env("NO_COLOR", "1");
    let mut bun = Command::new(&tools.bun);
    bun.args(&args);
    let mut node = Command::new(&tools.node24);
    node.args(&args);
    let mut columns = Vec::new();
    for (name, mut cmd) in [("Node 24", node), ("Deno 2", deno), ("Bun", bun)] {
        println!("\n==> resource bench: {name}");
        let out = cmd
            .current_dir(root)
            .env("WASM_DISPOSE_PKG", pkg_root(root))
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| format!("cannot run {name}: {e}"))?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut runtime = name.to_string();
        let mut cells = Vec::new();
        for line in text.lines() {
            match line.split('\t').collect::<Vec<_>>().as_slice() {
                ["@runtime", r] => runtime = r.to_string(),
                ["@cell", build, case, cell] => cells.push((build.to_string(), case.to_string(), cell.to_string())),
                _ => println!("{line}"),
            }
        }
        if !out.status.success() {
            return Err(format!("the bench failed under {name}"));
        }
        columns.push((runtime, cells));
    }
    let table = table(&columns);
    println!("\n{table}");
    if quick {
        println!("(--quick: {DOC} left as it is)");
        return Ok(());
    }
    let path = root.join(DOC);
    let doc = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (Some(start), Some(end)) = (doc.find(START), doc.find(END)) else {
        return Err(format!("{DOC} has no {START} ... {END} block"));
    };
    let updated = format!("{}{START}\n{table}{}", &doc[..start], &doc[end..]);
    std::fs::write(&path, updated).map_err(|e| e.to_string())?;
    println!("wrote the table into {DOC}");
    Ok(())
}

/// A runtime's name and its cells: (build, case, cell).
type Column = (String, Vec<(String, String, String)>);

/// One row per (build, case), one column per runtime.
fn table(columns: &[Column]) -> String {
    let mut out = String::from("| measurement | build |");
    for (runtime, _) in columns {
        out.push_str(&format!(" {runtime} |"));
    }
    out.push_str("\n| --- | --- |");
    out.push_str(&" --- |".repeat(columns.len()));
    out.push('\n');
    let Some((_, first)) = columns.first() else { return out };
    for (build, case, _) in first {
        out.push_str(&format!("| {case} | {build} |"));
        for (_, cells) in columns {
            let cell =
                cells.iter().find(|(b, c, _)| b == build && c == case).map_or("n/a", |(_, _, cell)| cell.as_str());
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}
