// The browser page of issue 21: the portable checks (../checks.mjs) against
// the package built from tests/resource (wasm-bindgen --target web), plus
// what only a page can show: an unhandled rejection is an event here, so
// the page watches for one while a disposal started by Drop rejects.
// Results go to `window.__results`, which tests/browser/run.mjs reads.
import init, * as p from "./pkg/resource/resource.js";
import { ASYNC_DISPOSE, CheckFailed, checks, eq, recordEvents, same, tick } from "./checks.mjs";

const results = [];
window.__results = { done: false, checks: results };

async function record(name, fn) {
  try {
    const r = await fn();
    if (r?.skip) results.push({ name, status: "skip", detail: r.skip });
    else results.push({ name, status: "pass", detail: r?.note ?? "" });
  } catch (e) {
    const detail = e instanceof CheckFailed ? e.message : `${e?.name}: ${e?.message}\n${e?.stack ?? ""}`;
    results.push({ name, status: "fail", detail });
  }
}

await init();
for (const check of checks) {
  const skip = check.skip?.(p);
  await record(check.name, () => (skip ? { skip } : check.run(p)));
}

await record("a rejection of a disposal started by Drop fires no unhandledrejection (a control rejection does)", async () => {
  const unhandled = [];
  const watch = (e) => {
    unhandled.push(e.reason?.message);
    e.preventDefault(); // the control's: not an error of the page
  };
  window.addEventListener("unhandledrejection", watch);
  const rec = recordEvents(p);
  try {
    const error = new Error("rejected in the background");
    p.dropHeld(p.holdAsync({ [ASYNC_DISPOSE]: () => Promise.reject(error) }));
    Promise.reject(new Error("control"));
    const event = await rec.until((e) => e.error === error);
    eq(event.reason, "asyncDispose", "the rejection reached debugDispose");
    // Bounded: the control's event comes after a task or two.
    for (let i = 0; i < 100 && unhandled.length === 0; i++) await tick();
    same(unhandled, ["control"], "unhandledrejection events");
  } finally {
    rec.off();
    window.removeEventListener("unhandledrejection", watch);
  }
});

window.__results.done = true;
document.title = "done";
