//! The wasm-bindgen ABI of a disposable type `T`: the same as its handle
//! class, so `&T`, `&mut T`, `T`, `Option<T>` and `Vec<T>` work in any
//! `#[wasm_bindgen]` signature and are typed as the class in the `.d.ts`.
//! The generated trait impls are one-line calls into these functions.
//!
//! A by-value `T` is taken out of its slot only once the whole call was
//! checked; its object then becomes `moved` and gives its handle's cell back
//! (`moves.rs`), or, without the snippet, keeps a valid, `moved` handle that
//! the finalizer frees (see `prototype.rs`).
//!
//! Forwarding methods take their arguments through [`ByRef`], [`ByMut`] and
//! [`ByVal`], so that they can check the receiver and every argument before
//! anything is taken: a refused call leaves every argument as it was.

use core::marker::PhantomData;
use core::ops::{Deref, DerefMut};

use wasm_bindgen::convert::{
    FromWasmAbi, IntoWasmAbi, LongRefFromWasmAbi, OptionIntoWasmAbi, RefFromWasmAbi, RefMutFromWasmAbi,
    VectorIntoWasmAbi,
};
use wasm_bindgen::describe::WasmDescribe;
use wasm_bindgen::JsValue;

use crate::cells::Cells as _;
use crate::class::{slot_at, Disposable};
use crate::error::SlotError;
use crate::park::{Wait, WaitOf, Waits};
use crate::prototype::wrap;
use crate::slot::{Slot, SlotRef, SlotRefMut, State};

