//! Visibility: `disposableStats()`, `debugDispose()`, leak records with
//! allocation sites, `assertNoLeaks()`, and the same numbers for Rust.
//!
//! Everything is counted in Rust, where every disposal, move and
//! finalization passes through the slot; JavaScript only formats.

use core::fmt;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

#[cfg(feature = "stats")]
use crate::cells::Cells as _;
#[cfg(feature = "leak-sites")]
use crate::records::sites;
#[cfg(feature = "stats")]
use crate::records::{LEAKS, LISTENERS, NEXT_LISTENER};

/// An object that was garbage-collected without having been disposed.
#[derive(Clone, Debug)]
pub struct Leak {
    /// Its JavaScript class.
    pub class: &'static str,
    /// The JavaScript stack where it was created, when allocation-site
    /// capture was on (the `leak-sites` feature).
    pub site: Option<String>,
}

/// Live objects, found by [`check_no_leaks`].
#[derive(Clone, Debug)]
pub struct LiveObjects {
    /// `(class, live count, allocation sites that were captured)`.
    pub classes: Vec<(&'static str, u64, Vec<String>)>,
}

impl fmt::Display for LiveObjects {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total: u64 = self.classes.iter().map(|c| c.1).sum();
        write!(f, "wasm-dispose: {total} live object{} not disposed:", if total == 1 { "" } else { "s" })?;
        for (class, live, sites) in &self.classes {
            write!(f, "\n  {class}: {live} live")?;
            for site in sites {
                write!(f, "\n    allocated at:")?;
                for line in site.lines() {
                    write!(f, "\n      {}", line.trim())?;
                }
            }
            let unknown = *live as usize - sites.len().min(*live as usize);
            if !sites.is_empty() && unknown > 0 {
                write!(f, "\n    ({unknown} without a captured allocation site)")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for LiveObjects {}

/// The objects finalized without disposal so far (at most the first
/// [`MAX_LEAK_RECORDS`]; the `leaked` counters stay exact beyond that).
pub fn leak_report() -> Vec<Leak> {
    #[cfg(feature = "stats")]
    return LEAKS.with(|l| {
        l.read().iter().map(|(class, site)| Leak { class, site: site.as_ref().and_then(JsValue::as_string) }).collect()
    });
    #[cfg(not(feature = "stats"))]
    Vec::new()
}

/// `Ok` when no disposable object is live, else every live object by class,
/// with its allocation site where one was captured. Meant for the end of a
/// test, or a Worker that logs what it forgot.
pub fn check_no_leaks() -> Result<(), LiveObjects> {
    let mut classes = Vec::new();
    for (class, stats) in crate::class::all_stats() {
        let live = stats.live();
        if live > 0 {
            classes.push((class, live, live_sites(class)));
        }
    }
    if classes.is_empty() {
        Ok(())
    } else {
        Err(LiveObjects { classes })
    }
}

pub use crate::records::MAX_LEAK_RECORDS;

#[cfg(feature = "leak-sites")]
fn live_sites(class: &'static str) -> Vec<String> {
    sites::live(class).iter().filter_map(JsValue::as_string).collect()
}

#[cfg(not(feature = "leak-sites"))]
fn live_sites(_: &'static str) -> Vec<String> {
    Vec::new()
}

fn missing_feature(what: &str, feature: &str) -> JsValue {
    js_sys::Error::new(&format!(
        "wasm-dispose: {what} needs the `{feature}` feature of the wasm-dispose crate, which this package was built without"
    ))
    .into()
}

/// `disposableStats()`: `{ [className]: { created, disposed, moved, leaked, live } }`,
/// and `"js:<class>"` entries for JavaScript resources Rust owned.
pub fn disposable_stats() -> Object {
    let out = Object::new();
    for (class, s) in crate::class::all_stats() {
        let entry = Object::new();
        for (key, n) in [
            ("created", s.created),
            ("disposed", s.disposed),
            ("moved", s.moved),
            ("leaked", s.leaked),
            ("live", s.live()),
        ] {
            let _ = Reflect::set(&entry, &key.into(), &(n as f64).into());
        }
        let _ = Reflect::set(&out, &class.into(), &entry);
    }
    crate::resource_stats::add_to(&out);
    out
}

/// `debugDispose(listener)`: calls `listener({ class, reason })` on every
/// disposal; returns the function that unsubscribes it.
pub fn debug_dispose(listener: Function) -> Result<Function, JsValue> {
    #[cfg(feature = "stats")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let id = NEXT_LISTENER.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1));
            id
        });
        LISTENERS.with(|l| l.lock().push((id, listener)));
        // Idempotent: removing an id twice finds nothing the second time.
        let unsubscribe = Closure::<dyn Fn()>::new(move || {
            LISTENERS.with(|l| l.lock().retain(|(i, _)| *i != id));
        });
        Ok(unsubscribe.into_js_value().unchecked_into())
    }
    #[cfg(not(feature = "stats"))]
    {
        let _ = listener;
        Err(missing_feature("debugDispose()", "stats"))
    }
}

/// `leakReport()`: `[{ class, site }]` for every object finalized without
/// having been disposed.
pub fn leak_report_js() -> Array {
    leak_report()
        .into_iter()
        .map(|leak| {
            let record = Object::new();
            let _ = Reflect::set(&record, &"class".into(), &leak.class.into());
            let site = leak.site.map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = Reflect::set(&record, &"site".into(), &site);
            JsValue::from(record)
        })
        .collect()
}

/// `assertNoLeaks()`: throws an `Error` listing every live object.
pub fn assert_no_leaks() -> Result<(), JsValue> {
    if cfg!(not(feature = "stats")) {
        return Err(missing_feature("assertNoLeaks()", "stats"));
    }
    check_no_leaks().map_err(|live| js_sys::Error::new(&live.to_string()).into())
}

/// `captureAllocationSites(on)`: switches allocation-site capture for
/// objects created from now on.
pub fn capture_allocation_sites(on: bool) -> Result<(), JsValue> {
    if set_capture_allocation_sites(on) || !on {
        Ok(())
    } else {
        Err(missing_feature("allocation-site capture", "leak-sites"))
    }
}

/// Switches allocation-site capture from Rust (see `captureAllocationSites`).
/// Returns `false` when the crate was built without the `leak-sites` feature.
pub fn set_capture_allocation_sites(on: bool) -> bool {
    #[cfg(feature = "leak-sites")]
    {
        sites::CAPTURE.with(|c| c.set(on));
        true
    }
    #[cfg(not(feature = "leak-sites"))]
    {
        let _ = on;
        false
    }
}
