// The package is complete when it loads (issue 24): before any object of a
// class exists, its prototype has `[Symbol.dispose]` (and
// `[Symbol.asyncDispose]` for an async class) and `disposed`, and
// `Symbol.dispose` / `Symbol.asyncDispose` exist even where the runtime
// lacks them. With the runtime's snippet the symbols come at load; an
// export can be named by a symbol from wasm-bindgen 0.2.121 (before, the
// glue's own `[Symbol.dispose] = free`, from 0.2.104, gives that one, and
// the first object the rest). Without the snippet (the fallback), the first
// object brings them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url)), "fixture");
const snippet = existsSync(join(dir, "snippets"));
const nativeSymbols = typeof Symbol.dispose === "symbol";

test("before any object exists, the classes have their dispose members", async () => {
  // A fresh instance, in which no object was made yet. (A plain path, not a
  // file: URL: Bun keys file: URLs without their query.)
  const p = await import(`${join(dir, "fixture.js")}?complete`);
  p.initSync({ module: readFileSync(join(dir, "fixture_bg.wasm")) });
  const patch = Number(p.wasmBindgenVersion().split(".")[2]);
  if (snippet || nativeSymbols) {
    assert.equal(typeof Symbol.dispose, "symbol");
    assert.equal(typeof Symbol.asyncDispose, "symbol");
  }
  for (const C of [p.Counter, p.Channel, p.RenamedThing]) {
    assert.ok(Object.getOwnPropertyDescriptor(C.prototype, "disposed")?.get, `${C.name}: disposed`);
  }
  const atLoad = snippet && patch >= 121;
  if (atLoad) {
    for (const C of [p.Counter, p.Channel, p.RenamedThing]) {
      assert.equal(typeof C.prototype[Symbol.dispose], "function", `${C.name}: [Symbol.dispose]`);
    }
    assert.equal(typeof p.Channel.prototype[Symbol.asyncDispose], "function");
    assert.equal(p.Counter.prototype[Symbol.asyncDispose], undefined, "a sync class has none");
  } else if (patch >= 104 && (snippet || nativeSymbols)) {
    assert.equal(typeof p.Counter.prototype[Symbol.dispose], "function", "wasm-bindgen's own line");
  }
  // And the first object leaves them in place, disposable.
  const c = new p.Counter(1);
  assert.equal(typeof Symbol.dispose, "symbol");
  assert.equal(c[Symbol.dispose], c.free);
  c[Symbol.dispose]();
  assert.equal(c.disposed, true);
  const ch = new p.Channel(() => {});
  assert.equal(typeof ch[Symbol.asyncDispose], "function");
  await ch[Symbol.asyncDispose]();
  assert.equal(ch.disposed, true);
});
