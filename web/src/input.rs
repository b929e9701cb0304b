//! What the reader does: every listener of the page, added once at start (the theme chips
//! and "Show in text" buttons answer through one listener on their container), typing with
//! a pause before the analysis, and files dropped or opened (HTML reduced to its text).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, MessageEvent};

use crate::analyze::{analyze_now, receive};
use crate::dom::{by_id, on, show_message, storage};
use crate::export::{copy_summary, download};
use crate::render::{apply_filter, focus_sentence, toggle_theme};
use crate::state::*;

/// Adds every listener of the page, once.
pub fn wire(state: &Shared) {
    let doc = state.borrow().doc.clone();
    let input: HtmlTextAreaElement = by_id(&doc, "input");
    let st = state.clone();
    on::<web_sys::Event>(&input, "input", move |_| schedule(&st));
    for id in ["length-mode", "length-value", "phrase-words", "language"] {
        let st = state.clone();
        on::<web_sys::Event>(&by_id::<Element>(&doc, id), "input", move |_| {
            st.borrow_mut().url_error = None;
            schedule(&st);
        });
    }
    let st = state.clone();
    on::<web_sys::Event>(&by_id::<Element>(&doc, "example"), "click", move |_| {
        let doc = st.borrow().doc.clone();
        by_id::<HtmlTextAreaElement>(&doc, "input").set_value(EXAMPLE);
        analyze_now(&st);
    });
    let st = state.clone();
    on::<web_sys::Event>(&by_id::<Element>(&doc, "clear"), "click", move |_| {
        clear(&st)
    });
    let st = state.clone();
    on::<web_sys::Event>(&by_id::<Element>(&doc, "copy"), "click", move |_| {
        copy_summary(&st)
    });
    for (id, markdown) in [("download-md", true), ("download-json", false)] {
        let st = state.clone();
        let b: Element = by_id(&doc, id);
        on::<web_sys::Event>(&b, "click", move |_| download(&st, markdown));
    }
    wire_results(state);
    wire_files(state, &input);
    wire_worker(state);
}

/// Empties the text box and forgets the saved text and settings.
fn clear(state: &Shared) {
    let (doc, window) = {
        let s = state.borrow();
        (s.doc.clone(), s.window.clone())
    };
    by_id::<HtmlTextAreaElement>(&doc, "input").set_value("");
    analyze_now(state);
    if let Some(s) = storage(&window) {
        for k in [KEY_TEXT, KEY_MODE, KEY_VALUE, KEY_PHRASE, KEY_LANGUAGE] {
            let _ = s.remove_item(k);
        }
    }
    let _ = by_id::<HtmlElement>(&doc, "input").focus();
}

/// The element under a click that matches `selector`, with its `attribute` as a number.
fn clicked(e: &web_sys::Event, selector: &str, attribute: &str) -> Option<(Element, usize)> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let hit = target.closest(selector).ok()??;
    let n = hit.get_attribute(attribute)?.parse().ok()?;
    Some((hit, n))
}

/// One listener per results container: a theme chip marks its sentences, "Show in text"
/// focuses the directive's sentence, a filter shows one kind's or one speaker's directives.
fn wire_results(state: &Shared) {
    let doc = state.borrow().doc.clone();
    let st = state.clone();
    on::<web_sys::Event>(&by_id::<Element>(&doc, "themes"), "click", move |e| {
        if let Some((chip, index)) = clicked(&e, ".chip[data-theme]", "data-theme") {
            toggle_theme(&st, &chip, index);
        }
    });
    let st = state.clone();
    on::<web_sys::Event>(&by_id::<Element>(&doc, "directives"), "click", move |e| {
        if let Some((_, sentence)) = clicked(&e, "button[data-sentence]", "data-sentence") {
            focus_sentence(&st, sentence);
        }
        let filter = (e.target())
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button[data-filter]").ok().flatten());
        if let Some(button) = filter {
            apply_filter(&st.borrow().doc, &button);
        }
    });
}

