//! wasm-bindgen's own tests of exported structs, migrated to `#[disposable]`
//! (`tests/upstream`), run the way `wasm-bindgen-test-runner` runs them in
//! Node: a `--target nodejs` package named `wasm-bindgen-test`, found through
//! NODE_PATH, with the CLI's `--debug` glue (the runner's default) and
//! without it (`WASM_BINDGEN_NO_DEBUG`, as wasm-bindgen's CI also runs them).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Tools;

fn out_dir(root: &Path, flavour: &str) -> PathBuf {
    crate::paths::target_dir(root).join("wasm-dispose").join("upstream").join(flavour)
}

/// Builds the package twice; returns the commands that run the tests.
pub fn commands(root: &Path, tools: &Tools) -> Result<Vec<(String, Command)>, String> {
    let wasm = crate::wasm::build_wasm(root, "wasm-dispose-upstream", &[])?;
    let mut out = Vec::new();
    for (flavour, flags) in [("debug", &["--debug"][..]), ("release", &[][..])] {
        let dir = out_dir(root, flavour);
        crate::wasm::bindgen_flags(&tools.wasm_bindgen, &wasm, "nodejs", "wasm-bindgen-test", &dir, flags)?;
        // The workspace's package.json says "module"; this is CommonJS.
        std::fs::write(dir.join("package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;
        let mut cmd = Command::new(&tools.node24);
        cmd.arg(root.join("tests/upstream/run.cjs")).env("NODE_PATH", &dir);
        if flavour == "release" {
            cmd.env("WASM_BINDGEN_NO_DEBUG", "1");
        }
        out.push((
            format!("wasm-bindgen's own struct tests with #[disposable] (tests/upstream): Node 24, {flavour} glue"),
            cmd,
        ));
    }
    // The package's `.d.ts`, strict, library files checked, with a `lib`
    // that has no Explicit Resource Management: its string enums come first,
    // and the `.d.ts` still brings what it needs (a `declare global` block).
    let debug = out_dir(root, "debug");
    std::fs::write(debug.join("tsconfig.json"), TSCONFIG).map_err(|e| e.to_string())?;
    for (name, tsc) in [("TypeScript 5.9", &tools.tsc5), ("TypeScript 7", &tools.tsc7)] {
        let mut cmd = Command::new(&tools.node24);
        cmd.arg(tsc).arg("--project").arg(&debug);
        out.push((format!("{name}: tests/upstream's .d.ts (--target nodejs), strict"), cmd));
    }
    Ok(out)
}

const TSCONFIG: &str = r#"{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2022",
    "module": "commonjs",
    "lib": ["ES2022", "DOM"],
    "skipLibCheck": false,
    "types": []
  },
  "files": ["wasm-bindgen-test.d.ts"]
}
"#;
