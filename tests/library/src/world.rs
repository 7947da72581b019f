//! The world that owns the bodies: takes them by value, hands out handles,
//! returns copies, and a part compiled only with the `extra` feature.

use wasm_bindgen::prelude::*;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable;

use crate::body::Body;
use crate::handles::BodyHandle;

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[derive(Default)]
pub struct World {
    bodies: Vec<Body>,
    pub gravity: f64,
}

#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
impl World {
    #[wasm_bindgen(constructor)]
    pub fn new(gravity: f64) -> World {
        World { bodies: Vec::new(), gravity }
    }

    /// Takes the body: the JavaScript object is moved.
    pub fn add(&mut self, mut body: Body) -> BodyHandle {
        let handle = BodyHandle(u32::try_from(self.bodies.len()).unwrap_or(u32::MAX));
        body.handle = Some(handle);
        self.bodies.push(body);
        handle
    }

    pub fn get(&self, handle: &BodyHandle) -> Option<Body> {
        self.bodies.get(handle.0 as usize).cloned()
    }

    #[wasm_bindgen(getter)]
    pub fn count(&self) -> usize {
        self.bodies.len()
    }

    pub fn bodies(&self) -> Vec<Body> {
        self.bodies.clone()
    }

    pub fn step(&mut self, dt: f64) {
        let fall = crate::geometry::Vec2::new(0.0, self.gravity * dt);
        for body in &mut self.bodies {
            body.apply_impulse(&fall);
        }
    }
}

/// A trigger volume, only with the `extra` feature: `cfg` before the
/// attribute.
#[cfg(feature = "extra")]
#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
pub struct Sensor {
    pub radius: f64,
}

// And `cfg` after it.
#[cfg_attr(not(feature = "plain"), disposable)]
#[cfg_attr(feature = "plain", wasm_bindgen)]
#[cfg(feature = "extra")]
impl Sensor {
    #[wasm_bindgen(constructor)]
    pub fn new(radius: f64) -> Sensor {
        Sensor { radius }
    }

    pub fn contains(&self, body: &Body) -> bool {
        body.position().length() <= self.radius
    }
}
