/// An image in memory.
#[cfg(not(feature = "headless"))]
#[derive(Default)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    pub height: u32,
    pub name: String,
    pub cache: Vec<u8>,
    pub r#type: u8,
    pixels: Vec<u8>,
}
#[cfg_attr(not(doctest), doc = " An image in memory.")]
#[cfg(not(feature = "headless"))]
#[::wasm_dispose::__private::wasm_bindgen_attr(
    js_name = "Img",
    wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen,
    inspectable,
    js_namespace = geo
)]
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub struct __WasmDispose_Image {
    __wd_slot: ::wasm_dispose::__private::Slot<Image>,
}
#[cfg(not(feature = "headless"))]
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_ImageRef {
    __wd_slot: ::wasm_dispose::__private::Slot<Image>,
}
#[cfg(not(feature = "headless"))]
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ImageRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ImageRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ImageRef {
            match ::wasm_dispose::__private::slot_at::<Image>(js) {
                ::wasm_dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const ::wasm_dispose::__private::Slot<Image>
                        as *const __WasmDispose_ImageRef)
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
    for __WasmDispose_ImageRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Image as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_ImageRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_ImageRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_ImageRef {}
};
#[cfg(not(feature = "headless"))]
#[automatically_derived]
impl ::wasm_dispose::__private::Disposable for Image {
    const CLASS: &'static str = "Img";
    const IS_ASYNC: bool = false;
    const INSPECTABLE: bool = true;
    const FIELDS: &'static [&'static str] = &["width", "height", "label", "type"];
    type Handle = __WasmDispose_Image;
    const __SLOT_IN_HANDLE: usize = ::wasm_dispose::__private::core::mem::offset_of!(
        __WasmDispose_Image, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Image) -> &::wasm_dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    #[inline]
    fn __handle(slot: ::wasm_dispose::__private::Slot<Self>) -> __WasmDispose_Image {
        __WasmDispose_Image {
            __wd_slot: slot,
        }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<::wasm_dispose::__private::Class> {
        ::wasm_dispose::__private::thread_local! {
            static CLASS : ::wasm_dispose::__private::Class = const {
            ::wasm_dispose::__private::Class::new("Img") };
        }
        &CLASS
    }
}
#[cfg(not(feature = "headless"))]
const _: () = {
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe for Image {
        #[inline]
        fn describe() {
            <__WasmDispose_Image as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector
    for Image {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Image as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Image {
        type Abi = <__WasmDispose_Image as ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                ::wasm_dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi for Image {
        #[inline]
        fn none() -> Self::Abi {
            ::wasm_dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi for Image {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi for Image {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            ::wasm_dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Image {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi for Image {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi for Image {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi for Image {
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
    ::wasm_dispose::__private::try_from_js_value!(Image);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi for Image {
        type Abi = <__WasmDispose_Image as ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: ::wasm_dispose::__private::Box<[Self]>) -> Self::Abi {
            ::wasm_dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::core::convert::From<Image>
    for ::wasm_dispose::__private::JsValue {
        #[inline]
        fn from(value: Image) -> Self {
            ::wasm_dispose::__private::JsValue::from(
                ::wasm_dispose::__private::wrap(value),
            )
        }
    }
};
#[cfg(not(feature = "headless"))]
::wasm_dispose::__private::without_snippet! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Img", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen, js_namespace = geo)] impl
    __WasmDispose_ImageRef { #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn
    __wd_free(& self) { ::wasm_dispose::__private::free(& self.__wd_slot) } }
}
#[cfg(not(feature = "headless"))]
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ImagePropertyFallback: Sized {
        fn __wd_get_width<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_width<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        fn __wd_get_height<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_get_label<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_label<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        fn __wd_get_type<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_type<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ImagePropertyFallback for __WasmDispose_ImageRef {}
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        js_class = "Img",
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen,
        js_namespace = geo
    )]
    impl __WasmDispose_ImageRef {
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
        #[cfg_attr(not(doctest), doc = " Width in pixels.")]
        #[wasm_bindgen(getter = "width")]
        #[inline(never)]
        pub fn __wd_get_width(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
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
            > as ::wasm_dispose::__private::Return<
                u32,
            >>::ok({
                fn assert_copy<T: ::core::marker::Copy>() {}
                assert_copy::<u32>();
                __wd_v.width
            })
        }
        #[wasm_bindgen(setter = "width")]
        #[inline(never)]
        pub fn __wd_set_width(
            &self,
            value: ::wasm_dispose::__private::ByVal<
                u32,
                <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                u32,
                <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                            u32,
                            <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                        u32,
                        <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let value: u32 = match ::wasm_dispose::__private::finish::<
                u32,
                <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            u32,
                            <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.width = value;
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    u32,
                    <u32 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::ok(())
        }
        #[wasm_bindgen(getter = "height")]
        #[inline(never)]
        pub fn __wd_get_height(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            u32,
        > as ::wasm_dispose::__private::Mode>::Out<u32> {
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
            > as ::wasm_dispose::__private::Return<
                u32,
            >>::ok({
                fn assert_copy<T: ::core::marker::Copy>() {}
                assert_copy::<u32>();
                __wd_v.height
            })
        }
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(getter = "label")]
        #[inline(never)]
        pub fn __wd_get_label(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            String,
        > as ::wasm_dispose::__private::Mode>::Out<String> {
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        String,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        String,
                    > as ::wasm_dispose::__private::Return<String>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                String,
            > as ::wasm_dispose::__private::Mode>::Out<
                String,
            > as ::wasm_dispose::__private::Return<
                String,
            >>::ok(::wasm_dispose::__private::core::clone::Clone::clone(&__wd_v.name))
        }
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(setter = "label")]
        #[inline(never)]
        pub fn __wd_set_label(
            &self,
            value: ::wasm_dispose::__private::ByVal<
                String,
                <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                String,
                <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                            String,
                            <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                        String,
                        <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let value: String = match ::wasm_dispose::__private::finish::<
                String,
                <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            String,
                            <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.name = value;
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    String,
                    <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::ok(())
        }
        #[wasm_bindgen(getter = "type")]
        #[inline(never)]
        pub fn __wd_get_type(
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
                __wd_v.r#type
            })
        }
        #[wasm_bindgen(setter = "type")]
        #[inline(never)]
        pub fn __wd_set_type(
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
            __wd_v.r#type = value;
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
#[cfg(not(feature = "headless"))]
#[cfg(not(feature = "headless"))]
const _: () = {
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        typescript_custom_section,
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    const TS: &'static str = "declare interface geo__Img extends Disposable {\n  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n}\n";
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
pub struct Point(pub f64, pub f64, u32);
#[::wasm_dispose::__private::wasm_bindgen_attr(
    js_name = "Point",
    wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
)]
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub struct __WasmDispose_Point {
    __wd_slot: ::wasm_dispose::__private::Slot<Point>,
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_PointRef {
    __wd_slot: ::wasm_dispose::__private::Slot<Point>,
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_PointRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_PointRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_PointRef {
            match ::wasm_dispose::__private::slot_at::<Point>(js) {
                ::wasm_dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const ::wasm_dispose::__private::Slot<Point>
                        as *const __WasmDispose_PointRef)
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
    for __WasmDispose_PointRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Point as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_PointRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_PointRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_PointRef {}
};
#[automatically_derived]
impl ::wasm_dispose::__private::Disposable for Point {
    const CLASS: &'static str = "Point";
    const IS_ASYNC: bool = false;
    const INSPECTABLE: bool = false;
    const FIELDS: &'static [&'static str] = &["0", "1"];
    type Handle = __WasmDispose_Point;
    const __SLOT_IN_HANDLE: usize = ::wasm_dispose::__private::core::mem::offset_of!(
        __WasmDispose_Point, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Point) -> &::wasm_dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    #[inline]
    fn __handle(slot: ::wasm_dispose::__private::Slot<Self>) -> __WasmDispose_Point {
        __WasmDispose_Point {
            __wd_slot: slot,
        }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<::wasm_dispose::__private::Class> {
        ::wasm_dispose::__private::thread_local! {
            static CLASS : ::wasm_dispose::__private::Class = const {
            ::wasm_dispose::__private::Class::new("Point") };
        }
        &CLASS
    }
}
const _: () = {
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe for Point {
        #[inline]
        fn describe() {
            <__WasmDispose_Point as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector
    for Point {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Point as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Point {
        type Abi = <__WasmDispose_Point as ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                ::wasm_dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi for Point {
        #[inline]
        fn none() -> Self::Abi {
            ::wasm_dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi for Point {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi for Point {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            ::wasm_dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Point {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi for Point {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi for Point {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi for Point {
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
    ::wasm_dispose::__private::try_from_js_value!(Point);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi for Point {
        type Abi = <__WasmDispose_Point as ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: ::wasm_dispose::__private::Box<[Self]>) -> Self::Abi {
            ::wasm_dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::core::convert::From<Point>
    for ::wasm_dispose::__private::JsValue {
        #[inline]
        fn from(value: Point) -> Self {
            ::wasm_dispose::__private::JsValue::from(
                ::wasm_dispose::__private::wrap(value),
            )
        }
    }
};
::wasm_dispose::__private::without_snippet! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Point", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen)] impl __WasmDispose_PointRef {
    #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn __wd_free(& self) {
    ::wasm_dispose::__private::free(& self.__wd_slot) } }
}
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_PointPropertyFallback: Sized {
        fn __wd_get_0<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_0<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        fn __wd_get_1<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_1<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_PointPropertyFallback for __WasmDispose_PointRef {}
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        js_class = "Point",
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    impl __WasmDispose_PointRef {
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
        #[wasm_bindgen(getter = "0")]
        #[inline(never)]
        pub fn __wd_get_0(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            f64,
        > as ::wasm_dispose::__private::Mode>::Out<f64> {
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        f64,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        f64,
                    > as ::wasm_dispose::__private::Return<f64>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                f64,
            > as ::wasm_dispose::__private::Mode>::Out<
                f64,
            > as ::wasm_dispose::__private::Return<
                f64,
            >>::ok({
                fn assert_copy<T: ::core::marker::Copy>() {}
                assert_copy::<f64>();
                __wd_v.0
            })
        }
        #[wasm_bindgen(setter = "0")]
        #[inline(never)]
        pub fn __wd_set_0(
            &self,
            value: ::wasm_dispose::__private::ByVal<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                            f64,
                            <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                        f64,
                        <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let value: f64 = match ::wasm_dispose::__private::finish::<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            f64,
                            <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.0 = value;
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    f64,
                    <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::ok(())
        }
        #[wasm_bindgen(getter = "1")]
        #[inline(never)]
        pub fn __wd_get_1(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            f64,
        > as ::wasm_dispose::__private::Mode>::Out<f64> {
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        f64,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        f64,
                    > as ::wasm_dispose::__private::Return<f64>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                f64,
            > as ::wasm_dispose::__private::Mode>::Out<
                f64,
            > as ::wasm_dispose::__private::Return<
                f64,
            >>::ok({
                fn assert_copy<T: ::core::marker::Copy>() {}
                assert_copy::<f64>();
                __wd_v.1
            })
        }
        #[wasm_bindgen(setter = "1")]
        #[inline(never)]
        pub fn __wd_set_1(
            &self,
            value: ::wasm_dispose::__private::ByVal<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                            f64,
                            <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
                        f64,
                        <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let value: f64 = match ::wasm_dispose::__private::finish::<
                f64,
                <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            f64,
                            <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.1 = value;
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    f64,
                    <f64 as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
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
    const TS: &'static str = "export interface Point extends Disposable {\n  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n}\n";
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
