//! `cargo xtask bench [--quick]`: `Plain` (stock wasm-bindgen) against
//! `Managed` (`#[disposable]`) from `tests/bench`, timed with tinybench in
//! one process per runtime, and the table written into README.md.
//!
//! The runner (`tests/bench/bench.mjs`) does the measuring and prints
//! `@runtime` and `@row` lines; this file builds the packages, runs the
//! runtimes, and lays the rows out with one column per runtime.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::tools::Tools;
use crate::{build_package_with, pkg_root};

const PACKAGE: &str = "wasm-dispose-bench";
const RUNNER: &str = "tests/bench/bench.mjs";
const README: &str = "README.md";
const START: &str = "<!-- bench:start -->";
const END: &str = "<!-- bench:end -->";

/// One build of the bench crate: its own package directory and its own rows.
/// Ratios are always Managed against Plain from the same build.
struct Variant {
    /// Package name under `target/wasm-dispose/pkg/`.
    out_name: &'static str,
    /// The table's "build" column.
    label: &'static str,
    /// Extra `cargo build` arguments, such as feature flags.
    cargo_args: &'static [&'static str],
}

// One entry per build of the bench crate (its features forward to the
// runtime's); each adds its own rows.
const VARIANTS: &[Variant] = &[
    Variant { out_name: "bench", label: "default features (counters on)", cargo_args: &[] },
    Variant { out_name: "bench_nostats", label: "counters off (`--no-default-features`)", cargo_args: &["--no-default-features"] },
    Variant {
        out_name: "bench_sites",
        label: "counters + allocation sites (`leak-sites`)",
        cargo_args: &["--features", "leak-sites"],
    },
];

/// How much work: the full run for the README, or a quick smoke run.
struct Config {
    /// Objects per memory measurement.
    n: u32,
    rounds: u32,
    /// Payload bytes per object.
    len: u32,
    /// tinybench time budget per task and round, ms.
    time_ms: u32,
    /// Operations per timed sample.
    batch: u32,
}

const FULL: Config = Config { n: 100_000, rounds: 5, len: 64, time_ms: 300, batch: 1000 };
const QUICK: Config = Config { n: 10_000, rounds: 1, len: 64, time_ms: 30, batch: 1000 };

/// What one runtime reported.
struct Run {
    runtime: String,
    /// (measurement, build label, cell)
    rows: Vec<(String, String, String)>,
}

pub fn bench(root: &Path, flags: &[String]) -> Result<(), String> {
    let quick = flags.iter().any(|f| f == "--quick");
    if let Some(f) = flags.iter().find(|f| *f != "--quick") {
        return Err(format!("unknown bench option {f}"));
    }
    let config = if quick { &QUICK } else { &FULL };
    let tools = Tools::ensure(root)?;
    for v in VARIANTS {
        build_package_with(root, &tools, PACKAGE, v.out_name, v.cargo_args)?;
    }

    let mut args: Vec<String> = vec![
        root.join(RUNNER).display().to_string(),
        format!("--n={}", config.n),
        format!("--rounds={}", config.rounds),
        format!("--len={}", config.len),
        format!("--time={}", config.time_ms),
        format!("--batch={}", config.batch),
    ];
    args.extend(VARIANTS.iter().map(|v| format!("--variant={}={}", v.out_name, v.label)));

    // Node 24 is required; Deno and Bun add a column when they run cleanly.
    let mut runs = vec![run(root, "Node 24", Command::new(&tools.node24).args(&args))?];
    let mut deno = Command::new(&tools.deno);
    deno.args(["run", "--allow-read", "--allow-env", "--no-check"]).args(&args).env("NO_COLOR", "1");
    let mut bun = Command::new(&tools.bun);
    bun.args(&args);
    for (name, cmd) in [("Deno", &mut deno), ("Bun", &mut bun)] {
        match run(root, name, cmd) {
            Ok(r) => runs.push(r),
            Err(e) => eprintln!("xtask: {name} left out of the table: {e}"),
        }
    }

    let table = table(config, &wasm_bindgen_version(&tools), &tinybench_version(root), &runs);
    println!("\n==> benchmark (median of {} rounds)\n\n{table}", config.rounds);
    if quick {
        println!("(--quick: {README} left unchanged)");
        return Ok(());
    }
    write_readme(root, &table)?;
    println!("wrote the table into {README} between {START} and {END}");
    Ok(())
}

/// Runs the runner in one runtime: its report goes to the terminal, its
/// `@` lines are collected.
fn run(root: &Path, name: &str, cmd: &mut Command) -> Result<Run, String> {
    println!("\n==> bench: {name}");
    let out = cmd
        .current_dir(root)
        .env("WASM_DISPOSE_PKG", pkg_root(root))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {name}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut result = Run { runtime: String::new(), rows: Vec::new() };
    for line in stdout.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["@runtime", runtime] => result.runtime = runtime.to_string(),
            ["@row", measure, build, cell] => {
                result.rows.push((measure.to_string(), build.to_string(), cell.to_string()))
            }
            _ => println!("{line}"),
        }
    }
    if !out.status.success() {
        return Err(format!("the {name} run failed ({})", out.status));
    }
    if result.runtime.is_empty() || result.rows.is_empty() {
        return Err(format!("the {name} run reported no results"));
    }
    Ok(result)
}

