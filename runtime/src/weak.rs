//! Weak and id-based references from Rust to host (JavaScript) objects.
//!
//! A `JsValue` held in Rust keeps its object alive for as long as Rust holds
//! it. [`WeakHostRef`] holds it through a JavaScript `WeakRef` instead, so the
//! host can collect it, and [`HostTable`] hands out small integer ids for host
//! objects (held strongly or weakly) that can cross the boundary as numbers.
//!
//! # Runtimes without `WeakRef`
//!
//! Where the runtime has no `WeakRef` (runtimes older than ES2021), a
//! [`WeakHostRef`] holds its object **strongly**: [`WeakHostRef::get`] keeps
//! returning it, [`WeakHostRef::is_weak`] reports `false`, and
//! [`weak_refs_supported`] reports `false`. The same applies to primitives
//! (numbers, strings, `undefined`, ...), which `WeakRef` does not accept.
//! Code keeps working and never throws; it just does not release memory
//! early. Where `FinalizationRegistry` is missing,
//! [`WeakHostRef::on_collected`] returns `false` and never calls back.
//! Support is detected once, at first use.

use std::fmt;
use std::marker::PhantomData;
use std::panic::AssertUnwindSafe;
use std::rc::Rc;

use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = WeakRef)]
    type JsWeakRef;
    #[wasm_bindgen(constructor, js_class = "WeakRef")]
    fn new(target: &JsValue) -> JsWeakRef;
    #[wasm_bindgen(method)]
    fn deref(this: &JsWeakRef) -> JsValue;

    #[wasm_bindgen(js_name = FinalizationRegistry)]
    type JsRegistry;
    #[wasm_bindgen(constructor, js_class = "FinalizationRegistry")]
    fn new(cleanup: &JsValue) -> JsRegistry;
    #[wasm_bindgen(method)]
    fn register(this: &JsRegistry, target: &JsValue, held: &JsValue);
}

thread_local! {
    /// Looked up once, at first use, so a runtime without them (or a script
    /// that deletes them first) gets the documented fallback for the whole
    /// life of the package instead of a mix of weak and strong entries.
    static SUPPORT: (bool, bool) = {
        let global = crate::host::global();
        let has = |name: &str| crate::host::get(&global, &crate::host::key(name)).is_function();
        (has("WeakRef"), has("FinalizationRegistry"))
    };
    /// One registry for the package; the held value is the callback itself,
    /// so nothing here keeps the target alive.
    static REGISTRY: JsRegistry = {
        let call = Closure::<dyn Fn(js_sys::Function)>::new(|callback: js_sys::Function| {
            let _ = callback.call0(&JsValue::UNDEFINED);
        });
        JsRegistry::new(&call.into_js_value())
    };
}

/// WeakRef and FinalizationRegistry accept objects and functions only;
/// primitives are values, there is nothing to collect.
fn collectable(value: &JsValue) -> bool {
    value.is_object() || value.is_function()
}

fn weak_ref_new(target: &JsValue) -> JsValue {
    if weak_refs_supported() && collectable(target) {
        JsWeakRef::new(target).into()
    } else {
        JsValue::UNDEFINED
    }
}

fn weak_ref_deref(weak: &JsValue) -> JsValue {
    weak.unchecked_ref::<JsWeakRef>().deref()
}

fn weak_ref_alive(weak: &JsValue) -> bool {
    !weak_ref_deref(weak).is_undefined()
}

fn js_on_collected(target: &JsValue, callback: JsValue) -> bool {
    if !finalization_supported() || !collectable(target) {
        return false;
    }
    REGISTRY.with(|r| r.register(target, &callback));
    true
}

/// Whether the runtime has `WeakRef`, so that [`WeakHostRef`] and
/// [`HostTable::insert_weak`] really hold objects weakly.
pub fn weak_refs_supported() -> bool {
    SUPPORT.with(|s| s.0)
}

/// Whether the runtime has `FinalizationRegistry`, so that
/// [`WeakHostRef::on_collected`] can call back at all.
pub fn finalization_supported() -> bool {
    SUPPORT.with(|s| s.1)
}

enum Held {
    /// A JavaScript `WeakRef` to the object.
    Weak(JsValue),
    /// The object itself: the runtime has no `WeakRef`, or it is a primitive.
    Strong(JsValue),
}

