// TypeScript `using` / `await using`, lowered by tsc to ES2022 and run on
// Node 18 and 20, which have no such syntax (Node 18 not even Symbol.dispose).
import { test } from "node:test";
import assert from "node:assert/strict";
import type * as Fixture from "../../target/wasm-dispose/pkg/fixture/fixture.js";
import { load } from "../js/load.mjs";

const p = (await load("fixture")) as typeof Fixture;

test("tsc-lowered `using` disposes at block exit", () => {
  const before = p.dropCount();
  let escaped: Fixture.Counter | undefined;
  {
    using c = new p.Counter(1);
    escaped = c;
    assert.equal(c.increment(), 2);
    assert.equal(p.dropCount(), before);
  }
  assert.equal(p.dropCount(), before + 1);
  assert.equal(escaped.disposed, true);
  assert.throws(() => escaped!.increment(), p.DisposedError);
});

test("tsc-lowered `await using` disposes a sync disposable", async () => {
  const before = p.dropCount();
  {
    await using c = new p.Counter(1);
    await null;
    c.increment();
  }
  assert.equal(p.dropCount(), before + 1);
});

test("tsc-lowered `using`: body and disposal both throw -> SuppressedError", () => {
  const bodyError = new Error("body");
  const disposeError = new Error("dispose");
  assert.throws(
    () => {
      using _c = new p.Counter(1);
      using _r = { [Symbol.dispose]() { throw disposeError; } };
      throw bodyError;
    },
    (e: any) => e.name === "SuppressedError" && e.error === disposeError && e.suppressed === bodyError,
  );
});

test("the shims type-check and run here too", async () => {
  assert.equal(p.using(new p.Counter(2), (c) => c.increment()), 3);
  assert.equal(await p.usingAsync(new p.Counter(3), async (c) => c.increment()), 4);
});
