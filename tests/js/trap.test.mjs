// A panic (a trap, with `panic = "abort"`) inside a `&mut self` method: the
// object stays borrowed, its value is abandoned (its `Drop` never runs on a
// value the trap may have left half-updated), and the counters say so.
// Other objects and the instance go on. Node 24 (forces collection).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const { Counter, dropCount, disposableStats, debugDispose } = await load("fixture");
const stats = () => ({ ...disposableStats().Counter });

async function collect(until) {
  for (let i = 0; i < 200 && !until(); i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 5));
  }
}

test("a disposal while Rust borrows the value is counted when the value goes", () => {
  const c = new Counter(1);
  const before = stats();
  c.visit(() => {
    c.free();
    assert.equal(c.disposed, true);
    assert.equal(stats().disposed, before.disposed, "not yet: Rust still holds the value");
    assert.equal(stats().live, before.live);
  });
  assert.equal(stats().disposed, before.disposed + 1);
  assert.equal(stats().live, before.live - 1);
});

test("after a trap in &mut self, the object stays borrowed, is never dropped, and is counted as leaked with reason trap", async () => {
  const reasons = [];
  const unsubscribe = debugDispose((e) => reasons.push(e.reason));
  const drops = dropCount();
  let c = new Counter(1);
  const before = stats();
  assert.throws(() => c.explode(), (e) => e instanceof WebAssembly.RuntimeError);
  // Still borrowed by the trapped call, and the error says why it may be.
  assert.throws(() => c.increment(), /in use by Rust \(borrowed\).*or a panic trapped a call on it/);
  c.free();
  assert.equal(c.disposed, true);
  assert.equal(dropCount(), drops, "no Drop on a value the trap may have left half-updated");
  assert.deepEqual(stats(), before, "not counted as disposed: its value was not released");

  // The instance goes on for other objects.
  const d = new Counter(5);
  assert.equal(d.increment(), 6);
  d.free();
  assert.equal(dropCount(), drops + 1);

  // Collected: counted as leaked, reason "trap", still never dropped.
  c = null;
  await collect(() => stats().leaked > before.leaked);
  const after = stats();
  assert.equal(after.leaked, before.leaked + 1);
  assert.equal(after.live, before.live - 1);
  assert.equal(after.disposed, before.disposed + 1, "d only");
  assert.equal(dropCount(), drops + 1);
  assert.ok(reasons.includes("trap"), `reasons: ${reasons}`);
  unsubscribe();
});