/// `&T` argument: a shared borrow of the slot, or (`None`) a refusal, which
/// `refusal` (in this module) explains. Two words, so that conversions keep no
/// frame in linear memory.
pub struct Anchor<T: Disposable> {
    guard: Option<SlotRef<'static, T>>,
    js: u32,
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

/// `&mut T` argument: the exclusive borrow of the slot. It also keeps the
/// handle alive (one strong count of the cell at `js`): wasm-bindgen hands
/// the same anchor to an async function, whose future outlives the call.
/// Two words, so that a refused call keeps no frame in linear memory.
pub struct AnchorMut<T: Disposable> {
    guard: Option<SlotRefMut<'static, T>>,
    js: u32,
}

impl<T: Disposable> Drop for AnchorMut<T> {
    fn drop(&mut self) {
        // The borrow ends first, while the count keeps the slot alive.
        drop(self.guard.take());
        // SAFETY: the count `ref_mut_from_abi` took.
        unsafe { KeepAlive::<T>::release(self.js) };
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

/// `&T` argument of an async function: a shared borrow of the slot that
/// also keeps the handle alive (a reference count, as wasm-bindgen's own
/// anchor does), since the future outlives the call and JavaScript may let
/// go of the object meanwhile.
pub struct LongAnchor<T: Disposable> {
    // Declared first so it is dropped first, while `_keep` keeps the slot alive.
    guard: Option<SlotRef<'static, T>>,
    js: u32,
    _keep: KeepAlive<T>,
}

/// One strong count of the `Rc` behind JavaScript's pointer to a handle.
struct KeepAlive<T: Disposable>(*const wasm_bindgen::__rt::WasmRefCell<T::Handle>);

impl<T: Disposable> KeepAlive<T> {
    /// # Safety
    /// `js` must be JavaScript's live pointer to a handle of `T`: what
    /// wasm-bindgen's glue holds, `Rc::into_raw` of the cell (or of a
    /// sentinel's cell), or 0.
    unsafe fn new(js: u32) -> Self {
        // SAFETY: the caller's contract.
        unsafe { Self::keep(js) };
        KeepAlive(js as usize as *const _)
    }

    /// Takes one strong count of the cell at `js` (none for 0).
    ///
    /// # Safety
    /// As [`KeepAlive::new`].
    unsafe fn keep(js: u32) {
        let ptr = js as usize as *const wasm_bindgen::__rt::WasmRefCell<T::Handle>;
        if !ptr.is_null() {
            // SAFETY: a live `Rc::into_raw` pointer (the caller's contract).
            unsafe { std::rc::Rc::increment_strong_count(ptr) };
        }
    }

    /// Gives back a count [`KeepAlive::keep`] took.
    ///
    /// # Safety
    /// `js` must be what was passed to `keep`, whose count is still held.
    unsafe fn release(js: u32) {
        let ptr = js as usize as *const wasm_bindgen::__rt::WasmRefCell<T::Handle>;
        if !ptr.is_null() {
            // SAFETY: the count `keep` took keeps the cell alive until now.
            unsafe { std::rc::Rc::decrement_strong_count(ptr) };
        }
    }
}

impl<T: Disposable> Drop for KeepAlive<T> {
    fn drop(&mut self) {
        // SAFETY: the count taken in `new`.
        unsafe { Self::release(self.0 as usize as u32) };
    }
}

impl<T: Disposable> core::borrow::Borrow<T> for LongAnchor<T> {
    fn borrow(&self) -> &T {
        match &self.guard {
            Some(guard) => guard,
            None => refuse(refusal::<T>(self.js)),
        }
    }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn long_ref_from_abi<T: Disposable>(js: u32) -> LongAnchor<T> {
    // SAFETY: the caller's contract.
    let keep = unsafe { KeepAlive::new(js) };
    // SAFETY: the caller's contract; the count keeps the slot alive.
    LongAnchor { guard: unsafe { slot_at::<T>(js) }.and_then(Slot::try_borrow), js, _keep: keep }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_long_ref_from_abi<T: Disposable>(js: u32) -> Result<LongAnchor<T>, &'static str> {
    // SAFETY: the caller's contract.
    held(unsafe { long_ref_from_abi::<T>(js) })
}

/// The receiver type of generated methods: a transparent `Slot<Self::Class>`,
/// reached from JavaScript's pointer (see `class::slot_at`). Each
/// `#[disposable]` impl block defines its own, next to its methods, so that
/// the impl needs no name but the user's type.
///
/// # Safety
/// Implementors must be `#[repr(transparent)]` over `Slot<Self::Class>`.
pub unsafe trait SlotView: Sized + 'static {
    /// The user's type, whose slot this view is.
    type Class: Disposable;
}

/// The receiver of a synchronous method: JavaScript holds the object for
/// the whole call.
/// # Safety
/// `js` must be JavaScript's pointer for `this` of a method of the class.
#[inline(always)]
pub unsafe fn view<V: SlotView>(js: u32) -> &'static V {
    // SAFETY: the caller's contract.
    match unsafe { slot_at::<V::Class>(js) } {
        // SAFETY: `V` is a transparent `Slot<V::Class>` (`SlotView`'s contract).
        Some(slot) => unsafe { &*(slot as *const Slot<V::Class> as *const V) },
        None => wasm_bindgen::throw_str("null pointer passed to rust"),
    }
}

/// The slot of a `self` method's receiver, whose pointer the glue took from
/// the object's `__destroy_into_raw()`.
///
/// # Safety
/// As [`view`].
#[inline(always)]
pub unsafe fn owned_slot<T: Disposable>(js: u32) -> &'static Slot<T> {
    // SAFETY: the caller's contract.
    match unsafe { slot_at::<T>(js) } {
        Some(slot) => slot,
        None => wasm_bindgen::throw_str("null pointer passed to rust"),
    }
}

/// Rust took the value of the object at `js` (a `self` method): the object
/// is `moved`, and gives its cell back.
#[inline]
pub fn moved<T: Disposable>(js: u32) {
    crate::moves::moved::<T>(js);
}

/// The receiver of an async method: the future outlives the call, so the
/// anchor keeps the handle alive.
pub struct Kept<V: SlotView> {
    view: &'static V,
    _keep: KeepAlive<V::Class>,
}

impl<V: SlotView> core::borrow::Borrow<V> for Kept<V> {
    #[inline]
    fn borrow(&self) -> &V {
        self.view
    }
}

/// # Safety
/// As [`view`].
pub unsafe fn kept<V: SlotView>(js: u32) -> Kept<V> {
    // SAFETY: the caller's contract.
    let keep = unsafe { KeepAlive::new(js) };
    // SAFETY: the caller's contract; the count keeps the slot alive.
    Kept { view: unsafe { view::<V>(js) }, _keep: keep }
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
    // SAFETY: the caller's contract.
    unsafe { slot_at::<T>(js) }.ok_or(SlotError::dead(T::CLASS, State::Disposed))
}

/// # Safety
/// `js` must come from wasm-bindgen's glue for this type, as for the
/// `wasm_bindgen::convert` trait method of the same name.
#[inline(always)]
pub unsafe fn ref_from_abi<T: Disposable>(js: u32) -> Anchor<T> {
    // SAFETY: the caller's contract.
    Anchor { guard: unsafe { slot_at::<T>(js) }.and_then(Slot::try_borrow), js }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_from_abi<T: Disposable>(js: u32) -> Result<Anchor<T>, &'static str> {
    // SAFETY: the caller's contract.
    held(unsafe { ref_from_abi::<T>(js) })
}

/// # Safety
/// As [`ref_from_abi`].
#[inline(always)]
pub unsafe fn ref_mut_from_abi<T: Disposable>(js: u32) -> AnchorMut<T> {
    // SAFETY: the caller's contract; `AnchorMut`'s `Drop` gives it back.
    unsafe { KeepAlive::<T>::keep(js) };
    // SAFETY: the caller's contract.
    AnchorMut { guard: unsafe { slot_at::<T>(js) }.and_then(Slot::try_borrow_mut), js }
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_ref_mut_from_abi<T: Disposable>(js: u32) -> Result<AnchorMut<T>, &'static str> {
    // SAFETY: the caller's contract.
    held(unsafe { ref_mut_from_abi::<T>(js) })
}

/// `T` argument: the glue handed over the handle's pointer (see
/// `prototype.rs`); the value moves out of the slot, and its object is
/// `moved` (`moves.rs`).
/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn take_from_abi<T: Disposable>(js: u32) -> Result<T, SlotError> {
    // SAFETY: the caller's contract.
    let value = unsafe { slot::<T>(js) }?.take()?;
    crate::moves::moved::<T>(js);
    Ok(value)
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn try_from_abi<T: Disposable>(js: u32) -> Result<T, &'static str> {
    // SAFETY: the caller's contract.
    unsafe { take_from_abi(js) }.map_err(SlotError::static_message)
}

/// # Safety
/// As [`ref_from_abi`].
pub unsafe fn from_abi<T: Disposable>(js: u32) -> T {
    // SAFETY: the caller's contract.
    unsafe { take_from_abi(js) }.unwrap_or_else(|e| refuse(e))
}

/// `TryFromJsValue`: an object of the class, moved out of JavaScript (it is
/// `moved` afterwards); `None` for anything else, or an object that is
/// disposed, moved or borrowed.
pub fn try_from_js_value_ref<T: Disposable>(value: &JsValue) -> Option<T> {
    let (slot, ptr) = crate::class::slot_of_value::<T>(value)?;
    let taken = slot.take().ok()?;
    crate::moves::moved_object::<T>(value, ptr);
    Some(taken)
}

/// `Vec<T>` argument: every element is checked before any is taken, so a
/// refused call leaves them all as they were.
/// # Safety
/// `js` must come from wasm-bindgen's glue for this type.
pub unsafe fn try_vector_from_abi<T: Disposable>(
    js: <Box<[JsValue]> as FromWasmAbi>::Abi,
) -> Result<Box<[T]>, &'static str> {
    // SAFETY: the caller's contract.
    unsafe { take_vector(js) }.map_err(|e| {
        LIST_ERROR.with(|l| l.set(Some(e)));
        e.static_message()
    })
}

