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

const { Peer, PlainPeer, captureAllocationSites, wasm, wasmBindgenVersion } = await load("fixture");
// Before 0.2.130 wasm-bindgen converts an async method's receiver when its
// future first runs, so the runtime gives cells back at the end of the
// microtask there (see the snippet's `giveLater`), not at once.
const atOnce = Number(wasmBindgenVersion().split(".")[2]) >= 130;
const memory = () => wasm.memory.buffer.byteLength;
const collect = typeof globalThis.gc === "function" ? globalThis.gc : typeof Bun !== "undefined" ? () => Bun.gc(true) : null;
const heapUsed =
  typeof Deno !== "undefined" ? () => Deno.memoryUsage().heapUsed : typeof process !== "undefined" ? () => process.memoryUsage().heapUsed : null;
const N = 10_000_000;

function stretch(C, dispose) {
  for (let i = 0; i < N; i++) dispose(new C(i));
}

test("10,000,000 create + dispose in one synchronous stretch: linear memory as plain's, the heap flat", { skip: !atOnce && "wasm-bindgen before 0.2.130" }, () => {
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

test("before wasm-bindgen 0.2.130, the cells of a synchronous stretch are given back at the end of its microtask", { skip: atOnce && "given back at once" }, async () => {
  const n = 200_000;
  captureAllocationSites(false);
  for (let i = 0; i < 1000; i++) new Peer(i)[Symbol.dispose]();
  await Promise.resolve();
  const stretchOnce = () => {
    for (let i = 0; i < n; i++) new Peer(i)[Symbol.dispose]();
  };
  stretchOnce();
  // Given back in a microtask queued by the stretch: one turn of the queue.
  await new Promise((resolve) => queueMicrotask(resolve));
  const start = memory();
  stretchOnce();
  await new Promise((resolve) => queueMicrotask(resolve));
  const growth = memory() - start;
  console.log(`# ${n} create + dispose after as many given back: linear memory +${growth / 1024} KiB`);
  assert.ok(growth <= 64 * 1024, `the cells of the first stretch were not reused: linear memory grew ${growth} B`);
  captureAllocationSites(true);
});
