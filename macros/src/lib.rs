//! The `#[disposable]` attribute and the `export_helpers!` macro of
//! [wasm-dispose](https://docs.rs/wasm-dispose).
//!
//! Depend on `wasm-dispose`, not on this crate: it re-exports both
//! ([`wasm_dispose::disposable`], [`wasm_dispose::export_helpers`]), and the
//! generated code reaches wasm-bindgen and the runtime through it.
//!
//! [`wasm_dispose::disposable`]: https://docs.rs/wasm-dispose/latest/wasm_dispose/attr.disposable.html
//! [`wasm_dispose::export_helpers`]: https://docs.rs/wasm-dispose/latest/wasm_dispose/macro.export_helpers.html

#![deny(missing_docs)]
// The crate has no `unsafe` code of its own; these hold it to the runtime's rules
// should it get some.
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

// The modules are layers, each using only modules of the layers above it
// (rustfmt sorts the declarations below, so the order is here; the test
// `tests::the_modules_form_no_cycle` checks that there is no cycle):
//  1. the input: `bindgen` (the user's `#[wasm_bindgen(..)]`), `cfgs` (one
//     configuration per `cfg_attr` predicate), `ast`; its checks, `valid`;
//     the attribute's options, `attr`; what is kept of a mistake, `recover`;
//  2. the questions asked of the input: `query`;
//  3. the tokens: `runtime` (what generated code names), `lints`, `ts`;
//     `forward` (a forwarding method) and `property`; then one module per
//     kind of item: `class` (a struct), `receiver` (an impl block),
//     `function`;
//  4. the entry: `expand`. `helpers` is `export_helpers!`, on its own.
mod ast;
mod attr;
mod bindgen;
mod cfgs;
mod class;
mod expand;
mod forward;
mod function;
mod helpers;
mod lints;
mod property;
mod query;
mod receiver;
mod recover;
mod runtime;
#[cfg(test)]
mod tests;
mod ts;
mod valid;

use proc_macro::TokenStream;

