// `cargo xtask bench`: Plain (stock wasm-bindgen) against Managed
// (#[disposable]) in one process, with tinybench, and Plain2 (Plain again)
// beside them as the null comparator. Runs in Node, Deno and Bun.
//
//   bench.mjs [--n N] [--rounds R] [--len BYTES] [--time MS] [--batch B]
//             [--iterations I] [--case KEY ...] --variant OUT_NAME=LABEL ...
//
// `--case` (repeatable) times only the cases with these keys (see `cases`),
// for a look at one row by hand; xtask always times all of them.
//
// WASM_DISPOSE_PKG names the directory holding the built packages. Output is
// a readable report, plus `@`-prefixed tab-separated lines that xtask turns
// into the README table:
//   @runtime  NAME VERSION
//   @time     OUT_NAME  CASE_TITLE  PLAIN  PLAIN2  MANAGED   (each: ns/op per round, comma-separated; NaN: n/a)
//   @row      MEASUREMENT  BUILD_LABEL  CELL                          (memory, formatted)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const opts = parseArgs(process.argv.slice(2));
const pkgRoot = process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url));
const runtime = runtimeName();

/** A full garbage collection, where the runtime offers one (Node and Deno
 * with `--expose-gc`, Bun always). */
const collect =
  typeof globalThis.gc === "function" ? () => globalThis.gc() : typeof Bun !== "undefined" ? () => Bun.gc(true) : null;

// ---------------------------------------------------------------------------
// The measured loops. Each runs `count` operations; timing is outside, around
// the whole batch, because one operation is far below the timer's grain.
// Every loop is compiled separately per class (see `fresh`), so neither class
// is measured at a call site the other one made polymorphic.

