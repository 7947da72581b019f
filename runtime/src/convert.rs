//! The wasm-bindgen ABI of a disposable type `T`: the same as its handle
//! class, so `&T`, `&mut T`, `T`, `Option<T>` and `Vec<T>` work in any
//! `#[wasm_bindgen]` signature and are typed as the class in the `.d.ts`.
//! The generated trait impls are one-line calls into these functions.
//!
//! A by-value `T` does not take JavaScript's reference to the handle (see
//! `class::install`): the handle is borrowed, the value taken out of its
//! slot, and JavaScript's object stays a valid, `moved` handle.
//!
//! Forwarding methods take their arguments through [`ByRef`], [`ByMut`] and
//! [`ByVal`], so that they can check the receiver and every argument before
//! anything is taken: a refused call leaves every argument as it was.

use core::ops::{Deref, DerefMut};

use wasm_bindgen::convert::{
    FromWasmAbi, IntoWasmAbi, OptionIntoWasmAbi, RefFromWasmAbi, RefMutFromWasmAbi, VectorIntoWasmAbi,
};
use wasm_bindgen::describe::WasmDescribe;

use crate::class::{slot_at, wrap, Disposable};
use crate::error::SlotError;
use crate::slot::{Slot, SlotRef, SlotRefMut, State};

/// `&T` argument: a shared borrow of the slot, or (`None`) a refusal, which
/// [`Anchor::refusal`] explains. Two words, so that conversions keep no
/// frame in linear memory.
pub struct Anchor<T: Disposable> {
    guard: Option<SlotRef<'static, T>>,
    js: u32,
}

impl<T: Disposable> Anchor<T> {
    pub fn refusal(&self) -> Option<SlotError> {
        match self.guard {
            Some(_) => None,
            None => Some(refusal::<T>(self.js)),
        }
    }
}

impl<T: Disposable> Deref for Anchor<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.guard {
            Some(guard) => guard,
            None => refuse(refusal::<T>(self.js)),
        }
    }
}

/// `&mut T` argument: the exclusive borrow of the slot.
pub struct AnchorMut<T: Disposable> {
    guard: Option<SlotRefMut<'static, T>>,
    js: u32,
}

impl<T: Disposable> AnchorMut<T> {
    pub fn refusal(&self) -> Option<SlotError> {
        match self.guard {
            Some(_) => None,
            None => Some(refusal::<T>(self.js)),
        }
    }
}

impl<T: Disposable> Deref for AnchorMut<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.guard {
            Some(guard) => guard,
            None => refuse(refusal::<T>(self.js)),
        }
    }
}

impl<T: Disposable> DerefMut for AnchorMut<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        match &mut self.guard {
            Some(guard) => guard,
            None => refuse(refusal::<T>(self.js)),
        }
    }
}

/// Why the slot behind `js` refuses access.
#[cold]
#[inline(never)]
fn refusal<T: Disposable>(js: u32) -> SlotError {
    // SAFETY: `js` came from the glue for an argument of this class.
    match unsafe { slot_at::<T>(js) } {
        Some(slot) => slot.refusal(),
        None => SlotError::dead(T::CLASS, State::Disposed),
    }
}

/// Records why the slot behind `js` refuses access, as the call's pending
/// error.
#[cold]
#[inline(never)]
fn refuse_pending<T: Disposable>(js: u32) {
    crate::ret::set_pending(refusal::<T>(js));
}

/// Reached only where an old wasm-bindgen has no `try_*` conversions.
#[cold]
#[inline(never)]
fn refuse(e: SlotError) -> ! {
    wasm_bindgen::throw_val(e.into())
}

