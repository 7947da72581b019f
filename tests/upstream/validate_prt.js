// wasm-bindgen's tests/wasm/validate_prt.js (commit 7efa2e0fd289), run with
// #[disposable] (see src/validate_prt.rs); the one change is marked
// `wasm-dispose:`.
const wasm = require('wasm-bindgen-test.js');
const assert = require('assert');

// NB: `wasm-pack` uses the presence of checks for moved values as a way to test
// whether it is correctly enabling `--debug` when configured to do so, so don't
// change this expected debug output without also updating `wasm-pack`'s tests.
// wasm-dispose: a moved object throws `DisposedError` saying it was moved,
// with the CLI's `--debug` glue or without ("Attempt to use a moved value" /
// "null pointer passed to rust" with plain wasm-bindgen). (Passed to the plain
// `#[wasm_bindgen] fn eat`, it is wasm-bindgen's conversion that throws, an
// `Error` that is `instanceof DisposedError`: see the README's Limits.)
const assertMovedPtrThrows = f => assert.throws(f, e => e instanceof wasm.DisposedError && / was moved into Rust/.test(e.message));

const useMoved = () => {
    const apple = new wasm.Fruit('apple');
    apple.name();
    wasm.eat(apple);
    assertMovedPtrThrows(() => apple.name());
};

const moveMoved = () => {
    const pear = new wasm.Fruit('pear');
    pear.name();
    wasm.eat(pear);
    assertMovedPtrThrows(() => wasm.eat(pear));
};

const methodMoved = () => {
    const quince = new wasm.Fruit('quince');
    quince.name();
    quince.rot();
    assertMovedPtrThrows(() => quince.rot());
};

exports.js_works = () => {
    useMoved();
    moveMoved();
    methodMoved();

    const a = new wasm.Fruit('a');
    a.prop;
    assertMovedPtrThrows(() => a.prop);
    const b = new wasm.Fruit('a');
    b.prop = 3;
    assertMovedPtrThrows(() => { b.prop = 4; });
};
