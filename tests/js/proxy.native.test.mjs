// Issue 14: disposal through a Proxy `this`. worker-build (workers-rs) wraps
// every exported class in a Proxy whose instances are Proxies as well, so
// `free()`, `[Symbol.dispose]()` and `using` run with `this` set to the
// Proxy, never the object wasm-bindgen registered with its
// FinalizationRegistry. Each object must still be released exactly once:
// disposal drops the Rust value, and the finalizer that runs when the real
// object is collected must free nothing that belongs to anyone else.
// Needs the `using` syntax and --expose-gc (Node 24 step).
//
// Node 24's `using` refuses a dispose method that is not a plain function
// (a Proxy or a bound function: "Symbol(Symbol.dispose) is not a function"),
// so here `using` goes through a Proxy that forwards reads (with the Proxy as
// receiver) and hands out the methods themselves; the method-wrapping
// worker-build Proxy is disposed by free(), [Symbol.dispose]() and the
// package's using() helper. workerd's V8 takes worker-build's Proxy in a
// `using` declaration: examples/workers-rs does that under load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const { Blob, Counter, DisposedError, dropCount, disposableStats, using } = p;

/** What worker-build 0.8.7's shim.js does (classProxyHooks and
 * instanceProxyHooks, reduced to what matters here): `new` on the class
 * Proxy returns a Proxy over a holder of the real instance; reads go to the
 * instance with the Proxy as receiver, and methods come wrapped in a Proxy,
 * so they run with `this` = the instance Proxy. `onInstance` is told about
 * each real instance (to count collections). */
function workerBuildStyle(cls, onInstance) {
  return new Proxy(cls, {
    construct(ctor, args, newTarget) {
      const holder = { instance: Reflect.construct(ctor, args, newTarget) };
      onInstance(holder.instance);
      return new Proxy(holder, {
        get(target, prop, receiver) {
          const original = Reflect.get(target.instance, prop, receiver);
          if (typeof original !== "function") return original;
          return new Proxy(original, { apply: (f, thisArg, argArray) => f.apply(thisArg, argArray) });
        },
        ...forwardingHooks,
      });
    },
  });
}

/** A wrapper that forwards everything to the real object, with the Proxy as
 * receiver (so methods, getters and setters run with `this` = the Proxy). */
function forwarding(cls, onInstance) {
  return new Proxy(cls, {
    construct(ctor, args, newTarget) {
      const holder = { instance: Reflect.construct(ctor, args, newTarget) };
      onInstance(holder.instance);
      return new Proxy(holder, {
        get: (target, prop, receiver) => Reflect.get(target.instance, prop, receiver),
        ...forwardingHooks,
      });
    },
  });
}

const forwardingHooks = {
  set: (target, prop, value, receiver) => Reflect.set(target.instance, prop, value, receiver),
  has: (target, prop) => Reflect.has(target.instance, prop),
  getPrototypeOf: (target) => Reflect.getPrototypeOf(target.instance),
  defineProperty: (target, prop, desc) => Reflect.defineProperty(target.instance, prop, desc),
  getOwnPropertyDescriptor: (target, prop) => Reflect.getOwnPropertyDescriptor(target.instance, prop),
  ownKeys: (target) => Reflect.ownKeys(target.instance),
};

// Collects until `done()` holds (a finalizer runs in a later task, so each
// round yields to the event loop first). Returns the round, 0 if never.
async function collectUntil(done, rounds = 40) {
  for (let round = 1; round <= rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (done()) return round;
  }
  return 0;
}

const none = { created: 0, disposed: 0, moved: 0, leaked: 0, live: 0 };
const blobStats = () => ({ ...(disposableStats().Blob ?? none) });
const counterStats = () => ({ ...(disposableStats().Counter ?? none) });

