//! Visibility: `disposableStats()`, `debugDispose()`, leak records with
//! allocation sites, `assertNoLeaks()`, and the same numbers for Rust.
//!
//! Everything is counted in Rust, where every disposal, move and
//! finalization passes through the slot; JavaScript only formats.

use core::fmt;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

#[cfg(feature = "stats")]
pub(crate) use self::on::*;

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
        l.borrow()
            .iter()
            .map(|(class, site)| Leak { class, site: site.as_ref().and_then(JsValue::as_string) })
            .collect()
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

/// How many leak records are kept; a long-running Worker that leaks must not
/// grow without bound because of its own leak report.
pub const MAX_LEAK_RECORDS: usize = 1000;

#[cfg(feature = "leak-sites")]
fn live_sites(class: &'static str) -> Vec<String> {
    sites::live(class).iter().filter_map(JsValue::as_string).collect()
}

#[cfg(not(feature = "leak-sites"))]
fn live_sites(_: &'static str) -> Vec<String> {
    Vec::new()
}

#[cfg(feature = "stats")]
mod on {
    use core::cell::{Cell, RefCell};

    use js_sys::Function;
    use wasm_bindgen::JsValue;

    use crate::class::Reason;

    thread_local! {
        pub(crate) static LISTENERS: RefCell<Vec<(u32, Function)>> = const { RefCell::new(Vec::new()) };
        pub(crate) static NEXT_LISTENER: Cell<u32> = const { Cell::new(1) };
        pub(crate) static LEAKS: RefCell<Vec<(&'static str, Option<JsValue>)>> = const { RefCell::new(Vec::new()) };
    }

    /// A value left its slot: keep the leak record, tell the listeners.
    #[inline]
    pub(crate) fn left(class: &'static str, reason: Reason, site: u32) {
        #[cfg(feature = "leak-sites")]
        let site = super::sites::remove(site);
        #[cfg(not(feature = "leak-sites"))]
        let site: Option<JsValue> = {
            let _ = site;
            None
        };
        if matches!(reason, Reason::Finalize | Reason::Trap) {
            LEAKS.with(|l| {
                let mut l = l.borrow_mut();
                if l.len() < super::MAX_LEAK_RECORDS {
                    l.push((class, site));
                }
            });
        }
        emit(|| {
            let event = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&event, &"class".into(), &class.into());
            let _ = js_sys::Reflect::set(&event, &"reason".into(), &reason.as_str().into());
            event.into()
        });
    }

    /// Calls every `debugDispose` listener with the event `make` builds
    /// (built only if someone listens); `true` if someone did.
    pub(crate) fn emit(make: impl FnOnce() -> JsValue) -> bool {
        // Cloned out first: a listener may dispose other objects (which
        // lands here again) or unsubscribe.
        let listeners: Vec<Function> = LISTENERS.with(|l| {
            let l = l.borrow();
            if l.is_empty() {
                return Vec::new();
            }
            l.iter().map(|(_, f)| f.clone()).collect()
        });
        if listeners.is_empty() {
            return false;
        }
        let event = make();
        for listener in &listeners {
            if let Err(error) = listener.call1(&JsValue::UNDEFINED, &event) {
                // Disposal must go on; the mistake must not vanish either.
                crate::host::console_error("wasm-dispose: a debugDispose listener threw:", &error);
            }
        }
        true
    }
}

/// Allocation sites of live objects, kept as JavaScript strings (no copy into
/// linear memory until a report needs them), already cut to the caller's
/// frames.
#[cfg(feature = "leak-sites")]
pub(crate) mod sites {
    use core::cell::{Cell, RefCell};

    use wasm_bindgen::JsValue;

    #[derive(Default)]
    struct Table {
        entries: Vec<Option<(&'static str, JsValue)>>,
        free: Vec<u32>,
    }

    thread_local! {
        static TABLE: RefCell<Table> = RefCell::new(Table::default());
        pub(crate) static CAPTURE: Cell<bool> = const { Cell::new(true) };
    }

