// wasm-bindgen's tests/wasm/classes.rs (commit 7efa2e0fd289, MIT OR
// Apache-2.0, as this project), migrated: every `#[wasm_bindgen]` on a struct
// or an impl block is `#[disposable]` (options kept, also under `cfg_attr`),
// `use wasm_dispose::disposable` added; for the harness, each
// `#[wasm_bindgen_test] fn x()` is an exported `pub fn test_x()` that
// `run.cjs` calls, and the JS module path is the crate's `/classes.js`.
#[allow(unused_imports)] // test for #919
use std::borrow::BorrowMut;

use wasm_bindgen::prelude::*;
use wasm_dispose::disposable;

#[wasm_bindgen(module = "/classes.js")]
extern "C" {
    fn js_simple();
    fn js_strings();
    fn js_exceptions(is_panic_unwind: bool);
    fn js_pass_one_to_another();
    fn take_class(foo: ClassesIntoJs);
    #[wasm_bindgen(js_name = take_class)]
    fn take_class_as_jsvalue(foo: JsValue);
    fn js_constructors();
    fn js_empty_structs();
    fn js_public_fields();
    fn js_getter_with_clone();
    fn js_using_self();
    fn js_readonly_fields();
    fn js_double_consume();
    fn js_js_rename();
    fn js_access_fields();
    fn js_renamed_export();
    fn js_renamed_field();
    fn js_conditional_skip();
    fn js_conditional_bindings();

    fn js_assert_none(a: Option<OptionClass>);
    fn js_assert_some(a: Option<OptionClass>);
    fn js_return_none1() -> Option<OptionClass>;
    fn js_return_none2() -> Option<OptionClass>;
    fn js_return_some(a: OptionClass) -> Option<OptionClass>;
    fn js_test_option_classes();
    fn js_test_inspectable_classes();
    fn js_test_inspectable_classes_can_override_generated_methods();
    fn js_test_class_defined_in_macro();
    fn js_classless_this();
}

#[wasm_bindgen(js_name = "test_simple")]
pub fn test_simple() {
    js_simple();
}

#[disposable]
pub struct ClassesSimple {
    contents: u32,
}

#[disposable]
impl ClassesSimple {
    #[wasm_bindgen(constructor)]
    pub fn new() -> ClassesSimple {
        ClassesSimple::with_contents(0)
    }

    pub fn with_contents(a: u32) -> ClassesSimple {
        ClassesSimple { contents: a }
    }

    pub fn add(&mut self, amt: u32) -> u32 {
        self.contents += amt;
        self.contents
    }

    pub fn consume(self) -> u32 {
        self.contents
    }
}

#[wasm_bindgen(js_name = "test_strings")]
pub fn test_strings() {
    js_strings()
}

#[disposable]
pub struct ClassesStrings1 {
    name: u32,
}

#[disposable]
pub struct ClassesStrings2 {
    contents: String,
}

#[disposable]
impl ClassesStrings1 {
    pub fn new() -> ClassesStrings1 {
        ClassesStrings1 { name: 0 }
    }

    pub fn set(&mut self, amt: u32) {
        self.name = amt;
    }

    pub fn bar(&self, mix: &str) -> ClassesStrings2 {
        ClassesStrings2 { contents: format!("foo-{}-{}", mix, self.name) }
    }
}

#[disposable]
impl ClassesStrings2 {
    pub fn name(&self) -> String {
        self.contents.clone()
    }
}

#[wasm_bindgen(js_name = "test_exceptions")]
pub fn test_exceptions() {
    js_exceptions(cfg!(target_feature = "exception-handling",));
}

#[disposable]
pub struct ClassesExceptions1 {}

#[disposable]
impl ClassesExceptions1 {
    pub fn new() -> ClassesExceptions1 {
        ClassesExceptions1 {}
    }

    pub fn foo(&self, _: &ClassesExceptions1) {}

    pub fn bar(&mut self, _: &mut ClassesExceptions1) {}
}

#[disposable]
pub struct ClassesExceptions2 {}

#[disposable]
impl ClassesExceptions2 {
    pub fn new() -> ClassesExceptions2 {
        ClassesExceptions2 {}
    }
}

#[wasm_bindgen(js_name = "test_pass_one_to_another")]
pub fn test_pass_one_to_another() {
    js_pass_one_to_another();
}

#[disposable]
pub struct ClassesPassA {}

