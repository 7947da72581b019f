//! Per-class bookkeeping: the `Disposable` trait the attribute implements,
//! the counters behind `disposableStats()`, and the one-time patch of the
//! class prototype.

use core::cell::{Cell, RefCell};
use std::thread::LocalKey;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

use crate::host;

use crate::slot::Slot;

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
}

/// Why a value left its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// `free()` or `[Symbol.dispose]()`.
    Dispose,
    /// `[Symbol.asyncDispose]()`.
    AsyncDispose,
    /// Passed by value into Rust.
    Move,
    /// The JavaScript object was garbage-collected without being disposed.
    Finalize,
    /// The JavaScript object was garbage-collected while its value was still
    /// borrowed by a call that trapped (a panic): the value is abandoned,
    /// never dropped, and counted as leaked.
    Trap,
}

impl Reason {
    /// The string JavaScript listeners see.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Dispose => "dispose",
            Reason::AsyncDispose => "asyncDispose",
            Reason::Move => "move",
            Reason::Finalize => "finalize",
            Reason::Trap => "trap",
        }
    }
}

/// One class's counters. `live = created - disposed - moved - leaked`.
///
/// All zero when the crate is built without the `stats` feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassStats {
    /// Instances that reached JavaScript.
    pub created: u64,
    /// Released by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`.
    pub disposed: u64,
    /// Passed by value into Rust.
    pub moved: u64,
    /// Garbage-collected without having been disposed (finalized).
    pub leaked: u64,
}

impl ClassStats {
    /// Instances that are still alive and not disposed.
    pub fn live(&self) -> u64 {
        self.created - self.disposed - self.moved - self.leaked
    }
}

/// Per-class state, one per thread (a wasm module is one thread).
#[doc(hidden)]
pub struct Class {
    pub(crate) name: &'static str,
    pub(crate) stats: Cell<ClassStats>,
    /// The prototype has been patched and the class is in the registry.
    ready: Cell<bool>,
    /// From JavaScript's pointer (wasm-bindgen's cell around the handle) to
    /// the slot inside it; see [`slot_at`].
    offset: Cell<usize>,
    /// The class prototype, to recognise instances in a `JsValue`.
    prototype: RefCell<Option<JsValue>>,
}

impl Class {
    pub const fn new(name: &'static str) -> Self {
        Class {
            name,
            stats: Cell::new(ClassStats { created: 0, disposed: 0, moved: 0, leaked: 0 }),
            ready: Cell::new(false),
            offset: Cell::new(0),
            prototype: RefCell::new(None),
        }
    }
}

thread_local! {
    static REGISTRY: RefCell<Vec<&'static LocalKey<Class>>> = const { RefCell::new(Vec::new()) };
}

/// A value left its slot (`site`: its allocation-site key, `0` for none).
#[inline]
pub(crate) fn record<T: Disposable>(reason: Reason, site: u32) {
    #[cfg(feature = "stats")]
    {
        T::__class().with(|class| {
            let mut s = class.stats.get();
            match reason {
                Reason::Dispose | Reason::AsyncDispose => s.disposed += 1,
                Reason::Move => s.moved += 1,
                Reason::Finalize | Reason::Trap => s.leaked += 1,
            }
            class.stats.set(s);
        });
        crate::report::left(T::CLASS, reason, site);
    }
    #[cfg(not(feature = "stats"))]
    let _ = (reason, site);
}

/// Puts a new value in a new handle, ready to cross into JavaScript.
pub fn wrap<T: Disposable>(value: T) -> T::Handle {
    T::__class().with(|class| {
        if !class.ready.get() {
            prepare::<T>(class);
        }
        #[cfg(feature = "stats")]
        {
            let mut s = class.stats.get();
            s.created += 1;
            class.stats.set(s);
        }
    });
    let slot = Slot::new(value);
    #[cfg(feature = "leak-sites")]
    slot.set_site(T::__class().with(|c| crate::report::capture(T::CLASS, c.prototype.borrow().as_ref())));
    T::__handle(slot)
}

