// A function's lint attributes reach its export, as a method's do: photon's
// `#[allow(non_snake_case)] pub fn putImageData(..)` warned, under
// `#[disposable]`, that `__wd_fn_putImageData` should have a snake case name
// (an error under `-D warnings`), where plain #[wasm_bindgen] is silent.
#![deny(warnings)]

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[disposable]
pub struct Image {
    w: u32,
}

#[disposable]
#[allow(non_snake_case)]
pub fn putImageData(img: &mut Image, newWidth: u32) {
    img.w = newWidth;
}

#[allow(non_snake_case)]
#[disposable]
pub fn widthOf(img: &Image) -> u32 {
    img.w
}

#[cfg_attr(all(), disposable)]
#[cfg_attr(all(), allow(non_snake_case))]
pub fn heightOf(img: &Image) -> u32 {
    img.w
}

fn main() {
    let mut a = Image { w: 1 };
    putImageData(&mut a, 2);
    assert_eq!(widthOf(&a) + heightOf(&a), 4);
}
