// `await using` on an async class, natively (Node 24, Deno, Bun).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const { Channel, channelDropCount } = p;

test("await using awaits the Rust cleanup at block exit", async () => {
  const delivered = [];
  const drops = channelDropCount();
  {
    await using ch = new Channel(async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      delivered.push(...batch);
    });
    ch.send("hello");
    ch.send("world");
    assert.deepEqual(delivered, []);
  }
  assert.deepEqual(delivered, ["hello", "world"], "the block waited for the async cleanup");
  assert.equal(channelDropCount(), drops + 1);
});

test("a failing cleanup surfaces from await using", async () => {
  const drops = channelDropCount();
  await assert.rejects(
    async () => {
      await using ch = Channel.failing(() => undefined, "could not flush");
      ch.send("x");
    },
    (e) => e instanceof Error && e.message === "could not flush",
  );
  assert.equal(channelDropCount(), drops + 1);
});

test("body and cleanup both failing give a SuppressedError", async () => {
  const drops = channelDropCount();
  await assert.rejects(
    async () => {
      await using ch = Channel.failing(() => undefined, "could not flush");
      ch.send("x");
      throw new RangeError("body failed");
    },
    (e) => {
      assert.equal(e.name, "SuppressedError");
      assert.equal(e.error.message, "could not flush", "error: the cleanup's");
      assert.ok(e.suppressed instanceof RangeError, "suppressed: the body's");
      return true;
    },
  );
  assert.equal(channelDropCount(), drops + 1);
});

test("AsyncDisposableStack disposes Rust objects in reverse order", { skip: typeof AsyncDisposableStack !== "function" }, async () => {
  const order = [];
  {
    await using stack = new AsyncDisposableStack();
    stack.use(new Channel(async () => order.push("first")));
    stack.use(new Channel(async () => order.push("second")));
  }
  assert.deepEqual(order, ["second", "first"]);
});
