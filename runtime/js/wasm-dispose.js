// The JavaScript half of wasm-dispose. wasm-bindgen copies this file into
// every package built with the library and imports it before the generated
// classes are evaluated.

// Runtimes without Explicit Resource Management (Node 18, older browsers)
// get the keys that TypeScript, esbuild and Babel downlevel output look up.
// This runs before the generated classes read `Symbol.dispose`, so they
// carry the method. A native symbol is never replaced.
for (const name of ["dispose", "asyncDispose"]) {
  if (typeof Symbol[name] !== "symbol") {
    Object.defineProperty(Symbol, name, {
      value: Symbol.for(`Symbol.${name}`),
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
}

/** Thrown when a disposed or moved object is used. */
export class DisposedError extends Error {
  constructor(className, reason) {
    super(
      reason === "moved"
        ? `${className} was moved into Rust (passed by value) and can no longer be used`
        : `${className} has been disposed`,
    );
    this.className = className;
    this.reason = reason;
  }
}
Object.defineProperty(DisposedError.prototype, "name", {
  value: "DisposedError",
  writable: true,
  enumerable: false,
  configurable: true,
});

const LIVE = 0;
const DISPOSED = 1;
const MOVED = 2;

function reasonOf(state) {
  return state === MOVED ? "moved" : "disposed";
}

export function disposed_error(className, moved) {
  return new DisposedError(className, moved ? "moved" : "disposed");
}

export function borrowed_error(className) {
  return new Error(
    `${className} is in use by Rust (borrowed) and cannot be used, moved or freed from inside that call`,
  );
}

// Patches the prototype of one generated class, once, before its first
// instance exists. The generated glue reads `this.__wbg_ptr` for every call
// and `arg.__wbg_ptr` for every argument, and calls `__destroy_into_raw()`
// for every move, so an accessor and one wrapper are enough to turn every use
// of a dead object into a DisposedError before WebAssembly is entered, and to
// make `free()` idempotent.
export function install(probe, className) {
  const proto = Object.getPrototypeOf(probe);
  if (Object.prototype.hasOwnProperty.call(proto, "__wd_class")) return;
  const rustFree = proto.free;
  const destroy = proto.__destroy_into_raw;

  const define = (key, desc) =>
    Object.defineProperty(proto, key, { configurable: true, enumerable: false, ...desc });

  define("__wd_class", { value: className });
  define("__wbg_ptr", {
    get() {
      const state = this.__wd_state;
      if (state !== LIVE) throw new DisposedError(className, reasonOf(state));
      return this.__wd_ptr;
    },
    set(ptr) {
      this.__wd_ptr = ptr;
      if (this.__wd_state === undefined) this.__wd_state = LIVE;
    },
  });
  function free() {
    if (this.__wd_state !== LIVE) return;
    try {
      rustFree.call(this);
    } finally {
      this.__wd_state = DISPOSED;
    }
  }
  define("free", { value: free, writable: true });
  define(Symbol.dispose, { value: free, writable: true });
  define("__destroy_into_raw", {
    value: function __destroy_into_raw() {
      const ptr = destroy.call(this);
      this.__wd_state = MOVED;
      return ptr;
    },
    writable: true,
  });
  define("disposed", {
    get() {
      return this.__wd_state !== LIVE;
    },
  });
}
