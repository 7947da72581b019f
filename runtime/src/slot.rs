//! The slot behind every JavaScript handle: `Live(T) | Disposed | Moved`.
//!
//! The slot has its own borrow count, separate from wasm-bindgen's, so that
//! a disposal that arrives while Rust still borrows the value (a JS callback,
//! an `await` in an async method) is deferred to the end of that borrow
//! instead of freeing memory that is in use, and an async disposal waits for
//! it.

use core::cell::{Cell, UnsafeCell};
use core::ops::{Deref, DerefMut};
use core::task::{Context, Poll, Waker};

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
    /// An async disposal is waiting for the borrows to end; the value stays
    /// for it instead of being dropped.
    async_pending: Cell<bool>,
    waiter: Cell<Option<Waker>>,
    /// Where the value was created (a key into the live-site table).
    #[cfg(feature = "leak-sites")]
    site: Cell<u32>,
}

impl<T: Disposable> Slot<T> {
    pub(crate) fn new(value: T) -> Self {
        Slot::with(State::Live, Some(value))
    }

    /// A slot that never holds a value (the probe handle).
    #[doc(hidden)]
    pub fn empty() -> Self {
        Slot::with(State::Empty, None)
    }

    fn with(state: State, value: Option<T>) -> Self {
        Slot {
            state: Cell::new(state),
            borrows: Cell::new(0),
            value: UnsafeCell::new(value),
            async_pending: Cell::new(false),
            waiter: Cell::new(None),
            #[cfg(feature = "leak-sites")]
            site: Cell::new(0),
        }
    }

    /// Counts the value leaving the slot, with its allocation site.
    #[inline]
    fn record(&self, reason: Reason) {
        #[cfg(feature = "leak-sites")]
        let site = self.site.get();
        #[cfg(not(feature = "leak-sites"))]
        let site = 0;
        crate::class::record::<T>(reason, site);
    }

    #[cfg(feature = "leak-sites")]
    pub(crate) fn set_site(&self, key: u32) {
        self.site.set(key);
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
        self.record(Reason::Move);
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
        self.record(reason);
        if self.borrows.get() == 0 {
            self.drop_value();
        }
        true
    }

    /// Starts an async disposal: the slot is disposed from now on, but the
    /// value stays until [`Slot::poll_take`] hands it to the async cleanup,
    /// once no borrow holds it. Returns `false` if the slot was not live.
    pub(crate) fn begin_async_dispose(&self) -> bool {
        if self.state.get() != State::Live {
            return false;
        }
        self.state.set(State::Disposed);
        self.async_pending.set(true);
        self.record(Reason::AsyncDispose);
        true
    }

    /// The value of a slot in async disposal, as soon as no borrow holds it.
    pub(crate) fn poll_take(&self, cx: &mut Context<'_>) -> Poll<T> {
        debug_assert!(self.async_pending.get());
        if self.borrows.get() != 0 {
            self.waiter.set(Some(cx.waker().clone()));
            return Poll::Pending;
        }
        self.async_pending.set(false);
        // SAFETY: no borrow is live, so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() };
        Poll::Ready(value.expect("a slot in async disposal holds its value"))
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
            if self.async_pending.get() {
                // An async disposal arrived during the borrow: its turn now.
                if let Some(waker) = self.waiter.take() {
                    waker.wake();
                }
            } else {
                // A disposal that arrived during the borrow.
                self.drop_value();
            }
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
            self.record(Reason::Finalize);
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