/// Exports a struct, its impl blocks and functions that take it to
/// JavaScript, as with `#[wasm_bindgen]`, and makes the class a disposable
/// resource.
///
/// Write `#[disposable]` where `#[wasm_bindgen]` would go: on the struct, on
/// each of its inherent impl blocks, and (optionally) on free functions that
/// take its objects. Attributes of methods, fields and arguments stay
/// `#[wasm_bindgen(...)]`. Clean-up goes in `impl Drop`.
///
/// ```
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::disposable;
///
/// /// A connection pool; JavaScript disposes it with `using`.
/// #[disposable(js_name = "Pool", inspectable)]
/// pub struct ConnectionPool {
///     /// Connections open now.
///     #[wasm_bindgen(readonly)]
///     pub open: u32,
///     limit: u32,
/// }
///
/// #[disposable(js_class = "Pool")]
/// impl ConnectionPool {
///     #[wasm_bindgen(constructor)]
///     pub fn new(limit: u32) -> Result<ConnectionPool, JsError> {
///         if limit == 0 {
///             return Err(JsError::new("a pool needs room for one connection"));
///         }
///         Ok(ConnectionPool { open: 0, limit })
///     }
///
///     /// Opens a connection; `false` when the pool is full.
///     #[wasm_bindgen(js_name = tryOpen)]
///     pub fn try_open(&mut self) -> bool {
///         let room = self.open < self.limit;
///         self.open += u32::from(room);
///         room
///     }
/// }
///
/// impl Drop for ConnectionPool {
///     fn drop(&mut self) {
///         // Runs on `free()`, `[Symbol.dispose]()` and at the end of `using`.
///         self.open = 0;
///     }
/// }
///
/// /// Every argument is checked before any is taken: if `into` was disposed,
/// /// the call throws `DisposedError` and `from` is not moved.
/// #[disposable(js_name = moveConnections)]
/// pub fn move_connections(from: ConnectionPool, into: &mut ConnectionPool) {
///     into.open += from.open;
/// }
///
/// # fn main() {
/// // Off wasm, plain Rust:
/// let mut pool = ConnectionPool::new(1).unwrap();
/// assert!(pool.try_open());
/// assert!(!pool.try_open());
/// # }
/// ```
///
/// Every option below is tested against plain `#[wasm_bindgen]`, row by row,
/// in the [parity suite](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/parity.md).
///
/// # On a struct
///
/// The struct becomes a JavaScript class with `free()`,
/// `[Symbol.dispose]()` (an `interface ... extends Disposable` in the
/// `.d.ts`) and `readonly disposed: boolean`. `pub` fields become properties
/// as with wasm-bindgen (fields of tuple structs as `0`, `1`, ...); a struct
/// that is not `pub` works too. The struct must be concrete: no enums,
/// unions, generic or lifetime parameters, or `where` clauses.
///
/// | option | what it does |
/// | --- | --- |
/// | `async` | the class is also `AsyncDisposable`: `[Symbol.asyncDispose]()` runs your `impl` [`AsyncDispose`](https://docs.rs/wasm-dispose/latest/wasm_dispose/trait.AsyncDispose.html) and returns a Promise, so `await using` waits for the clean-up ([async disposal](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/async.md)); without that impl it is a compile error |
/// | `js_name = "Name"` or `js_name = Name` | the JavaScript class name (wasm-bindgen's option) |
/// | `js_namespace = ns`, `"ns"` or `["a", "b"]` | exports the class under a namespace (wasm-bindgen's option); repeat it on the impl blocks, as with plain |
/// | `inspectable` | `toJSON()`, `toString()` and Node's `inspect` list the getters, as with plain (`disposed` left out); on a disposed object they throw `DisposedError` like every getter |
/// | `getter_with_clone` | every `pub` field that is not `Copy` is read by cloning (wasm-bindgen's option) |
/// | `skip_typescript` | no `.d.ts` declaration for the class (and no `Disposable` interface) |
/// | `private` | the class is not exported from the package, only passed to and from it (wasm-bindgen's option) |
/// | `extends = Parent` | the class extends another `#[disposable]` class (wasm-bindgen 0.2.121 and later; before, a compile error that says so): `class Child extends Parent` in JavaScript, `instanceof` and the parent's methods as with plain. The struct gets the field `parent: wasm_dispose::Parent<Parent>` (set it with `Parent::new(..).into()`, read it with `self.parent.borrow()`). Disposing the child drops the child's value, then the parent's, once; the parent's methods on a disposed or moved child throw `DisposedError`. The parent cannot be `async` |
/// | `extends_js_class = "Name"`, `extends_js_namespace = ns` | the parent's JavaScript name and namespace, when it has them (wasm-bindgen's options) |
/// | `crate = "path"` | where `wasm_dispose` is, if you renamed or re-exported it, like serde's `crate` |
///
/// Rejected with the reason: `wasm_bindgen = ...`, `js_sys = ...`,
/// `wasm_bindgen_futures = ...` (not needed: use `crate`).
/// A leftover `#[wasm_bindgen]` on the struct is an error too.
///
/// # On a field
///
/// `#[wasm_bindgen(...)]` with wasm-bindgen's field options, also inside
/// `#[cfg_attr(...)]`:
///
/// | option | what it does |
/// | --- | --- |
/// | `readonly` | a getter and no setter |
/// | `skip` | not a property |
/// | `js_name = name` | the property's name |
/// | `getter_with_clone` | read by cloning (for a field that is not `Copy`) |
/// | `skip_typescript`, `skip_jsdoc` | left out of the `.d.ts` / without its doc comment there |
///
/// A `pub` field that is not `Copy` needs `getter_with_clone` or `skip`, as
/// with plain. A property named `disposed` or `free` is refused: those are
/// the class's own.
///
/// # On an impl block
///
/// An inherent impl of a `#[disposable]` struct, in any module (name the
/// struct as plain wasm-bindgen requires, `use` and a bare name, or by path).
/// Each `pub` method is exported through a forwarding method that checks the
/// object first: a disposed or moved object throws `DisposedError`.
///
/// | option | what it does |
/// | --- | --- |
/// | `js_class = "Name"` or `js_class = Name` | the class's JavaScript name, when the struct has `js_name` (wasm-bindgen's option) |
/// | `js_namespace = ...` | the struct's namespace, repeated (wasm-bindgen's option) |
/// | `crate = "path"` | as on the struct |
///
/// `#[allow(...)]` and `#[expect(...)]` on the impl block or a method reach
/// the generated code; the generated code adds no warning of its own.
///
/// # On a method
///
/// Receivers are `&self`, `&mut self`, `self` (the JavaScript object is then
/// *moved*: `disposed`, and its methods throw `DisposedError` "moved") or
/// none (a static method). Methods may be `async fn`. `#[wasm_bindgen(...)]`
/// takes wasm-bindgen's method options, also inside `#[cfg_attr(...)]`:
///
/// | option | what it does |
/// | --- | --- |
/// | `constructor` | `new Class(...)`; returns `Self` or `Result<Self, E>` (not `Option<Self>`) |
/// | `js_name = name` | the member's name, well-known symbols included (`"[Symbol.iterator]"`, `"[Symbol.toPrimitive]"`) |
/// | `getter`, `getter = name`, `setter`, `setter = name` | a property accessor |
/// | `skip` | not exported |
/// | `skip_typescript`, `skip_jsdoc`, `unchecked_return_type = "T"`, `return_description = "..."` | the `.d.ts` entry, as with plain |
///
/// Arguments take `js_name`, `unchecked_param_type`,
/// `unchecked_optional_param_type` and `param_description`. Refused: members
/// named `free` or `disposed` and `js_name = "[Symbol.dispose]"` /
/// `"[Symbol.asyncDispose]"` (generated: use `impl Drop` and `async`),
/// generic or lifetime-parameterised methods, `impl Trait`, tuples and
/// borrowed returns (as plain refuses them).
///
/// Disposable classes cross like any wasm-bindgen class: `&Foo`,
/// `&mut Foo`, `Foo` (a move), `Option<Foo>`, `Vec<Foo>` and `Box<[Foo]>`
/// as parameters, `Foo`, `Option<Foo>` and `Vec<Foo>` as returns.
///
/// # On a function
///
/// `#[disposable]` in place of `#[wasm_bindgen]` on a free function that
/// takes disposable objects: every argument is checked before any is taken,
/// so a call with a dead object throws `DisposedError` and leaves the other
/// arguments as they were. It takes `crate = "path"` and passes
/// wasm-bindgen's function options (`js_name`, `js_namespace`, ...) through
/// unchanged. A plain `#[wasm_bindgen]` function taking the class keeps
/// working too ([limits](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/limits.md)).
///
/// # Async clean-up
///
/// ```
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::{disposable, AsyncDispose};
///
/// #[disposable(async)]
/// pub struct Session { log: Vec<String> }
///
/// #[disposable]
/// impl Session {
///     #[wasm_bindgen(constructor)]
///     pub fn new() -> Session { Session { log: Vec::new() } }
/// }
///
/// impl AsyncDispose for Session {
///     /// Run by `[Symbol.asyncDispose]()`, so by `await using`; its `Err`
///     /// rejects the Promise, and the memory is released either way.
///     async fn dispose(self) -> Result<(), JsValue> {
///         // e.g. `JsFuture::from(promise).await?` on a JavaScript stream
///         Ok(())
///     }
/// }
/// # fn main() {}
/// ```
#[proc_macro_attribute]
pub fn disposable(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::attribute(args.into(), input.into()).into()
}

