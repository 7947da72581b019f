impl Foo {
    pub fn make() -> Foo {
        Foo
    }
    #[cfg_attr(feature = "b", allow(dead_code))]
    pub fn name(&self, count: u32) -> u32 {
        count
    }
    #[cfg(feature = "extra")]
    pub fn extra(&self) -> u32 {
        1
    }
}
const _: fn() = || {
    fn __wd_requires_disposable_struct<T: ::wasm_dispose::__private::Disposable>() {}
    __wd_requires_disposable_struct::<Foo>();
};
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[repr(transparent)]
    struct __WasmDispose_FooThis {
        __wd_slot: ::wasm_dispose::__private::Slot<Foo>,
    }
    unsafe impl ::wasm_dispose::__private::SlotView for __WasmDispose_FooThis {
        type Class = Foo;
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_FooThis {
        #[inline]
        fn describe() {
            <<Foo as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_FooThis {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_FooThis;
        #[inline(always)]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_FooThis {
            ::wasm_dispose::__private::view(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for __WasmDispose_FooThis {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Kept<__WasmDispose_FooThis>;
        #[inline]
        unsafe fn long_ref_from_abi(
            js: u32,
        ) -> ::wasm_dispose::__private::Kept<__WasmDispose_FooThis> {
            ::wasm_dispose::__private::kept(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_FooThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_FooThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_FooThis {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_FooFallback: Sized {
        #[cfg(all(not(feature = "a")))]
        fn make<__R>() -> __R {
            loop {}
        }
        #[cfg(all(feature = "a"))]
        fn make<__R>() -> __R {
            loop {}
        }
        #[cfg(all(not(feature = "b"), not(all(feature = "b", unix))))]
        fn name<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(feature = "b", not(all(feature = "b", unix))))]
        fn name<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(not(feature = "b"), all(feature = "b", unix)))]
        fn name<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(feature = "b", all(feature = "b", unix)))]
        fn name<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(not(feature = "a")))]
        #[cfg(feature = "extra")]
        fn extra<__R>(&self) -> __R {
            loop {}
        }
        #[cfg(all(feature = "a"))]
        #[cfg(feature = "extra")]
        fn extra<__R>(&self) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_FooFallback for __WasmDispose_FooThis {}
    #[wasm_bindgen::prelude::wasm_bindgen(js_class = "Foo", wasm_bindgen = wasm_bindgen)]
    impl __WasmDispose_FooThis {
        #[cfg(all(not(feature = "a")))]
        #[inline(never)]
        pub fn make() -> <::wasm_dispose::__private::ReturnMode<
            Foo,
        > as ::wasm_dispose::__private::Mode>::Out<Foo> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            <<::wasm_dispose::__private::ReturnMode<
                Foo,
            > as ::wasm_dispose::__private::Mode>::Out<
                Foo,
            > as ::wasm_dispose::__private::Return<Foo>>::ok(Foo::make())
        }
        #[cfg(all(feature = "a"))]
        #[wasm_bindgen(constructor)]
        #[inline(never)]
        pub fn make() -> <Foo as ::wasm_dispose::__private::Disposable>::Handle {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            ::wasm_dispose::__private::wrap::<Foo>(Foo::make())
        }
        #[cfg(all(not(feature = "b"), not(all(feature = "b", unix))))]
        #[cfg_attr(feature = "b", allow(dead_code))]
        #[inline(never)]
        pub fn name(
            &self,
            #[wasm_bindgen(js_name = "n")]
            count: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<::wasm_dispose::__private::ReturnMode<
                        u32,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u32,
                    > as ::wasm_dispose::__private::Return<u32>>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                u32,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                u32,
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::name(&*__wd_v, count))
        }
        #[cfg(all(feature = "b", not(all(feature = "b", unix))))]
        #[wasm_bindgen(js_name = "otherName")]
        #[cfg_attr(feature = "b", allow(dead_code))]
        #[inline(never)]
        pub fn name(
            &self,
            #[wasm_bindgen(js_name = "n")]
            count: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<::wasm_dispose::__private::ReturnMode<
                        u32,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u32,
                    > as ::wasm_dispose::__private::Return<u32>>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                u32,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                u32,
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::name(&*__wd_v, count))
        }
        #[cfg(all(not(feature = "b"), all(feature = "b", unix)))]
        #[wasm_bindgen(skip_typescript)]
        #[cfg_attr(feature = "b", allow(dead_code))]
        #[inline(never)]
        pub fn name(
            &self,
            #[wasm_bindgen(js_name = "n")]
            count: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<::wasm_dispose::__private::ReturnMode<
                        u32,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u32,
                    > as ::wasm_dispose::__private::Return<u32>>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                u32,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                u32,
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::name(&*__wd_v, count))
        }
        #[cfg(all(feature = "b", all(feature = "b", unix)))]
        #[wasm_bindgen(js_name = "otherName")]
        #[wasm_bindgen(skip_typescript)]
        #[cfg_attr(feature = "b", allow(dead_code))]
        #[inline(never)]
        pub fn name(
            &self,
            #[wasm_bindgen(js_name = "n")]
            count: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<::wasm_dispose::__private::ReturnMode<
                        u32,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u32,
                    > as ::wasm_dispose::__private::Return<u32>>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                u32,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                u32,
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::name(&*__wd_v, count))
        }
        #[cfg(all(not(feature = "a")))]
        #[cfg(feature = "extra")]
        #[inline(never)]
        pub fn extra(
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
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::extra(&*__wd_v))
        }
        #[cfg(all(feature = "a"))]
        #[wasm_bindgen(getter)]
        #[cfg(feature = "extra")]
        #[inline(never)]
        pub fn extra(
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
            > as ::wasm_dispose::__private::Return<u32>>::ok(Foo::extra(&*__wd_v))
        }
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
