//! Value types. The prelude is used only by the method and field
//! attributes here, which `#[disposable]` reads itself.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

/// The engine's own point type, not exported.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A 2D vector: a `Copy` tuple struct over a `pub(crate)` field, as the
/// library wraps its engine's types.
#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Vec2(pub(crate) Point);

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Vec2 {
    #[wasm_bindgen(constructor)]
    pub fn new(x: f64, y: f64) -> Vec2 {
        Vec2(Point { x, y })
    }

    #[wasm_bindgen(getter)]
    pub fn x(&self) -> f64 {
        self.0.x
    }

    #[wasm_bindgen(getter)]
    pub fn y(&self) -> f64 {
        self.0.y
    }

    pub fn length(&self) -> f64 {
        self.0.x.hypot(self.0.y)
    }

    pub fn add(&self, other: &Vec2) -> Vec2 {
        Vec2(Point { x: self.0.x + other.0.x, y: self.0.y + other.0.y })
    }

    pub fn scale(&mut self, by: f64) {
        self.0.x *= by;
        self.0.y *= by;
    }
}

/// An axis-aligned rectangle; its other methods are in `ops`.
#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    #[wasm_bindgen(readonly)]
    pub w: f64,
    #[wasm_bindgen(readonly)]
    pub h: f64,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Rect {
    #[wasm_bindgen(constructor)]
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[derive(Clone, Copy, Debug)]
pub struct Circle {
    pub r: f64,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Circle {
    #[wasm_bindgen(constructor)]
    pub fn new(r: f64) -> Circle {
        Circle { r }
    }
}
