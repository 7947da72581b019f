// A class that extends another (`#[disposable(extends = Animal)] struct
// Dog`, wasm-bindgen 0.2.121 and later): `instanceof` and inherited methods
// as with plain wasm-bindgen, and the child's disposal (or move) ends the
// whole chain once, so the parent's methods refuse a dead child too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const p = await load("fixture");
const { Animal, Dog, DisposedError, extendsDrops, adoptDog, passDog, animalName, disposableStats, debugDispose } = p;
const { kennelDog, kennelRename, unkennelDog } = p;

// The fixture has these classes from wasm-bindgen 0.2.121 on (tests/oldest
// builds it with 0.2.100, without them).
const minor = Number(p.wasmBindgenVersion().split(".")[2]);
const skip = minor < 121 ? `extends needs wasm-bindgen 0.2.121, this is ${p.wasmBindgenVersion()}` : false;

test("the fixture has the classes where wasm-bindgen can extend", () => {
  assert.equal(typeof Dog === "function", minor >= 121);
});

function throwsDisposed(fn, className, reason) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof DisposedError, `expected DisposedError, got ${e}`);
    assert.equal(e.className, className);
    assert.equal(e.reason, reason);
    assert.doesNotMatch(e.message, /null pointer/);
    return true;
  });
}

const drops = () => Array.from(extendsDrops());
const counts = (cls) => disposableStats()[cls] ?? { created: 0, disposed: 0, moved: 0, leaked: 0, live: 0 };

test("instanceof and inherited methods, as with plain wasm-bindgen", { skip }, () => {
  const dog = new Dog("Rex", "Labrador");
  assert.ok(dog instanceof Dog);
  assert.ok(dog instanceof Animal);
  const animal = new Animal("Felix");
  assert.ok(!(animal instanceof Dog));
  assert.equal(dog.name(), "Rex");
  assert.equal(dog.breed(), "Labrador");
  // The parent part, written from JavaScript and read from Rust, and back.
  dog.rename("Max");
  assert.equal(dog.describe(), "Max the Labrador");
  dog.renameFromRust("Bo");
  assert.equal(dog.name(), "Bo");
  // A `&Animal` argument takes a dog as its animal.
  assert.equal(animalName(dog), "Bo");
  assert.equal(animalName(animal), "Felix");
  assert.equal(dog.disposed, false);
  dog.free();
  animal.free();
});

test("disposing the child drops the child and its parent part, once", { skip }, () => {
  const before = drops();
  const dog = new Dog("Rex", "Labrador");
  dog[Symbol.dispose]();
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
  assert.equal(dog.disposed, true);
  // Idempotent: nothing more is dropped, nothing throws.
  dog.free();
  dog[Symbol.dispose]();
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
});

test("the parent's methods on a disposed child throw DisposedError", { skip }, () => {
  const dog = new Dog("Rex", "Labrador");
  dog.free();
  throwsDisposed(() => dog.breed(), "Dog", "disposed");
  throwsDisposed(() => dog.name(), "Animal", "disposed");
  throwsDisposed(() => dog.rename("Max"), "Animal", "disposed");
  throwsDisposed(() => animalName(dog), "Animal", "disposed");
});

test("a move takes the chain into Rust: the parent's methods refuse the moved child", { skip }, () => {
  const before = drops();
  const dog = new Dog("Rex", "Labrador");
  // The function reads the parent from Rust, then drops the dog there.
  assert.equal(adoptDog(dog), "Rex the Labrador");
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
  assert.equal(dog.disposed, true);
  throwsDisposed(() => dog.breed(), "Dog", "moved");
  assert.throws(() => dog.name(), DisposedError);
  dog.free();
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
  // Given back, the dog is a new object whose parent is JavaScript's again.
  const back = passDog(new Dog("Ace", "Beagle"));
  assert.equal(back.name(), "Ace");
  back.rename("Bea");
  assert.equal(back.describe(), "Bea the Beagle");
  back.free();
  throwsDisposed(() => back.name(), "Animal", "disposed");
});

test("while Rust holds a moved child, the parent's methods refuse it and Rust still reads the parent", { skip }, () => {
  const before = drops();
  const dog = new Dog("Rex", "Labrador");
  kennelDog(dog);
  throwsDisposed(() => dog.breed(), "Dog", "moved");
  throwsDisposed(() => dog.name(), "Animal", "moved");
  throwsDisposed(() => dog.rename("Max"), "Animal", "moved");
  throwsDisposed(() => animalName(dog), "Animal", "moved");
  assert.equal(kennelRename("Max"), "Rex");
  assert.deepEqual(drops(), before);
  const back = unkennelDog();
  assert.equal(back.name(), "Max");
  assert.equal(back.describe(), "Max the Labrador");
  back.free();
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
});

test("a disposal from inside a parent's method waits for its end", { skip }, () => {
  const before = drops();
  const dog = new Dog("Rex", "Labrador");
  assert.equal(
    dog.withName(() => {
      dog.free();
      assert.equal(dog.disposed, true);
      // The dog's own value went at once, its parent part is still borrowed.
      assert.deepEqual(drops(), [before[0], before[1] + 1]);
    }),
    "Rex",
  );
  assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
  throwsDisposed(() => dog.name(), "Animal", "disposed");
});

test("the counters count the child once, the parent part never", { skip }, () => {
  const [dog0, animal0] = [counts("Dog"), counts("Animal")];
  const events = [];
  const off = debugDispose((e) => events.push(`${e.class}:${e.reason}`));
  const a = new Dog("A", "a");
  const b = new Dog("B", "b");
  a.free();
  a.free();
  adoptDog(b);
  off();
  const [dog1, animal1] = [counts("Dog"), counts("Animal")];
  assert.deepEqual(events, ["Dog:dispose", "Dog:move"]);
  assert.equal(dog1.created - dog0.created, 2);
  assert.equal(dog1.disposed - dog0.disposed, 1);
  assert.equal(dog1.moved - dog0.moved, 1);
  assert.equal(dog1.live, dog0.live);
  assert.deepEqual(animal1, animal0);
});

test("free() of the parent's class on a child is refused, as wasm-bindgen refuses it", { skip }, () => {
  const dog = new Dog("Rex", "Labrador");
  assert.throws(() => Animal.prototype.free.call(dog), {
    name: "TypeError",
    message: "Animal: free cannot be invoked through subclass prototype dispatch",
  });
  assert.throws(() => Animal.prototype[Symbol.dispose].call(dog), TypeError);
  assert.equal(dog.name(), "Rex");
  dog.free();
});

const forceGc = globalThis.gc ?? (globalThis.Bun ? () => globalThis.Bun.gc(true) : undefined);

test(
  "a child never disposed is finalized: one leak, the chain dropped once",
  { skip: skip || (forceGc ? false : "needs a forced garbage collection (--expose-gc)") },
  async () => {
    const before = drops();
    const leaked = counts("Dog").leaked;
    (() => {
      new Dog("Lost", "Mutt").rename("Found");
    })();
    for (let round = 0; round < 50 && counts("Dog").leaked === leaked; round++) {
      forceGc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(counts("Dog").leaked, leaked + 1);
    assert.equal(counts("Animal").leaked ?? 0, 0);
    assert.deepEqual(drops(), [before[0] + 1, before[1] + 1]);
  },
);
