//! One class per row of the README's parity table. Built twice by
//! `cargo xtask test`: as is (`#[disposable]`, package `parity`) and with
//! the `plain` feature (`#[wasm_bindgen]`, package `parity-plain`), so that
//! `tests/js/parity.test.mjs` can run the first and compare the `.d.ts`
//! class members of both. `class` is the attribute under test.

// The rows keep plain's warnings on purpose (`cargo xtask test` compares them on the wasm build);
// the workspace's host clippy gate allows them, and the dead code of a private export off wasm.
#![cfg_attr(not(target_arch = "wasm32"), allow(non_snake_case, deprecated, dead_code, clippy::new_without_default))]

use wasm_bindgen::prelude::*;

#[cfg(feature = "plain")]
use wasm_bindgen::prelude::wasm_bindgen as class;
#[cfg(not(feature = "plain"))]
use wasm_dispose::disposable as class;

/// Which package this is, so the suite can tell them apart.
#[wasm_bindgen(js_name = isPlain)]
pub fn is_plain() -> bool {
    cfg!(feature = "plain")
}

// --- struct options ---------------------------------------------------

/// `js_name` written as an identifier.
#[class(js_name = Img)]
pub struct Image {
    pub width: u32,
}

#[class(js_class = Img)]
impl Image {
    #[wasm_bindgen(constructor)]
    pub fn new(width: u32) -> Image {
        Image { width }
    }
}

/// `inspectable`: `toJSON` / `toString` over the readable properties.
#[class(inspectable)]
pub struct Inspect {
    pub x: i32,
    #[wasm_bindgen(js_name = yValue)]
    pub y: i32,
    hidden: i32,
}

#[class]
impl Inspect {
    #[wasm_bindgen(constructor)]
    pub fn new(x: i32, y: i32) -> Inspect {
        Inspect { x, y, hidden: x + y }
    }

    #[wasm_bindgen(getter)]
    pub fn sum(&self) -> i32 {
        self.hidden
    }
}

/// `inspectable`, with the user's own `toString` and `toJSON`: theirs win.
#[class(inspectable)]
pub struct OwnString {
    pub n: u32,
}

#[class]
impl OwnString {
    #[wasm_bindgen(constructor)]
    pub fn new(n: u32) -> OwnString {
        OwnString { n }
    }

    #[wasm_bindgen(js_name = toString)]
    #[allow(clippy::inherent_to_string)]
    pub fn to_string(&self) -> String {
        format!("OwnString({})", self.n)
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> u32 {
        self.n
    }
}

/// `getter_with_clone` on the struct: non-Copy fields are readable.
#[class(getter_with_clone)]
pub struct Labels {
    pub name: String,
    pub tags: Vec<String>,
    pub count: u32,
}

#[class]
impl Labels {
    #[wasm_bindgen(constructor)]
    pub fn new(name: String) -> Labels {
        Labels { tags: vec![name.clone(), "b".into()], name, count: 2 }
    }
}

/// `js_namespace`: the class is exported as `geo.Point`.
#[class(js_namespace = geo)]
pub struct Point {
    pub x: f64,
}

#[class(js_namespace = geo)]
impl Point {
    #[wasm_bindgen(constructor)]
    pub fn new(x: f64) -> Point {
        Point { x }
    }

    pub fn double(&self) -> f64 {
        self.x * 2.0
    }
}

/// `skip_typescript`: no `.d.ts` declaration, the class still works.
#[class(skip_typescript)]
pub struct Untyped {
    pub v: u8,
}

#[class]
impl Untyped {
    #[wasm_bindgen(constructor)]
    pub fn new(v: u8) -> Untyped {
        Untyped { v }
    }
}

/// `private`: not exported by name, reachable as a return value.
#[class(private)]
pub struct Hidden {
    pub secret: u32,
}

#[wasm_bindgen(js_name = makeHidden)]
pub fn make_hidden(secret: u32) -> Hidden {
    Hidden { secret }
}

/// A tuple struct: public fields are the properties `0` and `1`.
#[class]
pub struct Pair(pub u32, pub i32, u32);

#[class]
impl Pair {
    #[wasm_bindgen(constructor)]
    pub fn new(a: u32, b: i32) -> Pair {
        Pair(a, b, 0)
    }

