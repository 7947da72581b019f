// Load client for examples/workers-rs, run by `cargo xtask workers-rs` with
// Node 24 against workerd on loopback:
//   node load.mjs http://127.0.0.1:PORT path/to/workerd.log
// Bounded: a fixed number of requests, each with a timeout, and a hard time
// limit for the whole run.
import { readFileSync } from "node:fs";

import { CONCURRENCY, MiB, SEEDS, loadClient, mib } from "../load-client.mjs";

const [base, logPath] = process.argv.slice(2);
if (!base || !logPath) throw new Error("usage: node load.mjs <base URL> <workerd log>");

const WARMUP = 100;
const USING = 1_000;
const MIXED_EACH = 200; // per route: /using-shim, /using-async-shim, /rust/frame, /after-dispose
const SEQUENTIAL = 20; // after-dispose, then the next request checks the state
const LEAK = 100;
// After warm-up at most CONCURRENCY frames are alive at once and memory
// already holds them; growth beyond that is fragmentation. 5 leaked 1 MiB
// frames would exceed it.
const GROWTH_BOUND = 4 * MiB;

const { check, get, expectFrame, load: loadAll, loadCheck, finish } = loadClient(base);
const workerdLog = () => readFileSync(logPath, "utf8");

function expectDisposedError(body) {
  const ok =
    body.disposed === true &&
    body.threw === true &&
    body.name === "DisposedError" &&
    body.isDisposedError === true &&
    body.isError === true &&
    /Frame has been disposed/.test(body.message);
  if (!ok) throw new Error(`use after dispose: ${JSON.stringify(body)}`);
}

/** Sends the requests `routes` lists, each checked. */
function load(routes) {
  return loadAll(
    routes.length,
    async (i) => {
      const seed = i % SEEDS;
      if (routes[i] === "/after-dispose") expectDisposedError(await get(`${routes[i]}?seed=${seed}`));
      else expectFrame(await get(`${routes[i]}?mib=1&seed=${seed}`), seed);
    },
    (i) => `request ${i} (${routes[i]})`,
  );
}

// Frames that reached JavaScript (disposableStats counts those): the one
// worker.js keeps from startup, plus one per JavaScript route request.
let jsFrames = 1;
let rustRequests = 0;
async function state() {
  rustRequests++;
  return get("/rust/state");
}