function createFree(C, len, count) {
  for (let i = 0; i < count; i++) new C(len).free();
}
function createDispose(C, len, count) {
  for (let i = 0; i < count; i++) new C(len)[Symbol.dispose]();
}
function callAdd(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.add(1)) | 0;
  return sink;
}
function callSum(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.sum(1)) | 0;
  return sink;
}
function callLabel(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.label("some text")) | 0;
  return sink;
}
function callRename(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.rename("some text")) | 0;
  return sink;
}
function callNudge(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.nudge(1.5)) | 0;
  return sink;
}
function callRelabel(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.relabel("some text")) | 0;
  return sink;
}
// Disposal that leaves work to the garbage collector (a finalizer still to
// run) is cheap in the loop and paid later; these loops pay it inside the
// timing: 20 batches, then full collections and event-loop turns until the
// batches' finalizers have run. Self-contained, as `fresh` recompiles them.
const GC_BATCHES = 20;
async function createFreeCollect(C, len, count) {
  for (let i = 0; i < count * 20; i++) new C(len).free();
  const gc = globalThis.gc ?? (() => Bun.gc(true));
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
async function createDisposeCollect(C, len, count) {
  for (let i = 0; i < count * 20; i++) new C(len)[Symbol.dispose]();
  const gc = globalThis.gc ?? (() => Bun.gc(true));
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
// An object that outlives its task (every object an async method returns):
// made, kept over an `await`, then freed.
async function createAwaitFree(C, len, count) {
  for (let i = 0; i < count; i++) {
    const o = new C(len);
    await null;
    o.free();
  }
}
async function createAsyncDispose(C, len, count) {
  for (let i = 0; i < count; i++) await new C(len)[Symbol.asyncDispose]();
}

// Create + dispose in one synchronous stretch of a million, as a request
// handler that makes temporaries does: whatever disposal leaves to the
// finalizer piles up meanwhile (finalizers run only after the task).
function createFreeStretch(C, len, count) {
  for (let i = 0; i < count * 1000; i++) new C(len).free();
}

// Two classes that pass each other around (`world!` in the bench crate): `W`
// is `{ V, B }`, a vector class and a body class of one family. Every loop
// makes its objects and frees them with `free()`, the same call for every
// family.
function worldSetVelocity(W, len, count) {
  const b = new W.B();
  const v = new W.V(1, 2);
  for (let i = 0; i < count; i++) b.setVelocity(i, v, true);
  v.free();
  b.free();
}
function worldDot(W, len, count) {
  const b = new W.B();
  const v = new W.V(1, 2);
  let sink = 0;
  for (let i = 0; i < count; i++) sink += b.dot(v);
  v.free();
  b.free();
  return sink;
}
function worldScale(W, len, count) {
  const b = new W.B();
  const v = new W.V(1, 2);
  let sink = 0;
  for (let i = 0; i < count; i++) sink += b.scale(v);
  v.free();
  b.free();
  return sink;
}
function worldPush(W, len, count) {
  const b = new W.B();
  let sink = 0;
  for (let i = 0; i < count; i++) sink += b.push(new W.V(i, 1));
  b.free();
  return sink;
}
function worldPushMaybe(W, len, count) {
  const b = new W.B();
  let sink = 0;
  for (let i = 0; i < count; i++) sink += b.pushMaybe(new W.V(i, 1));
  b.free();
  return sink;
}
function worldPushAll(W, len, count) {
  const b = new W.B();
  let sink = 0;
  for (let i = 0; i < count; i++) sink += b.pushAll([new W.V(i, 1), new W.V(i, 2)]);
  b.free();
  return sink;
}
function worldPosition(W, len, count) {
  const b = new W.B();
  for (let i = 0; i < count; i++) b.position().free();
  b.free();
}
function worldPositionIf(W, len, count) {
  const b = new W.B();
  for (let i = 0; i < count; i++) b.positionIf(true).free();
  b.free();
}
function worldPath(W, len, count) {
  const b = new W.B();
  for (let i = 0; i < count; i++) for (const v of b.path(2)) v.free();
  b.free();
}
// A TypeScript layer over raw classes: a temporary in, a new object out, a
// getter read, both disposed.
function worldWrapper(W, len, count) {
  const b = new W.B();
  let sink = 0;
  for (let i = 0; i < count; i++) {
    const v = new W.V(i, 1);
    const p = b.translate(v);
    sink += p.x;
    v.free();
    p.free();
  }
  b.free();
  return sink;
}

// `using` is a syntax error where the runtime lacks it, so it lives in its
// own module; without it, its row says n/a.
const usingLoops = await import("./using.mjs").catch(() => null);

/** A new, independently optimised copy of a loop function. */
function fresh(fn) {
  return new Function(`return (${fn.toString()})`)();
}

// What to measure. `plain` / `managed` give the loop for each class (null:
// n/a); the null comparator (`plain2`) always runs `plain`'s loop, on a class
// identical to Plain. A case with `live` runs its loop on one live object per
// task. Adding a case is adding an entry here.
const CLASSES = ["plain", "plain2", "managed"];
const syncClasses = { plain: (pkg) => pkg.Plain, plain2: (pkg) => pkg.Plain2, managed: (pkg) => pkg.Managed };
const world = (prefix) => (pkg) => pkg[`${prefix}Body`] && { V: pkg[`${prefix}Vector`], B: pkg[`${prefix}Body`] };
const worldClasses = { plain: world("Plain"), plain2: world("Plain2"), managed: world("Managed") };
const asyncClasses = { plain: (pkg) => pkg.PlainAsync, plain2: (pkg) => pkg.PlainAsync2, managed: (pkg) => pkg.ManagedAsync };
const cases = [
  {
    key: "create-dispose",
    title: "create + dispose, each class's own way: `new Plain(n).free()` vs `new Managed(n)[Symbol.dispose]()`",
    plain: createFree,
    managed: createDispose,
  },
  {
    key: "create-dispose-gc",
    title:
      "create + dispose, each class's own way, with the garbage collection it leaves: 20,000 as in the row above, then full collections until the finalizers ran",
    plain: createFreeCollect,
    managed: createDisposeCollect,
    ops: GC_BATCHES,
    needsGc: true,
  },
  {
    key: "create-dispose-stretch",
    title: "create + dispose, a million in one synchronous stretch: `new C(n).free()`",
    plain: createFreeStretch,
    managed: createFreeStretch,
    ops: 1000,
  },
  {
    key: "create-await-free",
    title: "create, keep over an `await`, then dispose: `o = new C(n); await null; o.free()`",
    plain: createAwaitFree,
    managed: createAwaitFree,
  },
  {
    key: "create-free",
    title: "create + dispose, both with `free()`: `new C(n).free()`",
    plain: createFree,
    managed: createFree,
  },
  {
    key: "create-using",
    title: "create + dispose with a `using` block: `{ using o = new C(n); }`",
    plain: usingLoops?.createUsing ?? null,
    managed: usingLoops?.createUsing ?? null,
  },
  { key: "call-add", title: "method call, `&mut self`, a number: `o.add(1)`", live: true, plain: callAdd, managed: callAdd },
  { key: "call-sum", title: "method call, `&self`, a number: `o.sum(1)`", live: true, plain: callSum, managed: callSum },
  {
    key: "call-relabel",
    title: "method call, `&mut self`, a string: `o.relabel(\"some text\")`",
    live: true,
    plain: callRelabel,
    managed: callRelabel,
  },
  {
    key: "call-rename",
    title: "method call, `&mut self`, a `String` by value: `o.rename(\"some text\")`",
    live: true,
    plain: callRename,
    managed: callRename,
  },
  {
    key: "call-nudge",
    title: "method call, `&self`, an `Option<f64>`: `o.nudge(1.5)`",
    live: true,
    plain: callNudge,
    managed: callNudge,
  },
  {
    key: "call-label",
    title: "method call, `&self`, a string: `o.label(\"some text\")`",
    live: true,
    plain: callLabel,
    managed: callLabel,
  },
  ...[
    ["arg-set-velocity", "`&Foo` of another class, beside a number behind a type alias and a `bool`: `body.setVelocity(i, v, true)`", worldSetVelocity],
    ["arg-ref", "`&Foo` argument: `body.dot(v)`", worldDot],
    ["arg-mut", "`&mut Foo` argument: `body.scale(v)`", worldScale],
    ["arg-value", "`Foo` argument (moved), with its creation: `body.push(new V(i, 1))`", worldPush],
    ["arg-option", "`Option<Foo>` argument (moved), with its creation: `body.pushMaybe(new V(i, 1))`", worldPushMaybe],
    ["arg-vec", "`Vec<Foo>` argument (both moved), with their creation: `body.pushAll([new V(i, 1), new V(i, 2)])`", worldPushAll],
    ["ret-value", "`Foo` returned, then freed: `body.position().free()`", worldPosition],
    ["ret-option", "`Option<Foo>` returned, then freed: `body.positionIf(true).free()`", worldPositionIf],
    ["ret-vec", "`Vec<Foo>` returned, then each freed: `body.path(2)`", worldPath],
    [
      "wrapper",
      "a TypeScript layer's method: a temporary in, a new object out, a getter, both freed: `v = new V(i, 1); p = body.translate(v); p.x; v.free(); p.free()`",
      worldWrapper,
    ],
  ].map(([key, title, loop]) => ({ key, title, plain: loop, managed: loop, classes: worldClasses, only: ["bench", "bench_fallback"] })),
  {
    key: "create-async-dispose",
    title:
      "create + async dispose: `await new C(n)[Symbol.asyncDispose]()` (plain: an `async fn(self)` exported as `[Symbol.asyncDispose]`)",
    plain: createAsyncDispose,
    managed: createAsyncDispose,
    classes: asyncClasses,
  },
];
// Allocation sites cost a stack capture per object, which dwarfs the rest:
// that build times only these rows.
const SITES_CASES = ["create-dispose", "create-dispose-gc", "call-add", "call-label"];
/** Whether case `c` is timed in build `out`. */
const runsIn = (c, out) => (!c.only || c.only.includes(out)) && (out !== "bench_sites" || SITES_CASES.includes(c.key));
for (const c of cases) {
  // Without a way to force a collection the row says n/a.
  if (c.needsGc && !collect) c.plain = c.managed = null;
  c.plain2 = c.plain;
}
if (opts.cases.length > 0) {
  const unknown = opts.cases.filter((k) => !cases.some((c) => c.key === k));
  if (unknown.length > 0) throw new Error(`unknown case ${unknown.join(", ")}; cases: ${cases.map((c) => c.key).join(", ")}`);
  cases.splice(0, cases.length, ...cases.filter((c) => opts.cases.includes(c.key)));
}

// ---------------------------------------------------------------------------
// Loading. The wasm-bindgen glue keeps its instance in module state, so a
// fresh instance needs a fresh module: the same file under a new query.

let instances = 0;
async function instantiate(outName) {
  const dir = join(pkgRoot, outName);
  // A plain path, not a file: URL: Bun keys file: URLs without their query.
  const pkg = await import(`${join(dir, `${outName}.js`)}?instance=${++instances}`);
  const wasm = pkg.initSync({ module: readFileSync(join(dir, `${outName}_bg.wasm`)) });
  return { pkg, wasm };
}

// ---------------------------------------------------------------------------
// Timing.

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One tinybench task: samples are the mean ns per operation of one batch. */
function addTask(bench, name, loop, C, live, isAsync, ops = 1) {
  const { len, batch } = opts;
  let o = null;
  const sample = (ms) => ({ overriddenDuration: ms / (batch * ops), overriddenIterationCost: ms });
  const fn = isAsync
    ? async () => {
        const t0 = performance.now();
        await loop(C, len, batch);
        return sample(performance.now() - t0);
      }
    : live
      ? () => {
          const t0 = performance.now();
          loop(o, batch);
          return sample(performance.now() - t0);
        }
      : () => {
          const t0 = performance.now();
          loop(C, len, batch);
          return sample(performance.now() - t0);
        };
  bench.add(name, fn, {
    async: isAsync,
    beforeAll() {
      if (live) o = new C(len);
    },
    async afterAll() {
      o?.free();
      o = null;
      // A full collection, then one event-loop turn, so that the garbage and
      // the finalizers this task left are dealt with before the next task is
      // timed instead of during it.
      collect?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    },
  });
}


// The order of the classes in round r is ORDERS[r % 6]: the three rotations,
// then the three reversed ones, so that over six rounds each class is timed
// in each place, and right after each other class, equally often.
const ORDERS = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
  [1, 0, 2],
  [0, 2, 1],
].map((order) => order.map((i) => CLASSES[i]));

async function timeAll(variants) {
  // results[variant][case][class] = per-round medians, ns/op
  const results = variants.map(() => cases.map(() => Object.fromEntries(CLASSES.map((cls) => [cls, []]))));
  for (let round = 0; round < opts.rounds; round++) {
    // Vary the classes' order and alternate the builds' order, so drift and
    // warm-up favour none. The tasks of one case are adjacent (all builds,
    // all classes), so the cross-build comparisons (what the counters cost)
    // are as close in time as the within-build ones.
    const order = ORDERS[round % ORDERS.length];
    const builds = round % 2 === 0 ? variants.map((_, vi) => vi) : variants.map((_, vi) => vi).reverse();
    const bench = new Bench({
      name: `round ${round + 1}`,
      time: opts.time,
      warmupTime: Math.max(10, opts.time / 4),
      iterations: opts.iterations,
      warmupIterations: Math.max(1, opts.iterations >> 1),
      throws: true,
    });
    const slots = [];
    cases.forEach((c, ci) => {
      for (const vi of builds) {
        const v = variants[vi];
        for (const cls of order) {
          const loop = c[cls];
          const C = (c.classes ?? syncClasses)[cls](v.pkg);
          if (!loop || !C || !runsIn(c, v.out)) continue;
          const name = `${v.out}/${c.key}/${cls}`;
          addTask(bench, name, fresh(loop), C, !!c.live, loop.constructor.name === "AsyncFunction", c.ops);
          slots.push({ name, vi, ci, cls });
        }
      }
    });
    await bench.run();
    for (const { name, vi, ci, cls } of slots) {
      const r = bench.getTask(name).result;
      results[vi][ci][cls].push(r.latency.p50 * 1e6);
    }
    console.error(`  round ${round + 1}/${opts.rounds} done`);
  }
  return results;
}

// ---------------------------------------------------------------------------
// Memory: N objects in a fresh instance each, no GC forced. FinalizationRegistry
// callbacks cannot run during a synchronous loop, so what is left is what a
// tight loop leaves before the garbage collector and the event loop act.

async function memoryOf(v, cls, dispose) {
  const { pkg, wasm } = await instantiate(v.out);
  if (pkg.Plain === v.pkg.Plain) throw new Error(`${runtime.name} shares module instances`);
  const C = cls === "plain" ? pkg.Plain : pkg.Managed;
  // First use does one-time work (the prototype patch, registries); keep it
  // out of the numbers.
  new C(opts.len).free();
  const bytes0 = pkg.allocatedBytes();
  const mem0 = wasm.memory.buffer.byteLength;
  const { n, len } = opts;
  if (dispose) {
    if (cls === "plain") for (let i = 0; i < n; i++) new C(len).free();
    else for (let i = 0; i < n; i++) new C(len)[Symbol.dispose]();
  } else {
    for (let i = 0; i < n; i++) new C(len);
  }
  return { bytes: pkg.allocatedBytes() - bytes0, memory: wasm.memory.buffer.byteLength - mem0 };
}

// ---------------------------------------------------------------------------
// Report.

const fmtNs = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "n/a");
const fmtRatio = (m, p) => (Number.isFinite(m) && Number.isFinite(p) && p > 0 ? `${(m / p).toFixed(2)}×` : "n/a");
const fmtInt = (x) => Math.round(x).toLocaleString("en-US");
const fmtKiB = (b) => `${fmtInt(b / 1024)} KiB`;

