// wasm-dispose's JavaScript (see snippet.rs): at a class's first object it
// takes over free(), [Symbol.dispose]() and the glue's __destroy_into_raw(),
// so that disposal and moves give back the value, the handle's cell and the
// FinalizationRegistry entry at once. An async class's
// [Symbol.asyncDispose]() is async.mjs's, a module of its own that a package
// without one does not import.

// The dispose symbols where missing, as downlevel `using` helpers look them up.
for (const name of ["dispose", "asyncDispose"]) {
  if (typeof Symbol[name] !== "symbol") {
    Object.defineProperty(Symbol, name, { value: Symbol.for("Symbol." + name) });
  }
}

// The registration of the probe object Rust makes for a class.
let seen = null;
let probed = null;
const classes = [];
// By-value arguments on their way into Rust, newest last: Rust disowns one
// only once it took the value, so a call that fails anywhere loses nothing.
const RING = 32;
const ringObj = new Array(RING).fill(undefined);
const ringPtr = new Int32Array(RING);
const ringCls = new Array(RING).fill(undefined);
let ringAt = 0;
/** The class `index` (`install`'s), for async.mjs. */
export function classOf(index) {
  return classes[index];
}

/**
 * Watches `FinalizationRegistry.prototype.register` while Rust makes the
 * probe (`on`), or stops watching, keeping the registration seen for
 * `install`. (One function with an argument: wasm-bindgen 0.2.130 gives
 * each import it calls without a shim a namespace import of its own, under
 * one key of the imports object, which bundlers such as esbuild warn of.)
 */
export function watchProbe(on) {
  if (!on) {
    probed = seen;
    seen = null;
    if (probed !== null && probed.register !== undefined) {
      globalThis.FinalizationRegistry.prototype.register = probed.register;
    }
    return;
  }
  const FR = globalThis.FinalizationRegistry;
  if (typeof FR !== "function") {
    seen = { registry: null };
    return;
  }
  const register = FR.prototype.register;
  seen = { register, registry: undefined };
  FR.prototype.register = function (target, held, token) {
    if (seen !== null && seen.registry === undefined) {
      seen.registry = this;
      seen.target = target;
      seen.held = held;
      seen.token = token;
    }
    return register.call(this, target, held, token);
  };
}

/**
 * Takes over a class, given its probe (a fresh object of the class, made by
 * Rust between `watchProbe(true)` and `watchProbe(false)`), its two sentinel pointers, what Rust's
 * `release` needs of the class (an address, passed back to it), and the
 * instance's exports. Returns the class's index times 2^32 plus the probe's
 * pointer if the probe was retired (else 0), or -1 for a glue of another
 * shape.
 */
