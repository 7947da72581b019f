//! The bookkeeping of JavaScript resources owned by Rust ([`JsDisposable`],
//! [`JsAsyncDisposable`]): counters per JavaScript class, the
//! `debugDispose` events of their disposals, and the report of a disposal
//! that failed with nobody to return the error to (one run by `Drop`).
//!
//! In `disposableStats()` a JavaScript class `C` is listed as `"js:C"`, so
//! that it never mixes with a Rust class of the same name.
//!
//! [`JsDisposable`]: crate::JsDisposable
//! [`JsAsyncDisposable`]: crate::JsAsyncDisposable

use wasm_bindgen::JsValue;

#[cfg(feature = "stats")]
use crate::cells::Cells as _;

/// The counters of one JavaScript class whose objects Rust owned through
/// [`JsDisposable`](crate::JsDisposable) or
/// [`JsAsyncDisposable`](crate::JsAsyncDisposable).
///
/// `live = created - disposed - moved`. All zero when the crate is built
/// without the `stats` feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JsResourceStats {
    /// Values Rust took ownership of (`new` succeeded).
    pub created: u64,
    /// Disposals that finished, by `Drop` or by `dispose()`, whether they
    /// succeeded or not. An asynchronous one counts when its promise settled.
    pub disposed: u64,
    /// Of `disposed`, those whose disposal threw or rejected.
    pub failed: u64,
    /// Handed back to JavaScript without disposal (`into_inner()`, or
    /// adopted by a [`DisposableStack`](crate::DisposableStack)).
    pub moved: u64,
}

impl JsResourceStats {
    /// Owned by Rust now, or disposing (an asynchronous disposal not yet settled).
    ///
    /// ```
    /// use wasm_dispose::JsResourceStats;
    /// let s = JsResourceStats { created: 5, disposed: 3, failed: 1, moved: 1 };
    /// assert_eq!(s.live(), 1);
    /// ```
    pub fn live(&self) -> u64 {
        self.created - self.disposed - self.moved
    }
}

/// Every JavaScript class Rust has owned an object of, by class name (the
/// name of its constructor; `"Object"` for plain objects), with its
/// counters. Empty without the `stats` feature.
///
/// ```
/// // In a Worker's status route, say:
/// fn failed_disposals() -> u64 {
///     wasm_dispose::js_resource_stats().iter().map(|(_, s)| s.failed).sum()
/// }
/// ```
pub fn js_resource_stats() -> Vec<(String, JsResourceStats)> {
    #[cfg(feature = "stats")]
    return on::CLASSES.with(|c| c.read().names.iter().map(|(name, s)| (name.clone(), *s)).collect());
    #[cfg(not(feature = "stats"))]
    Vec::new()
}

/// How a disposal ended, for [`finished`].
pub(crate) struct Outcome<'a> {
    /// `"dispose"` or `"asyncDispose"`: the method that ran.
    pub(crate) reason: &'static str,
    pub(crate) error: Option<&'a JsValue>,
    /// Run by `Drop`: a failure has no caller to go to.
    pub(crate) from_drop: bool,
}

/// Rust took ownership of `value`; returns its class's id (`0` without the
/// `stats` feature).
#[inline]
pub(crate) fn created(value: &JsValue) -> u32 {
    #[cfg(feature = "stats")]
    return on::created(value);
    #[cfg(not(feature = "stats"))]
    {
        let _ = value;
        0
    }
}

/// The value went back to JavaScript undisposed.
#[inline]
pub(crate) fn moved(class: u32) {
    #[cfg(feature = "stats")]
    on::moved(class);
    #[cfg(not(feature = "stats"))]
    let _ = class;
}

/// A disposal of an object of class `class` (`value`, for the message of a
/// build without counters) finished.
pub(crate) fn finished(class: u32, value: &JsValue, outcome: Outcome<'_>) {
    #[cfg(feature = "stats")]
    let listened = on::finished(class, &outcome);
    #[cfg(not(feature = "stats"))]
    let listened = {
        let _ = class;
        false
    };
    if let (Some(error), true, false) = (outcome.error, outcome.from_drop, listened) {
        // Nobody to return it to and nobody listening: the console, rather
        // than nowhere.
        #[cfg(feature = "stats")]
        let name = on::name(class);
        #[cfg(not(feature = "stats"))]
        let name = crate::dispose_method::class_name(value);
        let message = crate::host::join(&[
            "wasm-dispose: disposing a ",
            &name,
            " from Drop failed ([Symbol.",
            outcome.reason,
            "]):",
        ]);
        crate::host::console_error(&message, error);
    }
    #[cfg(feature = "stats")]
    let _ = value;
}

