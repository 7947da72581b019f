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

use crate::error::SlotError;
use crate::state::Reason;
pub use crate::state::State;

/// The value is gone or going: disposed, moved, or never there.
const DEAD: u32 = 1 << 31;
/// With `DEAD`: it was moved into Rust.
const MOVED: u32 = 1 << 30;
/// With `DEAD`: an async disposal waits for the borrows to end.
const ASYNC: u32 = 1 << 29;
/// One exclusive borrow.
const EXCLUSIVE: u32 = 1 << 28;
/// The slot is a parent part (see `parent.rs`) that JavaScript may not use
/// now: its child's value is in Rust (moved, or in an async cleanup), or
/// was dropped. Rust reaches the value through the child's `Parent`; with
/// `DEAD` it marks a part whose end is never counted (its child's is).
const DETACHED: u32 = 1 << 27;
/// The number of shared borrows.
const SHARED: u32 = DETACHED - 1;
const BORROWED: u32 = EXCLUSIVE | SHARED;

/// What a slot needs to know of the type it holds: its class name, for
/// refusals, and where a value leaving the slot is counted. Every
/// `#[disposable]` type has it (through `Disposable`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `#[disposable]` struct",
    label = "`#[disposable]` methods and conversions need `#[disposable]` on `struct {Self}`",
    note = "put `#[disposable]` on the struct (instead of `#[wasm_bindgen]`)"
)]
pub trait Owner: Sized + 'static {
    /// The JavaScript class name.
    const CLASS: &'static str;
    /// Whether its values may be disposed asynchronously: only then may a
    /// slot wait for an async disposal (so a class without one links none
    /// of it).
    const ASYNC: bool = false;
    /// A value left its slot (`site`: its allocation-site key, `0` for none).
    fn record(reason: Reason, site: u32);
    /// The value left its slot for Rust (a move, an async cleanup): the
    /// parent parts it holds are JavaScript's no longer (see `parent.rs`).
    #[inline(always)]
    fn left(value: &Self) {
        let _ = value;
    }
}

/// The state a slot's flags say.
#[inline]
fn state_of(f: u32) -> State {
    if f & (DEAD | DETACHED) == 0 {
        State::Live
    } else if f & DEAD == 0 || f & MOVED != 0 {
        State::Moved
    } else {
        State::Disposed
    }
}

/// Why a slot with flags `f` of class `class` refuses access. Not generic
/// over the slot's type, so that there is one copy for every class.
#[cold]
#[inline(never)]
fn refusal(f: u32, class: &'static str) -> SlotError {
    match state_of(f) {
        State::Live => SlotError::borrowed(class),
        state => SlotError::dead(class, state),
    }
}

/// [`refusal`] as the pending error of the call (see `ret.rs`). Out of line
/// and with nothing but scalars in, so that the callers keep no frame in
/// linear memory; one copy for every class.
#[cold]
#[inline(never)]
fn refuse_pending(f: u32, class: &'static str) {
    crate::ret::set_pending(refusal(f, class));
}

/// The part of a slot that does not depend on the value's type: the state
/// word, and the allocation site. First in every `Slot<T>` (`repr(C)`), so
/// that the code that disposes and settles a slot is one copy for every
/// class, given the class's [`End`].
#[repr(C)]
pub(crate) struct Head {
    flags: Cell<u32>,
    /// Where the value was created (a key into the live-site table).
    #[cfg(feature = "leak-sites")]
    site: Cell<u32>,
}

/// How a slot of one class lets its value go, with no borrow live: counted
/// as leaving for the reason given (none for a part, whose end is its
/// child's), then dropped, or, for an async disposal, handed to its cleanup.
///
/// # Safety
/// `head` must be the [`Head`] of a `Slot` of the class whose `End` this is,
/// that is dead and that no borrow holds.
pub(crate) type End = unsafe fn(&Head, Option<Reason>);

impl Head {
    /// [`Slot::state`].
    #[cfg(feature = "snippet")]
    #[inline]
    pub(crate) fn state(&self) -> State {
        state_of(self.flags.get())
    }

