// `--target nodejs` under Jest, whose CommonJS module loader of its own has
// no `require(esm)`: run with one of the two recipes in
// docs/runtimes-and-workers.md (babel-jest for the snippet's `.mjs`, or a
// CommonJS copy of the snippet), the package's path in WASM_DISPOSE_PKG.
"use strict";
const { resolve } = require("node:path");
const { check } = require("./contract.cjs");

test("the contract, with the package loaded by Jest's require()", () => {
  const p = require(resolve(process.env.WASM_DISPOSE_PKG, "fixture.js"));
  const [passed, failed] = check("nodejs under Jest", p);
  expect(failed).toBe(0);
  expect(passed).toBeGreaterThan(0);
});
