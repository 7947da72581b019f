// Runs the migrated wasm-bindgen class tests in Node, as
// wasm-bindgen-test-runner would: the package (`--target nodejs`, out-name
// `wasm-bindgen-test`) is found through NODE_PATH, which is how
// `classes.js` requires it. Every export named `test_*` is one test.
"use strict";
const path = require("node:path");

const dir = process.env.NODE_PATH;
const wasm = require(path.join(dir, "wasm-bindgen-test.js"));
(async () => {
  let passed = 0;
  let failed = 0;
  for (const name of Object.keys(wasm).filter((k) => k.startsWith("test_")).sort()) {
    try {
      // An async test returns a Promise.
      await wasm[name]();
      passed++;
      console.log(`ok ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAILED ${name}: ${e && e.stack ? e.stack : e}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
})();
