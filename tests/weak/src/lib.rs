//! Exports that let `tests/js/weak.test.mjs` drive `WeakHostRef` and
//! `HostTable` from JavaScript. State lives in thread-locals, the way user
//! code would keep host references between calls.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_dispose::{HostId, HostTable, WeakHostRef};

#[wasm_bindgen]
extern "C" {
    /// Any JavaScript object with a `name` string; shows `WeakHostRef<T>`
    /// for an imported type, not just `JsValue`.
    pub type Named;

    #[wasm_bindgen(method, getter)]
    fn name(this: &Named) -> String;
}

thread_local! {
    static HELD: RefCell<Vec<WeakHostRef<JsValue>>> = const { RefCell::new(Vec::new()) };
    static NAMED: RefCell<Option<WeakHostRef<Named>>> = const { RefCell::new(None) };
    static TABLE: RefCell<HostTable<JsValue>> = const { RefCell::new(HostTable::new()) };
    static COLLECTED: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

fn held<R>(index: usize, f: impl FnOnce(&WeakHostRef<JsValue>) -> R) -> R {
    HELD.with_borrow(|held| f(&held[index]))
}

#[wasm_bindgen(js_name = weakRefsSupported)]
pub fn weak_refs_supported() -> bool {
    wasm_dispose::weak_refs_supported()
}

#[wasm_bindgen(js_name = finalizationSupported)]
pub fn finalization_supported() -> bool {
    wasm_dispose::finalization_supported()
}

/// Holds `target` weakly (by value: the strong `JsValue` is dropped on
/// return, so only the weak reference remains); returns its index.
#[wasm_bindgen(js_name = holdWeak)]
pub fn hold_weak(target: JsValue) -> usize {
    let weak = WeakHostRef::new(&target);
    HELD.with_borrow_mut(|held| {
        held.push(weak);
        held.len() - 1
    })
}

/// Stores a clone of the reference at `index`; returns the clone's index.
#[wasm_bindgen(js_name = cloneHeld)]
pub fn clone_held(index: usize) -> usize {
    let clone = held(index, WeakHostRef::clone);
    HELD.with_borrow_mut(|held| {
        held.push(clone);
        held.len() - 1
    })
}

#[wasm_bindgen(js_name = heldAlive)]
pub fn held_alive(index: usize) -> bool {
    held(index, WeakHostRef::is_alive)
}

#[wasm_bindgen(js_name = heldIsWeak)]
pub fn held_is_weak(index: usize) -> bool {
    held(index, WeakHostRef::is_weak)
}

/// The object, or `undefined` once collected.
#[wasm_bindgen(js_name = heldGet)]
pub fn held_get(index: usize) -> JsValue {
    held(index, WeakHostRef::get).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen(js_name = holdNamed)]
pub fn hold_named(target: Named) {
    NAMED.set(Some(WeakHostRef::new(&target)));
}

/// Calls a method of the imported type through the upgraded reference.
#[wasm_bindgen(js_name = namedName)]
pub fn named_name() -> Option<String> {
    NAMED.with_borrow(|named| named.as_ref()?.get().map(|n| n.name()))
}

/// Records `tag` once `target` was collected (best effort).
#[wasm_bindgen(js_name = notifyOnCollected)]
pub fn notify_on_collected(target: JsValue, tag: u32) -> bool {
    WeakHostRef::on_collected(&target, move || COLLECTED.with_borrow_mut(|c| c.push(tag)))
}

#[wasm_bindgen(js_name = collectedTags)]
pub fn collected_tags() -> Vec<u32> {
    COLLECTED.with_borrow(Clone::clone)
}

fn id(id: f64) -> Option<HostId> {
    HostId::from_f64(id)
}

#[wasm_bindgen(js_name = tableInsertStrong)]
pub fn table_insert_strong(target: JsValue) -> f64 {
    TABLE.with_borrow_mut(|t| t.insert_strong(target)).to_f64()
}

#[wasm_bindgen(js_name = tableInsertWeak)]
pub fn table_insert_weak(target: JsValue) -> f64 {
    TABLE.with_borrow_mut(|t| t.insert_weak(&target)).to_f64()
}

#[wasm_bindgen(js_name = tableGet)]
pub fn table_get(raw: f64) -> JsValue {
    id(raw).and_then(|id| TABLE.with_borrow(|t| t.get(id))).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen(js_name = tableHas)]
pub fn table_has(raw: f64) -> bool {
    id(raw).is_some_and(|id| TABLE.with_borrow(|t| t.contains(id)))
}

#[wasm_bindgen(js_name = tableIsWeak)]
pub fn table_is_weak(raw: f64) -> Option<bool> {
    TABLE.with_borrow(|t| t.is_weak(id(raw)?))
}

#[wasm_bindgen(js_name = tableRemove)]
pub fn table_remove(raw: f64) -> JsValue {
    id(raw).and_then(|id| TABLE.with_borrow_mut(|t| t.remove(id))).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen(js_name = tableLen)]
pub fn table_len() -> usize {
    TABLE.with_borrow(HostTable::len)
}

#[wasm_bindgen(js_name = tablePrune)]
pub fn table_prune() -> usize {
    TABLE.with_borrow_mut(HostTable::prune)
}

/// The slot index of an id, to check that a slot really was reused.
#[wasm_bindgen(js_name = idIndex)]
pub fn id_index(raw: f64) -> Option<u32> {
    id(raw).map(HostId::index)
}
