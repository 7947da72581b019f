// `--target no-modules`: a classic script that defines `wasm_bindgen`; it
// refuses packages with JS snippets, so it works only because the runtime
// ships none. Evaluated as a browser would, then initialised from the bytes.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const vm = require("node:vm");
const { check } = require("./contract.cjs");

const dir = process.argv[2];
vm.runInThisContext(readFileSync(join(dir, "fixture.js"), "utf8"), { filename: "fixture.js" });
// A script's top-level `let`, as a page's later scripts see it.
const bindgen = vm.runInThisContext("wasm_bindgen");
bindgen.initSync({ module: readFileSync(join(dir, "fixture_bg.wasm")) });
const [passed, failed] = check("no-modules", bindgen);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