#[disposable]
impl ClassesPassA {
    pub fn new() -> ClassesPassA {
        ClassesPassA {}
    }

    pub fn foo(&self, _other: &ClassesPassB) {}

    pub fn bar(&self, _other: ClassesPassB) {}
}

#[disposable]
pub struct ClassesPassB {}

#[disposable]
impl ClassesPassB {
    pub fn new() -> ClassesPassB {
        ClassesPassB {}
    }
}

#[wasm_bindgen(js_name = "test_pass_into_js")]
pub fn test_pass_into_js() {
    take_class(ClassesIntoJs(13));
}

#[disposable]
pub struct ClassesIntoJs(i32);

#[disposable]
impl ClassesIntoJs {
    pub fn inner(&self) -> i32 {
        self.0
    }
}

#[disposable]
pub struct Issue27Context {}

#[disposable]
impl Issue27Context {
    pub fn parse(&self, _expr: &str) -> Issue27Expr {
        panic!()
    }
    pub fn eval(&self, _expr: &Issue27Expr) -> f64 {
        panic!()
    }
    pub fn set(&mut self, _var: &str, _val: f64) {
        panic!()
    }
}

#[disposable]
pub struct Issue27Expr {}

#[wasm_bindgen(js_name = "test_pass_into_js_as_js_class")]
pub fn test_pass_into_js_as_js_class() {
    take_class_as_jsvalue(ClassesIntoJs(13).into());
}

#[wasm_bindgen(js_name = "test_constructors")]
pub fn test_constructors() {
    js_constructors();
}

#[wasm_bindgen]
pub fn cross_item_construction() -> ConstructorsBar {
    ConstructorsBar::other_name(7, 8)
}

#[disposable]
pub struct ConstructorsFoo {
    number: u32,
}

#[disposable]
impl ConstructorsFoo {
    #[wasm_bindgen(constructor)]
    pub fn new(number: u32) -> ConstructorsFoo {
        ConstructorsFoo { number }
    }

    pub fn get_number(&self) -> u32 {
        self.number
    }
}

#[disposable]
pub struct ConstructorsBar {
    number: u32,
    number2: u32,
}

#[disposable]
impl ConstructorsBar {
    #[wasm_bindgen(constructor)]
    pub fn other_name(number: u32, number2: u32) -> ConstructorsBar {
        ConstructorsBar { number, number2 }
    }

    pub fn get_sum(&self) -> u32 {
        self.number + self.number2
    }
}

#[wasm_bindgen(js_name = "test_empty_structs")]
pub fn test_empty_structs() {
    js_empty_structs();
}

#[disposable]
pub struct MissingClass {}

#[disposable]
pub struct OtherEmpty {}

#[disposable]
impl OtherEmpty {
    pub fn return_a_value() -> MissingClass {
        MissingClass {}
    }
}

#[wasm_bindgen(js_name = "test_public_fields")]
pub fn test_public_fields() {
    js_public_fields();
}

#[disposable]
#[derive(Default)]
pub struct PublicFields {
    pub a: u32,
    pub b: f32,
    pub c: f64,
    pub d: i32,
    #[wasm_bindgen(skip)]
    pub skipped: u32,
}

#[disposable]
impl PublicFields {
    pub fn new() -> PublicFields {
        PublicFields::default()
    }
}

#[wasm_bindgen(js_name = "test_getter_with_clone")]
pub fn test_getter_with_clone() {
    js_getter_with_clone();
}

#[disposable(getter_with_clone)]
#[derive(Default)]
pub struct GetterWithCloneStruct {
    pub a: String,
}

#[disposable]
impl GetterWithCloneStruct {
    pub fn new() -> GetterWithCloneStruct {
        GetterWithCloneStruct::default()
    }
}

#[disposable]
#[derive(Default)]
pub struct GetterWithCloneStructField {
    #[wasm_bindgen(getter_with_clone)]
    pub a: String,
}

#[disposable]
impl GetterWithCloneStructField {
    pub fn new() -> GetterWithCloneStructField {
        GetterWithCloneStructField::default()
    }
}

#[wasm_bindgen(js_name = "test_using_self")]
pub fn test_using_self() {
    js_using_self();
}

#[disposable]
pub struct UseSelf {}

#[disposable]
impl UseSelf {
    pub fn new() -> Self {
        UseSelf {}
    }
}

