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
    FromWasmAbi, IntoWasmAbi, OptionFromWasmAbi, OptionIntoWasmAbi, RefFromWasmAbi, RefMutFromWasmAbi,
    VectorIntoWasmAbi,
};
use wasm_bindgen::describe::WasmDescribe;

use crate::class::{wrap, Disposable};
use crate::error::SlotError;
use crate::slot::{Slot, SlotRef, SlotRefMut};

type HandleAnchor<T> = <<T as Disposable>::Handle as RefFromWasmAbi>::Anchor;

/// `&T` argument: keeps the handle and a shared borrow of the slot, or why
/// the slot refused it.
pub struct Anchor<T: Disposable>
where
    T::Handle: RefFromWasmAbi,
{
    // Declared first so it is dropped first, while `_handle` keeps the slot alive.
    guard: Result<SlotRef<'static, T>, SlotError>,
    _handle: HandleAnchor<T>,
}

impl<T: Disposable> Anchor<T>
where
    T::Handle: RefFromWasmAbi,
{
    pub fn refusal(&self) -> Option<SlotError> {
        self.guard.as_ref().err().copied()
    }
}

impl<T: Disposable> Deref for Anchor<T>
where
    T::Handle: RefFromWasmAbi,
{
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.guard {
            Ok(guard) => guard,
            Err(e) => refuse(*e),
        }
    }
}

/// `&mut T` argument: keeps the handle and the exclusive borrow of the slot.
pub struct AnchorMut<T: Disposable>
where
    T::Handle: RefFromWasmAbi,
{
    guard: Result<SlotRefMut<'static, T>, SlotError>,
    _handle: HandleAnchor<T>,
}

impl<T: Disposable> AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    pub fn refusal(&self) -> Option<SlotError> {
        self.guard.as_ref().err().copied()
    }
}

impl<T: Disposable> Deref for AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match &self.guard {
            Ok(guard) => guard,
            Err(e) => refuse(*e),
        }
    }
}

impl<T: Disposable> DerefMut for AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        match &mut self.guard {
            Ok(guard) => guard,
            Err(e) => refuse(*e),
        }
    }
}

/// Reached only where an old wasm-bindgen has no `try_*` conversions.
#[cold]
#[inline(never)]
fn refuse(e: SlotError) -> ! {
    wasm_bindgen::throw_val(e.into())
}

/// Extends a slot borrow to the life of the handle anchor that owns the slot.
///
/// # Safety
/// The slot must live inside the handle that `anchor` keeps alive (an `Rc`
/// allocation, so its address is stable), and the returned reference must not
/// outlive that anchor.
unsafe fn slot_of<T: Disposable>(anchor: &HandleAnchor<T>) -> &'static Slot<T>
where
    T::Handle: RefFromWasmAbi,
{
    &*(T::__slot(anchor) as *const Slot<T>)
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
#[inline]
pub unsafe fn ref_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> Anchor<T>
where
    T::Handle: RefFromWasmAbi,
{
    let handle = <T::Handle as RefFromWasmAbi>::ref_from_abi(js);
    let guard = slot_of::<T>(&handle).borrow();
    Anchor { guard, _handle: handle }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_from_abi<T: Disposable>(
    js: <T::Handle as RefFromWasmAbi>::Abi,
) -> Result<Anchor<T>, &'static str>
where
    T::Handle: RefFromWasmAbi,
{
    let anchor = ref_from_abi::<T>(js);
    match anchor.refusal() {
        None => Ok(anchor),
        Some(e) => Err(e.static_message()),
    }
}

/// # Safety
/// As [`ref_from_abi`].
#[inline]
pub unsafe fn ref_mut_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    let handle = <T::Handle as RefFromWasmAbi>::ref_from_abi(js);
    let guard = slot_of::<T>(&handle).borrow_mut();
    AnchorMut { guard, _handle: handle }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_mut_from_abi<T: Disposable>(
    js: <T::Handle as RefFromWasmAbi>::Abi,
) -> Result<AnchorMut<T>, &'static str>
where
    T::Handle: RefFromWasmAbi,
{
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
pub unsafe fn take_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> Result<T, SlotError>
where
    T::Handle: RefFromWasmAbi,
{
    let handle = <T::Handle as RefFromWasmAbi>::ref_from_abi(js);
    T::__slot(&handle).take()
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> Result<T, &'static str>
where
    T::Handle: RefFromWasmAbi,
{
    take_from_abi(js).map_err(SlotError::static_message)
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> T
where
    T::Handle: RefFromWasmAbi,
{
    take_from_abi(js).unwrap_or_else(|e| refuse(e))
}

pub fn is_none<T: Disposable>(abi: &<T::Handle as FromWasmAbi>::Abi) -> bool
where
    T::Handle: OptionFromWasmAbi,
{
    <T::Handle as OptionFromWasmAbi>::is_none(abi)
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
    /// Why the call must be refused because of this argument.
    fn __wd_check(&self) -> Result<(), SlotError>;
    /// Lets go of the argument without taking anything.
    fn __wd_abandon(&self);
}

pub trait ArgOther {
    #[inline]
    fn __wd_check(&self) -> Result<(), SlotError> {
        Ok(())
    }
    #[inline]
    fn __wd_abandon(&self) {}
}

impl<A> ArgOther for &Arg<'_, A> {}

impl<T: Disposable + RefFromWasmAbi<Anchor = Anchor<T>>> ArgDisposable for Arg<'_, ByRef<T>>
where
    T::Handle: RefFromWasmAbi,
{
    #[inline]
    fn __wd_check(&self) -> Result<(), SlotError> {
        self.0 .0.refusal().map_or(Ok(()), Err)
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + RefMutFromWasmAbi<Anchor = AnchorMut<T>>> ArgDisposable for Arg<'_, ByMut<T>>
where
    T::Handle: RefFromWasmAbi,
{
    #[inline]
    fn __wd_check(&self) -> Result<(), SlotError> {
        self.0 .0.refusal().map_or(Ok(()), Err)
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + FromWasmAbi<Abi = <T::Handle as RefFromWasmAbi>::Abi>> ArgDisposable for Arg<'_, ByVal<T>>
where
    T::Handle: RefFromWasmAbi,
{
    fn __wd_check(&self) -> Result<(), SlotError> {
        let Some(js) = self.0 .0.take() else { return Ok(()) };
        // SAFETY: `js` came from the glue for this argument. A handle
        // reference is `Copy` (a pointer); the argument keeps it.
        let copy = unsafe { core::ptr::read(&js) };
        self.0 .0.set(Some(js));
        let handle = unsafe { <T::Handle as RefFromWasmAbi>::ref_from_abi(copy) };
        T::__slot(&handle).can_take()
    }
    fn __wd_abandon(&self) {
        // JavaScript kept its reference; nothing was taken.
        self.0 .0.set(None);
    }
}

impl<T> ArgDisposable for Arg<'_, ByVal<Option<T>>>
where
    T: Disposable + OptionFromWasmAbi<Abi = <T::Handle as RefFromWasmAbi>::Abi>,
    T::Handle: RefFromWasmAbi,
{
    fn __wd_check(&self) -> Result<(), SlotError> {
        let Some(js) = self.0 .0.take() else { return Ok(()) };
        // SAFETY: as for `ByVal<T>`.
        let copy = unsafe { core::ptr::read(&js) };
        self.0 .0.set(Some(js));
        if <T as OptionFromWasmAbi>::is_none(&copy) {
            return Ok(());
        }
        let handle = unsafe { <T::Handle as RefFromWasmAbi>::ref_from_abi(copy) };
        T::__slot(&handle).can_take()
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
