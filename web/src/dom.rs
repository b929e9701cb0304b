//! Small DOM helpers of the page: find an element, make one with text (never HTML), say a
//! message, add a listener once.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Storage, Window};

pub fn by_id<T: JsCast>(doc: &Document, id: &str) -> T {
    doc.get_element_by_id(id)
        .and_then(|e| e.dyn_into::<T>().ok())
        .unwrap_or_else(|| wasm_bindgen::throw_str(&format!("the page has no #{id}")))
}

pub fn storage(window: &Window) -> Option<Storage> {
    window.local_storage().ok().flatten()
}

pub fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
    let e = doc
        .create_element(tag)
        .unwrap_or_else(|_| wasm_bindgen::throw_str("create_element"));
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    e
}

pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

pub fn show_message(doc: &Document, message: Option<&str>) {
    let m: HtmlElement = by_id(doc, "message");
    match message {
        Some(text) => {
            m.set_text_content(Some(text));
            m.set_hidden(false);
        }
        None => {
            m.set_text_content(None);
            m.set_hidden(true);
        }
    }
}

/// Adds `f` as a listener of `event` on `target` for the page's lifetime (called once per
/// element at start; results are handled by listeners delegated to their containers).
pub fn on<E: JsCast + wasm_bindgen::convert::FromWasmAbi + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    f: impl FnMut(E) + 'static,
) {
    let closure = Closure::<dyn FnMut(E)>::new(f);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Calls `f` on every element that matches `selector`.
pub fn each(doc: &Document, selector: &str, mut f: impl FnMut(&Element)) {
    if let Ok(list) = doc.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                f(&e);
            }
        }
    }
}
