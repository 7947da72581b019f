//! The JavaScript built-ins the runtime uses, imported from the global
//! scope: what works under every wasm-bindgen target, with or without the
//! runtime's snippet (`snippet.rs`), which `--target no-modules` refuses.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    pub(crate) fn get(target: &JsValue, key: &JsValue) -> JsValue;
    /// `false` (no throw) where the object refuses the property.
    #[wasm_bindgen(js_namespace = Reflect, js_name = defineProperty)]
    pub(crate) fn define_property(target: &JsValue, key: &JsValue, descriptor: &JsValue) -> bool;
    /// Calls a function with `this` and an array of arguments.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = apply)]
    pub(crate) fn apply(function: &JsValue, this: &JsValue, args: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    pub(crate) fn keys(value: &JsValue) -> js_sys::Array;
    #[wasm_bindgen(js_namespace = Object, js_name = getPrototypeOf)]
    pub(crate) fn get_prototype_of(value: &JsValue) -> JsValue;
    #[wasm_bindgen(js_namespace = Object, js_name = setPrototypeOf)]
    pub(crate) fn set_prototype_of(value: &JsValue, prototype: &JsValue);
    #[wasm_bindgen(js_namespace = Object, js_name = create)]
    pub(crate) fn object_create(prototype: &JsValue) -> JsValue;
    /// `Object.prototype.isPrototypeOf.call(proto, value)`: `value instanceof`
    /// the class of `proto`, without the class's own `Symbol.hasInstance`.
    #[wasm_bindgen(js_namespace = ["Object", "prototype", "isPrototypeOf"], js_name = call)]
    pub(crate) fn is_prototype_of(proto: &JsValue, value: &JsValue) -> bool;
    #[wasm_bindgen(js_namespace = Symbol, js_name = "for")]
    pub(crate) fn symbol_for(key: &str) -> JsValue;
    /// `String(value)`, for messages.
    #[wasm_bindgen(js_name = String)]
    pub(crate) fn to_string(value: &JsValue) -> String;
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    pub(crate) fn console_error(message: &str, error: &JsValue);

    #[wasm_bindgen(js_name = Proxy)]
    pub(crate) type Proxy;
    #[wasm_bindgen(constructor, js_class = "Proxy")]
    pub(crate) fn new(target: &JsValue, handler: &JsValue) -> Proxy;

    #[wasm_bindgen(js_name = TypeError)]
    pub(crate) type TypeError;
    #[wasm_bindgen(constructor, js_class = "TypeError")]
    pub(crate) fn new(message: &str) -> TypeError;

    /// `globalThis`, which every supported runtime has: one import, where
    /// `js_sys::global()` brings four (`globalThis`, `self`, `window`,
    /// `global`) and a search through them.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;
}

pub(crate) fn global() -> JsValue {
    GLOBAL_THIS.with(JsValue::clone)
}

/// `parts` joined: the runtime's messages are built this way, not with
/// `format!` (core::fmt's padding code) or `[..].concat()` (a generic copy),
/// each of which costs a package about 0.3 KB of gzipped wasm.
pub(crate) fn join(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        s.push_str(part);
    }
    s
}

pub(crate) fn key(name: &str) -> JsValue {
    JsValue::from_str(name)
}

/// `{ value, writable: true, configurable: true, enumerable: false }`.
pub(crate) fn method_descriptor(value: &JsValue) -> JsValue {
    let desc = object_create(&JsValue::NULL);
    let _ = js_sys::Reflect::set(&desc, &key("value"), value);
    let _ = js_sys::Reflect::set(&desc, &key("writable"), &JsValue::TRUE);
    let _ = js_sys::Reflect::set(&desc, &key("configurable"), &JsValue::TRUE);
    desc
}

/// Sets a property whatever the object's setters say (`defineProperty`).
pub(crate) fn define(target: &JsValue, key: &JsValue, value: &JsValue) -> bool {
    define_property(target, key, &method_descriptor(value))
}

/// `Symbol.dispose` / `Symbol.asyncDispose`. Where the runtime has none
/// (Node 18, older browsers) they are set to `Symbol.for("Symbol.dispose")`
/// and `Symbol.for("Symbol.asyncDispose")`, the keys TypeScript, esbuild and
/// Babel downlevel output look up; a native symbol is never replaced.
pub(crate) fn well_known(name: &str) -> JsValue {
    let symbol_ctor = get(&global(), &key("Symbol"));
    let existing = get(&symbol_ctor, &key(name));
    if existing.is_symbol() {
        return existing;
    }
    let symbol = symbol_for(&join(&["Symbol.", name]));
    let desc = object_create(&JsValue::NULL);
    let _ = js_sys::Reflect::set(&desc, &self::key("value"), &symbol);
    define_property(&symbol_ctor, &self::key(name), &desc);
    symbol
}
