// The benchmark row of issue 21, run by `cargo xtask resource bench` in Node
// 24, Deno and Bun: a `JsDisposable` created and dropped
// (`benchJsDisposable`) against the hand-written call it replaces
// (`benchReflect`: `Reflect.get` of `Symbol.dispose`, a function check,
// `call`), with `benchReflect2` (the same code again) as the null
// comparator. Each timing is one call into wasm that loops N times, so the
// time per operation is the Rust side's. Rounds rotate the order of the
// three; a round's ratio is taken within the round, and the cell shows the
// medians over the rounds.
//
// Prints `@runtime <name>` and `@cell <build label>\t<case>\t<text>` lines.
//
// node tests/resource/bench.mjs --n=200000 --rounds=9 --variant=OUT=LABEL...
import { parseArgs } from "node:util";
import { load } from "../js/load.mjs";

const { values } = parseArgs({
  options: { n: { type: "string" }, rounds: { type: "string" }, variant: { type: "string", multiple: true } },
});
const N = Number(values.n ?? 200_000);
const ROUNDS = Number(values.rounds ?? 9);
const variants = (values.variant ?? ["resource_bench=default features (counters on)"]).map((v) => {
  const at = v.indexOf("=");
  return { out: v.slice(0, at), label: v.slice(at + 1) };
});

const runtime = globalThis.Deno
  ? `Deno ${Deno.version.deno}`
  : globalThis.Bun
    ? `Bun ${Bun.version}`
    : `Node ${process.versions.node}`;
console.log(`@runtime\t${runtime}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ns) => (ns >= 100 ? ns.toFixed(0) : ns.toFixed(1));

const CASE =
  "a resource created and disposed from Rust: hand-written `Reflect::get(&v, &Symbol.dispose)`, " +
  "`dyn_into::<Function>()`, `call0(&v)` vs `drop(JsDisposable::new(v)?)`, ns/op";

for (const { out, label } of variants) {
  const p = await load(out);
  const resource = {
    calls: 0,
    [Symbol.dispose]() {
      this.calls++;
    },
  };
  const tasks = {
    reflect: (n) => p.benchReflect(resource, n),
    reflect2: (n) => p.benchReflect2(resource, n),
    managed: (n) => p.benchJsDisposable(resource, n),
  };
  // Warm-up: every path compiled and the counters' class seen.
  for (const run of Object.values(tasks)) run(Math.min(N, 10_000));
  const times = { reflect: [], reflect2: [], managed: [] };
  const orders = [
    ["reflect", "reflect2", "managed"],
    ["managed", "reflect", "reflect2"],
    ["reflect2", "managed", "reflect"],
  ];
  const before = resource.calls;
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of orders[round % orders.length]) {
      const start = performance.now();
      tasks[name](N);
      times[name].push(((performance.now() - start) * 1e6) / N);
    }
  }
  // Every operation disposed once: the loops did what they say.
  if (resource.calls - before !== 3 * N * ROUNDS) {
    throw new Error(`${label}: ${resource.calls - before} disposals, expected ${3 * N * ROUNDS}`);
  }
  const ratio = (a, b) => median(times[a].map((t, i) => t / times[b][i]));
  const cell =
    `${fmt(median(times.reflect))} → ${fmt(median(times.managed))} (${ratio("managed", "reflect").toFixed(2)}×)` +
    ` · null ${fmt(median(times.reflect))} → ${fmt(median(times.reflect2))} (${ratio("reflect2", "reflect").toFixed(2)}×)`;
  console.log(`@cell\t${label}\t${CASE}\t${cell}`);
  const stats = p.disposableStats()["js:Object"];
  console.log(`${runtime}, ${label}: ${cell}; disposableStats()["js:Object"] ${JSON.stringify(stats ?? null)}`);
}
