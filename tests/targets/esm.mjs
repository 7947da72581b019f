// `--target experimental-nodejs-module` and `--target deno`: ES modules that
// load their wasm on import (Node 24 and Deno respectively).
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { check } = require("./contract.cjs");
const [dir, label] = [process.argv[2] ?? Deno.args[0], process.argv[3] ?? Deno.args[1]];
const pkg = await import(pathToFileURL(join(dir, "fixture.js")).href);
const [passed, failed] = check(label, pkg);
console.log(`${passed} passed, ${failed} failed`);
if (failed) process.exit(1);
