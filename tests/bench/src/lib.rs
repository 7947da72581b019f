//! The benchmark crate behind `cargo xtask bench`: `Plain` (stock
//! `#[wasm_bindgen]`) and `Managed` (`#[disposable]`) are the same type with
//! the same methods, so any difference `bench.mjs` measures is the cost of
//! wasm-dispose. `Plain2` is `Plain` again under another name: the null
//! comparator, whose difference from `Plain` is the measurement's noise.
//! `PlainAsync`, `PlainAsync2` and `ManagedAsync` are the same for async
//! disposal. A counting allocator makes the residual memory of a disposed
//! object visible in bytes, not only in 64 KiB pages.
//!
//! Every method does a little work on `self` and its arguments, so that
//! neither side can drop the borrow or the argument: a `&mut self` and a
//! `&self` method with a number argument, and the same two with a string
//! argument.

// The classes mirror a wasm-bindgen library's, whose objects JavaScript makes with `new`.
#![allow(clippy::new_without_default)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

/// The default allocator (`System` is dlmalloc on wasm32), plus a count of
/// the bytes currently allocated. Both classes pay for the count alike.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; the counter only
// observes sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
            ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Bytes the Rust allocator has handed out and not yet taken back (requested
/// sizes, without dlmalloc's own headers).
#[wasm_bindgen(js_name = allocatedBytes)]
pub fn allocated_bytes() -> usize {
    ALLOCATED.load(Ordering::Relaxed)
}

/// Stamps out a stock wasm-bindgen class: `Plain` (the baseline) and
/// `Plain2` (the null comparator) are this one definition twice.
macro_rules! plain_class {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[wasm_bindgen]
        pub struct $name {
            payload: Vec<u8>,
            count: u32,
        }

        #[wasm_bindgen]
        impl $name {
            /// A payload of `len` bytes.
            #[wasm_bindgen(constructor)]
            pub fn new(len: usize) -> $name {
                $name { payload: vec![1; len], count: 0 }
            }

            /// `&mut self`, a number argument.
            pub fn add(&mut self, x: u32) -> u32 {
                self.count = self.count.wrapping_add(x);
                self.count
            }

            /// `&self`, a number argument.
            pub fn sum(&self, x: u32) -> u32 {
                self.count.wrapping_add(self.payload.len() as u32).wrapping_add(x)
            }

            /// `&self`, a string argument: its length (plus the count).
            pub fn label(&self, text: &str) -> u32 {
                self.count.wrapping_add(text.len() as u32)
            }

            /// `&mut self`, a string argument: adds its length to the count.
            pub fn relabel(&mut self, text: &str) -> u32 {
                self.count = self.count.wrapping_add(text.len() as u32);
                self.count
            }

            /// `&mut self`, a `String` by value: adds its length to the count.
            pub fn rename(&mut self, text: String) -> u32 {
                self.count = self.count.wrapping_add(text.len() as u32);
                self.count
            }

            /// `&self`, an optional number.
            pub fn nudge(&self, x: Option<f64>) -> f64 {
                self.count as f64 + x.unwrap_or(0.5)
            }
        }
    };
}

plain_class!(
    /// A stock wasm-bindgen class: the baseline.
    Plain
);
plain_class!(
    /// `Plain` again, stock wasm-bindgen: the null comparator.
    Plain2
);

/// The same type as `Plain`, made disposable.
#[disposable]
pub struct Managed {
    payload: Vec<u8>,
    count: u32,
}

#[disposable]
impl Managed {
    /// A payload of `len` bytes.
    #[wasm_bindgen(constructor)]
    pub fn new(len: usize) -> Managed {
        Managed { payload: vec![1; len], count: 0 }
    }

    /// `&mut self`, a number argument.
    pub fn add(&mut self, x: u32) -> u32 {
        self.count = self.count.wrapping_add(x);
        self.count
    }

    /// `&self`, a number argument.
    pub fn sum(&self, x: u32) -> u32 {
        self.count.wrapping_add(self.payload.len() as u32).wrapping_add(x)
    }

    /// `&self`, a string argument: its length (plus the count).
    pub fn label(&self, text: &str) -> u32 {
        self.count.wrapping_add(text.len() as u32)
    }

    /// `&mut self`, a string argument: adds its length to the count.
    pub fn relabel(&mut self, text: &str) -> u32 {
        self.count = self.count.wrapping_add(text.len() as u32);
        self.count
    }

    /// `&mut self`, a `String` by value: adds its length to the count.
    pub fn rename(&mut self, text: String) -> u32 {
        self.count = self.count.wrapping_add(text.len() as u32);
        self.count
    }

    /// `&self`, an optional number.
    pub fn nudge(&self, x: Option<f64>) -> f64 {
        self.count as f64 + x.unwrap_or(0.5)
    }
}

/// Stamps out plain wasm-bindgen's own way to an async disposal: an async
/// method that consumes the object, exported as `[Symbol.asyncDispose]`.
/// `PlainAsync` (the baseline) and `PlainAsync2` (the null comparator).
macro_rules! plain_async_class {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[wasm_bindgen]
        pub struct $name {
            payload: Vec<u8>,
            count: u32,
        }

        #[wasm_bindgen]
        impl $name {
            #[wasm_bindgen(constructor)]
            pub fn new(len: usize) -> $name {
                $name { payload: vec![1; len], count: 0 }
            }

            pub fn peek(&self) -> u32 {
                self.count.wrapping_add(self.payload.len() as u32)
            }

            /// The same (empty) cleanup as `ManagedAsync`.
            #[wasm_bindgen(js_name = "[Symbol.asyncDispose]")]
            pub async fn async_dispose(self) {}
        }
    };
}

