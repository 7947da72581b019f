//! Tables that `cargo xtask bench` and `cargo xtask size` write into
//! docs/benchmarks.md, between markers, and the text around them.

use std::path::Path;
use std::process::Command;

use crate::tools::Tools;

/// The page the tables go to.
pub const PAGE: &str = "docs/benchmarks.md";

/// Breaks text into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> String {
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

pub fn wasm_bindgen_version(tools: &Tools) -> String {
    Command::new(&tools.wasm_bindgen)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.split_whitespace().nth(1).map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// Rewrites what is between `start` and `end` in docs/benchmarks.md
/// (`cargo xtask size` has a section of its own).
pub fn write_section(root: &Path, start: &str, end: &str, table: &str) -> Result<(), String> {
    let path = root.join(PAGE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{PAGE}: {e}"))?;
    let updated = between_markers(&text, start, end, table).map_err(|e| format!("{PAGE}: {e}"))?;
    std::fs::write(&path, updated).map_err(|e| format!("{PAGE}: {e}"))
}

/// `text` with what is between the markers replaced, the markers kept.
fn between_markers(text: &str, start: &str, end: &str, table: &str) -> Result<String, String> {
    let (Some(a), Some(b)) = (text.find(start), text.find(end)) else {
        return Err(format!("no {start} ... {end} section to write the table into"));
    };
    if b < a {
        return Err(format!("{end} comes before {start}"));
    }
    Ok(format!("{}{start}\n{table}{}", &text[..a], &text[b..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: &str = "<!-- bench:start -->";
    const END: &str = "<!-- bench:end -->";

    #[test]
    fn text_wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), "aa bb\ncc");
        assert_eq!(wrap("a  long-word b", 4), "a\nlong-word\nb");
    }

    #[test]
    fn only_the_text_between_the_markers_changes() {
        let readme = format!("a\n{START}\nold\n{END}\nb\n");
        assert_eq!(between_markers(&readme, START, END, "new\n").unwrap(), format!("a\n{START}\nnew\n{END}\nb\n"));
        assert!(between_markers("no markers", START, END, "x").is_err());
        assert!(between_markers(&format!("{END}{START}"), START, END, "x").is_err());
    }
}
