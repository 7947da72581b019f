// Type-checks a package's .d.ts the way its downstream users compile it:
// TypeScript 4.8, 5.2, 5.9 and 7; `lib` from es6 to esnext, with and
// without DOM; strict; skipLibCheck off; no @types (and once with
// @types/node, whose own ERM declarations must merge with ours). With
// TypeScript 5.2 and later the user's code also says `using` and
// `await using`. Issue 24: whatever wasm-bindgen writes before our sections
// (functions, enums, unions, the user's own sections), at 0.2.100 and
// 0.2.130, the .d.ts stands alone.
//
//   node tests/ts/matrix.mjs <label>=<path/to/package.d.ts> ...
//
// Each package's .d.ts is copied, as pkg.d.ts, with tests/ts/downstream's
// consumers into <target>/wasm-dispose/tsc-matrix/<label>/, one
// tsconfig.<cell>.json per configuration (`tsc -p` that file to see a
// cell's errors). A web target's .d.ts names DOM types in its `init`
// declarations, as plain's does: it is checked with DOM only.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const modules = join(root, "node_modules");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const out = join(target, "wasm-dispose", "tsc-matrix");
const consumers = join(root, "tests", "ts", "downstream");

const compilers = [
  { name: "TypeScript 4.8", pkg: "typescript48", using: false, resolution: "node" },
  { name: "TypeScript 5.2", pkg: "typescript52", using: true, resolution: "bundler" },
  { name: "TypeScript 5.9", pkg: "typescript5", using: true, resolution: "bundler" },
  { name: "TypeScript 7", pkg: "typescript", using: true, resolution: "bundler", native: true },
];
const libs = ["es6", "es2017", "es2022", "esnext"];

const packages = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf("=");
  if (at < 0) throw new Error(`expected <label>=<file.d.ts>, got ${arg}`);
  return { label: arg.slice(0, at), dts: arg.slice(at + 1) };
});
if (packages.length === 0) {
  console.error("usage: node tests/ts/matrix.mjs <label>=<package.d.ts> ...");
  process.exit(2);
}

/** Every configuration to check: one tsconfig each. */
function cells(pkg, dir) {
  const text = readFileSync(pkg.dts, "utf8");
  const web = /\bInitInput\b/.test(text);
  const list = [];
  for (const ts of compilers) {
    for (const lib of pkg.libs ?? libs) {
      for (const dom of [false, true]) {
        if (web && !dom) continue;
        list.push({ ts, lib: dom ? [lib, "dom"] : [lib], types: [] });
      }
    }
    if (ts.using && !pkg.libs) list.push({ ts, lib: web ? ["es2022", "dom"] : ["es2022"], types: ["node"] });
  }
  return list.map((cell) => {
    const name = `${cell.ts.pkg}-${cell.lib.join("-")}${cell.types.length ? "-node" : ""}`;
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: "es2017",
        module: "es2020",
        moduleResolution: cell.ts.resolution,
        lib: cell.lib,
        types: cell.types,
        // @types/node from the workspace's node_modules.
        typeRoots: [join(modules, "@types")],
      },
      files: ["consumer.ts", ...(cell.ts.using ? ["using.ts"] : [])],
    };
    const file = join(dir, `tsconfig.${name}.json`);
    writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
    const what = `${cell.ts.name}, lib ${cell.lib.join(" + ")}${cell.types.length ? ", @types/node" : ""}`;
    return { ...cell, file, what };
  });
}

// One process per JavaScript compiler, with parsed files shared between its
// programs (lib.dom.d.ts is most of the work); TypeScript 7 is a native
// binary, one run per cell.
const apis = new Map();
function api(ts) {
  if (!apis.has(ts.pkg)) {
    const tsModule = createRequire(join(modules, ts.pkg, "package.json"))(join(modules, ts.pkg, "lib", "typescript.js"));
    apis.set(ts.pkg, { ts: tsModule, cache: new Map() });
  }
  return apis.get(ts.pkg);
}

function check(cell) {
  if (cell.ts.native) {
    const run = spawnSync(process.execPath, [join(modules, cell.ts.pkg, "bin", "tsc"), "-p", cell.file], { encoding: "utf8" });
    const text = (run.stdout + run.stderr).trim();
    return run.status === 0 ? [] : [text || `exit ${run.status}`];
  }
  const { ts, cache } = api(cell.ts);
  const parsed = ts.getParsedCommandLineOfConfigFile(cell.file, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const host = ts.createCompilerHost(parsed.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    // Our files change between packages; the compiler's own do not.
    if (!fileName.includes("node_modules")) return read(fileName, language, ...rest);
    const key = `${fileName}\0${JSON.stringify(language)}`;
    if (!cache.has(key)) cache.set(key, read(fileName, language, ...rest));
    return cache.get(key);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
  return diagnostics.map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dirname(cell.file), getNewLine: () => "\n" }).trim());
}

// The `declare global` block comes once per package (the runtime's section);
// were it there twice, as from two copies of the runtime, it must still
// type-check: the first package without `init` again, with the block twice.
const single = packages.find((p) => !/\bInitInput\b/.test(readFileSync(p.dts, "utf8")));
if (single) {
  const text = readFileSync(single.dts, "utf8");
  const start = text.indexOf("declare global {");
  if (start < 0) throw new Error(`${single.dts} has no declare global block`);
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (text[end] === "{") depth += 1;
    if (text[end] === "}" && --depth === 0) break;
  }
  const block = text.slice(start, end + 1);
  const twice = join(out, "twice.d.ts");
  mkdirSync(out, { recursive: true });
  writeFileSync(twice, `${text}\n${block}\n`);
  packages.push({ label: `${single.label}, the declare global block twice`, dts: twice, libs: ["es6", "esnext"] });
}

let passed = 0;
let failed = 0;
for (const pkg of packages) {
  const dir = join(out, pkg.label.replace(/[^\w.-]+/g, "-"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(pkg.dts, join(dir, "pkg.d.ts"));
  for (const file of ["consumer.ts", "using.ts"]) copyFileSync(join(consumers, file), join(dir, file));
  console.log(`\n${pkg.label}: ${pkg.dts}`);
  for (const cell of cells(pkg, dir)) {
    const errors = check(cell);
    if (errors.length === 0) {
      passed += 1;
      console.log(`ok   ${cell.what}`);
    } else {
      failed += 1;
      console.log(`FAIL ${cell.what} (tsc -p ${cell.file}):`);
      for (const e of errors) console.log(e.replace(/^/gm, "       "));
    }
  }
}
console.log(`\ntsc matrix: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
