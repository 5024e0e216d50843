//! What the islands need from the browser beyond Leptos: posting a form to a server
//! function with `fetch`. Leptos' own server-function client would bring serde_json and
//! the server-function machinery into the wasm (about a fifth of it) for two calls whose
//! answers are a string of HTML and "it worked".

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// POSTs `fields` as a form (`application/x-www-form-urlencoded`, what a server function
/// reads by default) and gives back the answer's JSON as the browser parsed it; `Err` for
/// a network failure or any status but 2xx. The request does not accept HTML, so the
/// server function answers instead of redirecting as it would for a no-JS form.
pub async fn post_form(url: &str, fields: &web_sys::UrlSearchParams) -> Result<wasm_bindgen::JsValue, ()> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(fields);
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str_and_init(url, &init)).await.map_err(drop)?;
    let response: web_sys::Response = response.dyn_into().map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    JsFuture::from(response.json().map_err(drop)?).await.map_err(drop)
}

/// Replaces what `element` holds with one paragraph of plain text.
pub fn replace_with_paragraph(element: &web_sys::Element, text: &str) {
    let Ok(paragraph) = leptos::prelude::document().create_element("p") else { return };
    paragraph.set_text_content(Some(text));
    element.set_inner_html("");
    let _ = element.append_child(&paragraph);
}