thread_local! {
    /// The refusal behind a list conversion that failed without throwing,
    /// for [`ByVal::finish`]: a forwarding method then throws the
    /// `DisposedError` itself (with its `reason`), once its borrows ended.
    static LIST_ERROR: core::cell::Cell<Option<SlotError>> = const { core::cell::Cell::new(None) };
    /// Set by [`ByVal::finish`] (without `try_from_abi`) for the conversion
    /// it makes, which then must not throw: a throw from the middle of a
    /// forwarding method would leave its borrows held.
    #[cfg(not(wd_try_abi))]
    static FINISHING: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
}

/// The values of a list argument's elements, or why not.
unsafe fn take_vector<T: Disposable>(js: <Box<[JsValue]> as FromWasmAbi>::Abi) -> Result<Box<[T]>, SlotError> {
    // SAFETY: the caller's contract.
    let values = unsafe { <Box<[JsValue]> as FromWasmAbi>::from_abi(js) };
    let key = list_key(&values);
    // Checked by `list_refused` (a forwarding method's own check), or now.
    let cached = CHECKED.with(|c| {
        let mut c = c.lock();
        (c.0 == key && !values.is_empty()).then(|| {
            c.0 = (0, 0);
            core::mem::take(&mut c.1)
        })
    });
    let ptrs = match cached {
        Some(ptrs) => ptrs,
        None => {
            let mut ptrs = Vec::with_capacity(values.len());
            check_list::<T>(&values, &mut ptrs)?;
            ptrs
        }
    };
    // Not while `CHECKED` is borrowed: taking a value calls the
    // `debugDispose` listeners, which may call in again.
    let taken = take_checked(&values, &ptrs);
    give_back(ptrs);
    taken
}

