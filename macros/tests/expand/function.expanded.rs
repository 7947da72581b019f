pub fn merge(a: &Image, b: Image, n: u32) -> Result<Image, JsError> {
    todo!()
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_name = "merge",
        wasm_bindgen = wasm_bindgen
    )]
    #[doc(hidden)]
    #[inline(never)]
    pub fn __wd_fn_merge(
        a: ::wasm_dispose::__private::ByRef<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
        >,
        b: ::wasm_dispose::__private::ByVal<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        >,
        n: u32,
    ) -> <<<<::wasm_dispose::__private::ReturnMode<
        <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByRef<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByVal<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::And<
        ::wasm_dispose::__private::Direct,
    > as ::wasm_dispose::__private::Mode>::Out<
        <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
    > {
        #[allow(unused_imports)]
        use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
        if (&::wasm_dispose::__private::Arg(&a)).__wd_refused() {
            (&::wasm_dispose::__private::Arg(&b)).__wd_abandon();
            return <<<<<::wasm_dispose::__private::ReturnMode<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Return<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            >>::pending();
        }
        if (&::wasm_dispose::__private::Arg(&b)).__wd_refused() {
            (&::wasm_dispose::__private::Arg(&b)).__wd_abandon();
            return <<<<<::wasm_dispose::__private::ReturnMode<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            > as ::wasm_dispose::__private::Return<
                <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
            >>::pending();
        }
        let a: &Image = &*a;
        let b: Image = match ::wasm_dispose::__private::finish::<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        >(&b) {
            ::wasm_dispose::__private::core::option::Option::Some(v) => v,
            ::wasm_dispose::__private::core::option::Option::None => {
                (&::wasm_dispose::__private::Arg(&b)).__wd_abandon();
                return <<<<<::wasm_dispose::__private::ReturnMode<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByRef<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    ::wasm_dispose::__private::Direct,
                > as ::wasm_dispose::__private::Mode>::Out<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                > as ::wasm_dispose::__private::Return<
                    <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
                >>::pending();
            }
        };
        <<<<<::wasm_dispose::__private::ReturnMode<
            <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<
            <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        > as ::wasm_dispose::__private::Return<
            <Result<Image, JsError> as ::wasm_dispose::__private::Fallible>::Ok,
        >>::from_result(merge(a, b, n))
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
pub fn merge_all(images: Vec<Image>, target: &mut Image) -> usize {
    0
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_name = "mergeAll",
        js_namespace = geo,
        wasm_bindgen = wasm_bindgen
    )]
    #[doc(hidden)]
    #[inline(never)]
    pub fn __wd_fn_merge_all(
        images: ::wasm_dispose::__private::ByVal<
            Vec<Image>,
            <Vec<
                Image,
            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        >,
        mut target: ::wasm_dispose::__private::ByMut<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
        >,
    ) -> <<<::wasm_dispose::__private::ReturnMode<
        usize,
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByVal<
            Vec<Image>,
            <Vec<
                Image,
            > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByMut<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::Out<usize> {
        #[allow(unused_imports)]
        use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
        if (&::wasm_dispose::__private::Arg(&images)).__wd_refused() {
            (&::wasm_dispose::__private::Arg(&images)).__wd_abandon();
            return <<<<::wasm_dispose::__private::ReturnMode<
                usize,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Vec<Image>,
                    <Vec<
                        Image,
                    > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByMut<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                usize,
            > as ::wasm_dispose::__private::Return<usize>>::pending();
        }
        if (&::wasm_dispose::__private::Arg(&target)).__wd_refused() {
            (&::wasm_dispose::__private::Arg(&images)).__wd_abandon();
            return <<<<::wasm_dispose::__private::ReturnMode<
                usize,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByVal<
                    Vec<Image>,
                    <Vec<
                        Image,
                    > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByMut<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::Out<
                usize,
            > as ::wasm_dispose::__private::Return<usize>>::pending();
        }
        let target: &mut Image = &mut *target;
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
                    usize,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByVal<
                        Vec<Image>,
                        <Vec<
                            Image,
                        > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::And<
                    <::wasm_dispose::__private::ByMut<
                        Image,
                        <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                    > as ::wasm_dispose::__private::Crossing>::Mode,
                > as ::wasm_dispose::__private::Mode>::Out<
                    usize,
                > as ::wasm_dispose::__private::Return<usize>>::pending();
            }
        };
        <<<<::wasm_dispose::__private::ReturnMode<
            usize,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByVal<
                Vec<Image>,
                <Vec<
                    Image,
                > as ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByMut<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::Out<
            usize,
        > as ::wasm_dispose::__private::Return<usize>>::ok(merge_all(images, target))
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
pub async fn settle(conn: &Connection, _: Option<Connection>) {}
const _: () = {
    use my::dispose::__private::wasm_bindgen;
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_name = "settle",
        wasm_bindgen = wasm_bindgen
    )]
    #[doc(hidden)]
    #[allow(clippy::future_not_send)]
    pub async fn __wd_fn_settle(
        conn: my::dispose::__private::ByLong<
            Connection,
            <Connection as my::dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi>::Anchor,
        >,
        #[wasm_bindgen(js_name = "arg1")]
        __wd_arg1: my::dispose::__private::ByVal<
            Option<Connection>,
            <Option<
                Connection,
            > as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        >,
    ) -> my::dispose::__private::core::result::Result<
        (),
        my::dispose::__private::wasm_bindgen::JsValue,
    > {
        #[allow(unused_imports)]
        use my::dispose::__private::{ArgDisposable as _, ArgOther as _};
        if (&my::dispose::__private::Arg(&conn)).__wd_refused() {
            (&my::dispose::__private::Arg(&__wd_arg1)).__wd_abandon();
            return <my::dispose::__private::core::result::Result<
                (),
                my::dispose::__private::wasm_bindgen::JsValue,
            > as my::dispose::__private::Return<()>>::pending();
        }
        if (&my::dispose::__private::Arg(&__wd_arg1)).__wd_refused() {
            (&my::dispose::__private::Arg(&__wd_arg1)).__wd_abandon();
            return <my::dispose::__private::core::result::Result<
                (),
                my::dispose::__private::wasm_bindgen::JsValue,
            > as my::dispose::__private::Return<()>>::pending();
        }
        let conn: &Connection = &*conn;
        let __wd_arg1: Option<Connection> = match my::dispose::__private::finish::<
            Option<Connection>,
            <Option<
                Connection,
            > as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
        >(&__wd_arg1) {
            my::dispose::__private::core::option::Option::Some(v) => v,
            my::dispose::__private::core::option::Option::None => {
                (&my::dispose::__private::Arg(&__wd_arg1)).__wd_abandon();
                return <my::dispose::__private::core::result::Result<
                    (),
                    my::dispose::__private::wasm_bindgen::JsValue,
                > as my::dispose::__private::Return<()>>::pending();
            }
        };
        <my::dispose::__private::core::result::Result<
            (),
            my::dispose::__private::wasm_bindgen::JsValue,
        > as my::dispose::__private::Return<()>>::ok(settle(conn, __wd_arg1).await)
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
/// A parameter named like its function (photon's `threshold(img, threshold)`),
/// and a doc example: the export's copy of the doc is left out of doctests.
///
/// ```
/// // collected once, from `threshold` itself
/// ```
pub fn threshold(img: &mut Image, threshold: u32) {}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_name = "threshold",
        wasm_bindgen = wasm_bindgen
    )]
    #[doc(hidden)]
    #[cfg_attr(
        not(doctest),
        doc = " A parameter named like its function (photon's `threshold(img, threshold)`),"
    )]
    #[cfg_attr(
        not(doctest),
        doc = " and a doc example: the export's copy of the doc is left out of doctests."
    )]
    #[cfg_attr(not(doctest), doc = "")]
    #[cfg_attr(not(doctest), doc = " ```")]
    #[cfg_attr(not(doctest), doc = " // collected once, from `threshold` itself")]
    #[cfg_attr(not(doctest), doc = " ```")]
    #[inline(never)]
    pub fn __wd_fn_threshold(
        mut img: ::wasm_dispose::__private::ByMut<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
        >,
        threshold: u32,
    ) -> <<<::wasm_dispose::__private::ReturnMode<
        (),
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByMut<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::And<
        ::wasm_dispose::__private::Direct,
    > as ::wasm_dispose::__private::Mode>::Out<()> {
        #[allow(unused_imports)]
        use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
        if (&::wasm_dispose::__private::Arg(&img)).__wd_refused() {
            return <<<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByMut<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::pending();
        }
        let img: &mut Image = &mut *img;
        <<<<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByMut<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<
            (),
        > as ::wasm_dispose::__private::Return<()>>::ok(threshold(img, threshold))
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
#[allow(non_snake_case)]
pub fn putImageData(img: &Image, newWidth: u32) {}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen;
    #[wasm_bindgen::prelude::wasm_bindgen(
        js_name = "putImageData",
        wasm_bindgen = wasm_bindgen
    )]
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[allow(non_snake_case)]
    #[inline(never)]
    pub fn __wd_fn_putImageData(
        img: ::wasm_dispose::__private::ByRef<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
        >,
        newWidth: u32,
    ) -> <<<::wasm_dispose::__private::ReturnMode<
        (),
    > as ::wasm_dispose::__private::Mode>::And<
        <::wasm_dispose::__private::ByRef<
            Image,
            <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
        > as ::wasm_dispose::__private::Crossing>::Mode,
    > as ::wasm_dispose::__private::Mode>::And<
        ::wasm_dispose::__private::Direct,
    > as ::wasm_dispose::__private::Mode>::Out<()> {
        #[allow(unused_imports)]
        use ::wasm_dispose::__private::{ArgDisposable as _, ArgOther as _};
        if (&::wasm_dispose::__private::Arg(&img)).__wd_refused() {
            return <<<<::wasm_dispose::__private::ReturnMode<
                (),
            > as ::wasm_dispose::__private::Mode>::And<
                <::wasm_dispose::__private::ByRef<
                    Image,
                    <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
                > as ::wasm_dispose::__private::Crossing>::Mode,
            > as ::wasm_dispose::__private::Mode>::And<
                ::wasm_dispose::__private::Direct,
            > as ::wasm_dispose::__private::Mode>::Out<
                (),
            > as ::wasm_dispose::__private::Return<()>>::pending();
        }
        let img: &Image = &*img;
        <<<<::wasm_dispose::__private::ReturnMode<
            (),
        > as ::wasm_dispose::__private::Mode>::And<
            <::wasm_dispose::__private::ByRef<
                Image,
                <Image as ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi>::Anchor,
            > as ::wasm_dispose::__private::Crossing>::Mode,
        > as ::wasm_dispose::__private::Mode>::And<
            ::wasm_dispose::__private::Direct,
        > as ::wasm_dispose::__private::Mode>::Out<
            (),
        > as ::wasm_dispose::__private::Return<()>>::ok(putImageData(img, newWidth))
    }
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
