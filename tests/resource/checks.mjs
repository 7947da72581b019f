// The checks of issue 21 that need nothing but JavaScript itself: run by
// tests/resource/resource.test.mjs under Node 24, Node 20, Node 18.17,
// Deno and Bun, and by the browser page (tests/resource/browser/), each
// against the package built from tests/resource (`p`). No `using` syntax,
// so the same file runs where the runtime has none.
//
// Each check is { name, skip(p) -> reason | false, run(p) }; run throws
// (CheckFailed) on the first thing that is not as its name says.

export class CheckFailed extends Error {}

export function ok(condition, what) {
  if (!condition) throw new CheckFailed(what);
}

export function eq(actual, expected, what) {
  if (!Object.is(actual, expected)) throw new CheckFailed(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new CheckFailed(`${what}:\n  expected ${b}\n  got      ${a}`);
}

function show(v) {
  try {
    return typeof v === "string" ? JSON.stringify(v) : String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Runs `fn`, which must throw; returns what it threw. */
export function thrown(fn, what) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new CheckFailed(`${what}: did not throw`);
}

/** Awaits `promise`, which must reject; returns the reason. */
export async function rejected(promise, what) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new CheckFailed(`${what}: did not reject`);
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

// The keys `using` uses here, as TypeScript's downlevel output picks them:
// the runtime's symbols, or (Node 18, old browsers) the ones wasm-dispose
// supplies in their place.
export const DISPOSE = Symbol.dispose ?? Symbol.for("Symbol.dispose");
export const ASYNC_DISPOSE = Symbol.asyncDispose ?? Symbol.for("Symbol.asyncDispose");

/** The `debugDispose` events of JavaScript resources (class `js:...`) until `off()`. */
export function recordEvents(p) {
  const events = [];
  const waiting = [];
  const off = p.debugDispose((e) => {
    if (!e.class.startsWith("js:")) return;
    events.push(e);
    for (const w of waiting.splice(0)) w();
  });
  /** Resolves once an event matching `match` has been seen. */
  async function until(match) {
    while (!events.some(match)) await new Promise((resolve) => waiting.push(resolve));
    return events.find(match);
  }
  return { events, off, until };
}

const zero = { created: 0, disposed: 0, failed: 0, moved: 0, leaked: 0, live: 0 };
const statsOf = (p, cls) => ({ ...zero, ...(p.disposableStats()[`js:${cls}`] ?? {}) });
const rustStatsOf = (p, cls) => ({ ...zero, leaked: undefined, ...(p.jsResourceStats()[cls] ?? {}) });

function delta(before, after) {
  const d = {};
  for (const k of ["created", "disposed", "failed", "moved", "live"]) d[k] = after[k] - before[k];
  return d;
}

/** An object whose `[key]()` counts its calls and records `this`. */
function counted(key = DISPOSE, extra = {}) {
  const obj = {
    calls: 0,
    thisWasObj: false,
    [key]() {
      obj.calls++;
      obj.thisWasObj = this === obj;
    },
    ...extra,
  };
  return obj;
}

/** A deferred promise: its resolve and reject are the caller's. */
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const noStack = (p) => !p.stackSupported() && "no DisposableStack in this runtime (checked: stackNewError)";
const noAsyncStack = (p) => !p.asyncStackSupported() && "no AsyncDisposableStack in this runtime (checked: asyncStackNewError)";

export const checks = [
  {
    name: "JsDisposable: Drop calls [Symbol.dispose] exactly once, with the object as `this`",
    run(p) {
      const obj = counted();
      const id = p.holdSync(obj);
      eq(obj.calls, 0, "calls while Rust owns it");
      eq(p.dropHeld(id), true, "dropHeld");
      eq(obj.calls, 1, "calls after Drop");
      eq(obj.thisWasObj, true, "this");
      eq(p.dropHeld(id), false, "a second drop finds nothing");
      eq(obj.calls, 1, "calls after a second drop");
    },
  },
  {
    name: "JsDisposable::dispose() calls it now, once, and returns the very error it threw",
    run(p) {
      const good = counted();
      eq(p.disposeHeld(p.holdSync(good)), undefined, "dispose() of a good resource");
      eq(good.calls, 1, "calls after dispose()");
      const error = new Error("boom");
      let calls = 0;
      const bad = {
        [DISPOSE]() {
          calls++;
          throw error;
        },
      };
      const id = p.holdSync(bad);
      eq(thrown(() => p.disposeHeld(id), "dispose() of a throwing resource"), error, "the error");
      eq(calls, 1, "calls after a failed dispose()");
      eq(p.dropHeld(id), false, "nothing left for Drop");
      eq(calls, 1, "not called again");
    },
  },
  {
    name: "into_inner() hands the value back undisposed, counted as moved",
    run(p) {
      class Returned {
        calls = 0;
        [DISPOSE]() {
          this.calls++;
        }
      }
      const before = statsOf(p, "Returned");
      const obj = new Returned();
      const back = p.intoInnerHeld(p.holdSync(obj));
      eq(back, obj, "the same object");
      eq(obj.calls, 0, "not disposed");
      same(delta(before, statsOf(p, "Returned")), { created: 1, disposed: 0, failed: 0, moved: 1, live: 0 }, "counters");
      const asyncBack = p.intoInnerHeld(p.holdAsync(obj));
      eq(asyncBack, obj, "JsAsyncDisposable::into_inner: the same object");
      eq(obj.calls, 0, "not disposed by JsAsyncDisposable either");
    },
  },
  {
    name: "JsDisposable::new refuses what `using` refuses, with a TypeError that names what is missing",
    run(p) {
      class Widget {}
      const cases = [
        [{}, /JsDisposable::new: the object has no \[Symbol\.dispose\] method/],
        [new Widget(), /the Widget has no \[Symbol\.dispose\] method/],
        [42, /expected an object with a \[Symbol\.dispose\] method, got 42 \(number\)/],
        [null, /got null$/],
        [undefined, /got undefined$/],
        [{ [DISPOSE]: 5 }, /\[Symbol\.dispose\] of the object is not a function \(it is 5\)/],
      ];
      for (const [value, message] of cases) {
        const e = p.newError(value);
        ok(e instanceof TypeError, `${show(value)}: a TypeError, got ${show(e)}`);
        ok(message.test(e.message), `${show(value)}: message ${JSON.stringify(e.message)} matches ${message}`);
      }
      const async = p.newAsyncError(new Widget());
      ok(async instanceof TypeError, "JsAsyncDisposable::new: a TypeError");
      ok(
        /JsAsyncDisposable::new: the Widget has no \[Symbol\.asyncDispose\] or \[Symbol\.dispose\] method/.test(async.message),
        async.message,
      );
      // A getter that throws: its error, as `using` would propagate it.
      const error = new Error("getter");
      const getter = Object.defineProperty({}, DISPOSE, {
        get() {
          throw error;
        },
      });
      eq(p.newError(getter), error, "the getter's error");
    },
  },
  {
    name: "JsDisposable<T> of an imported type derefs to T; return, `?` and an early error each dispose it once",
    run(p) {
      const resource = (throws) => ({
        work() {
          p.note("js:work");
          if (throws) throw new Error("work failed");
          return 7;
        },
        [DISPOSE]() {
          p.note("js:dispose");
        },
      });
      p.takeLog();
      eq(p.workThenDrop(resource(false), false), 7, "work() through Deref");
      same(p.takeLog(), ["js:work", "rust:returning 7", "js:dispose"], "normal return");
      eq(thrown(() => p.workThenDrop(resource(false), true), "early error").message, "failed after work", "early error");
      same(p.takeLog(), ["js:work", "js:dispose"], "early error return");
      eq(thrown(() => p.workThenDrop(resource(true), false), "`?`").message, "work failed", "work()'s error");
      same(p.takeLog(), ["js:work", "js:dispose"], "`?` on work()'s error");
    },
  },
  {
    name: "a [Symbol.dispose] that throws in Drop is counted as failed and reaches debugDispose with its error, never a panic",
    run(p) {
      class Fragile {
        [DISPOSE]() {
          throw this.error;
        }
      }
      const fragile = new Fragile();
      fragile.error = new Error("dispose failed");
      const before = statsOf(p, "Fragile");
      const rustBefore = rustStatsOf(p, "Fragile");
      const rec = recordEvents(p);
      try {
        p.dropHeld(p.holdSync(fragile));
      } finally {
        rec.off();
      }
      eq(rec.events.length, 1, "one event");
      eq(rec.events[0].class, "js:Fragile", "event class");
      eq(rec.events[0].reason, "dispose", "event reason");
      eq(rec.events[0].error, fragile.error, "event error: the very error thrown");
      const d = delta(before, statsOf(p, "Fragile"));
      same(d, { created: 1, disposed: 1, failed: 1, moved: 0, live: 0 }, "disposableStats()['js:Fragile']");
      same(delta(rustBefore, rustStatsOf(p, "Fragile")), d, "js_resource_stats() from Rust agrees");
      // The instance did not trap: it goes on working.
      const next = counted();
      p.dropHeld(p.holdSync(next));
      eq(next.calls, 1, "a later resource is still disposed");
    },
  },
  {
    name: "JsAsyncDisposable::dispose().await waits for [Symbol.asyncDispose] and returns its rejection",
    async run(p) {
      const gate = deferred();
      let calls = 0;
      const slow = {
        [ASYNC_DISPOSE]() {
          calls++;
          return gate.promise;
        },
      };
      let settled = false;
      // (An async Rust export starts its body in a microtask.)
      const done = p.disposeHeldAsync(p.holdAsync(slow)).then(() => (settled = true));
      await tick();
      eq(calls, 1, "called");
      eq(settled, false, "not settled while the disposal's promise is pending");
      gate.resolve();
      await done;
      eq(settled, true, "settled after the disposal's promise");
      const error = new Error("async boom");
      const failing = { [ASYNC_DISPOSE]: () => Promise.reject(error) };
      eq(await rejected(p.disposeHeldAsync(p.holdAsync(failing)), "a rejecting disposal"), error, "the rejection");
      const throwing = {
        [ASYNC_DISPOSE]() {
          throw error;
        },
      };
      eq(await rejected(p.disposeHeldAsync(p.holdAsync(throwing)), "a throwing disposal"), error, "the throw");
      eq(calls, 1, "the first resource was disposed once");
    },
  },
  {
    name: "JsAsyncDisposable falls back to [Symbol.dispose], as `await using` does, and prefers [Symbol.asyncDispose]",
    async run(p) {
      const syncOnly = counted();
      const rec = recordEvents(p);
      try {
        p.dropHeld(p.holdAsync(syncOnly));
        eq(syncOnly.calls, 1, "Drop called [Symbol.dispose] synchronously");
        await p.disposeHeldAsync(p.holdAsync(syncOnly));
        eq(syncOnly.calls, 2, "dispose().await called [Symbol.dispose]");
      } finally {
        rec.off();
      }
      same(rec.events.map((e) => e.reason), ["dispose", "dispose"], "the events name the method that ran");
      const both = { sync: 0, async: 0, [DISPOSE]() { both.sync++; }, async [ASYNC_DISPOSE]() { both.async++; } };
      await p.disposeHeldAsync(p.holdAsync(both));
      same([both.async, both.sync], [1, 0], "[Symbol.asyncDispose] wins");
    },
  },
  {
    name: "JsAsyncDisposable's Drop starts the disposal; its rejection is counted and reaches debugDispose when it settles",
    async run(p) {
      class Remote {
        [ASYNC_DISPOSE]() {
          this.started = true;
          return this.gate.promise;
        }
      }
      const remote = new Remote();
      remote.gate = deferred();
      const error = new Error("remote dispose failed");
      const before = statsOf(p, "Remote");
      const rec = recordEvents(p);
      try {
        p.dropHeld(p.holdAsync(remote));
        eq(remote.started, true, "Drop started the disposal");
        same(delta(before, statsOf(p, "Remote")), { created: 1, disposed: 0, failed: 0, moved: 0, live: 1 }, "live until it settles");
        remote.gate.reject(error);
        const event = await rec.until((e) => e.class === "js:Remote");
        eq(event.reason, "asyncDispose", "reason");
        eq(event.error, error, "the rejection, as the event's error");
      } finally {
        rec.off();
      }
      same(delta(before, statsOf(p, "Remote")), { created: 1, disposed: 1, failed: 1, moved: 0, live: 0 }, "counted");
    },
  },
  {
    name: "polyfill keys: objects keyed by Symbol.for('dispose') / Symbol.for('asyncDispose') (capnweb) and Symbol.for('Symbol.dispose') dispose too",
    async run(p) {
      for (const key of [Symbol.for("dispose"), Symbol.for("Symbol.dispose")]) {
        const obj = counted(key);
        p.dropHeld(p.holdSync(obj));
        eq(obj.calls, 1, `JsDisposable, ${key.toString()}`);
        const viaAsync = counted(key);
        await p.disposeHeldAsync(p.holdAsync(viaAsync));
        eq(viaAsync.calls, 1, `JsAsyncDisposable falling back to ${key.toString()}`);
      }
      for (const key of [Symbol.for("asyncDispose"), Symbol.for("Symbol.asyncDispose")]) {
        const obj = counted(key);
        await p.disposeHeldAsync(p.holdAsync(obj));
        eq(obj.calls, 1, `JsAsyncDisposable, ${key.toString()}`);
        eq(p.newError(obj) instanceof TypeError, true, `JsDisposable refuses an object with only ${key.toString()}`);
      }
    },
  },
  {
    name: "lookup order: Symbol.dispose first, then Symbol.for('Symbol.dispose'), then Symbol.for('dispose')",
    skip: () => DISPOSE === Symbol.for("dispose") && "Symbol.dispose is Symbol.for('dispose') here: one key",
    run(p) {
      const calls = [];
      const keys = [DISPOSE, Symbol.for("Symbol.dispose"), Symbol.for("dispose")].filter((k, i, all) => all.indexOf(k) === i);
      const obj = {};
      for (const key of keys) obj[key] = () => calls.push(key.toString());
      for (let i = 0; i < keys.length; i++) {
        p.dropHeld(p.holdSync(obj));
        same(calls, keys.slice(0, i + 1).map(String), `with ${keys.slice(i).map(String).join(", ")}: the first one's method ran`);
        delete obj[keys[i]];
      }
    },
  },
  {
    name: "disposableStats()['js:<class>'] and js_resource_stats() agree, exactly, through every way out",
    async run(p) {
      class Counted {
        [DISPOSE]() {
          if (this.fail) throw new Error("fail");
        }
      }
      const make = (fail) => Object.assign(new Counted(), { fail });
      const before = statsOf(p, "Counted");
      const rustBefore = rustStatsOf(p, "Counted");
      const ids = [p.holdSync(make(false)), p.holdSync(make(false)), p.holdSync(make(false)), p.holdSync(make(true))];
      same(delta(before, statsOf(p, "Counted")), { created: 4, disposed: 0, failed: 0, moved: 0, live: 4 }, "after four new()");
      p.dropHeld(ids[0]);
      p.disposeHeld(ids[1]);
      p.intoInnerHeld(ids[2]);
      const rec = recordEvents(p); // listened: no console message
      try {
        p.dropHeld(ids[3]);
      } finally {
        rec.off();
      }
      const d = delta(before, statsOf(p, "Counted"));
      same(d, { created: 4, disposed: 3, failed: 1, moved: 1, live: 0 }, "after drop, dispose(), into_inner(), a failing drop");
      same(delta(rustBefore, rustStatsOf(p, "Counted")), d, "the Rust-side counters");
      const entry = p.disposableStats()["js:Counted"];
      same(Object.keys(entry).sort(), ["created", "disposed", "failed", "leaked", "live", "moved"], "entry keys");
      eq(entry.leaked, 0, "leaked");
      eq(p.disposableStats().Counted, undefined, "no entry without the js: prefix");
    },
  },
  {
    name: "debugDispose events of JavaScript resources: js:<class>, and the reason dispose / asyncDispose / move",
    async run(p) {
      class Logged {
        [DISPOSE]() {}
      }
      class LoggedAsync {
        async [ASYNC_DISPOSE]() {}
      }
      const rec = recordEvents(p);
      try {
        p.dropHeld(p.holdSync(new Logged()));
        p.intoInnerHeld(p.holdSync(new Logged()));
        p.dropHeld(p.holdAsync(new LoggedAsync()));
        await rec.until((e) => e.class === "js:LoggedAsync");
      } finally {
        rec.off();
      }
      same(
        rec.events.map((e) => [e.class, e.reason, "error" in e]),
        [
          ["js:Logged", "dispose", false],
          ["js:Logged", "move", false],
          ["js:LoggedAsync", "asyncDispose", false],
        ],
        "events",
      );
    },
  },
  {
    name: "without DisposableStack, DisposableStack::new() says so with a TypeError",
    skip: (p) => p.stackSupported() && p.asyncStackSupported() && "this runtime has both stacks (see the checks below)",
    run(p) {
      for (const [name, supported, error, run] of [
        ["DisposableStack", p.stackSupported(), p.stackNewError(), () => p.stackDispose(counted())],
        ["AsyncDisposableStack", p.asyncStackSupported(), p.asyncStackNewError(), null],
      ]) {
        eq(typeof globalThis[name] === "function", supported, `${name}: supported() matches the global`);
        if (supported) continue;
        ok(error instanceof TypeError, `${name}: a TypeError`);
        ok(error.message.startsWith(`${name} is not available in this JavaScript runtime`), error.message);
        if (run) ok(thrown(run, "stackDispose").message.startsWith(name), "a Rust function using it returns that error");
      }
    },
  },
  {
    name: "DisposableStack from Rust takes a #[disposable] value, a JsDisposable and a Rust closure, and disposes them last first",
    skip: noStack,
    run(p) {
      eq(p.stackNewError(), undefined, "new() succeeds");
      p.takeLog();
      const resource = { [DISPOSE]: () => p.note("js:resource") };
      const [js, rust] = p.stackDispose(resource);
      same(p.takeLog(), ["rust:filled", "rust:deferred", "js:resource", "rust:tracked"], "order");
      eq(js, resource, "use_ gave back the JsDisposable's value");
      ok(rust instanceof p.Tracked, "use_ gave back the #[disposable] value's object");
      eq(rust.disposed, true, "which the stack disposed");
    },
  },
  {
    name: "a DisposableStack held as JsDisposable is a Rust scope guard: every way out disposes all of it",
    skip: noStack,
    run(p) {
      p.takeLog();
      const resource = () => ({ [DISPOSE]: () => p.note("js:resource") });
      p.stackScope(resource(), false);
      same(p.takeLog(), ["rust:scope end", "rust:scoped", "js:resource"], "normal return");
      eq(thrown(() => p.stackScope(resource(), true), "error").message, "failed in the scope", "the error");
      same(p.takeLog(), ["rust:scoped", "js:resource"], "error return");
    },
  },
  {
    name: "a disposed DisposableStack refuses use_(); what Rust handed over is disposed at once, not leaked",
    skip: noStack,
    run(p) {
      p.takeLog();
      const plain = counted();
      const [jsError, rustError, plainError] = p.stackRefuses({ [DISPOSE]: () => p.note("js:refused") }, plain);
      for (const [what, e] of [["JsDisposable", jsError], ["#[disposable]", rustError], ["JsValue", plainError]]) {
        ok(e instanceof ReferenceError, `${what}: the stack's ReferenceError, got ${show(e)}`);
      }
      same(p.takeLog(), ["js:refused", "rust:refused"], "the JsDisposable and the #[disposable] value were disposed");
      eq(plain.calls, 0, "a plain JsValue is the caller's: not disposed");
    },
  },
  {
    name: "move_(): JavaScript receives the stack Rust filled, and disposing it disposes everything",
    skip: noStack,
    run(p) {
      p.takeLog();
      const stack = p.stackMove({ [DISPOSE]: () => p.note("js:resource") });
      ok(stack instanceof DisposableStack, "a DisposableStack");
      same(p.takeLog(), [], "nothing disposed yet");
      eq(stack.disposed, false, "disposed");
      stack.dispose();
      same(p.takeLog(), ["rust:moved-stack", "js:resource"], "order");
    },
  },
  {
    name: "AsyncDisposableStack from Rust awaits each disposal before the next, last first",
    skip: noAsyncStack,
    async run(p) {
      p.takeLog();
      const slow = (name) => ({
        async [ASYNC_DISPOSE]() {
          p.note(`js:${name} start`);
          await tick();
          p.note(`js:${name} end`);
        },
      });
      await p.asyncStackDispose(slow("a"), slow("b"));
      same(
        p.takeLog(),
        ["rust:async filled", "js:b start", "js:b end", "rust:async-tracked", "js:a start", "js:a end"],
        "order",
      );
    },
  },
];
