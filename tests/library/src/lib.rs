//! A crate shaped like the object-heavy wasm-bindgen library of issue 24,
//! migrated by swapping the attribute: free functions and enums (numeric,
//! string, a dynamic union) that wasm-bindgen writes before the classes in
//! the `.d.ts`, many classes over many modules, modules whose only use of
//! `wasm_bindgen::prelude::*` is the method and field attributes, or the
//! outer attributes alone (`contacts`), `Copy`
//! tuple structs over `pub(crate)` fields, a part under
//! `#[cfg(feature = ...)]`, and a TypeScript section of its own.
//!
//! Every class says `#[cfg_attr(not(feature = "plain"), disposable)]` and
//! `#[cfg_attr(feature = "plain", wasm_bindgen)]`, so that the same source is
//! also the plain crate it was (feature `plain`): `cargo xtask test` builds
//! both with `-D warnings` and `cargo clippy -- -D warnings`, and type-checks
//! the `.d.ts` under TypeScript 4.8 to 7 (`tests/ts/matrix.mjs`).

use wasm_bindgen::prelude::*;

pub mod body;
pub mod contacts;
pub mod enums;
pub mod functions;
pub mod geometry;
pub mod handles;
pub mod ops;
pub mod world;

#[cfg(feature = "extra")]
pub mod joints;

#[cfg(feature = "newer")]
pub mod newer;

#[cfg(all(feature = "io", not(feature = "plain")))]
pub mod io;

// The library's own declarations, as a TypeScript layer over the package
// would add them; they name the classes.
#[wasm_bindgen(typescript_custom_section)]
const TS_LAYER: &'static str = r#"
/** Anything with a position, as the TypeScript layer sees it. */
export interface Positioned {
  readonly position: Vec2;
}
export type BodyLike = Body | { readonly mass: number };
"#;