/// A reference to a host object that does not keep it alive.
///
/// Cloning is cheap (a reference count; no call into JavaScript), and the
/// value can live in structs and `thread_local!`s. See the module docs for
/// runtimes without `WeakRef`.
///
/// ```
/// use std::cell::RefCell;
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::WeakHostRef;
///
/// thread_local! {
///     static TARGET: RefCell<Option<WeakHostRef<js_sys::Object>>> = const { RefCell::new(None) };
/// }
///
/// /// Remembers `target` without keeping it alive.
/// #[wasm_bindgen]
/// pub fn watch(target: &js_sys::Object) {
///     TARGET.with(|t| *t.borrow_mut() = Some(WeakHostRef::new(target)));
/// }
///
/// /// Later, in another call from JavaScript: whether it is still there.
/// #[wasm_bindgen]
/// pub fn still_there() -> bool {
///     TARGET.with(|t| t.borrow().as_ref().and_then(WeakHostRef::get).is_some())
/// }
/// # fn main() {}
/// ```
pub struct WeakHostRef<T> {
    held: Rc<Held>,
    // `fn() -> T`: the reference hands out `T`s, it does not own one.
    ty: PhantomData<fn() -> T>,
}

impl<T: JsCast> WeakHostRef<T> {
    /// Refers to `target` without keeping it alive (where the runtime allows;
    /// see [`is_weak`](Self::is_weak)).
    pub fn new(target: &T) -> Self {
        let target: &JsValue = target.as_ref();
        let weak = weak_ref_new(target);
        let held = if weak.is_undefined() { Held::Strong(target.clone()) } else { Held::Weak(weak) };
        WeakHostRef { held: Rc::new(held), ty: PhantomData }
    }

    /// The object, or `None` once the host collected it.
    ///
    /// As with `WeakRef.prototype.deref`, a successful `get` keeps the object
    /// alive at least until the current JavaScript job ends.
    pub fn get(&self) -> Option<T> {
        match &*self.held {
            Held::Weak(weak) => {
                let value = weak_ref_deref(weak);
                // `new` took a `&T`, so the target is a `T`.
                (!value.is_undefined()).then(|| value.unchecked_into())
            }
            Held::Strong(value) => Some(value.clone().unchecked_into()),
        }
    }

    /// Whether the object is still there; cheaper than [`get`](Self::get)
    /// because nothing is handed to Rust. Always `true` when not
    /// [weak](Self::is_weak).
    pub fn is_alive(&self) -> bool {
        match &*self.held {
            Held::Weak(weak) => weak_ref_alive(weak),
            Held::Strong(_) => true,
        }
    }

    /// `false` when the object is held strongly because the runtime has no
    /// `WeakRef` or the value is a primitive.
    pub fn is_weak(&self) -> bool {
        matches!(*self.held, Held::Weak(_))
    }

    /// Calls `callback` once after the host collected `target`.
    ///
    /// Best effort, like `FinalizationRegistry` itself: the callback runs
    /// some time after collection, in its own JavaScript job, and may never
    /// run (the object is never collected, the program ends first, or the
    /// engine skips it). Do not rely on it for correctness. Returns `false`,
    /// and drops `callback` uncalled, where the runtime has no
    /// `FinalizationRegistry` or `target` is a primitive.
    ///
    /// A callback that never runs stays allocated, so register per object
    /// that is expected to die, not in an unbounded loop over long-lived ones.
    pub fn on_collected(target: &T, callback: impl FnOnce() + 'static) -> bool {
        let target: &JsValue = target.as_ref();
        // Checked here, before the callback becomes a JavaScript function
        // that would never be called and so never freed.
        if !(target.is_object() || target.is_function()) || !finalization_supported() {
            return false;
        }
        // The callback runs on its own JavaScript job; a panic there has no
        // Rust caller to unwind into, so unwind safety is moot.
        let callback = AssertUnwindSafe(callback);
        js_on_collected(target, Closure::once_into_js(callback))
    }
}

impl<T> Clone for WeakHostRef<T> {
    fn clone(&self) -> Self {
        WeakHostRef { held: Rc::clone(&self.held), ty: PhantomData }
    }
}

impl<T> fmt::Debug for WeakHostRef<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let weak = matches!(*self.held, Held::Weak(_));
        f.debug_struct("WeakHostRef").field("weak", &weak).finish_non_exhaustive()
    }
}

