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
