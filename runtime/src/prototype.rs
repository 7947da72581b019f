//! A class's first object: its prototype is prepared once (disposal, moves,
//! the dispose symbols), then every new value is wrapped in a handle.
//!
//! With the `snippet` feature the snippet's functions take over `free()`,
//! `[Symbol.dispose]()`, `[Symbol.asyncDispose]()` and the glue's
//! `__destroy_into_raw()` (see `js/snippet.mjs`): disposal and moves give back
//! the value, the handle's cell and the `FinalizationRegistry` entry at once.
//! Without it, Rust's own `free()` disposes the value and leaves the cell to
//! the finalizer, and `__destroy_into_raw()` is wrapped so that a by-value
//! argument leaves JavaScript its (now `moved`) handle.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

use crate::cells::Cells as _;
use crate::class::{slot_offset, Class, Disposable, REGISTRY};
use crate::host;
use crate::slot::Slot;
#[cfg(feature = "snippet")]
use crate::state::State;

/// Puts a new value in a new handle, ready to cross into JavaScript.
pub fn wrap<T: Disposable>(value: T) -> T::Handle {
    crate::moves::settle();
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
    T::__attach(&value, true);
    let slot = Slot::new(value);
    #[cfg(feature = "leak-sites")]
    slot.set_site(
        T::__class().with(|c| crate::records::capture(<T as Disposable>::CLASS, c.prototype.read().as_ref())),
    );
    T::__handle(slot)
}

/// Once per class, before its first instance reaches JavaScript: register it
/// for `disposableStats()` and prepare its prototype. Only what needs `T` is
/// done here; the rest, in [`prepare_common`], is not repeated for every class.
#[cold]
fn prepare<T: Disposable>(class: &Class) {
    // A child's objects reach the parent's methods: its class first.
    T::__prepare_parent();
    #[cfg(feature = "snippet")]
    crate::snippet::watch_probe(true);
    // An empty handle is the throwaway instance that leads to the prototype.
    let probe: JsValue = T::__handle(Slot::empty()).into();
    #[cfg(feature = "snippet")]
    crate::snippet::watch_probe(false);
    let new = NewClass {
        key: T::__class(),
        offset_ok: check_slot_offset::<T>(),
        #[cfg(not(feature = "snippet"))]
        is_async: T::IS_ASYNC,
        #[cfg(feature = "snippet")]
        snippet: Sentinels {
            disposed: sentinel::<T>(State::Disposed),
            moved: sentinel::<T>(State::Moved),
            class: crate::dispose::class_of::<T>(),
        },
    };
    // Before a panic may trap, where the hook can still be installed; only
    // crates with an async class link it.
    if T::IS_ASYNC {
        crate::cleanup::hook_panics();
    }
    prepare_common(class, &probe, new);
    // Here, where `T` is known, so that only a crate with an async class
    // links the import, and so imports the snippet's async module.
    #[cfg(feature = "snippet")]
    if T::IS_ASYNC {
        if let Some(index) = class.snippet.get() {
            crate::snippet::install_async(index);
        }
    }
    if T::INSPECTABLE {
        plain_to_json(&host::get_prototype_of(&probe), T::FIELDS);
    }
}

/// Prepares the class of `T` if no object of it was made yet: a parent
/// class, whose methods a child's object uses.
#[doc(hidden)]
pub fn prepare_class<T: Disposable>() {
    T::__class().with(|class| {
        if !class.ready.get() {
            prepare::<T>(class);
        }
    });
}

/// What [`prepare_common`] needs to know of a class.
struct NewClass {
    key: &'static std::thread::LocalKey<Class>,
    /// `slot_at`'s constant offset is where the cell has the slot.
    offset_ok: bool,
    /// Without the snippet, `install` gives an async class its
    /// `[Symbol.asyncDispose]` (with it, `prepare` does).
    #[cfg(not(feature = "snippet"))]
    is_async: bool,
    #[cfg(feature = "snippet")]
    snippet: Sentinels,
}

/// The class's two sentinel handles (leaked: they live as long as the
/// instance), and what `release` needs of it (how to free one of its cells
/// too).
#[cfg(feature = "snippet")]
struct Sentinels {
    disposed: u32,
    moved: u32,
    class: &'static crate::dispose::Class,
}

#[cfg(feature = "snippet")]
fn sentinel<T: Disposable>(state: State) -> u32 {
    let cell = std::rc::Rc::new(wasm_bindgen::__rt::WasmRefCell::new(T::__handle(Slot::dead(state))));
    std::rc::Rc::into_raw(cell) as usize as u32
}

#[cold]
#[inline(never)]
fn prepare_common(class: &Class, probe: &JsValue, new: NewClass) {
    if !new.offset_ok {
        wasm_bindgen::throw_str(concat!(
            "wasm-dispose: wasm-bindgen ",
            env!("WASM_DISPOSE_WASM_BINDGEN"),
            " lays out its cell around a class differently from what wasm-dispose ",
            env!("CARGO_PKG_VERSION"),
            " expects (tested with wasm-bindgen 0.2.100 to 0.2.130); pin a tested version"
        ));
    }
    // The snippet checks the glue as it takes the class over.
    #[cfg(feature = "snippet")]
    take_over(class, probe, new.snippet);
    #[cfg(not(feature = "snippet"))]
    let proto = host::get_prototype_of(probe);
    #[cfg(not(feature = "snippet"))]
    check_glue(probe, &proto);
    class.ready.set(true);
    REGISTRY.with(|r| r.lock().push(new.key));
    #[cfg(not(wd_symbol_names))]
    crate::error::prepare();
    #[cfg(not(feature = "snippet"))]
    {
        let own = own_key(probe);
        install(&proto, new.is_async, own.as_ref());
        *class.own_key.lock() = own;
    }
    // Without the snippet, to recognise the class's objects in a
    // `JsValue`; with it, the snippet does (`pointerOf`), and only
    // allocation sites want it.
    #[cfg(any(not(feature = "snippet"), feature = "leak-sites"))]
    {
        #[cfg(feature = "snippet")]
        let proto = host::get_prototype_of(probe);
        *class.prototype.lock() = Some(proto);
    }
}