    /// Whether a Rust borrow holds the value now (or a trap left one).
    #[cfg(any(feature = "snippet", test))]
    #[inline]
    pub(crate) fn is_borrowed(&self) -> bool {
        self.flags.get() & BORROWED != 0
    }

    /// [`Slot::dispose`], for every class.
    #[inline(never)]
    pub(crate) fn dispose(&self, end: End) -> bool {
        let f = self.flags.get();
        if f & DEAD != 0 {
            return false;
        }
        // The state changes first so that a `Drop` that calls back into
        // JavaScript sees a disposed object, never a half-dropped one.
        self.flags.set(f | DEAD);
        // Counted when the value goes: now, or at the end of the borrow.
        if f & BORROWED == 0 {
            // SAFETY: `end` is this slot's class's (the caller's), the slot is
            // dead now and no borrow holds it.
            unsafe { end(self, Some(Reason::Dispose)) };
        }
        true
    }

    /// The last borrow ended on a slot that was disposed meanwhile.
    #[cold]
    #[inline(never)]
    fn settle(&self, end: End) {
        // A `Drop` may call into WebAssembly while a refusal of the call in
        // progress waits to be thrown; it must not see that error.
        let pending = crate::ret::stash();
        let f = self.flags.get();
        if f & DEAD == 0 {
            // The end of Rust's exclusive borrow of a detached part: nothing
            // to settle.
        } else if f & ASYNC != 0 {
            self.flags.set(f & !ASYNC);
            // SAFETY: `end` is this slot's class's (the caller's), the slot
            // is dead and the last borrow just ended.
            unsafe { end(self, Some(Reason::AsyncDispose)) };
        } else {
            // A part's end is its child's, counted there.
            let reason = if f & DETACHED == 0 { Some(Reason::Dispose) } else { None };
            // SAFETY: as above.
            unsafe { end(self, reason) };
        }
        crate::ret::unstash(pending);
    }
}

/// A value owned by a JavaScript object.
#[repr(C)]
pub struct Slot<T: Owner> {
    head: Head,
    value: UnsafeCell<Option<T>>,
}

impl<T: Owner> Slot<T> {
    pub(crate) fn new(value: T) -> Self {
        Slot::with(0, Some(value))
    }

    /// A slot that never holds a value (the probe used to reach the class
    /// prototype). It counts as disposed and is never recorded.
    #[doc(hidden)]
    pub fn empty() -> Self {
        Slot::with(DEAD, None)
    }

    /// A slot that is, and stays, `state` (not `Live`): the sentinel handle a
    /// disposed or moved object points at.
    #[cfg(any(feature = "snippet", test))]
    pub(crate) fn dead(state: State) -> Self {
        Slot::with(if state == State::Moved { DEAD | MOVED } else { DEAD }, None)
    }

    fn with(flags: u32, value: Option<T>) -> Self {
        Slot {
            head: Head {
                flags: Cell::new(flags),
                #[cfg(feature = "leak-sites")]
                site: Cell::new(0),
            },
            value: UnsafeCell::new(value),
        }
    }

    /// Counts the value leaving the slot, with its allocation site.
    #[inline]
    fn record(&self, reason: Reason) {
        #[cfg(feature = "leak-sites")]
        let site = self.head.site.get();
        #[cfg(not(feature = "leak-sites"))]
        let site = 0;
        T::record(reason, site);
    }

    #[cfg(feature = "leak-sites")]
    pub(crate) fn set_site(&self, key: u32) {
        self.head.site.set(key);
    }

    /// Live, disposed or moved (a detached part: moved with its child).
    #[inline]
    pub fn state(&self) -> State {
        state_of(self.head.flags.get())
    }

    /// Whether the value is still in the slot.
    #[inline]
    pub fn is_live(&self) -> bool {
        self.head.flags.get() & DEAD == 0
    }

    /// Whether a Rust borrow holds the value now (or a trap left one).
    #[cfg(test)]
    fn is_borrowed(&self) -> bool {
        self.head.is_borrowed()
    }

