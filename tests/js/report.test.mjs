// Contract points 6 and 7: counters, the disposal hook, leak reports with
// allocation sites, assertNoLeaks. The fixture is built with the
// `leak-sites` feature; the garbage-collection tests need a way to force a
// collection (node --expose-gc, deno --v8-flags=--expose-gc, Bun.gc) and are
// skipped without one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const {
  Counter,
  Blob,
  consumeCounter,
  disposableStats,
  debugDispose,
  leakReport,
  assertNoLeaks,
  captureAllocationSites,
  dropCount,
  rustStats,
  rustLiveReport,
  rustLeakClasses,
} = p;

const forceGc = globalThis.gc ?? (globalThis.Bun ? () => globalThis.Bun.gc(true) : undefined);
const noGc = forceGc ? false : "needs a forced garbage collection (--expose-gc)";

/** Collects until `done()` holds, in a bounded number of rounds. */
async function collectUntil(done) {
  for (let round = 1; round <= 50; round++) {
    forceGc();
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (done()) return round;
  }
  return 0;
}

const counts = (cls) => disposableStats()[cls] ?? { created: 0, disposed: 0, moved: 0, leaked: 0, live: 0 };

function delta(before, after) {
  const d = {};
  for (const k of ["created", "disposed", "moved", "leaked", "live"]) d[k] = after[k] - before[k];
  return d;
}

function checkInvariant() {
  for (const [cls, s] of Object.entries(disposableStats())) {
    assert.equal(s.live, s.created - s.disposed - s.moved - s.leaked, `${cls}: live = created - disposed - moved - leaked`);
  }
}

/** Creates a counter in a frame of its own that is gone when it returns. */
function abandonCounter(value) {
  new Counter(value);
}

test("disposableStats() is exact at every step", () => {
  const start = counts("Counter");
  const a = new Counter(1);
  const b = new Counter(2);
  const c = new Counter(3);
  assert.deepEqual(delta(start, counts("Counter")), { created: 3, disposed: 0, moved: 0, leaked: 0, live: 3 });
  a.free();
  a.free();
  assert.deepEqual(delta(start, counts("Counter")), { created: 3, disposed: 1, moved: 0, leaked: 0, live: 2 });
  consumeCounter(b);
  assert.deepEqual(delta(start, counts("Counter")), { created: 3, disposed: 1, moved: 1, leaked: 0, live: 1 });
  const d = c.cloneCounter();
  c[Symbol.dispose]();
  d.finish();
  assert.deepEqual(delta(start, counts("Counter")), { created: 4, disposed: 2, moved: 2, leaked: 0, live: 0 });
  checkInvariant();
  assert.deepEqual(Object.keys(disposableStats().Counter).sort(), ["created", "disposed", "leaked", "live", "moved"]);
});

test("debugDispose reports every disposal and move, and unsubscribes", () => {
  const events = [];
  const off = debugDispose((e) => events.push(e));
  const a = new Counter(1);
  a.free();
  a.free();
  consumeCounter(new Counter(2));
  const blob = new Blob(16);
  blob[Symbol.dispose]();
  off();
  off();
  new Counter(3).free();
  assert.deepEqual(events, [
    { class: "Counter", reason: "dispose" },
    { class: "Counter", reason: "move" },
    { class: "Blob", reason: "dispose" },
  ]);
});

test("a listener that throws does not break disposal or other listeners", () => {
  const seen = [];
  const logged = [];
  const original = console.error;
  console.error = (...args) => logged.push(args);
  const offBad = debugDispose(() => {
    throw new Error("listener bug");
  });
  const offGood = debugDispose((e) => seen.push(e.reason));
  try {
    const before = dropCount();
    const c = new Counter(1);
    c.free();
    assert.equal(dropCount(), before + 1, "the value was dropped");
    assert.equal(c.disposed, true);
    assert.deepEqual(seen, ["dispose"], "the next listener still ran");
    assert.equal(logged.length, 1, "the listener's error was reported");
    assert.match(String(logged[0][1]), /listener bug/);
  } finally {
    console.error = original;
    offBad();
    offGood();
  }
});

test("a garbage-collected object is released and counted as leaked, with its allocation site", { skip: noGc }, async () => {
  captureAllocationSites(true);
  const events = [];
  const off = debugDispose((e) => events.push(e));
  const start = counts("Counter");
  const reportsBefore = leakReport().length;
  const dropsBefore = dropCount();
  abandonCounter(41);
  assert.equal(counts("Counter").live, start.live + 1);
  const rounds = await collectUntil(() => counts("Counter").leaked > start.leaked);
  off();
  assert.ok(rounds > 0, "the object was finalized");
  assert.deepEqual(delta(start, counts("Counter")), { created: 1, disposed: 0, moved: 0, leaked: 1, live: 0 });
  assert.equal(dropCount(), dropsBefore + 1, "Rust dropped the value");
  assert.deepEqual(events, [{ class: "Counter", reason: "finalize" }]);
  const records = leakReport().slice(reportsBefore);
  assert.equal(records.length, 1);
  assert.equal(records[0].class, "Counter");
  assert.match(records[0].site, /abandonCounter/, "the site names the function that created it");
  assert.match(records[0].site, /report\.test\.mjs/);
  assert.doesNotMatch(records[0].site, /wasm-dispose\.js/, "the library's own frames are left out");
  checkInvariant();
});

test("with capture switched off, leak records have no site", { skip: noGc }, async () => {
  captureAllocationSites(false);
  try {
    const start = counts("Counter");
    const reportsBefore = leakReport().length;
    abandonCounter(7);
    assert.ok(await collectUntil(() => counts("Counter").leaked > start.leaked));
    const records = leakReport().slice(reportsBefore);
    assert.deepEqual(records, [{ class: "Counter", site: undefined }]);
  } finally {
    captureAllocationSites(true);
  }
});

test("assertNoLeaks() lists live objects with their allocation sites", () => {
  captureAllocationSites(true);
  assertNoLeaks(); // nothing live yet: returns quietly
  const a = new Counter(1);
  const b = new Blob(8);
  let message = "";
  assert.throws(
    () => assertNoLeaks(),
    (e) => {
      message = e.message;
      return e instanceof Error;
    },
  );
  assert.match(message, /2 live objects/);
  assert.match(message, /Counter: 1 live/);
  assert.match(message, /Blob: 1 live/);
  assert.match(message, /allocated at:[\s\S]*report\.test\.mjs/);
  a.free();
  b.free();
  assertNoLeaks();
});

test("the Rust API gives the same numbers", () => {
  const a = new Counter(1);
  const b = new Counter(2);
  consumeCounter(b);
  const js = disposableStats().Counter;
  assert.deepEqual([...rustStats("Counter")], [js.created, js.disposed, js.moved, js.leaked, js.live]);
  assert.match(rustLiveReport(), /Counter: 1 live/);
  a.free();
  assert.equal(rustLiveReport(), undefined);
  assert.deepEqual(rustLeakClasses(), leakReport().map((r) => r.class));
});