#[wasm_bindgen(js_name = "test_readonly_fields")]
pub fn test_readonly_fields() {
    js_readonly_fields();
}

#[disposable]
#[derive(Default)]
pub struct Readonly {
    #[wasm_bindgen(readonly)]
    pub a: u32,
}

#[disposable]
impl Readonly {
    pub fn new() -> Readonly {
        Readonly::default()
    }
}

#[wasm_bindgen(js_name = "test_double_consume")]
pub fn test_double_consume() {
    js_double_consume();
}

#[disposable]
pub struct DoubleConsume {}

#[disposable]
impl DoubleConsume {
    #[wasm_bindgen(constructor)]
    pub fn new() -> DoubleConsume {
        DoubleConsume {}
    }

    pub fn consume(self, other: DoubleConsume) {
        drop(other);
    }
}

#[wasm_bindgen(js_name = "test_rename_function_for_js")]
pub fn test_rename_function_for_js() {
    js_js_rename();
    foo();
}

#[disposable]
pub struct JsRename {}

#[disposable]
impl JsRename {
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsRename {
        let f = JsRename {};
        f.foo();
        f
    }

    #[wasm_bindgen(js_name = bar)]
    pub fn foo(&self) {}
}

#[wasm_bindgen(js_name = classes_foo)]
pub fn foo() {}

#[disposable]
pub struct AccessFieldFoo {
    pub bar: AccessFieldBar,
}

#[disposable]
pub struct AccessField0(pub AccessFieldBar);

#[disposable]
#[derive(Copy, Clone)]
pub struct AccessFieldBar {
    _value: u32,
}

#[disposable]
impl AccessFieldFoo {
    #[wasm_bindgen(constructor)]
    pub fn new() -> AccessFieldFoo {
        AccessFieldFoo { bar: AccessFieldBar { _value: 2 } }
    }
}

#[disposable]
impl AccessField0 {
    #[wasm_bindgen(constructor)]
    pub fn new() -> AccessField0 {
        AccessField0(AccessFieldBar { _value: 2 })
    }
}

#[wasm_bindgen(js_name = "test_access_fields")]
pub fn test_access_fields() {
    js_access_fields();
}

#[disposable(js_name = JsRenamedExport)]
pub struct RenamedExport {
    pub x: u32,
}

#[disposable(js_class = JsRenamedExport)]
impl RenamedExport {
    #[wasm_bindgen(constructor)]
    pub fn new() -> RenamedExport {
        RenamedExport { x: 3 }
    }
    pub fn foo(&self) {}

    pub fn bar(&self, _: &RenamedExport) {}
}

#[wasm_bindgen(js_name = "test_renamed_export")]
pub fn test_renamed_export() {
    js_renamed_export();
}

#[disposable]
pub struct RenamedField {
    #[wasm_bindgen(js_name = bar)]
    pub foo: u32,
}

#[disposable(js_class = RenamedField)]
impl RenamedField {
    #[wasm_bindgen(constructor)]
    pub fn new() -> RenamedField {
        RenamedField { foo: 3 }
    }

    pub fn foo(&self) {}
}

#[wasm_bindgen(js_name = "test_renamed_field")]
pub fn test_renamed_field() {
    js_renamed_field();
}

#[cfg_attr(target_family = "wasm", disposable(inspectable, js_name = "ConditionalSkipClass"))]
pub struct ConditionalSkip {
    /// [u8; 8] cannot be passed to JS, so this won't compile without `skip`
    #[cfg_attr(target_family = "wasm", wasm_bindgen(skip))]
    pub skipped_field: [u8; 8],

    /// this field shouldn't be skipped as predicate is false
    #[cfg_attr(all(target_arch = "wasm32", target_arch = "x86"), wasm_bindgen(skip))]
    pub not_skipped_field: u32,

    /// String struct field requires `getter_with_clone` to compile
    #[cfg_attr(target_family = "wasm", wasm_bindgen(getter_with_clone))]
    pub needs_clone: String,
}

#[disposable(js_class = "ConditionalSkipClass")]
impl ConditionalSkip {
    #[wasm_bindgen(constructor)]
    pub fn new() -> ConditionalSkip {
        ConditionalSkip { skipped_field: [0u8; 8], not_skipped_field: 42, needs_clone: "foo".to_string() }
    }
}

#[wasm_bindgen(js_name = "test_conditional_skip")]
pub fn test_conditional_skip() {
    js_conditional_skip();
}

