// Loads a package built by `cargo xtask` (wasm-bindgen --target web) in any
// runtime: Node, Deno, Bun. WASM_DISPOSE_PKG names the directory holding the
// packages; the default is where xtask puts them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const defaultRoot = fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url));

/** The directory of the package `name`. */
export function pkgDir(name) {
  return join(process.env.WASM_DISPOSE_PKG ?? defaultRoot, name);
}

/** The package's glue (`<name>.js`), as text. */
export function glueOf(name) {
  return readFileSync(join(pkgDir(name), `${name}.js`), "utf8");
}

/** The packages loaded in this realm so far (Bun runs every test file in one). */
export const loaded = (globalThis.wasmDisposeTestsLoaded ??= new Set());

/** Returns the package's exports plus `wasm`, the instance's raw exports. */
export async function load(name) {
  loaded.add(name);
  const dir = pkgDir(name);
  const pkg = await import(pathToFileURL(join(dir, `${name}.js`)).href);
  const wasm = pkg.initSync({ module: readFileSync(join(dir, `${name}_bg.wasm`)) });
  return { ...pkg, wasm };
}

export const MiB = 1024 * 1024;
