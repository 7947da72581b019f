// `cargo xtask demo`, part 2: an async Rust resource under `await using`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = join(process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url)), "writer");
const { initSync, BufferedWriter, DisposedError, disposableStats } = await import(pathToFileURL(join(dir, "writer.js")).href);
initSync({ module: readFileSync(join(dir, "writer_bg.wasm")) });

/** A slow sink: a WritableStream that takes 5 ms per chunk and records what it got. */
function slowStream(log) {
  return new WritableStream({
    async write(chunk) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.bytes += chunk.length;
      log.chunks += 1;
    },
    async close() {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.closed = true;
    },
  });
}

function check(ok, what) {
  if (!ok) {
    console.error(`demo failed: ${what}`);
    process.exit(1);
  }
}

console.log("1. `await using` flushes and closes the stream before the block is left");
const log = { bytes: 0, chunks: 0, closed: false };
let writer;
let expected = 0;
{
  await using w = new BufferedWriter(slowStream(log).getWriter(), 16 * 1024);
  writer = w;
  for (let i = 0; i < 1000; i++) {
    const line = `line ${i}: the quick brown fox jumps over the lazy dog\n`;
    expected += line.length;
    if (w.write(line)) await w.flush();
  }
  console.log(`   inside the block:  ${w.buffered} bytes still buffered in Rust, sink has ${log.bytes} bytes, closed = ${log.closed}`);
}
console.log(`   after the block:   sink has ${log.bytes} bytes in ${log.chunks} chunks, closed = ${log.closed}`);
check(log.closed && log.bytes === expected, "every byte arrived and the stream was closed");

console.log("2. the writer is disposed from the moment the block ends");
try {
  writer.write("too late");
} catch (e) {
  console.log(`   ${e.name}: ${e.message}`);
  check(e instanceof DisposedError, "DisposedError");
}

console.log("3. a failing cleanup rejects, and the Rust memory is still released");
const broken = new WritableStream({ write() { throw new Error("disk full"); } });
try {
  await using w = new BufferedWriter(broken.getWriter(), 1024);
  w.write("this will not fit");
} catch (e) {
  console.log(`   await using threw: ${e.message}`);
  check(/disk full/.test(e.message), "the sink's error surfaced");
}
const stats = disposableStats().BufferedWriter;
console.log(`   BufferedWriter: created ${stats.created}, disposed ${stats.disposed}, live ${stats.live}`);
check(stats.live === 0, "nothing live");
