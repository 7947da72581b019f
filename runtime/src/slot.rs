//! The slot behind every JavaScript handle: the Rust value and one state word.
//!
//! The word holds the state (live, disposed, moved) and the slot's own borrow
//! count, separate from wasm-bindgen's, so that a disposal that arrives while
//! Rust still borrows the value (a JS callback, an `await` in an async
//! method) is deferred to the end of that borrow instead of freeing memory in
//! use, and so that a refused borrow is an ordinary error returned after
//! every argument was released, never a throw from inside a conversion. A
//! live call costs one load, one compare and two stores of this word.

use core::cell::{Cell, UnsafeCell};
use core::ops::{Deref, DerefMut};

use crate::class::{Disposable, Reason};
use crate::error::SlotError;

/// The value is gone or going: disposed, moved, or never there.
const DEAD: u32 = 1 << 31;
/// With `DEAD`: it was moved into Rust.
const MOVED: u32 = 1 << 30;
/// With `DEAD`: an async disposal waits for the borrows to end.
const ASYNC: u32 = 1 << 29;
/// One exclusive borrow.
const EXCLUSIVE: u32 = 1 << 28;
/// The number of shared borrows.
const SHARED: u32 = EXCLUSIVE - 1;
const BORROWED: u32 = EXCLUSIVE | SHARED;

/// Where a slot is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Holds the Rust value.
    Live,
    /// Emptied by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`.
    Disposed,
    /// The value was passed by value into Rust.
    Moved,
}

/// A value owned by a JavaScript object.
pub struct Slot<T: Disposable> {
    flags: Cell<u32>,
    value: UnsafeCell<Option<T>>,
    /// Where the value was created (a key into the live-site table).
    #[cfg(feature = "leak-sites")]
    site: Cell<u32>,
}

impl<T: Disposable> Slot<T> {
    pub(crate) fn new(value: T) -> Self {
        Slot::with(0, Some(value))
    }

    /// A slot that never holds a value (the probe used to reach the class
    /// prototype). It counts as disposed and is never recorded.
    #[doc(hidden)]
    pub fn empty() -> Self {
        Slot::with(DEAD, None)
    }

    fn with(flags: u32, value: Option<T>) -> Self {
        Slot {
            flags: Cell::new(flags),
            value: UnsafeCell::new(value),
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
        let f = self.flags.get();
        if f & DEAD == 0 {
            State::Live
        } else if f & MOVED != 0 {
            State::Moved
        } else {
            State::Disposed
        }
    }

    #[inline]
    pub fn is_live(&self) -> bool {
        self.flags.get() & DEAD == 0
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn refusal(&self) -> SlotError {
        match self.state() {
            State::Live => SlotError::borrowed(T::CLASS),
            state => SlotError::dead(T::CLASS, state),
        }
    }

    /// Why the slot refuses access now, as the pending error of the call
    /// (see `ret.rs`). Out of line and with nothing but a pointer in, so
    /// that the callers keep no frame in linear memory.
    #[cold]
    #[inline(never)]
    pub(crate) fn refuse_pending(&self) {
        crate::ret::set_pending(self.refusal());
    }

    /// [`Slot::try_borrow`] for generated methods: `None` when refused, with the
    /// error pending.
    #[inline(always)]
    pub fn enter(&self) -> Option<SlotRef<'_, T>> {
        let guard = self.try_borrow();
        if guard.is_none() {
            self.refuse_pending();
        }
        guard
    }

    /// [`Slot::try_borrow_mut`] for generated methods.
    #[inline(always)]
    pub fn enter_mut(&self) -> Option<SlotRefMut<'_, T>> {
        let guard = self.try_borrow_mut();
        if guard.is_none() {
            self.refuse_pending();
        }
        guard
    }

    /// [`Slot::can_take`] for generated methods: `false` when refused, with
    /// the error pending.
    #[inline(always)]
    pub fn may_take(&self) -> bool {
        if self.flags.get() != 0 {
            self.refuse_pending();
            return false;
        }
        true
    }