/// Takes the values of a list's elements, checked by [`check_list`] into
/// `ptrs`: each slot is checked again first, since an earlier argument of
/// the same call may have taken one.
fn take_checked<T: Disposable>(values: &[JsValue], ptrs: &[u32]) -> Result<Box<[T]>, SlotError> {
    let slot = |ptr: u32| {
        // SAFETY: each pointer is one JavaScript gave for an element of this
        // list, which holds its object (and so its cell) for the whole call.
        unsafe { slot_at::<T>(ptr) }.unwrap_or_else(|| panic!("checked: not null"))
    };
    for &ptr in ptrs {
        slot(ptr).can_take()?;
    }
    let taken = ptrs.iter().map(|&ptr| slot(ptr).take().unwrap_or_else(|_| panic!("checked above"))).collect();
    for (value, &ptr) in values.iter().zip(ptrs) {
        crate::moves::moved_object::<T>(value, ptr);
    }
    Ok(taken)
}

/// # Safety
/// As [`try_vector_from_abi`].
pub unsafe fn vector_from_abi<T: Disposable>(js: <Box<[JsValue]> as FromWasmAbi>::Abi) -> Box<[T]> {
    // Only the conversion `finish` asked for: not one made by a listener
    // while this one takes its values.
    #[cfg(not(wd_try_abi))]
    let finishing = FINISHING.with(|f| f.replace(false));
    #[cfg(wd_try_abi)]
    let finishing = false;
    // SAFETY: the caller's contract.
    match unsafe { take_vector(js) } {
        Ok(values) => values,
        // `finish` throws the error once the method's borrows ended.
        Err(e) if finishing => {
            LIST_ERROR.with(|l| l.set(Some(e)));
            Box::new([])
        }
        Err(e) => refuse(e),
    }
}

/// Whether a pointer from the glue stands for `None` (`undefined`).
pub fn is_none(abi: &u32) -> bool {
    *abi == 0
}

/// The ABI value of a `None` return.
pub fn none<T: Disposable>() -> <T::Handle as IntoWasmAbi>::Abi
where
    T::Handle: OptionIntoWasmAbi,
{
    <T::Handle as OptionIntoWasmAbi>::none()
}

/// A `Vec<T>` / `Box<[T]>` return: each value in a handle of its own.
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
///
/// `A` is `X`'s anchor, which the macro names as wasm-bindgen's
/// `<X as RefFromWasmAbi>::Anchor`, on the user's type. The type itself has
/// no bounds: for an `X` that wasm-bindgen cannot lend, that projection is
/// the one error (wasm-bindgen's), and the impls below, whose anchor is then
/// unknown, add none.
pub struct ByRef<X: ?Sized, A>(A, PhantomData<fn(&X)>);

impl<X: RefFromWasmAbi<Anchor = A> + ?Sized, A> WasmDescribe for ByRef<X, A> {
    #[inline]
    fn describe() {
        <&X as WasmDescribe>::describe()
    }
}

