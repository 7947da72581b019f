// Issue 21: Rust owns JavaScript resources (JsDisposable, JsAsyncDisposable,
// the stacks). Runs under Node 24, Node 20, Node 18.17, Deno and Bun with
// the package built from tests/resource (`cargo xtask resource`): the
// portable checks of checks.mjs, then what needs the runtime's own APIs:
// real `fs.promises.FileHandle`s, the console, and fresh processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fstatSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "../js/load.mjs";
import { ASYNC_DISPOSE, DISPOSE, checks, recordEvents } from "./checks.mjs";

// Before the package runs: the runtime's own symbols, if it has them (Node 20's
// are Symbol.for("nodejs.dispose") and Symbol.for("nodejs.asyncDispose")).
const runtimeSymbols = [Symbol.dispose, Symbol.asyncDispose];
const nativeSymbols = runtimeSymbols.every((s) => typeof s === "symbol");
const p = await load("resource");
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";

for (const check of checks) {
  test(check.name, { skip: check.skip?.(p) || false }, () => check.run(p));
}

test("where the runtime has no Symbol.dispose, the package supplies Symbol.for('Symbol.dispose') and resources use it", () => {
  p.dropHeld(p.holdSync({ [DISPOSE]() {} })); // first use: the runtime settles the symbols
  if (nativeSymbols) {
    assert.deepEqual([Symbol.dispose, Symbol.asyncDispose], runtimeSymbols, "the runtime's symbols are not replaced");
    return;
  }
  assert.equal(Symbol.dispose, Symbol.for("Symbol.dispose"));
  assert.equal(Symbol.asyncDispose, Symbol.for("Symbol.asyncDispose"));
  const obj = { calls: 0, [Symbol.dispose]() { obj.calls++; } };
  p.dropHeld(p.holdSync(obj));
  assert.equal(obj.calls, 1);
  assert.equal(typeof new p.Tracked("x")[Symbol.dispose], "function", "#[disposable] objects use the same key");
});

// --- fs.promises.FileHandle: a real file descriptor, closed by Rust -------

