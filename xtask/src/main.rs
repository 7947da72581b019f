//! `cargo xtask <command>`: builds to wasm, runs the wasm-bindgen CLI, and runs
//! the JavaScript runtimes. Each command installs what it uses and is missing
//! first (the wasm32 target, the wasm-bindgen CLI at the locked version, the
//! npm packages in package-lock.json), so a fresh machine needs nothing by hand.
//!
//! This file only reads the arguments; each command is a module of its own
//! (`demo`, `test`, `gates`, `snapshot`, `snippet`, `bench`, ...). Below the commands,
//! the shared layers, each using only those listed after it: `wasm` (crates
//! to wasm, the wasm-bindgen CLI), `workerd` (a local Worker and its load
//! client), `docpage` (tables in docs/), `tools` (finding and installing
//! tools), `steps` (named steps and the summary), `debian` (apt-get),
//! `process`, `paths`.

mod bench;
mod browser;
mod debian;
mod demo;
mod docpage;
mod frames;
mod gates;
mod library;
mod migrate;
mod oldest;
mod parity;
mod paths;
mod process;
mod resource;
mod size;
mod snapshot;
mod snippet;
mod steps;
mod targets;
mod test;
mod tools;
mod upstream;
mod wasm;
mod worker;
mod workerd;
mod workers_rs;

use std::process::exit;

const USAGE: &str = "usage: cargo xtask <command>

  demo                      build examples/images and examples/writer, run them in Node 24
  test [--no-cargo]         every step: the code gates, cargo test, the suites in every runtime
                            (--no-cargo: without cargo test)
  gates                     the code gates alone: fmt, clippy, doc, MSRV, package
  snapshot                  rewrite tests/snapshots/fixture.d.ts from the fixture
  snippet                   rewrite runtime/src/*.mjs: runtime/js/*.mjs minified
  frames                    build the packages; no function throws a refusal with a frame
  worker | workers-rs       examples/worker, examples/workers-rs under load in workerd
  browser                   tests/browser in Chromium and Firefox ESR
  library                   tests/library's steps
  bench [--quick]           the benchmark, into docs/benchmarks.md
  size [--no-readme]        package sizes, into docs/benchmarks.md
  resource [test | bench [--quick]]";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = paths::workspace_root();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo::demo(&root),
        Some("test") => test::test(&root, rest),
        Some("gates") => gates::run(&root),
        Some("snapshot") => snapshot::update(&root),
        Some("snippet") => snippet::write(&root),
        Some("frames") => frames::run(&root),
        Some("worker") => worker::worker(&root),
        Some("workers-rs") => workers_rs::workers_rs(&root),
        Some("browser") => browser::browser(&root),
        Some("library") => library::run(&root),
        Some("bench") => bench::bench(&root, rest),
        Some("size") => size::size(&root, rest),
        Some("resource") => resource::resource(&root, rest),
        _ => {
            eprintln!("{USAGE}");
            exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        exit(1);
    }
}
