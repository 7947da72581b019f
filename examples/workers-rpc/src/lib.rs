//! A Rust Worker (workers-rs, built by worker-build) that calls another
//! Worker over a service binding with RPC and owns the stub it gets back as
//! a `JsDisposable`: the stub is disposed on `Drop`, and the other Worker
//! (`sessions.js`) sees its `RpcTarget`'s `[Symbol.dispose]` run before this
//! Worker answers. `cargo xtask resource` serves both from workerd on a
//! loopback port and loads them with `load.mjs`.
//!
//! Routes:
//!
//!   /rpc?id=1&kib=256          open a session, call it, drop the stub, wait
//!                              until the other Worker saw the disposal
//!   /rpc?id=1&kib=256&fail=1   the same, left by `?` on a failing call
//!   /rpc/async?id=1&kib=256    the same with JsAsyncDisposable::dispose().await
//!   /rpc/kept?id=1&kib=256     the control: the stub taken back with
//!                              `into_inner()` and never disposed by Rust
//!   /rpc/wait?id=1             waits until session 1 was disposed (by anyone)
//!   /sessions/stats            the other Worker's counters
//!   /rust/state                this Worker's wasm memory and JsDisposable counters

use std::cell::Cell;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_dispose::{JsAsyncDisposable, JsDisposable};
use worker::{event, Context, Env, Request, Response, Result};

#[wasm_bindgen]
extern "C" {
    /// The service binding `SESSIONS`: the other Worker's entrypoint.
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type Sessions;
    /// Each call returns an RPC promise (a thenable), awaited with [`rpc`].
    #[wasm_bindgen(method, catch)]
    fn open(this: &Sessions, id: u32, bytes: u32) -> std::result::Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = waitDisposed)]
    fn wait_disposed(this: &Sessions, id: u32) -> std::result::Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = isDisposed)]
    fn is_disposed(this: &Sessions, id: u32) -> std::result::Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn stats(this: &Sessions) -> std::result::Result<JsValue, JsValue>;

    /// A stub of the other Worker's `Session` (an `RpcTarget`).
    #[wasm_bindgen(extends = js_sys::Object)]
    pub type Session;
    #[wasm_bindgen(method, catch)]
    fn checksum(this: &Session) -> std::result::Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn fail(this: &Session) -> std::result::Result<JsValue, JsValue>;
}

/// Awaits an RPC call's result (`Promise.resolve` adopts the RPC promise).
async fn rpc(call: std::result::Result<JsValue, JsValue>) -> std::result::Result<JsValue, JsValue> {
    JsFuture::from(Promise::resolve(&call?)).await
}

thread_local! {
    static SERVED: Cell<u32> = const { Cell::new(0) };
}

/// One request's work on its own session: open it, call it, and (`fail`)
/// leave by `?` on a failing call. However this returns, the stub is
/// dropped here, and `Drop` disposes it.
async fn use_session(sessions: &Sessions, id: u32, bytes: u32, fail: bool) -> std::result::Result<u32, JsValue> {
    let session: JsDisposable<Session> = JsDisposable::new(rpc(sessions.open(id, bytes)).await?.unchecked_into())?;
    let checksum = rpc(session.checksum()).await?.as_f64().unwrap_or(-1.0) as u32;
    if fail {
        rpc(session.fail()).await?;
    }
    Ok(checksum)
}

/// The same with `JsAsyncDisposable`, disposed explicitly and awaited.
async fn use_session_async(sessions: &Sessions, id: u32, bytes: u32) -> std::result::Result<u32, JsValue> {
    let session: JsAsyncDisposable<Session> =
        JsAsyncDisposable::new(rpc(sessions.open(id, bytes)).await?.unchecked_into())?;
    let checksum = rpc(session.checksum()).await?.as_f64().unwrap_or(-1.0) as u32;
    session.dispose().await?;
    Ok(checksum)
}

