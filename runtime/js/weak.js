// The JavaScript half of `WeakHostRef`, `HostTable` and `on_collected`.
//
// The constructors are captured when the package loads, so a runtime without
// them (or a script that deletes them first) gets the documented fallback for
// the whole life of the package instead of a mix of weak and strong entries.
const WeakRefCtor = typeof globalThis.WeakRef === "function" ? globalThis.WeakRef : undefined;
const RegistryCtor =
  typeof globalThis.FinalizationRegistry === "function" ? globalThis.FinalizationRegistry : undefined;

export function weak_refs_supported() {
  return WeakRefCtor !== undefined;
}

export function finalization_supported() {
  return RegistryCtor !== undefined;
}

// WeakRef and FinalizationRegistry accept objects and functions only;
// primitives are values, there is nothing to collect.
function collectable(value) {
  return value !== null && (typeof value === "object" || typeof value === "function");
}

/** A WeakRef to `target`, or undefined when it cannot be held weakly. */
export function weak_ref_new(target) {
  return WeakRefCtor !== undefined && collectable(target) ? new WeakRefCtor(target) : undefined;
}

export function weak_ref_deref(ref) {
  return ref.deref();
}

export function weak_ref_alive(ref) {
  return ref.deref() !== undefined;
}

// One registry for the package; the held value is the callback itself, so
// nothing here keeps the target alive.
let registry;

/** Calls `callback` (once) after `target` was collected. False when it cannot. */
export function on_collected(target, callback) {
  if (RegistryCtor === undefined || !collectable(target)) return false;
  registry ??= new RegistryCtor((cb) => cb());
  registry.register(target, callback);
  return true;
}
