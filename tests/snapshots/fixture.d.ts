/* tslint:disable */
/* eslint-disable */
/**
 * Awaits `body(resource)` and then disposes `resource` with
 * `[Symbol.asyncDispose]()` (or `[Symbol.dispose]()`), in a `finally`: the
 * `await using` declaration for runtimes and compilers without it.
 */
export function usingAsync<R extends AsyncDisposable | Disposable | null | undefined, T>(
resource: R,
body: (resource: R) => T | PromiseLike<T>,
): Promise<T>;


/**
 * Runs `body(resource)` and disposes `resource` in a `finally`: the
 * `using` declaration for runtimes and compilers without it. When both the
 * body and the disposal throw, a `SuppressedError` carries both (`error`:
 * the disposal's, `suppressed`: the body's). `null` and `undefined` are
 * accepted and not disposed.
 */
export function using<R extends Disposable | null | undefined, T>(
resource: R,
body: (resource: R) => T,
): T;


/**
 * Switches allocation-site capture for disposable objects created from now
 * on. On by default in packages built with the `leak-sites` feature of
 * wasm-dispose; `true` throws in packages built without it.
 */
export function captureAllocationSites(on: boolean): void;


/**
 * Thrown when an object made by `#[disposable]` is used after it was
 * disposed (`using`, `free()`, `[Symbol.dispose]()`) or moved into Rust
 * (passed by value).
 */
export class DisposedError extends Error {
    private constructor();
    readonly name: "DisposedError";
    /** The class of the object that was used. */
    readonly className: string;
    /** `"disposed"` after disposal, `"moved"` after a move into Rust. */
    readonly reason: "disposed" | "moved";
}

// Explicit Resource Management's declarations, which the classes' `Disposable`
// and `[Symbol.dispose]` need: here once per package, for any `lib` from es6
// and TypeScript from 4.8; identical to TypeScript's own (lib esnext, 5.2+)
// and @types/node's, with which they merge.
declare global {
    interface SymbolConstructor {
        readonly dispose: unique symbol;
        readonly asyncDispose: unique symbol;
    }
    interface Disposable {
        [Symbol.dispose](): void;
    }
    interface AsyncDisposable {
        [Symbol.asyncDispose](): PromiseLike<void>;
    }
}


/**
 * Throws an `Error` listing every live disposable object by class, with its
 * allocation site where captured; returns quietly when nothing is live.
 */
export function assertNoLeaks(): void;


/** An object that was garbage-collected without having been disposed. */
export interface LeakRecord {
    readonly class: string;
    /** The JavaScript stack where it was created, when allocation sites were captured. */
    readonly site: string | undefined;
}

/** Every disposable object finalized without disposal so far (the first 1000). */
export function leakReport(): LeakRecord[];


/** One class's counters; `live = created - disposed - moved - leaked`. */
export interface DisposableClassStats {
    /** Instances that reached JavaScript. */
    readonly created: number;
    /** Released by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`. */
    readonly disposed: number;
    /** Passed by value into Rust. */
    readonly moved: number;
    /** Garbage-collected without having been disposed. */
    readonly leaked: number;
    /** Alive and not disposed. */
    readonly live: number;
    /**
     * Only for JavaScript resources owned by Rust (`JsDisposable`), listed as
     * `"js:<class>"`: of `disposed`, those whose disposal threw or rejected.
     */
    readonly failed?: number;
}

/**
 * The counters of every disposable class that has had an instance, by
 * class name. Empty when the package was built without the `stats` feature
 * of wasm-dispose.
 */
export function disposableStats(): Record<string, DisposableClassStats>;


/** Why an object was released. */
export type DisposeReason = "dispose" | "asyncDispose" | "move" | "finalize" | "trap";

/** What `debugDispose` listeners receive. */
export interface DisposeEvent {
    /** The class name; `"js:<class>"` for a JavaScript resource owned by Rust. */
    readonly class: string;
    readonly reason: DisposeReason;
    /** What the disposal of a JavaScript resource owned by Rust threw or rejected with. */
    readonly error?: unknown;
}

/**
 * Calls `listener` on every disposal, move and finalization of a disposable
 * object, and returns the function that unsubscribes it. A listener that
 * throws is reported on the console and does not stop the disposal.
 */
export function debugDispose(listener: (event: DisposeEvent) => void): () => void;


export interface Animal extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Blob extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Channel extends Disposable, AsyncDisposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
    /** Runs the async cleanup; settles when it has finished, rejects with its error. */
    [Symbol.asyncDispose](): Promise<void>;
}


export interface Checked extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Counter extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Crossing extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Dog extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface GlueProbe extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface Peer extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}


export interface RenamedThing extends Disposable {
    /**
     * Drops the Rust value now: its `Drop` runs and the memory it owned is
     * back in the allocator (at the end of a Rust borrow in progress, if any).
     * A second call, or a call after the object was moved into Rust, does
     * nothing. Later uses throw `DisposedError`.
     */
    free(): void;
    /** The same as `free()`: what `using` calls at the end of its block. */
    [Symbol.dispose](): void;
}



