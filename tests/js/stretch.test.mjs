// Disposal gives everything back at once, as plain wasm-bindgen's `free()`
// does: ten million objects made and disposed in one synchronous stretch (no
// await, no timer, so no finalizer can run) grow linear memory no more than
// the same loop over a stock wasm-bindgen class, and leave nothing on the
// JavaScript heap. (A disposal that left its handle or its
// FinalizationRegistry entry to the finalizer would pile up 32 bytes of
// linear memory and a registry cell per object until the task ends.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { load, MiB } from "./load.mjs";

const { Peer, PlainPeer, captureAllocationSites, wasm } = await load("fixture");
const memory = () => wasm.memory.buffer.byteLength;
const collect = typeof globalThis.gc === "function" ? globalThis.gc : typeof Bun !== "undefined" ? () => Bun.gc(true) : null;
const heapUsed =
  typeof Deno !== "undefined" ? () => Deno.memoryUsage().heapUsed : typeof process !== "undefined" ? () => process.memoryUsage().heapUsed : null;
const N = 10_000_000;

function stretch(C, dispose) {
  for (let i = 0; i < N; i++) dispose(new C(i));
}

test("10,000,000 create + dispose in one synchronous stretch: linear memory as plain's, the heap flat", () => {
  captureAllocationSites(false);
  // Warm both classes (and the prototype take-over) before measuring.
  for (let i = 0; i < 1000; i++) {
    new PlainPeer(i).free();
    new Peer(i)[Symbol.dispose]();
  }
  collect?.();
  const plainStart = memory();
  stretch(PlainPeer, (o) => o.free());
  const plainGrowth = memory() - plainStart;

  collect?.();
  const heapStart = heapUsed?.();
  const start = memory();
  stretch(Peer, (o) => o[Symbol.dispose]());
  const growth = memory() - start;
  collect?.();
  const heapGrowth = heapUsed ? heapUsed() - heapStart : NaN;
  console.log(
    `# ${N} create + dispose: linear memory +${growth / 1024} KiB (plain: +${plainGrowth / 1024} KiB), JS heap ${
      Number.isNaN(heapGrowth) ? "n/a" : `${(heapGrowth / MiB).toFixed(2)} MiB`
    } after a collection`,
  );
  assert.ok(growth <= plainGrowth + 64 * 1024, `linear memory grew ${growth} B, plain ${plainGrowth} B`);
  if (collect && heapUsed) assert.ok(heapGrowth < 8 * MiB, `the JS heap grew ${heapGrowth} B`);
  captureAllocationSites(true);
});