    /// Why the slot refuses access now.
    #[inline]
    pub(crate) fn refusal(&self) -> SlotError {
        refusal(self.head.flags.get(), T::CLASS)
    }

    /// Why the slot refuses access now, as the pending error of the call
    /// (see `ret.rs`).
    #[inline(always)]
    pub(crate) fn refuse_pending(&self) {
        refuse_pending(self.head.flags.get(), T::CLASS);
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
        if self.head.flags.get() != 0 {
            self.refuse_pending();
            return false;
        }
        true
    }

    /// Shared access for a `&self` method or a `&Foo` argument; `None` when
    /// refused ([`Slot::refusal`] says why).
    #[inline(always)]
    pub fn try_borrow(&self) -> Option<SlotRef<'_, T>> {
        self.share_unless(DEAD | EXCLUSIVE | DETACHED)
    }

    /// Exclusive access for a `&mut self` method or a `&mut Foo` argument.
    #[inline(always)]
    pub fn try_borrow_mut(&self) -> Option<SlotRefMut<'_, T>> {
        self.lock_if_only(0)
    }

    /// A shared borrow, unless a flag of `refused` is set.
    #[inline(always)]
    fn share_unless(&self, refused: u32) -> Option<SlotRef<'_, T>> {
        let f = self.head.flags.get();
        if f & refused != 0 {
            return None;
        }
        self.head.flags.set(f + 1);
        Some(SlotRef { slot: self })
    }

    /// An exclusive borrow, if no flag but those of `allowed` is set.
    #[inline(always)]
    fn lock_if_only(&self, allowed: u32) -> Option<SlotRefMut<'_, T>> {
        let f = self.head.flags.get();
        if f & !allowed != 0 {
            return None;
        }
        self.head.flags.set(f | EXCLUSIVE);
        Some(SlotRefMut { slot: self })
    }

    /// Whether [`Slot::take`] would succeed now.
    #[inline]
    pub fn can_take(&self) -> Result<(), SlotError> {
        if self.head.flags.get() != 0 {
            return Err(self.refusal());
        }
        Ok(())
    }

    /// Moves the value out (a `self` method, or a `Foo` argument); the
    /// JavaScript object is `moved` from now on. Refused while borrowed, so
    /// the object stays usable.
    pub fn take(&self) -> Result<T, SlotError> {
        self.can_take()?;
        self.head.flags.set(DEAD | MOVED);
        self.record(Reason::Move);
        // SAFETY: no borrow is live (checked above), so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() }.unwrap_or_else(|| panic!("a live slot holds a value"));
        T::left(&value);
        Ok(value)
    }

    /// Disposes the value: drops it now, or at the end of the borrow that
    /// holds it. Returns `false` (and does nothing) if it was not live.
    #[inline]
    pub fn dispose(&self) -> bool {
        self.head.dispose(Self::END)
    }

    /// This class's [`End`].
    pub(crate) const END: End = Self::end;

    /// [`End`]: one copy per class, shared by disposal and settling.
    ///
    /// # Safety
    /// See [`End`].
    unsafe fn end(head: &Head, reason: Option<Reason>) {
        // SAFETY: `head` is the first field of a `Slot<T>` (`repr(C)`, the
        // caller's contract), so it points at the slot.
        let slot = unsafe { &*(head as *const Head as *const Self) };
        if let Some(reason) = reason {
            slot.record(reason);
        }
        // SAFETY: no borrow is live (the caller's contract), so nothing
        // aliases the value; the slot is dead, so no new borrow can start
        // from inside its `Drop`.
        let value = unsafe { (*slot.value.get()).take() };
        if T::ASYNC && reason == Some(Reason::AsyncDispose) {
            if let Some(value) = value {
                T::left(&value);
                crate::mailbox::deliver(slot.key(), value);
            }
        } else {
            drop(value);
        }
    }

    /// Starts an async disposal: the slot is disposed from now on. Returns
    /// the value if no borrow holds it, else `Err(true)` and the value goes
    /// to [`crate::mailbox::deliver`] when the last borrow ends; `Err(false)`
    /// if the slot was not live.
    pub(crate) fn begin_async_dispose(&self) -> Result<T, bool> {
        let f = self.head.flags.get();
        if f & DEAD != 0 {
            return Err(false);
        }
        if f & BORROWED != 0 {
            const { assert!(T::ASYNC, "only a class with async disposal waits for it") };
            self.head.flags.set(f | DEAD | ASYNC);
            return Err(true);
        }
        self.record(Reason::AsyncDispose);
        self.head.flags.set(DEAD);
        // SAFETY: no borrow is live, so nothing aliases the value.
        let value = unsafe { (*self.value.get()).take() }.unwrap_or_else(|| panic!("a live slot holds a value"));
        T::left(&value);
        Ok(value)
    }

    /// The value of a slot being put in its handle (no borrow can hold it
    /// yet): where a handle finds its parent part (see `parent.rs`).
    #[doc(hidden)]
    pub fn fresh_value(&self) -> Option<&T> {
        if self.head.flags.get() & BORROWED != 0 {
            return None;
        }
        // SAFETY: no borrow holds the value, and the caller holds `&self`
        // only while it builds the handle, before any call can borrow it.
        unsafe { (*self.value.get()).as_ref() }
    }

    #[cfg(wd_extends)]
    /// A parent part (see `parent.rs`): live, detached until its child
    /// reaches JavaScript.
    pub(crate) fn part(value: T) -> Self {
        Slot::with(DETACHED, Some(value))
    }

    #[cfg(wd_extends)]
    /// A part's child reached JavaScript (`true`), or its value left for
    /// Rust (`false`): JavaScript may use the part, or not.
    pub(crate) fn attach(&self, attached: bool) {
        let f = self.head.flags.get();
        if f & DEAD == 0 {
            self.head.flags.set(if attached { f & !DETACHED } else { f | DETACHED });
        }
    }

    #[cfg(wd_extends)]
    /// Rust's shared borrow of a part, through its child's `Parent`: allowed
    /// while the part is detached from JavaScript.
    pub(crate) fn borrow_part(&self) -> Option<SlotRef<'_, T>> {
        self.share_unless(DEAD | EXCLUSIVE)
    }

    #[cfg(wd_extends)]
    /// Rust's exclusive borrow of a part.
    pub(crate) fn borrow_part_mut(&self) -> Option<SlotRefMut<'_, T>> {
        self.lock_if_only(DETACHED)
    }

    #[cfg(wd_extends)]
    /// The child's value was dropped: the part goes with it, now or at the
    /// end of the JavaScript call that borrows it, and is not counted.
    pub(crate) fn dispose_part(&self) {
        let f = self.head.flags.get();
        if f & DEAD != 0 {
            return;
        }
        self.head.flags.set(f | DEAD | DETACHED);
        if f & BORROWED == 0 {
            // SAFETY: this class's end; the slot is dead and not borrowed.
            unsafe { Self::end(&self.head, None) };
        }
    }

    /// The address that names this slot to [`crate::mailbox`].
    pub(crate) fn key(&self) -> usize {
        self as *const Self as usize
    }

    #[inline]
    fn release_shared(&self) {
        let f = self.head.flags.get() - 1;
        self.head.flags.set(f);
        if f & DEAD != 0 && f & BORROWED == 0 {
            self.head.settle(Self::END);
        }
    }

    #[inline]
    fn release_exclusive(&self) {
        let f = self.head.flags.get() & !EXCLUSIVE;
        self.head.flags.set(f);
        if f != 0 {
            self.head.settle(Self::END);
        }
    }

    fn get(&self) -> &T {
        // SAFETY: callers hold a borrow, so the value is present (a live slot
        // holds one, and it leaves only with no borrow live) and not mutably
        // aliased.
        unsafe { (*self.value.get()).as_ref().unwrap_unchecked() }
    }

    #[allow(clippy::mut_from_ref)]
    fn get_mut(&self) -> &mut T {
        // SAFETY: callers hold the one exclusive borrow, so the value is
        // present and nothing else aliases it.
        unsafe { (*self.value.get()).as_mut().unwrap_unchecked() }
    }
}