/// Bits of a [`HostId`] that hold the slot index.
const INDEX_BITS: u32 = 32;
/// Generations are 21 bits so that an id (index + generation) fits in the 53
/// bits a JavaScript number holds exactly.
const GENERATION_MAX: u32 = (1 << 21) - 1;
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// The id of an entry in a [`HostTable`]: slot index plus generation.
///
/// The generation changes every time a slot is emptied, so an id that was
/// removed never finds the object that reuses its slot. Ids fit in 53 bits:
/// pass them to JavaScript as a number with [`to_f64`](Self::to_f64) and
/// back with [`from_f64`](Self::from_f64), or as `u64` with the `bits` pair.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostId(u64);

impl HostId {
    fn new(index: u32, generation: u32) -> HostId {
        debug_assert!((1..=GENERATION_MAX).contains(&generation));
        HostId(u64::from(generation) << INDEX_BITS | u64::from(index))
    }

    /// The slot this id names.
    pub fn index(self) -> u32 {
        self.0 as u32
    }

    /// The generation of the slot when this id was issued (never 0).
    pub fn generation(self) -> u32 {
        (self.0 >> INDEX_BITS) as u32
    }

    /// The id as one number (index and generation), for storing it in
    /// JavaScript or elsewhere; [`HostId::from_bits`] reads it back.
    pub fn to_bits(self) -> u64 {
        self.0
    }

    /// `None` for values no table ever issues; anything else is accepted
    /// (a table then answers `None` for ids it does not hold).
    pub fn from_bits(bits: u64) -> Option<HostId> {
        let generation = bits >> INDEX_BITS;
        (generation >= 1 && generation <= u64::from(GENERATION_MAX)).then_some(HostId(bits))
    }

    /// The id as a JavaScript number (exact: ids are below 2^53).
    pub fn to_f64(self) -> f64 {
        self.0 as f64
    }

    /// `None` for NaN, negative, fractional or too large numbers and for
    /// values no table ever issues.
    pub fn from_f64(value: f64) -> Option<HostId> {
        let in_range = value >= 0.0 && value <= MAX_SAFE_INTEGER as f64 && value.fract() == 0.0;
        if in_range {
            HostId::from_bits(value as u64)
        } else {
            None
        }
    }
}

impl fmt::Debug for HostId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HostId({}v{})", self.index(), self.generation())
    }
}

struct Slot<E> {
    /// The generation of the current entry, or of the next one when vacant.
    generation: u32,
    value: Option<E>,
}

/// The bookkeeping of [`HostTable`], free of JavaScript so that it is
/// unit-tested on the host.
struct Slots<E> {
    slots: Vec<Slot<E>>,
    /// Vacant slots, reused last-freed first.
    free: Vec<u32>,
    len: usize,
}

impl<E> Slots<E> {
    const fn new() -> Self {
        Slots { slots: Vec::new(), free: Vec::new(), len: 0 }
    }

    fn insert(&mut self, value: E) -> HostId {
        self.len += 1;
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            slot.value = Some(value);
            return HostId::new(index, slot.generation);
        }
        let index = u32::try_from(self.slots.len()).unwrap_or_else(|_| panic!("HostTable: more than 2^32 slots"));
        self.slots.push(Slot { generation: 1, value: Some(value) });
        HostId::new(index, 1)
    }

    fn get(&self, id: HostId) -> Option<&E> {
        let slot = self.slots.get(id.index() as usize)?;
        if slot.generation == id.generation() {
            slot.value.as_ref()
        } else {
            None
        }
    }

    fn remove(&mut self, id: HostId) -> Option<E> {
        let index = id.index();
        let slot = self.slots.get_mut(index as usize)?;
        if slot.generation != id.generation() {
            return None;
        }
        let value = slot.value.take()?;
        self.len -= 1;
        // A slot whose generation is exhausted is retired rather than wrapped,
        // so that no id is ever issued twice.
        if slot.generation < GENERATION_MAX {
            slot.generation += 1;
            self.free.push(index);
        }
        Some(value)
    }

    /// Removes every entry for which `keep` is false; returns how many.
    fn retain(&mut self, mut keep: impl FnMut(&E) -> bool) -> usize {
        let doomed: Vec<HostId> = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| slot.value.as_ref().is_some_and(|v| !keep(v)))
            .map(|(index, slot)| HostId::new(index as u32, slot.generation))
            .collect();
        for &id in &doomed {
            self.remove(id);
        }
        doomed.len()
    }
}

