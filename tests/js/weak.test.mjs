// Issue 6: weak host references (WeakHostRef, HostTable, on_collected) and
// the fallback where the runtime has no WeakRef.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./load.mjs";

const p = await load("weak");
// Vec<u32> arrives as a Uint32Array.
const collectedTags = () => [...p.collectedTags()];

// A WeakRef target read during a job stays alive until the job ends, and
// FinalizationRegistry callbacks run as their own tasks, so every round lets
// the event loop turn before collecting. Returns the round that satisfied
// `done`, or 0 if none did.
async function collectUntil(done, rounds = 40) {
  for (let round = 1; round <= rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    if (done()) return round;
  }
  return 0;
}

// Created in a separate frame so that no local variable keeps them alive.
const holdGarbage = (name) => p.holdWeak({ name, payload: new Array(1000).fill(name) });

test("an object dropped by JavaScript becomes None in Rust; a referenced one stays", async (t) => {
  assert.equal(p.weakRefsSupported(), true, "Node 24 has WeakRef");
  const kept = { name: "kept" };
  const keptAt = p.holdWeak(kept);
  const goneAt = holdGarbage("gone");
  const cloneAt = p.cloneHeld(goneAt);
  assert.equal(p.heldIsWeak(goneAt), true);
  assert.equal(p.heldAlive(goneAt), true, "alive before any collection");
  assert.equal(p.heldGet(goneAt).name, "gone");

  const round = await collectUntil(() => !p.heldAlive(goneAt));
  t.diagnostic(`collected after ${round} gc round(s)`);
  assert.ok(round > 0, "the dropped object was collected");
  assert.equal(p.heldGet(goneAt), undefined);
  assert.equal(p.heldAlive(cloneAt), false, "a clone shares the reference");
  assert.equal(p.heldAlive(keptAt), true);
  assert.equal(p.heldGet(keptAt), kept, "get() returns the same object");
});

test("WeakHostRef<T> of an imported type upgrades to a usable T", async () => {
  ((name) => p.holdNamed({ name }))("widget");
  assert.equal(p.namedName(), "widget");
  assert.ok((await collectUntil(() => p.namedName() === undefined)) > 0);
});

test("primitives cannot be held weakly: held strongly, is_weak() is false", async () => {
  const at = p.holdWeak(42);
  assert.equal(p.heldIsWeak(at), false);
  await collectUntil(() => false, 3);
  assert.equal(p.heldAlive(at), true);
  assert.equal(p.heldGet(at), 42);
});

test("HostTable: remove, then a stale id never yields the slot's new object", () => {
  const a = { n: "a" };
  const b = { n: "b" };
  const len = p.tableLen();
  const idA = p.tableInsertStrong(a);
  assert.equal(p.tableLen(), len + 1);
  assert.equal(p.tableGet(idA), a);
  assert.equal(p.tableIsWeak(idA), false);
  assert.equal(p.tableRemove(idA), a);
  assert.equal(p.tableLen(), len);
  assert.equal(p.tableGet(idA), undefined);
  assert.equal(p.tableHas(idA), false);
  assert.equal(p.tableRemove(idA), undefined, "a second remove is a no-op");
  assert.equal(p.tableIsWeak(idA), undefined);

  const idB = p.tableInsertStrong(b);
  assert.equal(p.idIndex(idB), p.idIndex(idA), "the freed slot is reused");
  assert.notEqual(idB, idA);
  assert.equal(p.tableGet(idA), undefined, "stale id after reuse");
  assert.equal(p.tableRemove(idA), undefined);
  assert.equal(p.tableGet(idB), b, "the stale remove left the new entry alone");

  for (const bogus of [NaN, -1, 0.5, 0, 2 ** 53, Infinity, idB + 2 ** 32]) {
    assert.equal(p.tableHas(bogus), false, `id ${bogus}`);
    assert.equal(p.tableGet(bogus), undefined, `id ${bogus}`);
  }
  assert.equal(p.tableRemove(idB), b);
  assert.equal(p.tableLen(), len);
});

test("HostTable: strong entries survive collection, weak ones go and can be pruned", async (t) => {
  const len = p.tableLen();
  const idStrong = ((o) => p.tableInsertStrong(o))({ kind: "strong" });
  const idWeak = ((o) => p.tableInsertWeak(o))({ kind: "weak" });
  const kept = { kind: "kept" };
  const idKept = p.tableInsertWeak(kept);
  assert.equal(p.tableIsWeak(idWeak), true);
  assert.equal(p.tableHas(idWeak), true);

  const round = await collectUntil(() => !p.tableHas(idWeak));
  t.diagnostic(`weak table entry collected after ${round} gc round(s)`);
  assert.ok(round > 0);
  assert.equal(p.tableGet(idWeak), undefined);
  assert.deepEqual(p.tableGet(idStrong), { kind: "strong" });
  assert.equal(p.tableGet(idKept), kept);
  assert.equal(p.tableLen(), len + 3, "a collected entry keeps its slot until pruned");
  assert.equal(p.tablePrune(), 1);
  assert.equal(p.tableLen(), len + 2);
  assert.equal(p.tableIsWeak(idWeak), undefined, "pruned");
  assert.equal(p.tableRemove(idKept), kept);
  assert.deepEqual(p.tableRemove(idStrong), { kind: "strong" });
  assert.equal(p.tableLen(), len);
});

