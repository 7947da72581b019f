// Parity with #[wasm_bindgen]: one test per row of the README's parity
// table. `tests/parity` is built twice, with #[disposable] (package `parity`)
// and with #[wasm_bindgen] (`parity-plain`); each behaviour is checked on
// both, the disposal on ours, and the `.d.ts` class members are compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./load.mjs";

const ours = await load("parity");
const plain = await load("parity-plain");
const both = [
  ["disposable", ours],
  ["plain", plain],
];

assert.equal(ours.isPlain(), false);
assert.equal(plain.isPlain(), true);

function each(name, body) {
  for (const [which, pkg] of both) test(`${name} (${which})`, () => body(pkg, which));
}

function throwsDisposed(fn) {
  assert.throws(fn, (e) => e instanceof ours.DisposedError && e.reason === "disposed");
}

// --- struct options ---------------------------------------------------

each("js_name written as an identifier names the class", ({ Img }) => {
  const img = new Img(3);
  assert.equal(Img.name, "Img");
  assert.equal(img.width, 3);
  // The impl in another module adds to the same class.
  assert.equal(img.area(), 9);
  // A keyword as a bare js_name (`js_name = type`).
  assert.equal(img.type, "image");
  img.free();
});

// Node's `inspect` (--target nodejs only) is checked by tests/upstream.
each("inspectable: toJSON and toString show plain's readable properties, in plain's order", ({ Inspect }) => {
  const o = new Inspect(1, 2);
  const expected = { x: 1, yValue: 2, sum: 3 };
  assert.deepStrictEqual(o.toJSON(), expected);
  assert.equal(o.toString(), JSON.stringify(expected));
  assert.equal(JSON.stringify({ o }), JSON.stringify({ o: expected }));
  o.free();
});

test("inspectable: a disposed object's toJSON throws DisposedError", () => {
  const o = new ours.Inspect(1, 2);
  o.free();
  throwsDisposed(() => o.toJSON());
});

each("inspectable: the user's own toString and toJSON win", ({ OwnString }) => {
  const o = new OwnString(5);
  assert.equal(o.toString(), "OwnString(5)");
  assert.equal(`${o}`, "OwnString(5)");
  assert.equal(JSON.stringify({ o }), '{"o":5}');
  o.free();
});

each("getter_with_clone on the struct: non-Copy fields read and write", ({ Labels }) => {
  const l = new Labels("a");
  assert.equal(l.name, "a");
  assert.deepEqual(l.tags, ["a", "b"]);
  l.name = "z";
  assert.equal(l.name, "z");
  assert.equal(l.count, 2);
  l.free();
});

each("js_namespace: the class lives in the namespace object", ({ geo }) => {
  const p = new geo.Point(1.5);
  assert.equal(p.double(), 3);
  assert.equal(p.x, 1.5);
  p.free();
});

test("js_namespace: the namespaced class is disposable", () => {
  const p = new ours.geo.Point(1);
  p[Symbol.dispose]();
  assert.equal(p.disposed, true);
  throwsDisposed(() => p.double());
});

each("skip_typescript on the struct: the class works without a declaration", ({ Untyped }) => {
  const u = new Untyped(7);
  assert.equal(u.v, 7);
  u.free();
});

each("private: not exported by name, returned by a function", (pkg) => {
  assert.equal(pkg.Hidden, undefined);
  const h = pkg.makeHidden(4);
  assert.equal(h.secret, 4);
  h.free();
});

each("tuple struct: public fields are the properties 0, 1", ({ Pair }) => {
  const p = new Pair(1, -2);
  assert.equal(p[0], 1);
  assert.equal(p[1], -2);
  p[0] = 9;
  assert.equal(p[0], 9);
  assert.equal(p[2], undefined, "a private field is not a property");
  assert.equal(p.hidden(), 0);
  p.free();
});

// --- field options ----------------------------------------------------

each("fields: readonly, skip, js_name, getter_with_clone, raw identifiers, cfg_attr", ({ Fields }) => {
  const f = new Fields();
  assert.equal(f.plain, 1);
  f.plain = 11;
  assert.equal(f.plain, 11);
  assert.equal(f.fixed, 2);
  assert.throws(() => {
    "use strict";
    f.fixed = 0;
  }, TypeError);
  // The skipped field is no property; a method of that name reads it.
  assert.equal(typeof f.skipped, "function");
  assert.equal(f.skipped(), 3);
  assert.equal(f.renamed, 4);
  assert.equal(f.js_renamed, undefined);
  assert.equal(f.text, "five");
  assert.equal(f.untyped, 6);
  assert.equal(f.no_jsdoc, 7);
  assert.equal(f.mod, 8);
  assert.equal(f["r#mod"], undefined);
  // cfg_attr(target_arch = "wasm32", wasm_bindgen(readonly)): read-only.
  assert.equal(f.cfg_fixed, 9);
  assert.throws(() => {
    f.cfg_fixed = 0;
  }, TypeError);
  // cfg_attr(not(wasm32), wasm_bindgen(skip)): a property on wasm32.
  f.cfg_kept = 100;
  assert.equal(f.cfg_kept, 100);
  f.free();
});

