//! Rust types exported to JavaScript with wasm-bindgen, as first-class
//! [Explicit Resource Management] resources.
//!
//! Put [`#[disposable]`](macro@disposable) where you would put
//! `#[wasm_bindgen]`, on a struct and its impl blocks. The JavaScript class
//! then honours `using`: `using img = new Image(...)` drops the Rust value at
//! block exit and gives its memory back at once, disposal is idempotent and
//! move-safe, `img.disposed` tells the state, and every use of a dead object
//! throws a named `DisposedError` instead of wasm-bindgen's
//! `null pointer passed to rust`.
//!
//! [Explicit Resource Management]: https://github.com/tc39/proposal-explicit-resource-management
//!
//! # Example
//!
//! ```
//! use wasm_bindgen::prelude::*;
//! use wasm_dispose::disposable;
//!
//! /// An RGBA image in WebAssembly memory.
//! #[disposable]                       // instead of #[wasm_bindgen]
//! pub struct Image { pixels: Vec<u8>, width: u32, height: u32 }
//!
//! #[disposable]                       // instead of #[wasm_bindgen]
//! impl Image {
//!     /// A black image of `width` x `height` pixels.
//!     #[wasm_bindgen(constructor)]
//!     pub fn new(width: u32, height: u32) -> Image {
//!         Image { pixels: vec![0; width as usize * height as usize * 4], width, height }
//!     }
//!     /// Horizontal box blur of the given radius.
//!     pub fn blur(&mut self, radius: u32) {
//! #       let _ = radius;
//!         // ...
//!     }
//!     /// A new image holding the given rectangle.
//!     pub fn crop(&self, x: u32, y: u32, width: u32, height: u32) -> Result<Image, JsError> {
//!         if x + width > self.width || y + height > self.height {
//!             return Err(JsError::new("crop rectangle is outside the image"));
//!         }
//!         // ...
//! #       Ok(Image::new(width, height))
//!     }
//!     /// Consumes the image and returns its bytes.
//!     #[wasm_bindgen(js_name = intoBytes)]
//!     pub fn into_bytes(mut self) -> Vec<u8> {
//!         std::mem::take(&mut self.pixels)
//!     }
//! }
//!
//! /// Average brightness; borrows the image.
//! #[wasm_bindgen]
//! pub fn brightness(image: &Image) -> f64 {
//!     let sum: u64 = image.pixels.chunks_exact(4).map(|p| p[0] as u64 + p[1] as u64 + p[2] as u64).sum();
//!     sum as f64 / (image.pixels.len() as f64 / 4.0 * 3.0)
//! }
//!
//! // Off wasm the types stay plain Rust, so the crate's own tests run on the host:
//! # fn main() {
//! let mut img = Image::new(4, 4);
//! img.blur(1);
//! assert_eq!(brightness(&img), 0.0);
//! assert_eq!(img.into_bytes().len(), 64);
//! # }
//! ```
//!
//! Clean-up goes in `impl Drop`, as for any Rust value: `free()`,
//! `[Symbol.dispose]()` and `using` run it. The TypeScript a user sees (the
//! generated `.d.ts`, abridged):
//!
//! ```ts
//! export class DisposedError extends Error {
//!     private constructor();
//!     readonly name: "DisposedError";
//!     /** The class of the object that was used. */
//!     readonly className: string;
//!     /** `"disposed"` after disposal, `"moved"` after a move into Rust. */
//!     readonly reason: "disposed" | "moved";
//! }
//! export interface Image extends Disposable {
//!     free(): void;
//!     /** The same as `free()`: what `using` calls at the end of its block. */
//!     [Symbol.dispose](): void;
//! }
//! /** An RGBA image in WebAssembly memory. */
//! export class Image {
//!     free(): void;
//!     [Symbol.dispose](): void;
//!     /** Horizontal box blur of the given radius. */
//!     blur(radius: number): void;
//!     /** A new image holding the given rectangle. */
//!     crop(x: number, y: number, width: number, height: number): Image;
//!     /** Consumes the image and returns its bytes. */
//!     intoBytes(): Uint8Array;
//!     /** A black image of `width` x `height` pixels. */
//!     constructor(width: number, height: number);
//!     /** `true` once the object was disposed or moved into Rust. */
//!     readonly disposed: boolean;
//! }
//! /** Average brightness; borrows the image. */
//! export function brightness(image: Image): number;
//! ```
//!
//! ```ts
//! import { Image, DisposedError, brightness } from "./pkg/images.js";
//!
//! {
//!   using img = new Image(1920, 1080);
//!   img.blur(2);
//!   console.log(brightness(img));
//! }                 // the 8 MB of pixels are back in the allocator here
//!
//! const img = new Image(4, 4);
//! img.free();
//! img.free();       // idempotent: no error
//! img.disposed;     // true
//! img.blur(1);      // throws DisposedError: "Image has been disposed"
//! ```
//!
//! # What the crate holds
//!
//! - [`#[disposable]`](macro@disposable), the attribute, with every option it
//!   takes; [`export_helpers!`] to export the JavaScript helpers (`using`,
//!   `usingAsync`, `disposableStats`, `debugDispose`, `leakReport`,
//!   `assertNoLeaks`, `captureAllocationSites`) from your package.
//! - [`AsyncDispose`]: async clean-up for `#[disposable(async)]` classes,
//!   run by `[Symbol.asyncDispose]()` and `await using`.
//! - Counters and leak reports seen from Rust: [`stats`], [`all_stats`],
//!   [`ClassStats`], [`Reason`], [`leak_report`], [`check_no_leaks`],
//!   [`set_capture_allocation_sites`]; the [`Disposable`] trait the attribute
//!   implements.
//! - JavaScript resources owned by Rust: [`JsDisposable`],
//!   [`JsAsyncDisposable`], [`DisposableStack`], [`AsyncDisposableStack`],
//!   [`js_resource_stats`].
//! - Weak references to JavaScript objects: [`WeakHostRef`], [`HostTable`].
//!
//! # Cargo features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `snippet` | on | the runtime's JavaScript (a wasm-bindgen snippet): disposal gives back the value, the handle's cell and the `FinalizationRegistry` entry at once. Off for `--target no-modules` and for CommonJS on Node older than 20.19 / 22.12; disposal then leaves the handle's cell (32 B) to the finalizer |
//! | `stats` | on | per-class counters, `disposableStats()`, `debugDispose()`, leak records, `assertNoLeaks()`; off, disposal does no bookkeeping at all |
//! | `leak-sites` | off | the JavaScript stack of every allocation, in leak records and `assertNoLeaks()`; switch it at run time with `captureAllocationSites(false \| true)` |
//!
//! Any wasm-bindgen 0.2 release from 0.2.100 works;
//! [`WASM_BINDGEN_VERSION`] names the one a build uses. The crate compiles
//! for the host too, so `cargo test` of a crate that uses `#[disposable]`
//! runs its plain Rust off wasm.
//!
//! # Guide
//!
//! - [Migrating a wasm-bindgen library](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/migrating.md), with
//!   `cargo wasm-dispose migrate`
//! - [Parity with `#[wasm_bindgen]`](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/parity.md): every option,
//!   supported or rejected
//! - [Async disposal](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/async.md)
//! - [Seeing disposal, finding leaks](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/leaks-and-visibility.md)
//! - [Runtimes, bundlers and Workers](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/runtimes-and-workers.md)
//! - [TypeScript](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/typescript.md)
//! - [JavaScript resources owned by Rust](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/js-resources.md)
//! - [Weak references to host objects](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/weak-references.md)
//! - [Limits](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/limits.md)
//! - [How it works](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/how-it-works.md)
//! - [Benchmarks and sizes](https://github.com/wasm-dispose/wasm-dispose/blob/main/docs/benchmarks.md)

