// A panic (a trap, with `panic = "abort"`) inside a `&mut self` method: the
// object stays borrowed, its value is abandoned (its `Drop` never runs on a
// value the trap may have left half-updated), and the counters say so.
// Other objects and the instance go on, async disposal too. Node 24, Deno
// and Bun (each forces collection).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "./load.mjs";

const { Counter, Channel, channelDropCount, dropCount, disposableStats, debugDispose } = await load("fixture");
const stats = () => ({ ...disposableStats().Counter });
const gc = globalThis.gc ?? (() => Bun.gc(true));

async function collect(until) {
  for (let i = 0; i < 200 && !until(); i++) {
    gc();
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A second instance of the fixture, in a module of its own. */
async function freshInstance() {
  const dir = join(process.env.WASM_DISPOSE_PKG ?? new URL("../../target/wasm-dispose/pkg", import.meta.url).pathname, "fixture");
  // A plain path, not a file: URL: Bun keys file: URLs without their query.
  const pkg = await import(`${join(dir, "fixture.js")}?fresh`);
  pkg.initSync({ module: readFileSync(join(dir, "fixture_bg.wasm")) });
  return pkg;
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

test("after a trap, the first async disposal in the instance runs its cleanup and Drop, counts truly, and a panicking cleanup rejects", async () => {
  // The trap above came before any Channel existed.
  const drops = channelDropCount();
  const sent = [];
  const ch = new Channel((batch) => sent.push(batch));
  ch.send("after the trap");
  await ch[Symbol.asyncDispose]();
  assert.deepEqual(sent, [["after the trap"]], "the cleanup ran");
  assert.equal(channelDropCount(), drops + 1, "and so did Drop");
  const s = disposableStats().Channel;
  assert.equal(s.disposed, s.created);
  assert.equal(s.live, 0);
  // A panicking cleanup rejects; its message is lost (std refuses to install
  // a panic hook once a panic trapped), but the error says what happened.
  const failing = Channel.failing((b) => sent.push(b), "panic");
  await assert.rejects(failing[Symbol.asyncDispose](), (e) => e instanceof Error && /async cleanup of Channel .* panicked/.test(e.message));
  assert.equal(failing.disposed, true);
});

test("with an async object made before a trap, a later panicking cleanup rejects with the panic's message", async () => {
  const p = await freshInstance();
  const early = new p.Channel(() => {});
  const c = new p.Counter(1);
  assert.throws(() => c.explode(), (e) => e instanceof WebAssembly.RuntimeError);
  const failing = p.Channel.failing(() => {}, "panic");
  await assert.rejects(failing[Symbol.asyncDispose](), /the sink is gone/);
  await early[Symbol.asyncDispose]();
  assert.equal(p.disposableStats().Channel.live, 0);
});
