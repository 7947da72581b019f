// Core v2: nothing is lost when a call fails, refused calls leave every
// argument as it was, and disposal never writes to the JavaScript object.
// Runs without the `using` syntax (Node 18/20, Deno, Bun too).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { glueOf, load, pkgDir } from "./load.mjs";

const p = await load("fixture");
const { Counter, Channel, DisposedError, dropCount, disposableStats, wasm } = p;

const memory = () => wasm.memory.buffer.byteLength;
const stats = (cls) => disposableStats()[cls];

function isDisposed(e) {
  return e instanceof DisposedError;
}

// Growth after `n` calls is measured twice: the first round may grow the
// allocator's pools once, a leak grows it again in the second.
function grows(call, n = 10_000) {
  for (let i = 0; i < n; i++) call();
  const before = memory();
  for (let i = 0; i < n; i++) call();
  return memory() - before;
}

test("a call on a disposed object releases its string, bytes and setter arguments", () => {
  const a = new Counter(1);
  a.free();
  const text = "x".repeat(1000);
  const bytes = new Uint8Array(1000);
  const refused = (f) => () => assert.throws(f, isDisposed);
  assert.equal(grows(refused(() => a.label(text))), 0, "&str argument");
  assert.equal(grows(refused(() => a.rename(text))), 0, "String argument");
  assert.equal(grows(refused(() => a.feed(bytes))), 0, "&[u8] argument");
  assert.equal(grows(refused(() => { a.name = text; })), 0, "setter argument");
});

test("a refused borrow consumes no argument passed by value", () => {
  const b = new Counter(1);
  const x = new Counter(5);
  const refusals = [];
  b.visit(() => {
    try {
      b.absorb(x);
    } catch (e) {
      refusals.push(e);
    }
  });
  assert.equal(refusals.length, 1);
  assert.match(refusals[0].message, /in use by Rust/);
  assert.equal(x.disposed, false, "x is still owned by JavaScript");
  assert.equal(x.increment(), 6);
  assert.equal(b.absorb(x), 7, "and can be moved once the borrow ended");
  assert.equal(x.disposed, true);
  b.free();
});

test("a dead receiver or argument never consumes a live argument", () => {
  const dead = new Counter(1);
  dead.free();
  const live = new Counter(2);
  assert.throws(() => dead.absorb(live), isDisposed);
  assert.equal(live.disposed, false);
  assert.equal(live.value, 2);
  const s = stats("Counter");
  live.free();
  assert.equal(stats("Counter").disposed, s.disposed + 1);
});

test("a #[disposable] function with a dead argument takes no other argument", () => {
  const dead = new Counter(1);
  dead.free();
  const src = new Counter(2);
  assert.throws(() => p.mergeInto(dead, src), isDisposed);
  assert.equal(src.disposed, false);
  const dst = new Counter(10);
  assert.equal(p.mergeInto(dst, src), 12);
  assert.equal(src.disposed, true);
  assert.throws(() => p.maybeConsume(dead), isDisposed);
  dst.free();
});

// The wasm-bindgen the package is built with, as [major, minor, patch].
const wasmBindgen = p.wasmBindgenVersion().split(".").map(Number);
// wasm-bindgen 0.2.130 added the `try_*` conversions plain functions use.
const hasTryConversions = wasmBindgen[2] >= 130;

test("a plain #[wasm_bindgen] function refuses a dead argument with wasm-bindgen's own conversion", () => {
  const dead = new Counter(1);
  dead.free();
  // Thrown from inside WebAssembly: each such refusal keeps wasm-bindgen's
  // frame on the shadow stack (wasm-bindgen issue 1963), so this is not
  // looped here. From 0.2.130, wasm-bindgen's `try_*` conversion throws an
  // `Error` with the runtime's message; before, the runtime's conversion
  // throws the `DisposedError` itself.
  const message = hasTryConversions ? /^DisposedError: Counter has been disposed/ : /^Counter has been disposed/;
  assert.throws(() => p.plainPeek(dead), (e) => isDisposed(e) && message.test(e.message));
  const live = new Counter(4);
  assert.equal(p.plainPeek(live), 4);
  live.free();
});

test("10,000 dead arguments to #[disposable] functions leave the instance whole", () => {
  const dead = new Counter(1);
  dead.free();
  const text = "x".repeat(100);
  for (let i = 0; i < 10_000; i++) {
    assert.throws(() => p.peekCounter(dead), isDisposed);
    assert.throws(() => p.consumeCounter(dead), isDisposed);
  }
  assert.equal(grows(() => assert.throws(() => dead.label(text), isDisposed)), 0);
  const live = new Counter(2);
  assert.equal(p.peekCounter(live), 2);
  live.free();
});

