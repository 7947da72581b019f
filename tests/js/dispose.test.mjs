// Contract points 1-4 and 10: deterministic, idempotent, move-safe disposal.
// No `using` syntax here: this suite runs on every runtime, Node 18 included
// (the `using` declaration itself is covered by using.native.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const { Counter, Blob, RenamedThing, DisposedError, dropCount } = p;

function throwsDisposed(fn, className, word) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof DisposedError, `expected DisposedError, got ${e}`);
    assert.ok(e instanceof Error);
    assert.equal(e.name, "DisposedError");
    assert.equal(e.className, className);
    assert.equal(e.reason, word);
    assert.match(e.message, new RegExp(`${className}.*${word}`));
    assert.doesNotMatch(e.message, /null pointer/);
    return true;
  });
}

// A dead object passed to a plain `#[wasm_bindgen]` function is refused by
// wasm-bindgen's own argument conversion (0.2.130), which throws an `Error`
// with the runtime's message (after releasing every other argument). It is
// `instanceof DisposedError` in every package; its `name` is wasm-bindgen's.
// Before 0.2.130 the runtime's conversion throws the `DisposedError` itself.
const plainPrefix = Number(p.wasmBindgenVersion().split(".")[2]) >= 130 ? "DisposedError: " : "";
function throwsDisposedPlain(fn, className, word) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof DisposedError, `expected DisposedError, got ${e}`);
    assert.ok(e instanceof Error);
    assert.match(e.message, new RegExp(`^${plainPrefix}${className}.*${word}`));
    assert.doesNotMatch(e.message, /null pointer/);
    return true;
  });
}

test("free() and [Symbol.dispose]() drop before returning, once", () => {
  const before = dropCount();
  const a = new Counter(1);
  assert.equal(a.disposed, false);
  a.free();
  assert.equal(dropCount(), before + 1);
  assert.equal(a.disposed, true);
  a.free();
  a[Symbol.dispose]();
  assert.equal(dropCount(), before + 1, "a second disposal is a no-op");

  const b = new Counter(1);
  b[Symbol.dispose]();
  b[Symbol.dispose]();
  b.free();
  assert.equal(dropCount(), before + 2);
  assert.equal(Counter.prototype[Symbol.dispose], Counter.prototype.free);
  assert.equal(typeof Symbol.dispose, "symbol");
});

test("methods, getters and setters of a disposed object throw DisposedError", () => {
  const c = new Counter(1);
  c.free();
  throwsDisposed(() => c.increment(), "Counter", "disposed");
  throwsDisposed(() => c.value, "Counter", "disposed");
  throwsDisposed(() => { c.value = 3; }, "Counter", "disposed");
  throwsDisposed(() => c.step, "Counter", "disposed");
  throwsDisposed(() => c.finish(), "Counter", "disposed");
  throwsDisposed(() => c.cloneCounter(), "Counter", "disposed");
});

test("passing a disposed object as an argument throws DisposedError", () => {
  const dead = new Counter(1);
  dead.free();
  const live = new Counter(2);
  throwsDisposed(() => p.peekCounter(dead), "Counter", "disposed");
  throwsDisposed(() => p.bumpCounter(dead), "Counter", "disposed");
  throwsDisposed(() => p.consumeCounter(dead), "Counter", "disposed");
  throwsDisposed(() => p.maybeConsume(dead), "Counter", "disposed");
  throwsDisposed(() => live.add(dead), "Counter", "disposed");
  throwsDisposed(() => live.absorb(dead), "Counter", "disposed");
  throwsDisposed(() => p.sumPair(live, dead), "Counter", "disposed");
  throwsDisposedPlain(() => p.plainPeek(dead), "Counter", "disposed");
  // Nothing leaked into a borrowed state: the live object still works and frees.
  assert.equal(live.increment(), 3);
  const before = dropCount();
  live.free();
  assert.equal(dropCount(), before + 1);
});

