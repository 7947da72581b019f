// `cargo xtask bench`: Plain (stock wasm-bindgen) against Managed
// (#[disposable]) in one process, with tinybench. Runs in Node, Deno and Bun.
//
//   bench.mjs [--n N] [--rounds R] [--len BYTES] [--time MS] [--batch B]
//             --variant OUT_NAME=LABEL ...
//
// WASM_DISPOSE_PKG names the directory holding the built packages. Output is
// a readable report, plus `@`-prefixed tab-separated lines that xtask turns
// into the README table (`@runtime`, `@row`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const opts = parseArgs(process.argv.slice(2));
const pkgRoot = process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url));
const runtime = runtimeName();

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
function callPeek(o, count) {
  let sink = 0;
  for (let i = 0; i < count; i++) sink = (sink + o.peek()) | 0;
  return sink;
}
async function createAsyncDispose(C, len, count) {
  for (let i = 0; i < count; i++) await new C(len)[Symbol.asyncDispose]();
}

// `using` is a syntax error where the runtime lacks it, so it lives in its
// own module; without it, its row says n/a.
const usingLoops = await import("./using.mjs").catch(() => null);

/** A new, independently optimised copy of a loop function. */
function fresh(fn) {
  return new Function(`return (${fn.toString()})`)();
}

// What to measure. `plain` / `managed` give the loop for each class (null:
// n/a); a case with `live` runs its loop on one live object per batch.
// Adding a case is adding an entry here.
const cases = [
  {
    key: "create-dispose",
    title: "create + dispose: `new Plain(n).free()` vs `new Managed(n)[Symbol.dispose]()`",
    plain: createFree,
    managed: createDispose,
  },
  {
    key: "create-using",
    title: "create + dispose with a `using` block, both classes",
    plain: usingLoops?.createUsing ?? null,
    managed: usingLoops?.createUsing ?? null,
  },
  { key: "call-add", title: "method call, `&mut self`: `o.add(1)` on a live object", live: true, plain: callAdd, managed: callAdd },
  { key: "call-peek", title: "method call, `&self`: `o.peek()` on a live object", live: true, plain: callPeek, managed: callPeek },
  {
    key: "create-async-dispose",
    title:
      "create + async dispose: `await new C(n)[Symbol.asyncDispose]()`, plain: an `async fn(self)` exported as `[Symbol.asyncDispose]`",
    plain: createAsyncDispose,
    managed: createAsyncDispose,
    plainClass: (pkg) => pkg.PlainAsync,
    managedClass: (pkg) => pkg.ManagedAsync,
  },
];

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
function addTask(bench, name, loop, C, live, isAsync) {
  const { len, batch } = opts;
  let o = null;
  const sample = (ms) => ({ overriddenDuration: ms / batch, overriddenIterationCost: ms });
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
      // One event-loop turn, so that finalizers left by this task run before
      // the next task is timed instead of during it.
      await new Promise((resolve) => setTimeout(resolve, 1));
    },
  });
}

async function timeAll(variants) {
  // results[variant][case][class] = per-round medians, ns/op
  const results = variants.map(() => cases.map(() => ({ plain: [], managed: [] })));
  for (let round = 0; round < opts.rounds; round++) {
    // Alternate which class goes first, so drift and warm-up favour neither.
    const order = round % 2 === 0 ? ["plain", "managed"] : ["managed", "plain"];
    const bench = new Bench({
      name: `round ${round + 1}`,
      time: opts.time,
      warmupTime: Math.max(10, opts.time / 4),
      iterations: 8,
      warmupIterations: 4,
      throws: true,
    });
    const slots = [];
    variants.forEach((v, vi) => {
      cases.forEach((c, ci) => {
        for (const cls of order) {
          const loop = c[cls];
          const C =
            cls === "plain"
              ? (c.plainClass ? c.plainClass(v.pkg) : v.pkg.Plain)
              : (c.managedClass ? c.managedClass(v.pkg) : v.pkg.Managed);
          if (!loop || !C) continue;
          const name = `${v.out}/${c.key}/${cls}`;
          addTask(bench, name, fresh(loop), C, !!c.live, loop.constructor.name === "AsyncFunction");
          slots.push({ name, vi, ci, cls });
        }
      });
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
    `${runtime.name} ${runtime.version}: ${cases.length} cases × 2 classes × ${opts.rounds} rounds,` +
      ` ${opts.time} ms per task, batches of ${opts.batch}; memory: ${opts.n} objects of ${opts.len} B`,
  );

  const timed = await timeAll(variants);
  variants.forEach((v, vi) => {
    console.log(`\n## ${runtime.name} ${runtime.version}, ${v.label}: median ns/op of ${opts.rounds} rounds`);
    cases.forEach((c, ci) => {
      const p = median(timed[vi][ci].plain);
      const m = median(timed[vi][ci].managed);
      const rounds = (xs) => xs.map(fmtNs).join(" ");
      console.log(`${c.title}\n  Plain   ${fmtNs(p)} ns/op  [${rounds(timed[vi][ci].plain)}]`);
      console.log(`  Managed ${fmtNs(m)} ns/op  [${rounds(timed[vi][ci].managed)}]  ratio ${fmtRatio(m, p)}`);
      const cell = Number.isFinite(m) ? `${fmtNs(p)} → ${fmtNs(m)} (${fmtRatio(m, p)})` : "n/a";
      row(`${c.title}, ns/op`, v.label, cell);
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
  const o = { n: 100_000, rounds: 5, len: 64, time: 200, batch: 1000, variants: [] };
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    const [flag, value] = eq < 0 ? [args[i], args[++i]] : [args[i].slice(0, eq), args[i].slice(eq + 1)];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--variant") {
      const eq = value.indexOf("=");
      o.variants.push(eq < 0 ? { out: value, label: value } : { out: value.slice(0, eq), label: value.slice(eq + 1) });
    } else if (["--n", "--rounds", "--len", "--time", "--batch"].includes(flag)) {
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
