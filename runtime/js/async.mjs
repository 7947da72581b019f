// wasm-dispose's JavaScript for `#[disposable(async)]` classes (see
// snippet.rs): their [Symbol.asyncDispose]() and the async cleanups'
// Promises. A module of its own: the glue imports it only when the wasm
// calls it, so a package without an async class does not ship it.
import { classOf, define, letGo, refuseSubclass } from "./snippet.mjs";

// The promises of the cleanups running, by object, for a second
// [Symbol.asyncDispose]() (after one settles, a second call has nothing to
// wait for). A Map whose entries go when their cleanup ends: a WeakMap
// entry per disposed object cost more in garbage collection than the rest
// of an async disposal.
const running = new Map();
// The cleanup `cleanupStart` began last, for the object whose disposal began it.
let started = null;
const noop = () => {};

/**
 * Gives the class `index` (`install`'s) its `[Symbol.asyncDispose]()`:
 * Rust's (`__wd_asyncDispose`) takes the value out and starts the cleanup;
 * the cell is then given back here.
 */
export function installAsync(index) {
  const c = classOf(index);
  const { proto, disposed, moved } = c;
  const start = proto.__wd_asyncDispose;
  const asyncDispose = function () {
    refuseSubclass(c, this);
    const ptr = this.__wbg_ptr;
    if (ptr === disposed || ptr === moved || !ptr) {
      const first = running.get(this);
      return first === undefined ? Promise.resolve() : first.then(noop, noop);
    }
    started = null;
    const promise = start.call(this);
    if (started !== null) {
      started.obj = this;
      running.set(this, promise);
      started = null;
    }
    letGo(c, this, ptr);
    return promise;
  };
  Object.defineProperty(asyncDispose, "name", { value: "[Symbol.asyncDispose]" });
  define(proto, Symbol.asyncDispose, asyncDispose);
}

// Async cleanups (cleanup.rs): the Promise of each, by id, and its polls,
// each in a microtask of its own. A poll that traps (a panic: the instance
// stops where it is) rejects the Promise from here, without calling into the
// instance again, with the message the panic hook left.
const cleanups = new Map();

/** The Promise of the cleanup `id`. */
export function cleanupStart(id) {
  let c;
  const promise = new Promise((resolve, reject) => (c = { resolve, reject, message: undefined, obj: undefined }));
  cleanups.set(id, c);
  started = c;
  return promise;
}

// The cleanup `c` (of `id`) ended.
function ended(id, c) {
  cleanups.delete(id);
  if (c.obj !== undefined) running.delete(c.obj);
}

/** Polls the cleanup `id` in a microtask: `poll(id)`, Rust's. */
export function cleanupPoll(id, poll) {
  queueMicrotask(() => {
    try {
      poll(id);
    } catch {
      const c = cleanups.get(id);
      if (c === undefined) return;
      ended(id, c);
      c.reject(new Error(c.message ?? "the async cleanup threw"));
    }
  });
}

/** The cleanup `id` ended: its Promise settles with `value`. */
export function cleanupEnd(id, ok, value) {
  const c = cleanups.get(id);
  ended(id, c);
  if (ok) c.resolve(value);
  else c.reject(value);
}

/** What the cleanup `id` rejects with if it traps. */
export function cleanupPanicked(id, message) {
  const c = cleanups.get(id);
  if (c !== undefined) c.message = message;
}