/// Adds `"js:<class>": { created, disposed, failed, moved, leaked: 0, live }`
/// entries to `disposableStats()`'s object.
pub(crate) fn add_to(out: &js_sys::Object) {
    for (name, s) in js_resource_stats() {
        let entry = js_sys::Object::new();
        for (key, n) in [
            ("created", s.created),
            ("disposed", s.disposed),
            ("failed", s.failed),
            ("moved", s.moved),
            ("leaked", 0),
            ("live", s.live()),
        ] {
            let _ = js_sys::Reflect::set(&entry, &key.into(), &(n as f64).into());
        }
        let _ = js_sys::Reflect::set(out, &crate::host::join(&["js:", &name]).into(), &entry);
    }
}

#[cfg(feature = "stats")]
mod on {
    use core::cell::RefCell;

    use wasm_bindgen::JsValue;

    use super::{JsResourceStats, Outcome};
    use crate::cells::Cells as _;
    use crate::dispose_method;

    /// Distinct prototypes remembered; past that the least recently seen is
    /// forgotten (and found again by name when it comes back).
    const MAX_PROTOTYPES: usize = 64;
    /// Distinct class names counted; past that, new names count as `OTHER`.
    const MAX_NAMES: usize = 1000;
    const OTHER: &str = "(other classes)";

    #[derive(Default)]
    pub(super) struct Classes {
        /// `(prototype, id)`, most recently seen first.
        prototypes: Vec<(JsValue, u32)>,
        /// By id.
        pub(super) names: Vec<(String, JsResourceStats)>,
    }

    thread_local! {
        pub(super) static CLASSES: RefCell<Classes> = RefCell::new(Classes::default());
    }

    pub(super) fn created(value: &JsValue) -> u32 {
        let prototype = dispose_method::prototype(value);
        let id = CLASSES.with(|c| {
            let mut c = c.lock();
            let i = c.prototypes.iter().position(|(p, _)| *p == prototype)?;
            if i > 0 {
                let entry = c.prototypes.remove(i);
                c.prototypes.insert(0, entry);
            }
            Some(c.prototypes[0].1)
        });
        // A new prototype: its name is read with no borrow held (it runs
        // JavaScript).
        let id = id.unwrap_or_else(|| {
            let name = dispose_method::class_name_of_prototype(&prototype);
            CLASSES.with(|c| {
                let mut c = c.lock();
                let id = match c.names.iter().position(|(n, _)| *n == name) {
                    Some(i) => i as u32,
                    None if c.names.len() < MAX_NAMES => {
                        c.names.push((name, JsResourceStats::default()));
                        c.names.len() as u32 - 1
                    }
                    None => match c.names.iter().position(|(n, _)| n == OTHER) {
                        Some(i) => i as u32,
                        None => {
                            c.names.push((OTHER.into(), JsResourceStats::default()));
                            c.names.len() as u32 - 1
                        }
                    },
                };
                c.prototypes.insert(0, (prototype, id));
                c.prototypes.truncate(MAX_PROTOTYPES);
                id
            })
        });
        update(id, |s| s.created += 1);
        id
    }

    pub(super) fn moved(class: u32) {
        update(class, |s| s.moved += 1);
        crate::records::emit(|| event_class(class), "move", None);
    }

    /// Counts the disposal and tells the listeners; `true` if there was one.
    pub(super) fn finished(class: u32, outcome: &Outcome<'_>) -> bool {
        update(class, |s| {
            s.disposed += 1;
            s.failed += u64::from(outcome.error.is_some());
        });
        crate::records::emit(|| event_class(class), outcome.reason, outcome.error)
    }

    pub(super) fn name(class: u32) -> String {
        CLASSES.with(|c| c.read().names.get(class as usize).map(|(n, _)| n.clone()).unwrap_or_default())
    }

    fn update(class: u32, f: impl FnOnce(&mut JsResourceStats)) {
        CLASSES.with(|c| {
            if let Some((_, s)) = c.lock().names.get_mut(class as usize) {
                f(s);
            }
        });
    }

    /// An event's `class`: `"js:<name>"`.
    fn event_class(class: u32) -> String {
        crate::host::join(&["js:", &name(class)])
    }
}