test("fields: a disposed object's properties throw DisposedError", () => {
  const f = new ours.Fields();
  f.free();
  throwsDisposed(() => f.mod);
  throwsDisposed(() => f.text);
});

// --- impl and method options ------------------------------------------

each("a cfg_attr constructor is the constructor", ({ Methods }) => {
  const m = new Methods(4);
  assert.equal(m.value, 4);
  m.free();
});

each("methods: js_name, static, getter, setter, getter = name", ({ Methods }) => {
  const m = Methods.fromString("6");
  assert.equal(m.valueOf(), 6);
  assert.equal(m.value, 6);
  m.value = 8;
  assert.equal(m.doubled, 16);
  assert.equal(m.twice, undefined);
  assert.throws(() => Methods.fromString("x"), /invalid digit/);
  m.free();
});

each("methods: skip_typescript, skip_jsdoc, unchecked types and descriptions", ({ Methods }) => {
  const m = new Methods(1);
  assert.equal(m.untyped(), 1);
  assert.equal(m.no_jsdoc(), 1);
  assert.equal(m.one_or_two(), 1);
  assert.equal(m.add(2), 3);
  m.free();
});

each("methods: `_` arguments", ({ Methods }) => {
  const m = new Methods(1);
  assert.equal(m.ignore(99, 2), 3);
  m.free();
});

each("methods: well-known symbols other than the dispose ones", ({ Methods }) => {
  const m = new Methods(3);
  assert.equal(`${m}`, "M3");
  assert.equal(+m, 3);
  assert.deepEqual([...m], [3, 4]);
  m.free();
});

each("methods: async", async ({ Methods }) => {
  const m = new Methods(3);
  assert.equal(await m.later(4), 7);
  m.free();
});

each("constructor returning Result: Err throws", ({ Fallible }) => {
  assert.throws(() => new Fallible(0), /zero/);
  const f = new Fallible(2);
  assert.equal(f.n, 2);
  f.free();
});

each("lints: the class with allow(non_snake_case) and a deprecated method works", ({ Lints }) => {
  const l = new Lints();
  assert.equal(l.fooBar, 1);
  assert.equal(l.getFoo(2), 3);
  assert.equal(Lints.old(), 1);
  assert.equal(l.many(1, 1, 1, 1, 1, 1, 1), 8);
  l.free();
});

test("#[disposable(async)]: options, tuple fields, cfg_attr constructor, `_`, symbols", async () => {
  const { AsyncPair } = ours;
  const p = new AsyncPair("n", 0);
  assert.equal(p[0], "n");
  assert.equal(p[1], 7);
  assert.equal(+p, 7);
  assert.deepStrictEqual(p.toJSON(), { 0: "n", 1: 7 });
  assert.equal(await p.waitFor(1), 8);
  await p[Symbol.asyncDispose]();
  assert.equal(p.disposed, true);
  throwsDisposed(() => p[0]);
});

each("a struct that is not `pub` is exported all the same", ({ Secret }) => {
  const s = new Secret(7);
  assert.equal(s.code, 7);
  s.free();
});

each("a Vec<Img> argument: a value of another type is wasm-bindgen's own error", ({ Img, Inspect, countImages }, which) => {
  const [a, b] = [new Img(1), new Img(2)];
  assert.equal(countImages([a, b]), 2);
  const wrong = new Inspect(1, 2);
  for (const value of ["not a struct", {}, wrong]) {
    const c = new Img(3);
    assert.throws(() => countImages([c, value]), /array contains a value of the wrong type/);
    if (which === "disposable") {
      assert.equal(c.disposed, false, "nothing was taken");
      c.free();
    } else {
      // Plain took the elements before the wrong one: `c` is lost.
      assert.throws(() => c.free(), /null pointer passed to rust/);
    }
  }
  wrong.free();
});

// --- names plain accepts side by side (issue 24) -------------------------

each("names: a field beside a method named like it, its setter, the constructor, a static", ({ Names }) => {
  const o = new Names();
  // `n` is both a field and a method; a class has one member per name, and
  // which one JavaScript sees is wasm-bindgen's order (not checked here).
  assert.equal(o.m, 2);
  o.set_m(3);
  assert.equal(o.m, 30);
  o.m = 4;
  assert.equal(o.m, 4);
  assert.equal(o.new, 3);
  o.new = 5;
  assert.equal(o.new, 5);
  assert.equal(o.count, 4);
  assert.equal(Names.count(), 40);
  o.free();
});

