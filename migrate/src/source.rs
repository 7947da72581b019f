//! Reading a crate's source files: the library root from `Cargo.toml`, then
//! every file a `mod name;` declaration brings in, as rustc finds them.

use std::ops::Range;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

/// One `.rs` file of the crate, its text exactly as read.
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn read(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(SourceFile { path: path.to_path_buf(), text })
    }

    /// The file as a syntax tree whose spans are byte offsets into `text`.
    pub fn parse(&self) -> Result<syn::File, String> {
        // syn::parse_file strips a BOM and a shebang before tokenizing, which
        // would shift every offset; blank them out instead.
        let mut text = self.text.clone();
        if let Some(rest) = text.strip_prefix('\u{feff}') {
            text = format!("   {rest}");
        }
        if text.starts_with("#!") && !text.starts_with("#![") {
            let end = text.find('\n').unwrap_or(text.len());
            text.replace_range(..end, &" ".repeat(end));
        }
        let tokens: TokenStream =
            text.parse().map_err(|e: proc_macro2::LexError| format!("{}: {e}", self.path.display()))?;
        syn::parse2(tokens).map_err(|e| {
            let at = e.span().start();
            format!("{}:{}:{}: {e}", self.path.display(), at.line, at.column + 1)
        })
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())].matches('\n').count() + 1
    }

    /// The byte offset where the line holding `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.text[..offset].rfind('\n').map_or(0, |i| i + 1)
    }

    /// The byte offset just after the newline that ends the line holding
    /// `offset` (the end of the text on the last line).
    pub fn next_line(&self, offset: usize) -> usize {
        self.text[offset..].find('\n').map_or(self.text.len(), |i| offset + i + 1)
    }

    /// The whitespace a line starts with.
    pub fn indent_at(&self, offset: usize) -> &str {
        let start = self.line_start(offset);
        let line = &self.text[start..];
        &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
    }

    pub fn slice(&self, range: Range<usize>) -> &str {
        &self.text[range]
    }
}

/// The library target's root file: `[lib] path`, or `src/lib.rs`.
pub fn library_root(crate_dir: &Path, manifest: &toml_edit::DocumentMut) -> Result<PathBuf, String> {
    if manifest.get("package").is_none() {
        return Err(format!(
            "{} has no [package]: give the directory of the crate that exports the classes, not the workspace's",
            crate_dir.join("Cargo.toml").display()
        ));
    }
    let configured = manifest.get("lib").and_then(|lib| lib.get("path")).and_then(|p| p.as_str());
    let root = crate_dir.join(configured.unwrap_or("src/lib.rs"));
    if root.is_file() {
        Ok(root)
    } else {
        Err(format!(
            "{} not found: wasm-bindgen exports classes from a library target (crate-type \"cdylib\"), and this crate has none",
            root.display()
        ))
    }
}

/// The file a `mod name;` declaration names, as rustc looks for it:
/// `#[path = "..."]` relative to `path_base`, otherwise `dir/name.rs` or
/// `dir/name/mod.rs`.
pub fn module_file(dir: &Path, path_base: &Path, name: &str, path_attr: Option<&str>) -> Option<PathBuf> {
    if let Some(p) = path_attr {
        let file = path_base.join(p);
        return file.is_file().then_some(file);
    }
    let name = name.strip_prefix("r#").unwrap_or(name);
    [dir.join(format!("{name}.rs")), dir.join(name).join("mod.rs")].into_iter().find(|f| f.is_file())
}

/// Where the modules a file declares with `mod name;` live: next to a
/// `lib.rs`, `main.rs` or `mod.rs`, else in a directory named after the file.
pub fn child_dir(file: &Path, is_root: bool) -> PathBuf {
    let parent = file.parent().unwrap_or(Path::new("."));
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if is_root || stem == "mod" {
        parent.to_path_buf()
    } else {
        parent.join(stem)
    }
}
