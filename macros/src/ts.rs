//! TypeScript text appended to the generated `.d.ts`.

/// Declares the class `Disposable` (and `AsyncDisposable`) by interface
/// merging with the `class` wasm-bindgen declares.
pub fn class_interface(js_name: &str, is_async: bool) -> String {
    let bases = if is_async { "Disposable, AsyncDisposable" } else { "Disposable" };
    format!("export interface {js_name} extends {bases} {{}}\n")
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
            "export interface Conn extends Disposable, AsyncDisposable {}\n"
        );
    }
}