test("a.absorb(a) is refused and a stays usable", () => {
  const a = new Counter(3);
  const drops = dropCount();
  assert.throws(() => a.absorb(a), /in use by Rust/);
  assert.equal(a.disposed, false);
  assert.equal(a.increment(), 4);
  a.free();
  assert.equal(dropCount(), drops + 1);
});

test("taking ownership while borrowed is refused, counted truthfully, and the object stays usable", () => {
  const a = new Counter(1);
  const before = stats("Counter");
  const errors = [];
  a.visit(() => {
    try {
      p.consumeCounter(a);
    } catch (e) {
      errors.push(e);
    }
    try {
      a.finish();
    } catch (e) {
      errors.push(e);
    }
  });
  assert.equal(errors.length, 2);
  for (const e of errors) assert.match(e.message, /in use by Rust/);
  assert.equal(a.disposed, false);
  const after = stats("Counter");
  assert.equal(after.moved, before.moved);
  assert.equal(after.leaked, before.leaked);
  assert.equal(a.finish(), 1);
  assert.equal(a.disposed, true);
});

test("100,000 refused re-entrant calls inside one callback leave the instance whole", () => {
  const a = new Counter(0);
  let refused = 0;
  a.visit(() => {
    for (let i = 0; i < 100_000; i++) {
      try {
        a.increment();
      } catch {
        refused++;
      }
    }
  });
  assert.equal(refused, 100_000);
  assert.equal(a.increment(), 1);
  const b = new Counter(41);
  assert.equal(b.increment(), 42);
  a.free();
  b.free();
});

test("100,000 uses after disposal, at top level, leave the instance whole", () => {
  const a = new Counter(0);
  a.free();
  for (let i = 0; i < 100_000; i++) assert.throws(() => a.increment(), isDisposed);
  // A borrowed JavaScript argument sits on wasm-bindgen's externref stack.
  for (let i = 0; i < 100_000; i++) assert.throws(() => a.visit(() => {}), isDisposed);
  const b = new Counter(1);
  assert.equal(b.increment(), 2);
  b.free();
});

test("frozen, sealed and non-extensible objects dispose on every path", async () => {
  for (const seal of [Object.freeze, Object.seal, Object.preventExtensions]) {
    const c = seal(new Counter(1));
    c.free();
    assert.equal(c.disposed, true);
    assert.throws(() => c.increment(), isDisposed);
    const d = seal(new Counter(1));
    d[Symbol.dispose]();
    assert.equal(d.disposed, true);
    const sent = [];
    const ch = seal(new Channel((m) => sent.push(m)));
    ch.send("last");
    await ch[Symbol.asyncDispose]();
    await ch[Symbol.asyncDispose]();
    assert.equal(ch.disposed, true);
    assert.deepEqual(sent.at(-1), ["last"], "the cleanup ran once, with the queued message");
  }
});

test("disposal through a Proxy `this` releases once and never touches another object", async () => {
  const drops = dropCount();
  const wrapped = [];
  for (let i = 0; i < 200; i++) {
    const px = new Proxy(new Counter(i), {});
    px.increment();
    px.free();
    px[Symbol.dispose]();
    assert.equal(px.disposed, true);
    wrapped.push(px);
  }
  assert.equal(dropCount(), drops + 200);
  wrapped.length = 0;
  const live = Array.from({ length: 50 }, (_, i) => new Counter(i));
  for (let i = 0; i < 5; i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 10));
  }
  live.forEach((c, i) => assert.equal(c.value, i));
  assert.equal(dropCount(), drops + 200, "finalizers freed only handles");
  live.forEach((c) => c.free());
});

test("one DisposedError brand across packages", async () => {
  // A second package built with wasm-dispose, in the same process.
  const other = await load("parity");
  const c = new Counter(1);
  c.free();
  let error;
  try {
    c.increment();
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof DisposedError);
  assert.ok(error instanceof other.DisposedError, "an error from one package is the other's DisposedError");
  assert.notEqual(other.DisposedError, DisposedError);
  assert.equal(new Error("Counter has been disposed") instanceof other.DisposedError, false);
  assert.equal(null instanceof other.DisposedError, false);
  const img = new other.Img(2);
  img.free();
  assert.throws(() => img.width, (e) => e instanceof DisposedError && e.className === "Img");
  // A value whose getters throw: `instanceof` throws that, as a native check
  // would, and the package works on.
  const hostile = new Proxy({}, { get() { throw new RangeError("trap"); } });
  assert.throws(() => hostile instanceof DisposedError, (e) => e instanceof RangeError && e.message === "trap");
  assert.equal(new Counter(2).increment(), 3);
});