export function install(probe, disposed, moved, releaseFn, exports, later) {
  const s = probed;
  probed = null;
  // The instance's raw export, called without glue. Kept per class: a page
  // or a test may instantiate a package twice, and both import this module.
  const release = exports.__wasm_dispose_0_1_release;
  const proto = Object.getPrototypeOf(probe);
  const ptr = probe.__wbg_ptr;
  // What the runtime relies on in wasm-bindgen's class, the same from 0.2.100
  // to 0.2.130: a glue of another shape is refused (Rust throws the error,
  // which names the version) rather than misbehaving later.
  if (typeof ptr !== "number" || typeof proto.__destroy_into_raw !== "function" || typeof proto.free !== "function") {
    return -1;
  }
  // A class in an `extends` chain (wasm-bindgen 0.2.121+) keeps one pointer
  // per class, `__wbg_ptr_<Class>`, its own first; its methods read that
  // one. An object of a subclass made in Rust has another `__wbg_ptr`, and
  // must not reach this class's Rust as its own. (Its glue registers
  // `{ __wbg_ptr_<Class>: .. }` objects, an unknown shape below: the
  // finalizer frees its cells.)
  const ownKey = Object.keys(probe).find((k) => k.startsWith("__wbg_ptr_"));
  // How the glue registers its objects: `register(obj, ptr, obj)`, or
  // `register(obj, { ptr, instance }, obj)` when it can re-initialise the
  // instance. For another shape the finalizer keeps the handles
  // (`registry` undefined): still correct, only later.
  let registry;
  let held;
  if (s !== null && s.registry === null) {
    registry = null;
  } else if (s !== null && s.registry !== undefined && s.target === probe && s.token === probe) {
    const h = s.held;
    if (h === ptr) {
      registry = s.registry;
      held = (p) => p;
    } else if (h !== null && typeof h === "object" && h.ptr === ptr && Object.keys(h).length === 2 && "instance" in h) {
      const instance = h.instance;
      registry = s.registry;
      held = (p) => ({ ptr: p, instance });
    }
  }
  // `pending`: objects the glue registered whose registration waits (see
  // `registerLater`).
  const c = {
    proto,
    ownKey,
    registry,
    held,
    disposed,
    moved,
    release,
    releaseFn,
    later,
    pending: new Array(PENDING).fill(undefined),
    helds: new Array(PENDING).fill(undefined),
    waiting: 0,
    // See `registerLater`: objects waiting since the last flush, flushes in
    // a row where all outlived the wait, registrations left to make at once.
    queued: 0,
    streak: 0,
    direct: 0,
    scheduled: false,
  };
  const index = classes.push(c) - 1;
  // The probe goes the glue's way (its pointer zeroed, unregistered), and
  // Rust frees its cell when it sees the zero. Not for a glue of unknown
  // shape, whose finalizer might free it again.
  if (registry !== undefined) proto.__destroy_into_raw.call(probe);
  if (registry) registerLater(c);

  // Methods of an object literal: their names (`free`, ...) are the
  // glue's, and the minifier leaves property names alone.
  const { free, __destroy_into_raw: destroy } = {
    free() {
      refuseSubclass(c, this);
      const ptr = this.__wbg_ptr;
      if (ptr === disposed || ptr === moved || !ptr) return;
      letGo(c, this, ptr);
    },
    __destroy_into_raw() {
      const ptr = this.__wbg_ptr;
      if (ptr !== disposed && ptr !== moved && ptr) {
        ringObj[ringAt] = this;
        ringPtr[ringAt] = ptr;
        ringCls[ringAt] = c;
        ringAt = (ringAt + 1) % RING;
      }
      return ptr;
    },
  };
  define(proto, "free", free);
  define(proto, Symbol.dispose, free);
  define(proto, "__destroy_into_raw", destroy);
  // The probe's pointer, if it was retired: its cell is Rust's to free.
  const retired = probe.__wbg_ptr === 0 ? ptr : 0;
  return index * 2 ** 32 + retired;
}

// Registering an object for finalization and unregistering it again costs
// more than making and disposing a small object. Most objects are disposed
// soon (a `using` block, a temporary), so the class's registrations wait,
// in order, until the end of the current task (a microtask) or until
// `PENDING` of them wait: those still alive then are registered, the
// disposed ones never were. A disposal finds a waiting object from the top
// (the newest, as `using` disposes), so the list stays short. The lists
// keep their length (`waiting` counts the used slots): V8 changes an
// array's length through the runtime, and a fresh array per task is an
// allocation, each of which cost an object that outlives its task (every
// object an async method returns) more than the rest of its life.
//
// A class whose objects all outlived their task `DIRECT_AFTER` times in a
// row gains nothing from the wait and pays its microtask: its objects are
// then registered at once, as the glue would, all but one in `SAMPLE`,
// which still waits, so that the class goes back to waiting as soon as one
// of its objects is disposed within its task.
const PENDING = 64;
const DIRECT_AFTER = 8;
const SAMPLE = 256;
const realRegister = globalThis.FinalizationRegistry?.prototype.register;

function registerLater(c) {
  // One callback per class, not a closure per task.
  const later = () => flush(c);
  c.registry.register = function (obj, held, token) {
    // Not the glue's shape (an object that is its own token): at once.
    if (token !== obj || this !== c.registry) return realRegister.call(this, obj, held, token);
    if (c.direct !== 0 && --c.direct !== 0) return realRegister.call(this, obj, held, token);
    c.queued++;
    const n = c.waiting;
    c.pending[n] = obj;
    c.helds[n] = held;
    c.waiting = n + 1;
    if (n + 1 >= PENDING) flush(c);
    else if (!c.scheduled) {
      c.scheduled = true;
      queueMicrotask(later);
    }
  };
}

function flush(c) {
  c.scheduled = false;
  const { pending, helds } = c;
  const n = c.waiting;
  c.waiting = 0;
  let registered = 0;
  for (let i = 0; i < n; i++) {
    const obj = pending[i];
    if (obj === undefined) continue;
    const held = helds[i];
    pending[i] = undefined;
    helds[i] = undefined;
    const ptr = obj.__wbg_ptr;
    if (ptr !== c.disposed && ptr !== c.moved && ptr) {
      realRegister.call(c.registry, obj, held, obj);
      registered++;
    }
  }
  // Every object that waited outlived the wait?
  const all = c.queued !== 0 && registered === c.queued;
  c.queued = 0;
  c.streak = all ? c.streak + 1 : 0;
  c.direct = c.streak >= DIRECT_AFTER ? SAMPLE : 0;
}

