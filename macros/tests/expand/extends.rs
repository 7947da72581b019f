// A class that extends another, renamed: the struct gets its `parent`
// field, the handle extends the parent's handle from a module of its own
// (wasm-bindgen recognises the field it adds there), and before
// wasm-bindgen 0.2.121 the runtime's `extends!` keeps the second group.

/// A dog.
#[disposable(extends = zoo::Animal, extends_js_class = "Beast", extends_js_namespace = zoo)]
pub struct Dog {
    pub age: u32,
    breed: String,
}
