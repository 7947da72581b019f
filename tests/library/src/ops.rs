//! More methods of `Rect`, in a module of their own: the prelude is used
//! only by the method attributes.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

use crate::geometry::{Rect, Vec2};

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Rect {
    #[wasm_bindgen(getter)]
    pub fn area(&self) -> f64 {
        self.w * self.h
    }

    #[wasm_bindgen(js_name = containsPoint)]
    pub fn contains_point(&self, p: &Vec2) -> bool {
        (self.x..=self.x + self.w).contains(&p.x()) && (self.y..=self.y + self.h).contains(&p.y())
    }

    pub fn center(&self) -> Vec2 {
        Vec2::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}