impl<X: RefFromWasmAbi<Anchor = A, Abi: 'static> + ?Sized, A: 'static> FromWasmAbi for ByRef<X, A> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        // SAFETY: the caller's contract, passed on.
        ByRef(unsafe { lend(js, |js| X::ref_from_abi(js)) }, PhantomData)
    }
}

/// `convert(js)`, except that the anchor of a string or of a slice of
/// numbers (`Box<str>`, `Box<[T]>`) is made here from its pointer and
/// length, as wasm-bindgen makes it (`Vec::from_raw_parts(ptr, len, len)`,
/// then `into_boxed_slice`) but without a call that returns a box through
/// memory. Such a call gives the export a frame in linear memory, which a
/// refusal thrown from WebAssembly would leave behind, 32 bytes a time.
///
/// # Safety
/// As `convert`'s: `js` is what the glue passed for the argument.
#[inline(always)]
unsafe fn lend<A: 'static, J: 'static>(js: J, convert: impl FnOnce(J) -> A) -> A {
    use core::any::TypeId;
    use core::mem::{transmute_copy, ManuallyDrop};
    use wasm_bindgen::convert::{WasmAbi, WasmSlice};

    /// The box of `len` elements of `T` at `ptr`: what the glue allocated
    /// (`len` elements, `T`'s alignment) and handed over.
    unsafe fn boxed<T>(ptr: u32, len: u32) -> Box<[T]> {
        // SAFETY: the caller's contract.
        unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr as usize as *mut T, len as usize)) }
    }
    macro_rules! slices {
        ($($t:ty),*) => {
            if TypeId::of::<J>() == TypeId::of::<WasmSlice>() {
                // SAFETY: `J` is `WasmSlice`.
                let slice: WasmSlice = unsafe { transmute_copy(&ManuallyDrop::new(js)) };
                let (ptr, len, (), ()) = slice.split();
                if TypeId::of::<A>() == TypeId::of::<Box<str>>() {
                    // SAFETY: the glue's UTF-8 bytes, handed over; a
                    // `Box<[u8]>` of UTF-8 is a `Box<str>`.
                    let b = unsafe { Box::from_raw(Box::into_raw(boxed::<u8>(ptr, len)) as *mut str) };
                    // SAFETY: `A` is `Box<str>`.
                    return unsafe { transmute_copy(&ManuallyDrop::new(b)) };
                }
                $(
                    if TypeId::of::<A>() == TypeId::of::<Box<[$t]>>() {
                        // SAFETY: the glue's copy, handed over; `A` is this box.
                        return unsafe { transmute_copy(&ManuallyDrop::new(boxed::<$t>(ptr, len))) };
                    }
                )*
                let slice = WasmSlice::join(ptr, len, (), ());
                // SAFETY: `J` is `WasmSlice`.
                return convert(unsafe { transmute_copy(&ManuallyDrop::new(slice)) });
            }
        };
    }
    slices!(u8, i8, u16, i16, u32, i32, u64, i64, f32, f64);
    convert(js)
}

impl<X: ?Sized, A: Deref<Target = X>> Deref for ByRef<X, A> {
    type Target = X;
    #[inline]
    fn deref(&self) -> &X {
        &self.0
    }
}

/// A `&X` argument of an async forwarding method, converted like
/// wasm-bindgen converts it for async functions (the anchor lives in the
/// future). `A` is `<X as LongRefFromWasmAbi>::Anchor` (see [`ByRef`]).
pub struct ByLong<X: ?Sized, A>(A, PhantomData<fn(&X)>);

impl<X: LongRefFromWasmAbi<Anchor = A> + ?Sized, A> WasmDescribe for ByLong<X, A> {
    #[inline]
    fn describe() {
        wasm_bindgen::describe::inform(wasm_bindgen::describe::LONGREF);
        X::describe()
    }
}

impl<X: LongRefFromWasmAbi<Anchor = A, Abi: 'static> + ?Sized, A: 'static> FromWasmAbi for ByLong<X, A> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        // SAFETY: the caller's contract, passed on.
        ByLong(unsafe { lend(js, |js| X::long_ref_from_abi(js)) }, PhantomData)
    }
}

