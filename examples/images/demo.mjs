// `cargo xtask demo`: deterministic disposal of a Rust image in Node 24.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = join(process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url)), "images");
const { initSync, Image, DisposedError, brightness, pixelBytes } = await import(pathToFileURL(join(dir, "images.js")).href);
const wasm = initSync({ module: readFileSync(join(dir, "images_bg.wasm")) });
const MiB = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

console.log("1. `using` releases the pixels at block exit");
let kept;
{
  using img = new Image(1920, 1080);
  img.fill(200, 100, 50);
  img.blur(2);
  kept = img;
  console.log(`   inside the block:  Rust holds ${MiB(pixelBytes())} of pixels, disposed = ${img.disposed}`);
}
console.log(`   after the block:   Rust holds ${MiB(pixelBytes())} of pixels, disposed = ${kept.disposed}`);

console.log("2. a disposed object throws DisposedError, never 'null pointer passed to rust'");
try {
  kept.blur(1);
} catch (e) {
  console.log(`   ${e.name} (instanceof DisposedError: ${e instanceof DisposedError}): ${e.message}`);
}

console.log("3. disposal is idempotent");
kept.free();
kept[Symbol.dispose]();
console.log("   free() and [Symbol.dispose]() again: no error");

console.log("4. a loop of 1,000 x 8 MiB images keeps memory flat");
const before = wasm.memory.buffer.byteLength;
for (let i = 0; i < 1000; i++) {
  using frame = new Image(1024, 2048);
  brightness(frame);
}
console.log(`   linear memory grew by ${MiB(wasm.memory.buffer.byteLength - before)} (one frame) for 8,000 MiB of images`);

console.log("5. a move into Rust leaves the object `moved`");
const img = new Image(4, 4);
const bytes = img.intoBytes();
console.log(`   intoBytes() returned ${bytes.length} bytes; disposed = ${img.disposed}`);
try {
  img.width;
} catch (e) {
  console.log(`   ${e.name}: ${e.message}`);
}