/// Once per class, before its first instance reaches JavaScript: register it
/// for `disposableStats()` and prepare its prototype.
#[cold]
fn prepare<T: Disposable>(class: &Class) {
    // An empty handle is the throwaway instance that leads to the prototype.
    let probe: JsValue = T::__handle(Slot::empty()).into();
    let proto = host::get_prototype_of(&probe);
    check_glue(&probe, &proto);
    class.ready.set(true);
    class.offset.set(slot_offset::<T>());
    REGISTRY.with(|r| r.borrow_mut().push(T::__class()));
    #[cfg(not(wd_symbol_names))]
    crate::error::prepare();
    install(&proto, T::IS_ASYNC);
    if T::INSPECTABLE {
        plain_to_json(&proto, T::FIELDS);
    }
    *class.prototype.borrow_mut() = Some(proto);
}

/// Where the slot sits inside wasm-bindgen's cell around a handle: the same
/// for every handle of the class, so an empty one tells.
fn slot_offset<T: Disposable>() -> usize {
    let cell = wasm_bindgen::__rt::WasmRefCell::new(T::__handle(Slot::empty()));
    let handle = cell.borrow();
    T::__slot(&handle) as *const Slot<T> as usize - &cell as *const _ as usize
}

/// The slot of the object whose pointer JavaScript passed, reached without
/// wasm-bindgen's reference count and borrow flag: JavaScript holds the
/// object for the whole call, so the handle outlives it, and the slot's own
/// state word does the borrow checking. `None` for a null pointer.
///
/// # Safety
/// `ptr` must be JavaScript's pointer to a handle of `T` (what the glue passes
/// for `this` and for an argument of the class).
#[inline]
pub unsafe fn slot_at<T: Disposable>(ptr: u32) -> Option<&'static Slot<T>> {
    if ptr == 0 {
        return None;
    }
    let offset = T::__class().with(|c| c.offset.get());
    Some(&*((ptr as usize + offset) as *const Slot<T>))
}

/// The slot of `value` if it is an object of class `T` (made here: no object
/// exists before the class is prepared).
pub(crate) fn slot_of_value<T: Disposable>(value: &JsValue) -> Option<&'static Slot<T>> {
    let proto = T::__class().with(|c| c.prototype.borrow().clone())?;
    if !host::is_prototype_of(&proto, value) {
        return None;
    }
    let ptr = host::get(value, &host::key("__wbg_ptr")).as_f64()?;
    // SAFETY: an instance of the class carries the glue's pointer to its handle.
    unsafe { slot_at::<T>(ptr as i64 as u32) }
}

/// The prototype's dispose symbols, and moves that leave JavaScript its
/// handle.
///
/// `free()` is the handle's own Rust method (it replaces wasm-bindgen's, which
/// zeroes the JavaScript pointer); `[Symbol.dispose]` must point at it also
/// where the runtime got `Symbol.dispose` only now, from `host::well_known`.
///
/// wasm-bindgen's glue calls `__destroy_into_raw()` for every object passed
/// by value; that zeroes the pointer, after which the object can only say
/// "null pointer passed to rust". Here it returns the pointer and leaves the
/// object as it is: the Rust side of a by-value argument then borrows the
/// handle, takes the value out of the slot (the object is `moved`), and
/// JavaScript keeps its handle, released by the finalizer like any other.
/// A `Proxy` is how a function built without JavaScript source learns its
/// `this`.
fn install(proto: &JsValue, is_async: bool) {
    let free = host::get(proto, &host::key("free"));
    host::define(proto, &host::well_known("dispose"), &free);
    // Both symbols exist from now on, also for code that disposes other
    // resources with `await using` compiled by tsc.
    let async_symbol = host::well_known("asyncDispose");
    if is_async {
        host::define(proto, &async_symbol, &host::get(proto, &host::key("__wd_asyncDispose")));
    }
    let destroy = host::get(proto, &host::key("__destroy_into_raw"));
    let trap = DESTROY_TRAP.with(|t| t.clone());
    host::define(proto, &host::key("__destroy_into_raw"), &host::Proxy::new(&destroy, &trap).into());
}

