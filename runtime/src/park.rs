//! Where a by-value argument of a forwarding method waits for the call's
//! checks (see `convert::ByVal`): in place when its ABI value is one number,
//! a string's or a list's pointer and length ([`Slim`]) or an optional
//! number's flag and number ([`Flagged`]), each two scalars at most; set
//! aside in a thread-local lot when it is of another shape (an `i128`).
//! Kept in place, a wider value would make the argument more than two
//! scalars, which Rust passes through memory: the export would keep a frame
//! in linear memory, and a refusal thrown from WebAssembly would leave it
//! there (see `ret.rs`). Parked, the argument is one word, and its method
//! can refuse the cheap way.

use core::any::TypeId;
use core::cell::Cell;
use core::marker::PhantomData;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::num::NonZeroUsize;

use wasm_bindgen::convert::{FromWasmAbi, WasmAbi, WasmSlice};

/// An ABI value waiting for its call's checks.
pub trait Wait<A>: Sized {
    /// `abi`, waiting.
    fn new(abi: A) -> Self;
    /// The value, which waits no more; `None` once taken.
    fn take(&self) -> Option<A>;
    /// Makes a value taken wait again.
    fn put(&self, abi: A);
}

/// A value that waits in place: one number, so the argument is two words.
pub struct InPlace<A>(Cell<Option<A>>);

impl<A> Wait<A> for InPlace<A> {
    #[inline(always)]
    fn new(abi: A) -> Self {
        InPlace(Cell::new(Some(abi)))
    }
    #[inline(always)]
    fn take(&self) -> Option<A> {
        self.0.take()
    }
    #[inline(always)]
    fn put(&self, abi: A) {
        self.0.set(Some(abi))
    }
}

impl<A: Copy> InPlace<A> {
    /// The value, still waiting.
    #[inline(always)]
    pub fn get(&self) -> Option<A> {
        self.0.get()
    }
}

/// A value set aside: the argument holds its room's number plus one, or,
/// beyond the rooms at hand, the address of a box holding it (aligned, so
/// above any room's number).
pub struct Parked<A>(Cell<Option<NonZeroUsize>>, PhantomData<A>);

/// Room for any ABI value: at most four primitives of eight bytes.
type Room = MaybeUninit<[u64; 4]>;

/// Rooms at hand: a call (nested calls included) with more wide by-value
/// arguments waiting at once boxes the others.
const NEAR: usize = 32;

thread_local! {
    /// Bit `i` set: room `i` is free.
    static FREE: Cell<u32> = const { Cell::new(u32::MAX) };
    static ROOMS: [Cell<Room>; NEAR] = const { [const { Cell::new(Room::uninit()) }; NEAR] };
}

impl<A> Wait<A> for Parked<A> {
    #[inline(always)]
    fn new(abi: A) -> Self {
        const { assert!(size_of::<A>() <= size_of::<Room>() && align_of::<A>() <= align_of::<Room>()) };
        let free = FREE.with(Cell::get);
        let key = if free == 0 {
            boxed(abi)
        } else {
            let at = free.trailing_zeros();
            FREE.with(|f| f.set(free & !(1 << at)));
            // SAFETY: a room is large and aligned enough for an `A` (asserted
            // above), and room `at` was free: nothing else reads or writes it.
            ROOMS.with(|rooms| unsafe { rooms[at as usize].as_ptr().cast::<A>().write(abi) });
            at as usize + 1
        };
        Parked(Cell::new(NonZeroUsize::new(key)), PhantomData)
    }

    #[inline(always)]
    fn take(&self) -> Option<A> {
        let key = self.0.take()?.get();
        if key > NEAR {
            // SAFETY: `boxed` made this key, and only this argument had it.
            return Some(unsafe { unboxed(key) });
        }
        let at = key - 1;
        // SAFETY: the room holds the `A` that `new` wrote for this argument,
        // whose number only this argument had, and which it gives up here.
        let abi = ROOMS.with(|rooms| unsafe { rooms[at].as_ptr().cast::<A>().read() });
        FREE.with(|f| f.set(f.get() | 1 << at));
        Some(abi)
    }

    fn put(&self, abi: A) {
        debug_assert!(self.0.get().is_none(), "put back only what was taken");
        self.0.set(Self::new(abi).0.take());
    }
}

/// `abi` in a box, keyed by its address (above [`NEAR`]: no allocation
/// starts that low).
#[cold]
#[inline(never)]
fn boxed<A>(abi: A) -> usize {
    // A box of `[u64; 4]`, so that even an `A` of no size has a real address.
    let mut room = Box::new(Room::uninit());
    // SAFETY: a room is large and aligned enough for an `A` (see `new`).
    unsafe { room.as_mut_ptr().cast::<A>().write(abi) };
    let key = Box::into_raw(room) as usize;
    debug_assert!(key > NEAR);
    key
}

