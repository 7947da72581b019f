//! `export_helpers!`: the JavaScript helpers of wasm-dispose (`using`,
//! `usingAsync`, `disposableStats`, ...) become part of a package's public
//! API only where its author asks, under the names the author picks.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token};

/// One helper: its default JavaScript name, the wrapper's signature and
/// call, and its TypeScript declaration (`{name}` stands for the name).
struct Helper {
    name: &'static str,
    wrapper: fn(&TokenStream) -> (TokenStream, TokenStream, TokenStream),
    ts: &'static str,
}

const HELPERS: &[Helper] = &[
    Helper {
        name: "using",
        wrapper: |p| {
            (
                quote!(resource: #p::JsValue, body: &#p::helpers::Function),
                quote!(#p::core::result::Result<#p::JsValue, #p::JsValue>),
                quote!(#p::helpers::using(resource, body)),
            )
        },
        ts: r#"
/**
 * Runs `body(resource)` and disposes `resource` in a `finally`: the
 * `using` declaration for runtimes and compilers without it. When both the
 * body and the disposal throw, a `SuppressedError` carries both (`error`:
 * the disposal's, `suppressed`: the body's). `null` and `undefined` are
 * accepted and not disposed.
 */
export function {name}<R extends Disposable | null | undefined, T>(
  resource: R,
  body: (resource: R) => T,
): T;
"#,
    },
    Helper {
        name: "usingAsync",
        wrapper: |p| {
            (
                quote!(resource: #p::JsValue, body: #p::helpers::Function),
                quote!(#p::core::result::Result<#p::JsValue, #p::JsValue>),
                quote!(#p::helpers::using_async(resource, body).await),
            )
        },
        ts: r#"
/**
 * Awaits `body(resource)` and then disposes `resource` with
 * `[Symbol.asyncDispose]()` (or `[Symbol.dispose]()`), in a `finally`: the
 * `await using` declaration for runtimes and compilers without it.
 */
export function {name}<R extends AsyncDisposable | Disposable | null | undefined, T>(
  resource: R,
  body: (resource: R) => T | PromiseLike<T>,
): Promise<T>;
"#,
    },
    Helper {
        name: "disposableStats",
        wrapper: |p| (quote!(), quote!(#p::JsValue), quote!(#p::helpers::disposable_stats().into())),
        ts: r#"
/** One class's counters; `live = created - disposed - moved - leaked`. */
export interface DisposableClassStats {
  /** Instances that reached JavaScript. */
  readonly created: number;
  /** Released by `free()`, `[Symbol.dispose]()` or `[Symbol.asyncDispose]()`. */
  readonly disposed: number;
  /** Passed by value into Rust. */
  readonly moved: number;
  /** Garbage-collected without having been disposed. */
  readonly leaked: number;
  /** Alive and not disposed. */
  readonly live: number;
  /**
   * Only for JavaScript resources owned by Rust (`JsDisposable`), listed as
   * `"js:<class>"`: of `disposed`, those whose disposal threw or rejected.
   */
  readonly failed?: number;
}

/**
 * The counters of every disposable class that has had an instance, by
 * class name. Empty when the package was built without the `stats` feature
 * of wasm-dispose.
 */
export function {name}(): Record<string, DisposableClassStats>;
"#,
    },
    Helper {
        name: "debugDispose",
        wrapper: |p| {
            (
                quote!(listener: #p::helpers::Function),
                quote!(#p::core::result::Result<#p::JsValue, #p::JsValue>),
                quote!(#p::helpers::debug_dispose(listener).map(#p::JsValue::from)),
            )
        },
        ts: r#"
/** Why an object was released. */
export type DisposeReason = "dispose" | "asyncDispose" | "move" | "finalize" | "trap";

/** What `debugDispose` listeners receive. */
export interface DisposeEvent {
  /** The class name; `"js:<class>"` for a JavaScript resource owned by Rust. */
  readonly class: string;
  readonly reason: DisposeReason;
  /** What the disposal of a JavaScript resource owned by Rust threw or rejected with. */
  readonly error?: unknown;
}

/**
 * Calls `listener` on every disposal, move and finalization of a disposable
 * object, and returns the function that unsubscribes it. A listener that
 * throws is reported on the console and does not stop the disposal.
 */
export function {name}(listener: (event: DisposeEvent) => void): () => void;
"#,
    },
    Helper {
        name: "leakReport",
        wrapper: |p| (quote!(), quote!(#p::JsValue), quote!(#p::helpers::leak_report_js().into())),
        ts: r#"
/** An object that was garbage-collected without having been disposed. */
export interface LeakRecord {
  readonly class: string;
  /** The JavaScript stack where it was created, when allocation sites were captured. */
  readonly site: string | undefined;
}

/** Every disposable object finalized without disposal so far (the first 1000). */
export function {name}(): LeakRecord[];
"#,
    },
    Helper {
        name: "assertNoLeaks",
        wrapper: |p| {
            (quote!(), quote!(#p::core::result::Result<(), #p::JsValue>), quote!(#p::helpers::assert_no_leaks()))
        },
        ts: r#"
/**
 * Throws an `Error` listing every live disposable object by class, with its
 * allocation site where captured; returns quietly when nothing is live.
 */
export function {name}(): void;
"#,
    },
    Helper {
        name: "captureAllocationSites",
        wrapper: |p| {
            (
                quote!(on: bool),
                quote!(#p::core::result::Result<(), #p::JsValue>),
                quote!(#p::helpers::capture_allocation_sites(on)),
            )
        },
        ts: r#"
/**
 * Switches allocation-site capture for disposable objects created from now
 * on. On by default in packages built with the `leak-sites` feature of
 * wasm-dispose; `true` throws in packages built without it.
 */
export function {name}(on: boolean): void;
"#,
    },
];

/// `name` or `name as "jsName"` / `name as jsName`.
struct Entry {
    helper: Ident,
    js_name: Option<(String, Span)>,
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let helper: Ident = input.parse()?;
        let js_name = if input.peek(Token![as]) {
            input.parse::<Token![as]>()?;
            if input.peek(LitStr) {
                let lit: LitStr = input.parse()?;
                Some((lit.value(), lit.span()))
            } else {
                let ident: Ident = input.parse()?;
                Some((ident.to_string(), ident.span()))
            }
        } else {
            None
        };
        Ok(Entry { helper, js_name })
    }
}

pub fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let entries = syn::parse::Parser::parse2(Punctuated::<Entry, Token![,]>::parse_terminated, input)?;
    let private = quote!(::wasm_dispose::__private);
    let mut chosen = Vec::new();
    if entries.is_empty() {
        chosen.extend(HELPERS.iter().map(|h| (h, h.name.to_string())));
    }
    let mut errors: Option<syn::Error> = None;
    for entry in &entries {
        match HELPERS.iter().find(|h| entry.helper == h.name) {
            Some(h) => chosen.push((h, entry.js_name.as_ref().map_or(h.name.to_string(), |(n, _)| n.clone()))),
            None => {
                let names: Vec<&str> = HELPERS.iter().map(|h| h.name).collect();
                let e = syn::Error::new(
                    entry.helper.span(),
                    format!("unknown wasm-dispose helper `{}`; the helpers are {}", entry.helper, names.join(", ")),
                );
                match &mut errors {
                    Some(all) => all.combine(e),
                    None => errors = Some(e),
                }
            }
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let items = chosen.iter().map(|(h, js_name)| {
        let (params, ret, call) = (h.wrapper)(&private);
        let rust = format_ident!("__wd_helper_{}", h.name);
        let asyncness = (h.name == "usingAsync").then(|| quote!(async));
        let ts = h.ts.replace("{name}", js_name).trim_start().to_string();
        quote! {
            const _: () = {
                #[#private::wasm_bindgen_attr(
                    js_name = #js_name,
                    skip_typescript,
                    wasm_bindgen = #private::wasm_bindgen,
                    wasm_bindgen_futures = #private::wasm_bindgen_futures,
                )]
                pub #asyncness fn #rust(#params) -> #ret {
                    #call
                }
                #[#private::wasm_bindgen_attr(typescript_custom_section, wasm_bindgen = #private::wasm_bindgen)]
                const TS: &'static str = #ts;
            };
        }
    });
    Ok(quote!(#(#items)*))
}

#[cfg(test)]
// The inputs are token streams whose spelling the assertions compare.
#[rustfmt::skip]
mod tests {
    use super::*;

    #[test]
    fn every_helper_by_default_and_renamed_on_request() {
        let all = expand(quote!()).unwrap().to_string();
        for h in HELPERS {
            assert!(all.contains(&format!("js_name = \"{}\"", h.name)), "{all}");
        }
        let one = expand(quote!(using as "withResource", disposableStats)).unwrap().to_string();
        assert!(one.contains("js_name = \"withResource\""), "{one}");
        assert!(one.contains("export function withResource<"), "{one}");
        assert!(one.contains("js_name = \"disposableStats\""), "{one}");
        assert!(!one.contains("usingAsync"), "{one}");
    }

    #[test]
    fn unknown_helpers_are_named_in_the_error() {
        let err = expand(quote!(usng, stats)).unwrap_err().into_iter().map(|e| e.to_string()).collect::<Vec<_>>();
        assert_eq!(err.len(), 2);
        assert!(err[0].contains("unknown wasm-dispose helper `usng`") && err[0].contains("usingAsync"), "{err:?}");
    }
}
