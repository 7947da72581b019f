//! `cargo xtask demo`: builds examples/images and examples/writer to wasm and
//! runs their demos in Node 24. Installs only what that takes (the wasm32
//! target, the locked wasm-bindgen CLI, Node 24), so that the first command
//! on a fresh machine is quick.

use std::path::Path;
use std::process::Command;

use crate::paths::pkg_root;
use crate::tools::DemoTools;
use crate::wasm::web_package;

pub fn demo(root: &Path) -> Result<(), String> {
    let tools = DemoTools::ensure(root)?;
    web_package(root, &tools.wasm_bindgen, "example-images", "images", &[])?;
    web_package(root, &tools.wasm_bindgen, "example-writer", "writer", &[])?;
    for (title, script) in [
        ("examples/images: `using` and a Rust image", "examples/images/demo.mjs"),
        ("examples/writer: `await using` and an async Rust cleanup", "examples/writer/demo.mjs"),
    ] {
        println!("\n==> {title}\n");
        let status = Command::new(&tools.node24)
            .arg(root.join(script))
            .env("WASM_DISPOSE_PKG", pkg_root(root))
            .status()
            .map_err(|e| format!("cannot run node: {e}"))?;
        if !status.success() {
            return Err(format!("{script} failed"));
        }
    }
    Ok(())
}