#[cfg_attr(target_family = "wasm", disposable)]
pub struct ConditionalBindings {}

#[cfg_attr(target_family = "wasm", disposable)]
impl ConditionalBindings {
    #[cfg_attr(target_family = "wasm", wasm_bindgen(constructor))]
    pub fn new() -> ConditionalBindings {
        ConditionalBindings {}
    }
}

#[wasm_bindgen(js_name = "test_conditional_bindings")]
pub fn test_conditional_bindings() {
    js_conditional_bindings();
}

#[disposable]
pub struct OptionClass(u32);

#[wasm_bindgen(js_name = "test_option_class")]
pub fn test_option_class() {
    js_assert_none(None);
    js_assert_some(Some(OptionClass(1)));
    assert!(js_return_none1().is_none());
    assert!(js_return_none2().is_none());
    assert_eq!(js_return_some(OptionClass(2)).unwrap().0, 2);
    js_test_option_classes();
}

#[wasm_bindgen]
pub fn option_class_none() -> Option<OptionClass> {
    None
}

#[wasm_bindgen]
pub fn option_class_some() -> Option<OptionClass> {
    Some(OptionClass(3))
}

#[wasm_bindgen]
pub fn option_class_assert_none(x: Option<OptionClass>) {
    assert!(x.is_none());
}

#[wasm_bindgen]
pub fn option_class_assert_some(x: Option<OptionClass>) {
    assert_eq!(x.unwrap().0, 3);
}

mod works_in_module {
    use wasm_dispose::disposable;

    #[disposable]
    pub struct WorksInModule(#[allow(dead_code)] u32);

    #[disposable]
    impl WorksInModule {
        #[wasm_bindgen(constructor)]
        pub fn new() -> WorksInModule {
            WorksInModule(1)
        }

        pub fn foo(&self) {}
    }
}

#[wasm_bindgen(js_name = "test_inspectable_classes")]
pub fn test_inspectable_classes() {
    js_test_inspectable_classes();
}

#[disposable(inspectable)]
#[derive(Default)]
pub struct Inspectable {
    pub a: u32,
    // This private field will not be exposed unless a getter is provided for it
    #[allow(dead_code)]
    private: u32,
}

#[disposable]
impl Inspectable {
    pub fn new() -> Self {
        Self::default()
    }
}

#[disposable]
#[derive(Default)]
pub struct NotInspectable {
    pub a: u32,
}

#[disposable]
impl NotInspectable {
    pub fn new() -> Self {
        Self::default()
    }
}

#[wasm_bindgen(js_name = "test_inspectable_classes_can_override_generated_methods")]
pub fn test_inspectable_classes_can_override_generated_methods() {
    js_test_inspectable_classes_can_override_generated_methods();
}

#[disposable(inspectable)]
#[derive(Default)]
pub struct OverriddenInspectable {
    pub a: u32,
}

#[disposable]
impl OverriddenInspectable {
    pub fn new() -> Self {
        Self::default()
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn js_to_json(&self) -> String {
        String::from("JSON was overwritten")
    }

    #[wasm_bindgen(js_name = toString)]
    pub fn js_to_string(&self) -> String {
        String::from("string was overwritten")
    }
}

macro_rules! make_struct {
    ($field:ident) => {
        #[disposable]
        pub struct InsideMacro {
            pub $field: u32,
        }
    };
}

make_struct!(a);

#[disposable]
impl InsideMacro {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self { a: 3 }
    }
}

#[wasm_bindgen(js_name = "test_class_defined_in_macro")]
pub fn test_class_defined_in_macro() {
    js_test_class_defined_in_macro();
}

#[wasm_bindgen(js_name = "test_classless_this")]
pub fn test_classless_this() {
    js_classless_this();
}

#[wasm_bindgen(this)]
pub fn classless_this_get_number(this: &JsValue) -> u32 {
    js_sys::Reflect::get(this, &"number".into()).unwrap().as_f64().unwrap() as u32
}

#[wasm_bindgen(this)]
pub fn classless_this_add(this: &JsValue, value: u32) -> u32 {
    let current = js_sys::Reflect::get(this, &"count".into()).unwrap().as_f64().unwrap() as u32;
    current + value
}

#[wasm_bindgen(this)]
pub fn classless_this_consume_jsvalue(foo_this: JsValue) -> bool {
    foo_this.is_object()
}
