//! The slot behind every JavaScript handle: `Live(T) | Disposed | Moved`.
//!
//! The handle wasm-bindgen exports stays valid for the whole life of the
//! JavaScript object; disposal only empties its slot. That is what makes a
//! second `free()` a no-op and `disposed` an ordinary read, and it lets a
//! disposal that arrives while Rust still borrows the value (a JS callback,
//! an `await`) be deferred to the end of that borrow instead of freeing
//! memory that is in use.

use core::cell::{Cell, UnsafeCell};
use core::ops::{Deref, DerefMut};

use crate::class::{Disposable, Reason};
use crate::error::SlotError;

/// Where a slot is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Holds the Rust value.
    Live,
    /// Emptied by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`.
    Disposed,
    /// The value was passed by value into Rust.
    Moved,
    /// Never held a value (the probe used to reach the class prototype).
    Empty,
}

/// A value owned by a JavaScript object.
pub struct Slot<T: Disposable> {
    state: Cell<State>,
    /// `> 0`: shared borrows, `-1`: one exclusive borrow.
    borrows: Cell<isize>,
    value: UnsafeCell<Option<T>>,
}

impl<T: Disposable> Slot<T> {
    pub(crate) fn new(value: T) -> Self {
        Slot {
            state: Cell::new(State::Live),
            borrows: Cell::new(0),
            value: UnsafeCell::new(Some(value)),
        }
    }

    pub(crate) fn empty() -> Self {
        Slot {
            state: Cell::new(State::Empty),
            borrows: Cell::new(0),
            value: UnsafeCell::new(None),
        }
    }

    pub fn state(&self) -> State {
        self.state.get()
    }

    pub fn is_live(&self) -> bool {
        self.state.get() == State::Live
    }

    fn check_live(&self) -> Result<(), SlotError> {
        match self.state.get() {
            State::Live => Ok(()),
            state => Err(SlotError::dead(T::CLASS, state)),
        }
    }

    /// Shared access for a `&self` method or a `&Foo` argument.
    pub fn borrow(&self) -> Result<SlotRef<'_, T>, SlotError> {
        self.check_live()?;
        let n = self.borrows.get();
        if n < 0 {
            return Err(SlotError::borrowed(T::CLASS));
        }
        self.borrows.set(n + 1);
        Ok(SlotRef { slot: self })
    }

    /// Exclusive access for a `&mut self` method or a `&mut Foo` argument.
    pub fn borrow_mut(&self) -> Result<SlotRefMut<'_, T>, SlotError> {
        self.check_live()?;
        if self.borrows.get() != 0 {
            return Err(SlotError::borrowed(T::CLASS));
        }
        self.borrows.set(-1);
        Ok(SlotRefMut { slot: self })
    }

    /// Moves the value out (a `self` method, or a `Foo` argument); the
    /// JavaScript object is `moved` from now on.
    pub fn take(&self) -> Result<T, SlotError> {
        self.check_live()?;
        if self.borrows.get() != 0 {
            return Err(SlotError::borrowed(T::CLASS));
        }
        self.state.set(State::Moved);
        crate::class::record::<T>(Reason::Move);
        // SAFETY: no borrow is live (checked above), so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() };
        Ok(value.expect("a live slot holds a value"))
    }

    /// Disposes the value: drops it now, or at the end of the borrow that
    /// holds it. Returns `false` (and does nothing) if it was not live.
    pub fn dispose(&self, reason: Reason) -> bool {
        if self.state.get() != State::Live {
            return false;
        }
        // The state changes first so that a `Drop` that calls back into
        // JavaScript sees a disposed object, never a half-dropped one.
        self.state.set(State::Disposed);
        crate::class::record::<T>(reason);
        if self.borrows.get() == 0 {
            self.drop_value();
        }
        true
    }

    fn drop_value(&self) {
        // SAFETY: only called with no borrow live.
        let value = unsafe { (*self.value.get()).take() };
        drop(value);
    }

    fn release(&self) {
        let n = self.borrows.get();
        let n = if n < 0 { 0 } else { n - 1 };
        self.borrows.set(n);
        if n == 0 && self.state.get() != State::Live {
            // A disposal that arrived during the borrow.
            self.drop_value();
        }
    }

    fn get(&self) -> &T {
        // SAFETY: callers hold a borrow, so the value is present and not
        // mutably aliased.
        unsafe { (*self.value.get()).as_ref().expect("a borrowed slot holds a value") }
    }

    #[allow(clippy::mut_from_ref)]
    fn get_mut(&self) -> &mut T {
        // SAFETY: callers hold the one exclusive borrow.
        unsafe { (*self.value.get()).as_mut().expect("a borrowed slot holds a value") }
    }
}

impl<T: Disposable> Drop for Slot<T> {
    fn drop(&mut self) {
        // The handle itself is being freed: wasm-bindgen's finalizer ran (or
        // the probe is done). A value still here was never disposed.
        if self.state.get() == State::Live {
            self.state.set(State::Disposed);
            crate::class::record::<T>(Reason::Finalize);
        }
    }
}

/// A shared borrow of a slot's value.
pub struct SlotRef<'a, T: Disposable> {
    slot: &'a Slot<T>,
}

impl<T: Disposable> Deref for SlotRef<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Disposable> Drop for SlotRef<'_, T> {
    fn drop(&mut self) {
        self.slot.release();
    }
}

/// An exclusive borrow of a slot's value.
pub struct SlotRefMut<'a, T: Disposable> {
    slot: &'a Slot<T>,
}

impl<T: Disposable> Deref for SlotRefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Disposable> DerefMut for SlotRefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.slot.get_mut()
    }
}

impl<T: Disposable> Drop for SlotRefMut<'_, T> {
    fn drop(&mut self) {
        self.slot.release();
    }
}