/// What `install` and `slot_of_value` rely on in wasm-bindgen's generated
/// class: the same from 0.2.100 to 0.2.130. A glue of another shape stops
/// here, with an error that says so, rather than misbehaving later.
#[cold]
fn check_glue(probe: &JsValue, proto: &JsValue) {
    let has = |target: &JsValue, name: &str, function: bool| {
        let value = host::get(target, &host::key(name));
        if function { value.is_function() } else { value.as_f64().is_some() }
    };
    if !(has(probe, "__wbg_ptr", false) && has(proto, "__destroy_into_raw", true) && has(proto, "free", true)) {
        wasm_bindgen::throw_str(concat!(
            "wasm-dispose: the JavaScript glue of wasm-bindgen ",
            env!("WASM_DISPOSE_WASM_BINDGEN"),
            " has no `__wbg_ptr` / `__destroy_into_raw()` / `free()` where wasm-dispose ",
            env!("CARGO_PKG_VERSION"),
            " expects them (tested with wasm-bindgen 0.2.100 and 0.2.130); \
             check that the wasm-bindgen CLI matches the crate, or pin a tested version"
        ));
    }
}

thread_local! {
    /// `{ apply(target, self) { return self.__wbg_ptr } }`, shared by every class.
    static DESTROY_TRAP: JsValue = {
        let apply = Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|_target: JsValue, this: JsValue| {
            host::get(&this, &host::key("__wbg_ptr"))
        });
        let handler = host::object_create(&JsValue::NULL);
        host::define(&handler, &host::key("apply"), &apply.into_js_value());
        handler
    };
}

/// Makes an inspectable class's `toJSON()` (and so `toString()` and Node's
/// `inspect`) show what plain wasm-bindgen's shows: wasm-bindgen lists the
/// handle's getters (ours, `disposed` among them, in name order), plain
/// lists the struct's fields in declaration order, then its getter methods.
fn plain_to_json(proto: &JsValue, fields: &'static [&'static str]) {
    let to_json = host::get(proto, &host::key("toJSON"));
    if !to_json.is_function() {
        return;
    }
    let apply = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> JsValue>::new(move |to_json, this, args| {
        let json = host::apply(&to_json, &this, &args).unwrap_or_else(|e| wasm_bindgen::throw_val(e));
        plain_order(json, fields)
    });
    let handler = host::object_create(&JsValue::NULL);
    host::define(&handler, &host::key("apply"), &apply.into_js_value());
    host::define(proto, &host::key("toJSON"), &host::Proxy::new(&to_json, &handler).into());
}

/// `json` with the struct's `fields` first, then the other keys as they
/// came, without `disposed`. Your own `toJSON` may return anything: only a
/// plain object is rebuilt.
fn plain_order(json: JsValue, fields: &[&str]) -> JsValue {
    let plain_object = host::get(&host::get(&host::global(), &host::key("Object")), &host::key("prototype"));
    if !json.is_object() || host::get_prototype_of(&json) != plain_object {
        return json;
    }
    let keys: Vec<String> = host::keys(&json).iter().filter_map(|k| k.as_string()).collect();
    let ordered = js_sys::Object::new();
    let fields_first = fields.iter().copied().filter(|f| keys.iter().any(|k| k == f));
    let rest = keys.iter().map(String::as_str).filter(|k| *k != "disposed" && !fields.contains(k));
    for key in fields_first.chain(rest) {
        let key = host::key(key);
        let _ = js_sys::Reflect::set(&ordered, &key, &host::get(&json, &key));
    }
    ordered.into()
}

/// Every class that has had an instance, with its counters.
pub fn all_stats() -> Vec<(&'static str, ClassStats)> {
    REGISTRY.with(|r| {
        r.borrow()
            .iter()
            .map(|key| key.with(|c| (c.name, c.stats.get())))
            .collect()
    })
}

/// The counters of one class.
pub fn stats<T: Disposable>() -> ClassStats {
    T::__class().with(|c| c.stats.get())
}
