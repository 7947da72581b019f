// `--target nodejs`: CommonJS, loaded with require() (Node 18 has no
// require() of ES modules).
"use strict";
const { resolve } = require("node:path");
const { check } = require("./contract.cjs");
const [passed, failed] = check("nodejs (CommonJS)", require(resolve(process.argv[2], "fixture.js")));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
