//! `cargo wasm-dispose migrate [PATH] [--check] [--functions]`.
//!
//! Exit status: 0 done (or, with `--check`, nothing to change); 1 with
//! `--check`, changes are needed; 2 refused or failed (nothing written).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo wasm-dispose migrate [PATH] [--check] [--functions]

Swaps #[wasm_bindgen] for #[disposable] on every exported struct of the crate
at PATH (default: the current directory) and on every impl block of those
structs, adds `use wasm_dispose::disposable;` where it is used, and adds the
wasm-dispose dependency to Cargo.toml. Comments and formatting are kept.

  --check      report what would change, write nothing; exit 1 if anything would
  --functions  also swap #[wasm_bindgen] functions that take the classes
               (&Foo, &mut Foo, Foo, Option<Foo>, Vec<Foo>, Box<[Foo]>)
";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // Run as `cargo wasm-dispose ...`, cargo passes the subcommand's name first.
    if args.first().map(String::as_str) == Some("wasm-dispose") {
        args.remove(0);
    }
    if args.first().map(String::as_str) != Some("migrate") {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut opts = cargo_wasm_dispose::Options { path: PathBuf::from("."), check: false, functions: false };
    let mut path = None;
    for arg in &args[1..] {
        match arg.as_str() {
            "--check" => opts.check = true,
            "--functions" => opts.functions = true,
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                eprint!("unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            p if path.is_none() => path = Some(PathBuf::from(p)),
            extra => {
                eprint!("unexpected argument {extra}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(p) = path {
        opts.path = p;
    }
    match cargo_wasm_dispose::migrate(&opts) {
        Ok(out) => {
            for line in &out.skipped {
                eprintln!("left as is: {line}");
            }
            for line in &out.notes {
                eprintln!("note: {line}");
            }
            let verb = if opts.check { "would change" } else { "changed" };
            for line in &out.changes {
                println!("{verb}: {line}");
            }
            match (out.changes.is_empty(), opts.check) {
                (true, _) => {
                    println!("nothing to change");
                    ExitCode::SUCCESS
                }
                (false, true) => ExitCode::from(1),
                (false, false) => {
                    println!("{} change(s) in {} file(s)", out.changes.len(), out.written.len());
                    ExitCode::SUCCESS
                }
            }
        }
        Err(e) => {
            eprintln!("cargo wasm-dispose migrate: {e}");
            ExitCode::from(2)
        }
    }
}