/// Hands the class to the snippet.
#[cfg(feature = "snippet")]
fn take_over(class: &Class, probe: &JsValue, s: Sentinels) {
    let later = cfg!(not(wd_eager_async_args));
    let taken = crate::snippet::install(probe, s.disposed, s.moved, s.class.address(), &wasm_bindgen::exports(), later);
    if taken < 0.0 {
        glue_error();
    }
    const WORD: f64 = 4_294_967_296.0;
    class.snippet.set(Some((taken / WORD) as u32));
    // The snippet retired the probe the glue's way (pointer zeroed,
    // unregistered): its cell is Rust's to free.
    let retired = (taken % WORD) as u32;
    if retired != 0 {
        // SAFETY: the probe's pointer, which JavaScript gave up.
        unsafe { s.class.free_cell(retired) };
    }
}

/// Whether the slot sits where [`slot_offset`] says inside wasm-bindgen's
/// cell around a handle: the same for every handle of the class, so an
/// empty one tells.
fn check_slot_offset<T: Disposable>() -> bool {
    let cell = wasm_bindgen::__rt::WasmRefCell::new(T::__handle(Slot::empty()));
    let handle = cell.borrow();
    T::__slot(&handle) as *const Slot<T> as usize - &cell as *const _ as usize == slot_offset::<T>()
}

/// The prototype's dispose symbols, and moves that leave JavaScript its
/// handle, without the snippet.
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
#[cfg(not(feature = "snippet"))]
fn install(proto: &JsValue, is_async: bool, own: Option<&JsValue>) {
    let mut free = host::get(proto, &host::key("free"));
    if let Some(own) = own {
        // A class in an `extends` chain: wasm-bindgen's guard, which was in
        // the `free()` that Rust's replaced, on `free` and the symbols.
        free = guard_subclass(&free, own);
        host::define(proto, &host::key("free"), &free);
    }
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

/// `__wbg_ptr_<Class>` if the class is in an `extends` chain: the glue sets
/// it right after `__wbg_ptr`, before its ancestors'.
#[cfg(not(feature = "snippet"))]
fn own_key(probe: &JsValue) -> Option<JsValue> {
    host::keys(probe).iter().find(|k| k.as_string().is_some_and(|k| k.starts_with("__wbg_ptr_")))
}

/// `free` that throws wasm-bindgen's `TypeError` when `this` is an object of
/// a subclass made in Rust (its `__wbg_ptr` is not its `own` pointer).
#[cfg(not(feature = "snippet"))]
fn guard_subclass(free: &JsValue, own: &JsValue) -> JsValue {
    let class = own.as_string().unwrap_or_default().trim_start_matches("__wbg_ptr_").to_owned();
    let own = own.clone();
    let apply = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> JsValue>::new(move |free, this, args| {
        if host::get(&this, &host::key("__wbg_ptr")) != host::get(&this, &own) {
            // Joined, not `format!`ted (see `host::join`).
            let message = host::join(&[&class, ": free cannot be invoked through subclass prototype dispatch"]);
            wasm_bindgen::throw_val(host::TypeError::new(&message).into());
        }
        host::apply(&free, &this, &args).unwrap_or_else(|e| wasm_bindgen::throw_val(e))
    });
    let handler = host::object_create(&JsValue::NULL);
    host::define(&handler, &host::key("apply"), &apply.into_js_value());
    host::Proxy::new(free, &handler).into()
}

#[cfg(not(feature = "snippet"))]
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

/// What `install` and `slot_of_value` rely on in wasm-bindgen's generated
/// class: the same from 0.2.100 to 0.2.130. A glue of another shape stops
/// here, with an error that says so, rather than misbehaving later. (The
/// snippet makes this check itself.)
#[cfg(not(feature = "snippet"))]
#[cold]
fn check_glue(probe: &JsValue, proto: &JsValue) {
    let has = |target: &JsValue, name: &str, function: bool| {
        let value = host::get(target, &host::key(name));
        if function {
            value.is_function()
        } else {
            value.as_f64().is_some()
        }
    };
    if !(has(probe, "__wbg_ptr", false) && has(proto, "__destroy_into_raw", true) && has(proto, "free", true)) {
        glue_error();
    }
}

#[cold]
fn glue_error() -> ! {
    wasm_bindgen::throw_str(concat!(
        "wasm-dispose: the JavaScript glue of wasm-bindgen ",
        env!("WASM_DISPOSE_WASM_BINDGEN"),
        " has no `__wbg_ptr` / `__destroy_into_raw()` / `free()` where wasm-dispose ",
        env!("CARGO_PKG_VERSION"),
        " expects them (tested with wasm-bindgen 0.2.100 and 0.2.130); \
         check that the wasm-bindgen CLI matches the crate, or pin a tested version"
    ))
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
