//! Deterministic, idempotent, move-safe disposal for Rust types exported to
//! JavaScript with wasm-bindgen.
//!
//! Put `#[disposable]` where you would put `#[wasm_bindgen]`, on a struct and
//! its impl blocks. The JavaScript class then honours Explicit Resource
//! Management: `using x = new Foo()` drops the Rust value at block exit,
//! disposal is idempotent, `x.disposed` tells the state, and any use of a
//! disposed or moved object throws `DisposedError`.
//!
//! ```ignore
//! use wasm_dispose::disposable;
//!
//! #[disposable]
//! pub struct Image { pixels: Vec<u8> }
//!
//! #[disposable]
//! impl Image {
//!     #[wasm_bindgen(constructor)]
//!     pub fn new(len: usize) -> Image { Image { pixels: vec![0; len] } }
//!     pub fn len(&self) -> usize { self.pixels.len() }
//! }
//! ```

#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

// Layers, each using only those above it: plain data and JavaScript
// bindings; errors and records; the slot; the class; disposal; the
// prototype; conversions; the public API.
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
pub use crate::report::{
    check_no_leaks, leak_report, set_capture_allocation_sites, Leak, LiveObjects, MAX_LEAK_RECORDS,
};
pub use crate::resource::{JsAsyncDisposable, JsDisposable};
pub use crate::resource_stats::{js_resource_stats, JsResourceStats};
pub use crate::stack::{AsyncDisposableStack, DisposableStack, StackResource};
pub use crate::state::{ClassStats, Reason};
pub use crate::weak::{finalization_supported, weak_refs_supported, HostId, HostTable, WeakHostRef};
pub use wasm_dispose_macros::{disposable, export_helpers};

/// The wasm-bindgen version this build is compiled against (any 0.2 release
/// from 0.2.100 works; see the README for what differs between them).
pub const WASM_BINDGEN_VERSION: &str = env!("WASM_DISPOSE_WASM_BINDGEN");