/// Exports wasm-dispose's JavaScript helpers from your package: `using`,
/// `usingAsync`, `disposableStats`, `debugDispose`, `leakReport`,
/// `assertNoLeaks`, `captureAllocationSites`. Without this, a package exports
/// its own classes and functions and `DisposedError`, nothing else.
///
/// `export_helpers!()` exports them all under these names;
/// `export_helpers!(using, disposableStats as "stats")` exports the ones
/// listed, renamed where `as` says. Call it once per crate. Each comes with
/// its TypeScript declaration under the chosen name; a helper named like one
/// of your own exports is refused by the wasm-bindgen CLI, so rename it.
///
/// | helper | what it does |
/// | --- | --- |
/// | `using(resource, body)`, `usingAsync(resource, body)` | run `body(resource)` and dispose in a `finally`, with ERM's `SuppressedError` semantics, for runtimes without the `using` syntax |
/// | `disposableStats()` | per class, `{ created, disposed, moved, leaked, live }` |
/// | `debugDispose(listener)` | calls `listener({ class, reason })` on every disposal; returns the unsubscribe function |
/// | `leakReport()` | every object finalized without disposal, with its allocation site where captured |
/// | `assertNoLeaks()` | throws an `Error` listing every live object |
/// | `captureAllocationSites(on)` | switches allocation-site capture (the `leak-sites` feature) |
///
/// ```
/// // All of them, under these names:
/// wasm_dispose::export_helpers!();
/// # mod renamed {
/// // Or some, renamed:
/// wasm_dispose::export_helpers!(using as "withResource", disposableStats as stats);
/// # }
/// # fn main() {}
/// ```
#[proc_macro]
pub fn export_helpers(input: TokenStream) -> TokenStream {
    helpers::expand(input.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}
