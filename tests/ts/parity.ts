// A TypeScript user of the parity package: every class of the parity table
// is Disposable under --strict, its members typed as plain #[wasm_bindgen]
// types them; `@ts-expect-error` lines must be errors.
import { AsyncPair, Fallible, Fields, Img, Inspect, Labels, Methods, OwnString, Pair, geo, makeHidden } from "../../target/wasm-dispose/pkg/parity/parity.js";

export async function parity(): Promise<number> {
  using img = new Img(2);
  using inspect = new Inspect(1, 2);
  using own = new OwnString(1);
  using labels = new Labels("a");
  using point = new geo.Point(1);
  using pair = new Pair(1, 2);
  using fields = new Fields();
  using methods = new Methods(1);
  using fallible = new Fallible(1);
  using hidden = makeHidden(1);
  await using asyncPair = new AsyncPair("a", 1);

  const json: Object = inspect.toJSON();
  const text: string = own.toString() + labels.name + labels.tags.join();
  const one: 1 | 2 = methods.one_or_two();
  const prim: any = methods[Symbol.toPrimitive]("number");
  const later: Promise<number> = methods.later(1);
  const gone: boolean = img.disposed && point.disposed && hidden.disposed && asyncPair.disposed;
  // @ts-expect-error readonly field
  fields.fixed = 1;
  // @ts-expect-error cfg_attr(wasm32, readonly)
  fields.cfg_fixed = 1;
  // @ts-expect-error skip_typescript field
  fields.untyped;
  // @ts-expect-error a declared property is not writable
  img.disposed = true;
  void json, text, one, prim, gone;
  return (await later) + img.area() + pair[0] + pair[1] + fields.mod + fallible.n + methods.add(1) + methods.ignore(1, 2);
}
