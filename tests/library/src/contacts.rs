//! A query result whose methods need no attribute, as rapier.js's
//! `RawShapeContact`: the prelude's one use in this module is the outer
//! attributes, which the swap turns into `#[disposable]`. Plain's attribute
//! resolves the name `wasm_bindgen`; `#[disposable]` must too, or the import
//! warns as unused and `-D warnings` fails.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

use crate::geometry::{Circle, Point, Vec2};

/// Where two circles touch.
#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
pub struct Contact {
    pub(crate) depth: f64,
    pub(crate) normal: Point,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Contact {
    pub fn depth(&self) -> f64 {
        self.depth
    }

    pub fn normal(&self) -> Vec2 {
        Vec2(self.normal)
    }
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Circle {
    /// The contact with `other` whose centre is `distance` away along x, if
    /// they overlap.
    pub fn contact(&self, other: &Circle, distance: f64) -> Option<Contact> {
        let depth = self.r + other.r - distance;
        (depth > 0.0).then_some(Contact { depth, normal: Point { x: 1.0, y: 0.0 } })
    }
}