/// The Markdown that goes between the README markers.
fn table(c: &Config, wasm_bindgen: &str, tinybench: &str, runs: &[Run]) -> String {
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for r in runs {
        for (m, b, _) in &r.rows {
            if !keys.contains(&(m.as_str(), b.as_str())) {
                keys.push((m, b));
            }
        }
    }
    let intro = format!(
        "Each cell: `Plain` → `Managed` (Managed/Plain). Times are ns per operation, the median over {rounds} \
         rounds (alternating which class goes first) of tinybench's median sample, each sample the mean of a \
         batch of {batch} operations, {time} ms per task and round. Memory: {n} objects with a {len}-byte payload \
         in a fresh instance each, no GC forced; the allocator count is exact (requested bytes), memory growth is \
         `memory.buffer.byteLength`. wasm-bindgen {wasm_bindgen}, tinybench {tinybench}, release build \
         (`opt-level = 3`, LTO). Targets (issue 7): a method call within 1.05× of plain, create + dispose \
         within 1.2×.",
        rounds = c.rounds,
        batch = c.batch,
        time = c.time_ms,
        n = group(c.n),
        len = c.len,
    );
    let mut s = wrap(&intro, 78);
    s.push_str("\n\n");
    s.push_str("| measurement | build |");
    for r in runs {
        s.push_str(&format!(" {} |", r.runtime));
    }
    s.push_str("\n| --- | --- |");
    s.push_str(&" --- |".repeat(runs.len()));
    s.push('\n');
    for (m, b) in keys {
        s.push_str(&format!("| {m} | {b} |"));
        for r in runs {
            let cell = r.rows.iter().find(|(rm, rb, _)| rm == m && rb == b).map_or("n/a", |(_, _, c)| c.as_str());
            s.push_str(&format!(" {cell} |"));
        }
        s.push('\n');
    }
    s
}

/// Breaks text into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

/// `100000` as `100,000`.
fn group(n: u32) -> String {
    let digits = n.to_string();
    let groups: Vec<&str> =
        digits.as_bytes().rchunks(3).rev().map(|g| std::str::from_utf8(g).expect("ASCII digits")).collect();
    groups.join(",")
}

fn wasm_bindgen_version(tools: &Tools) -> String {
    Command::new(&tools.wasm_bindgen)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.split_whitespace().nth(1).map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn tinybench_version(root: &Path) -> String {
    let manifest: PathBuf = root.join("node_modules/tinybench/package.json");
    let text = std::fs::read_to_string(manifest).unwrap_or_default();
    text.split("\"version\"").nth(1).and_then(|rest| rest.split('"').nth(1)).unwrap_or("?").to_string()
}

fn write_readme(root: &Path, table: &str) -> Result<(), String> {
    let path = root.join(README);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{README}: {e}"))?;
    let updated = between_markers(&text, table).map_err(|e| format!("{README}: {e}"))?;
    std::fs::write(&path, updated).map_err(|e| format!("{README}: {e}"))
}

/// `text` with what is between the markers replaced, the markers kept.
fn between_markers(text: &str, table: &str) -> Result<String, String> {
    let (Some(a), Some(b)) = (text.find(START), text.find(END)) else {
        return Err(format!("no {START} ... {END} section to write the table into"));
    };
    if b < a {
        return Err(format!("{END} comes before {START}"));
    }
    Ok(format!("{}{START}\n{table}{}", &text[..a], &text[b..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(group(64), "64");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(100_000), "100,000");
        assert_eq!(group(1_234_567), "1,234,567");
    }

    #[test]
    fn text_wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), "aa bb\ncc");
        assert_eq!(wrap("a  long-word b", 4), "a\nlong-word\nb");
    }

    fn row(m: &str, cell: &str) -> (String, String, String) {
        (m.into(), "default".into(), cell.into())
    }

    #[test]
    fn one_column_per_runtime_and_missing_cells_say_na() {
        let runs = [
            Run {
                runtime: "Node 24".into(), rows: vec![row("create", "1 → 2 (2.00×)"), row("call", "3 → 3 (1.00×)")]
            },
            Run { runtime: "Bun 1".into(), rows: vec![row("create", "4 → 4 (1.00×)")] },
        ];
        let t = table(&QUICK, "0.2.130", "6.2.3", &runs);
        assert!(t.contains("| measurement | build | Node 24 | Bun 1 |\n| --- | --- | --- | --- |\n"), "{t}");
        assert!(t.contains("| create | default | 1 → 2 (2.00×) | 4 → 4 (1.00×) |\n"), "{t}");
        assert!(t.contains("| call | default | 3 → 3 (1.00×) | n/a |\n"), "{t}");
    }

    #[test]
    fn only_the_text_between_the_markers_changes() {
        let readme = format!("a\n{START}\nold\n{END}\nb\n");
        assert_eq!(between_markers(&readme, "new\n").unwrap(), format!("a\n{START}\nnew\n{END}\nb\n"));
        assert!(between_markers("no markers", "x").is_err());
        assert!(between_markers(&format!("{END}{START}"), "x").is_err());
    }
}
