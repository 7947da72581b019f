// `--target bundler` instantiated by a hand-written loader, as libraries that
// ship their own do (matrix-sdk-crypto-wasm's index.mjs): wasm-bindgen's
// loader module is not used, and the object of imports names only the glue
// (`<name>_bg.js`). That works when the wasm imports nothing from any other
// module, so the runtime's snippet must be reached through the glue.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { check } = require("./contract.cjs");
const dir = process.argv[2];
const bindings = await import(pathToFileURL(join(dir, "fixture_bg.js")).href);
const module = new WebAssembly.Module(readFileSync(join(dir, "fixture_bg.wasm")));
const others = WebAssembly.Module.imports(module).filter((i) => i.module !== "./fixture_bg.js");
if (others.length) {
  // Instantiating would throw a LinkError ("module is not an object or function").
  console.log(`not ok the wasm imports from modules besides the glue: ${others.map((i) => `${i.module} ${i.name}`).join(", ")}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const instance = new WebAssembly.Instance(module, { "./fixture_bg.js": bindings });
bindings.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();
const [passed, failed] = check("bundler, a hand-written loader", bindings);
console.log(`${passed} passed, ${failed} failed`);
if (failed) process.exit(1);
