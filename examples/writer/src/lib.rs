//! A buffered writer: text is collected in Rust and written to a JavaScript
//! `WritableStream` in large chunks. Its last flush and the stream's `close()`
//! are async, so the class is `#[disposable(async)]`: `await using` finishes
//! both before the block is left, and a failure reaches the caller.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_dispose::{disposable, AsyncDispose};

// The package's own exports, plus wasm-dispose's JavaScript helpers (`using`,
// `usingAsync`, `disposableStats`, ...), which it exports only on request.
wasm_dispose::export_helpers!();

#[wasm_bindgen]
extern "C" {
    /// The part of a `WritableStreamDefaultWriter` the writer uses.
    #[wasm_bindgen(typescript_type = "WritableStreamDefaultWriter<Uint8Array>")]
    pub type Sink;

    #[wasm_bindgen(method, catch)]
    fn write(this: &Sink, chunk: &Uint8Array) -> Result<Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn close(this: &Sink) -> Result<Promise, JsValue>;
}

/// Buffers UTF-8 text and writes it to `sink` once `capacity` bytes are
/// waiting, and on disposal.
#[disposable(async)]
pub struct BufferedWriter {
    sink: Sink,
    buffer: Vec<u8>,
    capacity: usize,
    /// Bytes handed to the sink so far.
    #[wasm_bindgen(readonly)]
    pub written: f64,
}

#[disposable]
impl BufferedWriter {
    #[wasm_bindgen(constructor)]
    pub fn new(sink: Sink, capacity: usize) -> BufferedWriter {
        BufferedWriter { sink, buffer: Vec::with_capacity(capacity), capacity, written: 0.0 }
    }

    /// Buffers `text`; returns `true` when the buffer is full and a
    /// `flush()` is due.
    pub fn write(&mut self, text: &str) -> bool {
        self.buffer.extend_from_slice(text.as_bytes());
        self.buffer.len() >= self.capacity
    }

    /// Bytes waiting in the buffer.
    #[wasm_bindgen(getter)]
    pub fn buffered(&self) -> usize {
        self.buffer.len()
    }

    /// Writes the buffer to the sink and waits for the sink to take it.
    pub async fn flush(&mut self) -> Result<(), JsValue> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Uint8Array::from(&self.buffer[..]);
        self.written += self.buffer.len() as f64;
        self.buffer.clear();
        JsFuture::from(self.sink.write(&chunk)?).await?;
        Ok(())
    }
}

impl AsyncDispose for BufferedWriter {
    /// The last flush, then `close()`: both awaited by `await using`.
    async fn dispose(mut self) -> Result<(), JsValue> {
        self.flush().await?;
        JsFuture::from(self.sink.close()?).await?;
        Ok(())
    }
}
