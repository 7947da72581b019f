//! Where things are: the workspace, cargo's target directory and the
//! packages the wasm-bindgen CLI writes into it.

use std::path::{Path, PathBuf};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask/ is inside the workspace").to_path_buf()
}

pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

/// Where built packages go: `<target>/wasm-dispose/pkg/<name>/<name>.js`.
pub fn pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg")
}

/// Where `--target bundler` packages go: `<target>/wasm-dispose/pkg-bundler/<name>/`.
pub fn bundler_pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg-bundler")
}

/// Where the packages built without the runtime's snippet go (the fallback
/// for `--target no-modules` and CommonJS on Node before 20.19).
pub fn fallback_pkg_root(root: &Path) -> PathBuf {
    target_dir(root).join("wasm-dispose").join("pkg-fallback")
}

/// The lockfile that pins the oldest supported wasm-bindgen (tests/oldest).
pub fn oldest_lockfile(root: &Path) -> PathBuf {
    root.join("tests/oldest/Cargo.lock")
}

/// The files in `dir` whose names end in `suffix`, sorted.
pub fn list(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    Ok(files)
}