/// The slot behind a pointer from the glue, or the refusal for a null one.
#[inline]
unsafe fn slot<T: Disposable>(js: u32) -> Result<&'static Slot<T>, SlotError> {
    slot_at::<T>(js).ok_or(SlotError::dead(T::CLASS, State::Disposed))
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
#[inline(always)]
pub unsafe fn ref_from_abi<T: Disposable>(js: u32) -> Anchor<T> {
    Anchor { guard: slot_at::<T>(js).and_then(Slot::try_borrow), js }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_from_abi<T: Disposable>(js: u32) -> Result<Anchor<T>, &'static str> {
    let anchor = ref_from_abi::<T>(js);
    match anchor.refusal() {
        None => Ok(anchor),
        Some(e) => Err(e.static_message()),
    }
}

/// # Safety
/// As [`ref_from_abi`].
#[inline(always)]
pub unsafe fn ref_mut_from_abi<T: Disposable>(js: u32) -> AnchorMut<T> {
    AnchorMut { guard: slot_at::<T>(js).and_then(Slot::try_borrow_mut), js }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_mut_from_abi<T: Disposable>(js: u32) -> Result<AnchorMut<T>, &'static str> {
    let anchor = ref_mut_from_abi::<T>(js);
    match anchor.refusal() {
        None => Ok(anchor),
        Some(e) => Err(e.static_message()),
    }
}

/// `T` argument: the glue handed over the handle's pointer and kept its own
/// reference (see `class::install`); the value moves out of the slot.
/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn take_from_abi<T: Disposable>(js: u32) -> Result<T, SlotError> {
    slot::<T>(js)?.take()
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_from_abi<T: Disposable>(js: u32) -> Result<T, &'static str> {
    take_from_abi(js).map_err(SlotError::static_message)
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn from_abi<T: Disposable>(js: u32) -> T {
    take_from_abi(js).unwrap_or_else(|e| refuse(e))
}

pub fn is_none(abi: &u32) -> bool {
    *abi == 0
}

pub fn none<T: Disposable>() -> <T::Handle as IntoWasmAbi>::Abi
where
    T::Handle: OptionIntoWasmAbi,
{
    <T::Handle as OptionIntoWasmAbi>::none()
}

pub fn vector_into_abi<T: Disposable>(values: Box<[T]>) -> <T::Handle as VectorIntoWasmAbi>::Abi
where
    T::Handle: VectorIntoWasmAbi,
{
    let handles: Box<[T::Handle]> = values.into_vec().into_iter().map(wrap::<T>).collect();
    <T::Handle as VectorIntoWasmAbi>::vector_into_abi(handles)
}

// Arguments of forwarding methods.

/// A `&X` argument of a forwarding method, converted like wasm-bindgen
/// converts `&X`; for a disposable `X` its borrow may have been refused.
pub struct ByRef<X: RefFromWasmAbi + ?Sized>(X::Anchor);

impl<X: RefFromWasmAbi + WasmDescribe + ?Sized> WasmDescribe for ByRef<X> {
    #[inline]
    fn describe() {
        <&X as WasmDescribe>::describe()
    }
}

impl<X: RefFromWasmAbi + ?Sized> FromWasmAbi for ByRef<X> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        ByRef(X::ref_from_abi(js))
    }
}

impl<X: RefFromWasmAbi + ?Sized> Deref for ByRef<X> {
    type Target = X;
    #[inline]
    fn deref(&self) -> &X {
        &self.0
    }
}

/// A `&mut X` argument of a forwarding method.
pub struct ByMut<X: RefMutFromWasmAbi + ?Sized>(X::Anchor);

impl<X: RefMutFromWasmAbi + WasmDescribe + ?Sized> WasmDescribe for ByMut<X> {
    #[inline]
    fn describe() {
        <&mut X as WasmDescribe>::describe()
    }
}

impl<X: RefMutFromWasmAbi + ?Sized> FromWasmAbi for ByMut<X> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        ByMut(X::ref_mut_from_abi(js))
    }
}

impl<X: RefMutFromWasmAbi + ?Sized> Deref for ByMut<X> {
    type Target = X;
    #[inline]
    fn deref(&self) -> &X {
        &self.0
    }
}

