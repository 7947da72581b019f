// Free functions that take and give classes.

#[disposable]
pub fn merge(a: &Image, b: Image, n: u32) -> Result<Image, JsError> {
    todo!()
}

#[disposable(js_name = "mergeAll", js_namespace = geo)]
pub fn merge_all(images: Vec<Image>, target: &mut Image) -> usize {
    0
}

#[disposable(crate = "my::dispose")]
pub async fn settle(conn: &Connection, _: Option<Connection>) {}

/// A parameter named like its function (photon's `threshold(img, threshold)`),
/// and a doc example: the export's copy of the doc is left out of doctests.
///
/// ```
/// // collected once, from `threshold` itself
/// ```
#[disposable]
pub fn threshold(img: &mut Image, threshold: u32) {}

// A camelCase function under `allow(non_snake_case)`: the export is allowed too.
#[disposable]
#[allow(non_snake_case)]
pub fn putImageData(img: &Image, newWidth: u32) {}
