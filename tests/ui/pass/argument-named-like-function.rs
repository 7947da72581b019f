// A function whose parameter has the function's own name (photon's
// `watermark(img: &mut PhotonImage, watermark: &PhotonImage, x, y)` and
// `threshold(img, threshold: u32)`): the export keeps the parameter's name
// for the `.d.ts`, and must still call the function, not the parameter.
#![deny(warnings)]

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Image {
    w: u32,
}

#[disposable]
pub fn watermark(img: &mut Image, watermark: &Image) {
    img.w += watermark.w;
}

#[disposable]
pub fn threshold(img: &mut Image, threshold: u32) {
    img.w = img.w.min(threshold);
}

#[disposable]
pub fn consume(consume: Image) -> u32 {
    consume.w
}

fn main() {
    // An item in a function body, too.
    #[disposable]
    pub fn scale(img: &mut Image, scale: u32) {
        img.w *= scale;
    }

    let (mut a, b) = (Image { w: 1 }, Image { w: 2 });
    watermark(&mut a, &b);
    threshold(&mut a, 2);
    scale(&mut a, 3);
    assert_eq!(consume(a), 6);
}
