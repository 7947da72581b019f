// What an editor shows a user of the fixture package: TypeScript's language
// service (the API tsserver serves editors from) over a consumer file, for
// hovers, completions and diagnostics.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript5");
const here = dirname(fileURLToPath(import.meta.url));
const pkg = process.env.WASM_DISPOSE_PKG ?? join(here, "../../target/wasm-dispose/pkg");
const fixture = join(pkg, "fixture/fixture.js").replaceAll("\\", "/");

const source = `import { Channel, Counter, DisposedError, using } from ${JSON.stringify(fixture)};
const c = new Counter(1);
c.increment();
c.disposed;
c.free();
c[Symbol.dispose]();
const ch = new Channel(() => undefined);
ch[Symbol.asyncDispose]();
using(c, (x) => x.value);
const e: unknown = 0;
if (e instanceof DisposedError) e.reason;
c.
`;
const broken = `import { Counter } from ${JSON.stringify(fixture)};
const c = new Counter(1);
c.disposed = true;
`;

function service(files) {
  const options = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] };
  const host = {
    getScriptFileNames: () => Object.keys(files),
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = files[name] ?? ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => here,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name in files || ts.sys.fileExists(name),
    readFile: (name) => files[name] ?? ts.sys.readFile(name),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

const file = join(here, "editor-consumer.ts");
const ls = service({ [file]: source });

function hover(text, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = source.indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" is in the consumer`);
  const info = ls.getQuickInfoAtPosition(file, at);
  assert.ok(info, `a hover at "${text}"`);
  return {
    signature: ts.displayPartsToString(info.displayParts),
    docs: ts.displayPartsToString(info.documentation),
  };
}

/** The documentation of the `[Symbol.<name>]` member of class `cls`. */
function memberDocs(cls, name) {
  const checker = ls.getProgram().getTypeChecker();
  const sf = ls.getProgram().getSourceFile(file);
  let type;
  ts.forEachChild(sf, function visit(node) {
    if (!type && ts.isNewExpression(node) && node.expression.getText(sf) === cls) type = checker.getTypeAtLocation(node);
    ts.forEachChild(node, visit);
  });
  assert.ok(type, `a ${cls} in the consumer`);
  const member = checker.getPropertiesOfType(type).find((p) => p.escapedName.startsWith(`__@${name}@`));
  assert.ok(member, `[Symbol.${name}] on ${cls}`);
  return ts.displayPartsToString(member.getDocumentationComment(checker));
}

test("hovers show the documentation of the class, its methods and the disposal members", () => {
  assert.match(hover("Counter(1)").docs, /Makes a counter starting at `value`/, "the constructor's Rust doc");
  assert.match(hover("increment").signature, /increment\(\): number/);
  assert.match(hover("disposed;").docs, /true` once the object was disposed or moved into Rust/);
  assert.match(hover("free()").docs, /Drops the Rust value now/);
  // The symbol-keyed members, as a completion list or a member hover shows them.
  assert.match(memberDocs("Counter", "dispose"), /what `using` calls/);
  assert.match(memberDocs("Channel", "asyncDispose"), /Runs the async cleanup/);
  assert.match(hover("using(c").docs, /disposes `resource` in a `finally`/);
  assert.match(hover("DisposedError)").docs, /used after it was\s+disposed/);
  assert.match(hover("reason").signature, /"disposed" \| "moved"/);
});

test("completions after `c.` list the methods and `disposed`", () => {
  const at = source.lastIndexOf("c.") + 2;
  const names = ls.getCompletionsAtPosition(file, at, {}).entries.map((e) => e.name);
  for (const name of ["increment", "value", "disposed", "free", "add", "absorb"]) {
    assert.ok(names.includes(name), `${name} is offered (got ${names.join(", ")})`);
  }
});

test("the consumer type-checks, and `c.disposed = true` is flagged", () => {
  const clean = ls.getSemanticDiagnostics(file).filter((d) => d.start < source.lastIndexOf("c.\n"));
  assert.deepEqual(clean.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")), []);
  const other = join(here, "editor-broken.ts");
  const bad = service({ [other]: broken }).getSemanticDiagnostics(other).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  assert.ok(bad.some((m) => /read-only property/.test(m)), `got: ${bad.join(" | ")}`);
});
