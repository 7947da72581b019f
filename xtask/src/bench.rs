//! `cargo xtask bench [--quick]`: `Plain` (stock wasm-bindgen) against
//! `Managed` (`#[disposable]`) from `tests/bench`, with `Plain2` (`Plain`
//! again) as the null comparator, timed with tinybench in one process per
//! runtime, and the table written into docs/benchmarks.md.
//!
//! The runner (`tests/bench/bench.mjs`) does the measuring and prints
//! `@runtime`, `@time` (median ns per class) and `@row` (formatted memory
//! cells) lines; this file builds the packages, runs the runtimes, turns the
//! times into cells (ratios, the null comparator, what the counters cost)
//! and lays the rows out with one column per runtime.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::docpage::{wasm_bindgen_version, wrap, write_section, PAGE};
use crate::paths::pkg_root;
use crate::tools::Tools;
use crate::wasm::build_package_with;

const PACKAGE: &str = "wasm-dispose-bench";
const RUNNER: &str = "tests/bench/bench.mjs";
/// Where the tables go (`cargo xtask size` writes a section of its own).
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

/// The builds whose `Managed` times, set side by side, say what the `stats`
/// counters cost: (counters off, counters on).
const COUNTERS: (&str, &str) = ("bench_nostats", "bench");

// One entry per build of the bench crate (its features forward to the
// runtime's); each adds its own rows.
const VARIANTS: &[Variant] = &[
    Variant { out_name: "bench", label: "default features (counters on)", cargo_args: &[] },
    Variant {
        out_name: "bench_nostats",
        label: "counters off (`default-features = false, features = [\"snippet\"]`)",
        cargo_args: &["--no-default-features", "--features", "snippet"],
    },
    Variant {
        out_name: "bench_sites",
        label: "counters + allocation sites (`leak-sites`)",
        cargo_args: &["--features", "leak-sites"],
    },
    Variant {
        out_name: "bench_fallback",
        label: "without the snippet (the fallback: `default-features = false, features = [\"stats\"]`)",
        cargo_args: &["--no-default-features", "--features", "stats"],
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
    /// tinybench's minimum samples per task and round (half as many warm-up).
    iterations: u32,
}

// Six rounds: the runner's six orders of the three classes, each once.
const FULL: Config = Config { n: 100_000, rounds: 6, len: 64, time_ms: 250, batch: 1000, iterations: 8 };
const QUICK: Config = Config { n: 10_000, rounds: 3, len: 64, time_ms: 30, batch: 1000, iterations: 4 };

/// What one runtime reported.
struct Run {
    runtime: String,
    /// (measurement, build label, cell): the times' cells first (see
    /// `time_rows`), then the memory rows as the runner formatted them.
    rows: Vec<(String, String, String)>,
}

/// One `@time` line: each class's ns/op in each round (NaN: not measured)
/// for one case and build.
#[derive(Clone, Debug, PartialEq)]
struct Timing {
    /// The build's `out_name`.
    build: String,
    /// What the row compares (the case's title).
    case: String,
    plain: Vec<f64>,
    plain2: Vec<f64>,
    managed: Vec<f64>,
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
        format!("--iterations={}", config.iterations),
    ];
    args.extend(VARIANTS.iter().map(|v| format!("--variant={}={}", v.out_name, v.label)));

    // Node 24 is required; Deno and Bun add a column when they run cleanly.
    // `--expose-gc`: the runner collects garbage between tasks (Bun has `Bun.gc`).
    let mut runs = vec![run(root, "Node 24", Command::new(&tools.node24).arg("--expose-gc").args(&args))?];
    let mut deno = Command::new(&tools.deno);
    deno.args(["run", "--allow-read", "--allow-env", "--no-check", "--v8-flags=--expose-gc"])
        .args(&args)
        .env("NO_COLOR", "1");
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
        println!("(--quick: {PAGE} left unchanged)");
    } else {
        write_section(root, START, END, &table)?;
        println!("wrote the table into {PAGE} between {START} and {END}");
    }
    // What the library adds to a package, in bytes (`cargo xtask size`).
    crate::size::report(root, &tools, !quick)
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
    let mut timings = Vec::new();
    let mut memory = Vec::new();
    for line in stdout.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["@runtime", runtime] => result.runtime = runtime.to_string(),
            ["@time", build, case, plain, plain2, managed] => timings.push(Timing {
                build: build.to_string(),
                case: case.to_string(),
                plain: rounds(plain),
                plain2: rounds(plain2),
                managed: rounds(managed),
            }),
            ["@row", measure, build, cell] => memory.push((measure.to_string(), build.to_string(), cell.to_string())),
            _ => println!("{line}"),
        }
    }
    result.rows = time_rows(&timings, VARIANTS);
    result.rows.extend(memory);
    if !out.status.success() {
        return Err(format!("the {name} run failed ({})", out.status));
    }
    if result.runtime.is_empty() || result.rows.is_empty() {
        return Err(format!("the {name} run reported no results"));
    }
    Ok(result)
}