impl<T: Owner> Drop for Slot<T> {
    fn drop(&mut self) {
        // The handle itself is being freed (by wasm-bindgen's finalizer, or
        // by a disposal that gave the cell back). A value still here was
        // never disposed.
        let f = self.head.flags.get();
        if f & BORROWED != 0 {
            // No call holds the slot now (a call's `this`, or an async
            // call's reference count, keeps the handle alive), so only a
            // trap left this borrow. The value may be half-updated: it is
            // abandoned, not dropped, and counted as leaked.
            self.head.flags.set(DEAD);
            self.record(Reason::Trap);
            core::mem::forget(self.value.get_mut().take());
        } else if f & DEAD == 0 {
            self.head.flags.set(DEAD);
            self.record(Reason::Finalize);
        }
    }
}

/// A shared borrow of a slot's value.
pub struct SlotRef<'a, T: Owner> {
    slot: &'a Slot<T>,
}

impl<T: Owner> Deref for SlotRef<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Owner> Drop for SlotRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.slot.release_shared();
    }
}

/// An exclusive borrow of a slot's value.
pub struct SlotRefMut<'a, T: Owner> {
    slot: &'a Slot<T>,
}

impl<T: Owner> Deref for SlotRefMut<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        self.slot.get()
    }
}

impl<T: Owner> DerefMut for SlotRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        self.slot.get_mut()
    }
}

