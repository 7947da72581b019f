//! A rigid body: fields, properties and methods that take and return the
//! other classes and the enums.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

use crate::enums::{BodyKind, Units};
use crate::geometry::Vec2;
use crate::handles::BodyHandle;

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[derive(Clone, Debug)]
pub struct Body {
    pub(crate) handle: Option<BodyHandle>,
    pub mass: f64,
    pub kind: BodyKind,
    pub(crate) position: Vec2,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl Body {
    #[wasm_bindgen(constructor)]
    pub fn new(mass: f64, kind: BodyKind) -> Body {
        Body { handle: None, mass, kind, position: Vec2::default() }
    }

    #[wasm_bindgen(getter)]
    pub fn position(&self) -> Vec2 {
        self.position
    }

    #[wasm_bindgen(setter)]
    pub fn set_position(&mut self, position: &Vec2) {
        self.position = *position;
    }

    #[wasm_bindgen(getter)]
    pub fn handle(&self) -> Option<BodyHandle> {
        self.handle
    }

    /// The mass in the given units' scale.
    #[wasm_bindgen(js_name = massIn)]
    pub fn mass_in(&self, units: Units) -> f64 {
        match units {
            Units::Meters => self.mass,
            _ => self.mass * 100.0,
        }
    }

    #[wasm_bindgen(js_name = applyImpulse)]
    pub fn apply_impulse(&mut self, impulse: &Vec2) {
        if self.kind == BodyKind::Dynamic && self.mass > 0.0 {
            self.position = self.position.add(&Vec2::new(impulse.x() / self.mass, impulse.y() / self.mass));
        }
    }
}