    /// Captures the caller's JavaScript stack for a new object; `0` when
    /// capture is switched off.
    pub(crate) fn capture(class: &'static str, prototype: Option<&JsValue>) -> u32 {
        if !CAPTURE.with(Cell::get) {
            return 0;
        }
        let error = JsValue::from(capture_site(prototype));
        TABLE.with(|t| {
            let mut t = t.borrow_mut();
            match t.free.pop() {
                Some(i) => {
                    t.entries[i as usize] = Some((class, error));
                    i + 1
                }
                None => {
                    t.entries.push(Some((class, error)));
                    t.entries.len() as u32
                }
            }
        })
    }

    /// The caller's JavaScript stack, as text at once: an unformatted stack
    /// would keep every frame's receiver alive, the new object itself among
    /// them, and a leak detector must not cause the leak it reports. The
    /// WebAssembly frames and the glue's import shims are cut.
    fn capture_site(prototype: Option<&JsValue>) -> String {
        let error_ctor = crate::host::get(&crate::host::global(), &crate::host::key("Error"));
        if let Some(site) = prototype.and_then(|p| below_constructor(&error_ctor, p)) {
            return site;
        }
        let limit_key = crate::host::key("stackTraceLimit");
        let limit = crate::host::get(&error_ctor, &limit_key);
        if let Some(n) = limit.as_f64() {
            // The WebAssembly frames come first; leave room for the caller's own.
            let _ = js_sys::Reflect::set(&error_ctor, &limit_key, &(n + 16.0).into());
        }
        let error: JsValue = crate::host::Error::new("allocation site").into();
        let stack = crate::host::get(&error, &crate::host::key("stack")).as_string().unwrap_or_default();
        if limit.as_f64().is_some() {
            let _ = js_sys::Reflect::set(&error_ctor, &limit_key, &limit);
        }
        caller_frames(&stack)
    }

    /// The caller's frames of a formatted stack: WebAssembly's frames and
    /// the glue's import shims cut.
    fn caller_frames(stack: &str) -> String {
        stack
            .lines()
            .map(str::trim)
            .filter(|line| {
                !line.is_empty()
                    && !line.starts_with("Error")
                    // Bun's name for WebAssembly frames.
                    && *line != "at unknown"
                    && !["wasm://", "wasm-function", ".wasm", "[wasm code]", "__wbg_", "<anonymous>)"]
                        .iter()
                        .any(|cut| line.contains(cut))
            })
            .take(SITE_FRAMES)
            .collect::<Vec<_>>()
            .join("\n")
    }

    const SITE_FRAMES: usize = 10;

    /// V8's `Error.captureStackTrace(holder, Class)`: only the frames below
    /// the class's constructor, the caller's, are formatted, none of
    /// WebAssembly's. `None` where there is no such API, or where the object
    /// was not made by its constructor (a factory, a return value).
    fn below_constructor(error_ctor: &JsValue, prototype: &JsValue) -> Option<String> {
        use wasm_bindgen::JsCast;
        let capture = crate::host::get(error_ctor, &crate::host::key("captureStackTrace"));
        let capture = capture.dyn_ref::<js_sys::Function>()?;
        let constructor = crate::host::get(prototype, &crate::host::key("constructor"));
        let holder = js_sys::Object::new();
        capture.call2(error_ctor, &holder, &constructor).ok()?;
        // V8 leaves out the JavaScript frames above the constructor, not the
        // WebAssembly ones.
        let stack = crate::host::get(&holder, &crate::host::key("stack")).as_string()?;
        Some(caller_frames(&stack)).filter(|frames| !frames.is_empty())
    }

    pub(crate) fn remove(key: u32) -> Option<JsValue> {
        if key == 0 {
            return None;
        }
        TABLE.with(|t| {
            let mut t = t.borrow_mut();
            let entry = t.entries[key as usize - 1].take();
            t.free.push(key - 1);
            entry.map(|(_, site)| site)
        })
    }

    pub(crate) fn live(class: &'static str) -> Vec<JsValue> {
        TABLE.with(|t| {
            t.borrow()
                .entries
                .iter()
                .flatten()
                .filter(|(c, _)| *c == class)
                .map(|(_, site)| site.clone())
                .collect()
        })
    }
}

#[cfg(feature = "leak-sites")]
pub(crate) use sites::capture;

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
        LISTENERS.with(|l| l.borrow_mut().push((id, listener)));
        // Idempotent: removing an id twice finds nothing the second time.
        let unsubscribe = Closure::<dyn Fn()>::new(move || {
            LISTENERS.with(|l| l.borrow_mut().retain(|(i, _)| *i != id));
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