impl<T: Owner> Drop for SlotRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.slot.release_exclusive();
    }
}

#[cfg(test)]
mod tests {
    //! The state machine on the host: no JavaScript is involved until a
    //! refusal is turned into a JavaScript error, which these tests avoid.

    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    thread_local! {
        static EVENTS: RefCell<Vec<Reason>> = const { RefCell::new(Vec::new()) };
    }

    /// A value that notes its own drop.
    struct Probe(Rc<Cell<u32>>);

    impl Drop for Probe {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    impl Owner for Probe {
        const CLASS: &'static str = "Probe";
        const ASYNC: bool = true;
        fn record(reason: Reason, _site: u32) {
            EVENTS.with(|e| e.borrow_mut().push(reason));
        }
    }

    fn events() -> Vec<Reason> {
        EVENTS.with(|e| e.take())
    }

    fn slot() -> (Slot<Probe>, Rc<Cell<u32>>) {
        let drops = Rc::new(Cell::new(0));
        events();
        (Slot::new(Probe(drops.clone())), drops)
    }

    #[test]
    fn dispose_drops_once_and_counts_once() {
        let (s, drops) = slot();
        assert_eq!(s.state(), State::Live);
        assert!(s.dispose());
        assert_eq!((drops.get(), s.state()), (1, State::Disposed));
        assert!(!s.dispose(), "a second disposal is a no-op");
        assert!(s.try_borrow().is_none() && s.try_borrow_mut().is_none() && s.can_take().is_err());
        drop(s);
        assert_eq!(drops.get(), 1);
        assert_eq!(events(), [Reason::Dispose]);
    }

    #[test]
    fn shared_borrows_stack_and_exclude_mutation_and_moves() {
        let (s, _) = slot();
        let a = s.try_borrow().unwrap();
        let b = s.try_borrow().unwrap();
        assert!(s.try_borrow_mut().is_none());
        assert_eq!(s.can_take(), Err(SlotError::borrowed("Probe")));
        assert!(s.is_borrowed());
        drop((a, b));
        assert!(!s.is_borrowed());
        let m = s.try_borrow_mut().unwrap();
        assert!(s.try_borrow().is_none() && s.try_borrow_mut().is_none());
        drop(m);
        assert!(s.take().is_ok());
        assert_eq!(s.state(), State::Moved);
        assert_eq!(s.refusal(), SlotError::dead("Probe", State::Moved));
        assert_eq!(events(), [Reason::Move]);
    }

