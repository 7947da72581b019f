//! Per-class bookkeeping: the `Disposable` trait the attribute implements,
//! the state each class keeps (its counters, where its slot sits in a handle,
//! its prototype), and the way from JavaScript's pointer to a slot.

use core::cell::{Cell, RefCell};
use std::thread::LocalKey;

use wasm_bindgen::JsValue;

use crate::cells::Cells as _;
#[cfg(not(feature = "snippet"))]
use crate::host;
use crate::slot::{Owner, Slot};
use crate::state::{ClassStats, Reason};

/// A Rust type exported to JavaScript as a disposable class.
///
/// Implemented by `#[disposable]`; not meant to be implemented by hand.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `#[disposable]` struct",
    label = "`#[disposable]` methods and conversions need `#[disposable]` on `struct {Self}`",
    note = "put `#[disposable]` on the struct (instead of `#[wasm_bindgen]`)"
)]
pub trait Disposable: Sized + 'static {
    /// The JavaScript class name.
    const CLASS: &'static str;

    /// The wasm-bindgen class that owns the slot.
    #[doc(hidden)]
    type Handle: 'static + Into<JsValue>;

    /// Where the slot sits in the handle (beside a `parent` field, with
    /// `extends`).
    #[doc(hidden)]
    const __SLOT_IN_HANDLE: usize;

    #[doc(hidden)]
    fn __slot(handle: &Self::Handle) -> &Slot<Self>;

    #[doc(hidden)]
    fn __handle(slot: Slot<Self>) -> Self::Handle;

    #[doc(hidden)]
    fn __class() -> &'static LocalKey<Class>;

    /// Declared `#[disposable(async)]`: the prototype gets `[Symbol.asyncDispose]`.
    #[doc(hidden)]
    const IS_ASYNC: bool = false;

    /// Declared `inspectable`: wasm-bindgen's `toJSON()` lists every getter,
    /// `disposed` too, which the runtime takes out again.
    #[doc(hidden)]
    const INSPECTABLE: bool = false;

    /// The JavaScript names of the struct's readable fields, in declaration
    /// order: where plain wasm-bindgen's `toJSON()` lists them, before the
    /// getter methods.
    #[doc(hidden)]
    const FIELDS: &'static [&'static str] = &[];

    /// For a class that `extends` another: the parent part in `value`
    /// becomes JavaScript's (`true`: the value is in an object's slot) or
    /// Rust's (`false`), with its own parent parts (see `parent.rs`).
    #[doc(hidden)]
    #[inline(always)]
    fn __attach(value: &Self, attached: bool) {
        let _ = (value, attached);
    }

    /// For a class that `extends` another: prepares the parent's class (see
    /// `prototype.rs`), whose methods a child's object reaches too.
    #[doc(hidden)]
    #[inline(always)]
    fn __prepare_parent() {}

    /// [`Disposable::__attach`] through a part's handle, whose `parent` field
    /// holds the next part of the chain.
    #[doc(hidden)]
    #[inline(always)]
    fn __attach_handle(handle: &Self::Handle, attached: bool) {
        let _ = (handle, attached);
    }
}

impl<T: Disposable> Owner for T {
    const CLASS: &'static str = <T as Disposable>::CLASS;
    const ASYNC: bool = <T as Disposable>::IS_ASYNC;

    #[inline]
    fn record(reason: Reason, site: u32) {
        record::<T>(reason, site)
    }

    #[inline(always)]
    fn left(value: &Self) {
        T::__attach(value, false)
    }
}

/// Per-class state, one per thread (a wasm module is one thread).
#[doc(hidden)]
pub struct Class {
    pub(crate) name: &'static str,
    pub(crate) stats: Cell<ClassStats>,
    /// The prototype has been prepared and the class is in the registry.
    pub(crate) ready: Cell<bool>,
    /// The class prototype, to recognise instances in a `JsValue` (the
    /// snippet's `pointerOf` does that) and for allocation sites.
    #[cfg(any(not(feature = "snippet"), feature = "leak-sites"))]
    pub(crate) prototype: RefCell<Option<JsValue>>,
    /// The class's index in the snippet's table, when the snippet took it
    /// over (see `prototype.rs`).
    #[cfg(feature = "snippet")]
    pub(crate) snippet: Cell<Option<u32>>,
    /// `__wbg_ptr_<Class>` for a class in an `extends` chain, whose objects
    /// carry one pointer per class (the snippet keeps its own).
    #[cfg(not(feature = "snippet"))]
    pub(crate) own_key: RefCell<Option<JsValue>>,
}

impl Class {
    pub const fn new(name: &'static str) -> Self {
        Class {
            name,
            stats: Cell::new(ClassStats { created: 0, disposed: 0, moved: 0, leaked: 0 }),
            ready: Cell::new(false),
            #[cfg(any(not(feature = "snippet"), feature = "leak-sites"))]
            prototype: RefCell::new(None),
            #[cfg(feature = "snippet")]
            snippet: Cell::new(None),
            #[cfg(not(feature = "snippet"))]
            own_key: RefCell::new(None),
        }
    }
}

