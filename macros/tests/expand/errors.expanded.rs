pub struct Thing {
    pub disposed: bool,
    pub b: u8,
    pub ok: u8,
}
#[::wasm_dispose::__private::wasm_bindgen_attr(
    js_name = "Thing",
    wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen,
    inspectable
)]
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub struct __WasmDispose_Thing {
    __wd_slot: ::wasm_dispose::__private::Slot<Thing>,
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_ThingRef {
    __wd_slot: ::wasm_dispose::__private::Slot<Thing>,
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ThingRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ThingRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ThingRef {
            match ::wasm_dispose::__private::slot_at::<Thing>(js) {
                ::wasm_dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const ::wasm_dispose::__private::Slot<Thing>
                        as *const __WasmDispose_ThingRef)
                }
                ::wasm_dispose::__private::core::option::Option::None => {
                    ::wasm_dispose::__private::wasm_bindgen::throw_str(
                        "null pointer passed to rust",
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ThingRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Thing as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_ThingRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_ThingRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_ThingRef {}
};
#[automatically_derived]
impl ::wasm_dispose::__private::Disposable for Thing {
    const CLASS: &'static str = "Thing";
    const IS_ASYNC: bool = false;
    const INSPECTABLE: bool = true;
    const FIELDS: &'static [&'static str] = &["ok"];
    type Handle = __WasmDispose_Thing;
    const __SLOT_IN_HANDLE: usize = ::wasm_dispose::__private::core::mem::offset_of!(
        __WasmDispose_Thing, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Thing) -> &::wasm_dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    #[inline]
    fn __handle(slot: ::wasm_dispose::__private::Slot<Self>) -> __WasmDispose_Thing {
        __WasmDispose_Thing {
            __wd_slot: slot,
        }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<::wasm_dispose::__private::Class> {
        ::wasm_dispose::__private::thread_local! {
            static CLASS : ::wasm_dispose::__private::Class = const {
            ::wasm_dispose::__private::Class::new("Thing") };
        }
        &CLASS
    }
}
const _: () = {
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe for Thing {
        #[inline]
        fn describe() {
            <__WasmDispose_Thing as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector
    for Thing {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Thing as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Thing {
        type Abi = <__WasmDispose_Thing as ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                ::wasm_dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi for Thing {
        #[inline]
        fn none() -> Self::Abi {
            ::wasm_dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi for Thing {
        type Abi = u32;
        #[inline]
        unsafe fn from_abi(js: Self::Abi) -> Self {
            ::wasm_dispose::__private::from_abi(js)
        }
        ::wasm_dispose::__private::try_abi! {
            #[inline] unsafe fn try_from_abi(js : Self::Abi) ->
            ::wasm_dispose::__private::core::result::Result < Self, & 'static str > {
            ::wasm_dispose::__private::try_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi for Thing {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            ::wasm_dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Thing {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Anchor<Self>;
        #[inline]
        unsafe fn ref_from_abi(js: Self::Abi) -> Self::Anchor {
            ::wasm_dispose::__private::ref_from_abi(js)
        }
        ::wasm_dispose::__private::try_abi! {
            #[inline] unsafe fn try_ref_from_abi(js : Self::Abi) ->
            ::wasm_dispose::__private::core::result::Result < Self::Anchor, & 'static str
            > { ::wasm_dispose::__private::try_ref_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi for Thing {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::LongAnchor<Self>;
        #[inline]
        unsafe fn long_ref_from_abi(js: Self::Abi) -> Self::Anchor {
            ::wasm_dispose::__private::long_ref_from_abi(js)
        }
        ::wasm_dispose::__private::try_abi! {
            #[inline] unsafe fn try_long_ref_from_abi(js : Self::Abi) ->
            ::wasm_dispose::__private::core::result::Result < Self::Anchor, & 'static str
            > { ::wasm_dispose::__private::try_long_ref_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi for Thing {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::AnchorMut<Self>;
        #[inline]
        unsafe fn ref_mut_from_abi(js: Self::Abi) -> Self::Anchor {
            ::wasm_dispose::__private::ref_mut_from_abi(js)
        }
        ::wasm_dispose::__private::try_abi! {
            #[inline] unsafe fn try_ref_mut_from_abi(js : Self::Abi) ->
            ::wasm_dispose::__private::core::result::Result < Self::Anchor, & 'static str
            > { ::wasm_dispose::__private::try_ref_mut_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi for Thing {
        type Abi = <::wasm_dispose::__private::Box<
            [::wasm_dispose::__private::JsValue],
        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi;
        #[inline]
        unsafe fn vector_from_abi(
            js: Self::Abi,
        ) -> ::wasm_dispose::__private::Box<[Self]> {
            ::wasm_dispose::__private::vector_from_abi(js)
        }
        ::wasm_dispose::__private::try_abi! {
            #[inline] unsafe fn try_vector_from_abi(js : Self::Abi) ->
            ::wasm_dispose::__private::core::result::Result <
            ::wasm_dispose::__private::Box < [Self] >, & 'static str > {
            ::wasm_dispose::__private::try_vector_from_abi(js) }
        }
    }
    ::wasm_dispose::__private::try_from_js_value!(Thing);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi for Thing {
        type Abi = <__WasmDispose_Thing as ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: ::wasm_dispose::__private::Box<[Self]>) -> Self::Abi {
            ::wasm_dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::core::convert::From<Thing>
    for ::wasm_dispose::__private::JsValue {
        #[inline]
        fn from(value: Thing) -> Self {
            ::wasm_dispose::__private::JsValue::from(
                ::wasm_dispose::__private::wrap(value),
            )
        }
    }
};
::wasm_dispose::__private::without_snippet! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Thing", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen)] impl __WasmDispose_ThingRef {
    #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn __wd_free(& self) {
    ::wasm_dispose::__private::free(& self.__wd_slot) } }
}
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ThingPropertyFallback: Sized {
        fn __wd_get_ok<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_ok<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ThingPropertyFallback for __WasmDispose_ThingRef {}
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        js_class = "Thing",
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    impl __WasmDispose_ThingRef {
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
        #[wasm_bindgen(getter = "ok")]
        #[inline(never)]
        pub fn __wd_get_ok(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            u8,
        > as ::wasm_dispose::__private::Mode>::Out<u8> {
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        u8,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u8,
                    > as ::wasm_dispose::__private::Return<u8>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                u8,
            > as ::wasm_dispose::__private::Mode>::Out<
                u8,
            > as ::wasm_dispose::__private::Return<
                u8,
            >>::ok({
                fn assert_copy<T: ::core::marker::Copy>() {}
                assert_copy::<u8>();
                __wd_v.ok
            })
        }
        #[wasm_bindgen(setter = "ok")]
        #[inline(never)]
        pub fn __wd_set_ok(
            &self,
            value: ::wasm_dispose::__private::ByVal<
                u8,
                <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                u8,
                <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            u8,
                            <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            if (&::wasm_dispose::__private::Arg(&value)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                return <<<::wasm_dispose::__private::ReturnMode<
                    (),
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        u8,
                        <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let value: u8 = match ::wasm_dispose::__private::finish::<
                u8,
                <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            u8,
                            <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.ok = value;
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    u8,
                    <u8 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::ok(())
        }
    }
};
const _: () = {
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        typescript_custom_section,
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    const TS: &'static str = "export interface Thing extends Disposable {\n  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n}\n";
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
::core::compile_error! {
    "unknown #[disposable] option `sync`; expected `async`, `js_name`, `js_namespace`, `inspectable`, `getter_with_clone`, `skip_typescript`, `private`, `extends`, `extends_js_class`, `extends_js_namespace` or `crate`"
}
::core::compile_error! {
    "the property `disposed` would replace the one #[disposable] provides; rename it with #[wasm_bindgen(js_name = \"...\")] or #[wasm_bindgen(skip)]"
}
::core::compile_error! {
    "`bogus` is not an option of a #[wasm_bindgen] struct field; expected one of: readonly, skip, js_name, getter_with_clone, skip_typescript, skip_jsdoc"
}
impl Thing {
    pub fn good(&self) -> u32 {
        1
    }
}
const _: fn() = || {
    fn __wd_requires_disposable_struct<T: ::wasm_dispose::__private::Disposable>() {}
    __wd_requires_disposable_struct::<Thing>();
};
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[repr(transparent)]
    struct __WasmDispose_ThingThis {
        __wd_slot: ::wasm_dispose::__private::Slot<Thing>,
    }
    unsafe impl ::wasm_dispose::__private::SlotView for __WasmDispose_ThingThis {
        type Class = Thing;
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ThingThis {
        #[inline]
        fn describe() {
            <<Thing as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ThingThis {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ThingThis;
        #[inline(always)]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ThingThis {
            ::wasm_dispose::__private::view(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for __WasmDispose_ThingThis {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Kept<__WasmDispose_ThingThis>;
        #[inline]
        unsafe fn long_ref_from_abi(
            js: u32,
        ) -> ::wasm_dispose::__private::Kept<__WasmDispose_ThingThis> {
            ::wasm_dispose::__private::kept(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_ThingThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_ThingThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_ThingThis {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ThingFallback: Sized {
        fn good<__R>(&self) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ThingFallback for __WasmDispose_ThingThis {}
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Thing",
        wasm_bindgen = wasm_bindgen
    )]
    impl __WasmDispose_ThingThis {
        #[inline(never)]
        pub fn good(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        u32,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u32,
                    > as ::wasm_dispose::__private::Return<u32>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                u32,
            > as ::wasm_dispose::__private::Mode>::Out<
                u32,
            > as ::wasm_dispose::__private::Return<u32>>::ok(Thing::good(&*__wd_v))
        }
    }
};
impl Thing {
    pub fn bad<T>(&self, x: impl Into<u32>) -> u32 {
        2
    }
}
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
::core::compile_error! {
    "exported methods cannot be generic"
}
::core::compile_error! {
    "`impl Trait` cannot be an argument of an exported function: JavaScript passes one concrete type, so name it (plain #[wasm_bindgen] rejects it too)"
}
pub enum Kind {
    A,
    B,
}
::core::compile_error! {
    "#[disposable] supports structs only, not enums: wrap the enum in a struct"
}
pub struct Pair<T>(T, T);
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
::core::compile_error! {
    "#[disposable] structs cannot have generic type parameters: JavaScript owns the value for an unknown time, so it must be a concrete `'static` type"
}
