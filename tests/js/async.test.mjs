// Contract point 5: `[Symbol.asyncDispose]()` runs the Rust async cleanup
// (`impl AsyncDispose`). No `await using` syntax here, so this suite runs on
// every runtime, Node 18 included; async.native.test.mjs covers the syntax.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const { Channel, DisposedError, channelDropCount, debugDispose } = p;

/** A promise and the function that resolves it. */
function gate() {
  let open;
  const promise = new Promise((resolve) => (open = resolve));
  return { promise, open };
}

/** A sink that records batches and resolves when the test says so. */
function sink() {
  const batches = [];
  const pending = [];
  const fn = (batch) => {
    batches.push(batch);
    const g = gate();
    pending.push(g);
    return g.promise;
  };
  return { fn, batches, release: () => pending.splice(0).forEach((g) => g.open()) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("[Symbol.asyncDispose]() settles after the Rust cleanup finished", async () => {
  const s = sink();
  const drops = channelDropCount();
  const ch = new Channel(s.fn);
  ch.send("a");
  ch.send("b");
  let settled = false;
  const done = ch[Symbol.asyncDispose]().then(() => (settled = true));
  assert.ok(done instanceof Promise);
  await tick();
  assert.deepEqual(s.batches, [["a", "b"]], "the cleanup ran and delivered the queue");
  assert.equal(settled, false, "still waiting for the sink's promise");
  s.release();
  await done;
  assert.equal(settled, true);
  assert.equal(channelDropCount(), drops + 1, "the Rust value was dropped");
});

test("the object is disposed from the moment of the call", async () => {
  const s = sink();
  const ch = new Channel(s.fn);
  const done = ch[Symbol.asyncDispose]();
  assert.equal(ch.disposed, true);
  assert.throws(() => ch.send("late"), (e) => e instanceof DisposedError && e.reason === "disposed");
  assert.throws(() => ch.queued, DisposedError);
  s.release();
  await tick();
  s.release();
  await done;
});

test("a second asyncDispose or dispose neither reruns the cleanup nor throws", async () => {
  const s = sink();
  const drops = channelDropCount();
  const ch = new Channel(s.fn);
  ch.send("once");
  const first = ch[Symbol.asyncDispose]();
  const second = ch[Symbol.asyncDispose]();
  ch[Symbol.dispose]();
  ch.free();
  let secondSettled = false;
  second.then(() => (secondSettled = true));
  await tick();
  assert.equal(secondSettled, false, "the second call waits for the same cleanup");
  s.release();
  await first;
  await second;
  assert.equal(s.batches.length, 1, "the cleanup ran once");
  assert.equal(channelDropCount(), drops + 1);
  await ch[Symbol.asyncDispose]();
  assert.equal(s.batches.length, 1);
});

test("on a frozen object, a second asyncDispose waits for the first cleanup and never rejects", async () => {
  // A frozen object keeps its pointer, so the second call reaches Rust's
  // own bookkeeping of running cleanups, not the snippet's.
  const s = sink();
  const drops = channelDropCount();
  const ch = Object.freeze(new Channel(s.fn));
  ch.send("once");
  const first = ch[Symbol.asyncDispose]();
  const second = ch[Symbol.asyncDispose]();
  let secondSettled = false;
  second.then(() => (secondSettled = true));
  await tick();
  assert.equal(secondSettled, false, "the second call waits for the same cleanup");
  s.release();
  await first;
  await second;
  assert.equal(secondSettled, true);
  assert.equal(s.batches.length, 1, "the cleanup ran once");
  assert.equal(channelDropCount(), drops + 1);

  const failing = Object.freeze(Channel.failing(() => undefined, "flush failed"));
  const rejected = failing[Symbol.asyncDispose]();
  const after = failing[Symbol.asyncDispose]();
  await assert.rejects(rejected, (e) => e instanceof Error && e.message === "flush failed");
  assert.equal(await after, undefined, "the second call settles with the first, without its rejection");
});

test("a failing cleanup rejects with its error and still releases the memory", async () => {
  const drops = channelDropCount();
  const ch = Channel.failing(() => undefined, "flush failed");
  ch.send("x");
  const first = ch[Symbol.asyncDispose]();
  const second = ch[Symbol.asyncDispose]();
  await assert.rejects(first, (e) => e instanceof Error && e.message === "flush failed");
  assert.equal(await second, undefined, "a second call made meanwhile settles with the first, without its rejection");
  assert.equal(channelDropCount(), drops + 1, "dropped although the cleanup failed");
  assert.equal(ch.disposed, true);
  // Later calls do not reject again.
  await ch[Symbol.asyncDispose]();
});

test("a sink that throws rejects the promise instead of crashing", async () => {
  const drops = channelDropCount();
  const ch = new Channel(() => {
    throw new TypeError("sink is closed");
  });
  await assert.rejects(ch[Symbol.asyncDispose](), (e) => e instanceof TypeError && e.message === "sink is closed");
  assert.equal(channelDropCount(), drops + 1);
});

test("[Symbol.dispose]() on an async class drops at once, without the async step", () => {
  const s = sink();
  const drops = channelDropCount();
  const ch = new Channel(s.fn);
  ch.send("dropped");
  ch[Symbol.dispose]();
  assert.equal(channelDropCount(), drops + 1, "dropped before returning");
  assert.deepEqual(s.batches, [], "AsyncDispose::dispose did not run");
  assert.equal(ch.disposed, true);
});

for (const [kind, start] of [
  ["&self", (ch, g) => ch.countAfter(g.promise)],
  ["&mut self", (ch, g) => ch.sendAfter(g.promise, "from the method")],
]) {
  test(`asyncDispose during a running ${kind} async method waits for it, then cleans up`, async () => {
    const s = sink();
    const drops = channelDropCount();
    const ch = new Channel(s.fn);
    ch.send("first");
    const g = gate();
    const running = start(ch, g);
    await tick(); // the method is now awaiting `g`, holding its borrow
    const done = ch[Symbol.asyncDispose]();
    assert.equal(ch.disposed, true);
    assert.throws(() => ch.send("late"), DisposedError);
    await tick();
    assert.deepEqual(s.batches, [], "the cleanup waits for the method");
    assert.equal(channelDropCount(), drops);
    g.open();
    const result = await running;
    assert.equal(typeof result, "number", "the method finished normally");
    await tick();
    assert.equal(s.batches.length, 1, "then the cleanup ran");
    assert.ok(s.batches[0].includes("first"));
    s.release();
    await done;
    assert.equal(channelDropCount(), drops + 1);
  });

  test(`[Symbol.dispose]() during a running ${kind} async method drops when it returns`, async () => {
    const s = sink();
    const drops = channelDropCount();
    const ch = new Channel(s.fn);
    const g = gate();
    const running = start(ch, g);
    await tick();
    ch[Symbol.dispose]();
    assert.equal(ch.disposed, true);
    assert.equal(channelDropCount(), drops, "still in use by the method");
    g.open();
    await running;
    assert.equal(channelDropCount(), drops + 1, "dropped when the method returned");
    assert.deepEqual(s.batches, []);
  });
}

test("an async method called but not started before disposal rejects with DisposedError", async () => {
  const s = sink();
  const ch = new Channel(s.fn);
  const g = gate();
  // wasm-bindgen starts an async method's body on a later microtask.
  const pending = ch.countAfter(g.promise);
  const done = ch[Symbol.asyncDispose]();
  g.open();
  await assert.rejects(pending, (e) => e instanceof DisposedError && e.className === "Channel");
  await tick();
  s.release();
  await done;
});

test("objects made between a disposal and the start of an async method called before it leave both intact", async () => {
  // Before wasm-bindgen 0.2.130 the method takes its receiver when its
  // future first runs: the disposed object's cell must still be there then,
  // not reused by the objects made meanwhile.
  const s = sink();
  const drops = channelDropCount();
  const ch = new Channel(s.fn);
  const g = gate();
  const pending = ch.countAfter(g.promise);
  const done = ch[Symbol.asyncDispose]();
  const others = Array.from({ length: 50 }, (_, i) => {
    const o = new Channel(() => undefined);
    o.send(`message ${i}`);
    return o;
  });
  g.open();
  await assert.rejects(pending, (e) => e instanceof DisposedError && e.className === "Channel");
  await tick();
  s.release();
  await done;
  for (const [i, o] of others.entries()) {
    assert.equal(o.queued, 1, `object ${i} is intact`);
    await o[Symbol.asyncDispose]();
  }
  assert.equal(channelDropCount(), drops + 51);
});

test("asyncDispose is reported to debugDispose as asyncDispose", async () => {
  const events = [];
  const off = debugDispose((e) => events.push(e));
  try {
    const ch = new Channel(() => undefined);
    await ch[Symbol.asyncDispose]();
    const sync = new Channel(() => undefined);
    sync[Symbol.dispose]();
  } finally {
    off();
  }
  assert.deepEqual(events, [
    { class: "Channel", reason: "asyncDispose" },
    { class: "Channel", reason: "dispose" },
  ]);
});

test("a panicking cleanup rejects with an Error that says so, and nothing escapes", async () => {
  const sent = [];
  const ch = Channel.failing((batch) => sent.push(batch), "panic");
  ch.send("last words");
  await assert.rejects(ch[Symbol.asyncDispose](), (e) => {
    assert.ok(e instanceof Error);
    assert.match(e.message, /async cleanup of Channel .*panicked: .*the sink is gone/s);
    return true;
  });
  assert.deepEqual(sent, [["last words"]], "the cleanup ran up to the panic");
  assert.equal(ch.disposed, true);
  // The instance goes on: the panic trapped that one cleanup only.
  const other = new Channel(() => {});
  other.send("x");
  await other[Symbol.asyncDispose]();
});
