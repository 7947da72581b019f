//! How a generated method returns, chosen from the types it takes and gives.
//!
//! A refused call (a dead or borrowed object) must throw. The cheap way is
//! [`Ret`]: the glue is plain wasm-bindgen's, and the error is thrown from
//! inside WebAssembly once every argument was released (see `ret.rs`). That
//! is sound only where the throw leaves nothing behind: no frame of the
//! export in linear memory, no slot of wasm-bindgen's externref stack (a
//! borrowed `&JsValue`), and a return value that crosses as one number. Any
//! other method returns an [`Answer`], which crosses as wasm-bindgen's
//! `Result` and which the glue throws after WebAssembly returned (an array
//! per call in V8).
//!
//! The choice is made by the types, not by how they are spelled: each
//! parameter of a forwarding method, and its return type, has a [`Crossing`]
//! mode, and the macro folds them with [`Mode::And`], so that a number behind
//! a type alias, a reference to another `#[disposable]` class or a class
//! returned by value all take the direct path, and a `Result` behind an
//! alias is found by its return ABI.

use core::mem::ManuallyDrop;

use wasm_bindgen::convert::{FromWasmAbi, IntoWasmAbi, ReturnWasmAbi, WasmAbi};
use wasm_bindgen::describe::WasmDescribe;
use wasm_bindgen::JsValue;

use crate::class::Disposable;
use crate::convert::{Anchor, AnchorMut, ByMut, ByRef, ByVal};
use crate::ret::{take_pending, Ret};

/// Nothing is left behind by a throw from WebAssembly: return [`Ret`].
pub struct Direct;

/// Return through wasm-bindgen's `Result` ABI, thrown by the glue
/// ([`Answer`]).
pub struct Boxed;

/// [`Direct`] or [`Boxed`].
pub trait Mode {
    /// Both: direct only if both are.
    type And<M: Mode>: Mode;
    /// What a forwarding method returning `R` returns in this mode.
    type Out<R: ReturnWasmAbi>: Return<R>;
}

impl Mode for Direct {
    type And<M: Mode> = M;
    type Out<R: ReturnWasmAbi> = Ret<R>;
}

impl Mode for Boxed {
    type And<M: Mode> = Boxed;
    type Out<R: ReturnWasmAbi> = Answer<R>;
}

/// How a forwarding method's parameter crosses the boundary.
#[diagnostic::on_unimplemented(
    message = "wasm-dispose does not know how `{Self}` crosses the boundary",
    note = "please report this type to wasm-dispose"
)]
pub trait Crossing {
    /// One number or not (see [`Mode`]).
    type Mode: Mode;
}

/// One number (`Prim2`, `Prim3` and `Prim4` are `()`): held in registers,
/// nothing to release. Not a `Result`'s ABI, whose `Prim3` and `Prim4` say
/// whether it is an error and which.
pub trait AbiMode {
    type Mode: Mode;
}

impl<A: WasmAbi> AbiMode for A
where
    A::Prim2: Width,
    A::Prim3: Width,
    A::Prim4: Width,
{
    type Mode =
        <<<A::Prim2 as Width>::Mode as Mode>::And<<A::Prim3 as Width>::Mode> as Mode>::And<<A::Prim4 as Width>::Mode>;
}

/// The second primitive of an ABI: `()` for a value that crosses as one.
pub trait Width {
    type Mode: Mode;
}

impl Width for () {
    type Mode = Direct;
}

macro_rules! wide {
    ($($t:ty),*) => {$(
        impl Width for $t {
            type Mode = Boxed;
        }
    )*};
}

wide!(u32, i32, u64, i64, f32, f64);

/// The anchor a reference argument keeps for the call.
pub trait AnchorMode {
    type Mode: Mode;
}

// A borrow of a `#[disposable]` class: two words, released before the
// refusal is thrown.
impl<T: Disposable> AnchorMode for Anchor<T> {
    type Mode = Direct;
}

impl<T: Disposable> AnchorMode for AnchorMut<T> {
    type Mode = Direct;
}

// A copy of a string or a slice, freed before the refusal is thrown.
impl<T: ?Sized> AnchorMode for Box<T> {
    type Mode = Direct;
}

// A borrowed JavaScript value, on wasm-bindgen's externref stack until a
// normal return.
impl<T> AnchorMode for ManuallyDrop<T> {
    type Mode = Boxed;
}

impl AnchorMode for JsValue {
    type Mode = Boxed;
}

// A plain `#[wasm_bindgen]` class: more than two words, kept in a frame.
impl<T: ?Sized> AnchorMode for wasm_bindgen::__rt::RcRef<T> {
    type Mode = Boxed;
}

impl<T: ?Sized> AnchorMode for wasm_bindgen::__rt::RcRefMut<T> {
    type Mode = Boxed;
}

impl<X: ?Sized, A: AnchorMode> Crossing for ByRef<X, A> {
    type Mode = A::Mode;
}

impl<X: ?Sized, A: AnchorMode> Crossing for ByMut<X, A> {
    type Mode = A::Mode;
}