/**
 * The parent class.
 */
export class Animal {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Inherited by `Dog`.
     */
    name(): string;
    constructor(name: string);
    /**
     * Inherited, and mutable.
     */
    rename(name: string): void;
    /**
     * Calls `f` while this animal is borrowed: a callback may dispose it.
     */
    withName(f: Function): string;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
}

/**
 * Owns a sizeable buffer, for the memory tests.
 */
export class Blob {
    free(): void;
    [Symbol.dispose](): void;
    constructor(len: number);
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
    readonly len: number;
}

/**
 * Buffers messages and delivers them to a JavaScript sink on disposal; the
 * sink returns a promise that the async cleanup awaits.
 */
export class Channel {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Awaits `gate` while holding a shared borrow, then reads the queue.
     */
    countAfter(gate: Promise<any>): Promise<number>;
    /**
     * A channel whose cleanup rejects with `message` after delivering.
     */
    static failing(sink: Function, message: string): Channel;
    constructor(sink: Function);
    /**
     * Awaits `gate` while holding the exclusive borrow, then queues `message`.
     */
    sendAfter(gate: Promise<any>, message: string): Promise<number>;
    send(message: string): number;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
    readonly queued: number;
}

/**
 * A class whose constructor returns a `Result` behind an alias.
 */
export class Checked {
    free(): void;
    [Symbol.dispose](): void;
    constructor(n: number);
    n: number;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
}

/**
 * A counter; counts its own drops.
 */
export class Counter {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Takes another counter by value: it is `moved` afterwards.
     */
    absorb(other: Counter): number;
    /**
     * Adds another counter's value (borrowed).
     */
    add(other: Counter): number;
    /**
     * Fails for negative values.
     */
    checked(limit: number): number;
    /**
     * Returns a new counter.
     */
    cloneCounter(): Counter;
    /**
     * Panics while the counter is borrowed: a trap, with `panic = "abort"`.
     */
    explode(): void;
    feed(bytes: Uint8Array | number[]): number;
    /**
     * Consumes the counter: it is `moved` afterwards.
     */
    finish(): number;
    increment(): number;
    /**
     * Arguments that own memory in wasm until Rust releases them: a refused
     * call must still release them.
     */
    label(text: string): number;
    /**
     * Makes a counter starting at `value`.
     */
    constructor(value: number);
    rename(name: string): string;
    /**
     * Calls back into JavaScript while the counter is borrowed.
     */
    visit(callback: any): number;
    /**
     * A static factory.
     */
    static withStep(value: number, step: number): Counter;
    /**
     * A public field becomes a property, as with `#[wasm_bindgen]`.
     */
    step: number;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
    name: string;
    value: number;
}

/**
 * A field of every type the parity suite has, and a method for every kind
 * of argument and return.
 */
export class Crossing {
    free(): void;
    [Symbol.dispose](): void;
    byAlias(h: number): number;
    byBig(v: bigint): number;
    byBytes(b: Uint8Array | number[]): number;
    byJsRef(v: any): number;
    byJs(v: any): number;
    byMaybe(n?: number | null): number;
    byMutSlice(b: Uint8Array): number;
    byMut(p: Peer): number;
    byOption(p?: Peer | null): number;
    byPeerAndString(p: Peer, s: string, h: number): number;
    byRef(p: Peer): number;
    bySlice(b: Uint8Array | number[]): number;
    byStr(s: string): number;
    byString(s: string): number;
    byValue(p: Peer): number;
    byVec(ps: Peer[]): number;
    /**
     * Calls `f` while holding the exclusive borrow.
     */
    holdMut(f: Function): void;
    /**
     * Calls `f` while holding a shared borrow: inside, the object can be
     * read but not changed, moved or freed.
     */
    hold(f: Function): void;
    intoN(): number;
    constructor();
    retAliasPeer(fail: boolean): Peer;
    retAliasString(): string;
    /**
     * A `Result` behind an alias, of a number, of a string, of a class.
     */
    retAlias(fail: boolean): number;
    retBig(): bigint;
    retOption(): Peer | undefined;
    retPeer(): Peer;
    retResult(): Peer;
    retString(): string;
    retVec(): Peer[];
    big: bigint;
    get bytes(): Uint8Array;
    set bytes(value: Uint8Array | number[]);
    flag: boolean;
    id: number;
    label: string;
    get maybe(): number | undefined;
    set maybe(value: number | null | undefined);
    n: number;
    peer: Peer;
    value: any;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
}

/**
 * A dog is an animal.
 */
export class Dog extends Animal {
    free(): void;
    [Symbol.dispose](): void;
    breed(): string;
    /**
     * Reads the parent part from Rust.
     */
    describe(): string;
    constructor(name: string, breed: string);
    /**
     * Writes the parent part from Rust.
     */
    renameFromRust(name: string): void;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
}

/**
 * Made only by `tests/js/glue.test.mjs`, which breaks its glue before its
 * first object (Bun runs every suite in one instance).
 */