function row(measure, variant, cell) {
  console.log(`@row\t${measure}\t${variant}\t${cell}`);
}

async function main() {
  const variants = [];
  for (const { out, label } of opts.variants) variants.push({ out, label, ...(await instantiate(out)) });

  console.log(`@runtime\t${runtime.name} ${runtime.version}`);
  console.error(
    `${runtime.name} ${runtime.version}: ${cases.length} cases × ${CLASSES.length} classes × ${variants.length} builds × ${opts.rounds} rounds,` +
      ` ${opts.time} ms per task, batches of ${opts.batch}; memory: ${opts.n} objects of ${opts.len} B`,
  );
  if (!collect) console.error("  no gc() (run Node and Deno with --expose-gc): tasks may pay for each other's garbage");

  const timed = await timeAll(variants);
  variants.forEach((v, vi) => {
    console.log(`\n## ${runtime.name} ${runtime.version}, ${v.label}: median ns/op of ${opts.rounds} rounds`);
    cases.forEach((c, ci) => {
      if (!runsIn(c, v.out)) return;
      const t = timed[vi][ci];
      const [p, p2, m] = CLASSES.map((cls) => median(t[cls]));
      const rounds = (xs) => xs.map(fmtNs).join(" ");
      console.log(`${c.title}\n  Plain   ${fmtNs(p)} ns/op  [${rounds(t.plain)}]`);
      // Ratios as in the table: the median over the rounds of each round's ratio.
      const ratio = (a, b) => fmtRatio(median(a.map((x, r) => b[r] / x)), 1);
      console.log(`  Plain2  ${fmtNs(p2)} ns/op  [${rounds(t.plain2)}]  null ratio ${ratio(t.plain, t.plain2)}`);
      console.log(`  Managed ${fmtNs(m)} ns/op  [${rounds(t.managed)}]  ratio ${ratio(t.plain, t.managed)}`);
      console.log(`@time\t${v.out}\t${c.title}\t${CLASSES.map((cls) => t[cls].join(",")).join("\t")}`);
    });
  });

  for (const v of variants) {
    console.log(`\n## ${runtime.name} ${runtime.version}, ${v.label}: memory after ${fmtInt(opts.n)} objects of ${opts.len} B, no GC`);
    let mem;
    try {
      mem = {};
      for (const dispose of [true, false]) {
        for (const cls of ["plain", "managed"]) mem[`${cls}/${dispose}`] = await memoryOf(v, cls, dispose);
      }
    } catch (e) {
      console.log(`n/a: ${e.message}`);
      for (const m of memoryRows) row(m, v.label, "n/a");
      continue;
    }
    const perObj = (x) => `${fmtInt(x.bytes / opts.n)} B`;
    const both = (key, f) => `${f(mem[`plain/${key}`])} → ${f(mem[`managed/${key}`])}`;
    for (const dispose of [true, false]) {
      const p = mem[`plain/${dispose}`];
      const m = mem[`managed/${dispose}`];
      console.log(
        `${dispose ? "with disposal" : "without disposal"}: allocator Plain ${fmtInt(p.bytes)} B, Managed ${fmtInt(m.bytes)} B;` +
          ` Wasm memory growth Plain ${fmtKiB(p.memory)}, Managed ${fmtKiB(m.memory)}`,
      );
    }
    row(memoryRows[0], v.label, both(true, perObj));
    row(memoryRows[1], v.label, both(true, (x) => fmtKiB(x.memory)));
    row(memoryRows[2], v.label, both(false, perObj));
    row(memoryRows[3], v.label, both(false, (x) => fmtKiB(x.memory)));
  }
}

