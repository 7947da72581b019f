// A TypeScript user of the fixture package. Every line must type-check under
// --strict; every `@ts-expect-error` must be an error.
import {
  Animal,
  Dog,
  adoptDog,
  animalName,
  Blob,
  Channel,
  Counter,
  DisposedError,
  RenamedThing,
  consumeCounter,
  makeCounter,
  makeCounters,
  maybeConsume,
  maybeMake,
  peekCounter,
  using,
  usingAsync,
  assertNoLeaks,
  captureAllocationSites,
  debugDispose,
  disposableStats,
  leakReport,
  type DisposableClassStats,
  type DisposeEvent,
  type DisposeReason,
  type LeakRecord,
} from "../../target/wasm-dispose/pkg/fixture/fixture.js";

function sync(): number {
  using counter = new Counter(1);
  using blob = new Blob(1024);
  using thing = new RenamedThing(7);
  const n: number = counter.increment() + blob.len + thing.id;
  const dead: boolean = counter.disposed;
  return dead ? 0 : n;
}

// Classes are Disposable, so they go wherever a Disposable goes.
const asDisposable: Disposable = new Counter(1);
const stack = new DisposableStack();
const used: Counter = stack.use(new Counter(2));
stack.dispose();
const disposeFn: () => void = used[Symbol.dispose];

// Arguments and returns are typed as the class.
const made: Counter = makeCounter(1);
const many: Counter[] = makeCounters(2);
const maybe: Counter | undefined = maybeMake(1);
peekCounter(made);
maybeConsume(undefined);
maybeConsume(null);
const moved: number = consumeCounter(made);

try {
  made.increment();
} catch (e) {
  if (e instanceof DisposedError) {
    const name: "DisposedError" = e.name;
    const cls: string = e.className;
    const why: "disposed" | "moved" = e.reason;
    void [name, cls, why];
  }
}

// @ts-expect-error `disposed` is read-only.
made.disposed = true;
// @ts-expect-error DisposedError is not constructed by users.
new DisposedError();
// @ts-expect-error wrong class as argument.
peekCounter(new Blob(1));
// @ts-expect-error `using` needs a Disposable.
{ using notDisposable = { close() {} }; }

// The shims return what the body returns, typed.
const viaShim: number = using(new Counter(1), (c) => c.increment());
const viaShimNull: string = using(null, () => "no resource");
const viaAsyncShim: Promise<number> = usingAsync(new Counter(1), async (c) => c.increment());
const anyDisposable: boolean = using({ [Symbol.dispose]() {} }, () => true);
const anyAsyncDisposable: Promise<void> = usingAsync({ async [Symbol.asyncDispose]() {} }, () => {});
// @ts-expect-error `using` needs a Disposable.
using({ close() {} }, () => 1);
// @ts-expect-error the body receives the resource's own type.
using(new Counter(1), (c: Blob) => c.len);
// @ts-expect-error `using` returns the body's type, not a Promise.
const wrong: Promise<number> = using(new Counter(1), (c) => c.increment());

void [viaShim, viaShimNull, viaAsyncShim, anyDisposable, anyAsyncDisposable, wrong];
void [sync, asDisposable, disposeFn, many, maybe, moved];

// Async classes are AsyncDisposable, with a Promise (not only PromiseLike).
async function asyncClass(): Promise<number> {
  await using ch = new Channel(async (batch: string[]) => batch.length);
  const queued: number = ch.send("x");
  const later: Promise<number> = ch.countAfter(Promise.resolve());
  const asAsync: AsyncDisposable = ch;
  const closing: Promise<void> = ch[Symbol.asyncDispose]();
  const stackA = new AsyncDisposableStack();
  stackA.use(new Channel(() => undefined));
  await stackA.disposeAsync();
  void [queued, later, asAsync, closing];
  return queued;
}
// @ts-expect-error a sync class is not AsyncDisposable-only: no asyncDispose method.
new Counter(1)[Symbol.asyncDispose]();

// Visibility.
const stats: Record<string, DisposableClassStats> = disposableStats();
const live: number | undefined = stats["Counter"]?.live;
// A JavaScript resource owned by Rust (JsDisposable): its failed disposals.
const failed: number | undefined = stats["js:FileHandle"]?.failed;
const off: () => void = debugDispose((event: DisposeEvent) => {
  const reason: DisposeReason = event.reason;
  const cls: string = event.class;
  const error: unknown = event.error;
  void [reason, cls, error, failed];
});
off();
// @ts-expect-error reasons are a closed set.
const badReason: DisposeReason = "gc";
const leaks: LeakRecord[] = leakReport();
const site: string | undefined = leaks[0]?.site;
captureAllocationSites(false);
const nothing: void = assertNoLeaks();
void [asyncClass, live, badReason, site, nothing];

// A class that extends another: a Dog is an Animal and Disposable, and
// `using` takes it; the parent's methods are its own.
function extending(): string {
  using dog = new Dog("Rex", "Labrador");
  const animal: Animal = dog;
  const disposable: Disposable = animal;
  const dead: boolean = dog.disposed;
  void [disposable, dead];
  // @ts-expect-error an Animal is not a Dog.
  const notDog: Dog = new Animal("Felix");
  void notDog;
  return `${dog.name()} ${dog.breed()} ${animalName(dog)} ${adoptDog(new Dog("Ace", "Beagle"))}`;
}
void extending;
