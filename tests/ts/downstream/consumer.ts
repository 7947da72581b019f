// A downstream user of tests/library's package, as TypeScript 4.8 can read
// it (no `using`): every class is Disposable, the async one AsyncDisposable,
// and the library's own section names the classes. `tests/ts/matrix.mjs`
// copies the package's .d.ts here as pkg.d.ts for each configuration.
import {
  Body,
  BodyHandle,
  BodyKind,
  BodyLike,
  Circle,
  DisposedError,
  Positioned,
  Rect,
  Snapshot,
  Units,
  Vec2,
  World,
  defaultUnits,
  kindOf,
  lengthOf,
  massOf,
  version,
} from "./pkg.js";

export function simulate(): number {
  const world = new World(-9.8);
  const body = new Body(2, BodyKind.Dynamic);
  body.position = new Vec2(1, 2);
  const kind: BodyKind = kindOf(body);
  const handle: BodyHandle = world.add(body);
  world.step(1 / 60);
  const copy: Body | undefined = world.get(handle);
  const units: Units = defaultUnits();
  const positioned: Positioned = { position: new Vec2(0, 0) };
  const like: BodyLike = { mass: 1 };
  const rect = new Rect(0, 0, 2, 3);
  const inside: boolean = rect.containsPoint(rect.center());
  const all: Body[] = world.bodies();
  const mass = copy ? massOf(copy) : 0;

  const resources: Disposable[] = [world, rect, handle, new Circle(1), positioned.position];
  for (const r of resources) r[Symbol.dispose]();
  const snapshot: AsyncDisposable = new Snapshot();
  const done: PromiseLike<void> = snapshot[Symbol.asyncDispose]();
  const gone: boolean = rect.disposed;
  // @ts-expect-error `disposed` is read-only
  rect.disposed = true;
  // @ts-expect-error a string is not a Vec2
  lengthOf("1, 2");

  void done, units, like, inside, gone, kind;
  return mass + all.length + rect.area + handle.index + version().length;
}

export function isDisposed(e: unknown): boolean {
  return e instanceof DisposedError && e.reason === "disposed";
}
