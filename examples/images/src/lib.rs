//! An image type exported to JavaScript with `#[disposable]`: the example
//! that `cargo xtask demo` runs.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

thread_local! {
    static PIXEL_BYTES: Cell<usize> = const { Cell::new(0) };
}

/// Bytes of pixel data Rust holds right now, across all images.
#[wasm_bindgen(js_name = pixelBytes)]
pub fn pixel_bytes() -> usize {
    PIXEL_BYTES.with(Cell::get)
}

/// An RGBA image in WebAssembly memory.
#[disposable]
pub struct Image {
    pixels: Vec<u8>,
    width: u32,
    height: u32,
}

impl Image {
    fn blank(width: u32, height: u32) -> Image {
        let pixels = vec![0; width as usize * height as usize * 4];
        PIXEL_BYTES.with(|b| b.set(b.get() + pixels.len()));
        Image { pixels, width, height }
    }
}

impl Drop for Image {
    fn drop(&mut self) {
        PIXEL_BYTES.with(|b| b.set(b.get() - self.pixels.len()));
    }
}

#[disposable]
impl Image {
    /// A black image of `width` x `height` pixels.
    #[wasm_bindgen(constructor)]
    pub fn new(width: u32, height: u32) -> Image {
        Image::blank(width, height)
    }

    #[wasm_bindgen(getter)]
    pub fn width(&self) -> u32 {
        self.width
    }

    #[wasm_bindgen(getter)]
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Fills the image with one colour.
    pub fn fill(&mut self, r: u8, g: u8, b: u8) {
        for px in self.pixels.chunks_exact_mut(4) {
            px.copy_from_slice(&[r, g, b, 255]);
        }
    }

    /// Horizontal box blur of the given radius.
    pub fn blur(&mut self, radius: u32) {
        let (w, r) = (self.width as usize, radius as usize);
        let src = self.pixels.clone();
        for (y, row) in self.pixels.chunks_exact_mut(w * 4).enumerate() {
            for x in 0..w {
                let (lo, hi) = (x.saturating_sub(r), (x + r).min(w - 1));
                for c in 0..4 {
                    let sum: usize = (lo..=hi).map(|i| src[(y * w + i) * 4 + c] as usize).sum();
                    row[x * 4 + c] = (sum / (hi - lo + 1)) as u8;
                }
            }
        }
    }

    /// A new image holding the given rectangle.
    pub fn crop(&self, x: u32, y: u32, width: u32, height: u32) -> Result<Image, JsError> {
        if x + width > self.width || y + height > self.height {
            return Err(JsError::new("crop rectangle is outside the image"));
        }
        let mut out = Image::blank(width, height);
        for row in 0..height as usize {
            let from = ((y as usize + row) * self.width as usize + x as usize) * 4;
            let to = row * width as usize * 4;
            out.pixels[to..to + width as usize * 4].copy_from_slice(&self.pixels[from..from + width as usize * 4]);
        }
        Ok(out)
    }

    /// The red, green, blue and alpha bytes of one pixel.
    pub fn pixel(&self, x: u32, y: u32) -> Vec<u8> {
        let i = (y as usize * self.width as usize + x as usize) * 4;
        self.pixels[i..i + 4].to_vec()
    }

    /// Consumes the image and returns its bytes.
    #[wasm_bindgen(js_name = intoBytes)]
    pub fn into_bytes(mut self) -> Vec<u8> {
        std::mem::take(&mut self.pixels)
    }
}

/// Average brightness; borrows the image.
#[wasm_bindgen]
pub fn brightness(image: &Image) -> f64 {
    let sum: u64 = image.pixels.chunks_exact(4).map(|p| p[0] as u64 + p[1] as u64 + p[2] as u64).sum();
    sum as f64 / (image.pixels.len() as f64 / 4.0 * 3.0)
}
