//! `RefCell` access without `RefCell`'s panic messages: `borrow()` and
//! `borrow_mut()` format their error with `Display`, which links core::fmt's
//! padding and char-counting code into every package (about 0.8 KB of
//! gzipped wasm). A conflicting access is a bug in the runtime either way.

use core::cell::{Ref, RefCell, RefMut};

pub(crate) trait Cells<T> {
    /// `borrow_mut()`.
    fn lock(&self) -> RefMut<'_, T>;
    /// `borrow()`.
    fn read(&self) -> Ref<'_, T>;
}

impl<T> Cells<T> for RefCell<T> {
    #[inline]
    fn lock(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => conflict(),
        }
    }

    #[inline]
    fn read(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(_) => conflict(),
        }
    }
}

#[cold]
#[inline(never)]
fn conflict() -> ! {
    panic!("wasm-dispose: a runtime cell was re-entered")
}