plain_async_class!(
    /// Plain wasm-bindgen's async disposal: the baseline.
    PlainAsync
);
plain_async_class!(
    /// `PlainAsync` again: the null comparator.
    PlainAsync2
);

/// The same type as `PlainAsync`, `#[disposable(async)]`.
#[disposable(async)]
pub struct ManagedAsync {
    payload: Vec<u8>,
    count: u32,
}

#[disposable]
impl ManagedAsync {
    #[wasm_bindgen(constructor)]
    pub fn new(len: usize) -> ManagedAsync {
        ManagedAsync { payload: vec![1; len], count: 0 }
    }

    pub fn peek(&self) -> u32 {
        self.count.wrapping_add(self.payload.len() as u32)
    }
}

impl wasm_dispose::AsyncDispose for ManagedAsync {
    async fn dispose(self) -> Result<(), JsValue> {
        Ok(())
    }
}

/// A number behind a type alias, as real libraries write ids and handles.
pub type Handle = f64;

/// Stamps out a small world of two classes that pass each other around, the
/// way object-heavy libraries do: a `Vector` (a temporary, in hot loops) and
/// a `Body` whose methods take vectors in every way a class crosses the
/// boundary and return them. Three copies: `#[wasm_bindgen]` (the baseline),
/// the same again (the null comparator), and `#[disposable]`.
macro_rules! world {
    ($attr:meta, $vector:ident, $body:ident) => {
        /// A 2-D vector: the small object a library makes by the million.
        #[$attr]
        #[derive(Clone, Copy)]
        pub struct $vector {
            pub x: f64,
            pub y: f64,
        }

        #[$attr]
        impl $vector {
            #[wasm_bindgen(constructor)]
            pub fn new(x: f64, y: f64) -> $vector {
                $vector { x, y }
            }

            pub fn length(&self) -> f64 {
                (self.x * self.x + self.y * self.y).sqrt()
            }
        }

        /// A body that takes and gives vectors.
        #[$attr]
        pub struct $body {
            position: $vector,
            velocity: $vector,
            handle: Handle,
            awake: bool,
        }

        #[$attr]
        impl $body {
            #[wasm_bindgen(constructor)]
            pub fn new() -> $body {
                $body {
                    position: $vector { x: 0.0, y: 0.0 },
                    velocity: $vector { x: 0.0, y: 0.0 },
                    handle: 0.0,
                    awake: false,
                }
            }

            /// `&Foo` of another class, a number behind an alias and a
            /// `bool`: the shape that cost 2.15x in a real library.
            #[wasm_bindgen(js_name = setVelocity)]
            pub fn set_velocity(&mut self, handle: Handle, v: &$vector, wake_up: bool) {
                self.handle = handle;
                self.velocity = *v;
                self.awake |= wake_up;
            }

            /// `&Foo`.
            pub fn dot(&self, v: &$vector) -> f64 {
                self.velocity.x * v.x + self.velocity.y * v.y
            }

            /// `&mut Foo`.
            pub fn scale(&self, v: &mut $vector) -> f64 {
                v.x *= 1.0;
                v.y *= 1.0;
                v.x
            }

            /// `Foo` by value: moved.
            pub fn push(&mut self, v: $vector) -> f64 {
                self.position.x += v.x;
                self.position.x
            }

            /// `Option<Foo>` by value: moved when given.
            #[wasm_bindgen(js_name = pushMaybe)]
            pub fn push_maybe(&mut self, v: Option<$vector>) -> f64 {
                self.position.x += v.map_or(0.0, |v| v.x);
                self.position.x
            }

            /// `Vec<Foo>` by value: every element moved.
            #[wasm_bindgen(js_name = pushAll)]
            pub fn push_all(&mut self, vs: Vec<$vector>) -> f64 {
                for v in &vs {
                    self.position.x += v.x;
                }
                self.position.x
            }

            /// A `Foo` returned.
            pub fn position(&self) -> $vector {
                self.position
            }

            /// An `Option<Foo>` returned.
            #[wasm_bindgen(js_name = positionIf)]
            pub fn position_if(&self, yes: bool) -> Option<$vector> {
                yes.then_some(self.position)
            }

            /// A `Vec<Foo>` returned.
            pub fn path(&self, n: u32) -> Vec<$vector> {
                (0..n).map(|i| $vector { x: self.position.x + i as f64, y: 0.0 }).collect()
            }

            /// What a TypeScript layer's method does: takes a temporary,
            /// returns a new object.
            pub fn translate(&self, v: &$vector) -> $vector {
                $vector { x: self.position.x + v.x, y: self.position.y + v.y }
            }
        }
    };
}

world!(wasm_bindgen, PlainVector, PlainBody);
world!(wasm_bindgen, Plain2Vector, Plain2Body);
world!(disposable, ManagedVector, ManagedBody);
