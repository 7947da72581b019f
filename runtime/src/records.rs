//! What the counters cannot say: the listeners `debugDispose()` adds, the
//! records of leaked objects, and the allocation sites of live ones. Every
//! disposal, move and finalization reaches [`left`] from the slot.

/// How many leak records are kept; a long-running Worker that leaks must not
/// grow without bound because of its own leak report.
pub const MAX_LEAK_RECORDS: usize = 1000;

#[cfg(feature = "stats")]
pub(crate) use self::on::*;

#[cfg(feature = "stats")]
mod on {
    use core::cell::{Cell, RefCell};

    use js_sys::Function;
    use wasm_bindgen::JsValue;

    use crate::cells::Cells as _;
    use crate::state::Reason;

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
                let mut l = l.lock();
                if l.len() < super::MAX_LEAK_RECORDS {
                    l.push((class, site));
                }
            });
        }
        emit(|| class, reason.as_str(), None);
    }

    /// `{ class, reason, error? }`, without the snippet (which makes its own).
    #[cfg(not(feature = "snippet"))]
    fn event(class: &str, reason: &str, error: Option<&JsValue>) -> JsValue {
        let event = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&event, &"class".into(), &class.into());
        let _ = js_sys::Reflect::set(&event, &"reason".into(), &reason.into());
        if let Some(error) = error {
            let _ = js_sys::Reflect::set(&event, &"error".into(), error);
        }
        event.into()
    }

    /// Calls every `debugDispose` listener with the event `{ class, reason,
    /// error? }` (`class()` called only if someone listens); `true` if
    /// someone did.
    pub(crate) fn emit<C: AsRef<str>>(class: impl FnOnce() -> C, reason: &str, error: Option<&JsValue>) -> bool {
        // Cloned out first: a listener may dispose other objects (which
        // lands here again) or unsubscribe.
        let listeners: Vec<Function> = LISTENERS.with(|l| {
            let l = l.read();
            if l.is_empty() {
                return Vec::new();
            }
            l.iter().map(|(_, f)| f.clone()).collect()
        });
        if listeners.is_empty() {
            return false;
        }
        let class = class();
        let class = class.as_ref();
        #[cfg(not(feature = "snippet"))]
        let event = event(class, reason, error);
        for listener in &listeners {
            // The snippet makes each listener its event.
            #[cfg(feature = "snippet")]
            crate::snippet::notify(listener, class, reason, error.unwrap_or(&JsValue::UNDEFINED));
            #[cfg(not(feature = "snippet"))]
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

    use crate::cells::Cells as _;

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
            let mut t = t.lock();
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
        let error: JsValue = wasm_bindgen::JsError::new("allocation site").into();
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
            let mut t = t.lock();
            let entry = t.entries[key as usize - 1].take();
            t.free.push(key - 1);
            entry.map(|(_, site)| site)
        })
    }

    pub(crate) fn live(class: &'static str) -> Vec<JsValue> {
        TABLE.with(|t| {
            t.read().entries.iter().flatten().filter(|(c, _)| *c == class).map(|(_, site)| site.clone()).collect()
        })
    }
}

#[cfg(feature = "leak-sites")]
pub(crate) use sites::capture;