export class GlueProbe {
    free(): void;
    [Symbol.dispose](): void;
    constructor(id: number);
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
    readonly id: number;
}

/**
 * The other class: passed in every way.
 */
export class Peer {
    free(): void;
    [Symbol.dispose](): void;
    constructor(n: number);
    n: number;
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
}

/**
 * A stock wasm-bindgen class of the same shape as `Peer`: what the memory
 * suites compare against.
 */
export class PlainPeer {
    free(): void;
    [Symbol.dispose](): void;
    constructor(n: number);
    n: number;
}

/**
 * Renamed class, to check `js_name`.
 */
export class RenamedThing {
    free(): void;
    [Symbol.dispose](): void;
    constructor(id: number);
    /**
     * `true` once the object was disposed or moved into Rust.
     */
    readonly disposed: boolean;
    readonly id: number;
}

/**
 * Takes the dog into Rust and gives back its description.
 */
export function adoptDog(dog: Dog): string;

/**
 * Borrows any animal, a dog too.
 */
export function animalName(animal: Animal): string;

export function bumpCounter(counter: Counter): number;

/**
 * A `&mut Counter` argument of an async function, held across an `await`.
 */
export function bumpLater(counter: Counter, gate: Promise<any>): Promise<number>;

/**
 * How many `Channel` values Rust has dropped so far.
 */
export function channelDropCount(): number;

export function consumeCounter(counter: Counter): number;

/**
 * How many `Counter` and `Blob` values Rust has dropped so far.
 */
export function dropCount(): number;

/**
 * `[animals, dogs]` dropped so far.
 */
export function extendsDrops(): Uint32Array;

/**
 * Keeps the dog in Rust: its object is `moved`, its value alive.
 */
export function kennelDog(dog: Dog): void;

/**
 * Reads the kept dog's parent part from Rust, and renames it.
 */
export function kennelRename(name: string): string;

export function makeCounter(value: number): Counter;

export function makeCounters(n: number): Counter[];

/**
 * A Rust closure that takes a Counter by value, handed to JavaScript.
 */
export function makeTaker(): any;

export function maybeConsume(counter?: Counter | null): number;

export function maybeMake(value: number): Counter | undefined;

/**
 * Moves `src` into `dst`.
 */
export function mergeInto(dst: Counter, src: Counter): number;

/**
 * Takes the dog into Rust and gives it back: a new object, whose parent
 * part is JavaScript's again.
 */
export function passDog(dog: Dog): Dog;

export function peekCounter(counter: Counter): number;

/**
 * A `&Counter` argument of an async function, held across an `await`.
 */
export function peekLater(counter: Counter, gate: Promise<any>): Promise<number>;

/**
 * A plain `#[wasm_bindgen]` function taking a class by value, then by
 * mutable reference: wasm-bindgen converts the arguments in order.
 */
export function plainMergeInto(src: Counter, dst: Counter): number;

/**
 * The same as `peekCounter`, with plain `#[wasm_bindgen]`.
 */
export function plainPeek(counter: Counter): number;

export function plainSumAll(counters: Counter[]): number;

/**
 * How many leak records Rust holds, and the classes of the last one.
 */
export function rustLeakClasses(): string[];

/**
 * `wasm_dispose::check_no_leaks()` as text: `None` when nothing is live.
 */
export function rustLiveReport(): string | undefined;

/**
 * `[created, disposed, moved, leaked, live]` of `class`, read in Rust.
 */
export function rustStats(_class: string): Float64Array;

/**
 * Hands a new Counter to `globalThis.__wdReceiveCounter`.
 */
export function sendCounter(value: number): void;

/**
 * The address of a local in a frame of its own: where the shadow stack
 * pointer is, give or take a constant. A refusal that left a frame behind
 * moves it down.
 */
export function stackProbe(): number;

/**
 * Takes every counter (they are `moved` afterwards).
 */
export function sumAll(counters: Counter[]): number;

export function sumBoxed(counters: Counter[]): number;

export function sumPair(a: Counter, b: Counter): number;

/**
 * Two lists and a borrow: every argument is checked before either list is
 * taken, and the lists are taken one after the other.
 */
export function sumTwoLists(a: Counter[], b: Counter[], c: Counter): number;

/**
 * A value, then two lists and a borrow.
 */
export function sumValueAndLists(x: Counter, a: Counter[], b: Counter[], c: Counter): number;

/**
 * `TryFromJsValue`: a Counter moves out of JavaScript; anything else is -1.
 */
export function takeAny(value: any): number;

/**
 * Gives the kept dog back to JavaScript.
 */
export function unkennelDog(): Dog | undefined;

/**
 * The wasm-bindgen version the package is built with: the suites run
 * against the oldest and the newest supported.
 */
export function wasmBindgenVersion(): string;

/**
 * The size of this module's linear memory in bytes, read in Rust, so that
 * pages built for bundlers (where the glue does not expose `memory`) can
 * measure growth too.
 */
export function wasmMemoryBytes(): number;

