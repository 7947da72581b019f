// Runs on the package built from the migrated copy of tests/migrate
// (`--target nodejs`, found through NODE_PATH): the swapped classes are
// disposable, the swapped function refuses a disposed argument, what was
// left alone behaves as plain wasm-bindgen.
"use strict";
const assert = require("node:assert/strict");
const path = require("node:path");

const pkg = require(path.join(process.env.NODE_PATH, "migrate-cases.js"));
const checks = [];
const check = (name, body) => checks.push([name, body]);

for (const [name, make] of [
  ["Square", () => new pkg.Square(2)],
  ["Round", () => new pkg.Round(1)],
  ["InnerSquare", () => new pkg.InnerSquare(3)],
  ["Sometimes", () => new pkg.Sometimes()],
  ["Often", () => new pkg.Often()],
]) {
  check(`${name} is disposable`, () => {
    const o = make();
    assert.equal(o.disposed, false);
    o[Symbol.dispose]();
    assert.equal(o.disposed, true);
    o.free(); // idempotent
    assert.throws(() => (name.endsWith("Square") ? o.area() : o.n ?? o.r), pkg.DisposedError);
  });
}

check("the classes keep their JavaScript names and members", () => {
  assert.equal(new pkg.Square(2).area(), 4);
  assert.equal(new pkg.InnerSquare(3).area(), 9);
  assert.equal(new pkg.Round(1.5).r, 1.5);
  assert.equal(new pkg.Often().n, 2);
});

check("the swapped function refuses a disposed argument with DisposedError", () => {
  const sq = new pkg.Square(1);
  assert.equal(pkg.totalArea(sq, new pkg.Round(1)), 4);
  sq.free();
  assert.throws(() => pkg.totalArea(sq, undefined), pkg.DisposedError);
  assert.equal(pkg.twice(2), 4);
});

check("the class with a method exported as free stays plain", () => {
  const pool = new pkg.Pool();
  assert.equal("disposed" in pool, false);
  assert.equal(pkg.poolSize(pool), 4);
  pool.free(); // its own method
  assert.equal(pkg.poolSize(pool), 0);
});

let passed = 0;
let failed = 0;
for (const [name, body] of checks) {
  try {
    body();
    passed++;
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED ${name}: ${e && e.stack ? e.stack : e}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
