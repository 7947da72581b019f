//! TypeScript text appended to the generated `.d.ts`.

/// Declares the class `Disposable` (and `AsyncDisposable`) by interface
/// merging with the `class` wasm-bindgen declares.
pub fn class_interface(js_name: &str, is_async: bool) -> String {
    if is_async {
        // `AsyncDisposable` only promises a `PromiseLike`; ours is a Promise.
        format!(
            "export interface {js_name} extends Disposable, AsyncDisposable {{\n  \
             /** Runs the async cleanup; settles when it has finished, rejects with its error. */\n  \
             [Symbol.asyncDispose](): Promise<void>;\n}}\n"
        )
    } else {
        format!("export interface {js_name} extends Disposable {{}}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_class_is_disposable() {
        assert_eq!(class_interface("Image", false), "export interface Image extends Disposable {}\n");
    }

    #[test]
    fn async_class_is_both() {
        assert_eq!(
            class_interface("Conn", true),
            "export interface Conn extends Disposable, AsyncDisposable {\n  \
             /** Runs the async cleanup; settles when it has finished, rejects with its error. */\n  \
             [Symbol.asyncDispose](): Promise<void>;\n}\n"
        );
    }
}