const scratch = mkdtempSync(join(tmpdir(), "wasm-dispose-resource-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
let files = 0;

/** A FileHandle on a fresh file, or why this runtime's cannot be used. */
async function fileHandle() {
  const path = join(scratch, `file-${files++}.txt`);
  writeFileSync(path, "wasm-dispose\n");
  const handle = await open(path, "r");
  if (typeof handle[ASYNC_DISPOSE] !== "function") {
    await handle.close();
    return { why: `this runtime's FileHandle has no [Symbol.asyncDispose] (${runtime} ${process.version})` };
  }
  return { handle, fd: handle.fd };
}

function assertClosed(fd, handle) {
  assert.equal(handle.fd, -1, "FileHandle.fd is -1 once closed");
  assert.throws(() => fstatSync(fd), { code: "EBADF" }, `fstat(${fd}) fails with EBADF: the descriptor is closed`);
}

const fileHandleSupport = await (async () => {
  const { handle, why } = await fileHandle();
  await handle?.close();
  return why ?? false;
})();

test("a FileHandle owned by JsAsyncDisposable is closed by dispose().await", { skip: fileHandleSupport }, async () => {
  const { handle, fd } = await fileHandle();
  fstatSync(fd); // open now
  const id = p.holdAsync(handle);
  fstatSync(fd); // still open while Rust owns it
  await p.disposeHeldAsync(id);
  assertClosed(fd, handle);
});

test("a FileHandle owned by JsAsyncDisposable is closed by Drop (its close reported through debugDispose)", { skip: fileHandleSupport, timeout: 30_000 }, async () => {
  const { handle, fd } = await fileHandle();
  const before = p.disposableStats()["js:FileHandle"] ?? { disposed: 0, failed: 0 };
  const rec = recordEvents(p);
  try {
    p.dropHeld(p.holdAsync(handle));
    const event = await rec.until((e) => e.class === "js:FileHandle");
    assert.equal(event.reason, "asyncDispose");
    assert.equal("error" in event, false, `no error: ${event.error}`);
  } finally {
    rec.off();
  }
  assertClosed(fd, handle);
  const after = p.disposableStats()["js:FileHandle"];
  assert.equal(after.disposed - before.disposed, 1);
  assert.equal(after.failed - before.failed, 0);
});

test("a FileHandle used and dropped inside a Rust async fn is closed when the function returns", { skip: fileHandleSupport, timeout: 30_000 }, async () => {
  const { handle, fd } = await fileHandle();
  handle.work = () => handle.fd; // Resource's work(): read through Deref
  const rec = recordEvents(p);
  try {
    assert.equal(await p.workThenDropAsync(handle, false), fd);
    await rec.until((e) => e.class === "js:FileHandle");
  } finally {
    rec.off();
  }
  assertClosed(fd, handle);
});

test("two FileHandles on an AsyncDisposableStack filled from Rust are both closed", { skip: fileHandleSupport || (!p.asyncStackSupported() && "no AsyncDisposableStack here") }, async () => {
  const a = await fileHandle();
  const b = await fileHandle();
  await p.asyncStackDispose(a.handle, b.handle);
  assertClosed(a.fd, a.handle);
  assertClosed(b.fd, b.handle);
});

// --- nothing lost silently --------------------------------------------------

test("a Drop whose [Symbol.dispose] throws, with no debugDispose listener, is written to the console", () => {
  const error = new Error("nobody listens");
  class Unheard {
    [DISPOSE]() {
      throw error;
    }
  }
  const logged = [];
  const original = console.error;
  console.error = (...args) => logged.push(args);
  try {
    p.dropHeld(p.holdSync(new Unheard()));
  } finally {
    console.error = original;
  }
  assert.equal(logged.length, 1);
  assert.match(logged[0][0], /^wasm-dispose: disposing a Unheard from Drop failed \(\[Symbol\.dispose\]\):$/);
  assert.equal(logged[0][1], error);
});

/** Runs `script` (an ES module) in a fresh process of this runtime, with
 * the package's loader at `process.env.RESOURCE_LOAD`. */
function runFresh(script) {
  const args = { node: ["--input-type=module", "-e"], deno: ["eval"], bun: ["-e"] }[runtime];
  const run = spawnSync(process.execPath, [...args, script], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, RESOURCE_LOAD: new URL("../js/load.mjs", import.meta.url).href },
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

test("a rejection of a disposal started by Drop is never an unhandled rejection (the runtime exits on one: control included)", () => {
  const script = (control) => `
    const { load } = await import(process.env.RESOURCE_LOAD);
    const p = await load("resource");
    const key = Symbol.asyncDispose ?? Symbol.for("Symbol.asyncDispose");
    p.dropHeld(p.holdAsync({ [key]: () => Promise.reject(new Error("rejected in the background")) }));
    ${control ? 'Promise.reject(new Error("control: a real unhandled rejection"));' : ""}
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    console.log("finished");
  `;
  const run = runFresh(script(false));
  assert.equal(run.status, 0, run.err);
  assert.match(run.out, /finished/);
  assert.match(run.err, /wasm-dispose: disposing a Object from Drop failed \(\[Symbol\.asyncDispose\]\):/);
  assert.match(run.err, /rejected in the background/);
  const control = runFresh(script(true));
  assert.notEqual(control.status, 0, "the control's unhandled rejection ends the process");
  assert.match(control.err, /control: a real unhandled rejection/);
});

test("capnweb-style polyfill installed before the package (Symbol.dispose = Symbol.for('dispose')): JS and Rust objects use it", {
  skip: nativeSymbols && "the runtime has Symbol.dispose, which a polyfill does not replace",
}, () => {
  const run = runFresh(`
    if (!Symbol.dispose) Symbol.dispose = Symbol.for("dispose");
    if (!Symbol.asyncDispose) Symbol.asyncDispose = Symbol.for("asyncDispose");
    const { load } = await import(process.env.RESOURCE_LOAD);
    const p = await load("resource");
    const calls = [];
    p.dropHeld(p.holdSync({ [Symbol.for("dispose")]: () => calls.push("sync") }));
    await p.disposeHeldAsync(p.holdAsync({ [Symbol.for("asyncDispose")]: async () => calls.push("async") }));
    const tracked = new p.Tracked("polyfilled");
    const rustKey = typeof tracked[Symbol.for("dispose")];
    tracked[Symbol.for("dispose")]();
    console.log(JSON.stringify({ calls, rustKey, disposed: tracked.disposed, log: p.takeLog(),
      same: Symbol.dispose === Symbol.for("dispose") }));
  `);
  assert.equal(run.status, 0, run.err);
  assert.deepEqual(JSON.parse(run.out), {
    calls: ["sync", "async"],
    rustKey: "function",
    disposed: true,
    log: ["rust:polyfilled"],
    same: true,
  });
});
