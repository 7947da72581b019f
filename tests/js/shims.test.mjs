// Contract point 8: the `using` / `usingAsync` shims and the Symbol
// polyfill, on every runtime (Node 18 has no Symbol.dispose at all).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

// Read before the package loads (each file runs in its own process under
// node --test; in Deno and Bun the symbol is native anyway).
const nativeDispose = Symbol.dispose;
const { Counter, dropCount, using, usingAsync } = await load("fixture");

test("Symbol.dispose and Symbol.asyncDispose exist; native ones are kept", () => {
  // Supplied, where missing, when the package's first object is created (no
  // code of the package runs earlier: it ships no JavaScript of its own).
  new Counter(0).free();
  assert.equal(typeof Symbol.dispose, "symbol");
  assert.equal(typeof Symbol.asyncDispose, "symbol");
  if (nativeDispose === undefined) {
    // No native symbol: the downlevel-compatible registered keys.
    assert.equal(Symbol.dispose, Symbol.for("Symbol.dispose"));
    assert.equal(Symbol.asyncDispose, Symbol.for("Symbol.asyncDispose"));
  } else {
    assert.equal(Symbol.dispose, nativeDispose, "a native Symbol.dispose is never replaced");
    assert.notEqual(Symbol.dispose, Symbol.for("Symbol.dispose"));
  }
  assert.equal(typeof Counter.prototype[Symbol.dispose], "function", "classes carry the method");
});

test("using(resource, body) returns the body's value and disposes after it", () => {
  const before = dropCount();
  const c = new Counter(4);
  const result = using(c, (r) => {
    assert.equal(r, c);
    assert.equal(dropCount(), before);
    return r.increment() * 10;
  });
  assert.equal(result, 50);
  assert.equal(c.disposed, true);
  assert.equal(dropCount(), before + 1);
});

test("using disposes when the body throws, and rethrows the body's error", () => {
  const c = new Counter(1);
  const boom = new Error("boom");
  assert.throws(() => using(c, () => { throw boom; }), (e) => e === boom);
  assert.equal(c.disposed, true);
});

test("using: body and disposal both throw -> SuppressedError carrying both", () => {
  const bodyError = new Error("body");
  const disposeError = new Error("dispose");
  const resource = { [Symbol.dispose]() { throw disposeError; } };
  assert.throws(
    () => using(resource, () => { throw bodyError; }),
    (e) => {
      assert.equal(e.name, "SuppressedError");
      assert.ok(e instanceof Error);
      if (typeof SuppressedError === "function") assert.ok(e instanceof SuppressedError);
      assert.equal(e.error, disposeError);
      assert.equal(e.suppressed, bodyError);
      return true;
    },
  );
});

test("using: only the disposal throws -> that error", () => {
  const disposeError = new Error("dispose");
  assert.throws(() => using({ [Symbol.dispose]() { throw disposeError; } }, () => 1), (e) => e === disposeError);
});

test("using accepts any Disposable, and null/undefined", () => {
  let disposed = 0;
  assert.equal(using({ [Symbol.dispose]() { disposed++; } }, () => "x"), "x");
  assert.equal(disposed, 1);
  assert.equal(using(null, (r) => r), null);
  assert.equal(using(undefined, () => 2), 2);
});

test("using rejects a non-disposable with a TypeError, before running the body", () => {
  let ran = false;
  assert.throws(() => using({}, () => { ran = true; }), TypeError);
  assert.throws(() => using(42, () => { ran = true; }), TypeError);
  assert.equal(ran, false);
});

test("usingAsync awaits the body, then [Symbol.asyncDispose]", async () => {
  const events = [];
  const resource = {
    async [Symbol.asyncDispose]() {
      await new Promise((r) => setTimeout(r, 5));
      events.push("disposed");
    },
  };
  const promise = usingAsync(resource, async () => {
    await new Promise((r) => setTimeout(r, 5));
    events.push("body");
    return 7;
  });
  assert.ok(promise instanceof Promise);
  assert.equal(await promise, 7);
  assert.deepEqual(events, ["body", "disposed"]);
});

test("usingAsync takes sync disposables, as await using does", async () => {
  const before = dropCount();
  const c = new Counter(2);
  assert.equal(await usingAsync(c, (r) => r.increment()), 3);
  assert.equal(c.disposed, true);
  assert.equal(dropCount(), before + 1);
});

test("usingAsync: rejected body and failing disposal -> rejected SuppressedError", async () => {
  const bodyError = new Error("body");
  const disposeError = new Error("dispose");
  const resource = { async [Symbol.asyncDispose]() { throw disposeError; } };
  await assert.rejects(usingAsync(resource, async () => { throw bodyError; }), (e) => {
    assert.equal(e.name, "SuppressedError");
    assert.equal(e.error, disposeError);
    assert.equal(e.suppressed, bodyError);
    return true;
  });
});

test("usingAsync: a failing async disposal rejects, never throws synchronously", async () => {
  const disposeError = new Error("dispose");
  const promise = usingAsync({ [Symbol.asyncDispose]: () => Promise.reject(disposeError) }, () => 1);
  await assert.rejects(promise, (e) => e === disposeError);
  await assert.rejects(usingAsync({}, () => 1), TypeError);
});

// The shims look a resource's method up under the same keys as
// `JsDisposable`: an object made with a polyfill's symbol disposes too.
test("using() and usingAsync() dispose objects keyed by a polyfill's Symbol.for(\"dispose\")", async () => {
  const calls = [];
  const sync = { [Symbol.for("dispose")]: () => calls.push("sync") };
  assert.equal(using(sync, () => 1), 1);
  const asyncOne = { [Symbol.for("asyncDispose")]: async () => calls.push("async") };
  assert.equal(await usingAsync(asyncOne, async () => 2), 2);
  assert.deepEqual(calls, ["sync", "async"]);
});
