//! The wasm-bindgen ABI of a disposable type `T`: the same as its handle
//! class, so `&T`, `&mut T`, `T`, `Option<T>` and `Vec<T>` work in any
//! `#[wasm_bindgen]` signature and are typed as the class in the `.d.ts`.
//! The generated trait impls are one-line calls into these functions.

use core::ops::{Deref, DerefMut};

use wasm_bindgen::convert::{
    FromWasmAbi, IntoWasmAbi, OptionFromWasmAbi, OptionIntoWasmAbi, RefFromWasmAbi,
    VectorIntoWasmAbi,
};

use crate::class::{wrap, Disposable};
use crate::error::SlotError;
use crate::slot::{Slot, SlotRef, SlotRefMut};

/// `&T` argument: keeps the handle and a shared borrow of the slot.
pub struct Anchor<T: Disposable>
where
    T::Handle: RefFromWasmAbi,
{
    // Declared first so it is dropped first, while `_handle` keeps the slot alive.
    guard: SlotRef<'static, T>,
    _handle: <T::Handle as RefFromWasmAbi>::Anchor,
}

impl<T: Disposable> Deref for Anchor<T>
where
    T::Handle: RefFromWasmAbi,
{
    type Target = T;
    fn deref(&self) -> &T {
        &self.guard
    }
}

/// `&mut T` argument: keeps the handle and the exclusive borrow of the slot.
pub struct AnchorMut<T: Disposable>
where
    T::Handle: RefFromWasmAbi,
{
    guard: SlotRefMut<'static, T>,
    _handle: <T::Handle as RefFromWasmAbi>::Anchor,
}

impl<T: Disposable> Deref for AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    type Target = T;
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T: Disposable> DerefMut for AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

/// Extends a slot borrow to the life of the handle anchor that owns the slot.
///
/// # Safety
/// The slot must live inside the handle that `anchor` keeps alive (an `Rc`
/// allocation, so its address is stable), and the returned reference must not
/// outlive that anchor.
unsafe fn slot_of<T: Disposable>(anchor: &impl Deref<Target = T::Handle>) -> &'static Slot<T> {
    &*(T::__slot(anchor) as *const Slot<T>)
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn try_ref_from_abi<T: Disposable>(
    js: <T::Handle as RefFromWasmAbi>::Abi,
) -> Result<Anchor<T>, &'static str>
where
    T::Handle: RefFromWasmAbi,
{
    let handle = <T::Handle as RefFromWasmAbi>::try_ref_from_abi(js)?;
    let slot = slot_of::<T>(&handle);
    let guard = slot.borrow().map_err(SlotError::static_message)?;
    Ok(Anchor { guard, _handle: handle })
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn ref_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> Anchor<T>
where
    T::Handle: RefFromWasmAbi,
{
    try_ref_from_abi(js).unwrap_or_else(|msg| wasm_bindgen::throw_str(msg))
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn try_ref_mut_from_abi<T: Disposable>(
    js: <T::Handle as RefFromWasmAbi>::Abi,
) -> Result<AnchorMut<T>, &'static str>
where
    T::Handle: RefFromWasmAbi,
{
    let handle = <T::Handle as RefFromWasmAbi>::try_ref_from_abi(js)?;
    let slot = slot_of::<T>(&handle);
    let guard = slot.borrow_mut().map_err(SlotError::static_message)?;
    Ok(AnchorMut { guard, _handle: handle })
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn ref_mut_from_abi<T: Disposable>(js: <T::Handle as RefFromWasmAbi>::Abi) -> AnchorMut<T>
where
    T::Handle: RefFromWasmAbi,
{
    try_ref_mut_from_abi(js).unwrap_or_else(|msg| wasm_bindgen::throw_str(msg))
}

/// `T` argument: JavaScript handed over its handle (`__destroy_into_raw`);
/// the value moves out of the slot and the handle is freed.
/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn try_from_abi<T: Disposable>(js: <T::Handle as FromWasmAbi>::Abi) -> Result<T, &'static str>
where
    T::Handle: FromWasmAbi,
{
    let handle = <T::Handle as FromWasmAbi>::try_from_abi(js)?;
    T::__slot(&handle).take().map_err(SlotError::static_message)
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
pub unsafe fn from_abi<T: Disposable>(js: <T::Handle as FromWasmAbi>::Abi) -> T
where
    T::Handle: FromWasmAbi,
{
    try_from_abi(js).unwrap_or_else(|msg| wasm_bindgen::throw_str(msg))
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