try {
  const initial = await state();
  check("one wasm instance at start", initial.instanceStarts === 1, `instanceStarts ${initial.instanceStarts}`);
  console.log(`initial: wasm memory ${mib(initial.wasmMemoryBytes)}`);

  loadCheck("warm-up: /using", await load(Array(WARMUP).fill("/using")), WARMUP);
  jsFrames += WARMUP;
  const warm = await state();

  const run = await load(Array(USING).fill("/using"));
  jsFrames += USING;
  loadCheck(`${USING} x /using?mib=1 (a using declaration; concurrency ${CONCURRENCY})`, run, USING);
  const afterUsing = await state();
  const grown = afterUsing.wasmMemoryBytes - warm.wasmMemoryBytes;
  console.log(
    `using: ${USING} requests in ${run.seconds.toFixed(1)} s (${(USING / run.seconds).toFixed(0)} requests/s); ` +
      `wasm memory ${mib(warm.wasmMemoryBytes)} -> ${mib(afterUsing.wasmMemoryBytes)} (+${mib(grown)})`,
  );
  check(`with using, wasm memory grows by at most ${mib(GROWTH_BOUND)} after warm-up`, grown <= GROWTH_BOUND, `+${mib(grown)}`);

  // The helpers, Rust-only frames and uses after dispose, interleaved.
  const mixed = [];
  for (let i = 0; i < MIXED_EACH; i++) mixed.push("/using-shim", "/using-async-shim", "/rust/frame", "/after-dispose");
  const mixedRun = await load(mixed);
  jsFrames += 3 * MIXED_EACH;
  rustRequests += MIXED_EACH;
  loadCheck(
    `${mixed.length} mixed: using() and usingAsync() helpers, Rust-only frames, use after dispose (concurrency ${CONCURRENCY})`,
    mixedRun,
    mixed.length,
  );
  const afterMixed = await state();
  const mixedGrowth = afterMixed.wasmMemoryBytes - afterUsing.wasmMemoryBytes;
  check(`mixed routes: wasm memory grows by at most ${mib(GROWTH_BOUND)}`, mixedGrowth <= GROWTH_BOUND, `+${mib(mixedGrowth)}`);

  // Use after dispose, then at once: does the next request see all state?
  let stateFailures = [];
  let served = afterMixed.served;
  for (let i = 0; i < SEQUENTIAL; i++) {
    try {
      expectDisposedError(await get(`/after-dispose?seed=${i}`));
      jsFrames++;
      const kept = await get("/kept");
      if (kept.checksum !== kept.expected || kept.disposed) throw new Error(`kept frame: ${JSON.stringify(kept)}`);
      const s = await state();
      if (s.served !== served + 1) throw new Error(`Rust served ${s.served}, expected ${served + 1} (state lost)`);
      if (s.instanceStarts !== 1) throw new Error(`instanceStarts ${s.instanceStarts}`);
      served = s.served;
    } catch (e) {
      stateFailures.push(`round ${i}: ${e.message}`);
    }
  }
  check(
    `${SEQUENTIAL} x DisposedError in the handler, then the next requests still see all state (kept frame, Rust counters)`,
    stateFailures.length === 0,
    stateFailures[0] ?? `Rust served ${served} requests in one instance`,
  );

  const end = await state();
  check("no instance re-initialisation: one instance started", end.instanceStarts === 1, `instanceStarts ${end.instanceStarts}`);
  check("Rust's request counter never went back", end.served === rustRequests, `served ${end.served}, sent ${rustRequests}`);
  const log = workerdLog();
  check("workerd's log has no \"Reinitializing\" and no \"Critical\"", !/Reinitializing|Critical/.test(log), log.match(/.*(Reinitializing|Critical).*/)?.[0] ?? "");

  // Finalizers of the disposed frames must count nothing as leaked.
  const collected = await get("/gc");
  const f = collected.Frame;
  console.log(`after gc(): disposableStats ${JSON.stringify(collected)}`);
  check(
    "disposableStats after gc(): created = disposed + the kept frame, leaked 0",
    f.created === jsFrames && f.disposed === jsFrames - 1 && f.live === 1 && f.leaked === 0 && f.moved === 0,
    `expected created ${jsFrames}, disposed ${jsFrames - 1}, live 1`,
  );
  const keptEnd = await get("/kept");
  check("the frame kept since startup is intact", keptEnd.checksum === keptEnd.expected && !keptEnd.disposed, JSON.stringify(keptEnd));
  await get("/kept/dispose");
  const final = (await get("/gc")).Frame;
  check(
    "after disposing the kept frame: created = disposed, live 0, leaked 0",
    final.created === final.disposed && final.live === 0 && final.leaked === 0,
    JSON.stringify(final),
  );
  const finalState = await state();
  check("Rust holds no frame", finalState.liveFrames === 0 && finalState.liveFrameBytes === 0, `${finalState.liveFrames} frames`);

  // Never disposed: reported memory, then finalization through the Proxy.
  const leakRun = await load(Array(LEAK).fill("/leak"));
  loadCheck(`${LEAK} x /leak?mib=1 (same work, never disposed)`, leakRun, LEAK);
  const leaked = await state();
  console.log(
    `leak: wasm memory ${mib(finalState.wasmMemoryBytes)} -> ${mib(leaked.wasmMemoryBytes)} ` +
      `(+${mib(leaked.wasmMemoryBytes - finalState.wasmMemoryBytes)}), ${leaked.liveFrames} frames held by Rust before collection`,
  );
  let afterLeak;
  for (let round = 0; round < 10; round++) {
    afterLeak = (await get("/gc")).Frame;
    if (afterLeak.leaked >= LEAK) break;
  }
  check(
    `gc() finalizes each never-disposed frame once: leaked ${LEAK}, live 0`,
    afterLeak.leaked === LEAK && afterLeak.live === 0 && afterLeak.created === afterLeak.disposed + afterLeak.leaked,
    JSON.stringify(afterLeak),
  );

  // Control: a Rust panic does re-initialise the instance under worker-build's
  // panic recovery, and the checks above would have seen it.
  await get("/rust/panic", 500);
  const control = await get("/rust/state");
  check(
    "control: a Rust panic re-initialises the instance, and the instance counter and workerd's log show it",
    control.instanceStarts === 2 && /Reinitializing/.test(workerdLog()),
    `instanceStarts ${control.instanceStarts}`,
  );
} catch (e) {
  check("the load run completed", false, e.message);
}

finish();
