// The memory contract: disposal gives the bytes back to the allocator at
// block exit, so a loop that allocates 2 MiB per iteration stays flat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load, MiB } from "./load.mjs";

const { Blob, wasm } = await load("fixture");
const memory = () => wasm.memory.buffer.byteLength;

test("10,000 x `using new Blob(2 MiB)` grows linear memory by at most 8 MiB", () => {
  { using warm = new Blob(2 * MiB); }
  const start = memory();
  for (let i = 0; i < 10_000; i++) {
    using b = new Blob(2 * MiB);
    assert.equal(b.len, 2 * MiB);
  }
  const grown = memory() - start;
  console.log(`# with using: 10000 iterations grew linear memory by ${(grown / MiB).toFixed(1)} MiB`);
  assert.ok(grown <= 8 * MiB, `grew ${grown / MiB} MiB`);
});

test("contrast, not asserted: the same loop without disposal", () => {
  // 10,000 x 2 MiB would exceed wasm32's 4 GiB; 200 iterations show the trend.
  const start = memory();
  let kept = [];
  for (let i = 0; i < 200; i++) kept.push(new Blob(2 * MiB));
  const grown = memory() - start;
  console.log(`# without disposal: 200 iterations grew linear memory by ${(grown / MiB).toFixed(1)} MiB (never shrinks)`);
  for (const b of kept) b.free();
  kept = null;
});