/// One class's times from the runner, one per round, comma-separated; a
/// round that measured nothing (or anything unreadable) is NaN.
fn rounds(field: &str) -> Vec<f64> {
    field.split(',').map(|x| x.trim().parse().unwrap_or(f64::NAN)).collect()
}

/// The median of the finite values; NaN when there are none.
fn median(xs: impl IntoIterator<Item = f64>) -> f64 {
    let mut s: Vec<f64> = xs.into_iter().filter(|x| x.is_finite()).collect();
    s.sort_by(f64::total_cmp);
    match s.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2.0,
    }
}

/// `b` against `a`, round by round: the median of `b[r] / a[r]`. Both were
/// timed in the same round, close together, so the pair shares the
/// machine's state of the moment, which a ratio of the two medians would not.
fn paired_ratio(a: &[f64], b: &[f64]) -> f64 {
    median(a.iter().zip(b).filter(|(a, b)| a.is_finite() && b.is_finite() && **a > 0.0).map(|(a, b)| b / a))
}

/// ns/op as the table shows it: whole numbers from 100 on, one decimal below.
fn fmt_ns(x: f64) -> String {
    if !x.is_finite() {
        "n/a".into()
    } else if x >= 100.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// `median(a) → median(b) (ratio×)`, the ratio paired by round (see
/// `paired_ratio`); `n/a` when no round measured both.
fn compare(a: &[f64], b: &[f64]) -> String {
    let ratio = paired_ratio(a, b);
    if ratio.is_finite() {
        format!("{} → {} ({ratio:.2}×)", fmt_ns(median(a.iter().copied())), fmt_ns(median(b.iter().copied())))
    } else {
        "n/a".into()
    }
}

/// One time cell: `Plain → Managed (ratio) · null Plain → Plain2 (ratio)`.
fn time_cell(t: &Timing) -> String {
    let main = compare(&t.plain, &t.managed);
    if main == "n/a" {
        return main;
    }
    format!("{main} · null {}", compare(&t.plain, &t.plain2))
}

/// The table rows of the times: one per case and build, in the runner's
/// order, then what the counters cost: `Managed` with the counters off → on,
/// beside `Plain` off → on (the same class from two builds: the null
/// comparator of a comparison across builds).
fn time_rows(timings: &[Timing], variants: &[Variant]) -> Vec<(String, String, String)> {
    let label = |out: &str| variants.iter().find(|v| v.out_name == out).map_or(out, |v| v.label).to_string();
    let mut rows: Vec<(String, String, String)> =
        timings.iter().map(|t| (format!("{}, ns/op", t.case), label(&t.build), time_cell(t))).collect();
    let (off, on) = COUNTERS;
    for t_on in timings.iter().filter(|t| t.build == on) {
        let Some(t_off) = timings.iter().find(|t| t.build == off && t.case == t_on.case) else { continue };
        let main = compare(&t_off.managed, &t_on.managed);
        let cell =
            if main == "n/a" { main } else { format!("{main} · null `Plain` {}", compare(&t_off.plain, &t_on.plain)) };
        rows.push((
            format!("what the counters cost: `Managed`, {}, ns/op", t_on.case),
            format!("{} → {}", label(off), label(on)),
            cell,
        ));
    }
    rows
}

/// The Markdown that goes between the page's markers.
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
        "Each time cell: `Plain` → `Managed` (Managed/Plain) · null `Plain` → `Plain2` (Plain2/Plain). \
         `Plain` is a stock `#[wasm_bindgen]` class, `Managed` the same type with `#[disposable]`, and `Plain2` \
         a second copy of `Plain`: the null comparator, timed exactly as `Plain` is, so its ratio shows how far \
         two identical classes differ in this run (the noise; 1.00× is none). All three are called the same way, \
         each through its own copy of the same loop, compiled separately; the measurement column says what \
         each row runs. The \"what the counters cost\" rows compare builds: `Managed` with the `stats` counters \
         off → on, beside `Plain` off → on as their null comparator. Times are ns per operation, the median \
         over {rounds} rounds (varying the classes' order) of tinybench's median sample, and each ratio is the \
         median over the rounds of the two classes' ratio in that round; a sample is the mean of \
         a batch of {batch} operations, {time} ms per task and round, all builds and classes in one process \
         per runtime, a full garbage collection between tasks. Memory: {n} objects with a {len}-byte payload in a fresh instance each, no GC \
         forced; the allocator count is exact (requested bytes), memory growth is `memory.buffer.byteLength`. \
         wasm-bindgen {wasm_bindgen}, tinybench {tinybench}, release build (`opt-level = 3`, LTO). Targets \
         (issue 20): create + dispose at most 1.00× of plain (in the loop, with the garbage collection, and \
         in one synchronous stretch), every way a class crosses the boundary and the TypeScript-layer row at \
         most 1.05×, method calls at most 1.05×, the counters within the noise. The rows of two classes \
         passing each other around run in the default and the fallback builds only.",
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

/// `100000` as `100,000`.
fn group(n: u32) -> String {
    let digits = n.to_string();
    let groups: Vec<&str> =
        digits.as_bytes().rchunks(3).rev().map(|g| std::str::from_utf8(g).expect("ASCII digits")).collect();
    groups.join(",")
}

fn tinybench_version(root: &Path) -> String {
    let manifest: PathBuf = root.join("node_modules/tinybench/package.json");
    let text = std::fs::read_to_string(manifest).unwrap_or_default();
    text.split("\"version\"").nth(1).and_then(|rest| rest.split('"').nth(1)).unwrap_or("?").to_string()
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

    fn timing(build: &str, case: &str, plain: &[f64], plain2: &[f64], managed: &[f64]) -> Timing {
        Timing {
            build: build.into(),
            case: case.into(),
            plain: plain.into(),
            plain2: plain2.into(),
            managed: managed.into(),
        }
    }

    #[test]
    fn times_are_rounded_by_size() {
        assert_eq!(fmt_ns(9.34), "9.3");
        assert_eq!(fmt_ns(99.94), "99.9");
        assert_eq!(fmt_ns(143.4), "143");
        assert_eq!(fmt_ns(12_005.0), "12005");
        assert_eq!(fmt_ns(f64::NAN), "n/a");
    }

    #[test]
    fn rounds_are_read_with_nan_for_what_was_not_measured() {
        let r = rounds("12.5,NaN,3");
        assert_eq!((r[0], r[2]), (12.5, 3.0));
        assert!(r[1].is_nan());
        assert!(rounds("")[0].is_nan());
    }

    #[test]
    fn medians_skip_what_was_not_measured() {
        assert_eq!(median([3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median([4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median([f64::NAN, 5.0, 1.0]), 3.0);
        assert!(median([f64::NAN]).is_nan());
    }

    #[test]
    fn ratios_are_paired_by_round() {
        // The machine was twice as fast in round 2, for both classes: the
        // ratio of the medians would say 1.50×, each round says 1.10×.
        assert!((paired_ratio(&[10.0, 5.0, 10.0], &[11.0, 5.5, 11.0]) - 1.1).abs() < 1e-9);
        assert!((paired_ratio(&[10.0, 10.0], &[10.0, 20.0]) - 1.5).abs() < 1e-9);
        assert!(paired_ratio(&[10.0, f64::NAN], &[f64::NAN, 10.0]).is_nan());
    }

    #[test]
    fn a_time_cell_has_the_ratio_and_the_null_comparators_ratio() {
        let t = timing("bench", "c", &[100.0, 90.0, 110.0], &[101.0, 90.0, 112.0], &[103.0, 93.0, 113.0]);
        assert_eq!(time_cell(&t), "100 → 103 (1.03×) · null 100 → 101 (1.01×)");
        let t = timing("bench", "c", &[9.0], &[8.7], &[12.0]);
        assert_eq!(time_cell(&t), "9.0 → 12.0 (1.33×) · null 9.0 → 8.7 (0.97×)");
        // Nothing measured (a runtime without `using`): one n/a for the cell.
        let t = timing("bench", "c", &[f64::NAN], &[f64::NAN], &[f64::NAN]);
        assert_eq!(time_cell(&t), "n/a");
        let t = timing("bench", "c", &[9.0], &[f64::NAN], &[12.0]);
        assert_eq!(time_cell(&t), "9.0 → 12.0 (1.33×) · null n/a");
    }

    #[test]
    fn time_rows_follow_the_runner_then_say_what_the_counters_cost() {
        let (off, on) = COUNTERS;
        let timings = [
            timing(on, "call", &[10.0], &[10.0], &[12.0]),
            timing(on, "create", &[100.0], &[100.0], &[110.0]),
            timing(off, "call", &[10.0], &[10.0], &[11.0]),
            timing("bench_sites", "call", &[10.0], &[10.0], &[12.0]),
        ];
        let rows = time_rows(&timings, VARIANTS);
        let label = |out: &str| VARIANTS.iter().find(|v| v.out_name == out).unwrap().label.to_string();
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert_eq!(rows[0], ("call, ns/op".into(), label(on), "10.0 → 12.0 (1.20×) · null 10.0 → 10.0 (1.00×)".into()));
        assert_eq!(rows[2].1, label(off));
        assert_eq!(rows[3].1, label("bench_sites"));
        // Only "call" was measured with the counters both off and on.
        assert_eq!(
            rows[4],
            (
                "what the counters cost: `Managed`, call, ns/op".into(),
                format!("{} → {}", label(off), label(on)),
                "11.0 → 12.0 (1.09×) · null `Plain` 10.0 → 10.0 (1.00×)".into()
            )
        );
    }

    #[test]
    fn the_intro_explains_the_null_comparator_and_the_targets() {
        let t = table(&FULL, "0.2.130", "6.2.3", &[]);
        let text = t.replace('\n', " ");
        for needle in ["null", "`Plain2`", "6 rounds", "250 ms", "100,000", "issue 20", "what the counters cost"] {
            assert!(text.contains(needle), "{needle} missing from {t}");
        }
        assert!(t.lines().all(|l| l.chars().count() <= 78 || l.starts_with('|')), "{t}");
    }
}
