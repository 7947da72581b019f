// A consumer whose compiler knows nothing of Explicit Resource Management:
// lib ES2022 and DOM only, no @types, skipLibCheck off. The package's .d.ts
// brings the declarations it needs (a `declare global` block), so `using`
// works too. tests/ts/matrix.mjs does the same for TypeScript 4.8 to 7 and
// `lib` es6 to esnext.
import { Channel, Counter, DisposedError, using } from "../../target/wasm-dispose/pkg/fixture/fixture.js";

export function count(): number {
  using c = new Counter(1);
  return c.increment();
}

export async function send(): Promise<void> {
  await using ch = new Channel(() => undefined);
  ch.send("hello");
}

export function shim(): number {
  return using(new Counter(2), (c) => c.value);
}

export function isDisposed(e: unknown): boolean {
  return e instanceof DisposedError && e.reason === "disposed";
}

const c: Disposable = new Counter(3);
c[Symbol.dispose]();
