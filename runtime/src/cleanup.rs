//! Runs an async cleanup so that a panic rejects its Promise.
//!
//! With `panic = "abort"` a panic is a trap: WebAssembly stops where it is
//! and a JavaScript exception leaves the export. A future polled by
//! wasm-bindgen-futures' queue would trap inside a microtask, an uncaught
//! exception, and its Promise would never settle. Here every poll runs in a
//! `then` callback of a Promise chain whose `catch` is `reject` bound to an
//! `Error` made beforehand: a built-in function, which needs nothing from the
//! trapped instance. A panic hook (chained to the one in place) writes the
//! panic message into that `Error` first.

use core::cell::{Cell, RefCell};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};

use crate::host;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Promise)]
    type Chain;
    #[wasm_bindgen(static_method_of = Chain, js_class = "Promise", js_name = resolve)]
    fn resolved() -> Chain;
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
    future: RefCell<Option<Cleanup>>,
    resolve: js_sys::Function,
    reject: js_sys::Function,
    /// `reject` bound to `panic_error`.
    reject_panic: JsValue,
    panic_error: JsValue,
    /// The poll callback; dropped when the cleanup is done, which breaks the
    /// cycle through the callback's own reference to the task.
    poll: RefCell<Option<JsValue>>,
    scheduled: Cell<bool>,
}

thread_local! {
    /// The `Error` of the cleanup being polled, for the panic hook.
    static POLLING: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static HOOKED: Cell<bool> = const { Cell::new(false) };
}

/// A Promise of `future`'s outcome; a panic inside it rejects the Promise
/// with an `Error` that says `what` panicked, and the panic message.
pub(crate) fn run(what: &str, future: impl Future<Output = Result<JsValue, JsValue>> + 'static) -> Promise {
    hook_panics();
    let settle: Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>> = Rc::default();
    let executor = {
        let settle = settle.clone();
        Closure::once_into_js(move |resolve: js_sys::Function, reject: js_sys::Function| {
            *settle.borrow_mut() = Some((resolve, reject));
        })
    };
    let promise = Chain::new(&executor);
    let (resolve, reject) = settle.borrow_mut().take().expect("the Promise executor runs at once");
    let panic_error: JsValue = host::Error::new(&format!("{what} panicked")).into();
    let reject_panic = bind(&reject, &JsValue::UNDEFINED, &panic_error);
    let task = Rc::new(Task {
        future: RefCell::new(Some(Box::pin(future))),
        resolve,
        reject,
        reject_panic,
        panic_error,
        poll: RefCell::new(None),
        scheduled: Cell::new(false),
    });
    let poll = {
        let task = task.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| poll_task(&task)).into_js_value()
    };
    *task.poll.borrow_mut() = Some(poll);
    schedule(&task);
    promise.unchecked_into()
}

fn schedule(task: &Rc<Task>) {
    if task.scheduled.replace(true) {
        return;
    }
    let Some(poll) = task.poll.borrow().clone() else { return };
    Chain::resolved().then(&poll).or_else(&task.reject_panic);
}

fn poll_task(task: &Rc<Task>) {
    task.scheduled.set(false);
    let mut slot = task.future.borrow_mut();
    let Some(future) = slot.as_mut() else { return };
    let waker = waker(task.clone());
    POLLING.with(|p| *p.borrow_mut() = Some(task.panic_error.clone()));
    let outcome = future.as_mut().poll(&mut Context::from_waker(&waker));
    POLLING.with(|p| *p.borrow_mut() = None);
    let result = match outcome {
        Poll::Pending => return,
        Poll::Ready(result) => result,
    };
    *slot = None;
    drop(slot);
    task.poll.borrow_mut().take();
    let _ = match result {
        Ok(value) => task.resolve.call1(&JsValue::UNDEFINED, &value),
        Err(error) => task.reject.call1(&JsValue::UNDEFINED, &error),
    };
}

/// Writes the panic message into the polled cleanup's `Error`, then calls
/// the hook that was in place (a user's `console_error_panic_hook`, say).
fn hook_panics() {
    if HOOKED.with(|h| h.replace(true)) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(error) = POLLING.with(|p| p.borrow().clone()) {
            let message = host::get(&error, &host::key("message")).as_string().unwrap_or_default();
            host::define(&error, &host::key("message"), &JsValue::from_str(&format!("{message}: {info}")));
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

unsafe fn clone_raw(data: *const ()) -> RawWaker {
    Rc::increment_strong_count(data as *const Task);
    RawWaker::new(data, &VTABLE)
}

unsafe fn wake_raw(data: *const ()) {
    let task = Rc::from_raw(data as *const Task);
    schedule(&task);
}

unsafe fn wake_by_ref_raw(data: *const ()) {
    let task = core::mem::ManuallyDrop::new(Rc::from_raw(data as *const Task));
    schedule(&task);
}

unsafe fn drop_raw(data: *const ()) {
    drop(Rc::from_raw(data as *const Task));
}