test("Vec<Foo> arguments: all taken, or none when one is dead", () => {
  const [a, b, c] = [new Counter(1), new Counter(2), new Counter(3)];
  const dead = new Counter(4);
  dead.free();
  assert.throws(() => p.sumAll([a, b, dead]), isDisposed);
  assert.equal(a.disposed || b.disposed, false, "nothing was taken");
  assert.throws(() => p.sumAll([a, a]), /in use by Rust|borrowed/);
  assert.equal(a.disposed, false);
  assert.equal(p.sumAll([a, b]), 3);
  assert.equal(a.disposed && b.disposed, true);
  assert.equal(p.plainSumAll([c]), 3);
  assert.equal(c.disposed, true);
});

test("Vec<Foo> arguments: two lists in one call, refused after both were checked, or sharing an object", () => {
  const [a, b, c, d] = [1, 2, 3, 4].map((n) => new Counter(n));
  const dead = new Counter(0);
  dead.free();
  assert.throws(() => p.sumTwoLists([a], [b], dead), isDisposed);
  assert.equal(a.disposed || b.disposed, false, "nothing was taken");
  assert.equal(p.sumTwoLists([a, b], [c], d), 10);
  assert.equal(a.disposed && b.disposed && c.disposed, true, "both lists were taken");
  assert.equal(d.disposed, false);
  // The first list takes `e`; the second, checked before that, must find it moved.
  const e = new Counter(5);
  assert.throws(() => p.sumTwoLists([e], [e], d), (err) => isDisposed(err) && err.reason === "moved");
  // The value is taken first; the first list, whose check ran before, must find it moved.
  const [f, g] = [6, 7].map((n) => new Counter(n));
  assert.throws(() => p.sumValueAndLists(f, [f], [g], d), (err) => isDisposed(err) && err.reason === "moved");
  assert.equal(g.disposed, false, "the second list was not taken");
  assert.equal(p.sumAll([d]), 4, "the instance goes on, and no borrow was left behind");
});

test("TryFromJsValue moves a live object and refuses anything else", () => {
  const c = new Counter(9);
  assert.equal(p.takeAny(c), 9);
  assert.equal(c.disposed, true);
  assert.throws(() => c.increment(), (e) => isDisposed(e) && e.reason === "moved");
  assert.equal(p.takeAny(c), -1, "a moved object is not taken again");
  assert.equal(p.takeAny({ __wbg_ptr: 8 }), -1, "a look-alike is not an instance");
  assert.equal(p.takeAny(42), -1);
});

test("&Foo arguments of async functions are held across await", async () => {
  const c = new Counter(5);
  let open;
  const gate = new Promise((r) => (open = r));
  const pending = p.peekLater(c, gate);
  await null; // wasm-bindgen 0.2.100 converts the arguments at the first poll
  c.free(); // deferred: the async call borrows it
  assert.equal(c.disposed, true);
  open();
  assert.equal(await pending, 5);
  // Disposed right after the call: wasm-bindgen 0.2.130 (with
  // wasm-bindgen-futures 0.4.80) has converted the arguments already, so the
  // call holds the object; 0.2.100 (with 0.4.50) converts them when the
  // future first runs, a microtask later, and the call is refused.
  const early = new Counter(6);
  const held = p.peekLater(early, Promise.resolve());
  early.free();
  if (hasTryConversions) assert.equal(await held, 6);
  else await assert.rejects(held, isDisposed);
  const dead = new Counter(1);
  dead.free();
  await assert.rejects(p.peekLater(dead, Promise.resolve()), isDisposed);
});

test("a package exports wasm-dispose's helpers only on request, under the names asked for", async () => {
  // examples/images does not call export_helpers!: its classes, functions
  // and DisposedError, nothing else.
  const images = await load("images");
  for (const helper of ["using", "usingAsync", "disposableStats", "debugDispose", "leakReport", "assertNoLeaks", "captureAllocationSites"]) {
    assert.equal(helper in images, false, `${helper} is not exported`);
  }
  assert.equal(typeof images.DisposedError, "function");
  // tests/parity asks for two, renamed.
  const parity = await load("parity");
  assert.equal(typeof parity.withResource, "function");
  assert.equal(typeof parity.stats, "function");
  assert.equal("using" in parity || "usingAsync" in parity || "disposableStats" in parity, false);
  const img = new parity.Img(3);
  assert.equal(parity.withResource(img, (i) => i.width), 3);
  assert.equal(img.disposed, true);
  assert.equal(parity.stats().Img.live, 0);
});

