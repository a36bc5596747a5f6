//! Files in and out of the page without a server or an inline script: downloads through an object
//! URL and `<a download>`, a chart drawn into a PNG, a chosen file read as text.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, File, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement,
};

/// Long enough for the browser to have started the download before its URL is revoked.
const REVOKE_AFTER_MS: u32 = 60_000;
/// PNG pixels per SVG pixel: sharp on a high-density screen and in a slide.
const PNG_SCALE: f64 = 2.0;

/// Offers `contents` as a file called `file_name`.
pub fn download_text(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    download_blob(
        file_name,
        &Blob::new_with_str_sequence_and_options(&parts, &options)?,
    )
}

/// Offers a blob as a file called `file_name`.
pub fn download_blob(file_name: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    download_url(file_name, &url)?;
    Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Offers the file at `url` (an object URL, or a static file beside the app) as `file_name`.
pub fn download_url(file_name: &str, url: &str) -> Result<(), JsValue> {
    let link: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .unchecked_into();
    link.set_href(url);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// A standalone SVG document drawn into a PNG of `size` SVG pixels, on white. The image loads
/// from a `data:` URL, which a strict host's `img-src` allows more often than `blob:`.
pub async fn svg_to_png(svg: &str, (width, height): (u32, u32)) -> Result<Blob, JsValue> {
    let image = HtmlImageElement::new()?;
    let encoded = js_sys::encode_uri_component(svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(image.decode()).await?;
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .unchecked_into();
    let (w, h) = (width as f64 * PNG_SCALE, height as f64 * PNG_SCALE);
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d canvas"))?
        .unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, w, h);
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)?;
    // `toBlob` reports through a callback: a promise turns it into something to await.
    let drawn = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(e) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    JsFuture::from(drawn)
        .await?
        .dyn_into::<Blob>()
        .map_err(|_| JsValue::from_str("the canvas gave no image"))
}

/// The file chosen in the `<input type=file>` an event came from. The input is cleared, so
/// choosing the same file again (after fixing it) is a new choice.
pub fn chosen_file(e: &web_sys::Event) -> Option<File> {
    let input: web_sys::HtmlInputElement = e.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// A file's contents as text (UTF-8).
pub async fn read_text(file: &File) -> Result<String, JsValue> {
    JsFuture::from(file.text())
        .await?
        .as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// The bytes of a file served beside the app.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, JsValue> {
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from(response.status()));
    }
    let bytes = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// A browser refusal (no canvas, a blocked download) goes to the console, where the tests see it.
pub fn report_failure(result: Result<(), wasm_bindgen::JsValue>) {
    if let Err(e) = result {
        gloo::console::error!(e);
    }
}
