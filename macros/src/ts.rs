//! TypeScript text appended to the generated `.d.ts`.
//!
//! The sections here name `Disposable`, `AsyncDisposable` and
//! `Symbol.dispose` without bringing them: the runtime's one section (with
//! `DisposedError`) declares them in a `declare global` block, once per
//! package and wherever wasm-bindgen puts it. A `/// <reference lib>` would
//! count only at the very top of the file, where wasm-bindgen writes its own
//! functions and enums first, and TypeScript before 5.2 has no such lib.

/// The identifier of the class in the `.d.ts`, and whether it is exported
/// there: a class in a `js_namespace` is a local `declare class a__b__Name`
/// that the exported namespace object refers to, and so is a `private` one.
pub fn class_identifier(js_name: &str, namespace: &[String], private: bool) -> (String, bool) {
    if namespace.is_empty() {
        (js_name.to_string(), !private)
    } else {
        (format!("{}__{js_name}", namespace.join("__")), false)
    }
}

/// Declares the class `Disposable` (and `AsyncDisposable`) by interface
/// merging with the `class` wasm-bindgen declares, named as
/// `class_identifier` says.
pub fn class_interface_for(ident: &str, exported: bool, is_async: bool) -> String {
    // `declare` where not exported: in a `.d.ts` without a default export
    // (`--target nodejs`), a bare `interface` is local while wasm-bindgen's
    // `declare class` is not, and TypeScript refuses to merge the two.
    declaration(if exported { "export " } else { "declare " }, ident, is_async)
}

/// Documentation for the members wasm-bindgen declares without any, merged
/// into the class by the interface.
const DISPOSE_DOCS: &str = "  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n";

fn declaration(export: &str, js_name: &str, is_async: bool) -> String {
    if is_async {
        // `AsyncDisposable` only promises a `PromiseLike`; ours is a Promise.
        format!(
            "{export}interface {js_name} extends Disposable, AsyncDisposable {{\n{DISPOSE_DOCS}  \
             /** Runs the async cleanup; settles when it has finished, rejects with its error. */\n  \
             [Symbol.asyncDispose](): Promise<void>;\n}}\n"
        )
    } else {
        format!("{export}interface {js_name} extends Disposable {{\n{DISPOSE_DOCS}}}\n")
    }
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;

    #[test]
    fn sync_class_is_disposable() {
        assert_eq!(
            class_interface_for("Image", true, false),
            format!("export interface Image extends Disposable {{\n{DISPOSE_DOCS}}}\n")
        );
    }

    #[test]
    fn namespaced_classes_merge_with_the_local_declaration() {
        let ns = ["geo".to_string(), "flat".to_string()];
        let (ident, exported) = class_identifier("Point", &ns, false);
        assert_eq!((ident.as_str(), exported), ("geo__flat__Point", false));
        assert_eq!(
            class_interface_for(&ident, exported, false),
            format!("declare interface geo__flat__Point extends Disposable {{\n{DISPOSE_DOCS}}}\n")
        );
        assert_eq!(class_identifier("Point", &[], false), ("Point".to_string(), true));
    }

    #[test]
    fn async_class_is_both() {
        assert_eq!(
            class_interface_for("Conn", true, true),
            format!(
                "export interface Conn extends Disposable, AsyncDisposable {{\n{DISPOSE_DOCS}  \
                 /** Runs the async cleanup; settles when it has finished, rejects with its error. */\n  \
                 [Symbol.asyncDispose](): Promise<void>;\n}}\n"
            )
        );
    }
}