// A by-value argument waits unconverted in at most two words (see
// `park.rs`) and is released by its `Drop` before the refusal is thrown.
impl<X: FromWasmAbi<Abi = A>, A: crate::park::Waits> Crossing for ByVal<X, A> {
    type Mode = Direct;
}

/// The mode of a return type: one number, or not. By its return ABI, so
/// that a `Result` behind an alias (`type JsResult<T> = Result<T,
/// JsValue>`) is one too.
pub type ReturnMode<R> = <<R as ReturnWasmAbi>::Abi as AbiMode>::Mode;

/// How a forwarding method builds its return value in either mode.
pub trait Return<R>: Sized {
    /// The method returned `value`.
    fn ok(value: R) -> Self;
    /// The call was refused and its error is pending.
    fn pending() -> Self;
    /// The method returned a `Result`; an `Err` is thrown in JavaScript.
    fn from_result<E: Into<JsValue>>(result: Result<R, E>) -> Self;
}

impl<R: ReturnWasmAbi> Return<R> for Ret<R> {
    #[inline(always)]
    fn ok(value: R) -> Self {
        Ret::ok(value)
    }
    #[inline(always)]
    fn pending() -> Self {
        Ret::pending()
    }
    #[inline(always)]
    fn from_result<E: Into<JsValue>>(result: Result<R, E>) -> Self {
        Ret::from_result(result)
    }
}

/// What a method returns in [`Boxed`] mode: its value, or the error the glue
/// throws (a refusal, or the user's `Err`). It crosses as wasm-bindgen's
/// `Result` of the value, or, for a value that is itself a `Result` (written
/// behind an alias, which the macro cannot see), as that `Result`, with the
/// error put in its place: so the glue is what wasm-bindgen writes for
/// `Result<R, JsValue>`, or for `R`.
pub struct Answer<R>(Result<R, JsValue>);

impl<R> Return<R> for Answer<R> {
    #[inline(always)]
    fn ok(value: R) -> Self {
        Answer(Ok(value))
    }
    #[inline(always)]
    fn pending() -> Self {
        Answer(Err(take_pending()))
    }
    #[inline(always)]
    fn from_result<E: Into<JsValue>>(result: Result<R, E>) -> Self {
        Answer(result.map_err(Into::into))
    }
}

/// The third primitive of a return ABI: `()` where the value carries no
/// error, `u32` in wasm-bindgen's `Result<A, u32>` (the error, then whether
/// it is one; the only return ABI with four primitives). Chosen by that
/// type, since impls for `A` and for `Result<A, u32>` would overlap.
pub trait Third<A: WasmAbi> {
    /// The ABI with room for an error.
    type WithErr: WasmAbi;
    fn ok(abi: A) -> Self::WithErr;
    fn err(error: u32) -> Self::WithErr;
    /// Describes `R`, whose ABI is `A`, with room for an error.
    fn describe<R: WasmDescribe>();
}

impl<A: WasmAbi<Prim3 = (), Prim4 = ()>> Third<A> for () {
    type WithErr = Result<A, u32>;
    #[inline(always)]
    fn ok(abi: A) -> Result<A, u32> {
        Ok(abi)
    }
    #[inline(always)]
    fn err(error: u32) -> Result<A, u32> {
        Err(error)
    }
    #[inline]
    fn describe<R: WasmDescribe>() {
        <Result<R, JsValue> as WasmDescribe>::describe()
    }
}

impl<A: WasmAbi<Prim3 = u32, Prim4 = u32>> Third<A> for u32 {
    type WithErr = A;
    #[inline(always)]
    fn ok(abi: A) -> A {
        abi
    }
    #[inline(always)]
    fn err(error: u32) -> A {
        // As wasm-bindgen's `Result<A, u32>` splits an `Err`.
        A::join(Default::default(), Default::default(), error, 1)
    }
    #[inline]
    fn describe<R: WasmDescribe>() {
        R::describe()
    }
}

type ThirdOf<R> = <<R as ReturnWasmAbi>::Abi as WasmAbi>::Prim3;

impl<R: ReturnWasmAbi> WasmDescribe for Answer<R>
where
    ThirdOf<R>: Third<R::Abi>,
{
    #[inline]
    fn describe() {
        <ThirdOf<R> as Third<R::Abi>>::describe::<R>()
    }
}

impl<R: ReturnWasmAbi> ReturnWasmAbi for Answer<R>
where
    ThirdOf<R>: Third<R::Abi>,
{
    type Abi = <ThirdOf<R> as Third<R::Abi>>::WithErr;
    #[inline]
    fn return_abi(self) -> Self::Abi {
        match self.0 {
            Ok(value) => <ThirdOf<R> as Third<R::Abi>>::ok(value.return_abi()),
            Err(error) => <ThirdOf<R> as Third<R::Abi>>::err(error.into_abi()),
        }
    }
}

impl<R> Return<R> for Result<R, JsValue> {
    #[inline(always)]
    fn ok(value: R) -> Self {
        Ok(value)
    }
    #[inline(always)]
    fn pending() -> Self {
        Err(take_pending())
    }
    #[inline(always)]
    fn from_result<E: Into<JsValue>>(result: Result<R, E>) -> Self {
        result.map_err(Into::into)
    }
}
