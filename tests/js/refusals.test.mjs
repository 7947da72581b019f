// A refused call leaves nothing behind: every way a value crosses the
// boundary (tests/fixture/crossings.rs), called on a disposed object, on one
// Rust is borrowing, and with a disposed argument. Each refusal is thrown as
// the contract says, and the shadow stack pointer (read by `stackProbe()`)
// is where it was: a refusal thrown from inside WebAssembly skips the
// epilogue of every frame it leaves, so a method that kept a frame in linear
// memory would move it down for good, and after about a megabyte every call
// into the instance fails. The getters and setters also run 100,000
// refusals each, dead and borrowed (issue 23), and the instance must work
// afterwards: those loops run on Node 24 (at both ends of the wasm-bindgen
// range), the exact stack checks in every runtime.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const { Crossing, Peer, Checked, DisposedError, stackProbe } = await load("fixture");

const isDisposed = (e) => e instanceof DisposedError && e.name === "DisposedError" && e.reason === "disposed";
const isBorrowed = (e) => e instanceof Error && /in use by Rust/.test(e.message);

// Every method and property, with `p` a Peer to pass where one is taken.
const methods = {
  byRef: (x, p) => x.byRef(p),
  byMut: (x, p) => x.byMut(p),
  byValue: (x, p) => x.byValue(p),
  byOption: (x, p) => x.byOption(p),
  byVec: (x, p) => x.byVec([p]),
  byAlias: (x) => x.byAlias(1.5),
  byStr: (x) => x.byStr("some text"),
  byString: (x) => x.byString("some text"),
  byMaybe: (x) => x.byMaybe(1.5),
  byBytes: (x) => x.byBytes(new Uint8Array(8)),
  bySlice: (x) => x.bySlice(new Uint8Array(8)),
  byMutSlice: (x) => x.byMutSlice(new Uint8Array(8)),
  byJsRef: (x) => x.byJsRef({ a: 1 }),
  byJs: (x) => x.byJs({ a: 1 }),
  byBig: (x) => x.byBig(5n),
  byPeerAndString: (x, p) => x.byPeerAndString(p, "s", 1),
  retPeer: (x) => x.retPeer(),
  retOption: (x) => x.retOption(),
  retVec: (x) => x.retVec(),
  retString: (x) => x.retString(),
  retBig: (x) => x.retBig(),
  retResult: (x) => x.retResult(),
  retAlias: (x) => x.retAlias(false),
  retAliasString: (x) => x.retAliasString(),
  retAliasPeer: (x) => x.retAliasPeer(false),
  hold: (x) => x.hold(() => {}),
  intoN: (x) => x.intoN(),
};
const values = { n: 2, flag: false, id: 3, big: 4n, maybe: 5, label: "six", bytes: new Uint8Array([7]), value: { eight: 8 } };
const getters = Object.fromEntries([...Object.keys(values), "peer"].map((k) => [`get ${k}`, (x) => x[k]]));
const setters = Object.fromEntries(Object.entries(values).map(([k, v]) => [`set ${k}`, (x) => (x[k] = v)]));
// A Peer set is moved into Rust: a fresh one each time.
setters["set peer"] = (x) => (x.peer = new Peer(9));
const all = { ...methods, ...getters, ...setters };
const takesPeer = ["byRef", "byMut", "byValue", "byOption", "byVec", "byPeerAndString"];
// About 7 µs a refusal (a `DisposedError` with its stack): the 100,000-loops
// take half a minute, so once per wasm-bindgen version is enough.
const long = typeof Deno === "undefined" && typeof Bun === "undefined" && Number(process.versions.node.split(".")[0]) >= 24;

/** Calls `call` `times` times, each refused as `is` says; the stack pointer must not move. */
function refuse(name, times, call, is) {
  const before = stackProbe();
  for (let i = 0; i < times; i++) {
    let error;
    try {
      call();
    } catch (e) {
      error = e;
    }
    if (!error || !is(error)) assert.fail(`${name}: refusal ${i + 1} threw ${error?.stack ?? "nothing"}`);
  }
  assert.equal(stackProbe(), before, `${name}: ${times} refusals moved the shadow stack pointer`);
}

