// The checks every browser page runs (issue 13), whatever built the page:
// wasm-bindgen --target web unbundled, webpack 5, Vite, or tsc with `using`
// lowered. They use only what the packages export (the `fixture`, `weak` and
// `writer` namespaces the page's entry module imported) and the DOM, and put their
// results in `window.__results`, which tests/browser/run.mjs reads.
//
// This file uses `using` / `await using` itself: where a page was built
// without lowering, the engine must have the syntax.

const MiB = 1024 * 1024;

class CheckFailed extends Error {}

function ok(condition, what) {
  if (!condition) throw new CheckFailed(what);
}

function eq(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new CheckFailed(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

/** Runs `fn`, which must throw; returns what it threw. */
function thrown(fn, what) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new CheckFailed(`${what}: did not throw`);
}

/** Awaits `promise`, which must reject; returns the reason. */
async function rejected(promise, what) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new CheckFailed(`${what}: did not reject`);
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A skipped check: the reason is printed by the runner. */
const skip = (reason) => ({ skip: reason });

function isDisposedError(e, DisposedError, className, reason) {
  ok(e instanceof DisposedError, `expected a DisposedError, got ${e}`);
  ok(e instanceof Error, "DisposedError is an Error");
  eq(e.name, "DisposedError", "name");
  eq(e.reason, reason, "reason");
  eq(e.className, className, "className");
  ok(e.message.includes(className) && e.message.includes(reason), `message names the class and "${reason}": ${e.message}`);
}

/**
 * How this page collects garbage. Chromium runs with --js-flags=--expose-gc,
 * so `gc()` forces a full collection (the DOM's heap included). Firefox
 * gives pages no way to force one; there the loop allocates and waits, so
 * that the engine collects on its own, and the caller skips what did not
 * happen in time.
 */
function collector() {
  if (typeof globalThis.gc === "function") {
    return { forced: true, rounds: 40, how: "gc() (--expose-gc)", round: async () => { await tick(); globalThis.gc(); } };
  }
  const rounds = 300;
  return {
    forced: false,
    rounds,
    how: `no gc() in this browser: allocation pressure and waiting, up to ${rounds} rounds of 100 ms`,
    round: async () => {
      await tick(100);
      let junk = [];
      for (let i = 0; i < 8; i++) junk.push(new ArrayBuffer(8 * MiB));
      for (let i = 0; i < 50; i++) junk.push(new Array(10_000).fill({ i }));
      junk = null;
    },
  };
}

/** Rounds of `gc.round()` until `done()`; the round that got there, or 0. */
async function collectUntil(gc, done) {
  for (let round = 1; round <= gc.rounds; round++) {
    // A WeakRef read in a job keeps its target alive until the job ends,
    // and FinalizationRegistry callbacks run as tasks: turn the loop first.
    await gc.round();
    await tick();
    if (done()) return round;
  }
  return 0;
}

/** The checks, in order: [name, async (fixture, weak, page) => undefined | { note } | { skip }]. */
const checks = [
  [
    "engine: Symbol.dispose and native `using` / `await using` syntax",
    async (_f, _w, page) => {
      eq(typeof Symbol.dispose, "symbol", "typeof Symbol.dispose");
      eq(typeof Symbol.asyncDispose, "symbol", "typeof Symbol.asyncDispose");
      let native = true;
      // Spelled so that build.mjs, which looks for `using` declarations in
      // the built code, does not take this probe for one.
      const kw = ["us", "ing"].join("");
      try {
        new Function(`async () => { ${kw} a = null; await ${kw} b = null; }`);
      } catch {
        native = false;
      }
      if (!native && page.syntax === "native") throw new CheckFailed("no `using` syntax, yet this page loaded unlowered code");
      if (!native) return skip(`this engine has no \`using\` syntax; this page's is ${page.syntax}`);
      const stacks = [typeof DisposableStack, typeof AsyncDisposableStack].every((t) => t === "function");
      return { note: `native using: yes; DisposableStack/AsyncDisposableStack: ${stacks ? "yes" : "no"}; this page's using: ${page.syntax}` };
    },
  ],
  [
    "a `using` loop over 1 MiB objects leaves wasm memory flat and disposableStats() at live: 0",
    async ({ Blob, wasmMemoryBytes, disposableStats }) => {
      {
        using warm = new Blob(MiB);
        eq(warm.len, MiB, "len");
      }
      const start = wasmMemoryBytes();
      for (let i = 0; i < 1000; i++) {
        using b = new Blob(MiB);
        if (b.len !== MiB) throw new CheckFailed(`iteration ${i}: len ${b.len}`);
      }
      const grown = wasmMemoryBytes() - start;
      ok(grown <= 2 * MiB, `1000 x 1 MiB under using grew wasm memory by ${grown / MiB} MiB (at most 2 allowed)`);
      eq(disposableStats().Blob.live, 0, "disposableStats().Blob.live after the loop");
      // The control: without disposal the same objects do grow memory, so
      // the measurement above can see growth.
      const kept = [];
      for (let i = 0; i < 16; i++) kept.push(new Blob(MiB));
      const grownKept = wasmMemoryBytes() - start;
      eq(disposableStats().Blob.live, 16, "live while 16 are kept");
      ok(grownKept >= 15 * MiB, `16 live 1 MiB objects grew wasm memory by only ${grownKept / MiB} MiB`);
      for (const b of kept) b.free();
      eq(disposableStats().Blob.live, 0, "live after freeing the 16");
      return { note: `1000 x 1 MiB with using: +${(grown / MiB).toFixed(1)} MiB; 16 kept without disposal: +${(grownKept / MiB).toFixed(1)} MiB` };
    },
  ],
  [
    "DisposedError after disposal and after a move (instanceof, name, reason)",
    async ({ Counter, DisposedError, consumeCounter, peekCounter }) => {
      const c = new Counter(3);
      eq(c.disposed, false, "disposed before");
      c[Symbol.dispose]();
      eq(c.disposed, true, "disposed after");
      isDisposedError(thrown(() => c.increment(), "a method"), DisposedError, "Counter", "disposed");
      isDisposedError(thrown(() => c.value, "a getter"), DisposedError, "Counter", "disposed");
      isDisposedError(thrown(() => { c.value = 1; }, "a setter"), DisposedError, "Counter", "disposed");
      isDisposedError(thrown(() => peekCounter(c), "as an argument"), DisposedError, "Counter", "disposed");
      const m = new Counter(4);
      eq(consumeCounter(m), 4, "consumeCounter");
      eq(m.disposed, true, "disposed after a move");
      isDisposedError(thrown(() => m.increment(), "a moved object's method"), DisposedError, "Counter", "moved");
    },
  ],
  [
    "disposal is idempotent: free(), free(), [Symbol.dispose]() drop once",
    async ({ Counter, dropCount }) => {
      const before = dropCount();
      const c = new Counter(1);
      c.free();
      eq(dropCount(), before + 1, "Drop ran at the first free()");
      c.free();
      c[Symbol.dispose]();
      eq(dropCount(), before + 1, "no second Drop");
      const m = new Counter(2);
      m.finish();
      m.free();
      m[Symbol.dispose]();
      eq(m.disposed, true, "a moved object stays disposed");
    },
  ],
  [
    "`using` drops at block exit, also when the block throws; DisposableStack",
    async ({ Counter, dropCount }) => {
      const before = dropCount();
      let held;
      {
        using c = new Counter(5);
        held = c;
        eq(c.increment(), 6, "increment");
        eq(dropCount(), before, "alive inside the block");
      }
      eq(dropCount(), before + 1, "dropped at block exit");
      eq(held.disposed, true, "disposed");
      const boom = new Error("boom");
      const e = thrown(() => {
        using c = new Counter(1);
        held = c;
        throw boom;
      }, "a throwing block");
      eq(e, boom, "the block's own error propagates");
      eq(held.disposed, true, "disposed although the block threw");
      eq(dropCount(), before + 2, "dropped although the block threw");
      if (typeof DisposableStack !== "function") return skip("no DisposableStack in this engine (the using checks above passed)");
      const order = [];
      {
        using stack = new DisposableStack();
        const a = stack.use(new Counter(1));
        const b = stack.use(new Counter(2));
        stack.defer(() => order.push([a.disposed, b.disposed]));
      }
      eq(JSON.stringify(order), "[[false,false]]", "deferred callback ran first (reverse order)");
      eq(dropCount(), before + 4, "the stack dropped both");
    },
  ],
  [
    "`await using` on an async class: block exit awaits the Rust cleanup, which awaits a JavaScript promise",
    async ({ Channel, channelDropCount, DisposedError }) => {
      const drops = channelDropCount();
      const delivered = [];
      let held;
      {
        await using ch = new Channel(async (batch) => {
          await tick(5);
          delivered.push(...batch);
        });
        held = ch;
        ch.send("hello");
        ch.send("world");
        eq(ch.queued, 2, "queued");
        eq(delivered.length, 0, "nothing delivered inside the block");
      }
      eq(delivered.join(" "), "hello world", "the block waited for the async cleanup");
      eq(channelDropCount(), drops + 1, "dropped once");
      isDisposedError(thrown(() => held.send("late"), "send after"), DisposedError, "Channel", "disposed");
    },
  ],
  [
    "a failing async cleanup rejects at block exit (and SuppressedError with a failing block)",
    async ({ Channel, channelDropCount }) => {
      const drops = channelDropCount();
      const e = await rejected((async () => {
        await using ch = Channel.failing(async () => { await tick(1); }, "could not flush");
        ch.send("x");
      })(), "await using with a failing cleanup");
      ok(e instanceof Error, `an Error, got ${e}`);
      eq(e.message, "could not flush", "message");
      eq(channelDropCount(), drops + 1, "the memory was released anyway");
      const both = await rejected((async () => {
        await using ch = Channel.failing(() => undefined, "could not flush");
        ch.send("x");
        throw new RangeError("block failed");
      })(), "failing block and cleanup");
      eq(both.name, "SuppressedError", "name");
      eq(both.error?.message, "could not flush", "error: the cleanup's");
      ok(both.suppressed instanceof RangeError, "suppressed: the block's");
      eq(channelDropCount(), drops + 2, "released");
    },
  ],
  [
    "shim using(resource, body): returns the body's value, disposes after it, rethrows",
    async ({ Counter, dropCount, using }) => {
      const before = dropCount();
      const c = new Counter(4);
      eq(using(c, (r) => { eq(r, c, "the body gets the resource"); return r.increment() * 10; }), 50, "result");
      eq(c.disposed, true, "disposed");
      eq(dropCount(), before + 1, "dropped");
      const boom = new Error("boom");
      const d = new Counter(1);
      eq(thrown(() => using(d, () => { throw boom; }), "a throwing body"), boom, "rethrows the body's error");
      eq(d.disposed, true, "disposed although the body threw");
      const both = thrown(() => using({ [Symbol.dispose]() { throw new Error("dispose"); } }, () => { throw boom; }), "both throw");
      eq(both.name, "SuppressedError", "name");
      eq(both.suppressed, boom, "suppressed: the body's");
    },
  ],
  [
    "shim usingAsync(resource, body): awaits the body, then the async cleanup",
    async ({ Channel, channelDropCount, usingAsync }) => {
      const drops = channelDropCount();
      const delivered = [];
      const ch = new Channel(async (batch) => { await tick(5); delivered.push(...batch); });
      const result = await usingAsync(ch, async (r) => { r.send("a"); await tick(1); r.send("b"); return 7; });
      eq(result, 7, "result");
      eq(delivered.join(","), "a,b", "cleanup finished before usingAsync settled");
      eq(ch.disposed, true, "disposed");
      const e = await rejected(usingAsync(Channel.failing(() => undefined, "could not flush"), async () => 1), "failing cleanup");
      eq(e.message, "could not flush", "the cleanup's error");
      eq(channelDropCount(), drops + 2, "both dropped");
    },
  ],
  [
    "disposableStats(): every class at live: 0 after the checks",
    async ({ disposableStats }) => {
      const stats = disposableStats();
      const live = Object.entries(stats).filter(([, s]) => s.live !== 0);
      eq(live.length, 0, `classes with live objects: ${JSON.stringify(live)}`);
      ok(stats.Counter?.created > 0 && stats.Counter.disposed > 0 && stats.Counter.moved > 0, `Counter counted: ${JSON.stringify(stats.Counter)}`);
      ok(stats.Channel?.created > 0, "Channel counted");
    },
  ],
];

/** examples/writer's BufferedWriter over a WritableStream of the browser's own. */
const writerChecks = [
  [
    "examples/writer: `await using` flushes a BufferedWriter to a browser WritableStream and closes it at block exit",
    async ({ BufferedWriter, DisposedError, disposableStats }) => {
      const log = { bytes: 0, chunks: 0, closed: false };
      const stream = new WritableStream({
        async write(chunk) {
          ok(chunk instanceof Uint8Array, "chunks are Uint8Arrays");
          await tick(1);
          log.bytes += chunk.length;
          log.chunks += 1;
        },
        async close() {
          await tick(1);
          log.closed = true;
        },
      });
      let expected = 0;
      let held;
      {
        await using w = new BufferedWriter(stream.getWriter(), 4096);
        held = w;
        for (let i = 0; i < 500; i++) {
          const line = `line ${i}: the quick brown fox jumps over the lazy dog\n`;
          expected += line.length;
          if (w.write(line)) await w.flush();
        }
        ok(w.buffered > 0 && !log.closed, "the last chunk is still buffered inside the block");
      }
      ok(log.closed, "the stream was closed at block exit");
      eq(log.bytes, expected, "every byte reached the stream");
      isDisposedError(thrown(() => held.write("late"), "write after"), DisposedError, "BufferedWriter", "disposed");
      eq(disposableStats().BufferedWriter.live, 0, "live");
      return { note: `${log.bytes} bytes in ${log.chunks} chunks` };
    },
  ],
  [
    "examples/writer: a failing stream rejects at block exit, and the writer is released",
    async ({ BufferedWriter, disposableStats }) => {
      const broken = new WritableStream({ write() { throw new Error("disk full"); } });
      const e = await rejected((async () => {
        await using w = new BufferedWriter(broken.getWriter(), 1024);
        w.write("this will not fit");
      })(), "await using over a failing stream");
      ok(/disk full/.test(e?.message), `the stream's error surfaced: ${e}`);
      eq(disposableStats().BufferedWriter.live, 0, "live");
    },
  ],
];

/**
 * WeakHostRef / HostTable / on_collected to DOM elements: one collection
 * phase, reported as several checks.
 */
async function weakChecks(weak, record) {
  const names = {
    ref: "WeakHostRef to a removed DOM element: get() is None after collection; an attached element stays",
    table: "HostTable weak entry to a removed DOM element goes after collection (and is pruned); a strong entry keeps its element",
    callback: "WeakHostRef::on_collected fires after the removed DOM element is collected",
  };
  eq(weak.weakRefsSupported(), true, "weakRefsSupported()");
  eq(weak.finalizationSupported(), true, "finalizationSupported()");
  const tag = 13_000 + Math.floor(Math.random() * 1000);
  const kept = document.createElement("p");
  kept.textContent = "kept";
  document.body.append(kept);
  const keptAt = weak.holdWeak(kept);
  const keptId = weak.tableInsertWeak(kept);
  const baseLen = weak.tableLen();
  // In their own frame, so that no local keeps the removed elements alive.
  const { goneAt, goneId, strongId } = (() => {
    const el = document.createElement("div");
    el.textContent = "x".repeat(10_000);
    document.body.append(el);
    const goneAt = weak.holdWeak(el);
    const goneId = weak.tableInsertWeak(el);
    ok(weak.notifyOnCollected(el, tag), "notifyOnCollected() registered");
    ok(weak.heldIsWeak(goneAt), "held weakly");
    eq(weak.heldGet(goneAt), el, "get() returns the element");
    eq(weak.tableGet(goneId), el, "the table returns the element");
    eq(weak.tableIsWeak(goneId), true, "tableIsWeak");
    const other = document.createElement("span");
    document.body.append(other);
    const strongId = weak.tableInsertStrong(other);
    other.remove();
    el.remove();
    return { goneAt, goneId, strongId };
  })();
  const fired = () => [...weak.collectedTags()].includes(tag);
  const gc = collector();
  const started = performance.now();
  const round = await collectUntil(gc, () => !weak.heldAlive(goneAt) && !weak.tableHas(goneId) && fired());
  const took = `${round || gc.rounds} round(s), ${((performance.now() - started) / 1000).toFixed(1)} s, ${gc.how}`;
  const notCollected = `not collected within ${took}; this browser cannot force a collection`;

  await record(names.ref, async () => {
    if (weak.heldAlive(goneAt)) {
      if (!gc.forced) return skip(notCollected);
      throw new CheckFailed(`the removed element is still alive after ${took}`);
    }
    eq(weak.heldGet(goneAt), undefined, "get() of the collected element");
    eq(weak.heldGet(keptAt), kept, "the attached element is still there");
    return { note: `collected after ${took}` };
  });
  await record(names.table, async () => {
    if (weak.tableHas(goneId)) {
      if (!gc.forced) return skip(notCollected);
      throw new CheckFailed(`the weak entry is still alive after ${took}`);
    }
    eq(weak.tableGet(goneId), undefined, "tableGet() of the collected element");
    eq(weak.tableGet(keptId), kept, "the attached element's weak entry");
    eq(weak.tableGet(strongId)?.tagName, "SPAN", "the strong entry kept its removed element");
    eq(weak.tableLen(), baseLen + 2, "a collected entry keeps its slot until pruned");
    eq(weak.tablePrune(), 1, "prune() drops the collected entry");
    eq(weak.tableIsWeak(goneId), undefined, "pruned");
    weak.tableRemove(strongId);
    weak.tableRemove(keptId);
    kept.remove();
  });
  await record(names.callback, async () => {
    if (!fired()) {
      if (!gc.forced) return skip(`the callback did not run within ${took}; this browser cannot force a collection`);
      throw new CheckFailed(`on_collected did not fire within ${took}`);
    }
  });
}

/**
 * Runs every check and publishes `window.__results`: { done, checks:
 * [{ name, status: "pass" | "fail" | "skip", detail }] }.
 * `page.syntax` says how this page's `using` reached the engine.
 */
export async function runPage({ fixture, weak, writer }) {
  const page = { syntax: document.documentElement.dataset.syntax ?? "native" };
  const results = [];
  window.__results = { done: false, checks: results };
  const record = async (name, fn) => {
    try {
      const r = await fn();
      if (r?.skip) results.push({ name, status: "skip", detail: r.skip });
      else results.push({ name, status: "pass", detail: r?.note ?? "" });
    } catch (e) {
      const detail = e instanceof CheckFailed ? e.message : `${e?.name}: ${e?.message}\n${e?.stack ?? ""}`;
      results.push({ name, status: "fail", detail });
    }
  };
  for (const [name, fn] of checks) await record(name, () => fn(fixture, weak, page));
  for (const [name, fn] of writerChecks) await record(name, () => fn(writer));
  await record("weak host references to DOM elements: setup", () => weakChecks(weak, record));
  window.__results.done = true;
  document.title = "done";
}
