//! The fixture's `.d.ts` against the reviewed snapshot
//! (tests/snapshots/fixture.d.ts): compared by `cargo xtask test`, rewritten
//! by `cargo xtask snapshot`.

use std::path::Path;

use crate::paths::pkg_root;
use crate::tools::Tools;
use crate::wasm::build_package;

const SNAPSHOT: &str = "tests/snapshots/fixture.d.ts";

/// The public part of a generated `.d.ts`: what comes before wasm-bindgen's
/// `InitInput` / `InitOutput`, whose raw export names carry code hashes.
fn public_dts(text: &str) -> String {
    match text.find("export type InitInput") {
        Some(end) => text[..end].to_string(),
        None => text.to_string(),
    }
}

/// Compares the generated `.d.ts` (the fixture must be built) with the
/// reviewed snapshot.
pub fn matches(root: &Path) -> Result<bool, String> {
    let generated = pkg_root(root).join("fixture/fixture.d.ts");
    let now = std::fs::read_to_string(&generated).map_err(|e| format!("{}: {e}", generated.display()))?;
    let now = public_dts(&now);
    let want = std::fs::read_to_string(root.join(SNAPSHOT)).unwrap_or_default();
    if now == want {
        println!("{SNAPSHOT} matches the generated .d.ts");
        return Ok(true);
    }
    println!("the generated .d.ts differs from {SNAPSHOT}; review, then run `cargo xtask snapshot`:");
    for (i, (a, b)) in want.lines().zip(now.lines()).enumerate() {
        if a != b {
            println!("  first difference at line {}:\n  - {a}\n  + {b}", i + 1);
            break;
        }
    }
    Ok(false)
}

/// `cargo xtask snapshot`: rebuilds the fixture and rewrites the snapshot.
pub fn update(root: &Path) -> Result<(), String> {
    let tools = Tools::ensure(root)?;
    build_package(root, &tools, "wasm-dispose-tests", "fixture")?;
    let generated = pkg_root(root).join("fixture/fixture.d.ts");
    std::fs::create_dir_all(root.join("tests/snapshots")).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&generated).map_err(|e| e.to_string())?;
    std::fs::write(root.join(SNAPSHOT), public_dts(&text)).map_err(|e| e.to_string())?;
    println!("wrote {SNAPSHOT}; review it with `git diff`");
    Ok(())
}
