//! Runs an async cleanup so that a panic rejects its Promise.
//!
//! With `panic = "abort"` a panic is a trap: WebAssembly stops where it is
//! and a JavaScript exception leaves the export. A future polled by
//! wasm-bindgen-futures' queue would trap inside a microtask, an uncaught
//! exception, and its Promise would never settle. Here a trap in a poll
//! rejects the Promise from JavaScript, without calling into the trapped
//! instance, with an `Error` whose message a panic hook (chained to the one
//! in place) wrote first.
//!
//! With the snippet, the Promise and the polls are JavaScript's (one call to
//! start a cleanup, one per poll, one to settle it: the cost of plain
//! wasm-bindgen's `future_to_promise`). Without it, every poll runs in a
//! `then` callback of a Promise chain whose `catch` is `reject` bound to an
//! `Error` made beforehand: a built-in function.

use core::cell::{Cell, RefCell};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};
use std::rc::Rc;

use js_sys::Promise;
#[cfg(not(feature = "snippet"))]
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::cells::Cells as _;
use crate::host;

#[cfg(not(feature = "snippet"))]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Promise)]
    type Chain;
    #[wasm_bindgen(static_method_of = Chain, js_class = "Promise", js_name = resolve)]
    fn resolve_with(value: u32) -> Chain;
    #[wasm_bindgen(method)]
    fn then(this: &Chain, f: &JsValue) -> Chain;
    #[wasm_bindgen(method, js_name = catch)]
    fn or_else(this: &Chain, f: &JsValue) -> Chain;
    #[wasm_bindgen(constructor, js_class = "Promise")]
    fn new(executor: &JsValue) -> Chain;

    /// `Function.prototype.bind.call(f, this, arg)`.
    #[wasm_bindgen(js_namespace = ["Function", "prototype", "bind"], js_name = call)]
    fn bind(f: &JsValue, this: &JsValue, arg: &JsValue) -> JsValue;
}

type Cleanup = Pin<Box<dyn Future<Output = Result<JsValue, JsValue>>>>;

struct Task {
    id: u32,
    /// The class whose cleanup this is, for the panic message.
    class: &'static str,
    future: RefCell<Option<Cleanup>>,
    scheduled: Cell<bool>,
    #[cfg(not(feature = "snippet"))]
    settle: Settle,
}

/// The Promise's resolvers, and what rejects it after a trap.
#[cfg(not(feature = "snippet"))]
struct Settle {
    resolve: js_sys::Function,
    reject: js_sys::Function,
    /// `reject` bound to `panic_error`.
    reject_panic: JsValue,
    panic_error: JsValue,
}

#[derive(Default)]
struct Tasks {
    slots: Vec<Option<Rc<Task>>>,
    free: Vec<u32>,
}

