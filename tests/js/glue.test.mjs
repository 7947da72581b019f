// The runtime checks wasm-bindgen's generated class once, at its first
// instance: a glue of another shape is refused with an error that names the
// wasm-bindgen version, instead of misbehaving later.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const { GlueProbe, Counter } = await load("fixture");

test("a class whose glue lacks __destroy_into_raw is refused by name, and stays refused", () => {
  delete GlueProbe.prototype.__destroy_into_raw;
  for (let i = 0; i < 2; i++) {
    assert.throws(
      () => new GlueProbe(4),
      (e) => /^wasm-dispose: the JavaScript glue of wasm-bindgen 0\.2\.\d+ has no `__wbg_ptr`/.test(e.message)
        && /pin a tested version/.test(e.message),
    );
  }
  // Other classes are unaffected.
  const c = new Counter(3);
  assert.equal(c.value, 3);
  c.free();
  assert.equal(c.disposed, true);
});
