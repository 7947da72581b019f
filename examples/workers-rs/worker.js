// The JavaScript entry of a Rust Worker built by worker-build (default
// settings: panic recovery on). Routes under /rust/ go to the Rust
// `#[event(fetch)]` handler; the others use the `#[disposable]` class `Frame`
// from JavaScript.
//
//   /using?mib=1&seed=7          a frame disposed by `using` at block exit
//   /using-shim?mib=1&seed=7     the same through the package's using() and
//   /using-async-shim?...          usingAsync() helpers
//   /after-dispose?seed=7        uses a frame after `using` disposed it
//   /kept                        a frame made at startup and kept: its checksum
//   /kept/dispose                disposes it (end of the test)
//   /leak?mib=1&seed=7           a frame never disposed (left to the GC)
//   /gc                          gc(), where workerd runs with --expose-gc
//   /rust/frame, /rust/state     Rust (see src/lib.rs)
import { WorkerEntrypoint } from "cloudflare:workers";
import RustWorker, { Frame, DisposedError } from "./build/index.js";

// worker-build exports the package's classes (Frame, DisposedError) but turns
// its functions into methods of its default entrypoint class, so that is
// where the helpers exported by `wasm_dispose::export_helpers!()` are:
const { using, usingAsync, disposableStats } = RustWorker.prototype;

const MiB = 1024 * 1024;
const MAX_MIB = 16;
const KEPT_SEED = 42;

// Made at startup and used by later requests: were the instance reset, this
// object would be rebuilt blank by worker-build's Proxy (checksum of zeros)
// or be refused as stale.
const kept = new Frame(MiB);
kept.render(KEPT_SEED);
const keptChecksum = kept.checksum();

function params(url) {
  const mib = Number(url.searchParams.get("mib") ?? "1");
  const seed = Number(url.searchParams.get("seed") ?? "1");
  if (!Number.isInteger(mib) || mib < 1 || mib > MAX_MIB || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    return null;
  }
  return { mib, seed };
}

async function render(frame, seed) {
  frame.render(seed);
  // Stands in for what a real handler awaits while holding the buffer.
  await new Promise((resolve) => setTimeout(resolve, 1));
  return { bytes: frame.bytes, checksum: frame.checksum() };
}

// What using a disposed object does, as the handler sees it.
function afterDispose(seed) {
  let frame;
  {
    using f = new Frame(64 * 1024);
    f.render(seed);
    frame = f;
  }
  const seen = { disposed: frame.disposed };
  try {
    frame.checksum();
    seen.threw = false;
  } catch (e) {
    seen.threw = true;
    seen.name = e?.name;
    seen.isDisposedError = e instanceof DisposedError;
    seen.isError = e instanceof Error;
    seen.message = String(e?.message);
  }
  // Disposal stays idempotent: neither call may throw.
  frame.free();
  frame[Symbol.dispose]();
  return seen;
}

export default class extends WorkerEntrypoint {
  async fetch(request) {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path.startsWith("/rust/")) return new RustWorker(this.ctx, this.env).fetch(request);
    if (path === "/after-dispose") return Response.json(afterDispose(Number(url.searchParams.get("seed") ?? "1")));
    if (path === "/kept") return Response.json({ checksum: kept.checksum(), expected: keptChecksum, disposed: kept.disposed });
    if (path === "/kept/dispose") {
      kept[Symbol.dispose]();
      return Response.json({ disposed: kept.disposed });
    }
    if (path === "/stats") return Response.json(disposableStats());
    if (path === "/gc") {
      if (typeof gc !== "function") return new Response("gc() is not exposed\n", { status: 501 });
      gc();
      // Finalizers run in a later task.
      await new Promise((resolve) => setTimeout(resolve, 10));
      return Response.json(disposableStats());
    }

    const p = params(url);
    if (!p) return new Response(`mib must be 1..${MAX_MIB} and seed a u32\n`, { status: 400 });
    if (path === "/using") {
      using frame = new Frame(p.mib * MiB);
      return Response.json(await render(frame, p.seed));
    }
    if (path === "/using-shim") {
      // using() disposes when the body returns: a synchronous body.
      return Response.json(
        using(new Frame(p.mib * MiB), (frame) => {
          frame.render(p.seed);
          return { bytes: frame.bytes, checksum: frame.checksum() };
        }),
      );
    }
    if (path === "/using-async-shim") {
      return Response.json(await usingAsync(new Frame(p.mib * MiB), (frame) => render(frame, p.seed)));
    }
    if (path === "/leak") {
      const frame = new Frame(p.mib * MiB);
      return Response.json(await render(frame, p.seed));
    }
    return new Response("not found\n", { status: 404 });
  }
}