/// The value [`boxed`] set aside under `key`.
///
/// # Safety
/// `key` must come from `boxed::<A>`, and be used once.
#[cold]
#[inline(never)]
unsafe fn unboxed<A>(key: usize) -> A {
    // SAFETY: the caller's contract: a box `boxed` leaked, holding an `A`.
    let room = unsafe { Box::from_raw(key as *mut Room) };
    // SAFETY: as above.
    unsafe { room.as_ptr().cast::<A>().read() }
}

/// For [`Slim`] and [`Flagged`], a value of an ABI they do not hold in place:
/// parked, its key in one word (never 0).
#[inline(always)]
fn park<A>(abi: A) -> u32 {
    Parked::new(abi).0.take().map_or(0, NonZeroUsize::get) as u32
}

/// The value [`park`] left under the key in `word`, which is cleared; `None`
/// once taken.
#[inline(always)]
fn unpark<A>(word: &Cell<u32>) -> Option<A> {
    let key = NonZeroUsize::new(word.replace(0) as usize)?;
    Parked::<A>(Cell::new(Some(key)), PhantomData).take()
}

/// A value that waits in two words: a slice (a string's or a list's
/// pointer and length, wasm-bindgen's `WasmSlice`) in place, marked taken by
/// `u32::MAX` twice, which no slice is (its end would be past 4 GiB); a value
/// of another ABI of two `u32`s (an optional `u32`) parked. In place, a
/// `String` argument costs no trip through the lot.
pub struct Slim<A>(Cell<u32>, Cell<u32>, PhantomData<A>);

const TAKEN: u32 = u32::MAX;

impl<A: 'static> Slim<A> {
    /// Folded to a constant.
    #[inline(always)]
    fn is_slice() -> bool {
        TypeId::of::<A>() == TypeId::of::<WasmSlice>()
    }
}

impl<A: 'static> Wait<A> for Slim<A> {
    #[inline(always)]
    fn new(abi: A) -> Self {
        if Self::is_slice() {
            // SAFETY: `A` is `WasmSlice` (the same type, so the same size),
            // moved out once.
            let slice: WasmSlice = unsafe { core::mem::transmute_copy(&ManuallyDrop::new(abi)) };
            let (ptr, len, (), ()) = slice.split();
            debug_assert!(ptr != TAKEN || len != TAKEN);
            Slim(Cell::new(ptr), Cell::new(len), PhantomData)
        } else {
            Slim(Cell::new(park(abi)), Cell::new(0), PhantomData)
        }
    }

    #[inline(always)]
    fn take(&self) -> Option<A> {
        if Self::is_slice() {
            let (ptr, len) = (self.0.replace(TAKEN), self.1.replace(TAKEN));
            if ptr == TAKEN && len == TAKEN {
                return None;
            }
            let slice = ManuallyDrop::new(WasmSlice::join(ptr, len, (), ()));
            // SAFETY: `A` is `WasmSlice`.
            Some(unsafe { core::mem::transmute_copy(&slice) })
        } else {
            unpark(&self.0)
        }
    }

    fn put(&self, abi: A) {
        let again = Self::new(abi);
        self.0.set(again.0.get());
        self.1.set(again.1.get());
    }
}

/// A value that waits as a flag and a number: an optional number
/// (`Option<f64>` and the like) in place, marked taken by a flag of
/// `u32::MAX` (its flag is 0 or 1); a value of another ABI whose second
/// primitive is a `P` parked. Two scalars, which Rust passes as two.
pub struct Flagged<A, P>(Cell<u32>, Cell<P>, PhantomData<A>);

/// `Option<P>`'s ABI.
type OptionAbi<P> = <Option<P> as FromWasmAbi>::Abi;

impl<A: 'static, P: 'static> Flagged<A, P>
where
    Option<P>: FromWasmAbi,
{
    /// Folded to a constant.
    #[inline(always)]
    fn is_option() -> bool {
        TypeId::of::<A>() == TypeId::of::<OptionAbi<P>>()
    }
}

impl<A: 'static, P: Copy + Default + 'static> Wait<A> for Flagged<A, P>
where
    Option<P>: FromWasmAbi<Abi: WasmAbi<Prim1 = u32, Prim2 = P, Prim3 = (), Prim4 = ()>>,
{
    #[inline(always)]
    fn new(abi: A) -> Self {
        if Self::is_option() {
            // SAFETY: `A` is `Option<P>`'s ABI (the same type), moved out once.
            let abi: OptionAbi<P> = unsafe { core::mem::transmute_copy(&ManuallyDrop::new(abi)) };
            let (flag, value, (), ()) = abi.split();
            Flagged(Cell::new(flag), Cell::new(value), PhantomData)
        } else {
            Flagged(Cell::new(park(abi)), Cell::new(P::default()), PhantomData)
        }
    }

    #[inline(always)]
    fn take(&self) -> Option<A> {
        if Self::is_option() {
            let flag = self.0.replace(TAKEN);
            if flag == TAKEN {
                return None;
            }
            let abi = ManuallyDrop::new(OptionAbi::<P>::join(flag, self.1.get(), (), ()));
            // SAFETY: `A` is `Option<P>`'s ABI.
            Some(unsafe { core::mem::transmute_copy(&abi) })
        } else {
            unpark(&self.0)
        }
    }

    fn put(&self, abi: A) {
        let again = Self::new(abi);
        self.0.set(again.0.get());
        self.1.set(again.1.get());
    }
}

