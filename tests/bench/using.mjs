// The `using` loop of bench.mjs, in a module of its own: where the runtime
// lacks the syntax, only this import fails and its row says n/a.
export function createUsing(C, len, count) {
  for (let i = 0; i < count; i++) {
    using o = new C(len);
  }
}