test("Box<[Foo]> arguments, closures that take Foo, imported functions given Foo", () => {
  const [a, b] = [new Counter(2), new Counter(3)];
  assert.equal(p.sumBoxed([a, b]), 5);
  assert.equal(a.disposed && b.disposed, true);
  const take = p.makeTaker();
  const c = new Counter(7);
  assert.equal(take(c), 7);
  assert.equal(c.disposed, true, "a closure's by-value argument is moved");
  assert.throws(() => c.increment(), (e) => isDisposed(e) && e.reason === "moved");
  let got;
  globalThis.__wdReceiveCounter = (counter) => {
    got = counter;
  };
  p.sendCounter(11);
  delete globalThis.__wdReceiveCounter;
  assert.ok(got instanceof Counter);
  assert.equal(got.value, 11);
  got[Symbol.dispose]();
  assert.equal(got.disposed, true);
});

test("&mut Foo arguments of async functions keep the object alive across await", async () => {
  let open;
  const gate = new Promise((r) => (open = r));
  // The only reference to the counter is the argument: collection during
  // the await must not free it under the future.
  const pending = p.bumpLater(new Counter(41), gate);
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 10));
  }
  open();
  assert.equal(await pending, 42);
});

// Issue 23: a plain `#[wasm_bindgen]` function converts its arguments one by
// one, so a refusal of a later one (here: borrowed by the Rust call in
// progress) comes after an earlier by-value object was taken; a
// `#[disposable]` function checks them all first and takes nothing. Both as
// docs/limits.md says.
test("a refused borrowed argument: a plain function has taken the by-value one before it, a #[disposable] one takes nothing", () => {
  const dst = new Counter(10);
  const plainSrc = new Counter(1);
  const src = new Counter(2);
  dst.visit(() => {
    assert.throws(() => p.plainMergeInto(plainSrc, dst), /in use by Rust/);
    assert.throws(() => p.mergeInto(dst, src), /in use by Rust/);
  });
  assert.equal(plainSrc.disposed, true, "plain: taken before the refusal");
  assert.throws(() => plainSrc.increment(), (e) => isDisposed(e) && e.reason === "moved");
  assert.equal(src.disposed, false, "#[disposable]: left as it was");
  assert.equal(p.mergeInto(dst, src), 12);
  assert.equal(src.disposed, true);
  dst.free();
});

test("only a package with an async class imports the runtime's async module", async () => {
  // wasm-bindgen writes every module of the runtime into every package; the
  // glue imports the async one only where the wasm calls it, so a bundler
  // or a browser loads it only there.
  if (!existsSync(join(pkgDir("fixture"), "snippets"))) return; // the fallback has no snippet
  const imports = (name) => [...glueOf(name).matchAll(/from ['"]\.\/snippets\/[^'"]*\/src\/(\w+)\.mjs['"]/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(imports("fixture"))].sort(), ["async", "snippet"], "the fixture has async classes");
  assert.deepEqual([...new Set(imports("images"))], ["snippet"], "examples/images has none");
  // And the package with one works: its class's [Symbol.asyncDispose] is the module's.
  const { Channel } = await load("fixture");
  const sent = [];
  const ch = new Channel((batch) => (sent.push(batch), Promise.resolve()));
  ch.send("a");
  assert.equal(ch[Symbol.asyncDispose].name, "[Symbol.asyncDispose]");
  await ch[Symbol.asyncDispose]();
  assert.equal(ch.disposed, true);
  assert.equal(sent.length, 1, "the cleanup ran");
});

test("the glue's imports object names each of the runtime's modules once", () => {
  // wasm-bindgen 0.2.130 gives every import the wasm calls without a shim a
  // namespace import and a key of its own in the object of imports, so two
  // such functions of one module make a duplicate key, which bundlers
  // (esbuild, and so Vite and worker-build) warn of. The runtime has at
  // most one.
  for (const name of ["fixture", "images"]) {
    const keys = [...glueOf(name).matchAll(/^\s*"(\.\/snippets\/[^"]+)": import\d+,$/gm)].map((m) => m[1]);
    assert.equal(new Set(keys).size, keys.length, `${name}: ${keys.join(", ")}`);
  }
});
