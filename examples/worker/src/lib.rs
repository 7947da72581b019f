//! A per-request render buffer for a Cloudflare Worker, made disposable with
//! `#[disposable]`: `cargo xtask worker` serves it from workerd and loads it
//! with 2,000 requests of 1 MiB each.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

// The package's own exports, plus wasm-dispose's JavaScript helpers (`using`,
// `usingAsync`, `disposableStats`, ...), which it exports only on request.
wasm_dispose::export_helpers!();

/// Frames are 1024 pixels wide, one byte (grey level) per pixel, so a frame
/// of `n` MiB is `n * 1024` rows.
pub const WIDTH: u32 = 1024;

thread_local! {
    static LIVE_FRAMES: Cell<u32> = const { Cell::new(0) };
    static LIVE_BYTES: Cell<usize> = const { Cell::new(0) };
}

/// Frames alive in Rust right now (created and not yet dropped).
#[wasm_bindgen(js_name = liveFrames)]
pub fn live_frames() -> u32 {
    LIVE_FRAMES.with(Cell::get)
}

/// Pixel bytes held by live frames right now.
#[wasm_bindgen(js_name = liveFrameBytes)]
pub fn live_frame_bytes() -> usize {
    LIVE_BYTES.with(Cell::get)
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
    pub fn width(&self) -> u32 {
        WIDTH
    }

    #[wasm_bindgen(getter)]
    pub fn height(&self) -> u32 {
        self.height
    }

    #[wasm_bindgen(getter)]
    pub fn bytes(&self) -> usize {
        self.pixels.len()
    }

    /// Renders interference rings centred by `seed`, plus per-pixel noise,
    /// so that every byte is written and depends on the seed.
    pub fn render(&mut self, seed: u32) {
        let (cx, cy) = ((seed % WIDTH) as i64, ((seed / WIDTH) % self.height) as i64);
        let mut noise = seed | 1;
        for (y, row) in self.pixels.chunks_exact_mut(WIDTH as usize).enumerate() {
            let dy = y as i64 - cy;
            for (x, px) in row.iter_mut().enumerate() {
                let dx = x as i64 - cx;
                // xorshift32: cheap, deterministic noise.
                noise ^= noise << 13;
                noise ^= noise >> 17;
                noise ^= noise << 5;
                *px = (((dx * dx + dy * dy) >> 6) as u8).wrapping_add((noise & 7) as u8);
            }
        }
    }

    /// Adler-32 of the pixels: the ETag of the rendered frame.
    pub fn checksum(&self) -> u32 {
        adler32(&self.pixels)
    }

    /// A thumbnail as a binary PGM image, shrunk by the whole factor
    /// `WIDTH / width` (so at least `width` pixels wide, `width` clamped to
    /// 1..=1024), each pixel the mean of the square block it covers.
    pub fn thumbnail(&self, width: u32) -> Vec<u8> {
        let block = (WIDTH / width.clamp(1, WIDTH)) as usize;
        let (tw, th) = (WIDTH as usize / block, (self.height as usize / block).max(1));
        let mut out = format!("P5\n{tw} {th}\n255\n").into_bytes();
        for ty in 0..th {
            for tx in 0..tw {
                let mut sum = 0usize;
                let rows = (ty * block..(ty + 1) * block).filter(|&y| y < self.height as usize);
                let mut n = 0usize;
                for y in rows {
                    let start = y * WIDTH as usize + tx * block;
                    sum += self.pixels[start..start + block].iter().map(|&p| p as usize).sum::<usize>();
                    n += block;
                }
                out.push((sum / n) as u8);
            }
        }
        out
    }
}

/// Adler-32 (RFC 1950).
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that can be summed before `b` could overflow.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adler32_matches_known_values() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        // Long input: the chunked modulo must equal a byte-at-a-time modulo.
        let data: Vec<u8> = (0..100_000u32).map(|i| (i * 31 % 251) as u8).collect();
        let (mut a, mut b) = (1u32, 0u32);
        for &x in &data {
            a = (a + x as u32) % 65_521;
            b = (b + a) % 65_521;
        }
        assert_eq!(adler32(&data), (b << 16) | a);
    }

    #[test]
    fn a_frame_is_whole_rows_and_is_counted_until_dropped() {
        let before = (live_frames(), live_frame_bytes());
        let frame = Frame::new(1 << 20);
        assert_eq!((frame.width(), frame.height(), frame.bytes()), (1024, 1024, 1 << 20));
        assert_eq!(Frame::new(1).height(), 1);
        assert_eq!(Frame::new(1025).height(), 2);
        assert_eq!((live_frames(), live_frame_bytes()), (before.0 + 1, before.1 + (1 << 20)));
        drop(frame);
        assert_eq!((live_frames(), live_frame_bytes()), before);
    }

    #[test]
    fn render_is_deterministic_and_depends_on_the_seed() {
        let mut a = Frame::new(64 * 1024);
        let mut b = Frame::new(64 * 1024);
        let blank = a.checksum();
        a.render(7);
        b.render(7);
        assert_ne!(a.checksum(), blank);
        assert_eq!(a.checksum(), b.checksum());
        b.render(8);
        assert_ne!(a.checksum(), b.checksum());
    }

    #[test]
    fn thumbnail_is_a_pgm_of_block_means() {
        let mut frame = Frame::new(WIDTH * 4);
        frame.pixels.iter_mut().enumerate().for_each(|(i, p)| *p = if i % 2 == 0 { 10 } else { 20 });
        let pgm = frame.thumbnail(256);
        let header = b"P5\n256 1\n255\n";
        assert_eq!(&pgm[..header.len()], header);
        assert_eq!(pgm.len(), header.len() + 256);
        assert!(pgm[header.len()..].iter().all(|&p| p == 15));
        // 300 does not divide 1024: the factor is 3, 341 pixels wide.
        assert!(frame.thumbnail(300).starts_with(b"P5\n341 1\n"));
        assert!(frame.thumbnail(0).starts_with(b"P5\n1 1\n"));
        assert!(frame.thumbnail(5000).starts_with(b"P5\n1024 4\n"));
    }
}
