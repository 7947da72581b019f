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

// ERM's SuppressedError: the native one where it exists, else a compatible
// class with the same `name`, `error` and `suppressed`.
const SuppressedErrorImpl =
  typeof SuppressedError === "function"
    ? SuppressedError
    : class SuppressedError extends Error {
        constructor(error, suppressed, message) {
          super(message);
          this.error = error;
          this.suppressed = suppressed;
        }
      };
if (SuppressedErrorImpl.prototype.name !== "SuppressedError") {
  Object.defineProperty(SuppressedErrorImpl.prototype, "name", {
    value: "SuppressedError",
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

function disposerOf(resource, isAsync) {
  if (resource === null || resource === undefined) return undefined;
  if (typeof resource !== "object" && typeof resource !== "function") {
    throw new TypeError(`${String(resource)} is not an object, so it cannot be disposed`);
  }
  const method = (isAsync ? resource[Symbol.asyncDispose] : undefined) ?? resource[Symbol.dispose];
  if (typeof method !== "function") {
    throw new TypeError(
      isAsync
        ? "the resource has neither [Symbol.asyncDispose] nor [Symbol.dispose]"
        : "the resource has no [Symbol.dispose] method",
    );
  }
  return method;
}

/**
 * `using resource = ...; return body(resource);` for runtimes without the
 * syntax: disposes `resource` in a `finally`, with ERM's error rules.
 */
export function using(resource, body) {
  const dispose = disposerOf(resource, false);
  let result;
  try {
    result = body(resource);
  } catch (error) {
    try {
      dispose?.call(resource);
    } catch (disposalError) {
      throw new SuppressedErrorImpl(disposalError, error, "An error was suppressed during disposal.");
    }
    throw error;
  }
  dispose?.call(resource);
  return result;
}

/** `await using resource = ...; return await body(resource);`, likewise. */
export async function usingAsync(resource, body) {
  const dispose = disposerOf(resource, true);
  let result;
  try {
    result = await body(resource);
  } catch (error) {
    try {
      await dispose?.call(resource);
    } catch (disposalError) {
      throw new SuppressedErrorImpl(disposalError, error, "An error was suppressed during disposal.");
    }
    throw error;
  }
  await dispose?.call(resource);
  return result;
}

// One own property per object, `__wd_ptr`, holds both the pointer and the
// state: a live object's pointer is positive, a dead one's is one of these.
const DISPOSED = -1;
const MOVED = -2;

function reasonOf(ptr) {
  return ptr === MOVED ? "moved" : "disposed";
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
// of a dead object into a DisposedError before WebAssembly is entered.
// Disposal hands the pointer to Rust the way the glue's own `free()` does
// (`__destroy_into_raw()`: pointer zeroed, finalizer unregistered), so the
// handle is released with the value and nothing waits for the collector.
export function install(probe, className) {
  const proto = Object.getPrototypeOf(probe);
  if (Object.prototype.hasOwnProperty.call(proto, "__wd_class")) return;
  const Class = proto.constructor;
  const destroy = proto.__destroy_into_raw;
  const rustFree = Class.__wd_free;
  const rustAsyncDispose = Class.__wd_async_dispose;

  const define = (key, desc) =>
    Object.defineProperty(proto, key, { configurable: true, enumerable: false, ...desc });
  // JavaScript gives up its pointer (the glue's own step: zeroed, finalizer
  // unregistered) and records why; every way out of LIVE goes through here.
  const release = (obj, state) => {
    const ptr = destroy.call(obj);
    obj.__wd_ptr = state;
    return ptr;
  };

  define("__wd_class", { value: className });
  define("__wbg_ptr", {
    get() {
      const ptr = this.__wd_ptr;
      if (ptr > 0) return ptr;
      throw new DisposedError(className, reasonOf(ptr));
    },
    set(ptr) {
      this.__wd_ptr = ptr;
    },
  });
  function free() {
    if (!(this.__wd_ptr > 0)) return;
    rustFree(release(this, DISPOSED));
  }
  define("free", { value: free, writable: true });
  define(Symbol.dispose, { value: free, writable: true });
  if (typeof rustAsyncDispose === "function") {
    // Disposed from the moment of the call; a second call waits for the same
    // cleanup but never rejects.
    define(Symbol.asyncDispose, {
      value: function asyncDispose() {
        if (!(this.__wd_ptr > 0)) return this.__wd_settled ?? Promise.resolve();
        const ptr = release(this, DISPOSED);
        let promise;
        try {
          promise = rustAsyncDispose(ptr);
        } catch (error) {
          promise = Promise.reject(error);
        }
        this.__wd_settled = promise.then(ignore, ignore);
        return promise;
      },
      writable: true,
    });
  }
  define("__destroy_into_raw", {
    value: function __destroy_into_raw() {
      return release(this, MOVED);
    },
    writable: true,
  });
  define("disposed", {
    get() {
      return !(this.__wd_ptr > 0);
    },
  });
}

function ignore() {}

// Visibility (the `stats` and `leak-sites` features of the crate).

export function notify(listener, className, reason) {
  try {
    listener({ class: className, reason });
  } catch (error) {
    // Disposal must go on; the mistake must not vanish either.
    console.error("wasm-dispose: a debugDispose listener threw:", error);
  }
}

export function unsubscriber(id, remove) {
  let subscribed = true;
  return function unsubscribe() {
    if (subscribed) {
      subscribed = false;
      remove(id);
    }
  };
}

// The stack is turned into text at once: unformatted frames would keep
// every frame's receiver alive, the new object itself among them, and a leak
// detector must not cause the leak it reports. Where the V8 stack API exists
// (Node, Deno, workerd, Bun), only the caller's frames are formatted, which
// costs far less than `Error().stack` (Deno source-maps every frame of it).
export function capture_site() {
  const limit = Error.stackTraceLimit;
  // The WebAssembly frames come first; leave room for the caller's own.
  if (typeof limit === "number") Error.stackTraceLimit = limit + 16;
  try {
    if (typeof Error.captureStackTrace === "function") {
      const prepare = Error.prepareStackTrace;
      Error.prepareStackTrace = callerFrames;
      try {
        const holder = {};
        Error.captureStackTrace(holder, capture_site);
        const text = holder.stack;
        if (typeof text === "string") return text;
      } finally {
        Error.prepareStackTrace = prepare;
      }
    }
    return callerLines(String(new Error("allocation site").stack));
  } finally {
    if (typeof limit === "number") Error.stackTraceLimit = limit;
  }
}

const SITE_FRAMES = 10;

function callerFrames(_, frames) {
  if (!Array.isArray(frames)) return undefined;
  const lines = [];
  for (const frame of frames) {
    const file = frame.getFileName?.() ?? frame.getScriptNameOrSourceURL?.();
    if (!file || /^wasm|wasm-dispose\.js$/.test(file)) continue;
    const name = frame.getFunctionName?.() || "<anonymous>";
    const call = frame.isConstructor?.() ? `new ${name}` : name;
    lines.push(`at ${call} (${file}:${frame.getLineNumber?.()}:${frame.getColumnNumber?.()})`);
    if (lines.length === SITE_FRAMES) break;
  }
  return lines.join("\n");
}

// Elsewhere, the same cut of a formatted stack: without the message line,
// the WebAssembly frames and this file's frames.
function callerLines(stack) {
  return stack
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) =>
        line !== "" &&
        !line.startsWith("Error") &&
        !/wasm-dispose\.js|wasm:\/\/|wasm-function|\.wasm\b|\[wasm code\]/.test(line),
    )
    .slice(0, SITE_FRAMES)
    .join("\n");
}
