//! `cargo xtask test`: every step, in order, and the summary. The code gates
//! and `cargo test` first; then the packages built to wasm and the suites in
//! each runtime, target, wasm-bindgen version, TypeScript compiler, Worker
//! and browser.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::paths::{list, pkg_root, target_dir};
use crate::process::cargo;
use crate::steps::Steps;
use crate::tools::Tools;
use crate::wasm::{build_fallback_fixture, build_package, build_package_with};
use crate::{
    browser, gates, library, migrate, oldest, parity, resource, snapshot, targets, upstream, worker, workers_rs,
};

pub fn test(root: &Path, flags: &[String]) -> Result<(), String> {
    let no_cargo = flags.iter().any(|f| f == "--no-cargo");
    if let Some(f) = flags.iter().find(|f| *f != "--no-cargo") {
        return Err(format!("unknown test option {f}"));
    }
    let mut steps = Steps::default();
    // Formatting, clippy, docs, MSRV, packages: quick, and first.
    gates::add(root, &mut steps);
    if !no_cargo {
        // Unit tests, expansion tests, trybuild, the host-side tests and the doc examples.
        steps.run("cargo test", Command::new(cargo()).current_dir(root).args(["test", "--workspace"]));
    }

    let tools = Tools::ensure(root)?;
    let name = "runtime/src/*.mjs is runtime/js/*.mjs minified (cargo xtask snippet)";
    println!("\n==> {name}");
    let fresh = crate::snippet::matches(root).unwrap_or_else(|e| {
        println!("{e}");
        false
    });
    steps.record(name, fresh);
    build_package(root, &tools, "wasm-dispose-tests", "fixture")?;
    build_package(root, &tools, "example-images", "images")?;
    build_package(root, &tools, "example-writer", "writer")?;
    build_package(root, &tools, "wasm-dispose-weak-tests", "weak")?;
    // The parity table's classes, with #[disposable] and with #[wasm_bindgen].
    build_package(root, &tools, "wasm-dispose-parity", "parity")?;
    build_package_with(root, &tools, "wasm-dispose-parity", "parity-plain", &["--features", "plain"])?;
    // The benchmark's classes, for the frame check below.
    build_package(root, &tools, "wasm-dispose-bench", "bench")?;
    let name = "no function throws a refusal with a frame in linear memory (the packages' wasm, read)";
    println!("\n==> {name}");
    steps.record(name, crate::frames::check(&pkg_root(root)));

    let pkg = pkg_root(root);
    let js = root.join("tests/js");
    let all_js = list(&js, ".test.mjs")?;
    // Suites without the `using` syntax run everywhere; `*.native.test.mjs`
    // need the runtime to have it.
    let portable: Vec<PathBuf> = [
        "dispose.test.mjs",
        "core.test.mjs",
        "glue.test.mjs",
        "model.test.mjs",
        "shims.test.mjs",
        "async.test.mjs",
        "report.test.mjs",
        "refusals.test.mjs",
        "stretch.test.mjs",
        "complete.test.mjs",
        "extends.test.mjs",
        "registration.test.mjs",
    ]
    .iter()
    .map(|f| js.join(f))
    .collect();
    let mut native = portable.clone();
    native.push(js.join("using.native.test.mjs"));
    native.push(js.join("async.native.test.mjs"));
    native.push(js.join("trap.test.mjs"));

    steps.run(
        "Node 24: every suite (native using, --expose-gc)",
        Command::new(&tools.node24)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&all_js)
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    steps.run(
        "Deno 2: portable + native suites",
        Command::new(&tools.deno)
            .current_dir(root)
            .args(["test", "--allow-all", "--no-check", "--v8-flags=--expose-gc"])
            .args(&native)
            .env("WASM_DISPOSE_PKG", &pkg)
            .env("NO_COLOR", "1"),
    );
    steps.run(
        "Bun: portable + native suites",
        Command::new(&tools.bun)
            .current_dir(root)
            .arg("test")
            .args(native.iter().map(|p| format!("./{}", p.strip_prefix(root).unwrap_or(p).display())))
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    // Bun runs every file in one realm, where the suite cannot watch the
    // registrations of a package an earlier file loaded: alone, it can.
    steps.run(
        "Bun: the registration suite alone",
        Command::new(&tools.bun)
            .current_dir(root)
            .args(["test", "./tests/js/registration.test.mjs"])
            .env("WASM_DISPOSE_PKG", &pkg),
    );

    // The async example checks its own results and exits non-zero otherwise.
    let writer_demo = root.join("examples/writer/demo.mjs");
    steps.run(
        "examples/writer demo: Node 24",
        Command::new(&tools.node24).arg(&writer_demo).env("WASM_DISPOSE_PKG", &pkg),
    );
    steps.run(
        "examples/writer demo: Deno 2",
        Command::new(&tools.deno)
            .args(["run", "--allow-all"])
            .arg(&writer_demo)
            .env("WASM_DISPOSE_PKG", &pkg)
            .env("NO_COLOR", "1"),
    );
    steps.run("examples/writer demo: Bun", Command::new(&tools.bun).arg(&writer_demo).env("WASM_DISPOSE_PKG", &pkg));

    // `using` / `await using` in TypeScript, compiled down (target ES2022) by
    // tsc, then run where the syntax does not exist.
    let downlevel = target_dir(root).join("wasm-dispose/downlevel");
    let _ = std::fs::remove_dir_all(&downlevel);
    let compiled = steps.run(
        "TypeScript 5.9: compile tests/ts/downlevel.test.mts to ES2022",
        Command::new(&tools.node24)
            .current_dir(root)
            .arg(&tools.tsc5)
            .args(["--project", "tests/ts/tsconfig.downlevel.json", "--outDir"])
            .arg(&downlevel),
    );
    let mut old_node = portable.clone();
    if compiled {
        old_node.push(downlevel.join("tests/ts/downlevel.test.mjs"));
    }
    steps.run(
        "Node 20 (the machine's node): portable suites + tsc-compiled using (shims, Symbol polyfill)",
        Command::new(&tools.node_system)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&old_node)
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    // The runtime without its snippet: the path `--target no-modules` and old
    // CommonJS take, through every suite that loads only the fixture.
    let fallback = build_fallback_fixture(root, &tools)?;
    // (Not the ten-million stretch: the fallback leaves each handle to the
    // finalizer, which is what that suite rules out.)
    let mut fallback_suites: Vec<PathBuf> = old_node
        .iter()
        .filter(|p| !p.ends_with("core.test.mjs") && !p.ends_with("stretch.test.mjs"))
        .cloned()
        .collect();
    fallback_suites.push(js.join("trap.test.mjs"));
    steps.run(
        "Node 18.17, the runtime without its snippet: fixture suites + tsc-compiled using (shims, Symbol polyfill)",
        Command::new(&tools.node18)
            .current_dir(root)
            .args(["--expose-gc", "--test", "--test-reporter=tap"])
            .args(&fallback_suites)
            .env("WASM_DISPOSE_PKG", &fallback),
    );

    for (name, mut cmd) in targets::commands(root, &tools)? {
        steps.run(&name, &mut cmd);
    }
    for (name, mut cmd) in upstream::commands(root, &tools)? {
        steps.run(&name, &mut cmd);
    }
    for (name, mut cmd) in migrate::commands(root, &tools)? {
        steps.run(&name, &mut cmd);
    }
    for (name, mut cmd) in oldest::commands(root, &tools, &native)? {
        steps.run(&name, &mut cmd);
    }

    // A crate shaped like the library issue 24 migrated: its .d.ts
    // downstream, its warnings.
    for (name, mut cmd) in library::commands(root, &tools)? {
        steps.run(&name, &mut cmd);
    }

    // What an editor shows: TypeScript's language service (tsserver's API).
    steps.run(
        "TypeScript 5.9 language service: hovers, completions, diagnostics (tests/ts/editor.test.mjs)",
        Command::new(&tools.node24)
            .current_dir(root)
            .args(["--test", "--test-reporter=tap"])
            .arg(root.join("tests/ts/editor.test.mjs"))
            .env("WASM_DISPOSE_PKG", &pkg),
    );
    for (name, tsc) in [("TypeScript 5.9", &tools.tsc5), ("TypeScript 7", &tools.tsc7)] {
        for (what, project) in [
            ("tsc --strict over tests/ts", "tests/ts/tsconfig.json"),
            ("the .d.ts alone (lib ES2022 + DOM, no @types, skipLibCheck off)", "tests/ts/tsconfig.standalone.json"),
        ] {
            steps.run(
                &format!("{name}: {what}"),
                Command::new(&tools.node24).current_dir(root).arg(tsc).args(["--project", project, "--noEmit"]),
            );
        }
    }
    for patch in oldest::BETWEEN {
        let name = format!("wasm-bindgen 0.2.{patch} (between the ends): the fixture builds");
        println!("\n==> {name}");
        let built = oldest::compiles_with(root, patch);
        if let Err(e) = &built {
            eprintln!("{e}");
        }
        steps.record(&name, built.is_ok());
    }
    steps.record("clippy: tests/parity warns exactly as with plain #[wasm_bindgen]", parity::lint_parity(root));
    steps.record("workerd: examples/worker under load", worker::step(root, &tools));
    steps.record(
        "workers-rs: examples/workers-rs (worker-build defaults) under load in workerd",
        workers_rs::step(root, &tools),
    );
    let name = "browsers: Chromium and Firefox ESR (tests/browser)";
    match browser::step(root, &tools) {
        browser::Verdict::Passed(untested) if untested.is_empty() => steps.record(name, true),
        browser::Verdict::Passed(untested) => steps.record(&format!("{name} ({})", untested.join("; ")), true),
        browser::Verdict::Failed => steps.record(name, false),
        browser::Verdict::Skipped(why) => {
            steps.skip(name, &why);
            false
        }
    };
    resource::steps(root, &tools, &mut steps);
    let name = "the fixture's .d.ts matches tests/snapshots/fixture.d.ts";
    println!("\n==> {name}");
    let matches = snapshot::matches(root).unwrap_or_else(|e| {
        eprintln!("{e}");
        false
    });
    steps.record(name, matches);
    steps.finish("xtask")
}