// Whether `obj` was still waiting to be registered; it waits no more.
function unpend(c, obj) {
  const { pending, helds } = c;
  let n = c.waiting;
  if (n === 0) return false;
  if (pending[n - 1] === obj) {
    pending[n - 1] = undefined;
    helds[n - 1] = undefined;
    // Trailing holes go too, so a list of temporaries empties.
    n--;
    while (n > 0 && pending[n - 1] === undefined) n--;
    c.waiting = n;
    return true;
  }
  for (let i = n - 2; i >= 0; i--) {
    if (pending[i] === obj) {
      pending[i] = undefined;
      helds[i] = undefined;
      return true;
    }
  }
  return false;
}

// Whether `obj` is an object of a Rust subclass of the class `c` (in an
// `extends` chain): its `__wbg_ptr` is the subclass's, not its own pointer.
function ofSubclass(c, obj) {
  return c.ownKey !== undefined && obj.__wbg_ptr !== obj[c.ownKey];
}

// wasm-bindgen's own guard, in the `free()` the snippet replaces.
export function refuseSubclass(c, obj) {
  if (ofSubclass(c, obj)) {
    const name = c.ownKey.slice("__wbg_ptr_".length);
    throw new TypeError(name + ": free cannot be invoked through subclass prototype dispatch");
  }
}

export function define(proto, key, value) {
  Object.defineProperty(proto, key, { value, writable: true, configurable: true, enumerable: false });
}

// Makes `obj` point at `sentinel` and unregisters it, so that Rust may free
// its cell. `false` (and `obj` as it was) where that cannot be done: a frozen
// object, a wrapper (a Proxy `this`, as worker-build makes) whose target
// keeps the registration, or a glue of another shape. The finalizer then
// frees the cell later, as before.
function takeOver(c, obj, ptr, sentinel) {
  if (c.registry === undefined) return false;
  try {
    obj.__wbg_ptr = sentinel;
  } catch {
    return false;
  }
  if (obj.__wbg_ptr !== sentinel) return false;
  if (c.registry === null || unpend(c, obj) || c.registry.unregister(obj)) return true;
  obj.__wbg_ptr = ptr;
  return false;
}

// A disposal of `obj`, at `ptr`: Rust drops the value (or, for an async
// disposal, has taken it) and frees the cell now, or at the end of the
// microtask (`later`); where `obj` cannot give its pointer up, the finalizer
// frees the cell.
export function letGo(c, obj, ptr) {
  const own = takeOver(c, obj, ptr, c.disposed);
  if (own && c.later) {
    c.release(c.releaseFn, ptr, 0);
    giveLater(c, obj, ptr);
  } else settleRelease(c, obj, ptr, own, c.release(c.releaseFn, ptr, own ? 1 : 0));
}

// What Rust's release of a disposed object's cell (`done`) leaves to do.
function settleRelease(c, obj, ptr, own, done) {
  if (!own) return;
  // 0: a borrow holds the slot; 2: the value had been moved (the object kept
  // its pointer then).
  if (done === 0) giveBack(c, obj, ptr);
  else if (done === 2 && obj.__wbg_ptr === c.disposed) obj.__wbg_ptr = c.moved;
}

// wasm-bindgen before 0.2.130 converts an async export's arguments (its
// receiver too) when its future first runs, in a microtask after the call,
// not in the call: a cell given back at once could be used after its free
// there. With those versions (`later`), the cells of disposed and moved
// objects are given back at the end of the current microtask, after the
// futures called earlier took their counts.
let given = [];

function giveLater(c, obj, ptr) {
  if (given.length === 0) queueMicrotask(giveNow);
  given.push(c, obj, ptr);
}

function giveNow() {
  const all = given;
  given = [];
  for (let i = 0; i < all.length; i += 3) {
    const c = all[i];
    const obj = all[i + 1];
    const ptr = all[i + 2];
    settleRelease(c, obj, ptr, true, c.release(c.releaseFn, ptr, 1));
  }
}

