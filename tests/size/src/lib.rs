//! The package `cargo xtask size` measures: a small, realistic class (a
//! constructor, two methods, two getters), made with `#[disposable]` or, without
//! the `disposable` feature, with plain `#[wasm_bindgen]` (and then without
//! wasm-dispose in the dependency tree at all). The `two` feature adds a second
//! class of the same shape over another element type, so its code is not
//! identical to the first's: two classes minus one is what each further class
//! costs. The `js-sys` feature only links js-sys into the plain package: a
//! baseline for packages that already depend on it, as wasm-dispose does.

#[cfg(not(feature = "disposable"))]
use wasm_bindgen::prelude::wasm_bindgen as class;
#[cfg(feature = "disposable")]
use wasm_dispose::disposable as class;

/// Stamps out one class named `$name` over numbers of type `$t`.
macro_rules! series {
    ($(#[$doc:meta])* $name:ident, $t:ty) => {
        $(#[$doc])*
        #[class]
        pub struct $name {
            name: String,
            values: Vec<$t>,
        }

        #[class]
        impl $name {
            /// An empty series called `name`.
            #[wasm_bindgen(constructor)]
            pub fn new(name: String) -> $name {
                $name { name, values: Vec::new() }
            }

            /// Appends a value.
            pub fn push(&mut self, value: $t) {
                self.values.push(value);
            }

            /// The mean of the values, `NaN` when there are none.
            pub fn mean(&self) -> f64 {
                let sum: f64 = self.values.iter().map(|&v| v as f64).sum();
                sum / self.values.len() as f64
            }

            /// What the series was called.
            #[wasm_bindgen(getter)]
            pub fn name(&self) -> String {
                self.name.clone()
            }

            /// How many values it holds.
            #[wasm_bindgen(getter)]
            pub fn count(&self) -> u32 {
                self.values.len() as u32
            }
        }
    };
}

series!(
    /// A named series of numbers.
    Series,
    f64
);

#[cfg(feature = "two")]
series!(
    /// A named series of whole numbers: the second class.
    Tally,
    i32
);

// Links js-sys into a plain package, which nearly every real package has
// (web-sys and wasm-bindgen-futures bring it): the second baseline.
#[cfg(feature = "js-sys")]
extern crate js_sys as _;
