// The other Worker: an RPC server reached over a service binding. `open()`
// returns a Session (an RpcTarget holding a buffer), so the caller gets a
// stub; the Session's [Symbol.dispose] runs when the caller disposes that
// stub (or, failing that, when the caller's request ends). It counts what it
// sees, so the load test can tell which happened.
//
// workerd runs an RpcTarget's [Symbol.dispose] only while the I/O context of
// the call that returned it is alive, and that context ends when the call
// returns unless something keeps it: a disposal that arrives later is
// dropped silently (measured with workerd 1.20261117.1). So open() keeps its
// context with ctx.waitUntil() until the session is disposed, bounded.
import { RpcTarget, WorkerEntrypoint } from "cloudflare:workers";

const MAX_BYTES = 4 << 20;
/** How long waitDisposed() waits before answering false (a bound, so a
 * missing disposal fails the request instead of hanging it). */
const WAIT_LIMIT_MS = 5_000;
/** How long open() keeps its I/O context for the session's disposal. */
const SESSION_LIMIT_MS = 30_000;

const stats = { opened: 0, disposed: 0, live: 0, maxLive: 0, liveBytes: 0, maxLiveBytes: 0 };
/** Ids disposed and not yet asked about, and the waiters per id. */
const disposedIds = new Set();
const waiters = new Map();

class Session extends RpcTarget {
  #id;
  #buffer;
  #onDisposed;
  /** Resolves when the session is disposed. */
  disposed;

  constructor(id, bytes) {
    super();
    this.disposed = new Promise((resolve) => (this.#onDisposed = resolve));
    this.#id = id;
    this.#buffer = new Uint8Array(bytes).map((_, i) => (i * 31 + id) & 255);
    stats.opened++;
    stats.live++;
    stats.liveBytes += bytes;
    stats.maxLive = Math.max(stats.maxLive, stats.live);
    stats.maxLiveBytes = Math.max(stats.maxLiveBytes, stats.liveBytes);
  }

  /** Work through the stub: the sum of the buffer's bytes. */
  checksum() {
    let sum = 0;
    for (const b of this.#buffer) sum = (sum + b) >>> 0;
    return sum;
  }

  /** A call that fails: the caller's `?` leaves its scope early. */
  fail() {
    throw new Error(`session ${this.#id} refused`);
  }

  [Symbol.dispose]() {
    this.#onDisposed();
    stats.disposed++;
    stats.live--;
    stats.liveBytes -= this.#buffer.length;
    this.#buffer = null;
    const wake = waiters.get(this.#id);
    if (wake) {
      waiters.delete(this.#id);
      wake(true);
    } else {
      disposedIds.add(this.#id);
    }
  }
}

export default class extends WorkerEntrypoint {
  open(id, bytes) {
    if (!Number.isInteger(id) || !Number.isInteger(bytes) || bytes < 1 || bytes > MAX_BYTES) {
      throw new RangeError(`open(${id}, ${bytes}): bytes must be 1..${MAX_BYTES}`);
    }
    const session = new Session(id, bytes);
    // Keeps this call's context, where workerd runs [Symbol.dispose], until then.
    let timer;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, SESSION_LIMIT_MS)));
    this.ctx.waitUntil(Promise.race([session.disposed, limit]).finally(() => clearTimeout(timer)));
    return session;
  }

  /** Whether session `id` has been disposed, now. */
  isDisposed(id) {
    return disposedIds.has(id);
  }

  /** Resolves true once session `id` is disposed (false past the bound). */
  waitDisposed(id) {
    if (disposedIds.delete(id)) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(id);
        resolve(false);
      }, WAIT_LIMIT_MS);
      waiters.set(id, (v) => {
        clearTimeout(timer);
        resolve(v);
      });
    });
  }

  /** Forgets the ids of sessions disposed without being asked about. */
  forget(id) {
    return disposedIds.delete(id);
  }

  stats() {
    return { ...stats, unclaimed: disposedIds.size, waiting: waiters.size };
  }
}
