#[allow(clippy::new_without_default)]
impl Image {
    /// Makes an image.
    pub fn new(width: u32, height: u32) -> Image {
        todo!()
    }
    pub fn try_new(width: u32) -> Result<Self, JsError> {
        todo!()
    }
    pub fn copy_of(other: &Image, scale: f64) -> Image {
        todo!()
    }
    pub fn width(&self) -> u32 {
        0
    }
    pub fn area(&self) -> u64 {
        0
    }
    pub fn set_width(&mut self, width: u32) {}
    pub fn blur(
        &mut self,
        radius: f32,
        mask: &Mask,
        dst: &mut Canvas,
        palette: Palette,
        fallback: Option<Image>,
    ) {}
    pub fn label(
        &self,
        name: &str,
        bytes: &[u8],
        out: &mut [u8],
        value: &JsValue,
    ) -> String {
        String::new()
    }
    pub fn merge(&self, other: &Self, others: Vec<Image>) -> Result<Self, JsError> {
        todo!()
    }
    pub fn split(self, at: u32) -> Vec<Image> {
        vec![]
    }
    pub fn into_parts(self) -> Option<Self> {
        None
    }
    pub async fn load(&self, source: &Image, url: String) -> Result<u32, JsValue> {
        Ok(1)
    }
    pub async fn wait(&mut self) {}
    pub fn ignore(&self, _: u32, n: u32) {}
    pub fn skipped(&self) {}
    fn private(&self) {}
}
const _: fn() = || {
    fn __wd_requires_disposable_struct<T: ::wasm_dispose::__private::Disposable>() {}
    __wd_requires_disposable_struct::<Image>();
};
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[repr(transparent)]
    struct __WasmDispose_ImageThis {
        __wd_slot: ::wasm_dispose::__private::Slot<Image>,
    }
    unsafe impl ::wasm_dispose::__private::SlotView for __WasmDispose_ImageThis {
        type Class = Image;
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ImageThis {
        #[inline]
        fn describe() {
            <<Image as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ImageThis {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ImageThis;
        #[inline(always)]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ImageThis {
            ::wasm_dispose::__private::view(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for __WasmDispose_ImageThis {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Kept<__WasmDispose_ImageThis>;
        #[inline]
        unsafe fn long_ref_from_abi(
            js: u32,
        ) -> ::wasm_dispose::__private::Kept<__WasmDispose_ImageThis> {
            ::wasm_dispose::__private::kept(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_ImageThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_ImageThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_ImageThis {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ImageFallback: Sized {
        fn new<__A0, __A1, __R>(_: __A0, _: __A1) -> __R {
            loop {}
        }
        fn try_new<__A0, __R>(_: __A0) -> __R {
            loop {}
        }
        fn copy_of<__A0, __A1, __R>(_: __A0, _: __A1) -> __R {
            loop {}
        }
        fn width<__R>(&self) -> __R {
            loop {}
        }
        fn area<__R>(&self) -> __R {
            loop {}
        }
        fn set_width<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        fn blur<__A0, __A1, __A2, __A3, __A4, __R>(
            &self,
            _: __A0,
            _: __A1,
            _: __A2,
            _: __A3,
            _: __A4,
        ) -> __R {
            loop {}
        }
        fn label<__A0, __A1, __A2, __A3, __R>(
            &self,
            _: __A0,
            _: __A1,
            _: __A2,
            _: __A3,
        ) -> __R {
            loop {}
        }
        fn merge<__A0, __A1, __R>(&self, _: __A0, _: __A1) -> __R {
            loop {}
        }
        fn load<__A0, __A1, __R>(&self, _: __A0, _: __A1) -> __R {
            loop {}
        }
        fn wait<__R>(&self) -> __R {
            loop {}
        }
        fn ignore<__A0, __A1, __R>(&self, _: __A0, _: __A1) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ImageFallback for __WasmDispose_ImageThis {}
    #[allow(clippy::new_without_default)]
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Image",
        wasm_bindgen = wasm_bindgen
    )]
    impl __WasmDispose_ImageThis {
        #[cfg_attr(not(doctest), doc = " Makes an image.")]
        #[wasm_bindgen(constructor)]
        #[inline(never)]
        pub fn new(
            width: u32,
            height: u32,
        ) -> <Image as ::wasm_dispose::__private::Disposable>::Handle {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            ::wasm_dispose::__private::wrap::<Image>(Image::new(width, height))
        }
        #[wasm_bindgen(constructor)]
        #[inline(never)]
        pub fn try_new(
            width: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            <Image as ::wasm_dispose::__private::Disposable>::Handle,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<
            <Image as ::wasm_dispose::__private::Disposable>::Handle,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            <<<::wasm_dispose::__private::ReturnMode<
                <Image as ::wasm_dispose::__private::Disposable>::Handle,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Image as ::wasm_dispose::__private::Disposable>::Handle,
            > as ::wasm_dispose::__private::Return<
                <Image as ::wasm_dispose::__private::Disposable>::Handle,
            >>::from_result(
                ::wasm_dispose::__private::Fallible::into_js_result(
                        Image::try_new(width),
                    )
                    .map(::wasm_dispose::__private::wrap::<Image>),
            )
        }
        #[wasm_bindgen(js_name = "copyOf")]
        #[inline(never)]
        pub fn copy_of(
            other: ::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            scale: f64,
        ) -> <<<::wasm_dispose::__private::ReturnMode<
            Image,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<Image> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            if (&::wasm_dispose::__private::Arg(&other)).__wd_refused() {
                return <<<<::wasm_dispose::__private::ReturnMode<
                    Image,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::Out<
                    Image,
                > as ::wasm_dispose::__private::Return<Image>>::pending();
            }
            let other: &Image = &*other;
            <<<<::wasm_dispose::__private::ReturnMode<
                Image,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                Image,
            > as ::wasm_dispose::__private::Return<
                Image,
            >>::ok(Image::copy_of(other, scale))
        }
        #[inline(never)]
        pub fn width(
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
            > as ::wasm_dispose::__private::Return<u32>>::ok(Image::width(&*__wd_v))
        }
        #[wasm_bindgen(getter)]
        #[inline(never)]
        pub fn area(
            &self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            u64,
        > as ::wasm_dispose::__private::Mode>::Out<u64> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<::wasm_dispose::__private::ReturnMode<
                        u64,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        u64,
                    > as ::wasm_dispose::__private::Return<u64>>::pending();
                }
            };
            <<::wasm_dispose::__private::ReturnMode<
                u64,
            > as ::wasm_dispose::__private::Mode>::Out<
                u64,
            > as ::wasm_dispose::__private::Return<u64>>::ok(Image::area(&*__wd_v))
        }
        #[wasm_bindgen(setter)]
        #[inline(never)]
        pub fn set_width(
            &self,
            width: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<
                (),
            >>::ok(Image::set_width(&mut *__wd_v, width))
        }
        #[inline(never)]
        pub fn blur(
            &self,
            radius: f32,
            mask: ::wasm_dispose::__private::ByRef<
                Mask,
                <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            mut dst: ::wasm_dispose::__private::ByMut<
                Canvas,
                <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
            >,
            palette: ::wasm_dispose::__private::ByVal<
                Palette,
                <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
            fallback: ::wasm_dispose::__private::ByVal<
                Option<Image>,
                <Option<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<<<<<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Mask,
                <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByMut<
                Canvas,
                <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Palette,
                <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Option<Image>,
                <Option<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                    (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                    return <<<<<<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Mask,
                            <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByMut<
                            Canvas,
                            <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Palette,
                            <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Option<Image>,
                            <Option<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            if (&::wasm_dispose::__private::Arg(&mask)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                return <<<<<<<::wasm_dispose::__private::ReturnMode<
                    (),
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Mask,
                        <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByMut<
                        Canvas,
                        <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Palette,
                        <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Option<Image>,
                        <Option<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&dst)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                return <<<<<<<::wasm_dispose::__private::ReturnMode<
                    (),
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Mask,
                        <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByMut<
                        Canvas,
                        <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Palette,
                        <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Option<Image>,
                        <Option<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&palette)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                return <<<<<<<::wasm_dispose::__private::ReturnMode<
                    (),
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Mask,
                        <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByMut<
                        Canvas,
                        <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Palette,
                        <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Option<Image>,
                        <Option<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&fallback)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                return <<<<<<<::wasm_dispose::__private::ReturnMode<
                    (),
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Mask,
                        <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByMut<
                        Canvas,
                        <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Palette,
                        <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Option<Image>,
                        <Option<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    (),
                > as ::wasm_dispose::__private::Return<()>>::pending();
            }
            let mask: &Mask = &*mask;
            let dst: &mut Canvas = &mut *dst;
            let palette: Palette = match ::wasm_dispose::__private::finish::<
                Palette,
                <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&palette) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                    (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                    return <<<<<<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Mask,
                            <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByMut<
                            Canvas,
                            <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Palette,
                            <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Option<Image>,
                            <Option<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            let fallback: Option<Image> = match ::wasm_dispose::__private::finish::<
                Option<Image>,
                <Option<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&fallback) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&palette)).__wd_abandon();
                    (&::wasm_dispose::__private::Arg(&fallback)).__wd_abandon();
                    return <<<<<<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Mask,
                            <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByMut<
                            Canvas,
                            <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Palette,
                            <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Option<Image>,
                            <Option<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            <<<<<<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Mask,
                    <Mask as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByMut<
                    Canvas,
                    <Canvas as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Palette,
                    <Palette as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Option<Image>,
                    <Option<
                        Image,
                    > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<
                (),
            >>::ok(Image::blur(&mut *__wd_v, radius, mask, dst, palette, fallback))
        }
        #[inline(never)]
        pub fn label(
            &self,
            name: ::wasm_dispose::__private::ByRef<
                str,
                <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            bytes: ::wasm_dispose::__private::ByRef<
                [u8],
                <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            mut out: ::wasm_dispose::__private::ByMut<
                [u8],
                <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
            >,
            value: ::wasm_dispose::__private::ByRef<
                JsValue,
                <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
        ) -> <<<<<::wasm_dispose::__private::ReturnMode<
            String,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                str,
                <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                [u8],
                <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Boxed,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                JsValue,
                <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<String> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<<<<::wasm_dispose::__private::ReturnMode<
                        String,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            str,
                            <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            [u8],
                            <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Boxed,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            JsValue,
                            <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        String,
                    > as ::wasm_dispose::__private::Return<String>>::pending();
                }
            };
            if (&::wasm_dispose::__private::Arg(&name)).__wd_refused() {
                return <<<<<<::wasm_dispose::__private::ReturnMode<
                    String,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        str,
                        <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        [u8],
                        <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Boxed,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        JsValue,
                        <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    String,
                > as ::wasm_dispose::__private::Return<String>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&bytes)).__wd_refused() {
                return <<<<<<::wasm_dispose::__private::ReturnMode<
                    String,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        str,
                        <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        [u8],
                        <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Boxed,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        JsValue,
                        <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    String,
                > as ::wasm_dispose::__private::Return<String>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&out)).__wd_refused() {
                return <<<<<<::wasm_dispose::__private::ReturnMode<
                    String,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        str,
                        <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        [u8],
                        <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Boxed,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        JsValue,
                        <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    String,
                > as ::wasm_dispose::__private::Return<String>>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&value)).__wd_refused() {
                return <<<<<<::wasm_dispose::__private::ReturnMode<
                    String,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        str,
                        <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        [u8],
                        <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Boxed,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        JsValue,
                        <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    String,
                > as ::wasm_dispose::__private::Return<String>>::pending();
            }
            let name: &str = &*name;
            let bytes: &[u8] = &*bytes;
            let out: &mut [u8] = &mut *out;
            let value: &JsValue = &*value;
            <<<<<<::wasm_dispose::__private::ReturnMode<
                String,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    str,
                    <str as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    [u8],
                    <[u8] as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Boxed,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    JsValue,
                    <JsValue as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                String,
            > as ::wasm_dispose::__private::Return<
                String,
            >>::ok(Image::label(&*__wd_v, name, bytes, out, value))
        }
        #[inline(never)]
        pub fn merge(
            &self,
            other: ::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            others: ::wasm_dispose::__private::ByVal<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<<::wasm_dispose::__private::ReturnMode<
            <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<
            <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&others)).__wd_abandon();
                    return <<<<::wasm_dispose::__private::ReturnMode<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Image,
                            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Vec<Image>,
                            <Vec<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Return<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    >>::pending();
                }
            };
            if (&::wasm_dispose::__private::Arg(&other)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&others)).__wd_abandon();
                return <<<<::wasm_dispose::__private::ReturnMode<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Vec<Image>,
                        <Vec<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Return<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&others)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&others)).__wd_abandon();
                return <<<<::wasm_dispose::__private::ReturnMode<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Vec<Image>,
                        <Vec<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Return<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
            let other: &Image = &*other;
            let others: Vec<Image> = match ::wasm_dispose::__private::finish::<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&others) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&others)).__wd_abandon();
                    return <<<<::wasm_dispose::__private::ReturnMode<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Image,
                            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Vec<Image>,
                            <Vec<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Return<
                        <Result<
                            Image,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    >>::pending();
                }
            };
            <<<<::wasm_dispose::__private::ReturnMode<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Vec<Image>,
                    <Vec<
                        Image,
                    > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Return<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            >>::from_result(Image::merge(&*__wd_v, other, others))
        }
        #[allow(clippy::future_not_send)]
        pub async fn load(
            &self,
            source: ::wasm_dispose::__private::ByLong<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi>::Anchor,
            >,
            url: ::wasm_dispose::__private::ByVal<
                String,
                <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> ::wasm_dispose::__private::core::result::Result<
            <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
            ::wasm_dispose::__private::wasm_bindgen::JsValue,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&url)).__wd_abandon();
                    return <::wasm_dispose::__private::core::result::Result<
                        <Result<
                            u32,
                            JsValue,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                        ::wasm_dispose::__private::wasm_bindgen::JsValue,
                    > as ::wasm_dispose::__private::Return<
                        <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                    >>::pending();
                }
            };
            if (&::wasm_dispose::__private::Arg(&source)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&url)).__wd_abandon();
                return <::wasm_dispose::__private::core::result::Result<
                    <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                    ::wasm_dispose::__private::wasm_bindgen::JsValue,
                > as ::wasm_dispose::__private::Return<
                    <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&url)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&url)).__wd_abandon();
                return <::wasm_dispose::__private::core::result::Result<
                    <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                    ::wasm_dispose::__private::wasm_bindgen::JsValue,
                > as ::wasm_dispose::__private::Return<
                    <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
            let source: &Image = &*source;
            let url: String = match ::wasm_dispose::__private::finish::<
                String,
                <String as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&url) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&url)).__wd_abandon();
                    return <::wasm_dispose::__private::core::result::Result<
                        <Result<
                            u32,
                            JsValue,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                        ::wasm_dispose::__private::wasm_bindgen::JsValue,
                    > as ::wasm_dispose::__private::Return<
                        <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                    >>::pending();
                }
            };
            <::wasm_dispose::__private::core::result::Result<
                <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
                ::wasm_dispose::__private::wasm_bindgen::JsValue,
            > as ::wasm_dispose::__private::Return<
                <Result<u32, JsValue> as ::wasm_dispose::__private::Fallible>::Ok,
            >>::from_result(Image::load(&*__wd_v, source, url).await)
        }
        #[allow(clippy::future_not_send)]
        pub async fn wait(
            &self,
        ) -> ::wasm_dispose::__private::core::result::Result<
            (),
            ::wasm_dispose::__private::wasm_bindgen::JsValue,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <::wasm_dispose::__private::core::result::Result<
                        (),
                        ::wasm_dispose::__private::wasm_bindgen::JsValue,
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            <::wasm_dispose::__private::core::result::Result<
                (),
                ::wasm_dispose::__private::wasm_bindgen::JsValue,
            > as ::wasm_dispose::__private::Return<
                (),
            >>::ok(Image::wait(&mut *__wd_v).await)
        }
        #[inline(never)]
        pub fn ignore(
            &self,
            #[wasm_bindgen(js_name = "arg0")]
            __wd_arg0: u32,
            #[wasm_bindgen(js_name = amount, unchecked_param_type = "1 | 2")]
            n: u32,
        ) -> <<<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_v = match self.__wd_slot.enter() {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    return <<<<::wasm_dispose::__private::ReturnMode<
                        (),
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::And<
                        ::wasm_dispose::__private::Direct,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        (),
                    > as ::wasm_dispose::__private::Return<()>>::pending();
                }
            };
            <<<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<
                (),
            >>::ok(Image::ignore(&*__wd_v, __wd_arg0, n))
        }
    }
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    struct __WasmDispose_ImageOwned(u32);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ImageOwned {
        #[inline]
        fn describe() {
            <<Image as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi
    for __WasmDispose_ImageOwned {
        type Abi = u32;
        #[inline(always)]
        unsafe fn from_abi(js: u32) -> Self {
            __WasmDispose_ImageOwned(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_ImageOwned {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_ImageOwned {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_ImageOwned {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ImageOwnedFallback: Sized {
        fn split<__A0, __R>(self, _: __A0) -> __R {
            loop {}
        }
        fn into_parts<__R>(self) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ImageOwnedFallback for __WasmDispose_ImageOwned {}
    #[allow(clippy::new_without_default)]
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Image",
        wasm_bindgen = wasm_bindgen
    )]
    impl __WasmDispose_ImageOwned {
        #[inline(never)]
        pub fn split(
            self,
            at: u32,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            Vec<Image>,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<Vec<Image>> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_slot = unsafe {
                ::wasm_dispose::__private::owned_slot::<Image>(self.0)
            };
            if !__wd_slot.may_take() {
                return <<<::wasm_dispose::__private::ReturnMode<
                    Vec<Image>,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::Out<
                    Vec<Image>,
                > as ::wasm_dispose::__private::Return<Vec<Image>>>::pending();
            }
            let __wd_v = match __wd_slot.take() {
                ::wasm_dispose::__private::core::result::Result::Ok(v) => v,
                ::wasm_dispose::__private::core::result::Result::Err(e) => {
                    ::wasm_dispose::__private::set_pending(e);
                    {
                        return <<<::wasm_dispose::__private::ReturnMode<
                            Vec<Image>,
                        > as ::wasm_dispose::__private::Mode>::And<
                            ::wasm_dispose::__private::Direct,
                        > as ::wasm_dispose::__private::Mode>::Out<
                            Vec<Image>,
                        > as ::wasm_dispose::__private::Return<Vec<Image>>>::pending();
                    }
                }
            };
            ::wasm_dispose::__private::moved::<Image>(self.0);
            <<<::wasm_dispose::__private::ReturnMode<
                Vec<Image>,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                Vec<Image>,
            > as ::wasm_dispose::__private::Return<
                Vec<Image>,
            >>::ok(Image::split(__wd_v, at))
        }
        #[allow(clippy::wrong_self_convention)]
        #[inline(never)]
        pub fn into_parts(
            self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            Option<Image>,
        > as ::wasm_dispose::__private::Mode>::Out<Option<Image>> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_slot = unsafe {
                ::wasm_dispose::__private::owned_slot::<Image>(self.0)
            };
            if !__wd_slot.may_take() {
                return <<::wasm_dispose::__private::ReturnMode<
                    Option<Image>,
                > as ::wasm_dispose::__private::Mode>::Out<
                    Option<Image>,
                > as ::wasm_dispose::__private::Return<Option<Image>>>::pending();
            }
            let __wd_v = match __wd_slot.take() {
                ::wasm_dispose::__private::core::result::Result::Ok(v) => v,
                ::wasm_dispose::__private::core::result::Result::Err(e) => {
                    ::wasm_dispose::__private::set_pending(e);
                    {
                        return <<::wasm_dispose::__private::ReturnMode<
                            Option<Image>,
                        > as ::wasm_dispose::__private::Mode>::Out<
                            Option<Image>,
                        > as ::wasm_dispose::__private::Return<
                            Option<Image>,
                        >>::pending();
                    }
                }
            };
            ::wasm_dispose::__private::moved::<Image>(self.0);
            <<::wasm_dispose::__private::ReturnMode<
                Option<Image>,
            > as ::wasm_dispose::__private::Mode>::Out<
                Option<Image>,
            > as ::wasm_dispose::__private::Return<
                Option<Image>,
            >>::ok(Image::into_parts(__wd_v))
        }
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
impl super::images::Image {
    #[allow(non_snake_case)]
    pub fn toJSON(self) -> JsValue {
        JsValue::NULL
    }
}
const _: fn() = || {
    fn __wd_requires_disposable_struct<T: ::wasm_dispose::__private::Disposable>() {}
    __wd_requires_disposable_struct::<super::images::Image>();
};
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[repr(transparent)]
    struct __WasmDispose_ImageThis {
        __wd_slot: ::wasm_dispose::__private::Slot<super::images::Image>,
    }
    unsafe impl ::wasm_dispose::__private::SlotView for __WasmDispose_ImageThis {
        type Class = super::images::Image;
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ImageThis {
        #[inline]
        fn describe() {
            <<super::images::Image as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ImageThis {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ImageThis;
        #[inline(always)]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ImageThis {
            ::wasm_dispose::__private::view(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for __WasmDispose_ImageThis {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Kept<__WasmDispose_ImageThis>;
        #[inline]
        unsafe fn long_ref_from_abi(
            js: u32,
        ) -> ::wasm_dispose::__private::Kept<__WasmDispose_ImageThis> {
            ::wasm_dispose::__private::kept(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_ImageThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_ImageThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_ImageThis {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ImageFallback: Sized {}
    impl __WasmDispose_ImageFallback for __WasmDispose_ImageThis {}
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Img",
        wasm_bindgen = wasm_bindgen,
        js_namespace = geo
    )]
    impl __WasmDispose_ImageThis {}
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    struct __WasmDispose_ImageOwned(u32);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ImageOwned {
        #[inline]
        fn describe() {
            <<super::images::Image as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi
    for __WasmDispose_ImageOwned {
        type Abi = u32;
        #[inline(always)]
        unsafe fn from_abi(js: u32) -> Self {
            __WasmDispose_ImageOwned(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_ImageOwned {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_ImageOwned {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_ImageOwned {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ImageOwnedFallback: Sized {
        fn toJSON<__R>(self) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ImageOwnedFallback for __WasmDispose_ImageOwned {}
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Img",
        wasm_bindgen = wasm_bindgen,
        js_namespace = geo
    )]
    impl __WasmDispose_ImageOwned {
        #[allow(non_snake_case)]
        #[allow(non_snake_case)]
        #[inline(never)]
        pub fn toJSON(
            self,
        ) -> <::wasm_dispose::__private::ReturnMode<
            JsValue,
        > as ::wasm_dispose::__private::Mode>::Out<JsValue> {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            let __wd_slot = unsafe {
                ::wasm_dispose::__private::owned_slot::<super::images::Image>(self.0)
            };
            if !__wd_slot.may_take() {
                return <<::wasm_dispose::__private::ReturnMode<
                    JsValue,
                > as ::wasm_dispose::__private::Mode>::Out<
                    JsValue,
                > as ::wasm_dispose::__private::Return<JsValue>>::pending();
            }
            let __wd_v = match __wd_slot.take() {
                ::wasm_dispose::__private::core::result::Result::Ok(v) => v,
                ::wasm_dispose::__private::core::result::Result::Err(e) => {
                    ::wasm_dispose::__private::set_pending(e);
                    {
                        return <<::wasm_dispose::__private::ReturnMode<
                            JsValue,
                        > as ::wasm_dispose::__private::Mode>::Out<
                            JsValue,
                        > as ::wasm_dispose::__private::Return<JsValue>>::pending();
                    }
                }
            };
            ::wasm_dispose::__private::moved::<super::images::Image>(self.0);
            <<::wasm_dispose::__private::ReturnMode<
                JsValue,
            > as ::wasm_dispose::__private::Mode>::Out<
                JsValue,
            > as ::wasm_dispose::__private::Return<
                JsValue,
            >>::ok(super::images::Image::toJSON(__wd_v))
        }
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
impl Canvas {
    pub fn new(image: &Image, images: Vec<Image>) -> Canvas {
        todo!()
    }
    pub fn from_image(image: Image) -> Result<Canvas, JsError> {
        todo!()
    }
}
const _: fn() = || {
    fn __wd_requires_disposable_struct<T: ::wasm_dispose::__private::Disposable>() {}
    __wd_requires_disposable_struct::<Canvas>();
};
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    #[repr(transparent)]
    struct __WasmDispose_CanvasThis {
        __wd_slot: ::wasm_dispose::__private::Slot<Canvas>,
    }
    unsafe impl ::wasm_dispose::__private::SlotView for __WasmDispose_CanvasThis {
        type Class = Canvas;
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_CanvasThis {
        #[inline]
        fn describe() {
            <<Canvas as ::wasm_dispose::__private::Disposable>::Handle as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_CanvasThis {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_CanvasThis;
        #[inline(always)]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_CanvasThis {
            ::wasm_dispose::__private::view(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for __WasmDispose_CanvasThis {
        type Abi = u32;
        type Anchor = ::wasm_dispose::__private::Kept<__WasmDispose_CanvasThis>;
        #[inline]
        unsafe fn long_ref_from_abi(
            js: u32,
        ) -> ::wasm_dispose::__private::Kept<__WasmDispose_CanvasThis> {
            ::wasm_dispose::__private::kept(js)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsConstructor
    for __WasmDispose_CanvasThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsInstanceProperty
    for __WasmDispose_CanvasThis {}
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::__rt::marker::SupportsStaticProperty
    for __WasmDispose_CanvasThis {}
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_CanvasFallback: Sized {
        fn new<__A0, __A1, __R>(_: __A0, _: __A1) -> __R {
            loop {}
        }
        fn from_image<__A0, __R>(_: __A0) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_CanvasFallback for __WasmDispose_CanvasThis {}
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_class = "Canvas",
        wasm_bindgen = wasm_bindgen
    )]
    impl __WasmDispose_CanvasThis {
        #[wasm_bindgen(constructor)]
        #[inline(never)]
        pub fn new(
            image: ::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            >,
            images: ::wasm_dispose::__private::ByVal<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<<::wasm_dispose::__private::ReturnMode<
            <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<
            <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            if (&::wasm_dispose::__private::Arg(&image)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&images)).__wd_abandon();
                return <<<<::wasm_dispose::__private::ReturnMode<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Vec<Image>,
                        <Vec<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                > as ::wasm_dispose::__private::Return<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                >>::pending();
            }
            if (&::wasm_dispose::__private::Arg(&images)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&images)).__wd_abandon();
                return <<<<::wasm_dispose::__private::ReturnMode<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Vec<Image>,
                        <Vec<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                > as ::wasm_dispose::__private::Return<
                    <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                >>::pending();
            }
            let image: &Image = &*image;
            let images: Vec<Image> = match ::wasm_dispose::__private::finish::<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&images) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&images)).__wd_abandon();
                    return <<<<::wasm_dispose::__private::ReturnMode<
                        <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByRef<
                            Image,
                            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Vec<Image>,
                            <Vec<
                                Image,
                            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                    > as ::wasm_dispose::__private::Return<
                        <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
                    >>::pending();
                }
            };
            <<<<::wasm_dispose::__private::ReturnMode<
                <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Vec<Image>,
                    <Vec<
                        Image,
                    > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
            > as ::wasm_dispose::__private::Return<
                <Canvas as ::wasm_dispose::__private::Disposable>::Handle,
            >>::ok(::wasm_dispose::__private::wrap::<Canvas>(Canvas::new(image, images)))
        }
        #[allow(clippy::wrong_self_convention)]
        #[wasm_bindgen(js_name = "fromImage")]
        #[inline(never)]
        pub fn from_image(
            image: ::wasm_dispose::__private::ByVal<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<::wasm_dispose::__private::ReturnMode<
            <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<
            <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > {
            #[allow(unused_imports)]
            use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
            if (&::wasm_dispose::__private::Arg(&image)).__wd_refused() {
                (&::wasm_dispose::__private::Arg(&image)).__wd_abandon();
                return <<<::wasm_dispose::__private::ReturnMode<
                    <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Return<
                    <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
            let image: Image = match ::wasm_dispose::__private::finish::<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&image) {
                ::wasm_dispose::__private::core::option::Option::Some(v) => v,
                ::wasm_dispose::__private::core::option::Option::None => {
                    (&::wasm_dispose::__private::Arg(&image)).__wd_abandon();
                    return <<<::wasm_dispose::__private::ReturnMode<
                        <Result<
                            Canvas,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Mode>::And<
                        <::wasm_dispose::__private::ByVal<
                            Image,
                            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as ::wasm_dispose::__private::Crossing>::Mode,
                    > as ::wasm_dispose::__private::Mode>::Out<
                        <Result<
                            Canvas,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    > as ::wasm_dispose::__private::Return<
                        <Result<
                            Canvas,
                            JsError,
                        > as ::wasm_dispose::__private::Fallible>::Ok,
                    >>::pending();
                }
            };
            <<<::wasm_dispose::__private::ReturnMode<
                <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Return<
                <Result<Canvas, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            >>::from_result(Canvas::from_image(image))
        }
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
