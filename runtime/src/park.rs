//! Where a by-value argument of a forwarding method waits for the call's
//! checks (see `convert::ByVal`): in place when its ABI value is one number,
//! set aside in a thread-local lot when it is wider (a string's or a list's
//! pointer and length, an optional number). Kept in place, a wider value
//! would make the argument larger than two words, which Rust passes through
//! memory: the export would keep a frame in linear memory, and a refusal
//! thrown from WebAssembly would leave it there (see `ret.rs`). Parked, the
//! argument is one word, and its method can refuse the cheap way.

use core::cell::{Cell, RefCell};
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::num::NonZeroU32;

use wasm_bindgen::convert::WasmAbi;

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

/// A value set aside: the argument holds its room's number (plus one).
pub struct Parked<A>(Cell<Option<NonZeroU32>>, PhantomData<A>);

/// Room for any ABI value: at most four primitives of eight bytes.
type Room = MaybeUninit<[u64; 4]>;

/// Rooms at hand; a call with more wide by-value arguments waiting at once
/// (nested calls included) sets the others aside in the lot.
const NEAR: u32 = 32;

/// Rooms beyond the first [`NEAR`].
struct Lot {
    rooms: Vec<Room>,
    free: Vec<u32>,
}

thread_local! {
    /// Bit `i` set: room `i` is free.
    static FREE: Cell<u32> = const { Cell::new(u32::MAX) };
    static NEAR_ROOMS: [Cell<Room>; NEAR as usize] = const { [const { Cell::new(Room::uninit()) }; NEAR as usize] };
    static LOT: RefCell<Lot> = const { RefCell::new(Lot { rooms: Vec::new(), free: Vec::new() }) };
}

/// The room numbered `at`, wherever it is.
#[inline(always)]
fn with_room<R>(at: u32, f: impl FnOnce(*mut Room) -> R) -> R {
    if at < NEAR {
        NEAR_ROOMS.with(|rooms| f(rooms[at as usize].as_ptr()))
    } else {
        f(far_room(at))
    }
}

#[inline(always)]
fn claim() -> u32 {
    let free = FREE.with(Cell::get);
    if free == 0 {
        return claim_far();
    }
    let at = free.trailing_zeros();
    FREE.with(|f| f.set(free & !(1 << at)));
    at
}

#[inline(always)]
fn release(at: u32) {
    if at < NEAR {
        FREE.with(|f| f.set(f.get() | 1 << at));
    } else {
        release_far(at);
    }
}

// The lot, off the common path.

#[cold]
#[inline(never)]
fn far_room(at: u32) -> *mut Room {
    // The lot's rooms move when it grows, but not while an argument's value
    // is written or read: nothing is claimed in between.
    LOT.with(|lot| &mut lot.borrow_mut().rooms[(at - NEAR) as usize] as *mut Room)
}

#[cold]
#[inline(never)]
fn claim_far() -> u32 {
    LOT.with(|lot| {
        let mut lot = lot.borrow_mut();
        match lot.free.pop() {
            Some(at) => at,
            None => {
                lot.rooms.push(Room::uninit());
                NEAR + lot.rooms.len() as u32 - 1
            }
        }
    })
}

#[cold]
#[inline(never)]
fn release_far(at: u32) {
    LOT.with(|lot| lot.borrow_mut().free.push(at));
}

impl<A> Wait<A> for Parked<A> {
    #[inline(always)]
    fn new(abi: A) -> Self {
        const { assert!(size_of::<A>() <= size_of::<Room>() && align_of::<A>() <= align_of::<Room>()) };
        let at = claim();
        // SAFETY: a room is large and aligned enough for an `A` (asserted
        // above), and room `at` was free: nothing else reads or writes it.
        with_room(at, |room| unsafe { room.cast::<A>().write(abi) });
        Parked(Cell::new(NonZeroU32::new(at + 1)), PhantomData)
    }

    #[inline(always)]
    fn take(&self) -> Option<A> {
        let at = self.0.take()?.get() - 1;
        // SAFETY: the room holds the `A` that `new` wrote for this argument,
        // whose number only this argument had, and which it gives up here.
        let abi = with_room(at, |room| unsafe { room.cast::<A>().read() });
        release(at);
        Some(abi)
    }

    fn put(&self, abi: A) {
        debug_assert!(self.0.get().is_none(), "put back only what was taken");
        self.0.set(Self::new(abi).0.take());
    }
}

/// How the values of an ABI wait, by its second primitive (`()` for a
/// value that crosses as one number).
pub trait Primitive {
    /// [`InPlace`] or [`Parked`].
    type Wait<A>: Wait<A>;
}

impl Primitive for () {
    type Wait<A> = InPlace<A>;
}

macro_rules! parked {
    ($($t:ty),*) => {$(
        impl Primitive for $t {
            type Wait<A> = Parked<A>;
        }
    )*};
}

parked!(u32, i32, u64, i64, f32, f64);

/// An ABI whose values can wait: every ABI (its primitives are a closed
/// set), named as a bound for generic code.
pub trait Waits: WasmAbi + Sized {
    /// [`InPlace`] or [`Parked`].
    type Wait: Wait<Self>;
}

impl<A: WasmAbi> Waits for A
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
        assert_eq!(c.0.get().map(NonZeroU32::get), Some(1), "a's room was reused");
        assert_eq!(b.take(), Some([7, 8, 9]));
        b.put([1, 2, 3]);
        assert_eq!(b.take(), Some([1, 2, 3]));
        assert_eq!(c.take(), Some(5));
    }

    #[test]
    fn rooms_beyond_the_near_ones() {
        let many: Vec<_> = (0..NEAR + 3).map(|i| Parked::<(u32, u32)>::new((i, i * 2))).collect();
        for (i, p) in many.iter().enumerate().rev() {
            assert_eq!(p.take(), Some((i as u32, i as u32 * 2)));
        }
        assert_eq!(FREE.with(Cell::get), u32::MAX, "every near room is free again");
        assert_eq!(LOT.with(|l| l.borrow().free.len()), 3);
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
