// The contract, checked on a package as each wasm-bindgen target loads it.
// CommonJS, so that every loader (require, import, a no-modules script) can
// use it. Prints `ok`/`not ok` lines and returns [passed, failed].
"use strict";
const assert = require("node:assert/strict");

function check(label, p) {
  const { Counter, DisposedError, dropCount, disposableStats, using } = p;
  const results = [];
  const run = (name, fn) => {
    try {
      fn();
      results.push(true);
      console.log(`ok ${label}: ${name}`);
    } catch (e) {
      results.push(false);
      console.log(`not ok ${label}: ${name}\n  ${String(e && e.stack || e).replace(/\n/g, "\n  ")}`);
    }
  };
  const isDisposed = (word) => (e) =>
    e instanceof DisposedError && e.name === "DisposedError" && e.reason === word && /Counter/.test(e.message);

  run("free() drops before returning, once; disposed; DisposedError", () => {
    const before = dropCount();
    const c = new Counter(1);
    assert.equal(c.increment(), 2);
    c.free();
    assert.equal(dropCount(), before + 1);
    c.free();
    c[Symbol.dispose]();
    assert.equal(dropCount(), before + 1);
    assert.equal(c.disposed, true);
    assert.throws(() => c.increment(), isDisposed("disposed"));
    assert.throws(() => p.peekCounter(c), isDisposed("disposed"));
  });
  run("a move leaves the object moved", () => {
    const c = new Counter(7);
    assert.equal(p.consumeCounter(c), 7);
    assert.equal(c.disposed, true);
    assert.throws(() => c.increment(), isDisposed("moved"));
  });
  run("Symbol.dispose exists after the first object, and the using shim disposes", () => {
    assert.equal(typeof Symbol.dispose, "symbol");
    const before = dropCount();
    assert.equal(using(new Counter(4), (c) => c.increment()), 5);
    assert.equal(dropCount(), before + 1);
  });
  run("disposableStats() counts", () => {
    const s = disposableStats().Counter;
    assert.equal(s.live, 0);
    assert.ok(s.created >= 3 && s.disposed >= 2 && s.moved >= 1);
  });
  return [results.filter(Boolean).length, results.filter((r) => !r).length];
}

module.exports = { check };
