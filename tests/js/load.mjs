// Loads a package built by `cargo xtask` (wasm-bindgen --target web) in any
// runtime: Node, Deno, Bun. WASM_DISPOSE_PKG names the package directory.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export async function load(name) {
  const root = process.env.WASM_DISPOSE_PKG ?? resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../../target/wasm-dispose/pkg");
  const dir = join(root, name);
  const stem = name.replaceAll("-", "_");
  const pkg = await import(pathToFileURL(join(dir, `${stem}.js`)).href);
  pkg.initSync({ module: readFileSync(join(dir, `${stem}_bg.wasm`)) });
  return pkg;
}
