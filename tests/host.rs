//! A crate using #[disposable] still builds and tests on the host: the user's
//! types stay plain Rust.

use wasm_dispose_tests::{Counter, Thing};

#[test]
fn plain_rust_api_works_off_wasm() {
    let mut c = Counter::new(1);
    assert_eq!(c.increment(), 2);
    assert_eq!(c.rust_only(), 2);
    assert_eq!(Counter::with_step(1, 5).increment(), 6);
    assert_eq!(Thing::new(7).id(), 7);
}

#[test]
fn class_names_are_the_javascript_names() {
    use wasm_dispose::Disposable;
    assert_eq!(<Counter as Disposable>::CLASS, "Counter");
    assert_eq!(<Thing as Disposable>::CLASS, "RenamedThing");
}