    pub fn hidden(&self) -> u32 {
        self.2
    }
}

// --- field options ----------------------------------------------------

#[class]
pub struct Fields {
    /// Documented: the doc reaches the `.d.ts`.
    pub plain: u32,
    #[wasm_bindgen(readonly)]
    pub fixed: u32,
    #[wasm_bindgen(skip)]
    pub skipped: u32,
    #[wasm_bindgen(js_name = renamed)]
    pub js_renamed: u32,
    #[wasm_bindgen(getter_with_clone)]
    pub text: String,
    #[wasm_bindgen(skip_typescript)]
    pub untyped: u32,
    /// Not in the JSDoc.
    #[wasm_bindgen(skip_jsdoc)]
    pub no_jsdoc: u32,
    /// A raw identifier: JavaScript sees `mod`.
    pub r#mod: i32,
    /// A `cfg_attr`ed option: read-only on wasm32 (the only target built).
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(readonly))]
    pub cfg_fixed: u32,
    #[cfg_attr(not(target_arch = "wasm32"), wasm_bindgen(skip))]
    pub cfg_kept: u32,
}

#[class]
impl Fields {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Fields {
        Fields {
            plain: 1,
            fixed: 2,
            skipped: 3,
            js_renamed: 4,
            text: "five".into(),
            untyped: 6,
            no_jsdoc: 7,
            r#mod: 8,
            cfg_fixed: 9,
            cfg_kept: 10,
        }
    }

    pub fn skipped(&self) -> u32 {
        self.skipped
    }
}

impl Default for Fields {
    fn default() -> Self {
        Self::new()
    }
}

// --- impl and method options ------------------------------------------

#[class]
pub struct Methods {
    value: i32,
}

#[class]
impl Methods {
    /// A constructor chosen by `cfg_attr`.
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen(constructor))]
    pub fn create(value: i32) -> Methods {
        Methods { value }
    }

    #[wasm_bindgen(js_name = valueOf)]
    pub fn value_of(&self) -> i32 {
        self.value
    }

    /// A static method.
    #[wasm_bindgen(js_name = fromString)]
    pub fn from_string(s: &str) -> Result<Methods, JsError> {
        s.parse().map(Methods::create).map_err(|e: std::num::ParseIntError| JsError::new(&e.to_string()))
    }

    #[wasm_bindgen(getter)]
    pub fn value(&self) -> i32 {
        self.value
    }

    #[wasm_bindgen(setter)]
    pub fn set_value(&mut self, value: i32) {
        self.value = value;
    }

    #[wasm_bindgen(getter = doubled)]
    pub fn twice(&self) -> i32 {
        self.value * 2
    }

    #[wasm_bindgen(skip_typescript)]
    pub fn untyped(&self) -> i32 {
        self.value
    }

    /// Not in the JSDoc.
    #[wasm_bindgen(skip_jsdoc)]
    pub fn no_jsdoc(&self) -> i32 {
        self.value
    }

    #[wasm_bindgen(unchecked_return_type = "1 | 2", return_description = "one or two")]
    pub fn one_or_two(&self) -> u32 {
        if self.value % 2 == 0 {
            2
        } else {
            1
        }
    }

    pub fn add(
        &mut self,
        #[wasm_bindgen(js_name = amount, unchecked_param_type = "number", param_description = "to add")] by: i32,
    ) -> i32 {
        self.value += by;
        self.value
    }

    /// `_` arguments are named `argN` in JavaScript.
    pub fn ignore(&self, _: u32, keep: i32) -> i32 {
        keep + self.value
    }

    /// A well-known symbol other than the dispose ones.
    #[wasm_bindgen(js_name = "[Symbol.toPrimitive]")]
    pub fn to_primitive(&self, hint: String) -> JsValue {
        if hint == "string" {
            JsValue::from_str(&format!("M{}", self.value))
        } else {
            JsValue::from(self.value)
        }
    }

    #[wasm_bindgen(js_name = "[Symbol.iterator]")]
    pub fn iter(&self) -> js_sys::Iterator {
        js_sys::Array::of2(&JsValue::from(self.value), &JsValue::from(self.value + 1)).values()
    }

    pub async fn later(&self, by: i32) -> i32 {
        self.value + by
    }

    pub fn rust_only_private(&self) -> i32 {
        self.private_helper()
    }

    fn private_helper(&self) -> i32 {
        self.value
    }
}

/// A constructor that can fail.
#[class]
pub struct Fallible {
    pub n: u32,
}

#[class]
impl Fallible {
    #[wasm_bindgen(constructor)]
    pub fn new(n: u32) -> Result<Fallible, JsError> {
        if n == 0 {
            Err(JsError::new("zero"))
        } else {
            Ok(Fallible { n })
        }
    }
}

/// Lints on the impl and methods reach the generated code: `cargo xtask
/// test` compares this crate's clippy warnings with plain's.
#[class]
pub struct Lints {
    pub fooBar: u32,
}

#[class]
#[allow(non_snake_case)]
impl Lints {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Lints {
        #[allow(deprecated)]
        Lints { fooBar: Lints::old() }
    }