impl<X: ?Sized, A: core::borrow::Borrow<X>> Deref for ByLong<X, A> {
    type Target = X;
    #[inline]
    fn deref(&self) -> &X {
        self.0.borrow()
    }
}

/// A `&mut X` argument of a forwarding method. `A` is
/// `<X as RefMutFromWasmAbi>::Anchor` (see [`ByRef`]).
pub struct ByMut<X: ?Sized, A>(A, PhantomData<fn(&X)>);

impl<X: RefMutFromWasmAbi<Anchor = A> + ?Sized, A> WasmDescribe for ByMut<X, A> {
    #[inline]
    fn describe() {
        <&mut X as WasmDescribe>::describe()
    }
}

impl<X: RefMutFromWasmAbi<Anchor = A> + ?Sized, A> FromWasmAbi for ByMut<X, A> {
    type Abi = X::Abi;
    #[inline]
    unsafe fn from_abi(js: X::Abi) -> Self {
        // SAFETY: the caller's contract, passed on.
        ByMut(unsafe { X::ref_mut_from_abi(js) }, PhantomData)
    }
}

impl<X: ?Sized, A: Deref<Target = X>> Deref for ByMut<X, A> {
    type Target = X;
    #[inline]
    fn deref(&self) -> &X {
        &self.0
    }
}

impl<X: ?Sized, A: DerefMut<Target = X>> DerefMut for ByMut<X, A> {
    #[inline]
    fn deref_mut(&mut self) -> &mut X {
        &mut self.0
    }
}

/// A by-value argument of a forwarding method, still in its ABI form: a
/// disposable value is taken out of its slot only once the whole call has
/// been checked. The generated body finishes or abandons every one. At most
/// two words whatever its ABI (see `park.rs`), so that a refusal may be
/// thrown from WebAssembly. `A` is `<X as FromWasmAbi>::Abi`, named by the
/// macro on the user's type (see [`ByRef`]).
pub struct ByVal<X: FromWasmAbi<Abi = A>, A: Waits>(WaitOf<A>, PhantomData<fn() -> X>);

impl<X: FromWasmAbi<Abi = A>, A: Waits> WasmDescribe for ByVal<X, A> {
    #[inline]
    fn describe() {
        X::describe()
    }
}

impl<X: FromWasmAbi<Abi = A>, A: Waits> FromWasmAbi for ByVal<X, A> {
    type Abi = A;
    #[inline]
    unsafe fn from_abi(js: A) -> Self {
        ByVal(Wait::new(js), PhantomData)
    }
}

/// [`ByVal::finish`] as a function whose type parameters the macro names
/// as in the signature (`finish::<X, <X as FromWasmAbi>::Abi>`): for an `X`
/// that wasm-bindgen cannot take, the call is the signature's error, not
/// one of its own (a method call would be "method exists but its trait
/// bounds were not satisfied", naming `ByVal`).
#[inline(always)]
pub fn finish<X: FromWasmAbi<Abi = A>, A: Waits>(arg: &ByVal<X, A>) -> Option<X> {
    arg.finish()
}

/// `(&Arg(&arg)).__wd_check()` and friends: the disposable case, chosen
/// by method resolution over the generic one ([`ArgOther`]) where the
/// argument's type is a disposable class.
pub struct Arg<'a, A>(pub &'a A);

/// The check of a disposable class's argument (see [`Arg`]).
pub trait ArgDisposable {
    /// Whether the call must be refused because of this argument; the
    /// error is then pending (see `ret.rs`).
    fn __wd_refused(&self) -> bool;
    /// Lets go of the argument without taking anything.
    fn __wd_abandon(&self);
}

/// Any other argument: never refused, nothing to let go of.
pub trait ArgOther {
    /// Never refused.
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        false
    }
    /// Nothing to let go of.
    #[inline(always)]
    fn __wd_abandon(&self) {}
}

impl<A> ArgOther for &Arg<'_, A> {}

/// An anchor that holds a borrow of the slot at `js`, or none (refused).
trait Guarded {
    type Class: Disposable;
    fn holds(&self) -> bool;
    fn js(&self) -> u32;
}

