pub struct Connection {
    pub url: String,
    pub retries: u32,
    socket: Option<u32>,
}
#[my::dispose::__private::wasm_bindgen_attr(
    js_name = "Connection",
    wasm_bindgen = my::dispose::__private::wasm_bindgen
)]
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub struct __WasmDispose_Connection {
    __wd_slot: my::dispose::__private::Slot<Connection>,
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_ConnectionRef {
    __wd_slot: my::dispose::__private::Slot<Connection>,
}
const _: () = {
    use my::dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_ConnectionRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_ConnectionRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_ConnectionRef {
            match my::dispose::__private::slot_at::<Connection>(js) {
                my::dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const my::dispose::__private::Slot<Connection>
                        as *const __WasmDispose_ConnectionRef)
                }
                my::dispose::__private::core::option::Option::None => {
                    my::dispose::__private::wasm_bindgen::throw_str(
                        "null pointer passed to rust",
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::describe::WasmDescribe
    for __WasmDispose_ConnectionRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Connection as my::dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_ConnectionRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_ConnectionRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_ConnectionRef {}
};
#[automatically_derived]
impl my::dispose::__private::Disposable for Connection {
    const CLASS: &'static str = "Connection";
    const IS_ASYNC: bool = true;
    const INSPECTABLE: bool = false;
    const FIELDS: &'static [&'static str] = &["url", "retries"];
    type Handle = __WasmDispose_Connection;
    const __SLOT_IN_HANDLE: usize = my::dispose::__private::core::mem::offset_of!(
        __WasmDispose_Connection, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Connection) -> &my::dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    #[inline]
    fn __handle(slot: my::dispose::__private::Slot<Self>) -> __WasmDispose_Connection {
        __WasmDispose_Connection {
            __wd_slot: slot,
        }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<my::dispose::__private::Class> {
        my::dispose::__private::thread_local! {
            static CLASS : my::dispose::__private::Class = const {
            my::dispose::__private::Class::new("Connection") };
        }
        &CLASS
    }
}
const _: () = {
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::describe::WasmDescribe for Connection {
        #[inline]
        fn describe() {
            <__WasmDispose_Connection as my::dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::describe::WasmDescribeVector
    for Connection {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Connection as my::dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Connection {
        type Abi = <__WasmDispose_Connection as my::dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            my::dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                my::dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi
    for Connection {
        #[inline]
        fn none() -> Self::Abi {
            my::dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::FromWasmAbi for Connection {
        type Abi = u32;
        #[inline]
        unsafe fn from_abi(js: Self::Abi) -> Self {
            my::dispose::__private::from_abi(js)
        }
        my::dispose::__private::try_abi! {
            #[inline] unsafe fn try_from_abi(js : Self::Abi) ->
            my::dispose::__private::core::result::Result < Self, & 'static str > {
            my::dispose::__private::try_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi
    for Connection {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            my::dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Connection {
        type Abi = u32;
        type Anchor = my::dispose::__private::Anchor<Self>;
        #[inline]
        unsafe fn ref_from_abi(js: Self::Abi) -> Self::Anchor {
            my::dispose::__private::ref_from_abi(js)
        }
        my::dispose::__private::try_abi! {
            #[inline] unsafe fn try_ref_from_abi(js : Self::Abi) ->
            my::dispose::__private::core::result::Result < Self::Anchor, & 'static str >
            { my::dispose::__private::try_ref_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi
    for Connection {
        type Abi = u32;
        type Anchor = my::dispose::__private::LongAnchor<Self>;
        #[inline]
        unsafe fn long_ref_from_abi(js: Self::Abi) -> Self::Anchor {
            my::dispose::__private::long_ref_from_abi(js)
        }
        my::dispose::__private::try_abi! {
            #[inline] unsafe fn try_long_ref_from_abi(js : Self::Abi) ->
            my::dispose::__private::core::result::Result < Self::Anchor, & 'static str >
            { my::dispose::__private::try_long_ref_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi
    for Connection {
        type Abi = u32;
        type Anchor = my::dispose::__private::AnchorMut<Self>;
        #[inline]
        unsafe fn ref_mut_from_abi(js: Self::Abi) -> Self::Anchor {
            my::dispose::__private::ref_mut_from_abi(js)
        }
        my::dispose::__private::try_abi! {
            #[inline] unsafe fn try_ref_mut_from_abi(js : Self::Abi) ->
            my::dispose::__private::core::result::Result < Self::Anchor, & 'static str >
            { my::dispose::__private::try_ref_mut_from_abi(js) }
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi
    for Connection {
        type Abi = <my::dispose::__private::Box<
            [my::dispose::__private::JsValue],
        > as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi;
        #[inline]
        unsafe fn vector_from_abi(js: Self::Abi) -> my::dispose::__private::Box<[Self]> {
            my::dispose::__private::vector_from_abi(js)
        }
        my::dispose::__private::try_abi! {
            #[inline] unsafe fn try_vector_from_abi(js : Self::Abi) ->
            my::dispose::__private::core::result::Result < my::dispose::__private::Box <
            [Self] >, & 'static str > { my::dispose::__private::try_vector_from_abi(js) }
        }
    }
    my::dispose::__private::try_from_js_value!(Connection);
    #[automatically_derived]
    impl my::dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi
    for Connection {
        type Abi = <__WasmDispose_Connection as my::dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: my::dispose::__private::Box<[Self]>) -> Self::Abi {
            my::dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl my::dispose::__private::core::convert::From<Connection>
    for my::dispose::__private::JsValue {
        #[inline]
        fn from(value: Connection) -> Self {
            my::dispose::__private::JsValue::from(my::dispose::__private::wrap(value))
        }
    }
};
my::dispose::__private::without_snippet! {
    #[my::dispose::__private::wasm_bindgen_attr(js_class = "Connection", wasm_bindgen =
    my::dispose::__private::wasm_bindgen)] impl __WasmDispose_ConnectionRef {
    #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn __wd_free(& self) {
    my::dispose::__private::free(& self.__wd_slot) } }
}
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_ConnectionPropertyFallback: Sized {
        fn __wd_get_url<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_url<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(not(unix)))]
        fn __wd_get_retries<__R>(&self) -> __R {
            loop {}
        }
        #[cfg(all(not(unix)))]
        fn __wd_set_retries<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
        #[cfg(all(unix))]
        fn __wd_get_retries<__R>(&self) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_ConnectionPropertyFallback for __WasmDispose_ConnectionRef {}
    #[my::dispose::__private::wasm_bindgen_attr(
        js_class = "Connection",
        wasm_bindgen = my::dispose::__private::wasm_bindgen
    )]
    impl __WasmDispose_ConnectionRef {
        #[wasm_bindgen(js_name = "__wd_asyncDispose", skip_typescript)]
        pub fn __wd_async_dispose(&self) -> my::dispose::__private::Promise {
            my::dispose::__private::async_dispose::<Connection>(&self.__wd_slot)
        }
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(getter = "url")]
        #[inline(never)]
        pub fn __wd_get_url(
            &self,
        ) -> <my::dispose::__private::ReturnMode<
            String,
        > as my::dispose::__private::Mode>::Out<String> {
            let __wd_v = match self.__wd_slot.enter() {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    return <<my::dispose::__private::ReturnMode<
                        String,
                    > as my::dispose::__private::Mode>::Out<
                        String,
                    > as my::dispose::__private::Return<String>>::pending();
                }
            };
            <<my::dispose::__private::ReturnMode<
                String,
            > as my::dispose::__private::Mode>::Out<
                String,
            > as my::dispose::__private::Return<
                String,
            >>::ok(my::dispose::__private::core::clone::Clone::clone(&__wd_v.url))
        }
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(setter = "url")]
        #[inline(never)]
        pub fn __wd_set_url(
            &self,
            value: my::dispose::__private::ByVal<
                String,
                <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<my::dispose::__private::ReturnMode<
            (),
        > as my::dispose::__private::Mode>::And<
            <my::dispose::__private::ByVal<
                String,
                <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as my::dispose::__private::Crossing>::Mode,
        > as my::dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use my::dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    (&my::dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<my::dispose::__private::ReturnMode<
                        (),
                    > as my::dispose::__private::Mode>::And<
                        <my::dispose::__private::ByVal<
                            String,
                            <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as my::dispose::__private::Crossing>::Mode,
                    > as my::dispose::__private::Mode>::Out<
                        (),
                    > as my::dispose::__private::Return<()>>::pending();
                }
            };
            if (&my::dispose::__private::Arg(&value)).__wd_refused() {
                (&my::dispose::__private::Arg(&value)).__wd_abandon();
                return <<<my::dispose::__private::ReturnMode<
                    (),
                > as my::dispose::__private::Mode>::And<
                    <my::dispose::__private::ByVal<
                        String,
                        <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as my::dispose::__private::Crossing>::Mode,
                > as my::dispose::__private::Mode>::Out<
                    (),
                > as my::dispose::__private::Return<()>>::pending();
            }
            let value: String = match my::dispose::__private::finish::<
                String,
                <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    (&my::dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<my::dispose::__private::ReturnMode<
                        (),
                    > as my::dispose::__private::Mode>::And<
                        <my::dispose::__private::ByVal<
                            String,
                            <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as my::dispose::__private::Crossing>::Mode,
                    > as my::dispose::__private::Mode>::Out<
                        (),
                    > as my::dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.url = value;
            <<<my::dispose::__private::ReturnMode<
                (),
            > as my::dispose::__private::Mode>::And<
                <my::dispose::__private::ByVal<
                    String,
                    <String as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as my::dispose::__private::Crossing>::Mode,
            > as my::dispose::__private::Mode>::Out<
                (),
            > as my::dispose::__private::Return<()>>::ok(())
        }
        #[cfg(all(not(unix)))]
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(getter = "retries")]
        #[inline(never)]
        pub fn __wd_get_retries(
            &self,
        ) -> <my::dispose::__private::ReturnMode<
            u32,
        > as my::dispose::__private::Mode>::Out<u32> {
            let __wd_v = match self.__wd_slot.enter() {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    return <<my::dispose::__private::ReturnMode<
                        u32,
                    > as my::dispose::__private::Mode>::Out<
                        u32,
                    > as my::dispose::__private::Return<u32>>::pending();
                }
            };
            <<my::dispose::__private::ReturnMode<
                u32,
            > as my::dispose::__private::Mode>::Out<
                u32,
            > as my::dispose::__private::Return<
                u32,
            >>::ok(my::dispose::__private::core::clone::Clone::clone(&__wd_v.retries))
        }
        #[cfg(all(not(unix)))]
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(setter = "retries")]
        #[inline(never)]
        pub fn __wd_set_retries(
            &self,
            value: my::dispose::__private::ByVal<
                u32,
                <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >,
        ) -> <<my::dispose::__private::ReturnMode<
            (),
        > as my::dispose::__private::Mode>::And<
            <my::dispose::__private::ByVal<
                u32,
                <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            > as my::dispose::__private::Crossing>::Mode,
        > as my::dispose::__private::Mode>::Out<()> {
            #[allow(unused_imports)]
            use my::dispose::__private::{ArgDisposable as _, ArgOther as _};
            let mut __wd_v = match self.__wd_slot.enter_mut() {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    (&my::dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<my::dispose::__private::ReturnMode<
                        (),
                    > as my::dispose::__private::Mode>::And<
                        <my::dispose::__private::ByVal<
                            u32,
                            <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as my::dispose::__private::Crossing>::Mode,
                    > as my::dispose::__private::Mode>::Out<
                        (),
                    > as my::dispose::__private::Return<()>>::pending();
                }
            };
            if (&my::dispose::__private::Arg(&value)).__wd_refused() {
                (&my::dispose::__private::Arg(&value)).__wd_abandon();
                return <<<my::dispose::__private::ReturnMode<
                    (),
                > as my::dispose::__private::Mode>::And<
                    <my::dispose::__private::ByVal<
                        u32,
                        <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                    > as my::dispose::__private::Crossing>::Mode,
                > as my::dispose::__private::Mode>::Out<
                    (),
                > as my::dispose::__private::Return<()>>::pending();
            }
            let value: u32 = match my::dispose::__private::finish::<
                u32,
                <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
            >(&value) {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    (&my::dispose::__private::Arg(&value)).__wd_abandon();
                    return <<<my::dispose::__private::ReturnMode<
                        (),
                    > as my::dispose::__private::Mode>::And<
                        <my::dispose::__private::ByVal<
                            u32,
                            <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                        > as my::dispose::__private::Crossing>::Mode,
                    > as my::dispose::__private::Mode>::Out<
                        (),
                    > as my::dispose::__private::Return<()>>::pending();
                }
            };
            __wd_v.retries = value;
            <<<my::dispose::__private::ReturnMode<
                (),
            > as my::dispose::__private::Mode>::And<
                <my::dispose::__private::ByVal<
                    u32,
                    <u32 as my::dispose::__private::wasm_bindgen::convert::FromWasmAbi>::Abi,
                > as my::dispose::__private::Crossing>::Mode,
            > as my::dispose::__private::Mode>::Out<
                (),
            > as my::dispose::__private::Return<()>>::ok(())
        }
        #[cfg(all(unix))]
        #[allow(clippy::clone_on_copy)]
        #[wasm_bindgen(getter = "retries")]
        #[inline(never)]
        pub fn __wd_get_retries(
            &self,
        ) -> <my::dispose::__private::ReturnMode<
            u32,
        > as my::dispose::__private::Mode>::Out<u32> {
            let __wd_v = match self.__wd_slot.enter() {
                my::dispose::__private::core::option::Option::Some(v) => v,
                my::dispose::__private::core::option::Option::None => {
                    return <<my::dispose::__private::ReturnMode<
                        u32,
                    > as my::dispose::__private::Mode>::Out<
                        u32,
                    > as my::dispose::__private::Return<u32>>::pending();
                }
            };
            <<my::dispose::__private::ReturnMode<
                u32,
            > as my::dispose::__private::Mode>::Out<
                u32,
            > as my::dispose::__private::Return<
                u32,
            >>::ok(my::dispose::__private::core::clone::Clone::clone(&__wd_v.retries))
        }
    }
};
my::dispose::__private::symbol_names! {
    #[my::dispose::__private::wasm_bindgen_attr(js_class = "Connection", wasm_bindgen =
    my::dispose::__private::wasm_bindgen)] impl __WasmDispose_ConnectionRef {
    #[wasm_bindgen(js_name = "[Symbol.asyncDispose]", skip_typescript)] pub fn
    __wd_symbol_async_dispose(& self) -> my::dispose::__private::Promise {
    my::dispose::__private::async_dispose:: < Connection > (& self.__wd_slot) } }
}
const _: () = {
    #[my::dispose::__private::wasm_bindgen_attr(
        typescript_custom_section,
        wasm_bindgen = my::dispose::__private::wasm_bindgen
    )]
    const TS: &'static str = "export interface Connection extends Disposable, AsyncDisposable {\n  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n  /** Runs the async cleanup; settles when it has finished, rejects with its error. */\n  [Symbol.asyncDispose](): Promise<void>;\n}\n";
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
pub struct Quiet;
#[::wasm_dispose::__private::wasm_bindgen_attr(
    js_name = "Quiet",
    wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen,
    skip_typescript,
    private
)]
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub struct __WasmDispose_Quiet {
    __wd_slot: ::wasm_dispose::__private::Slot<Quiet>,
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_QuietRef {
    __wd_slot: ::wasm_dispose::__private::Slot<Quiet>,
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_QuietRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_QuietRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_QuietRef {
            match ::wasm_dispose::__private::slot_at::<Quiet>(js) {
                ::wasm_dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const ::wasm_dispose::__private::Slot<Quiet>
                        as *const __WasmDispose_QuietRef)
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
    for __WasmDispose_QuietRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Quiet as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_QuietRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_QuietRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_QuietRef {}
};
#[automatically_derived]
impl ::wasm_dispose::__private::Disposable for Quiet {
    const CLASS: &'static str = "Quiet";
    const IS_ASYNC: bool = true;
    const INSPECTABLE: bool = false;
    const FIELDS: &'static [&'static str] = &[];
    type Handle = __WasmDispose_Quiet;
    const __SLOT_IN_HANDLE: usize = ::wasm_dispose::__private::core::mem::offset_of!(
        __WasmDispose_Quiet, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Quiet) -> &::wasm_dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    #[inline]
    fn __handle(slot: ::wasm_dispose::__private::Slot<Self>) -> __WasmDispose_Quiet {
        __WasmDispose_Quiet {
            __wd_slot: slot,
        }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<::wasm_dispose::__private::Class> {
        ::wasm_dispose::__private::thread_local! {
            static CLASS : ::wasm_dispose::__private::Class = const {
            ::wasm_dispose::__private::Class::new("Quiet") };
        }
        &CLASS
    }
}
const _: () = {
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe for Quiet {
        #[inline]
        fn describe() {
            <__WasmDispose_Quiet as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector
    for Quiet {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Quiet as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Quiet {
        type Abi = <__WasmDispose_Quiet as ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                ::wasm_dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi for Quiet {
        #[inline]
        fn none() -> Self::Abi {
            ::wasm_dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi for Quiet {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi for Quiet {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            ::wasm_dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Quiet {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi for Quiet {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi for Quiet {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi for Quiet {
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
    ::wasm_dispose::__private::try_from_js_value!(Quiet);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi for Quiet {
        type Abi = <__WasmDispose_Quiet as ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: ::wasm_dispose::__private::Box<[Self]>) -> Self::Abi {
            ::wasm_dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::core::convert::From<Quiet>
    for ::wasm_dispose::__private::JsValue {
        #[inline]
        fn from(value: Quiet) -> Self {
            ::wasm_dispose::__private::JsValue::from(
                ::wasm_dispose::__private::wrap(value),
            )
        }
    }
};
::wasm_dispose::__private::without_snippet! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Quiet", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen)] impl __WasmDispose_QuietRef {
    #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn __wd_free(& self) {
    ::wasm_dispose::__private::free(& self.__wd_slot) } }
}
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_QuietPropertyFallback: Sized {}
    impl __WasmDispose_QuietPropertyFallback for __WasmDispose_QuietRef {}
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        js_class = "Quiet",
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    impl __WasmDispose_QuietRef {
        #[wasm_bindgen(js_name = "__wd_asyncDispose", skip_typescript)]
        pub fn __wd_async_dispose(&self) -> ::wasm_dispose::__private::Promise {
            ::wasm_dispose::__private::async_dispose::<Quiet>(&self.__wd_slot)
        }
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
    }
};
::wasm_dispose::__private::symbol_names! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Quiet", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen)] impl __WasmDispose_QuietRef {
    #[wasm_bindgen(js_name = "[Symbol.asyncDispose]", skip_typescript)] pub fn
    __wd_symbol_async_dispose(& self) -> ::wasm_dispose::__private::Promise {
    ::wasm_dispose::__private::async_dispose:: < Quiet > (& self.__wd_slot) } }
}
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
