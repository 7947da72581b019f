// Builds the browser pages the ways users build them, one directory each
// under OUT, served by tests/browser/server.mjs and driven by run.mjs:
//
//   web/      wasm-bindgen --target web, unbundled ES modules
//   tsc/      the same, with the checks' `using` / `await using` lowered by
//             tsc (target ES2022) for engines without the syntax
//   webpack/  wasm-bindgen --target bundler through webpack 5 (production)
//   vite/     wasm-bindgen --target bundler through Vite (production build,
//             vite-plugin-wasm for the .wasm import)
//
// node tests/browser/build.mjs --pkg DIR --bundler-pkg DIR --out DIR --tsc PATH
// (`cargo xtask browser` passes them.) Each page's <html data-syntax> says
// whether its bundle kept native `using` or lowered it; tsc/ must be lowered.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: { pkg: { type: "string" }, "bundler-pkg": { type: "string" }, out: { type: "string" }, tsc: { type: "string" } },
});
for (const name of ["pkg", "bundler-pkg", "out", "tsc"]) {
  if (!args[name]) {
    console.error(`build.mjs: --${name} is required`);
    process.exit(2);
  }
}
const out = resolve(args.out);
const work = join(out, ".work");
const packages = ["fixture", "weak", "writer"];
const aliases = Object.fromEntries(packages.map((p) => [`wasm-dispose-${p}`, resolve(args["bundler-pkg"], p)]));

function page(title, script) {
  return `<!doctype html>
<html lang="en" data-syntax="native">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
<h1>${title}</h1>
${script}
</body>
</html>
`;
}

/** A fresh staging directory with the checks and one entry, as `entry.mjs`. */
function stage(name, entry, html) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, "checks.mjs"), join(dir, "checks.mjs"));
  cpSync(join(here, entry), join(dir, "entry.mjs"));
  if (html) writeFileSync(join(dir, "index.html"), html);
  return dir;
}

function copyWebPackages(dir) {
  for (const p of packages) cpSync(resolve(args.pkg, p), join(dir, "pkg", p), { recursive: true });
}

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.m?js$/.test(f) && !f.includes("node_modules"))
    .map((f) => join(dir, f));
}

// A `using` or `await using` declaration as it survives minifiers
// (`using i=n()`); the shim function `using(` does not match.
const NATIVE_USING = /(?:^|[^\w$.])(?:await\s+)?using\s+[A-Za-z_$][\w$]*\s*=/m;

/**
 * How the page's own code carries checks.mjs's `using` declarations:
 * "native", or lowered by the page's build (`lowerer`). Marks index.html.
 */
function markSyntax(dir, lowerer) {
  const own = jsFiles(dir).filter((f) => !f.includes("/pkg/") && !f.includes("/snippets/"));
  const text = own.map((f) => readFileSync(f, "utf8")).join("\n");
  const syntax = NATIVE_USING.test(text) ? "native" : `lowered by ${lowerer}`;
  const html = join(dir, "index.html");
  writeFileSync(html, readFileSync(html, "utf8").replace('data-syntax="native"', `data-syntax="${syntax}"`));
  return syntax;
}

async function timed(name, build, lowerer = "the build") {
  const start = performance.now();
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  await build(dir);
  const syntax = markSyntax(dir, lowerer);
  console.log(`built ${name}/ in ${((performance.now() - start) / 1000).toFixed(1)} s (using: ${syntax})`);
  return syntax;
}

const moduleScript = '<script type="module" src="./entry.mjs"></script>';

await timed("web", async (dir) => {
  const src = stage("web", "entry-web.mjs", page("wasm-dispose: wasm-bindgen --target web, unbundled", moduleScript));
  cpSync(src, dir, { recursive: true });
  copyWebPackages(dir);
});

const tscSyntax = await timed("tsc", async (dir) => {
  const src = stage("tsc", "entry-web.mjs");
  copyWebPackages(src); // for tsc's module resolution (it reads the .d.ts)
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "ES2022",
      moduleResolution: "bundler",
      lib: ["ES2022", "DOM", "ESNext.Disposable"],
      allowJs: true,
      checkJs: false,
      skipLibCheck: true,
      outDir: dir,
      rootDir: src,
    },
    files: ["entry.mjs", "checks.mjs"],
  };
  writeFileSync(join(src, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  execFileSync(process.execPath, [resolve(args.tsc), "--project", join(src, "tsconfig.json")], { stdio: "inherit" });
  writeFileSync(join(dir, "index.html"), page("wasm-dispose: `using` lowered by tsc (ES2022)", moduleScript));
  copyWebPackages(dir);
  // tsc's own helper, so that "lowered" is not merely "not found".
  if (!readFileSync(join(dir, "checks.mjs"), "utf8").includes("__addDisposableResource")) {
    throw new Error("tsc's output has no __addDisposableResource helper");
  }
}, "tsc");
if (tscSyntax !== "lowered by tsc") {
  console.error(`build.mjs: the tsc page's using is "${tscSyntax}", not lowered by tsc`);
  process.exit(1);
}

await timed("webpack", async (dir) => {
  const src = stage("webpack", "entry-bundler.mjs");
  const { default: webpack } = await import("webpack");
  const stats = await new Promise((done, fail) =>
    webpack({
      mode: "production",
      context: src,
      entry: join(src, "entry.mjs"),
      output: { path: dir, filename: "main.[contenthash:8].js", webassemblyModuleFilename: "[hash].wasm", publicPath: "auto" },
      experiments: { asyncWebAssembly: true },
      resolve: { alias: aliases },
      performance: { hints: false },
      devtool: false,
    }).run((err, stats) => (err ? fail(err) : done(stats))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const main = Object.keys(stats.compilation.assets).find((a) => a.startsWith("main."));
  writeFileSync(join(dir, "index.html"), page("wasm-dispose: --target bundler, webpack 5", `<script src="./${main}"></script>`));
}, "webpack");

await timed("vite", async (dir) => {
  const src = stage("vite", "entry-bundler.mjs", page("wasm-dispose: --target bundler, Vite", moduleScript));
  const { build } = await import("vite");
  const { default: wasm } = await import("vite-plugin-wasm");
  await build({
    root: src,
    base: "./",
    configFile: false,
    logLevel: "warn",
    plugins: [wasm()],
    resolve: { alias: aliases },
    build: { outDir: dir, emptyOutDir: true },
  });
}, "esbuild (Vite's default build target)");

rmSync(work, { recursive: true, force: true });