impl<X: RefMutFromWasmAbi + ?Sized> DerefMut for ByMut<X> {
    #[inline]
    fn deref_mut(&mut self) -> &mut X {
        &mut self.0
    }
}

/// A by-value argument of a forwarding method, still in its ABI form: a
/// disposable value is taken out of its slot only once the whole call has
/// been checked. The generated body finishes or abandons every one.
pub struct ByVal<X: FromWasmAbi>(core::cell::Cell<Option<X::Abi>>);

impl<X: FromWasmAbi + WasmDescribe> WasmDescribe for ByVal<X> {
    #[inline]
    fn describe() {
        X::describe()
    }
}

impl<X: FromWasmAbi> FromWasmAbi for ByVal<X> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        ByVal(core::cell::Cell::new(Some(js)))
    }
}

/// `(&Arg(&arg)).__wd_check()` and friends: the disposable case, chosen
/// by method resolution over the generic one ([`ArgOther`]) where the
/// argument's type is a disposable class.
pub struct Arg<'a, A>(pub &'a A);

pub trait ArgDisposable {
    /// Whether the call must be refused because of this argument; the
    /// error is then pending (see `ret.rs`).
    fn __wd_refused(&self) -> bool;
    /// Lets go of the argument without taking anything.
    fn __wd_abandon(&self);
}

pub trait ArgOther {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        false
    }
    #[inline(always)]
    fn __wd_abandon(&self) {}
}

impl<A> ArgOther for &Arg<'_, A> {}

impl<T: Disposable + RefFromWasmAbi<Anchor = Anchor<T>>> ArgDisposable for Arg<'_, ByRef<T>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        let anchor = &self.0 .0;
        if anchor.guard.is_some() {
            return false;
        }
        refuse_pending::<T>(anchor.js);
        true
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + RefMutFromWasmAbi<Anchor = AnchorMut<T>>> ArgDisposable for Arg<'_, ByMut<T>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        let anchor = &self.0 .0;
        if anchor.guard.is_some() {
            return false;
        }
        refuse_pending::<T>(anchor.js);
        true
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + FromWasmAbi<Abi = u32>> ArgDisposable for Arg<'_, ByVal<T>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        match self.0 .0.get() {
            // SAFETY: `js` came from the glue for this argument.
            Some(js) => match unsafe { slot_at::<T>(js) } {
                Some(slot) => !slot.may_take(),
                None => {
                    refuse_pending::<T>(js);
                    true
                }
            },
            None => false,
        }
    }
    fn __wd_abandon(&self) {
        // JavaScript kept its reference; nothing was taken.
        self.0 .0.set(None);
    }
}

impl<T: Disposable + FromWasmAbi<Abi = u32>> ArgDisposable for Arg<'_, ByVal<Option<T>>>
where
    Option<T>: FromWasmAbi<Abi = u32>,
{
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        match self.0 .0.get() {
            Some(0) | None => false,
            // SAFETY: `js` came from the glue for this argument.
            Some(js) => match unsafe { slot_at::<T>(js) } {
                Some(slot) => !slot.may_take(),
                None => false,
            },
        }
    }
    fn __wd_abandon(&self) {
        self.0 .0.set(None);
    }
}

impl<X: FromWasmAbi> ByVal<X> {
    /// The argument, once every check passed. For a disposable class this
    /// takes the value out of its slot.
    #[inline]
    pub fn finish(self) -> X {
        let js = self.0.take().expect("an argument is finished once");
        // SAFETY: `js` came from the glue for this argument.
        unsafe { X::from_abi(js) }
    }
}

impl<X: FromWasmAbi> Drop for ByVal<X> {
    fn drop(&mut self) {
        // Not finished and not a disposable class: release what the glue
        // passed (a string's bytes, a `JsValue`'s slot).
        if let Some(js) = self.0.take() {
            // SAFETY: `js` came from the glue for this argument.
            drop(unsafe { X::from_abi(js) });
        }
    }
}