    pub fn getFoo(&self, newValue: u32) -> u32 {
        self.fooBar + newValue
    }

    #[deprecated(note = "use getFoo")]
    pub fn old() -> u32 {
        1
    }

    #[expect(clippy::too_many_arguments)]
    pub fn many(&self, a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) -> u32 {
        [a, b, c, d, e, f, g].iter().map(|&v| v as u32).sum::<u32>() + self.fooBar
    }
}

// --- names plain accepts side by side (issue 24) -------------------------

/// A field and a method of the same name (`skip_typescript` on the method:
/// a class declaration cannot list both), a field beside a method named
/// like its setter, a field named like the constructor, a field and a
/// static method of the same name.
#[class]
pub struct Names {
    pub n: f64,
    pub m: u32,
    pub new: u32,
    pub count: u32,
}

#[class]
impl Names {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Names {
        Names { n: 1.5, m: 2, new: 3, count: 4 }
    }

    #[wasm_bindgen(skip_typescript)]
    pub fn n(self) -> f64 {
        self.n
    }

    pub fn set_m(&mut self, m: u32) {
        self.m = m * 10;
    }

    #[wasm_bindgen(js_name = count)]
    pub fn total() -> u32 {
        40
    }
}

impl Default for Names {
    fn default() -> Self {
        Self::new()
    }
}

/// A getter and a method of the same JavaScript name.
#[class]
pub struct GetterAndMethod {
    v: u32,
}

#[class]
impl GetterAndMethod {
    #[wasm_bindgen(constructor)]
    pub fn new(v: u32) -> GetterAndMethod {
        GetterAndMethod { v }
    }

    #[wasm_bindgen(getter = value)]
    pub fn get_value(&self) -> u32 {
        self.v
    }

    #[wasm_bindgen(skip_typescript)]
    pub fn value(&self) -> u32 {
        self.v + 1
    }
}

/// Two classes with the same Rust name, in two modules, under two
/// JavaScript names. (Only `class` is imported: the method attributes need
/// no name in scope, with either attribute.)
pub mod names_a {
    use super::class;

    #[class(js_name = ThingA)]
    pub struct Thing {
        pub x: u32,
    }

    #[class(js_class = ThingA)]
    impl Thing {
        #[wasm_bindgen(constructor)]
        pub fn new(x: u32) -> Thing {
            Thing { x }
        }

        pub fn get(&self) -> u32 {
            self.x
        }
    }
}

pub mod names_b {
    use super::class;

    #[class(js_name = ThingB)]
    pub struct Thing {
        pub x: u32,
    }

    #[class(js_class = ThingB)]
    impl Thing {
        #[wasm_bindgen(constructor)]
        pub fn new(x: u32) -> Thing {
            Thing { x: x * 2 }
        }

        pub fn get(&self) -> u32 {
            self.x
        }
    }
}

pub mod elsewhere;

// The public surface: only the helpers asked for, under the names chosen.
#[cfg(not(feature = "plain"))]
wasm_dispose::export_helpers!(using as "withResource", disposableStats as stats);

#[cfg(not(feature = "plain"))]
pub mod with_async;

// --- conversions: membership in a dynamic enum union -------------------

/// wasm-bindgen's dynamic union: a JavaScript value that is an `Img` or an
/// `Inspect`, matched through each class's `TryFromJsValue`.
#[wasm_bindgen]
pub enum Shape {
    Img(Image),
    Inspect(Inspect),
}

/// Takes a union member by value (it is `moved` afterwards).
#[wasm_bindgen(js_name = shapeSize)]
pub fn shape_size(shape: Shape) -> i32 {
    match shape {
        Shape::Img(img) => img.width as i32,
        Shape::Inspect(o) => o.x + o.y,
    }
}

/// Returns a union member: an object of either class.
#[wasm_bindgen(js_name = makeShape)]
pub fn make_shape(img: bool) -> Shape {
    if img {
        Shape::Img(Image { width: 7 })
    } else {
        Shape::Inspect(Inspect { x: 1, y: 2, hidden: 3 })
    }
}

// --- a private struct -------------------------------------------------

/// Not `pub`: exported all the same, as with plain.
#[class]
struct Secret {
    code: u32,
}

#[class]
impl Secret {
    #[wasm_bindgen(constructor)]
    pub fn new(code: u32) -> Secret {
        Secret { code }
    }

    #[wasm_bindgen(getter)]
    pub fn code(&self) -> u32 {
        self.code
    }
}

/// The classes' `Vec` conversion: how many there were, all taken.
#[wasm_bindgen(js_name = countImages)]
pub fn count_images(images: Vec<Image>) -> usize {
    images.len()
}