/// A file opened with the file control or dropped on the text box.
fn wire_files(state: &Shared, input: &HtmlTextAreaElement) {
    let doc = state.borrow().doc.clone();
    let st = state.clone();
    let f: HtmlInputElement = by_id(&doc, "file");
    let f2 = f.clone();
    on::<web_sys::Event>(&f, "change", move |_| {
        if let Some(file) = f2.files().and_then(|l| l.get(0)) {
            load_file(&st, file);
        }
        f2.set_value("");
    });
    on::<web_sys::DragEvent>(input, "dragover", |e| e.prevent_default());
    let st = state.clone();
    on::<web_sys::DragEvent>(input, "drop", move |e| {
        let file = (e.data_transfer())
            .and_then(|d| d.files())
            .and_then(|l| l.get(0));
        if let Some(file) = file {
            e.prevent_default();
            load_file(&st, file);
        }
    });
}

/// The worker's answers; when it cannot start, the page analyses on its own thread.
fn wire_worker(state: &Shared) {
    let Some(worker) = state.borrow().worker.clone() else {
        return;
    };
    let st = state.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        receive(&st, e.data());
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let st = state.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        // The worker could not start (old browser, blocked module worker): analyse here.
        st.borrow_mut().worker = None;
        analyze_now(&st);
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}

/// Reads a dropped or opened file into the text box; HTML is reduced to its readable text.
pub fn load_file(state: &Shared, file: web_sys::File) {
    let st = state.clone();
    let name = file.name().to_lowercase();
    wasm_bindgen_futures::spawn_local(async move {
        let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(t) => t.as_string().unwrap_or_default(),
            Err(_) => {
                let doc = st.borrow().doc.clone();
                show_message(&doc, Some("That file could not be read."));
                return;
            }
        };
        let text = if name.ends_with(".html") || name.ends_with(".htm") {
            readable_text(&text)
        } else {
            text
        };
        let doc = st.borrow().doc.clone();
        by_id::<HtmlTextAreaElement>(&doc, "input").set_value(&text);
        analyze_now(&st);
    });
}

/// The readable text of an HTML document: parsed inert (scripts never run), blocks become
/// paragraphs, script/style/template content is dropped.
fn readable_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return html.to_string();
    };
    let Ok(parsed) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return html.to_string();
    };
    let mut out = String::new();
    if let Some(body) = parsed.body() {
        walk(&body, &mut out);
    }
    let mut cleaned = String::new();
    for para in out.split("\n\n") {
        let p = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            cleaned.push_str(&p);
            cleaned.push_str("\n\n");
        }
    }
    cleaned.trim_end().to_string()
}

fn walk(node: &web_sys::Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            web_sys::Node::TEXT_NODE => out.push_str(&child.text_content().unwrap_or_default()),
            web_sys::Node::ELEMENT_NODE => {
                let tag = child.node_name().to_lowercase();
                if matches!(
                    tag.as_str(),
                    "script" | "style" | "template" | "noscript" | "svg"
                ) {
                    continue;
                }
                let block = matches!(
                    tag.as_str(),
                    "p" | "div"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "li"
                        | "tr"
                        | "section"
                        | "article"
                        | "blockquote"
                        | "pre"
                        | "header"
                        | "footer"
                        | "ul"
                        | "ol"
                        | "table"
                        | "br"
                        | "hr"
                        | "title"
                        | "dd"
                        | "dt"
                );
                if block {
                    out.push_str("\n\n");
                }
                walk(&child, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
}

/// Analyses after a pause in typing.
pub fn schedule(state: &Shared) {
    let window = state.borrow().window.clone();
    if let Some(t) = state.borrow_mut().timer.take() {
        window.clear_timeout_with_handle(t);
    }
    let st = state.clone();
    let cb = Closure::once_into_js(move || {
        st.borrow_mut().timer = None;
        analyze_now(&st);
    });
    let handle = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), DEBOUNCE_MS)
        .ok();
    state.borrow_mut().timer = handle;
}
