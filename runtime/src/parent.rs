//! `Parent<P>`: the parent part of a class declared `#[disposable(extends =
//! P)]`, in the field `parent` that the attribute adds to the struct (as
//! `#[wasm_bindgen(extends = P)]` adds `parent: wasm_bindgen::Parent<P>`).
//!
//! wasm-bindgen (0.2.121 and later) makes `class Child extends P` and gives
//! each object one pointer per class of the chain: `P`'s methods read
//! `this.__wbg_ptr_P`, a count of the cell that holds the parent. Here that
//! cell is a handle of `P` whose slot holds the parent's value, so `P`'s
//! forwarding methods find it as they find any `P`. The slot is a *part*:
//!
//! - it is JavaScript's only while the child's value is in an object's slot
//!   (`prototype::wrap` attaches it); a move into Rust or an async cleanup
//!   detaches it (`Owner::left`), so `P`'s methods on a moved child are
//!   refused as moved, while Rust still reaches the value through `Parent`;
//! - it ends with the child's value (this type's `Drop`): `P`'s methods on a
//!   disposed child are refused as disposed, and only the child's disposal is
//!   counted.
//!
//! `Parent` is not `Clone`: the part belongs to one child, so disposing the
//! child releases the whole chain once.

use core::fmt;
use std::rc::Rc;

use crate::class::Disposable;
use crate::slot::{Slot, SlotRef, SlotRefMut};

/// The parent part of a `#[disposable(extends = P)]` class: the `parent`
/// field the attribute adds, set in the child's constructor with
/// `P::new(..).into()` and read with `self.parent.borrow()`.
///
/// ```
/// use wasm_bindgen::prelude::*;
/// use wasm_dispose::disposable;
///
/// #[disposable]
/// pub struct Animal { name: String }
///
/// #[disposable]
/// impl Animal {
///     pub fn name(&self) -> String { self.name.clone() }
/// }
///
/// #[disposable(extends = Animal)]
/// pub struct Dog { breed: String }
///
/// #[disposable]
/// impl Dog {
///     #[wasm_bindgen(constructor)]
///     pub fn new(name: String, breed: String) -> Dog {
///         Dog { parent: Animal { name }.into(), breed }
///     }
///     pub fn describe(&self) -> String {
///         format!("{}, a {}", self.parent.borrow().name, self.breed)
///     }
/// }
/// # fn main() {}
/// ```
pub struct Parent<P: Disposable> {
    inner: wasm_bindgen::Parent<P::Handle>,
}

impl<P: Disposable> Parent<P> {
    /// Wraps the parent's value.
    pub fn new(value: P) -> Self {
        Parent { inner: wasm_bindgen::Parent::new(P::__handle(Slot::part(value))) }
    }

    fn slot(&self) -> &Slot<P> {
        let rc = self.inner.__wbg_clone_rc();
        let cell = Rc::as_ptr(&rc);
        drop(rc);
        // SAFETY: `self.inner` holds a count of the cell, so the cell
        // outlives `&self`.
        let handle: *const P::Handle = &*unsafe { &*cell }.borrow();
        // SAFETY: the handle stays in its cell, never moved, as long as the
        // cell; nothing borrows a handle's `WasmRefCell` mutably.
        P::__slot(unsafe { &*handle })
    }

    /// Borrows the parent's value. Throws, as `wasm_bindgen::Parent` does,
    /// if a method of the parent's class running on this object (a
    /// callback from it) borrows it mutably.
    pub fn borrow(&self) -> SlotRef<'_, P> {
        let slot = self.slot();
        match slot.borrow_part() {
            Some(r) => r,
            None => wasm_bindgen::throw_val(slot.refusal().into()),
        }
    }

    /// Borrows the parent's value mutably; throws if a method of the
    /// parent's class running on this object borrows it.
    pub fn borrow_mut(&self) -> SlotRefMut<'_, P> {
        let slot = self.slot();
        match slot.borrow_part_mut() {
            Some(r) => r,
            None => wasm_bindgen::throw_val(slot.refusal().into()),
        }
    }

    /// The count of the part's cell that the child's handle keeps, for
    /// wasm-bindgen's upcast export.
    #[doc(hidden)]
    pub fn __wd_cell(&self) -> wasm_bindgen::Parent<P::Handle> {
        self.inner.clone()
    }

    /// The part's slot becomes JavaScript's, or Rust's, with the parts of
    /// its own chain.
    #[doc(hidden)]
    pub fn __wd_attach(&self, attached: bool) {
        attach::<P>(&self.inner, attached);
    }
}

/// [`Parent::__wd_attach`] through a handle's `parent` field.
#[doc(hidden)]
pub fn attach<P: Disposable>(cell: &wasm_bindgen::Parent<P::Handle>, attached: bool) {
    let handle = cell.borrow();
    P::__slot(&handle).attach(attached);
    P::__attach_handle(&handle, attached);
}

/// The `parent` field of a handle whose slot holds no value (a sentinel, the
/// probe): a part that is as dead as the slot.
#[doc(hidden)]
pub fn empty_cell<P: Disposable>() -> wasm_bindgen::Parent<P::Handle> {
    wasm_bindgen::Parent::new(P::__handle(Slot::empty()))
}

impl<P: Disposable> Drop for Parent<P> {
    fn drop(&mut self) {
        self.slot().dispose_part();
    }
}

impl<P: Disposable> From<P> for Parent<P> {
    fn from(value: P) -> Self {
        Parent::new(value)
    }
}

impl<P: Disposable + fmt::Debug> fmt::Debug for Parent<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.slot().borrow_part() {
            Some(value) => f.debug_tuple("Parent").field(&*value).finish(),
            None => f.write_str("Parent(<borrowed>)"),
        }
    }
}
