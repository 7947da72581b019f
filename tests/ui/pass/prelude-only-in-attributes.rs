// A module whose only use of the prelude is the method, argument and field
// attributes that #[disposable] reads (issue 24), or the outer attributes
// that became #[disposable] (issue 20, rapier.js): no unused import.
#![deny(warnings)]

mod shapes {
    use wasm_bindgen::prelude::*;
    use wasm_dispose::disposable;

    #[disposable]
    pub struct Rect {
        #[wasm_bindgen(readonly)]
        pub w: f64,
    }

    #[disposable]
    impl Rect {
        #[wasm_bindgen(constructor)]
        pub fn new(#[wasm_bindgen(js_name = width)] w: f64) -> Rect {
            Rect { w }
        }
    }
}

mod functions {
    // A function's argument attribute, too.
    use wasm_bindgen::prelude::*;
    use wasm_dispose::disposable;

    #[disposable(js_name = widthOf)]
    pub fn width_of(#[wasm_bindgen(js_name = rect)] r: &super::shapes::Rect) -> f64 {
        r.w
    }
}

mod other {
    // The same with the macro imported by name.
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_dispose::disposable;

    #[disposable]
    impl super::shapes::Rect {
        #[wasm_bindgen(getter)]
        pub fn area(&self) -> f64 {
            self.w * self.w
        }
    }
}

mod outer_only {
    // No attribute but the outer ones, as plain wrote them: plain's resolved
    // the name `wasm_bindgen`; #[disposable] does too.
    use wasm_bindgen::prelude::*;
    use wasm_dispose::disposable;

    #[disposable]
    pub struct Contact {
        pub(crate) depth: f64,
    }

    #[disposable]
    impl Contact {
        pub fn depth(&self) -> f64 {
            self.depth
        }
    }

    #[disposable]
    pub fn deepest(a: &Contact, b: &Contact) -> f64 {
        a.depth.max(b.depth)
    }
}

fn main() {
    assert_eq!(shapes::Rect::new(2.0).area(), 4.0);
    assert_eq!(functions::width_of(&shapes::Rect::new(3.0)), 3.0);
    let (a, b) = (outer_only::Contact { depth: 1.0 }, outer_only::Contact { depth: 2.0 });
    assert_eq!(outer_only::deepest(&a, &b), b.depth());
}
