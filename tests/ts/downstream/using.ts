// `using` and `await using` in the user's own code: TypeScript 5.2 and
// later, with any `lib` (the package declares what they need).
import { Body, BodyKind, Snapshot, Vec2, World } from "./pkg.js";

export function step(): number {
  using world = new World(-9.8);
  using v = new Vec2(3, 4);
  using body = new Body(1, BodyKind.Static);
  body.position = v;
  return world.count + v.length() + body.mass;
}

export async function record(): Promise<number> {
  await using snapshot = new Snapshot();
  return snapshot.record();
}
