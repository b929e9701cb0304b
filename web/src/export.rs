//! What a reader takes away: the summary copied, the result downloaded as Markdown (the
//! library's `present::markdown`, as the CLI's `--markdown`) or as the JSON result.

use nutshell::present;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::dom::by_id;
use crate::state::Shared;

fn summary_text(a: &nutshell::Analysis) -> String {
    a.summary
        .iter()
        .map(nutshell::present::shown)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn copy_summary(state: &Shared) {
    let s = state.borrow();
    let Some(a) = &s.analysis else { return };
    let text = summary_text(a);
    let clipboard = s.window.navigator().clipboard();
    let doc = s.doc.clone();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let msg = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => "Summary copied.",
            Err(_) => "The browser did not allow copying; select the summary and copy it by hand.",
        };
        by_id::<Element>(&doc, "stats").set_text_content(Some(msg));
    });
}

pub fn download(state: &Shared, as_markdown: bool) {
    let s = state.borrow();
    let Some(a) = &s.analysis else { return };
    let (content, mime, name) = if as_markdown {
        (present::markdown(a), "text/markdown", "nutshell.md")
    } else {
        let json = js_sys::JSON::stringify_with_replacer_and_space(
            &s.raw,
            &JsValue::NULL,
            &JsValue::from(2),
        )
        .map(String::from)
        .unwrap_or_default();
        (json, "application/json", "nutshell.json")
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(&content));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let a_el: web_sys::HtmlAnchorElement = match s.doc.create_element("a").map(JsCast::dyn_into) {
        Ok(Ok(a)) => a,
        _ => return,
    };
    a_el.set_href(&url);
    a_el.set_download(name);
    a_el.click();
    let _ = web_sys::Url::revoke_object_url(&url);
}
