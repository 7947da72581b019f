//! Exports that let `tests/resource/*.mjs` (Node, Deno, Bun, browsers)
//! drive `JsDisposable`, `JsAsyncDisposable` and the stack bindings the way
//! Rust code uses them: values held across calls in a thread-local, scopes
//! left by `?`, stacks filled from Rust. Every disposal, Rust `Drop` and
//! deferred callback writes to one log (`note`, `takeLog`), so the suites
//! can check the order as well as the count.

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_dispose::{disposable, AsyncDisposableStack, DisposableStack, JsAsyncDisposable, JsDisposable};

mod bench;

// `disposableStats`, `debugDispose`, ... for the suites.
wasm_dispose::export_helpers!();

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static HELD: RefCell<Vec<Option<Held>>> = const { RefCell::new(Vec::new()) };
}

enum Held {
    Sync(JsDisposable),
    Async(JsAsyncDisposable),
}

/// Appends to the log (JavaScript resources call it from their disposal).
#[wasm_bindgen]
pub fn note(entry: String) {
    LOG.with_borrow_mut(|log| log.push(entry));
}

/// The log so far, emptied.
#[wasm_bindgen(js_name = takeLog)]
pub fn take_log() -> Array {
    LOG.with_borrow_mut(std::mem::take).iter().map(|s| JsValue::from_str(s)).collect()
}

fn hold(held: Held) -> u32 {
    HELD.with_borrow_mut(|all| {
        all.push(Some(held));
        all.len() as u32 - 1
    })
}

fn take(id: u32) -> Option<Held> {
    HELD.with_borrow_mut(|all| all.get_mut(id as usize)?.take())
}

/// Owns `value` as a `JsDisposable` until `dropHeld` / `disposeHeld` /
/// `intoInnerHeld`; returns its id.
#[wasm_bindgen(js_name = holdSync)]
pub fn hold_sync(value: JsValue) -> Result<u32, JsValue> {
    Ok(hold(Held::Sync(JsDisposable::new(value)?)))
}

/// The same with `JsAsyncDisposable`.
#[wasm_bindgen(js_name = holdAsync)]
pub fn hold_async(value: JsValue) -> Result<u32, JsValue> {
    Ok(hold(Held::Async(JsAsyncDisposable::new(value)?)))
}

/// Drops what `id` holds (its `Drop` disposes it); `false` if nothing.
#[wasm_bindgen(js_name = dropHeld)]
pub fn drop_held(id: u32) -> bool {
    let held = take(id);
    let found = held.is_some();
    drop(held);
    found
}

/// `JsDisposable::dispose()` of what `id` holds.
#[wasm_bindgen(js_name = disposeHeld)]
pub fn dispose_held(id: u32) -> Result<(), JsValue> {
    match take(id) {
        Some(Held::Sync(d)) => d.dispose(),
        Some(Held::Async(_)) => Err("disposeHeld: an async resource; use disposeHeldAsync".into()),
        None => Err("disposeHeld: nothing held".into()),
    }
}

/// `JsAsyncDisposable::dispose().await` of what `id` holds.
#[wasm_bindgen(js_name = disposeHeldAsync)]
pub async fn dispose_held_async(id: u32) -> Result<(), JsValue> {
    match take(id) {
        Some(Held::Async(d)) => d.dispose().await,
        Some(Held::Sync(_)) => Err("disposeHeldAsync: a sync resource; use disposeHeld".into()),
        None => Err("disposeHeldAsync: nothing held".into()),
    }
}

/// `into_inner()` of what `id` holds: the value, undisposed.
#[wasm_bindgen(js_name = intoInnerHeld)]
pub fn into_inner_held(id: u32) -> JsValue {
    match take(id) {
        Some(Held::Sync(d)) => d.into_inner(),
        Some(Held::Async(d)) => d.into_inner(),
        None => JsValue::UNDEFINED,
    }
}

/// What `JsDisposable::new` refuses `value` with (`undefined` if it
/// accepts it; the value is then handed back undisposed).
#[wasm_bindgen(js_name = newError)]
pub fn new_error(value: JsValue) -> JsValue {
    JsDisposable::new(value).map(JsDisposable::into_inner).err().unwrap_or(JsValue::UNDEFINED)
}

/// What `JsAsyncDisposable::new` refuses `value` with.
#[wasm_bindgen(js_name = newAsyncError)]
pub fn new_async_error(value: JsValue) -> JsValue {
    JsAsyncDisposable::new(value).map(JsAsyncDisposable::into_inner).err().unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen]
extern "C" {
    /// A JavaScript resource with a `work()` method: shows `JsDisposable<T>`
    /// of an imported type, used through `Deref`.
    pub type Resource;
    #[wasm_bindgen(method, catch)]
    fn work(this: &Resource) -> Result<u32, JsValue>;
}

/// Owns `resource` for one scope and calls `work()` through `Deref`; the
/// scope ends normally, by `?` (work throws), or by an early error return
/// (`fail`): each way, `Drop` disposes the resource.
#[wasm_bindgen(js_name = workThenDrop)]
pub fn work_then_drop(resource: Resource, fail: bool) -> Result<u32, JsValue> {
    let resource: JsDisposable<Resource> = JsDisposable::new(resource)?;
    let n = resource.work()?;
    if fail {
        return Err(JsError::new("failed after work").into());
    }
    note(format!("rust:returning {n}"));
    Ok(n)
}

