// Load client for examples/worker, run by `cargo xtask worker` with Node 24:
//   node load.mjs http://127.0.0.1:PORT
// 2,000 requests to /using?mib=1 must leave wasm memory flat; 200 to
// /leak?mib=1 show, without asserting, what forgetting disposal costs.
const base = process.argv[2];
if (!base) throw new Error("usage: node load.mjs <base URL>");

const MiB = 1024 * 1024;
const USING_REQUESTS = 2_000;
const LEAK_REQUESTS = 200;
const WARMUP_REQUESTS = 100;
const CONCURRENCY = 8;
const SEEDS = 16;
const REQUEST_TIMEOUT_MS = 10_000;
const TIME_LIMIT_MS = 240_000;
// After warm-up, at most CONCURRENCY frames are alive at once, and the
// warm-up already grew memory to hold them, so growth beyond that is
// allocator fragmentation. 4 MiB allows some; 5 leaked 1 MiB frames out of
// 2,000 (0.25%) would already exceed it.
const USING_GROWTH_BOUND = 4 * MiB;

// Hard limit: a hung server or client must not hang the test run.
setTimeout(() => {
  console.log(`load: time limit of ${TIME_LIMIT_MS / 1000} s reached`);
  process.exit(1);
}, TIME_LIMIT_MS).unref();

const checks = [];
function check(name, ok, detail = "") {
  checks.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
}
const mib = (n) => `${(n / MiB).toFixed(1)} MiB`;

async function get(path) {
  const res = await fetch(new URL(path, base), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

// The checksum of every seed's frame, from the first response that had it:
// /using and /leak do the same work, so every later response must agree.
const checksums = new Map();

// Sends `count` requests to `route`, CONCURRENCY at a time. Returns the
// failures and the elapsed time.
async function load(route, count) {
  let next = 0;
  const failures = [];
  const started = performance.now();
  async function worker() {
    while (next < count) {
      const i = next++;
      const seed = i % SEEDS;
      try {
        const body = await get(`/${route}?mib=1&seed=${seed}`);
        if (body.bytes !== MiB) throw new Error(`bytes ${body.bytes}`);
        const want = checksums.get(seed) ?? body.checksum;
        checksums.set(seed, want);
        if (body.checksum !== want) throw new Error(`seed ${seed}: checksum ${body.checksum}, expected ${want}`);
      } catch (e) {
        failures.push(`request ${i}: ${e.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { failures, seconds: (performance.now() - started) / 1000 };
}

function loadCheck(name, { failures }, count) {
  check(name, failures.length === 0, `${count - failures.length}/${count} answered correctly${failures.length ? `; first failure: ${failures[0]}` : ""}`);
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

const failed = checks.filter((ok) => !ok).length;
console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