test("disposal through a worker-build-style Proxy releases each object once; no other object is affected", async (t) => {
  assert.equal(typeof gc, "function", "run with --expose-gc");
  // Settle whatever earlier suites left for the collector.
  await collectUntil(() => false, 3);
  const stats0 = blobStats();
  const drops0 = dropCount();

  let collected = 0;
  const registry = new FinalizationRegistry(() => collected++);
  const count = (instance) => registry.register(instance, null);
  const WrappedBlob = workerBuildStyle(Blob, count);
  const ForwardedBlob = forwarding(Blob, count);

  // Per round: free(), [Symbol.dispose]() and the using() helper on
  // worker-build's Proxy, a `using` declaration and free() on the forwarding one.
  const N = 100;
  const LEAKED = 10; // never disposed: released by finalization only
  (() => {
    for (let i = 0; i < N / 5; i++) {
      const a = new WrappedBlob(1000 + i);
      assert.equal(a.len, 1000 + i);
      const drops = dropCount();
      a.free();
      assert.equal(dropCount(), drops + 1, "dropped before free() returned");
      const b = new WrappedBlob(2000 + i);
      b[Symbol.dispose]();
      const c = using(new WrappedBlob(3000 + i), (blob) => {
        assert.equal(blob.len, 3000 + i);
        return blob;
      });
      let d;
      {
        using blob = new ForwardedBlob(4000 + i);
        assert.equal(blob.len, 4000 + i);
        d = blob;
      }
      const e = new ForwardedBlob(5000 + i);
      e.free();
      for (const x of [a, b, c, d, e]) {
        assert.equal(x.disposed, true);
        assert.throws(() => x.len, (err) => err instanceof DisposedError && err.reason === "disposed");
        x.free(); // idempotent through the Proxy as well
        x[Symbol.dispose]();
      }
    }
    for (let i = 0; i < LEAKED; i++) (i % 2 ? new WrappedBlob(6000 + i) : new ForwardedBlob(6000 + i)).len;
  })();
  assert.equal(dropCount(), drops0 + N, "each disposal dropped its value before returning, once");
  const afterDispose = blobStats();
  assert.equal(afterDispose.created - stats0.created, N + LEAKED);
  assert.equal(afterDispose.disposed - stats0.disposed, N);
  assert.equal(afterDispose.live - stats0.live, LEAKED);

  // Bystanders, made after the disposals: in a double free, a finalizer
  // frees memory that one of these owns by then.
  const counters0 = counterStats();
  const bystanders = Array.from({ length: 200 }, (_, i) => new Counter(i * 7));
  const blobs = Array.from({ length: 200 }, (_, i) => new Blob(10 + i));

  const round = await collectUntil(() => collected === N + LEAKED);
  t.diagnostic(`the ${N + LEAKED} proxied objects were collected after ${round} gc round(s)`);
  assert.ok(round > 0, `every proxied object collected (${collected} of ${N + LEAKED})`);
  // wasm-bindgen's finalizers run in the same or a later task: let them.
  await collectUntil(() => blobStats().leaked - stats0.leaked === LEAKED);

  // Churn: new allocations reuse whatever the finalizers freed.
  const fresh = Array.from({ length: 200 }, (_, i) => new Blob(500 + i));
  const freshCounters = Array.from({ length: 200 }, (_, i) => new Counter(-1 - i));

  bystanders.forEach((c, i) => {
    assert.equal(c.disposed, false);
    assert.equal(c.value, i * 7, `bystander counter ${i} intact`);
  });
  blobs.forEach((b, i) => assert.equal(b.len, 10 + i, `bystander blob ${i} intact`));
  fresh.forEach((b, i) => assert.equal(b.len, 500 + i));
  freshCounters.forEach((c, i) => assert.equal(c.value, -1 - i));

  const after = blobStats();
  assert.equal(after.created - stats0.created, N + LEAKED + 400);
  assert.equal(after.disposed - stats0.disposed, N, "no disposal counted twice");
  assert.equal(after.leaked - stats0.leaked, LEAKED, "exactly the never-disposed ones leaked");
  assert.equal(after.live - stats0.live, 400);
  assert.equal(dropCount(), drops0 + N + LEAKED, "every value dropped exactly once");

  for (const x of [...bystanders, ...blobs, ...fresh, ...freshCounters]) x.free();
  assert.equal(dropCount(), drops0 + N + LEAKED + 800, "and the 800 bystanders once each");
  const end = blobStats();
  assert.equal(end.live, stats0.live, "no Blob of this test left live");
  assert.equal(end.created, end.disposed + end.moved + end.leaked + end.live);
  const counters = counterStats();
  assert.equal(counters.created - counters0.created, 400);
  assert.equal(counters.disposed - counters0.disposed, 400);
  assert.equal(counters.live, counters0.live);
});

// The control: the same sequence with a plain `#[wasm_bindgen]` class (the
// parity package built with `plain`). wasm-bindgen's own free() unregisters
// `this` from its FinalizationRegistry, a no-op for a Proxy, so the finalizer
// frees the value a second time after collection. This shows that the test
// above would see a double free: with wasm-bindgen 0.2.130 the allocator's
// state is corrupted and bystanders or new allocations fail.
test("control: a plain #[wasm_bindgen] class freed through the same Proxy is freed twice", async (t) => {
  const plain = await load("parity-plain");
  assert.equal(plain.isPlain(), true);
  let collected = 0;
  const registry = new FinalizationRegistry(() => collected++);
  const WrappedImg = workerBuildStyle(plain.Img, (instance) => registry.register(instance, null));
  const N = 100;
  (() => {
    for (let i = 0; i < N; i++) new WrappedImg(i).free();
  })();
  const bystanders = Array.from({ length: N }, (_, i) => new plain.Img(1000 + i));
  const round = await collectUntil(() => collected === N);
  assert.ok(round > 0, `every proxied object collected (${collected} of ${N})`);
  await collectUntil(() => false, 3); // wasm-bindgen's finalizers

  let failures = 0;
  let first;
  for (let i = 0; i < N; i++) {
    try {
      if (new plain.Img(5000 + i).width !== 5000 + i) throw new Error("a new object reads wrong");
      if (bystanders[i].width !== 1000 + i) throw new Error(`bystander ${i} reads ${bystanders[i].width}`);
    } catch (e) {
      failures++;
      first ??= `${e.name}: ${e.message}`;
    }
  }
  t.diagnostic(`plain wasm-bindgen through the Proxy: ${failures} of ${N} checks failed; first: ${first}`);
  assert.ok(failures > 0, "the double free shows (else this control no longer controls anything)");
});
