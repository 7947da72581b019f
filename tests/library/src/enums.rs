//! Enums: wasm-bindgen writes their types before any custom section.

use wasm_bindgen::prelude::*;

/// How a body moves: a numeric enum.
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BodyKind {
    #[default]
    Dynamic = 0,
    Static = 1,
    Kinematic = 2,
}

/// A string enum: a union of string literals in the `.d.ts`.
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Units {
    Meters = "m",
    Pixels = "px",
}

/// A dynamic union of two classes (wasm-bindgen 0.2.130).
#[cfg(feature = "newer")]
#[wasm_bindgen]
pub enum Shape {
    Circle(crate::geometry::Circle),
    Rect(crate::geometry::Rect),
}
