//! A by-value argument that Rust took: its object becomes `moved`, and its
//! handle's cell is freed at the next safe point. (Below `dispose.rs`, which
//! frees cells with [`free_cell`] and settles moves first.)
//!
//! With the snippet, the object gives its pointer up ([`crate::snippet`]'s
//! `disown`: it points at the class's "moved" sentinel and is no longer
//! registered for finalization), so the cell is Rust's to free. Not at once:
//! a plain `#[wasm_bindgen]` function converts its arguments one by one, and
//! a later argument may be the same object (`f(x, &x)`, `f(x, x)`), whose
//! conversion must find the slot, `moved`, and refuse it. So the cell waits
//! in a short list until the next object is made or disposed, when no
//! conversion is under way. Without the snippet the object keeps its pointer
//! and the finalizer frees the cell, as before.

#[cfg(feature = "snippet")]
use core::cell::RefCell;

use wasm_bindgen::JsValue;

#[cfg(feature = "snippet")]
use crate::cells::Cells as _;
use crate::class::Disposable;

/// A cell given up by a moved object: its pointer and its class's `free_cell`.
#[cfg(feature = "snippet")]
type Cell = (u32, unsafe fn(u32));

#[cfg(feature = "snippet")]
thread_local! {
    static CELLS: RefCell<Vec<Cell>> = const { RefCell::new(Vec::new()) };
}

/// Rust took the value of the by-value argument at `ptr`.
#[inline]
#[cfg_attr(not(feature = "snippet"), allow(clippy::extra_unused_type_parameters))]
pub(crate) fn moved<T: Disposable>(ptr: u32) {
    #[cfg(feature = "snippet")]
    if let Some(class) = T::__class().with(|c| c.snippet.get()) {
        if crate::snippet::disown(ptr as i32, class) {
            defer::<T>(ptr);
        }
    }
    #[cfg(not(feature = "snippet"))]
    let _ = ptr;
}

/// Rust took the value of `object` (found in a `JsValue`), which pointed at
/// `ptr`.
#[cfg_attr(not(feature = "snippet"), allow(clippy::extra_unused_type_parameters))]
pub(crate) fn moved_object<T: Disposable>(object: &JsValue, ptr: u32) {
    #[cfg(feature = "snippet")]
    if let Some(class) = T::__class().with(|c| c.snippet.get()) {
        if crate::snippet::disown_object(object, class) {
            defer::<T>(ptr);
        }
    }
    #[cfg(not(feature = "snippet"))]
    let _ = (object, ptr);
}

#[cfg(feature = "snippet")]
fn defer<T: Disposable>(ptr: u32) {
    CELLS.with(|c| c.lock().push((ptr, free_cell::<T>)));
}

/// Drops JavaScript's strong count of the handle's cell at `ptr`: the cell
/// (and the slot in it) is freed unless an async call still holds a count.
///
/// # Safety
/// `ptr` must be a pointer wasm-bindgen gave JavaScript for a handle of `T`
/// (`Rc::into_raw` of its cell), whose count JavaScript no longer holds.
#[cfg(feature = "snippet")]
pub(crate) unsafe fn free_cell<T: Disposable>(ptr: u32) {
    // SAFETY: the caller's contract.
    unsafe { std::rc::Rc::decrement_strong_count(ptr as usize as *const wasm_bindgen::__rt::WasmRefCell<T::Handle>) };
}

/// Frees the cells of moved objects. Called where no argument conversion is
/// under way: when an object is made or disposed.
#[inline]
pub(crate) fn settle() {
    // A look first: the common case has nothing to free.
    #[cfg(feature = "snippet")]
    if !CELLS.with(|c| c.read().is_empty()) {
        settle_now();
    }
}

#[cfg(feature = "snippet")]
#[cold]
fn settle_now() {
    // One at a time, the list's capacity kept for the next moves. A freed
    // cell runs no code of the user's: its value was taken out.
    while let Some((ptr, free)) = CELLS.with(|c| c.lock().pop()) {
        // SAFETY: each entry is a cell whose object gave its pointer up,
        // queued once, with the `free_cell` of its class.
        unsafe { free(ptr) };
    }
}