    #[test]
    fn a_disposal_during_a_borrow_waits_for_its_end() {
        let (s, drops) = slot();
        let m = s.try_borrow_mut().unwrap();
        assert!(s.dispose());
        assert_eq!((drops.get(), s.state()), (0, State::Disposed), "still borrowed");
        assert!(events().is_empty(), "counted when the value goes");
        drop(m);
        assert_eq!(drops.get(), 1);
        assert_eq!(events(), [Reason::Dispose]);

        let (s, drops) = slot();
        let (a, b) = (s.try_borrow().unwrap(), s.try_borrow().unwrap());
        s.dispose();
        drop(a);
        assert_eq!(drops.get(), 0, "one shared borrow left");
        drop(b);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn an_async_disposal_takes_the_value_or_waits_for_the_borrow() {
        let (s, drops) = slot();
        let value = s.begin_async_dispose().ok().unwrap();
        assert_eq!(s.state(), State::Disposed);
        assert_eq!(s.begin_async_dispose().err(), Some(false));
        drop(value);
        assert_eq!(drops.get(), 1);
        assert_eq!(events(), [Reason::AsyncDispose]);

        let (s, drops) = slot();
        let r = s.try_borrow().unwrap();
        assert_eq!(s.begin_async_dispose().err(), Some(true));
        assert!(!s.dispose(), "already disposing");
        drop(r);
        // No cleanup waits in this test: the mailbox drops the value.
        assert_eq!(drops.get(), 1);
        assert_eq!(events(), [Reason::AsyncDispose]);
    }

    #[test]
    fn dropping_a_live_slot_is_a_leak_and_a_stuck_borrow_a_trap() {
        let (s, drops) = slot();
        drop(s);
        assert_eq!(drops.get(), 1, "finalized: the value goes with its slot");
        assert_eq!(events(), [Reason::Finalize]);

        let (s, drops) = slot();
        core::mem::forget(s.try_borrow_mut().unwrap());
        drop(s);
        assert_eq!(drops.get(), 0, "abandoned, never dropped");
        assert_eq!(events(), [Reason::Trap]);
    }

    #[cfg(wd_extends)]
    #[test]
    fn a_parent_part_is_javascripts_only_when_attached_and_ends_uncounted() {
        let drops = Rc::new(Cell::new(0));
        events();
        let part = Slot::part(Probe(drops.clone()));
        // Detached: JavaScript is refused (as moved), Rust's borrows work.
        assert!(part.try_borrow().is_none() && part.try_borrow_mut().is_none());
        assert_eq!(part.refusal(), SlotError::dead("Probe", State::Moved));
        drop(part.borrow_part_mut().expect("Rust's exclusive borrow"));
        assert_eq!(drops.get(), 0);
        assert!(part.is_live());
        // Attached: JavaScript's borrows work, and exclude Rust's mutation.
        part.attach(true);
        let js = part.try_borrow().expect("JavaScript's borrow");
        assert!(part.borrow_part().is_some() && part.borrow_part_mut().is_none());
        // The child's value goes during that borrow: the part goes at its end.
        part.dispose_part();
        assert_eq!((drops.get(), part.state()), (0, State::Disposed));
        drop(js);
        assert_eq!(drops.get(), 1);
        part.attach(true);
        assert!(part.try_borrow().is_none() && part.borrow_part().is_none());
        drop(part);
        assert!(events().is_empty(), "a part's end is its child's to count");
    }

    #[test]
    fn sentinels_and_empty_slots_stay_dead_and_count_nothing() {
        events();
        for (s, state) in [
            (Slot::<Probe>::dead(State::Disposed), State::Disposed),
            (Slot::<Probe>::dead(State::Moved), State::Moved),
            (Slot::<Probe>::empty(), State::Disposed),
        ] {
            assert_eq!(s.state(), state);
            assert!(!s.dispose() && s.try_borrow().is_none() && s.take().is_err());
            assert_eq!(s.refusal(), SlotError::dead("Probe", state));
        }
        assert!(events().is_empty());
    }
}
