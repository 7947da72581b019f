// Load client for examples/workers-rpc, run by `cargo xtask resource` with
// Node 24 against workerd on loopback:
//   node load.mjs http://127.0.0.1:PORT
// Bounded: a fixed number of requests, each with a timeout, and a hard time
// limit for the whole run (../load-client.mjs).
import { CONCURRENCY, loadClient, mib } from "../load-client.mjs";

const [base] = process.argv.slice(2);
if (!base) throw new Error("usage: node load.mjs <base URL>");

const KIB = 256; // each session holds this much in the other Worker
const WARMUP = 50;
const DROPS = 1_000; // JsDisposable dropped at the end of the scope
const EARLY = 100; // left by `?` on a failing call
const ASYNC = 100; // JsAsyncDisposable::dispose().await
const KEPT = 10; // the control: into_inner(), never disposed by Rust
// JsDisposable's own memory is a few words per stub; after warm-up the
// wasm memory must not grow by a 64 KiB page per thousand requests.
const GROWTH_BOUND = 1 << 20;

const { check, get, load, loadCheck, finish } = loadClient(base);

/** What the other Worker's Session.checksum() answers for `id`. */
const checksums = new Map();
function expectedChecksum(id) {
  const key = id & 255;
  if (!checksums.has(key)) {
    let sum = 0;
    for (let i = 0; i < KIB * 1024; i++) sum = (sum + ((i * 31 + id) & 255)) >>> 0;
    checksums.set(key, sum);
  }
  return checksums.get(key);
}

let nextId = 1;
/** Sends `routes` (one per request), each with a fresh session id; checks every answer. */
function run(routes) {
  const ids = routes.map(() => nextId++);
  return load(
    routes.length,
    async (i) => {
      const id = ids[i];
      const route = routes[i];
      const body = await get(`${route.path}?id=${id}&kib=${KIB}${route.query ?? ""}`);
      if (body.id !== id) throw new Error(`answered for session ${body.id}`);
      if (body.disposed !== route.disposed) throw new Error(`disposed before the answer: ${body.disposed}`);
      if (route.fails) {
        if (body.error !== `session ${id} refused`) throw new Error(`error ${JSON.stringify(body.error)}`);
      } else if (body.checksum !== expectedChecksum(id)) {
        throw new Error(`checksum ${body.checksum}, expected ${expectedChecksum(id)}`);
      }
    },
    (i) => `request ${i} (${routes[i].path}${routes[i].query ?? ""}, session ${ids[i]})`,
  );
}

const drop = { path: "/rpc", disposed: true };
const early = { path: "/rpc", query: "&fail=1", disposed: true, fails: true };
const awaited = { path: "/rpc/async", disposed: true };

try {
  const initial = await get("/rust/state");
  console.log(`initial: wasm memory ${mib(initial.wasmMemoryBytes)}`);
  loadCheck(`warm-up: ${WARMUP} x /rpc`, await run(Array(WARMUP).fill(drop)), WARMUP);
  const warm = await get("/rust/state");

  const mixed = [];
  for (let i = 0; i < DROPS; i++) {
    mixed.push(drop);
    if (i % (DROPS / EARLY) === 0) mixed.push(early);
    if (i % (DROPS / ASYNC) === 0) mixed.push(awaited);
  }
  const result = await run(mixed);
  loadCheck(
    `${mixed.length} requests (concurrency ${CONCURRENCY}): each opens a session over RPC, calls it, and Rust's ` +
      `Drop (${DROPS}), \`?\` (${EARLY}) or dispose().await (${ASYNC}) disposes the stub; the other Worker saw ` +
      `its RpcTarget's [Symbol.dispose] run before the answer`,
    result,
    mixed.length,
  );
  console.log(`${mixed.length} requests in ${result.seconds.toFixed(1)} s (${(mixed.length / result.seconds).toFixed(0)} requests/s)`);

  const sessions = await get("/sessions/stats");
  console.log(`the other Worker: ${JSON.stringify(sessions)}`);
  const opened = WARMUP + mixed.length;
  check(
    "the other Worker: every session opened was disposed, none live, no bytes held",
    sessions.opened === opened && sessions.disposed === opened && sessions.live === 0 && sessions.liveBytes === 0,
    `opened ${sessions.opened} (sent ${opened}), disposed ${sessions.disposed}, live ${sessions.live}`,
  );
  check(
    `the other Worker's memory stayed bounded: at most ${CONCURRENCY} sessions (${mib(CONCURRENCY * KIB * 1024)}) alive at once`,
    sessions.maxLive <= CONCURRENCY && sessions.maxLiveBytes <= CONCURRENCY * KIB * 1024,
    `max ${sessions.maxLive} sessions, ${mib(sessions.maxLiveBytes)}`,
  );
  check("the other Worker: no disposal unclaimed, nobody waiting", sessions.unclaimed === 0 && sessions.waiting === 0, JSON.stringify(sessions));

  const after = await get("/rust/state");
  const stubs = after.jsResources.RpcStub;
  console.log(`Rust: ${JSON.stringify(after.jsResources)}; wasm memory ${mib(warm.wasmMemoryBytes)} -> ${mib(after.wasmMemoryBytes)}`);
  check(
    "Rust's js_resource_stats(): every stub created was disposed, none failed, none live",
    stubs.created === opened && stubs.disposed === opened && stubs.failed === 0 && stubs.moved === 0 && stubs.live === 0,
    JSON.stringify(stubs),
  );
  const grown = after.wasmMemoryBytes - warm.wasmMemoryBytes;
  check(`Rust's wasm memory grew by at most ${mib(GROWTH_BOUND)} after warm-up`, grown <= GROWTH_BOUND, `+${mib(grown)}`);

  // Control: the stub taken back with into_inner() is not disposed while the
  // request runs; workerd disposes it when the request ends.
  const kept = { path: "/rpc/kept", disposed: false };
  const firstKept = nextId;
  loadCheck(
    `control, ${KEPT} x /rpc/kept: a stub Rust gave back with into_inner() is still live in the other Worker when the handler answers`,
    await run(Array(KEPT).fill(kept)),
    KEPT,
  );
  let late = 0;
  for (let id = firstKept; id < firstKept + KEPT; id++) if ((await get(`/rpc/wait?id=${id}`)).disposed) late++;
  check(`control: workerd disposed those ${KEPT} stubs itself once each request ended`, late === KEPT, `${late}/${KEPT}`);
  const final = (await get("/rust/state")).jsResources.RpcStub;
  check("control: Rust counted them as moved, not disposed", final.moved === KEPT && final.disposed === opened, JSON.stringify(final));
} catch (e) {
  check("the load run completed", false, e.message);
}

finish();