enum Entry<T> {
    Strong(JsValue, PhantomData<fn() -> T>),
    Weak(WeakHostRef<T>),
}

/// Host objects referred to by [`HostId`]s, held strongly or weakly.
///
/// `get` answers `None` for ids that were removed, ids from another slot
/// generation (the slot has been reused since), and weak entries whose object
/// was collected. A collected weak entry keeps its slot (and counts in
/// [`len`](Self::len)) until it is [`remove`](Self::remove)d or
/// [`prune`](Self::prune)d.
///
/// ```
/// use std::cell::RefCell;
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::{HostId, HostTable};
///
/// thread_local! {
///     static LISTENERS: RefCell<HostTable<js_sys::Function>> = const { RefCell::new(HostTable::new()) };
/// }
///
/// /// Keeps `listener` and gives JavaScript its id, a plain number.
/// #[wasm_bindgen(js_name = addListener)]
/// pub fn add_listener(listener: js_sys::Function) -> f64 {
///     LISTENERS.with(|t| t.borrow_mut().insert_strong(listener)).to_f64()
/// }
///
/// /// Calls the listener `id` names, if it was not removed.
/// #[wasm_bindgen]
/// pub fn notify(id: f64) -> Result<(), JsValue> {
///     let listener = HostId::from_f64(id).and_then(|id| LISTENERS.with(|t| t.borrow().get(id)));
///     match listener {
///         Some(listener) => listener.call0(&JsValue::NULL).map(drop),
///         None => Ok(()),
///     }
/// }
///
/// # fn main() {
/// // A table is plain Rust until it holds something.
/// assert!(LISTENERS.with(|t| t.borrow().is_empty()));
/// assert_eq!(HostId::from_f64(-1.0), None);
/// # }
/// ```
pub struct HostTable<T> {
    slots: Slots<Entry<T>>,
}

impl<T: JsCast> HostTable<T> {
    /// An empty table (`const`, for a `thread_local!`).
    pub const fn new() -> Self {
        HostTable { slots: Slots::new() }
    }

    /// Keeps `target` alive until the id is removed.
    pub fn insert_strong(&mut self, target: T) -> HostId {
        self.slots.insert(Entry::Strong(target.into(), PhantomData))
    }

    /// Holds `target` through a [`WeakHostRef`] (strongly where the runtime
    /// has no `WeakRef`, see [`WeakHostRef::is_weak`]).
    pub fn insert_weak(&mut self, target: &T) -> HostId {
        self.slots.insert(Entry::Weak(WeakHostRef::new(target)))
    }

    /// The object behind `id`: `None` if the id was removed, or if the
    /// object was weak and has been collected.
    pub fn get(&self, id: HostId) -> Option<T> {
        match self.slots.get(id)? {
            Entry::Strong(value, _) => Some(value.clone().unchecked_into()),
            Entry::Weak(weak) => weak.get(),
        }
    }

    /// Whether [`get`](Self::get) would return `Some`.
    pub fn contains(&self, id: HostId) -> bool {
        match self.slots.get(id) {
            Some(Entry::Strong(..)) => true,
            Some(Entry::Weak(weak)) => weak.is_alive(),
            None => false,
        }
    }

    /// `Some(true)` for an entry held weakly, `Some(false)` for one held
    /// strongly, `None` for an id the table does not hold.
    pub fn is_weak(&self, id: HostId) -> Option<bool> {
        self.slots.get(id).map(|entry| matches!(entry, Entry::Weak(weak) if weak.is_weak()))
    }

    /// Frees the slot; returns the object if it is still there.
    pub fn remove(&mut self, id: HostId) -> Option<T> {
        match self.slots.remove(id)? {
            Entry::Strong(value, _) => Some(value.unchecked_into()),
            Entry::Weak(weak) => weak.get(),
        }
    }

    /// Frees the slots of weak entries whose object was collected; returns
    /// how many.
    pub fn prune(&mut self) -> usize {
        self.slots.retain(|entry| match entry {
            Entry::Strong(..) => true,
            Entry::Weak(weak) => weak.is_alive(),
        })
    }

