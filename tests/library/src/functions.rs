//! Free functions: at wasm-bindgen 0.2.100 the `.d.ts` opens with them.

use wasm_bindgen::prelude::*;

use crate::body::Body;
use crate::enums::{BodyKind, Units};
use crate::geometry::Vec2;

#[wasm_bindgen]
pub fn version() -> String {
    "1.0.0".into()
}

#[wasm_bindgen(js_name = lengthOf)]
pub fn length_of(v: &Vec2) -> f64 {
    v.length()
}

#[wasm_bindgen(js_name = defaultUnits)]
pub fn default_units() -> Units {
    Units::Meters
}

#[wasm_bindgen(js_name = kindOf)]
pub fn kind_of(body: &Body) -> BodyKind {
    body.kind
}

/// Takes a body by value: it is moved.
#[wasm_bindgen(js_name = massOf)]
pub fn mass_of(body: Body) -> f64 {
    body.mass
}

#[cfg(feature = "newer")]
#[wasm_bindgen(js_name = shapeArea)]
pub fn shape_area(shape: crate::enums::Shape) -> f64 {
    match shape {
        crate::enums::Shape::Circle(c) => std::f64::consts::PI * c.r * c.r,
        crate::enums::Shape::Rect(r) => r.w * r.h,
    }
}
