// Objects above 2 GiB: their pointers reach the glue as negative 32-bit
// numbers, and must behave like any other. Node 24 only (about 2.3 GiB of
// linear memory).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load, MiB } from "./load.mjs";

const p = await load("fixture");
const { Blob, Counter, DisposedError, dropCount, wasm } = p;

test("objects above 2 GiB are live, callable, passable and disposable", () => {
  const ballast = [];
  while (wasm.memory.buffer.byteLength < 2.25 * 1024 * MiB) ballast.push(new Blob(256 * MiB));
  // Small objects now come from the top of the heap; keep making them until
  // one sits above 2 GiB (bounded).
  const made = [];
  let high;
  for (let i = 0; i < 100_000 && !high; i++) {
    const c = new Counter(i);
    made.push(c);
    if (c.__wbg_ptr >>> 0 >= 2 ** 31) high = c;
  }
  assert.ok(high, "a Counter above 2 GiB");
  const pick = () => {
    for (;;) {
      const c = new Counter(10);
      if (c.__wbg_ptr >>> 0 >= 2 ** 31) return c;
      made.push(c);
    }
  };
  const a = pick();
  const b = pick();
  assert.equal(a.disposed, false);
  assert.equal(a.increment(), 11);
  assert.equal(a.value, 11);
  assert.equal(p.peekCounter(a), 11);
  assert.equal(p.bumpCounter(a), 111);
  assert.equal(a.add(b), 121);
  assert.equal(p.maybeConsume(pick()), 10);
  assert.equal(a.absorb(b), 131);
  assert.equal(b.disposed, true);
  assert.throws(() => b.increment(), (e) => e instanceof DisposedError && e.reason === "moved");
  const drops = dropCount();
  a.free();
  assert.equal(dropCount(), drops + 1);
  assert.equal(a.disposed, true);
  assert.throws(() => a.increment(), (e) => e instanceof DisposedError && e.reason === "disposed");
  const c = pick();
  assert.equal(p.consumeCounter(c), 10);
  for (const o of made) o.free();
  for (const o of ballast) o.free();
});