test("a by-value argument is moved: disposed, no-op disposal, DisposedError 'moved'", () => {
  const c = new Counter(7);
  const before = dropCount();
  assert.equal(p.consumeCounter(c), 7);
  assert.equal(dropCount(), before + 1, "Rust dropped the moved value");
  assert.equal(c.disposed, true);
  c.free();
  c[Symbol.dispose]();
  assert.equal(dropCount(), before + 1);
  throwsDisposed(() => c.increment(), "Counter", "moved");
  throwsDisposed(() => c.value, "Counter", "moved");
  throwsDisposed(() => p.peekCounter(c), "Counter", "moved");
  throwsDisposed(() => p.consumeCounter(c), "Counter", "moved");
});

test("Option<Foo> by value moves; None is undefined or null", () => {
  const c = new Counter(4);
  assert.equal(p.maybeConsume(c), 4);
  assert.equal(c.disposed, true);
  assert.equal(p.maybeConsume(undefined), -1);
  assert.equal(p.maybeConsume(null), -1);
  assert.equal(p.maybeConsume(), -1);
});

test("a consuming method (self) leaves the object moved", () => {
  const c = new Counter(9);
  assert.equal(c.finish(), 9);
  assert.equal(c.disposed, true);
  c.free();
  throwsDisposed(() => c.finish(), "Counter", "moved");
  throwsDisposed(() => c.increment(), "Counter", "moved");
});

test("a method taking another object by value moves only that one", () => {
  const a = new Counter(1);
  const b = new Counter(2);
  assert.equal(a.absorb(b), 3);
  assert.equal(b.disposed, true);
  assert.equal(a.disposed, false);
  throwsDisposed(() => b.value, "Counter", "moved");
  a.free();
});

test("&Foo and &mut Foo arguments borrow without moving", () => {
  const a = new Counter(1);
  const b = new Counter(10);
  assert.equal(a.add(b), 11);
  assert.equal(p.peekCounter(b), 10);
  assert.equal(p.bumpCounter(b), 110);
  assert.equal(b.value, 110);
  assert.equal(p.sumPair(a, a), 22, "the same object twice as &Foo");
  assert.equal(b.disposed, false);
  a.free();
  b.free();
});

test("return values: Foo, Option<Foo>, Vec<Foo>, static factories are disposable", () => {
  const before = dropCount();
  const made = [p.makeCounter(1), p.maybeMake(2), ...p.makeCounters(3), Counter.withStep(1, 5)];
  assert.equal(p.maybeMake(-1), undefined);
  for (const c of made) {
    assert.ok(c instanceof Counter);
    assert.equal(c.disposed, false);
    assert.equal(typeof c[Symbol.dispose], "function");
  }
  assert.deepEqual(made.map((c) => c.value), [1, 2, 0, 1, 2, 1]);
  for (const c of made) c[Symbol.dispose]();
  assert.equal(dropCount(), before + made.length);
  assert.ok(made.every((c) => c.disposed));
});

test("getters, setters and pub fields forward to Rust", () => {
  const c = Counter.withStep(1, 2);
  assert.equal(c.step, 2);
  c.step = 5;
  c.value = 10;
  assert.equal(c.increment(), 15);
  c.free();
});

test("a Rust Err becomes a thrown error, not a DisposedError", () => {
  const c = new Counter(5);
  assert.throws(() => c.checked(1), (e) => !(e instanceof DisposedError) && /over the limit/.test(e.message));
  assert.equal(c.checked(10), 5);
  c.free();
});

test("js_name renames the class; it is disposable too", () => {
  const t = new RenamedThing(3);
  assert.equal(RenamedThing.name, "RenamedThing");
  assert.equal(t.id, 3);
  t[Symbol.dispose]();
  throwsDisposed(() => t.id, "RenamedThing", "disposed");
});

test("DisposableStack can use() and move() disposable objects", { skip: typeof DisposableStack !== "function" && "no DisposableStack in this runtime" }, () => {
  const before = dropCount();
  const stack = new DisposableStack();
  const a = stack.use(new Counter(1));
  const b = stack.use(new Counter(2));
  const moved = stack.move();
  assert.equal(stack.disposed, true);
  assert.equal(a.disposed, false);
  moved.dispose();
  assert.equal(a.disposed, true);
  assert.equal(b.disposed, true);
  assert.equal(dropCount(), before + 2);
});