const memoryRows = [
  "residual allocator bytes per disposed object, before GC",
  `Wasm memory growth after ${fmtInt(opts.n)} create + dispose`,
  "allocator bytes per object without disposal, before GC",
  `Wasm memory growth after ${fmtInt(opts.n)} create without disposal`,
];

function parseArgs(args) {
  const o = { n: 100_000, rounds: 5, len: 64, time: 200, batch: 1000, iterations: 8, variants: [], cases: [] };
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    const [flag, value] = eq < 0 ? [args[i], args[++i]] : [args[i].slice(0, eq), args[i].slice(eq + 1)];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--variant") {
      const eq = value.indexOf("=");
      o.variants.push(eq < 0 ? { out: value, label: value } : { out: value.slice(0, eq), label: value.slice(eq + 1) });
    } else if (flag === "--case") {
      o.cases.push(value);
    } else if (["--n", "--rounds", "--len", "--time", "--batch", "--iterations"].includes(flag)) {
      o[flag.slice(2)] = Number(value);
    } else {
      throw new Error(`unknown option ${flag}`);
    }
  }
  if (o.variants.length === 0) o.variants.push({ out: "bench", label: "default features" });
  return o;
}

function runtimeName() {
  if (typeof Deno !== "undefined") return { name: "Deno", version: Deno.version.deno };
  if (typeof Bun !== "undefined") return { name: "Bun", version: Bun.version };
  return { name: "Node", version: process.versions.node };
}

await main();