/// The anchor, or (for wasm-bindgen's `try_*` conversions) why its slot
/// refused the borrow.
fn held<A: Guarded>(anchor: A) -> Result<A, &'static str> {
    if anchor.holds() {
        Ok(anchor)
    } else {
        Err(refusal::<A::Class>(anchor.js()).static_message())
    }
}

macro_rules! guarded {
    ($($anchor:ident),*) => {$(
        impl<T: Disposable> Guarded for $anchor<T> {
            type Class = T;
            #[inline(always)]
            fn holds(&self) -> bool {
                self.guard.is_some()
            }
            #[inline(always)]
            fn js(&self) -> u32 {
                self.js
            }
        }
    )*};
}

guarded!(Anchor, AnchorMut, LongAnchor);

/// Whether a reference argument was refused; its error is then pending.
#[inline(always)]
fn refused<A: Guarded>(anchor: &A) -> bool {
    if anchor.holds() {
        return false;
    }
    refuse_pending::<A::Class>(anchor.js());
    true
}

impl<T: Disposable + RefFromWasmAbi<Anchor = Anchor<T>>> ArgDisposable for Arg<'_, ByRef<T, Anchor<T>>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        refused(&self.0 .0)
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + LongRefFromWasmAbi<Anchor = LongAnchor<T>>> ArgDisposable for Arg<'_, ByLong<T, LongAnchor<T>>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        refused(&self.0 .0)
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + RefMutFromWasmAbi<Anchor = AnchorMut<T>>> ArgDisposable for Arg<'_, ByMut<T, AnchorMut<T>>> {
    #[inline(always)]
    fn __wd_refused(&self) -> bool {
        refused(&self.0 .0)
    }
    fn __wd_abandon(&self) {}
}

impl<T: Disposable + FromWasmAbi<Abi = u32>> ArgDisposable for Arg<'_, ByVal<T, u32>> {
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
        self.0 .0.take();
    }
}

impl<T: Disposable + FromWasmAbi<Abi = u32>> ArgDisposable for Arg<'_, ByVal<Option<T>, u32>>
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
        self.0 .0.take();
    }
}

/// The ABI of a `Vec<Foo>` / `Box<[Foo]>` argument: a list of `JsValue`s.
type ListAbi = <Box<[JsValue]> as FromWasmAbi>::Abi;

/// Checks every element of a `Vec<Foo>` / `Box<[Foo]>` argument (an object
/// of the class, free to be taken, not twice in the list) and puts their
/// pointers in `ptrs`; none is taken.
fn check_list<T: Disposable>(values: &[JsValue], ptrs: &mut Vec<u32>) -> Result<(), SlotError> {
    ptrs.clear();
    for value in values {
        let (slot, ptr) =
            crate::class::slot_of_value::<T>(value).ok_or_else(|| SlotError::wrong_type(<T as Disposable>::CLASS))?;
        slot.can_take()?;
        // The same object twice cannot be taken twice.
        if ptrs.contains(&ptr) {
            return Err(SlotError::borrowed(<T as Disposable>::CLASS));
        }
        ptrs.push(ptr);
    }
    Ok(())
}

/// A list's address and length.
fn list_key(values: &[JsValue]) -> (usize, usize) {
    (values.as_ptr() as usize, values.len())
}

thread_local! {
    /// The elements' pointers of the list [`list_refused`] passed last, keyed
    /// by [`list_key`], for its conversion: a call into JavaScript per
    /// element fewer. The key is cleared when the list is taken or let go
    /// of. It cannot outlive its list on any other path: after a trap
    /// between the check and the conversion the list is never freed, so no
    /// later list has its address.
    static CHECKED: core::cell::RefCell<((usize, usize), Vec<u32>)> = const { core::cell::RefCell::new(((0, 0), Vec::new())) };
}

