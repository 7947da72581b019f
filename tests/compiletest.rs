#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    // The same mistakes with plain #[wasm_bindgen], for their count of errors.
    t.compile_fail("ui/plain/*.rs");
    t.pass("ui/pass/*.rs");
}

/// For every mistake plain `#[wasm_bindgen]` rejects too, `#[disposable]`
/// reports no more errors than plain does (issue 23), none of them naming
/// the runtime's private items. The `.stderr` files are what `ui` checks.
#[test]
fn no_more_errors_than_plain() {
    let errors = |path: &std::path::Path| {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        (text.lines().filter(|l| l.starts_with("error")).count(), text)
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/plain");
    let mut compared = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let plain = entry.unwrap().path();
        if plain.extension().is_none_or(|e| e != "stderr") {
            continue;
        }
        let ours = dir.parent().unwrap().join(plain.file_name().unwrap());
        let ((theirs, _), (mine, text)) = (errors(&plain), errors(&ours));
        assert!(mine >= 1 && mine <= theirs, "{}: {mine} errors, plain {theirs}", ours.display());
        for private in ["__private", "ByVal", "ByRef", "ByMut", "__wd_", "__WasmDispose"] {
            assert!(!text.contains(private), "{} names `{private}`", ours.display());
        }
        compared += 1;
    }
    assert!(compared >= 9, "compared {compared} cases");
}
