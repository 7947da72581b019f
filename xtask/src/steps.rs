//! Named steps, each printed as it starts (`==> name`), and the summary at
//! the end: one line per step and `<label>: N passed, M failed`.

use std::process::Command;

/// A named step and what it came to.
struct Outcome {
    name: String,
    verdict: Verdict,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Passed,
    Failed,
    /// Its reason is in the name; counts as neither passed nor failed.
    Skipped,
}

#[derive(Default)]
pub struct Steps {
    outcomes: Vec<Outcome>,
}

impl Steps {
    /// Prints the step's name and runs `cmd` with its output on the terminal.
    pub fn run(&mut self, name: &str, cmd: &mut Command) -> bool {
        println!("\n==> {name}");
        let passed = cmd.status().map(|s| s.success()).unwrap_or_else(|e| {
            eprintln!("cannot run {name}: {e}");
            false
        });
        self.record(name, passed)
    }

    /// Records a step that printed its own `==>` line.
    pub fn record(&mut self, name: &str, passed: bool) -> bool {
        let verdict = if passed { Verdict::Passed } else { Verdict::Failed };
        self.outcomes.push(Outcome { name: name.to_string(), verdict });
        passed
    }

    /// Records a step that could not run here, with the reason.
    pub fn skip(&mut self, name: &str, why: &str) {
        self.outcomes.push(Outcome { name: format!("{name}: {why}"), verdict: Verdict::Skipped });
    }

    /// Prints the summary, ending in `<label>: N passed, M failed[, K skipped]`;
    /// `Err` if a step failed.
    pub fn finish(self, label: &str) -> Result<(), String> {
        println!("\n==> summary");
        for o in &self.outcomes {
            let mark = match o.verdict {
                Verdict::Passed => "ok  ",
                Verdict::Failed => "FAIL",
                Verdict::Skipped => "skip",
            };
            println!("{mark} {}", o.name);
        }
        let count = |v: Verdict| self.outcomes.iter().filter(|o| o.verdict == v).count();
        let (passed, failed, skipped) = (count(Verdict::Passed), count(Verdict::Failed), count(Verdict::Skipped));
        let skipped_note = if skipped > 0 { format!(", {skipped} skipped") } else { String::new() };
        println!("{label}: {passed} passed, {failed} failed{skipped_note}");
        if failed == 0 {
            Ok(())
        } else {
            Err(format!("{failed} step(s) failed"))
        }
    }
}
