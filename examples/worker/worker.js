// A Cloudflare Worker (ES module syntax) that renders a Rust `Frame` per
// request. workerd's V8 has the `using` syntax natively.
//
//   /using?mib=1&seed=7   renders a frame, disposed by `using` at block exit
//   /leak?mib=1&seed=7    the same work, never disposed
//   /memory               wasm linear memory and the frames Rust holds
import wasmModule from "./render_bg.wasm";
import * as render from "./render.js";

const { Frame, liveFrames, liveFrameBytes } = render;
// Workers compile the .wasm at deploy time; it arrives as a WebAssembly.Module.
const wasm = render.initSync({ module: wasmModule });
const MiB = 1024 * 1024;
const MAX_MIB = 16;

async function respond(frame, seed) {
  frame.render(seed);
  // Stands in for what a real handler awaits while holding the buffer (an
  // upstream fetch, a KV read), so concurrent requests overlap in memory.
  await new Promise((resolve) => setTimeout(resolve, 1));
  const thumbnail = frame.thumbnail(64);
  return Response.json({
    bytes: frame.bytes,
    width: frame.width,
    height: frame.height,
    checksum: frame.checksum(),
    thumbnailBytes: thumbnail.length,
  });
}

function memory() {
  const body = { wasmMemoryBytes: wasm.memory.buffer.byteLength, liveFrames: liveFrames(), liveFrameBytes: liveFrameBytes() };
  // Reported once the library exports it.
  if (typeof render.disposableStats === "function") body.disposableStats = render.disposableStats();
  return body;
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/memory") return Response.json(memory());
    if (url.pathname !== "/using" && url.pathname !== "/leak") return new Response("not found\n", { status: 404 });

    const mib = Number(url.searchParams.get("mib") ?? "1");
    const seed = Number(url.searchParams.get("seed") ?? "1");
    if (!Number.isInteger(mib) || mib < 1 || mib > MAX_MIB || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
      return new Response(`mib must be 1..${MAX_MIB} and seed a u32\n`, { status: 400 });
    }
    if (url.pathname === "/using") {
      using frame = new Frame(mib * MiB);
      // `return await`: disposal runs at block exit, after respond() settled.
      return await respond(frame, seed);
    }
    // The bug this library exists for: the frame stays in linear memory until
    // a finalizer runs, late or never.
    const frame = new Frame(mib * MiB);
    return await respond(frame, seed);
  },
};
