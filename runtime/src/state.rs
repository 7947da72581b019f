//! Plain data every layer shares: where a slot is in its life, why a value
//! left its slot, and one class's counters.

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

/// Why a value left its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// `free()` or `[Symbol.dispose]()`.
    Dispose,
    /// `[Symbol.asyncDispose]()`.
    AsyncDispose,
    /// Passed by value into Rust.
    Move,
    /// The JavaScript object was garbage-collected without being disposed.
    Finalize,
    /// The JavaScript object was garbage-collected while its value was still
    /// borrowed by a call that trapped (a panic): the value is abandoned,
    /// never dropped, and counted as leaked.
    Trap,
}

impl Reason {
    /// The string JavaScript listeners see.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Dispose => "dispose",
            Reason::AsyncDispose => "asyncDispose",
            Reason::Move => "move",
            Reason::Finalize => "finalize",
            Reason::Trap => "trap",
        }
    }

    /// Whether the value was lost to the garbage collector rather than
    /// released by the program.
    pub fn is_leak(self) -> bool {
        matches!(self, Reason::Finalize | Reason::Trap)
    }
}

/// One class's counters. `live = created - disposed - moved - leaked`.
///
/// All zero when the crate is built without the `stats` feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassStats {
    /// Instances that reached JavaScript.
    pub created: u64,
    /// Released by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`.
    pub disposed: u64,
    /// Passed by value into Rust.
    pub moved: u64,
    /// Garbage-collected without having been disposed (finalized).
    pub leaked: u64,
}

impl ClassStats {
    /// Instances that are still alive and not disposed.
    pub fn live(&self) -> u64 {
        self.created - self.disposed - self.moved - self.leaked
    }

    /// Counts a value leaving its slot.
    #[cfg(feature = "stats")]
    pub(crate) fn count(&mut self, reason: Reason) {
        match reason {
            Reason::Dispose | Reason::AsyncDispose => self.disposed += 1,
            Reason::Move => self.moved += 1,
            Reason::Finalize | Reason::Trap => self.leaked += 1,
        }
    }
}
