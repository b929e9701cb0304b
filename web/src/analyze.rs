//! Asking for an analysis: the settings read from the page and checked by the library's own
//! option reader, the request sent to the worker (or run here when none could start), and
//! its answer received.

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::dom::{by_id, show_message, storage};
use crate::render::render;
use crate::state::*;

/// A JS options object from `(key, value)` pairs: numbers where the value reads as one.
fn options_object(entries: &[(String, String)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (k, v) in entries {
        let value = match v.parse::<f64>() {
            Ok(n) => JsValue::from_f64(n),
            Err(_) => JsValue::from_str(v),
        };
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(k), &value);
    }
    options
}

/// Checks options as the analysis will read them; the message names the option.
pub fn check_options(entries: &[(String, String)]) -> Result<nutshell::Options, String> {
    let object: JsValue = options_object(entries).into();
    nutshell::js::options_from(serde_wasm_bindgen::Deserializer::from(object))
}

/// The option of the length control (the percentage as a fraction).
fn length_entry(doc: &Document) -> (String, String) {
    let mode: HtmlSelectElement = by_id(doc, "length-mode");
    let raw = by_id::<HtmlInputElement>(doc, "length-value").value();
    let raw = raw.trim().to_string();
    match mode.value().as_str() {
        "ratio" => {
            let value = raw.parse::<f64>().map_or(raw, |n| (n / 100.0).to_string());
            ("ratio".to_string(), value)
        }
        "words" => ("words".to_string(), raw),
        _ => ("sentences".to_string(), raw),
    }
}

/// Saves the text and settings.
fn save(state: &Shared, text: &str) {
    let (doc, window) = {
        let s = state.borrow();
        (s.doc.clone(), s.window.clone())
    };
    if let Some(st) = storage(&window) {
        // A full storage (very large text) is not an error worth showing.
        let _ = st.set_item(KEY_TEXT, text);
        let control = |id: &str| by_id::<HtmlSelectElement>(&doc, id).value();
        let _ = st.set_item(KEY_MODE, &control("length-mode"));
        let _ = st.set_item(
            KEY_VALUE,
            &by_id::<HtmlInputElement>(&doc, "length-value").value(),
        );
        let _ = st.set_item(KEY_PHRASE, &control("phrase-words"));
        let _ = st.set_item(KEY_LANGUAGE, &control("language"));
    }
}

/// The options of the page's controls and the link; a message when they are invalid.
fn page_options(state: &Shared, doc: &Document) -> Result<js_sys::Object, String> {
    if let Some(e) = state.borrow().url_error.clone() {
        return Err(e);
    }
    let mut entries = vec![length_entry(doc)];
    if let Err(e) = check_options(&entries) {
        return Err(format!("Summary length: {}.", e.replace("`ratio`", "`%`")));
    }
    let phrase = by_id::<HtmlSelectElement>(doc, "phrase-words").value();
    if phrase.parse::<f64>().is_ok() {
        entries.push(("phraseWords".to_string(), phrase));
    }
    let language = by_id::<HtmlSelectElement>(doc, "language").value();
    if !language.is_empty() && language != nutshell::DEFAULT_LANGUAGE {
        entries.push(("language".to_string(), language));
    }
    let url = state.borrow().url_options.clone();
    entries.extend(url);
    Ok(options_object(&entries))
}

/// Saves the text and settings, checks them, and asks for an analysis.
pub fn analyze_now(state: &Shared) {
    let doc = state.borrow().doc.clone();
    let text = by_id::<HtmlTextAreaElement>(&doc, "input").value();
    let js_text = JsString::from(text.as_str());
    save(state, &text);
    let options = match page_options(state, &doc) {
        Ok(o) => o,
        Err(message) => return show_message(&doc, Some(&message)),
    };
    if js_text.length() > MAX_INPUT {
        let n = js_text.length();
        let message = format!(
            "This text has {n} characters; the limit is {MAX_INPUT}. Paste a shorter text or split it."
        );
        return show_message(&doc, Some(&message));
    }
    show_message(&doc, None);
    let id = {
        let mut s = state.borrow_mut();
        s.request += 1;
        s.text = js_text.clone();
        s.request
    };
    let _ = by_id::<Element>(&doc, "results").set_attribute("aria-busy", "true");
    let worker = state.borrow().worker.clone();
    if let Some(w) = worker {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &JsValue::from(id));
        let _ = js_sys::Reflect::set(&msg, &"text".into(), &js_text);
        let _ = js_sys::Reflect::set(&msg, &"options".into(), &options);
        if w.post_message(&msg).is_ok() {
            return;
        }
        state.borrow_mut().worker = None;
    }
    analyze_here(state, id, &text, options.into());
}

/// Analyses on the page's own thread (when no worker could start).
fn analyze_here(state: &Shared, id: u32, text: &str, options: JsValue) {
    let perf = state.borrow().window.performance();
    let t0 = perf.as_ref().map_or(0.0, |p| p.now());
    let result = nutshell::analyze_js(text, Some(options.unchecked_into()));
    let ms = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &JsValue::from(id));
    let _ = js_sys::Reflect::set(&msg, &"ms".into(), &JsValue::from_f64(ms));
    let (key, value): (&str, JsValue) = match result {
        Ok(r) => ("result", r),
        Err(e) => ("error", e.into()),
    };
    let _ = js_sys::Reflect::set(&msg, &key.into(), &value);
    receive(state, msg.into());
}

/// A worker (or local) answer: `{id, result, ms}` or `{id, error}`.
pub fn receive(state: &Shared, data: JsValue) {
    let get =
        |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let id = get("id").as_f64().unwrap_or(-1.0) as u32;
    if id != state.borrow().request {
        return; // an older request
    }
    let doc = state.borrow().doc.clone();
    let _ = by_id::<Element>(&doc, "results").set_attribute("aria-busy", "false");
    let error = get("error");
    if !error.is_undefined() {
        let text = js_sys::Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| error.as_string())
            .unwrap_or_else(|| "the analysis failed".into());
        return show_message(&doc, Some(&text));
    }
    let raw = get("result");
    let analysis = match shown(&raw) {
        Ok(a) => a,
        Err(e) => return show_message(&doc, Some(&format!("Unexpected result: {e}"))),
    };
    let part = |k: &str| js_sys::Reflect::get(&raw, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
    {
        let mut s = state.borrow_mut();
        s.analysis = Some(analysis);
        s.sentences = part("sentences").dyn_into().unwrap_or_default();
        s.raw = raw;
    }
    render(state, get("ms").as_f64().unwrap_or(0.0));
}

/// What the page shows of a JS result, read into the library's own output types; the
/// sentences stay a JS array (a book has tens of thousands), read while rendering the text.
fn shown(raw: &JsValue) -> Result<nutshell::Analysis, serde_wasm_bindgen::Error> {
    let part = |k: &str| js_sys::Reflect::get(raw, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
    let mut a = nutshell::Analysis::default();
    a.stats = serde_wasm_bindgen::from_value(part("stats"))?;
    a.summary = serde_wasm_bindgen::from_value(part("summary"))?;
    a.themes = serde_wasm_bindgen::from_value(part("themes"))?;
    a.directives = serde_wasm_bindgen::from_value(part("directives"))?;
    Ok(a)
}
