//! Finds the disposal method of a JavaScript value, the way `using` and
//! `await using` do, in every runtime the crate supports.
//!
//! The keys, in this order (the first one whose value is not `null` or
//! `undefined` decides, as ERM's `GetMethod` does):
//!
//! 1. `Symbol.dispose`: the runtime's own, or, where it has none, whatever
//!    was installed there first: a polyfill's (capnweb installs
//!    `Symbol.for("dispose")`) or this crate's (`Symbol.for("Symbol.dispose")`,
//!    see `host::well_known`);
//! 2. `Symbol.for("Symbol.dispose")`: what TypeScript, esbuild and Babel
//!    downlevel output use where the runtime has no `Symbol.dispose`;
//! 3. `Symbol.for("dispose")`: what capnweb and other polyfills use.
//!
//! Keys 2 and 3 matter only where several parties disagreed about a missing
//! `Symbol.dispose` (objects made by code that picked a key without
//! installing it); where the runtime has the symbol they are almost never
//! present, and looking them up costs nothing unless key 1 is missing.
//! `[Symbol.asyncDispose]` is looked up the same way
//! (`Symbol.asyncDispose`, `Symbol.for("Symbol.asyncDispose")`,
//! `Symbol.for("asyncDispose")`), and an asynchronous lookup falls back to
//! the synchronous keys, as `await using` does.

use js_sys::Function;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::host;

// With `catch`: a getter or a `Proxy` trap may throw, and that error is
// the lookup's (as it is `using`'s), not an exception through Rust frames.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getOwnPropertyDescriptor)]
    fn own_property(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A disposal method found on a value.
pub(crate) struct Method {
    pub(crate) function: Function,
    /// Found under an `asyncDispose` key: its result is awaited.
    pub(crate) is_async: bool,
}

thread_local! {
    /// The keys in lookup order, duplicates removed; read once, after
    /// `host::well_known` has settled what `Symbol.dispose` is.
    static SYNC_KEYS: Vec<JsValue> = keys("dispose");
    static ASYNC_KEYS: Vec<JsValue> = keys("asyncDispose");
}

fn keys(name: &str) -> Vec<JsValue> {
    let mut keys = vec![host::well_known(name)];
    for extra in [host::symbol_for(&host::join(&["Symbol.", name])), host::symbol_for(name)] {
        if !keys.contains(&extra) {
            keys.push(extra);
        }
    }
    keys
}

/// What the first key with a non-nullish value holds.
enum Found {
    Function(Function),
    /// Something else: `using` throws a TypeError.
    Other(JsValue),
    Nothing,
}

/// Looks the keys up in order. A `Reflect.get` that throws (a getter, a
/// `Proxy` trap, or a primitive `value`) ends the lookup with its error.
fn first(value: &JsValue, keys: &[JsValue]) -> Result<Found, JsValue> {
    for key in keys {
        let method = get(value, key)?;
        // `typeof === "function"`, not `instanceof Function`: a function
        // from another realm (an iframe, a `vm` context) is one too.
        if method.is_function() {
            return Ok(Found::Function(method.unchecked_into()));
        }
        if !method.is_undefined() && !method.is_null() {
            return Ok(Found::Other(method));
        }
    }
    Ok(Found::Nothing)
}

/// The method `using` (`is_async: false`) or `await using` (`true`) would
/// call on `value`, or the `TypeError` they would throw, worded for `who`
/// (`"JsDisposable::new"`). Two calls into JavaScript where the runtime has
/// the symbol: `Reflect.get` and `typeof`.
pub(crate) fn find(value: &JsValue, is_async: bool, who: &str) -> Result<Method, JsValue> {
    let found = lookup(value, is_async).map_err(|error| {
        if value.is_object() || value.is_function() {
            error
        } else {
            // `Reflect.get` refused a primitive: say it as `using` would.
            let what = if value.is_undefined() || value.is_null() {
                host::to_string(value)
            } else {
                host::join(&[&host::to_string(value), " (", &value.js_typeof().as_string().unwrap_or_default(), ")"])
            };
            type_error(&host::join(&[who, ": expected an object with a ", wanted(is_async), " method, got ", &what]))
        }
    })?;
    match found {
        (Found::Function(function), is_async) => Ok(Method { function, is_async }),
        (Found::Other(other), method_is_async) => {
            let key = if method_is_async { "[Symbol.asyncDispose]" } else { "[Symbol.dispose]" };
            Err(type_error(&host::join(&[
                who,
                ": ",
                key,
                " of ",
                &describe(value),
                " is not a function (it is ",
                &host::to_string(&other),
                ")",
            ])))
        }
        (Found::Nothing, _) => {
            Err(type_error(&host::join(&[who, ": ", &describe(value), " has no ", wanted(is_async), " method"])))
        }
    }
}

/// The asynchronous keys first (for `await using`), then the synchronous
/// ones; with whether the find was under an asynchronous key.
fn lookup(value: &JsValue, is_async: bool) -> Result<(Found, bool), JsValue> {
    if is_async {
        let found = ASYNC_KEYS.with(|keys| first(value, keys))?;
        if !matches!(found, Found::Nothing) {
            return Ok((found, true));
        }
    }
    Ok((SYNC_KEYS.with(|keys| first(value, keys))?, false))
}

fn wanted(is_async: bool) -> &'static str {
    if is_async {
        "[Symbol.asyncDispose] or [Symbol.dispose]"
    } else {
        "[Symbol.dispose]"
    }
}

fn type_error(message: &str) -> JsValue {
    host::TypeError::new(message).into()
}

/// "the FileHandle", "the object", for messages.
fn describe(value: &JsValue) -> String {
    match class_name(value).as_str() {
        "Object" | "" => "the object".into(),
        name => host::join(&["the ", name]),
    }
}

/// The name of the class that made `value`: its prototype's own
/// `constructor`, read without running getters or traps of the value
/// itself (an RPC stub answers any property name). `"Object"` when there is
/// none.
pub(crate) fn class_name(value: &JsValue) -> String {
    class_name_of_prototype(&prototype(value))
}

/// `Object.getPrototypeOf(value)`, `null` where that throws.
pub(crate) fn prototype(value: &JsValue) -> JsValue {
    prototype_of(value).unwrap_or(JsValue::NULL)
}

pub(crate) fn class_name_of_prototype(proto: &JsValue) -> String {
    if !proto.is_object() && !proto.is_function() {
        return "Object".into();
    }
    let ctor = match own_property(proto, &host::key("constructor")) {
        Ok(desc) if desc.is_object() => host::get(&desc, &host::key("value")),
        _ => JsValue::UNDEFINED,
    };
    if !ctor.is_function() {
        return "Object".into();
    }
    match host::get(&ctor, &host::key("name")).as_string() {
        Some(name) if !name.is_empty() => name,
        _ => "Object".into(),
    }
}