function stillWorks() {
  const x = new Crossing();
  const p = new Peer(2);
  assert.equal(x.byRef(p), 2);
  assert.equal(x.byString("abc"), 3);
  assert.equal(x.byMaybe(2.5), 2.5);
  assert.equal(x.byMaybe(undefined), -1);
  assert.equal(x.byBytes(new Uint8Array(3)), 3);
  assert.equal(x.byPeerAndString(p, "ab", 1), 5);
  assert.equal(x.retPeer().n, 8);
  // A `Result` behind an alias: its value, or its error thrown.
  assert.equal(x.retAlias(false), x.n);
  assert.throws(() => x.retAlias(true), (e) => e === "asked to fail");
  assert.equal(x.retAliasPeer(false).n, 8);
  assert.throws(() => x.retAliasPeer(true), (e) => e instanceof Error && e.message === "no peer");
  x.label = "ok";
  assert.equal(x.label, "ok");
  assert.equal(x.retAliasString(), "ok");
  assert.equal(x.byValue(p), 2);
  assert.equal(p.disposed, true);
  x.free();
}

test("every call on a disposed object is refused with DisposedError and leaves no frame", () => {
  const x = new Crossing();
  x.free();
  const p = new Peer(1);
  for (const [name, call] of Object.entries(all)) refuse(name, 1000, () => call(x, p), isDisposed);
  assert.equal(p.disposed, false, "a refused call takes no argument");
  assert.equal(p.n, 1);
  p.free();
  stillWorks();
});

test("every call on an object Rust borrows is refused and leaves no frame", () => {
  const x = new Crossing();
  const p = new Peer(1);
  let ran = false;
  x.holdMut(() => {
    for (const [name, call] of Object.entries(all)) refuse(name, 1000, () => call(x, p), isBorrowed);
    ran = true;
  });
  assert.ok(ran);
  assert.equal(p.disposed, false);
  assert.equal(x.n, 1, "the object is usable once the borrow ends");
  x.free();
  p.free();
  stillWorks();
});

test("every call with a disposed argument is refused with DisposedError and leaves no frame", () => {
  const x = new Crossing();
  const dead = new Peer(1);
  dead.free();
  for (const name of takesPeer) refuse(name, 1000, () => methods[name](x, dead), isDisposed);
  refuse("set peer", 1000, () => (x.peer = dead), isDisposed);
  assert.equal(x.peer.n, 8, "nothing was set");
  x.free();
  stillWorks();
});

test("every getter and setter passes 100,000 refusals on a dead object and 100,000 on a borrowed one", { skip: !long && "Node 24 only" }, () => {
  const dead = new Crossing();
  dead.free();
  for (const [name, call] of Object.entries({ ...getters, ...setters })) {
    refuse(name, 100_000, () => call(dead), isDisposed);
  }
  const held = new Crossing();
  held.holdMut(() => {
    for (const [name, call] of Object.entries({ ...getters, ...setters })) {
      refuse(name, 100_000, () => call(held), isBorrowed);
    }
  });
  held.free();
  stillWorks();
});

test("100,000 refusals across every method, dead and borrowed, leave the instance whole", { skip: !long && "Node 24 only" }, () => {
  const names = Object.keys(methods);
  const dead = new Crossing();
  dead.free();
  const p = new Peer(1);
  const before = stackProbe();
  for (let i = 0; i < 100_000; i++) {
    assert.throws(() => methods[names[i % names.length]](dead, p), isDisposed);
  }
  const held = new Crossing();
  held.holdMut(() => {
    for (let i = 0; i < 100_000; i++) {
      assert.throws(() => methods[names[i % names.length]](held, p), isBorrowed);
    }
  });
  assert.equal(stackProbe(), before);
  held.free();
  p.free();
  stillWorks();
});

test("a Result behind an alias: a constructor's Err is thrown, its Ok is the object", () => {
  // `type JsResult<T> = Result<T, JsValue>`, as loro writes its returns.
  assert.throws(() => new Checked(-1), (e) => e === "negative");
  const c = new Checked(3);
  assert.equal(c.n, 3);
  c.free();
  assert.equal(c.disposed, true);
  const before = stackProbe();
  for (let i = 0; i < 1000; i++) assert.throws(() => new Checked(-1));
  assert.equal(stackProbe(), before, "an Err leaves no frame");
});