thread_local! {
    pub(crate) static REGISTRY: RefCell<Vec<&'static LocalKey<Class>>> = const { RefCell::new(Vec::new()) };
}

/// A value left its slot (`site`: its allocation-site key, `0` for none).
#[inline]
#[cfg_attr(not(feature = "stats"), allow(clippy::extra_unused_type_parameters))]
pub(crate) fn record<T: Disposable>(reason: Reason, site: u32) {
    #[cfg(feature = "stats")]
    T::__class().with(|class| record_in(class, reason, site));
    #[cfg(not(feature = "stats"))]
    let _ = (reason, site);
}

/// [`record`]'s work, once for every class rather than once per class
/// (given the class's state, not its key: a key's `with` is a call through
/// a function pointer).
#[cfg(feature = "stats")]
#[inline(never)]
fn record_in(class: &Class, reason: Reason, site: u32) {
    let mut s = class.stats.get();
    s.count(reason);
    class.stats.set(s);
    let name = class.name;
    crate::records::left(name, reason, site);
}

/// The slot of the object whose pointer JavaScript passed, reached without
/// wasm-bindgen's reference count and borrow flag: JavaScript holds the
/// object for the whole call, so the handle outlives it, and the slot's own
/// state word does the borrow checking. `None` for a null pointer.
///
/// # Safety
/// `ptr` must be JavaScript's pointer to a handle of `T` (what the glue passes
/// for `this` and for an argument of the class), or 0.
#[inline]
pub unsafe fn slot_at<T: Disposable>(ptr: u32) -> Option<&'static Slot<T>> {
    if ptr == 0 {
        return None;
    }
    let offset = slot_offset::<T>();
    // SAFETY: a handle's cell stays allocated while JavaScript holds its
    // pointer (the caller's contract), and the slot sits `offset` bytes into
    // every cell of the class (checked against the cell itself at the
    // class's first object, before any pointer of it exists: see
    // `prototype::check_slot_offset`).
    Some(unsafe { &*((ptr as usize + offset) as *const Slot<T>) })
}

/// wasm-bindgen's cell around a handle, as laid out: a borrow flag, then the
/// value (`WasmRefCell` holds these two before 0.2.130, and a `RefCell`,
/// which holds them, since). The value may be unsized there, which keeps it
/// last whatever its alignment; so it may be here.
struct CellShape<H: ?Sized> {
    _borrow: Cell<isize>,
    value: core::cell::UnsafeCell<H>,
}

/// Where the slot sits inside wasm-bindgen's cell around a handle of `T`:
/// where rustc lays out the value of a struct of the cell's shape, plus the
/// slot's place in the handle. A constant, so that a call finds its slot without a
/// load (which every call waited for, about 0.6 ns on V8).
#[inline(always)]
pub(crate) const fn slot_offset<T: Disposable>() -> usize {
    core::mem::offset_of!(CellShape<T::Handle>, value) + T::__SLOT_IN_HANDLE
}

/// The slot of `value` if it is an object of class `T` (made here: no object
/// exists before the class is prepared), with the object's pointer.
pub(crate) fn slot_of_value<T: Disposable>(value: &JsValue) -> Option<(&'static Slot<T>, u32)> {
    #[cfg(feature = "snippet")]
    let ptr = {
        // One call into JavaScript: the class check and the pointer.
        let class = T::__class().with(|c| c.snippet.get())?;
        crate::snippet::pointer_of(value, class) as u32
    };
    #[cfg(not(feature = "snippet"))]
    let ptr = {
        let (proto, own) = T::__class().with(|c| (c.prototype.read().clone(), c.own_key.read().clone()));
        let proto = proto?;
        if !host::is_prototype_of(&proto, value) {
            return None;
        }
        let ptr = host::get(value, &host::key("__wbg_ptr"));
        // An object of a Rust subclass is not one of this class to take.
        if own.is_some_and(|own| host::get(value, &own) != ptr) {
            return None;
        }
        ptr.as_f64()? as i64 as u32
    };
    // SAFETY: an instance of the class carries the glue's pointer to its
    // handle (or to its class's sentinel handle once disposed or moved).
    unsafe { slot_at::<T>(ptr) }.map(|slot| (slot, ptr))
}

/// Every class that has had an instance, with its counters.
pub fn all_stats() -> Vec<(&'static str, ClassStats)> {
    REGISTRY.with(|r| r.read().iter().map(|key| key.with(|c| (c.name, c.stats.get()))).collect())
}

/// The counters of one class.
pub fn stats<T: Disposable>() -> ClassStats {
    T::__class().with(|c| c.stats.get())
}