test("on_collected calls back after collection (best effort, bounded wait)", async (t) => {
  assert.equal(p.finalizationSupported(), true);
  assert.equal(((o) => p.notifyOnCollected(o, 7))({ payload: new Array(1000).fill(7) }), true);
  const kept = {};
  assert.equal(p.notifyOnCollected(kept, 8), true);
  assert.equal(p.notifyOnCollected("primitive", 9), false, "primitives are never collected");
  assert.deepEqual(collectedTags(), []);

  const round = await collectUntil(() => collectedTags().includes(7));
  t.diagnostic(`callback ran after ${round} gc round(s)`);
  assert.ok(round > 0, "the callback ran");
  assert.deepEqual(collectedTags(), [7], "not for the object still referenced");
  assert.equal(typeof kept, "object"); // keeps `kept` reachable up to here
});

test("without WeakRef and FinalizationRegistry, references are strong and say so", () => {
  // The globals must be gone before the package loads, so this runs in a
  // fresh process that deletes them and then imports the package.
  const script = `
    delete globalThis.WeakRef;
    delete globalThis.FinalizationRegistry;
    const { load } = await import(process.env.WEAK_TEST_LOAD);
    const p = await load("weak");
    const at = ((o) => p.holdWeak(o))({ name: "x" });
    const id = ((o) => p.tableInsertWeak(o))({ name: "y" });
    const notified = ((o) => p.notifyOnCollected(o, 1))({});
    for (let i = 0; i < 5; i++) { await new Promise((r) => setTimeout(r, 0)); gc(); }
    console.log(JSON.stringify({
      weakRefs: p.weakRefsSupported(), finalization: p.finalizationSupported(),
      isWeak: p.heldIsWeak(at), alive: p.heldAlive(at), name: p.heldGet(at)?.name,
      tableIsWeak: p.tableIsWeak(id), tableName: p.tableGet(id)?.name,
      notified, tags: [...p.collectedTags()],
    }));
  `;
  const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, WEAK_TEST_LOAD: new URL("./load.mjs", import.meta.url).href },
  });
  assert.deepEqual(JSON.parse(out), {
    weakRefs: false,
    finalization: false,
    isWeak: false,
    alive: true,
    name: "x",
    tableIsWeak: false,
    tableName: "y",
    notified: false,
    tags: [],
  });
});

test("workerd: weak references are collected and on_collected runs", (t) => {
  const pkgRoot =
    process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url));
  const workerd = fileURLToPath(new URL("../../node_modules/.bin/workerd", import.meta.url));
  // workerd embeds files relative to its config only, so the package is copied
  // next to a generated config. The module names mirror the glue's imports.
  const dir = mkdtempSync(join(tmpdir(), "wasm-dispose-weak-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(pkgRoot, "weak"), join(dir, "pkg"), { recursive: true });
  // The package's snippets (the runtime's, and any of its own), each a module.
  const snippetDir = join(dir, "pkg/snippets");
  const snippets = (existsSync(snippetDir) ? readdirSync(snippetDir, { recursive: true }) : [])
    .filter((f) => f.endsWith(".js") || f.endsWith(".mjs"))
    .map((f) => `snippets/${f}`);
  const modules = [
    `(name = "main.js", esModule = embed "main.js")`,
    `(name = "weak.js", esModule = embed "pkg/weak.js")`,
    ...snippets.map((f) => `(name = "${f}", esModule = embed "pkg/${f}")`),
    `(name = "weak_bg.wasm", wasm = embed "pkg/weak_bg.wasm")`,
  ];
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  # gc() for the test; not for production.
  v8Flags = ["--expose-gc"],
);
const worker :Workerd.Worker = (
  modules = [ ${modules.join(",\n    ")} ],
  compatibilityDate = "2026-11-17",
);
`,
  );
  writeFileSync(
    join(dir, "main.js"),
    `import wasm from "./weak_bg.wasm";
import * as p from "./weak.js";
p.initSync({ module: wasm });
export default {
  async test() {
    const kept = { name: "kept" };
    const keptAt = p.holdWeak(kept);
    const goneAt = ((o) => p.holdWeak(o))({ name: "gone" });
    const notified = ((o) => p.notifyOnCollected(o, 5))({});
    let round = 0;
    for (let i = 1; i <= 40 && round === 0; i++) {
      await new Promise((r) => setTimeout(r, 0));
      gc();
      if (!p.heldAlive(goneAt) && [...p.collectedTags()].includes(5)) round = i;
    }
    console.log("RESULT " + JSON.stringify({
      weakRefs: p.weakRefsSupported(), isWeak: p.heldIsWeak(goneAt), notified,
      collected: round > 0, keptAlive: p.heldGet(keptAt) === kept, tags: [...p.collectedTags()], round,
    }));
  },
};
`,
  );
  const run = spawnSync(workerd, ["test", join(dir, "config.capnp")], { encoding: "utf8", timeout: 60_000 });
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 0, output);
  const line = output.split("\n").find((l) => l.startsWith("RESULT "));
  assert.ok(line, output);
  const { round, ...result } = JSON.parse(line.slice("RESULT ".length));
  t.diagnostic(`workerd: collected and notified after ${round} gc round(s)`);
  assert.deepEqual(result, {
    weakRefs: true,
    isWeak: true,
    notified: true,
    collected: true,
    keptAlive: true,
    tags: [5],
  });
});