    /// Shared access for a `&self` method or a `&Foo` argument; `None` when
    /// refused ([`Slot::refusal`] says why).
    #[inline(always)]
    pub fn try_borrow(&self) -> Option<SlotRef<'_, T>> {
        let f = self.flags.get();
        if f & (DEAD | EXCLUSIVE) != 0 {
            return None;
        }
        self.flags.set(f + 1);
        Some(SlotRef { slot: self })
    }

    /// Exclusive access for a `&mut self` method or a `&mut Foo` argument.
    #[inline(always)]
    pub fn try_borrow_mut(&self) -> Option<SlotRefMut<'_, T>> {
        if self.flags.get() != 0 {
            return None;
        }
        self.flags.set(EXCLUSIVE);
        Some(SlotRefMut { slot: self })
    }

    /// Whether [`Slot::take`] would succeed now.
    #[inline]
    pub fn can_take(&self) -> Result<(), SlotError> {
        if self.flags.get() != 0 {
            return Err(self.refusal());
        }
        Ok(())
    }

    /// Moves the value out (a `self` method, or a `Foo` argument); the
    /// JavaScript object is `moved` from now on. Refused while borrowed, so
    /// the object stays usable.
    pub fn take(&self) -> Result<T, SlotError> {
        self.can_take()?;
        self.flags.set(DEAD | MOVED);
        self.record(Reason::Move);
        // SAFETY: no borrow is live (checked above), so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() };
        Ok(value.expect("a live slot holds a value"))
    }

    /// Disposes the value: drops it now, or at the end of the borrow that
    /// holds it. Returns `false` (and does nothing) if it was not live.
    pub fn dispose(&self) -> bool {
        let f = self.flags.get();
        if f & DEAD != 0 {
            return false;
        }
        // The state changes first so that a `Drop` that calls back into
        // JavaScript sees a disposed object, never a half-dropped one.
        self.flags.set(f | DEAD);
        // Counted when the value goes: now, or at the end of the borrow.
        if f & BORROWED == 0 {
            self.record(Reason::Dispose);
            self.drop_value();
        }
        true
    }

    /// Starts an async disposal: the slot is disposed from now on. Returns
    /// the value if no borrow holds it, else `Err(true)` and the value goes
    /// to [`crate::dispose::deliver`] when the last borrow ends; `Err(false)`
    /// if the slot was not live.
    pub(crate) fn begin_async_dispose(&self) -> Result<T, bool> {
        let f = self.flags.get();
        if f & DEAD != 0 {
            return Err(false);
        }
        if f & BORROWED != 0 {
            self.flags.set(f | DEAD | ASYNC);
            return Err(true);
        }
        self.record(Reason::AsyncDispose);
        self.flags.set(DEAD);
        // SAFETY: no borrow is live, so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() };
        Ok(value.expect("a live slot holds a value"))
    }

    fn drop_value(&self) {
        // SAFETY: only called with no borrow live.
        let value = unsafe { (*self.value.get()).take() };
        drop(value);
    }

    /// The last borrow ended on a slot that was disposed meanwhile.
    #[cold]
    #[inline(never)]
    fn settle(&self) {
        // A `Drop` may call into WebAssembly while a refusal of the call in
        // progress waits to be thrown; it must not see that error.
        let pending = crate::ret::stash();
        self.settle_now();
        crate::ret::unstash(pending);
    }

    fn settle_now(&self) {
        let f = self.flags.get();
        if f & ASYNC != 0 {
            self.flags.set(f & !ASYNC);
            self.record(Reason::AsyncDispose);
            // SAFETY: no borrow is live, so nothing aliases the value.
            if let Some(value) = unsafe { (*self.value.get()).take() } {
                crate::dispose::deliver(self as *const Self as usize, value);
            }
        } else {
            self.record(Reason::Dispose);
            self.drop_value();
        }
    }

    #[inline]
    fn release_shared(&self) {
        let f = self.flags.get() - 1;
        self.flags.set(f);
        if f & DEAD != 0 && f & BORROWED == 0 {
            self.settle();
        }
    }

    #[inline]
    fn release_exclusive(&self) {
        let f = self.flags.get() & !EXCLUSIVE;
        self.flags.set(f);
        if f != 0 {
            self.settle();
        }
    }

    fn get(&self) -> &T {
        // SAFETY: callers hold a borrow, so the value is present and not
        // mutably aliased.
        unsafe { (*self.value.get()).as_ref().unwrap_unchecked() }
    }

    #[allow(clippy::mut_from_ref)]
    fn get_mut(&self) -> &mut T {
        // SAFETY: callers hold the one exclusive borrow.
        unsafe { (*self.value.get()).as_mut().unwrap_unchecked() }
    }
}

impl<T: Disposable> Drop for Slot<T> {
    fn drop(&mut self) {
        // The handle itself is being freed by wasm-bindgen's finalizer. A
        // value still here was never disposed.
        let f = self.flags.get();
        if f & BORROWED != 0 {
            // No call holds the slot now (a call's `this`, or an async
            // call's reference count, keeps the handle alive), so only a
            // trap left this borrow. The value may be half-updated: it is
            // abandoned, not dropped, and counted as leaked.
            self.flags.set(DEAD);
            self.record(Reason::Trap);
            core::mem::forget(self.value.get_mut().take());
        } else if f & DEAD == 0 {
            self.flags.set(DEAD);
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
    #[inline]
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Disposable> Drop for SlotRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.slot.release_shared();
    }
}

/// An exclusive borrow of a slot's value.
pub struct SlotRefMut<'a, T: Disposable> {
    slot: &'a Slot<T>,
}

impl<T: Disposable> Deref for SlotRefMut<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Disposable> DerefMut for SlotRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        self.slot.get_mut()
    }
}

impl<T: Disposable> Drop for SlotRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.slot.release_exclusive();
    }
}
