//! Running commands: cargo itself, with or without their output, and with a
//! time limit.

use std::process::{Child, Command};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The cargo that runs xtask.
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// `cmd`'s standard output, if it ran and succeeded.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs `cmd` with its output captured: an install that works needs no
/// screenful, and one that fails shows it all in the error.
pub fn run_captured(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!("{cmd:?} failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Tries `first`; if it fails, says so in one line (`why`) and runs
/// `fallback`, both with their output captured. The first attempt's output
/// is shown only if the fallback fails too.
pub fn with_fallback(first: &mut Command, why: &str, fallback: &mut Command) -> Result<(), String> {
    let Err(first_error) = run_captured(first) else { return Ok(()) };
    println!("    {why}");
    run_captured(fallback).map_err(|e| format!("{first_error}\nand then {e}"))
}

/// Waits for `child` at most `limit`; kills it past that. `Some(success)`
/// if it exited in time, `None` if it was killed.
pub fn wait_bounded(child: &mut Child, limit: Duration) -> Option<bool> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status.success()),
            Ok(None) if start.elapsed() < limit => sleep(Duration::from_millis(100)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}
