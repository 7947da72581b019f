//! Applying the edits to the files' text: each replaces a byte range (an
//! attribute's path) or inserts at an offset (the import), so everything
//! around them, comments and formatting included, stays as it was.

use crate::plan::Edit;

/// The new text of file `file`, or `None` if nothing in it changes.
pub fn apply(text: &str, file: usize, edits: &[Edit]) -> Option<String> {
    let mut mine: Vec<&Edit> = edits.iter().filter(|e| e.file == file).collect();
    if mine.is_empty() {
        return None;
    }
    // From the end, so earlier offsets stay valid.
    mine.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = text.to_string();
    for e in mine.iter().rev() {
        out.replace_range(e.range.clone(), &e.text);
    }
    (out != text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_inserts_without_moving_the_rest() {
        let text = "use a;\n#[wasm_bindgen(inspectable)] // why\nstruct A;\n";
        let edits = vec![
            Edit { file: 0, range: 9..21, text: "disposable".into() },
            Edit { file: 0, range: 7..7, text: "use wasm_dispose::disposable;\n".into() },
        ];
        assert_eq!(
            apply(text, 0, &edits).unwrap(),
            "use a;\nuse wasm_dispose::disposable;\n#[disposable(inspectable)] // why\nstruct A;\n"
        );
        assert!(apply(text, 1, &edits).is_none());
    }
}