// Rust could not free the cell (a borrow holds the slot: the value goes at
// its end): the object keeps its pointer and its finalizer.
function giveBack(c, obj, ptr) {
  obj.__wbg_ptr = ptr;
  if (c.registry) realRegister.call(c.registry, obj, c.held(ptr), obj);
}

/**
 * Rust took the value of the by-value argument at `ptr`, an object of the
 * class at `index`: make it `moved`. `true` when Rust may free the cell now.
 */
export function disown(ptr, index) {
  const c = classes[index];
  for (let i = 0, at = ringAt; i < RING; i++) {
    at = (at + RING - 1) % RING;
    const obj = ringObj[at];
    if (obj !== undefined && ringPtr[at] === ptr && ringCls[at] === c) {
      ringObj[at] = undefined;
      ringCls[at] = undefined;
      ringPtr[at] = 0;
      if ((obj.__wbg_ptr | 0) === ptr) return disowned(c, obj, ptr);
    }
  }
  return false;
}

/**
 * The pointer of `obj` if it is an object of the class at `index` (its
 * sentinel's once disposed or moved), else 0: how Rust reads a `Vec<Foo>`
 * element or a `JsValue` it is asked to take.
 */
export function pointerOf(obj, index) {
  const c = classes[index];
  if (obj === null || typeof obj !== "object" || !c.proto.isPrototypeOf(obj)) return 0;
  // An object of a Rust subclass is not one of this class to take.
  if (ofSubclass(c, obj)) return 0;
  return obj.__wbg_ptr | 0;
}

/** [`disown`] for an object Rust took out of a `JsValue` (a `Vec<Foo>` element). */
export function disownObject(obj, index) {
  const c = classes[index];
  const ptr = obj.__wbg_ptr;
  return disowned(c, obj, ptr);
}

// The object at `ptr` gave its value to Rust: it becomes `moved`, and its
// cell is Rust's to free now (`true`), or given back later (see `giveLater`).
function disowned(c, obj, ptr) {
  if (!takeOver(c, obj, ptr, c.moved)) return false;
  if (!c.later) return true;
  giveLater(c, obj, ptr);
  return false;
}

// debugDispose(): the event and its delivery, here rather than through
// imports of `Object`, `Reflect.set`, `Function.prototype.call` and
// `console.error` (and the glue's exception plumbing for the call).

/** `{ class, reason, error? }`, a `debugDispose` event. */
function event(className, reason, error) {
  const e = { class: className, reason };
  if (error !== undefined) e.error = error;
  return e;
}

/**
 * Calls a `debugDispose` listener with an event of its own; one that throws
 * is reported, and disposal goes on.
 */
export function notify(listener, className, reason, error) {
  try {
    listener(event(className, reason, error));
  } catch (error) {
    console.error("wasm-dispose: a debugDispose listener threw:", error);
  }
}

// DisposedError: its errors are real `Error`s (with a stack) carrying a
// brand keyed by `Symbol.for`, and the class's `Symbol.hasInstance` checks
// that brand, so an error thrown by one package is `instanceof` every other
// package's `DisposedError`.
const BRAND = Symbol.for("wasm-dispose.DisposedError");

/**
 * Makes the class of `probe` (an object of the package's exported
 * `DisposedError` class) an `Error` class; with `hasInstance` (wasm-bindgen
 * before 0.2.121, which cannot export it) also its `Symbol.hasInstance`.
 * Returns its prototype.
 */
export function errorClass(probe, hasInstance) {
  const proto = Object.getPrototypeOf(probe);
  Object.setPrototypeOf(proto, Error.prototype);
  define(proto, "name", "DisposedError");
  // Not a handle: `free()` would hand Rust a pointer that is not one.
  define(proto, "free", undefined);
  if (hasInstance) define(proto.constructor, Symbol.hasInstance, isDisposedError);
  return proto;
}

/** Any package's `DisposedError`, by brand; also the plain `Error` wasm-bindgen throws with the runtime's message when a dead object reaches a plain function's argument. */
export function isDisposedError(value) {
  if (value === null || typeof value !== "object") return false;
  if (value[BRAND]) return true;
  const message = value.message;
  return typeof message === "string" && message.startsWith("DisposedError: ") && typeof value.stack === "string";
}

/** A `DisposedError` of the prototype `proto`. */
export function deadError(proto, message, className, moved) {
  const error = new Error(message);
  Object.setPrototypeOf(error, proto);
  define(error, "className", className);
  define(error, "reason", moved ? "moved" : "disposed");
  define(error, BRAND, true);
  return error;
}
