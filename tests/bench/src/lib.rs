//! The benchmark crate behind `cargo xtask bench`: `Plain` (stock
//! `#[wasm_bindgen]`) and `Managed` (`#[disposable]`) are the same type with
//! the same methods, so any difference `bench.mjs` measures is the cost of
//! wasm-dispose. A counting allocator makes the residual memory of a
//! disposed object visible in bytes, not only in 64 KiB pages.

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

/// A stock wasm-bindgen class: the baseline.
#[wasm_bindgen]
pub struct Plain {
    payload: Vec<u8>,
    count: u32,
}

#[wasm_bindgen]
impl Plain {
    /// A payload of `len` bytes.
    #[wasm_bindgen(constructor)]
    pub fn new(len: usize) -> Plain {
        Plain { payload: vec![1; len], count: 0 }
    }

    /// A `&mut self` method.
    pub fn add(&mut self, x: u32) -> u32 {
        self.count = self.count.wrapping_add(x);
        self.count
    }

    /// A `&self` method, getter-like.
    pub fn peek(&self) -> u32 {
        self.count.wrapping_add(self.payload.len() as u32)
    }
}

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

    /// A `&mut self` method.
    pub fn add(&mut self, x: u32) -> u32 {
        self.count = self.count.wrapping_add(x);
        self.count
    }

    /// A `&self` method, getter-like.
    pub fn peek(&self) -> u32 {
        self.count.wrapping_add(self.payload.len() as u32)
    }
}

/// Plain wasm-bindgen's own way to an async disposal: an async method that
/// consumes the object, exported as `[Symbol.asyncDispose]`.
#[wasm_bindgen]
pub struct PlainAsync {
    payload: Vec<u8>,
    count: u32,
}

#[wasm_bindgen]
impl PlainAsync {
    #[wasm_bindgen(constructor)]
    pub fn new(len: usize) -> PlainAsync {
        PlainAsync { payload: vec![1; len], count: 0 }
    }

    pub fn peek(&self) -> u32 {
        self.count.wrapping_add(self.payload.len() as u32)
    }

    /// The same (empty) cleanup as `ManagedAsync`.
    #[wasm_bindgen(js_name = "[Symbol.asyncDispose]")]
    pub async fn async_dispose(self) {}
}

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
