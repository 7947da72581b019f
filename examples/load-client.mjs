// What the two Workers' load clients share (examples/worker/load.mjs and
// examples/workers-rs/load.mjs): requests with a timeout, CONCURRENCY at a
// time, named checks, a hard time limit for the whole run, and the closing
// `load: N passed, N failed` line.

export const MiB = 1024 * 1024;
export const CONCURRENCY = 8;
export const SEEDS = 16;
const REQUEST_TIMEOUT_MS = 10_000;
const TIME_LIMIT_MS = 240_000;

export const mib = (n) => `${(n / MiB).toFixed(1)} MiB`;

/** A client of the Worker at `base`. */
export function loadClient(base) {
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

  /** The JSON body of a `status` answer (the text for another status). */
  async function get(path, status = 200) {
    const res = await fetch(new URL(path, base), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    if (res.status !== status) throw new Error(`${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return status === 200 ? JSON.parse(text) : text;
  }

  // Every seed's checksum, from the first response that had it: the routes
  // that render a frame do the same work, so all later ones must agree.
  const checksums = new Map();
  function expectFrame(body, seed) {
    if (body.bytes !== MiB) throw new Error(`bytes ${body.bytes}`);
    const want = checksums.get(seed) ?? body.checksum;
    checksums.set(seed, want);
    if (body.checksum !== want) throw new Error(`seed ${seed}: checksum ${body.checksum}, expected ${want}`);
  }

  /** Runs `request(i)` for i < count, CONCURRENCY at a time; `name(i)`
   * names request i in a failure. Returns the failures and the seconds. */
  async function load(count, request, name = (i) => `request ${i}`) {
    let next = 0;
    const failures = [];
    const started = performance.now();
    async function worker() {
      while (next < count) {
        const i = next++;
        try {
          await request(i);
        } catch (e) {
          failures.push(`${name(i)}: ${e.message}`);
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { failures, seconds: (performance.now() - started) / 1000 };
  }

  function loadCheck(name, { failures }, count) {
    const first = failures.length ? `; first failure: ${failures[0]}` : "";
    check(name, failures.length === 0, `${count - failures.length}/${count} answered correctly${first}`);
  }

  /** Prints the closing line and exits with the verdict. */
  function finish() {
    const failed = checks.filter((ok) => !ok).length;
    console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  }

  return { check, get, expectFrame, load, loadCheck, finish };
}
