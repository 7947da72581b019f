//! A Rust Worker written with workers-rs (`#[event(fetch)]`) and built by
//! worker-build with its default settings (panic recovery on), whose
//! JavaScript entry (`worker.js`) also uses a `#[disposable]` class with
//! `using`. `cargo xtask workers-rs` builds it, serves it from workerd on a
//! loopback port and loads it with `load.mjs`.
//!
//! Routes handled here, in Rust (worker.js hands them over):
//!
//!   /rust/frame?mib=1&seed=7   a Frame made, rendered and dropped in Rust
//!   /rust/state                what Rust holds: wasm memory, live frames,
//!                              disposableStats, instance and request counters
//!   /rust/panic                a Rust panic: the load test's control, which
//!                              shows that worker-build's panic recovery is on
//!                              and that the test sees a re-initialisation

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;
use worker::{event, Context, Env, Request, Response, Result};

// `using`, `usingAsync`, `disposableStats`, ... (see worker.js for how a
// worker-build entry module reaches them).
wasm_dispose::export_helpers!();

/// Frames are 1024 pixels wide, one byte (grey level) per pixel, so a frame
/// of `n` MiB is `n * 1024` rows.
pub const WIDTH: u32 = 1024;
const MIB: u32 = 1 << 20;

thread_local! {
    static LIVE_FRAMES: Cell<u32> = const { Cell::new(0) };
    static LIVE_BYTES: Cell<usize> = const { Cell::new(0) };
    /// Requests Rust's fetch handler served in this instance. A reset
    /// instance starts again from 0.
    static SERVED: Cell<u32> = const { Cell::new(0) };
}

/// A greyscale frame rendered for one request.
#[disposable]
pub struct Frame {
    pixels: Vec<u8>,
    height: u32,
}

impl Drop for Frame {
    fn drop(&mut self) {
        LIVE_FRAMES.with(|n| n.set(n.get() - 1));
        LIVE_BYTES.with(|b| b.set(b.get() - self.pixels.len()));
    }
}

#[disposable]
impl Frame {
    /// A black frame of at least `bytes` bytes (whole rows of `WIDTH` pixels).
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: u32) -> Frame {
        let height = bytes.div_ceil(WIDTH).max(1);
        let pixels = vec![0; (WIDTH * height) as usize];
        LIVE_FRAMES.with(|n| n.set(n.get() + 1));
        LIVE_BYTES.with(|b| b.set(b.get() + pixels.len()));
        Frame { pixels, height }
    }

    #[wasm_bindgen(getter)]
    pub fn bytes(&self) -> usize {
        self.pixels.len()
    }

    /// Interference rings centred by `seed`, plus per-pixel noise: every byte
    /// is written and depends on the seed.
    pub fn render(&mut self, seed: u32) {
        let (cx, cy) = ((seed % WIDTH) as i64, ((seed / WIDTH) % self.height) as i64);
        let mut noise = seed | 1;
        for (y, row) in self.pixels.chunks_exact_mut(WIDTH as usize).enumerate() {
            let dy = y as i64 - cy;
            for (x, px) in row.iter_mut().enumerate() {
                let dx = x as i64 - cx;
                noise ^= noise << 13;
                noise ^= noise >> 17;
                noise ^= noise << 5;
                *px = (((dx * dx + dy * dy) >> 6) as u8).wrapping_add((noise & 7) as u8);
            }
        }
    }

    /// Adler-32 of the pixels.
    pub fn checksum(&self) -> u32 {
        adler32(&self.pixels)
    }
}

/// Adler-32 (RFC 1950).
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += byte as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The global (isolate-wide, so it outlives a reset instance) count of wasm
/// instances started: 1 for as long as nothing re-initialised the module.
const STARTS_KEY: &str = "__exampleWasmInstanceStarts";

/// Runs whenever a wasm instance starts: at load, and again if anything
/// re-initialised the module. (`#[event(start)]` would do the same, but its
/// function is also exported, which worker-build turns into an RPC method.)
#[wasm_bindgen(start, private)]
fn count_instance_start() {
    let global = js_sys::global();
    let starts = js_sys::Reflect::get(&global, &STARTS_KEY.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&global, &STARTS_KEY.into(), &(starts + 1.0).into());
}

fn wasm_memory_bytes() -> usize {
    core::arch::wasm32::memory_size::<0>() * 65536
}

fn query(url: &worker::Url, name: &str, default: u32) -> Option<u32> {
    match url.query_pairs().find(|(k, _)| k == name) {
        Some((_, v)) => v.parse().ok(),
        None => Some(default),
    }
}

#[event(fetch)]
async fn fetch(req: Request, _env: Env, _ctx: Context) -> Result<Response> {
    let served = SERVED.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    let url = req.url()?;
    match url.path() {
        "/rust/frame" => {
            let (Some(mib @ 1..=16), Some(seed)) = (query(&url, "mib", 1), query(&url, "seed", 1)) else {
                return Response::error("mib must be 1..16 and seed a u32\n", 400);
            };
            // Rust-only use: made, used and dropped here.
            let mut frame = Frame::new(mib * MIB);
            frame.render(seed);
            let body = format!(r#"{{"bytes":{},"checksum":{}}}"#, frame.bytes(), frame.checksum());
            drop(frame);
            json(body)
        }
        "/rust/state" => {
            let starts = js_sys::Reflect::get(&js_sys::global(), &STARTS_KEY.into())?.as_f64().unwrap_or(0.0);
            let stats = js_sys::JSON::stringify(&disposable_stats_js())?.as_string().unwrap_or_default();
            let body = format!(
                r#"{{"served":{served},"instanceStarts":{starts},"wasmMemoryBytes":{},"liveFrames":{},"liveFrameBytes":{},"disposableStats":{stats}}}"#,
                wasm_memory_bytes(),
                LIVE_FRAMES.with(Cell::get),
                LIVE_BYTES.with(Cell::get),
            );
            json(body)
        }
        "/rust/panic" => panic!("a deliberate panic (the load test's control)"),
        _ => Response::error("not found\n", 404),
    }
}

/// `disposableStats()` as JavaScript sees it, per class.
fn disposable_stats_js() -> JsValue {
    let out = js_sys::Object::new();
    for (class, s) in wasm_dispose::all_stats() {
        let o = js_sys::Object::new();
        for (k, v) in [
            ("created", s.created),
            ("disposed", s.disposed),
            ("moved", s.moved),
            ("leaked", s.leaked),
            ("live", s.live()),
        ] {
            let _ = js_sys::Reflect::set(&o, &k.into(), &(v as f64).into());
        }
        let _ = js_sys::Reflect::set(&out, &class.into(), &o);
    }
    out.into()
}

fn json(body: String) -> Result<Response> {
    let mut res = Response::ok(body)?;
    res.headers_mut().set("content-type", "application/json")?;
    Ok(res)
}