/// The same with `JsAsyncDisposable<Resource>`, in an async function.
#[wasm_bindgen(js_name = workThenDropAsync)]
pub async fn work_then_drop_async(resource: Resource, fail: bool) -> Result<u32, JsValue> {
    let resource: JsAsyncDisposable<Resource> = JsAsyncDisposable::new(resource)?;
    let n = resource.work()?;
    // Across an await, as an async handler would hold it.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await?;
    if fail {
        return Err(JsError::new("failed after work").into());
    }
    note(format!("rust:returning {n}"));
    Ok(n)
}

/// `wasm_dispose::js_resource_stats()` as `{ [class]: { created, disposed,
/// failed, moved, live } }`: the Rust-side numbers, to compare with
/// `disposableStats()`.
#[wasm_bindgen(js_name = jsResourceStats)]
pub fn js_resource_stats() -> JsValue {
    let out = js_sys::Object::new();
    for (class, s) in wasm_dispose::js_resource_stats() {
        let entry = js_sys::Object::new();
        for (key, n) in [
            ("created", s.created),
            ("disposed", s.disposed),
            ("failed", s.failed),
            ("moved", s.moved),
            ("live", s.live()),
        ] {
            let _ = js_sys::Reflect::set(&entry, &key.into(), &(n as f64).into());
        }
        let _ = js_sys::Reflect::set(&out, &class.into(), &entry);
    }
    out.into()
}

/// A `#[disposable]` value whose `Drop` writes `rust:<name>` to the log.
#[disposable]
pub struct Tracked {
    name: String,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        note(format!("rust:{}", self.name));
    }
}

#[disposable]
impl Tracked {
    #[wasm_bindgen(constructor)]
    pub fn new(name: String) -> Tracked {
        Tracked { name }
    }
}

fn tracked(name: &str) -> Tracked {
    Tracked { name: name.into() }
}

#[wasm_bindgen(js_name = stackSupported)]
pub fn stack_supported() -> bool {
    DisposableStack::supported()
}

#[wasm_bindgen(js_name = asyncStackSupported)]
pub fn async_stack_supported() -> bool {
    AsyncDisposableStack::supported()
}

/// What `DisposableStack::new()` returns where the runtime has none
/// (`undefined` where it has one).
#[wasm_bindgen(js_name = stackNewError)]
pub fn stack_new_error() -> JsValue {
    DisposableStack::new().err().unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen(js_name = asyncStackNewError)]
pub fn async_stack_new_error() -> JsValue {
    AsyncDisposableStack::new().err().unwrap_or(JsValue::UNDEFINED)
}

/// A stack filled from Rust (a `#[disposable]` value, a `JsDisposable`, a
/// Rust closure), then disposed. Returns `[what use_ gave back for the
/// JsDisposable, for the #[disposable] value]`.
#[wasm_bindgen(js_name = stackDispose)]
pub fn stack_dispose(resource: JsValue) -> Result<Array, JsValue> {
    let stack = DisposableStack::new()?;
    let rust = stack.use_(tracked("tracked"))?;
    let js = stack.use_(JsDisposable::new(resource)?)?;
    stack.defer_with(|| note("rust:deferred".into()))?;
    note("rust:filled".into());
    stack.dispose()?;
    Ok(Array::of2(&js, &rust))
}

/// A stack as a Rust scope guard (`JsDisposable<DisposableStack>`): left
/// normally or by an error (`fail`), its `Drop` disposes the stack and so
/// everything on it.
#[wasm_bindgen(js_name = stackScope)]
pub fn stack_scope(resource: JsValue, fail: bool) -> Result<(), JsValue> {
    let stack = JsDisposable::new(DisposableStack::new()?)?;
    stack.use_(JsDisposable::new(resource)?)?;
    stack.use_(tracked("scoped"))?;
    if fail {
        return Err(JsError::new("failed in the scope").into());
    }
    note("rust:scope end".into());
    Ok(())
}

/// A disposed stack refuses resources; each is disposed at once rather than
/// leaked. Returns `[the error for the JsDisposable, for the #[disposable]
/// value, for a plain JsValue]`.
#[wasm_bindgen(js_name = stackRefuses)]
pub fn stack_refuses(js: JsValue, plain: JsValue) -> Result<Array, JsValue> {
    let stack = DisposableStack::new()?;
    stack.dispose()?;
    let refused = |r: Result<JsValue, JsValue>| r.err().unwrap_or(JsValue::UNDEFINED);
    let js_error = refused(stack.use_(JsDisposable::new(js)?));
    let rust_error = refused(stack.use_(tracked("refused")));
    let plain_error = refused(stack.use_(plain));
    Ok(Array::of3(&js_error, &rust_error, &plain_error))
}

/// Fills a stack in Rust and hands all of it to JavaScript with `move_()`.
#[wasm_bindgen(js_name = stackMove)]
pub fn stack_move(resource: JsValue) -> Result<DisposableStack, JsValue> {
    let stack = JsDisposable::new(DisposableStack::new()?)?;
    stack.use_(JsDisposable::new(resource)?)?;
    stack.use_(tracked("moved-stack"))?;
    // The JsDisposable disposes the emptied stack: a no-op.
    stack.move_()
}

/// An `AsyncDisposableStack` filled from Rust, awaited: `b`, the tracked
/// value, then `a`, each awaited before the next.
#[wasm_bindgen(js_name = asyncStackDispose)]
pub async fn async_stack_dispose(a: JsValue, b: JsValue) -> Result<(), JsValue> {
    let stack = AsyncDisposableStack::new()?;
    stack.use_(JsAsyncDisposable::new(a)?)?;
    stack.use_(tracked("async-tracked"))?;
    stack.use_(JsAsyncDisposable::new(b)?)?;
    note("rust:async filled".into());
    stack.dispose().await
}