thread_local! {
    static TASKS: RefCell<Tasks> = RefCell::new(Tasks::default());
    /// The poll callback, shared: it receives the task's id.
    static POLL: JsValue = Closure::<dyn FnMut(u32)>::new(poll_task).into_js_value();
    /// The class and id of the cleanup being polled, for the panic hook.
    static POLLING: Cell<Option<(&'static str, u32)>> = const { Cell::new(None) };
    static HOOKED: Cell<bool> = const { Cell::new(false) };
}

#[cfg(not(feature = "snippet"))]
thread_local! {
    /// The Promise executor, shared: it leaves the resolvers in `RESOLVERS`.
    static EXECUTOR: JsValue = Closure::<dyn FnMut(js_sys::Function, js_sys::Function)>::new(
        |resolve, reject| RESOLVERS.with(|r| *r.lock() = Some((resolve, reject))),
    )
    .into_js_value();
    static RESOLVERS: RefCell<Option<(js_sys::Function, js_sys::Function)>> = const { RefCell::new(None) };
    static ERROR_PROTOTYPE: JsValue =
        host::get(&host::get(&host::global(), &host::key("Error")), &host::key("prototype"));
}

/// What a trapped cleanup rejects with where no hook could be installed.
fn panicked(class: &str) -> String {
    host::join(&["the async cleanup of ", class, " (", class, "[Symbol.asyncDispose]) panicked"])
}

/// A Promise of `future`'s outcome, the async cleanup of an object of
/// `class`; a panic inside it rejects the Promise with an `Error` that says
/// so, with the panic message.
pub(crate) fn run(class: &'static str, future: impl Future<Output = Result<JsValue, JsValue>> + 'static) -> Promise {
    hook_panics();
    let id = TASKS.with(|tasks| {
        let mut tasks = tasks.lock();
        tasks.free.pop().unwrap_or_else(|| {
            tasks.slots.push(None);
            tasks.slots.len() as u32 - 1
        })
    });
    #[cfg(feature = "snippet")]
    let promise = {
        let promise = crate::snippet::cleanup_start(id);
        // Where no hook could be installed (see `hook_panics`), the
        // message says what happened from the start.
        if !HOOKED.with(Cell::get) {
            crate::snippet::cleanup_panicked(id, &panicked(class));
        }
        promise
    };
    #[cfg(not(feature = "snippet"))]
    let (promise, settle) = start(class);
    let task = Rc::new(Task {
        id,
        class,
        future: RefCell::new(Some(Box::pin(future))),
        scheduled: Cell::new(false),
        #[cfg(not(feature = "snippet"))]
        settle,
    });
    TASKS.with(|tasks| tasks.lock().slots[id as usize] = Some(task.clone()));
    schedule(&task);
    promise.unchecked_into()
}

/// The Promise of a cleanup of `class`, and how to settle it.
#[cfg(not(feature = "snippet"))]
fn start(class: &'static str) -> (JsValue, Settle) {
    // One executor for every Promise: it hands over the resolvers.
    let promise = EXECUTOR.with(Chain::new);
    let (resolve, reject) =
        RESOLVERS.with(|r| r.lock().take()).unwrap_or_else(|| panic!("the Promise executor runs at once"));
    // An `Error` without a captured stack (cheap); the panic hook writes the
    // panic's message into it. Where no hook could be installed (see
    // `hook_panics`), it says what happened from the start: a few calls
    // into JavaScript, kept off the common path.
    let panic_error = host::object_create(&ERROR_PROTOTYPE.with(Clone::clone));
    if !HOOKED.with(Cell::get) {
        host::define(&panic_error, &host::key("message"), &JsValue::from_str(&panicked(class)));
    }
    let reject_panic = bind(&reject, &JsValue::UNDEFINED, &panic_error);
    (promise.into(), Settle { resolve, reject, reject_panic, panic_error })
}

fn task(id: u32) -> Option<Rc<Task>> {
    TASKS.with(|t| t.read().slots.get(id as usize).cloned().flatten())
}

fn schedule(task: &Rc<Task>) {
    if task.scheduled.replace(true) {
        return;
    }
    #[cfg(feature = "snippet")]
    POLL.with(|poll| crate::snippet::cleanup_poll(task.id, poll));
    // `Promise.resolve(id).then(poll).catch(rejectPanic)`: the poll runs in
    // a callback whose trap becomes the chain's rejection.
    #[cfg(not(feature = "snippet"))]
    POLL.with(|poll| Chain::resolve_with(task.id).then(poll).or_else(&task.settle.reject_panic));
}

fn poll_task(id: u32) {
    let Some(task) = task(id) else { return };
    task.scheduled.set(false);
    let mut slot = task.future.lock();
    let Some(future) = slot.as_mut() else { return };
    let waker = waker(task.clone());
    POLLING.with(|p| p.set(Some((task.class, id))));
    let outcome = future.as_mut().poll(&mut Context::from_waker(&waker));
    POLLING.with(|p| p.set(None));
    let result = match outcome {
        Poll::Pending => return,
        Poll::Ready(result) => result,
    };
    *slot = None;
    drop(slot);
    TASKS.with(|t| {
        let mut t = t.lock();
        t.slots[id as usize] = None;
        t.free.push(id);
    });
    #[cfg(feature = "snippet")]
    match result {
        Ok(value) => crate::snippet::cleanup_end(id, true, &value),
        Err(error) => crate::snippet::cleanup_end(id, false, &error),
    }
    #[cfg(not(feature = "snippet"))]
    let _ = match result {
        Ok(value) => task.settle.resolve.call1(&JsValue::UNDEFINED, &value),
        Err(error) => task.settle.reject.call1(&JsValue::UNDEFINED, &error),
    };
}

/// Writes the panic message into the polled cleanup's `Error`, then calls
/// the hook that was in place (a user's `console_error_panic_hook`, say).
/// Installed when the first object of an async class is made, and at the
/// latest by the first cleanup. Not after a panic has trapped: std refuses
/// to touch the hook once a panic is under way, and a trap leaves it so;
/// cleanups then reject with an `Error` that says they panicked, without the
/// panic's own message.
pub(crate) fn hook_panics() {
    if HOOKED.with(Cell::get) || std::thread::panicking() {
        return;
    }
    HOOKED.with(|h| h.set(true));
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some((class, id)) = POLLING.with(Cell::get) {
            let message = format!("the async cleanup of {class} ({class}[Symbol.asyncDispose]) panicked: {info}");
            #[cfg(feature = "snippet")]
            crate::snippet::cleanup_panicked(id, &message);
            #[cfg(not(feature = "snippet"))]
            if let Some(task) = task(id) {
                let error = &task.settle.panic_error;
                host::define(error, &host::key("message"), &JsValue::from_str(&message));
                // No stack was captured (the instance is about to trap); say what happened there.
                host::define(error, &host::key("stack"), &JsValue::from_str(&format!("Error: {message}")));
            }
        }
        previous(info);
    }));
}

// A waker over `Rc<Task>`: WebAssembly here is single-threaded, and the
// waker never leaves this thread.
fn waker(task: Rc<Task>) -> Waker {
    let raw = RawWaker::new(Rc::into_raw(task) as *const (), &VTABLE);
    // SAFETY: the vtable below keeps the `Rc` count balanced.
    unsafe { Waker::from_raw(raw) }
}

static VTABLE: RawWakerVTable = RawWakerVTable::new(clone_raw, wake_raw, wake_by_ref_raw, drop_raw);

// SAFETY (all four): `data` is an `Rc<Task>` made raw by `waker`, whose
// count these keep balanced: a clone takes one, a wake or a drop gives one
// back, a wake by reference none.
unsafe fn clone_raw(data: *const ()) -> RawWaker {
    // SAFETY: see above.
    unsafe { Rc::increment_strong_count(data as *const Task) };
    RawWaker::new(data, &VTABLE)
}

unsafe fn wake_raw(data: *const ()) {
    // SAFETY: see above.
    let task = unsafe { Rc::from_raw(data as *const Task) };
    schedule(&task);
}

unsafe fn wake_by_ref_raw(data: *const ()) {
    // SAFETY: see above.
    let task = core::mem::ManuallyDrop::new(unsafe { Rc::from_raw(data as *const Task) });
    schedule(&task);
}

unsafe fn drop_raw(data: *const ()) {
    // SAFETY: see above.
    drop(unsafe { Rc::from_raw(data as *const Task) });
}