    /// Occupied slots, including collected weak entries not yet pruned.
    pub fn len(&self) -> usize {
        self.slots.len
    }

    /// Whether no slot is occupied.
    pub fn is_empty(&self) -> bool {
        self.slots.len == 0
    }
}

impl<T: JsCast> Default for HostTable<T> {
    fn default() -> Self {
        HostTable::new()
    }
}

impl<T> fmt::Debug for HostTable<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostTable").field("len", &self.slots.len).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_remove() {
        let mut t = Slots::new();
        let a = t.insert("a");
        let b = t.insert("b");
        assert_ne!(a, b);
        assert_eq!(t.len, 2);
        assert_eq!(t.get(a), Some(&"a"));
        assert_eq!(t.get(b), Some(&"b"));
        assert_eq!(t.remove(a), Some("a"));
        assert_eq!(t.len, 1);
        assert_eq!(t.get(a), None);
        assert_eq!(t.remove(a), None, "a second remove is a no-op");
        assert_eq!(t.len, 1);
        assert_eq!(t.get(b), Some(&"b"));
    }

    #[test]
    fn stale_id_never_finds_the_slot_reuser() {
        let mut t = Slots::new();
        let old = t.insert("old");
        t.remove(old);
        let new = t.insert("new");
        assert_eq!(new.index(), old.index(), "the slot is reused");
        assert_eq!(new.generation(), old.generation() + 1);
        assert_eq!(t.get(old), None);
        assert_eq!(t.remove(old), None);
        assert_eq!(t.get(new), Some(&"new"), "a stale remove leaves the new entry alone");
        assert_eq!(t.len, 1);
    }

    #[test]
    fn ids_the_table_never_issued_find_nothing() {
        let mut t = Slots::new();
        let a = t.insert(1);
        assert_eq!(t.get(HostId::new(a.index() + 1, 1)), None, "index past the end");
        assert_eq!(t.get(HostId::new(a.index(), 2)), None, "a future generation");
        assert_eq!(t.remove(HostId::new(a.index(), 2)), None);
        assert_eq!(t.get(a), Some(&1));
    }

    #[test]
    fn exhausted_slots_are_retired_not_wrapped() {
        let mut t = Slots::new();
        let first = t.insert("first");
        t.slots[first.index() as usize].generation = GENERATION_MAX;
        let last = HostId::new(first.index(), GENERATION_MAX);
        assert_eq!(t.remove(last), Some("first"));
        let next = t.insert("next");
        assert_ne!(next.index(), first.index(), "a retired slot is not reused");
        assert_eq!(next.generation(), 1);
        assert_eq!(t.get(last), None);
        assert_eq!(t.get(HostId::new(first.index(), 1)), None, "no wrap to generation 1");
    }

    #[test]
    fn retain_frees_rejected_entries() {
        let mut t = Slots::new();
        let ids: Vec<HostId> = (0..6).map(|n| t.insert(n)).collect();
        assert_eq!(t.retain(|n| n % 2 == 0), 3);
        assert_eq!(t.len, 3);
        for (n, &id) in ids.iter().enumerate() {
            assert_eq!(t.get(id).is_some(), n % 2 == 0, "entry {n}");
        }
        let reused = t.insert(10);
        assert!(ids.iter().any(|id| id.index() == reused.index()));
        assert!(!ids.contains(&reused));
    }

    #[test]
    fn ids_round_trip_through_javascript_numbers() {
        let id = HostId::new(u32::MAX, GENERATION_MAX);
        assert_eq!(id.to_bits(), MAX_SAFE_INTEGER, "the largest id is the largest safe integer");
        assert_eq!(HostId::from_f64(id.to_f64()), Some(id));
        assert_eq!(HostId::from_bits(id.to_bits()), Some(id));
        let small = HostId::new(3, 7);
        assert_eq!(HostId::from_f64(small.to_f64()), Some(small));
        assert_eq!((small.index(), small.generation()), (3, 7));
        for bad in [f64::NAN, -1.0, 0.5, f64::INFINITY, 9_007_199_254_740_992.0, 0.0, 5.0] {
            assert_eq!(HostId::from_f64(bad), None, "{bad}");
        }
        assert_eq!(HostId::from_bits(u64::from(GENERATION_MAX + 1) << INDEX_BITS), None);
    }
}