/// How the values of an ABI wait, by its second primitive (`()` for a
/// value that crosses as one number).
pub trait Primitive {
    /// [`InPlace`], [`Slim`] or [`Flagged`].
    type Wait<A: 'static>: Wait<A>;
}

impl Primitive for () {
    type Wait<A: 'static> = InPlace<A>;
}

impl Primitive for u32 {
    type Wait<A: 'static> = Slim<A>;
}

macro_rules! parked {
    ($($t:ty),*) => {$(
        impl Primitive for $t {
            type Wait<A: 'static> = Parked<A>;
        }
    )*};
}

macro_rules! flagged {
    ($($t:ty),*) => {$(
        impl Primitive for $t {
            type Wait<A: 'static> = Flagged<A, $t>;
        }
    )*};
}

flagged!(u64, i64, f64);
parked!(i32, f32);

/// An ABI whose values can wait: every ABI (its primitives are a closed
/// set), named as a bound for generic code.
pub trait Waits: WasmAbi + Sized {
    /// [`InPlace`], [`Slim`] or [`Flagged`].
    type Wait: Wait<Self>;
}

impl<A: WasmAbi + 'static> Waits for A
where
    A::Prim2: Primitive,
{
    type Wait = <A::Prim2 as Primitive>::Wait<A>;
}

/// How a value of ABI `A` waits.
pub type WaitOf<A> = <A as Waits>::Wait;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parked_values_come_back_once_and_rooms_are_reused() {
        let a = Parked::<(u32, u64)>::new((1, 2));
        let b = Parked::<[u8; 3]>::new([7, 8, 9]);
        assert_eq!(a.take(), Some((1, 2)));
        assert_eq!(a.take(), None);
        let c = Parked::<u64>::new(5);
        assert_eq!(c.0.get().map(NonZeroUsize::get), Some(1), "a's room was reused");
        assert_eq!(b.take(), Some([7, 8, 9]));
        b.put([1, 2, 3]);
        assert_eq!(b.take(), Some([1, 2, 3]));
        assert_eq!(c.take(), Some(5));
    }

    #[test]
    fn rooms_beyond_the_near_ones() {
        let many: Vec<_> = (0..NEAR as u32 + 3).map(|i| Parked::<(u32, u32)>::new((i, i * 2))).collect();
        for (i, p) in many.iter().enumerate().rev() {
            assert_eq!(p.take(), Some((i as u32, i as u32 * 2)));
        }
        assert_eq!(FREE.with(Cell::get), u32::MAX, "every near room is free again");
    }

    #[test]
    fn slices_wait_in_place_other_pairs_parked() {
        let s = Slim::<WasmSlice>::new(WasmSlice::join(8, 3, (), ()));
        assert_eq!((s.0.get(), s.1.get()), (8, 3), "in place");
        let (ptr, len, (), ()) = s.take().map(WasmSlice::split).unwrap();
        assert_eq!((ptr, len), (8, 3));
        assert!(s.take().is_none(), "taken once");
        // `None` of an `Option<String>` is the slice (0, 0).
        s.put(WasmSlice::join(0, 0, (), ()));
        assert_eq!(s.take().map(WasmSlice::split).map(|(p, l, _, _)| (p, l)), Some((0, 0)));
        let free = FREE.with(Cell::get);
        let o = Slim::<(u32, u32)>::new((1, u32::MAX));
        assert_ne!(FREE.with(Cell::get), free, "parked");
        assert_eq!(o.take(), Some((1, u32::MAX)));
        assert_eq!(o.take(), None);
        assert_eq!(FREE.with(Cell::get), free);
    }

    #[test]
    fn optional_numbers_wait_in_place_other_pairs_parked() {
        use wasm_bindgen::convert::IntoWasmAbi;
        // SAFETY: each value converted is one `into_abi` made (numbers own nothing).
        let from = |abi| unsafe { <Option<f64> as FromWasmAbi>::from_abi(abi) };
        let f = Flagged::<OptionAbi<f64>, f64>::new(Some(2.5).into_abi());
        assert_eq!((f.0.get(), f.1.get()), (1, 2.5), "in place");
        assert_eq!(f.take().map(from), Some(Some(2.5)));
        assert!(f.take().is_none(), "taken once");
        f.put(None::<f64>.into_abi());
        assert_eq!(f.take().map(from), Some(None));
        let free = FREE.with(Cell::get);
        let o = Flagged::<(u32, f64), f64>::new((7, 1.0));
        assert_ne!(FREE.with(Cell::get), free, "parked");
        assert_eq!(o.take(), Some((7, 1.0)));
        assert_eq!(FREE.with(Cell::get), free);
    }

    #[test]
    fn in_place_values() {
        let a = InPlace::new(3u32);
        assert_eq!(a.get(), Some(3));
        assert_eq!(a.take(), Some(3));
        assert_eq!(a.get(), None);
        a.put(4);
        assert_eq!(a.take(), Some(4));
    }
}