each("names: a getter and a method of the same JavaScript name", ({ GetterAndMethod }) => {
  const o = new GetterAndMethod(1);
  // The method comes after the getter in the class body, with both.
  assert.equal(typeof o.value, "function");
  assert.equal(o.value(), 2);
  o.free();
});

each("names: two classes of the same Rust name under two JavaScript names", ({ ThingA, ThingB }) => {
  const [a, b] = [new ThingA(1), new ThingB(1)];
  assert.equal(a.get(), 1);
  assert.equal(b.get(), 2);
  assert.equal(a.x + b.x, 3);
  assert.notEqual(ThingA, ThingB);
  a.free();
  b.free();
});

test("names: the classes are disposable", () => {
  const o = new ours.Names();
  o.free();
  throwsDisposed(() => o.m);
  throwsDisposed(() => o.set_m(1));
  const t = new ours.ThingB(1);
  t[Symbol.dispose]();
  throwsDisposed(() => t.get());
  assert.equal(new ours.ThingA(1).disposed, false);
});

// --- the .d.ts --------------------------------------------------------

const pkgRoot = process.env.WASM_DISPOSE_PKG ?? fileURLToPath(new URL("../../target/wasm-dispose/pkg", import.meta.url));
const dts = (name) => readFileSync(join(pkgRoot, name, `${name}.d.ts`), "utf8");

/** Every class declaration: name -> its members, each with its doc comment. */
function classes(text) {
  const out = new Map();
  for (const m of text.matchAll(/^(?:export )?(?:declare )?class (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const members = [];
    let doc = [];
    for (const line of m[2].split("\n")) {
      const t = line.trim();
      if (!t) continue;
      doc.push(t);
      if (!(t.startsWith("/**") || t.startsWith("*"))) {
        members.push(doc.join("\n"));
        doc = [];
      }
    }
    out.set(m[1], members);
  }
  return out;
}

test(".d.ts: every class has plain's members, in plain's order, plus `disposed`", () => {
  const mine = classes(dts("parity"));
  const theirs = classes(dts("parity-plain"));
  assert.ok(theirs.size >= 10, `found ${theirs.size} classes`);
  for (const [name, members] of theirs) {
    assert.ok(mine.has(name), `class ${name} is declared`);
    const disposed = mine.get(name).filter((m) => m.endsWith("readonly disposed: boolean;"));
    assert.equal(disposed.length, 1, `${name} declares disposed once`);
    const rest = mine.get(name).filter((m) => !m.endsWith("readonly disposed: boolean;"));
    assert.deepEqual(rest, members, `${name}: the members of plain #[wasm_bindgen]`);
  }
  // Only ours has the async class.
  assert.deepEqual([...mine.keys()].filter((k) => !theirs.has(k)), ["AsyncPair"]);
});

test(".d.ts: every class is declared Disposable, merged with its declaration", () => {
  const text = dts("parity");
  for (const [name] of classes(dts("parity-plain"))) {
    // A namespaced or private class is a local declaration; its interface too.
    const exported = new RegExp(`^export class ${name} `, "m").test(text);
    const iface = `${exported ? "export " : ""}interface ${name} extends Disposable {`;
    assert.ok(text.includes(iface), `${iface}`);
  }
  assert.match(text, /^export interface AsyncPair extends Disposable, AsyncDisposable \{/m);
  assert.doesNotMatch(text, /interface Untyped/, "skip_typescript: no declaration to merge with");
});

// --- conversions: dynamic enum unions ------------------------------------

each("a class is a member of wasm-bindgen's dynamic enum union", ({ Img, Inspect, shapeSize, makeShape }, which) => {
  const img = new Img(4);
  assert.equal(shapeSize(img), 4);
  assert.equal(shapeSize(new Inspect(2, 3)), 5);
  assert.throws(() => shapeSize("not a shape"));
  assert.throws(() => shapeSize({ width: 4 }), "a look-alike is not a member");
  const made = makeShape(true);
  assert.ok(made instanceof Img);
  assert.equal(made.width, 7);
  assert.ok(makeShape(false) instanceof Inspect);
  if (which === "disposable") {
    // Taken by value: moved, as for any by-value argument.
    assert.equal(img.disposed, true);
    assert.throws(() => img.width, (e) => e instanceof ours.DisposedError && e.reason === "moved");
    made.free();
    assert.equal(made.disposed, true);
    // A disposed object is no member: wasm-bindgen's union conversion
    // refuses it as it refuses any non-member, and nothing is taken.
    assert.throws(() => shapeSize(made), /invalid dynamic union value/);
    const live = new Img(5);
    assert.equal(shapeSize(live), 5);
  }
});
