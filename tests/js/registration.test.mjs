// When the snippet registers an object for finalization (see its
// `registerLater`): an object disposed within the task it was made in is
// never registered; one that outlives its task is, at the end of the task;
// and a class whose objects keep outliving their task has them registered
// at once (no wait, no microtask), until one is disposed within its task
// again. Counted by wrapping `FinalizationRegistry.prototype.register`
// before the package (and so the snippet) loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { load, loaded, pkgDir } from "./load.mjs";

// The count needs the wrapper below in place before the snippet loads (it
// keeps the `register` it finds); where an earlier file of the same realm
// loaded the package (Bun), the test is skipped.
const watched = !loaded.has("fixture");

let registered = 0;
const register = FinalizationRegistry.prototype.register;
FinalizationRegistry.prototype.register = function (target, held, token) {
  if (target?.constructor?.name === "Counter") registered++;
  return register.call(this, target, held, token);
};
const { Counter, wasm, wasmBindgenVersion } = await load("fixture");
// Before 0.2.130 the cells of disposed objects are given back at the end of
// the microtask (see stretch.test.mjs), so memory may grow within one.
const atOnce = Number(wasmBindgenVersion().split(".")[2]) >= 130;
const snippet = existsSync(join(pkgDir("fixture"), "snippets"));
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("registration waits for the end of the task, and goes at once for a class whose objects outlive it", { skip: (!snippet && "the fallback registers as the glue does") || (!watched && "the package was loaded before this file could watch its registrations") }, async () => {
  // The class's first object makes it ready (its probe object registers).
  new Counter(0).free();
  await tick();
  // Disposed within their task: never registered.
  let before = registered;
  for (let i = 0; i < 1000; i++) new Counter(i).free();
  await tick();
  assert.equal(registered - before, 0, "objects disposed within their task");

  // Outliving their task: registered at its end, not before.
  const kept = [];
  try {
    before = registered;
    kept.push(new Counter(1));
    assert.equal(registered - before, 0, "waits while the task runs");
    await null;
    assert.equal(registered - before, 1, "registered at the end of the task");

    // Again and again: the class's objects are then registered at once.
    for (let i = 0; i < 20; i++) {
      kept.push(new Counter(i));
      await null;
    }
    before = registered;
    kept.push(new Counter(2));
    assert.equal(registered - before, 1, "registered at once, without waiting");
  } finally {
    // Freed whatever failed: a leak would show in later suites' counters.
    for (const c of kept) c.free();
  }
  const memory = wasm.memory.buffer.byteLength;

  // Temporaries again: at most one sample's worth of them registers before
  // one waits, is disposed within its task, and the class waits again.
  before = registered;
  for (let i = 0; i < 1000; i++) new Counter(i).free();
  const first = registered - before;
  assert.ok(first > 0 && first < 256, `${first} registered before the class waited again`);
  await tick();
  before = registered;
  for (let i = 0; i < 100_000; i++) new Counter(i).free();
  assert.equal(registered - before, 0, "waiting again");
  if (atOnce) assert.equal(wasm.memory.buffer.byteLength, memory, "nothing left behind");
});
