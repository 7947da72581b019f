// Load client for examples/worker, run by `cargo xtask worker` with Node 24:
//   node load.mjs http://127.0.0.1:PORT
// 2,000 requests to /using?mib=1 must leave wasm memory flat; 200 to
// /leak?mib=1 show, without asserting, what forgetting disposal costs.
import { CONCURRENCY, MiB, SEEDS, loadClient, mib } from "../load-client.mjs";

const base = process.argv[2];
if (!base) throw new Error("usage: node load.mjs <base URL>");

const USING_REQUESTS = 2_000;
const LEAK_REQUESTS = 200;
const WARMUP_REQUESTS = 100;
// After warm-up, at most CONCURRENCY frames are alive at once, and the
// warm-up already grew memory to hold them, so growth beyond that is
// allocator fragmentation. 4 MiB allows some; 5 leaked 1 MiB frames out of
// 2,000 (0.25%) would already exceed it.
const USING_GROWTH_BOUND = 4 * MiB;

const { check, get, expectFrame, load: loadAll, loadCheck, finish } = loadClient(base);

// Sends `count` requests to `route`, each checked.
function load(route, count) {
  return loadAll(count, async (i) => {
    const seed = i % SEEDS;
    expectFrame(await get(`/${route}?mib=1&seed=${seed}`), seed);
  });
}

try {
  const initial = await get("/memory");
  console.log(`initial: wasm memory ${mib(initial.wasmMemoryBytes)}`);

  loadCheck("warm-up: /using", await load("using", WARMUP_REQUESTS), WARMUP_REQUESTS);
  const warm = await get("/memory");

  const run = await load("using", USING_REQUESTS);
  loadCheck(`${USING_REQUESTS} x /using?mib=1 (concurrency ${CONCURRENCY})`, run, USING_REQUESTS);
  const after = await get("/memory");
  const grown = after.wasmMemoryBytes - warm.wasmMemoryBytes;
  console.log(
    `using: ${USING_REQUESTS} requests in ${run.seconds.toFixed(1)} s (${(USING_REQUESTS / run.seconds).toFixed(0)} requests/s), ` +
      `${mib(USING_REQUESTS * MiB)} rendered; wasm memory ${mib(warm.wasmMemoryBytes)} -> ${mib(after.wasmMemoryBytes)} (+${mib(grown)})`,
  );
  check(`with using, wasm memory grows by at most ${mib(USING_GROWTH_BOUND)} after warm-up`, grown <= USING_GROWTH_BOUND, `+${mib(grown)}`);
  check("with using, every frame was dropped", after.liveFrames === 0 && after.liveFrameBytes === 0, `${after.liveFrames} frames, ${after.liveFrameBytes} bytes live`);
  if (after.disposableStats) console.log(`disposableStats: ${JSON.stringify(after.disposableStats)}`);

  const leak = await load("leak", LEAK_REQUESTS);
  loadCheck(`${LEAK_REQUESTS} x /leak?mib=1 (same work, no disposal)`, leak, LEAK_REQUESTS);
  const leaked = await get("/memory");
  // Reported, not asserted: when finalizers run is up to the garbage collector.
  console.log(
    `leak: ${LEAK_REQUESTS} requests in ${leak.seconds.toFixed(1)} s; wasm memory ${mib(after.wasmMemoryBytes)} -> ` +
      `${mib(leaked.wasmMemoryBytes)} (+${mib(leaked.wasmMemoryBytes - after.wasmMemoryBytes)}), ` +
      `${leaked.liveFrames} frames (${mib(leaked.liveFrameBytes)}) still held by Rust`,
  );
  if (leaked.disposableStats) console.log(`disposableStats: ${JSON.stringify(leaked.disposableStats)}`);
} catch (e) {
  check("the load run completed", false, e.message);
}

finish();