/// Checks every element of a `Vec<Foo>` / `Box<[Foo]>` argument waiting in
/// `cell`, without taking any; the list goes back into the cell.
fn list_refused<T: Disposable>(cell: &WaitOf<ListAbi>) -> bool {
    let Some(js) = cell.take() else { return false };
    // SAFETY: `js` came from the glue for this argument, and goes back below.
    let values = unsafe { <Box<[JsValue]> as FromWasmAbi>::from_abi(js) };
    let mut ptrs = CHECKED.with(|c| core::mem::take(&mut c.lock().1));
    let checked = check_list::<T>(&values, &mut ptrs);
    let key = if checked.is_ok() { list_key(&values) } else { (0, 0) };
    CHECKED.with(|c| *c.lock() = (key, ptrs));
    cell.put(values.into_abi());
    match checked {
        Ok(()) => false,
        Err(e) => {
            crate::ret::set_pending(e);
            true
        }
    }
}

/// Keeps `ptrs`'s allocation for the next list.
fn give_back(ptrs: Vec<u32>) {
    CHECKED.with(|c| {
        let mut c = c.lock();
        if c.1.capacity() < ptrs.capacity() {
            c.1 = ptrs;
            c.1.clear();
        }
    });
}

/// Lets go of a list argument without taking its elements: only the
/// `JsValue`s the glue passed are released.
fn list_abandon(cell: &WaitOf<ListAbi>) {
    if let Some(js) = cell.take() {
        // SAFETY: `js` came from the glue for this argument.
        let values = unsafe { <Box<[JsValue]> as FromWasmAbi>::from_abi(js) };
        CHECKED.with(|c| {
            let mut c = c.lock();
            if c.0 == list_key(&values) {
                c.0 = (0, 0);
            }
        });
    }
}

impl<T: Disposable> ArgDisposable for Arg<'_, ByVal<Vec<T>, ListAbi>>
where
    Vec<T>: FromWasmAbi<Abi = ListAbi>,
{
    fn __wd_refused(&self) -> bool {
        list_refused::<T>(&self.0 .0)
    }
    fn __wd_abandon(&self) {
        list_abandon(&self.0 .0);
    }
}

impl<T: Disposable> ArgDisposable for Arg<'_, ByVal<Box<[T]>, ListAbi>>
where
    Box<[T]>: FromWasmAbi<Abi = ListAbi>,
{
    fn __wd_refused(&self) -> bool {
        list_refused::<T>(&self.0 .0)
    }
    fn __wd_abandon(&self) {
        list_abandon(&self.0 .0);
    }
}

impl<X: FromWasmAbi<Abi = A>, A: Waits> ByVal<X, A> {
    /// The argument, once every check passed. For a disposable class this
    /// takes the value out of its slot. An `Err` (a vector with a dead
    /// object) is the call's pending error, as for a refusal.
    #[inline]
    pub fn finish(&self) -> Option<X> {
        let js = self.0.take().unwrap_or_else(|| panic!("an argument is finished once"));
        // SAFETY: `js` came from the glue for this argument.
        #[cfg(wd_try_abi)]
        match unsafe { X::try_from_abi(js) } {
            Ok(value) => Some(value),
            Err(message) => {
                let error: JsValue = match LIST_ERROR.with(core::cell::Cell::take) {
                    Some(e) if core::ptr::eq(e.static_message(), message) => e.into(),
                    _ => wasm_bindgen::JsError::new(message).into(),
                };
                crate::ret::set_pending(error);
                None
            }
        }
        // Without `try_from_abi`, a list whose object an earlier argument
        // took converts to an empty one and leaves its error.
        #[cfg(not(wd_try_abi))]
        {
            FINISHING.with(|f| f.set(true));
            let value = unsafe { X::from_abi(js) };
            FINISHING.with(|f| f.set(false));
            match LIST_ERROR.with(core::cell::Cell::take) {
                None => Some(value),
                Some(e) => {
                    drop(value);
                    crate::ret::set_pending(e);
                    None
                }
            }
        }
    }
}

impl<X: FromWasmAbi<Abi = A>, A: Waits> Drop for ByVal<X, A> {
    fn drop(&mut self) {
        // Not finished and not a disposable class: release what the glue
        // passed (a string's bytes, a `JsValue`'s slot).
        if let Some(js) = self.0.take() {
            // SAFETY: `js` came from the glue for this argument.
            drop(unsafe { X::from_abi(js) });
        }
    }
}