test("disposal during a Rust borrow is deferred to the end of the borrow", () => {
  const c = new Counter(1);
  const before = dropCount();
  let seen;
  const result = c.visit(() => {
    c.free();
    seen = dropCount();
    assert.equal(c.disposed, true);
    throwsDisposed(() => c.increment(), "Counter", "disposed");
  });
  assert.equal(result, 1, "the borrowed value stayed valid for the rest of the call");
  assert.equal(seen, before, "not dropped while borrowed");
  assert.equal(dropCount(), before + 1, "dropped when the borrow ended");
});

test("passing the wrong class is wasm-bindgen's own type error", () => {
  const b = new Blob(8);
  assert.throws(() => p.peekCounter(b), /expected instance of Counter/);
  assert.throws(() => p.peekCounter({}), /expected instance of Counter/);
  b.free();
});

test("\"null pointer passed to rust\" never reaches the user", () => {
  const c = new Counter(1);
  const errors = [];
  const attempt = (fn) => { try { fn(); } catch (e) { errors.push(e); } };
  p.consumeCounter(c);
  for (let i = 0; i < 2; i++) {
    attempt(() => c.increment());
    attempt(() => c.finish());
    attempt(() => c.value);
    attempt(() => p.consumeCounter(c));
    attempt(() => p.sumPair(c, c));
    attempt(() => c.free());
  }
  assert.equal(errors.length, 10);
  assert.ok(errors.every((e) => e instanceof DisposedError && !/null pointer/.test(e.message)));
});

test("a re-entrant call that Rust must refuse throws, and leaves the object whole", () => {
  const c = new Counter(5);
  const errors = [];
  const result = c.visit(() => {
    // `visit` holds a shared borrow: exclusive access must be refused.
    for (const attempt of [() => c.increment(), () => { c.value = 9; }, () => { c.step = 2; }]) {
      try {
        attempt();
      } catch (e) {
        errors.push(e);
      }
    }
    // Shared access is fine meanwhile.
    assert.equal(c.value, 5);
  });
  assert.equal(result, 5);
  assert.equal(errors.length, 3);
  for (const e of errors) {
    assert.ok(e instanceof Error);
    assert.match(e.message, /Counter is in use by Rust \(borrowed\)/);
  }
  // Nothing stayed borrowed, and the handle is still owned by JavaScript
  // alone: exclusive access works and the object can be consumed.
  assert.equal(c.increment(), 6);
  assert.equal(c.finish(), 6);
  assert.equal(c.disposed, true);
});

// The snippet defers each registration for finalization to the end of the
// task (or until 64 wait), so that objects disposed soon never register:
// whatever the order and timing of disposal, each object is released once,
// and one never disposed is still finalized.
test("disposal in any order, within a task and across tasks, releases each object once", async () => {
  const stats = () => ({ ...p.disposableStats().Counter });
  const before = stats();
  const drops = dropCount();
  // Oldest first, past the 64 that wait in one task.
  let made = Array.from({ length: 200 }, (_, i) => new Counter(i));
  for (const c of made) c.free();
  // Newest first.
  made = Array.from({ length: 200 }, (_, i) => new Counter(i));
  for (const c of made.reverse()) c[Symbol.dispose]();
  // Every other one now, the rest after the task ended (registered by then).
  made = Array.from({ length: 200 }, (_, i) => new Counter(i));
  made.filter((_, i) => i % 2).forEach((c) => c.free());
  await new Promise((resolve) => setTimeout(resolve, 0));
  made.filter((_, i) => !(i % 2)).forEach((c) => c.free());
  assert.equal(dropCount(), drops + 600);
  const after = stats();
  assert.equal(after.disposed - before.disposed, 600);
  assert.equal(after.live, before.live);
  for (const c of made) {
    c.free();
    assert.equal(c.disposed, true);
  }
  assert.equal(dropCount(), drops + 600, "disposal stays idempotent");
});