/// The control: the stub is taken back from Rust's ownership and kept.
async fn keep_session(sessions: &Sessions, id: u32, bytes: u32) -> std::result::Result<(Session, u32), JsValue> {
    let session: JsDisposable<Session> = JsDisposable::new(rpc(sessions.open(id, bytes)).await?.unchecked_into())?;
    let checksum = rpc(session.checksum()).await?.as_f64().unwrap_or(-1.0) as u32;
    Ok((session.into_inner(), checksum))
}

fn query(url: &worker::Url, name: &str) -> Option<u32> {
    url.query_pairs().find(|(k, _)| k == name).and_then(|(_, v)| v.parse().ok())
}

fn wasm_memory_bytes() -> usize {
    core::arch::wasm32::memory_size::<0>() * 65536
}

fn json(value: &JsValue) -> Result<Response> {
    let body = js_sys::JSON::stringify(value)?.as_string().unwrap_or_default();
    let mut res = Response::ok(body)?;
    res.headers_mut().set("content-type", "application/json")?;
    Ok(res)
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let out = js_sys::Object::new();
    for (k, v) in entries {
        let _ = js_sys::Reflect::set(&out, &(*k).into(), v);
    }
    out.into()
}

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    SERVED.with(|s| s.set(s.get() + 1));
    let url = req.url()?;
    let sessions: Sessions = env.service("SESSIONS")?.into_rpc();
    let id = query(&url, "id").unwrap_or(0);
    let bytes = query(&url, "kib").unwrap_or(1).saturating_mul(1024);
    match url.path() {
        "/rpc" => {
            let fail = query(&url, "fail") == Some(1);
            let outcome = use_session(&sessions, id, bytes, fail).await;
            // The stub was dropped when use_session returned: wait until
            // the other Worker has seen that, before this request ends.
            let disposed = rpc(sessions.wait_disposed(id)).await?;
            let (checksum, error) = match outcome {
                Ok(sum) => (JsValue::from(sum), JsValue::NULL),
                Err(e) => (JsValue::NULL, js_sys::Reflect::get(&e, &"message".into()).unwrap_or(e)),
            };
            json(&object(&[("id", id.into()), ("checksum", checksum), ("error", error), ("disposed", disposed)]))
        }
        "/rpc/async" => {
            let checksum = use_session_async(&sessions, id, bytes).await?;
            let disposed = rpc(sessions.wait_disposed(id)).await?;
            json(&object(&[("id", id.into()), ("checksum", checksum.into()), ("disposed", disposed)]))
        }
        "/rpc/kept" => {
            let (session, checksum) = keep_session(&sessions, id, bytes).await?;
            // A round trip after the stub left Rust's ownership: still live.
            let disposed = rpc(sessions.is_disposed(id)).await?;
            drop(session); // a plain JsValue: dropping it disposes nothing
            json(&object(&[("id", id.into()), ("checksum", checksum.into()), ("disposed", disposed)]))
        }
        "/rpc/wait" => {
            let disposed = rpc(sessions.wait_disposed(id)).await?;
            json(&object(&[("id", id.into()), ("disposed", disposed)]))
        }
        "/sessions/stats" => json(&rpc(sessions.stats()).await?),
        "/rust/state" => {
            let classes = js_sys::Object::new();
            for (class, s) in wasm_dispose::js_resource_stats() {
                let entry = object(&[
                    ("created", (s.created as f64).into()),
                    ("disposed", (s.disposed as f64).into()),
                    ("failed", (s.failed as f64).into()),
                    ("moved", (s.moved as f64).into()),
                    ("live", (s.live() as f64).into()),
                ]);
                let _ = js_sys::Reflect::set(&classes, &class.into(), &entry);
            }
            json(&object(&[
                ("served", SERVED.with(Cell::get).into()),
                ("wasmMemoryBytes", (wasm_memory_bytes() as f64).into()),
                ("jsResources", classes.into()),
            ]))
        }
        _ => Response::error("not found\n", 404),
    }
}
