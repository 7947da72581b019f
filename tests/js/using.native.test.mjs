// The `using` and `await using` declarations themselves, on runtimes that
// have them natively (Node 24, Deno 2, Bun).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const { Counter, Blob, dropCount, DisposedError } = await load("fixture");

test("using drops the Rust value at block exit", () => {
  const before = dropCount();
  let escaped;
  {
    using c = new Counter(1);
    escaped = c;
    assert.equal(c.increment(), 2);
    assert.equal(dropCount(), before);
  }
  assert.equal(dropCount(), before + 1);
  assert.equal(escaped.disposed, true);
});

test("using drops the value when the block throws", () => {
  const before = dropCount();
  assert.throws(() => {
    using c = new Counter(1);
    c.increment();
    throw new Error("boom");
  }, /boom/);
  assert.equal(dropCount(), before + 1);
});

test("await using disposes a sync disposable at block exit", async () => {
  const before = dropCount();
  let escaped;
  {
    await using c = new Counter(1);
    escaped = c;
    await null;
    assert.equal(dropCount(), before);
  }
  assert.equal(dropCount(), before + 1);
  assert.equal(escaped.disposed, true);
});

test("several using declarations dispose in reverse order", () => {
  const order = [];
  {
    using a = new Counter(1);
    using b = new Counter(2);
    using _watch = { [Symbol.dispose]() { order.push(`a:${a.disposed},b:${b.disposed}`); } };
  }
  assert.deepEqual(order, ["a:false,b:false"]);
});

test("using a disposed object's method in the block throws DisposedError", () => {
  assert.throws(() => {
    using b = new Blob(16);
    b.free();
    b.len;
  }, DisposedError);
});
