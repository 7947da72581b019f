/// A dog.
pub struct Dog {
    parent: ::wasm_dispose::__private::Parent<zoo::Animal>,
    pub age: u32,
    breed: String,
}
::wasm_dispose::__private::extends! {
    { #[doc(hidden)] #[allow(non_snake_case)] mod __WasmDispose_DogClass { use super:: *;
    use ::wasm_dispose::__private::wasm_bindgen; #[cfg_attr(not(doctest), doc =
    " A dog.")] #[::wasm_dispose::__private::wasm_bindgen_attr(js_name = "Dog",
    wasm_bindgen = wasm_bindgen, extends = Beast, extends_js_namespace = zoo)]
    #[doc(hidden)] #[allow(non_camel_case_types)] pub struct __WasmDispose_Dog { pub
    (super) __wd_slot : ::wasm_dispose::__private::Slot < Dog >, }
    #[allow(non_camel_case_types)] type Beast = super::__WasmDispose_DogParent; impl
    __WasmDispose_Dog { #[inline] pub (super) fn __wd_new(parent :
    ::wasm_dispose::__private::wasm_bindgen::Parent < __WasmDispose_DogParent >, slot :
    ::wasm_dispose::__private::Slot < Dog >) -> Self { __WasmDispose_Dog { parent,
    __wd_slot : slot } } #[inline] pub (super) fn __wd_parent(& self) -> &
    ::wasm_dispose::__private::wasm_bindgen::Parent < __WasmDispose_DogParent > { & self
    .parent } } } #[doc(hidden)] pub use __WasmDispose_DogClass::__WasmDispose_Dog; } {
    #[doc(hidden)] #[allow(non_snake_case)] mod __WasmDispose_DogClass { use super:: *;
    use ::wasm_dispose::__private::wasm_bindgen; #[cfg_attr(not(doctest), doc =
    " A dog.")] #[::wasm_dispose::__private::wasm_bindgen_attr(js_name = "Dog",
    wasm_bindgen = wasm_bindgen)] #[doc(hidden)] #[allow(non_camel_case_types)] pub
    struct __WasmDispose_Dog { pub (super) __wd_slot : ::wasm_dispose::__private::Slot <
    Dog >, } impl __WasmDispose_Dog { #[inline] pub (super) fn __wd_new(slot :
    ::wasm_dispose::__private::Slot < Dog >) -> Self { __WasmDispose_Dog { __wd_slot :
    slot } } } } #[doc(hidden)] pub use __WasmDispose_DogClass::__WasmDispose_Dog;
    ::core::compile_error! {
    "#[disposable(extends = ...)] needs wasm-bindgen 0.2.121 or later, where a Rust class can extend another; \
             this crate is built with an older wasm-bindgen"
    } }
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
#[repr(transparent)]
pub struct __WasmDispose_DogRef {
    __wd_slot: ::wasm_dispose::__private::Slot<Dog>,
}
const _: () = {
    use ::wasm_dispose::__private::wasm_bindgen::__rt::marker;
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi
    for __WasmDispose_DogRef {
        type Abi = u32;
        type Anchor = &'static __WasmDispose_DogRef;
        #[inline]
        unsafe fn ref_from_abi(js: u32) -> &'static __WasmDispose_DogRef {
            match ::wasm_dispose::__private::slot_at::<Dog>(js) {
                ::wasm_dispose::__private::core::option::Option::Some(slot) => {
                    &*(slot as *const ::wasm_dispose::__private::Slot<Dog>
                        as *const __WasmDispose_DogRef)
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
    for __WasmDispose_DogRef {
        #[inline]
        fn describe() {
            <__WasmDispose_Dog as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl marker::SupportsConstructor for __WasmDispose_DogRef {}
    #[automatically_derived]
    impl marker::SupportsInstanceProperty for __WasmDispose_DogRef {}
    #[automatically_derived]
    impl marker::SupportsStaticProperty for __WasmDispose_DogRef {}
};
#[automatically_derived]
impl ::wasm_dispose::__private::Disposable for Dog {
    const CLASS: &'static str = "Dog";
    const IS_ASYNC: bool = false;
    const INSPECTABLE: bool = false;
    const FIELDS: &'static [&'static str] = &["age"];
    type Handle = __WasmDispose_Dog;
    const __SLOT_IN_HANDLE: usize = ::wasm_dispose::__private::core::mem::offset_of!(
        __WasmDispose_Dog, __wd_slot
    );
    #[inline]
    fn __slot(handle: &__WasmDispose_Dog) -> &::wasm_dispose::__private::Slot<Self> {
        &handle.__wd_slot
    }
    ::wasm_dispose::__private::extends! {
        { fn __handle(slot : ::wasm_dispose::__private::Slot < Self >) ->
        __WasmDispose_Dog { let parent = match slot.fresh_value() {
        ::core::option::Option::Some(value) => value.parent.__wd_cell(),
        ::core::option::Option::None => ::wasm_dispose::__private::empty_cell:: <
        zoo::Animal > (), }; __WasmDispose_Dog::__wd_new(parent, slot) } #[inline] fn
        __attach(value : & Self, attached : bool) { value.parent.__wd_attach(attached) }
        #[inline] fn __attach_handle(handle : & __WasmDispose_Dog, attached : bool) {
        ::wasm_dispose::__private::attach:: < zoo::Animal > (handle.__wd_parent(),
        attached) } #[inline] fn __prepare_parent() {
        ::wasm_dispose::__private::prepare_class:: < zoo::Animal > () } } { #[inline] fn
        __handle(slot : ::wasm_dispose::__private::Slot < Self >) -> __WasmDispose_Dog {
        __WasmDispose_Dog::__wd_new(slot) } }
    }
    #[inline]
    fn __class() -> &'static ::std::thread::LocalKey<::wasm_dispose::__private::Class> {
        ::wasm_dispose::__private::thread_local! {
            static CLASS : ::wasm_dispose::__private::Class = const {
            ::wasm_dispose::__private::Class::new("Dog") };
        }
        &CLASS
    }
}
const _: () = {
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe for Dog {
        #[inline]
        fn describe() {
            <__WasmDispose_Dog as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribe>::describe()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector for Dog {
        #[inline]
        fn describe_vector() {
            <__WasmDispose_Dog as ::wasm_dispose::__private::wasm_bindgen::describe::WasmDescribeVector>::describe_vector()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi for Dog {
        type Abi = <__WasmDispose_Dog as ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi>::Abi;
        #[inline]
        fn into_abi(self) -> Self::Abi {
            ::wasm_dispose::__private::wasm_bindgen::convert::IntoWasmAbi::into_abi(
                ::wasm_dispose::__private::wrap(self),
            )
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionIntoWasmAbi for Dog {
        #[inline]
        fn none() -> Self::Abi {
            ::wasm_dispose::__private::none::<Self>()
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::FromWasmAbi for Dog {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::OptionFromWasmAbi for Dog {
        #[inline]
        fn is_none(abi: &Self::Abi) -> bool {
            ::wasm_dispose::__private::is_none(abi)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefFromWasmAbi for Dog {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::LongRefFromWasmAbi for Dog {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::RefMutFromWasmAbi for Dog {
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
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorFromWasmAbi for Dog {
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
    ::wasm_dispose::__private::try_from_js_value!(Dog);
    #[automatically_derived]
    impl ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi for Dog {
        type Abi = <__WasmDispose_Dog as ::wasm_dispose::__private::wasm_bindgen::convert::VectorIntoWasmAbi>::Abi;
        #[inline]
        fn vector_into_abi(values: ::wasm_dispose::__private::Box<[Self]>) -> Self::Abi {
            ::wasm_dispose::__private::vector_into_abi(values)
        }
    }
    #[automatically_derived]
    impl ::wasm_dispose::__private::core::convert::From<Dog>
    for ::wasm_dispose::__private::JsValue {
        #[inline]
        fn from(value: Dog) -> Self {
            ::wasm_dispose::__private::JsValue::from(
                ::wasm_dispose::__private::wrap(value),
            )
        }
    }
};
::wasm_dispose::__private::without_snippet! {
    #[::wasm_dispose::__private::wasm_bindgen_attr(js_class = "Dog", wasm_bindgen =
    ::wasm_dispose::__private::wasm_bindgen)] impl __WasmDispose_DogRef {
    #[wasm_bindgen(js_name = "free", skip_typescript)] pub fn __wd_free(& self) {
    ::wasm_dispose::__private::free(& self.__wd_slot) } }
}
const _: () = {
    #[allow(dead_code, non_camel_case_types, non_snake_case)]
    #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
    trait __WasmDispose_DogPropertyFallback: Sized {
        fn __wd_get_age<__R>(&self) -> __R {
            loop {}
        }
        fn __wd_set_age<__A0, __R>(&self, _: __A0) -> __R {
            loop {}
        }
    }
    impl __WasmDispose_DogPropertyFallback for __WasmDispose_DogRef {}
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        js_class = "Dog",
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    impl __WasmDispose_DogRef {
        /// `true` once the object was disposed or moved into Rust.
        #[wasm_bindgen(getter, js_name = "disposed")]
        pub fn __wd_disposed(&self) -> bool {
            !self.__wd_slot.is_live()
        }
        #[wasm_bindgen(getter = "age")]
        #[inline(never)]
        pub fn __wd_get_age(
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
                __wd_v.age
            })
        }
        #[wasm_bindgen(setter = "age")]
        #[inline(never)]
        pub fn __wd_set_age(
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
            __wd_v.age = value;
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
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub type __WasmDispose_DogParent = <zoo::Animal as ::wasm_dispose::__private::Disposable>::Handle;
const _: () = ::core::assert!(
    ! < zoo::Animal as ::wasm_dispose::__private::Disposable > ::IS_ASYNC,
    "a class cannot extend a `#[disposable(async)]` class: its parent part is dropped with it, without the async cleanup",
);
#[automatically_derived]
impl ::core::convert::AsRef<::wasm_dispose::__private::Parent<zoo::Animal>> for Dog {
    #[inline]
    fn as_ref(&self) -> &::wasm_dispose::__private::Parent<zoo::Animal> {
        &self.parent
    }
}
const _: () = {
    #[::wasm_dispose::__private::wasm_bindgen_attr(
        typescript_custom_section,
        wasm_bindgen = ::wasm_dispose::__private::wasm_bindgen
    )]
    const TS: &'static str = "export interface Dog extends Disposable {\n  /**\n   * Drops the Rust value now: its `Drop` runs and the memory it owned is\n   * back in the allocator (at the end of a Rust borrow in progress, if any).\n   * A second call, or a call after the object was moved into Rust, does\n   * nothing. Later uses throw `DisposedError`.\n   */\n  free(): void;\n  /** The same as `free()`: what `using` calls at the end of its block. */\n  [Symbol.dispose](): void;\n}\n";
};
const _: () = {
    #[allow(unused_imports)]
    use wasm_bindgen as _;
};