#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

// The modules are layers: each uses only modules of the layers above it
// (rustfmt sorts the declarations below, so the order is here):
//  1. plain data and bindings: `cells` (`RefCell` without its panic
//     formatting), `state`, `ret`, `park` (by-value arguments
//     waiting for their call's checks), `host` (JavaScript built-ins),
//     `snippet` (the runtime's JavaScript);
//  2. errors and records: `error`, `records` (listeners, leaks, sites),
//     `mailbox`, `cleanup` (async cleanups), `dispose_method`;
//  3. the slot (`slot`) and the counters of JavaScript resources
//     (`resource_stats`);
//  4. the class: `class`, then `parent` (the parent part of a class that
//     extends another);
//  5. moves: `moves`;
//  6. disposal: `dispose`;
//  7. the prototype and new objects: `prototype`;
//  8. the ABI: `convert`, then `crossing` (how generated methods return);
//  9. the public API: `report`, `resource`, `shims`, `weak`, then `stack`.
mod cells;
mod class;
mod cleanup;
mod convert;
mod crossing;
mod dispose;
mod dispose_method;
mod error;
mod host;
mod mailbox;
mod moves;
#[cfg(wd_extends)]
mod parent;
mod park;
mod prototype;
mod records;
mod report;
mod resource;
mod resource_stats;
mod ret;
mod shims;
mod slot;
#[cfg(feature = "snippet")]
mod snippet;
mod stack;
mod state;
mod weak;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use crate::class::{all_stats, stats, Disposable};
pub use crate::dispose::AsyncDispose;
#[cfg(wd_extends)]
pub use crate::parent::Parent;
pub use crate::report::{
    check_no_leaks, leak_report, set_capture_allocation_sites, Leak, LiveObjects, MAX_LEAK_RECORDS,
};
pub use crate::resource::{JsAsyncDisposable, JsDisposable};
pub use crate::resource_stats::{js_resource_stats, JsResourceStats};
/// What [`Parent::borrow`] and [`Parent::borrow_mut`] return.
#[cfg(wd_extends)]
pub use crate::slot::{SlotRef as ParentRef, SlotRefMut as ParentRefMut};
pub use crate::stack::{AsyncDisposableStack, DisposableStack, StackResource};
pub use crate::state::{ClassStats, Reason};
pub use crate::weak::{finalization_supported, weak_refs_supported, HostId, HostTable, WeakHostRef};
pub use wasm_dispose_macros::{disposable, export_helpers};

/// The wasm-bindgen version this build is compiled against (any 0.2 release
/// from 0.2.100 works; see the README for what differs between them).
pub const WASM_BINDGEN_VERSION: &str = env!("WASM_DISPOSE_WASM_BINDGEN");
