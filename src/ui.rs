//! The page's behaviour (web-sys): read the text and settings, ask the worker for an
//! analysis, render it. Text from the user is only ever set with `textContent` or text nodes,
//! never as HTML.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
    MessageEvent, Storage, Window, Worker, WorkerOptions, WorkerType,
};

use crate::js::{
    options_from_entries, JsDirective, JsStats, JsSummarySentence, JsTheme, OptionValue,
    OPTION_NAMES,
};

/// Sentences of the marked text rendered per task, so a book never blocks the page for long.
const RENDER_CHUNK: u32 = 400;

/// What the page shows of an analysis; the sentences stay a JS array (read when rendered).
struct Shown {
    stats: JsStats,
    summary: Vec<JsSummarySentence>,
    themes: Vec<JsTheme>,
    directives: Vec<JsDirective>,
}

/// The example article (the project's seed), shipped inside the module: no request needed.
const EXAMPLE: &str = include_str!("../assets/example.txt");
/// The largest text analysed, in UTF-16 code units.
const MAX_INPUT: u32 = 10_000_000;
/// Wait after the last keystroke before analysing.
const DEBOUNCE_MS: i32 = 250;
const KEY_TEXT: &str = "nutshell.text";
const KEY_MODE: &str = "nutshell.mode";
const KEY_VALUE: &str = "nutshell.value";
const KEY_PHRASE: &str = "nutshell.phraseWords";

struct State {
    window: Window,
    doc: Document,
    worker: Option<Worker>,
    /// Id of the latest request; older answers are dropped.
    request: u32,
    timer: Option<i32>,
    /// The text the shown analysis belongs to.
    text: JsString,
    analysis: Option<Shown>,
    sentences: js_sys::Array,
    /// Bumped by every render; a chunked render of an older result stops.
    generation: u32,
    /// The raw result object, for the JSON download.
    raw: JsValue,
    url_error: Option<String>,
    /// Valid options from the URL that have no control on the page (`maxThemes`,
    /// `maxKeyphrases`): sent with every analysis.
    url_options: Vec<(String, OptionValue)>,
}

type Shared = Rc<RefCell<State>>;

thread_local! {
    static STATE: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

fn by_id<T: JsCast>(doc: &Document, id: &str) -> T {
    doc.get_element_by_id(id)
        .and_then(|e| e.dyn_into::<T>().ok())
        .unwrap_or_else(|| wasm_bindgen::throw_str(&format!("the page has no #{id}")))
}

fn storage(window: &Window) -> Option<Storage> {
    window.local_storage().ok().flatten()
}

fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
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

fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

fn show_message(doc: &Document, message: Option<&str>) {
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

/// Starts the page: called once by `boot.js` after the module is loaded.
#[wasm_bindgen]
pub fn start() {
    let window = web_sys::window().unwrap_or_else(|| wasm_bindgen::throw_str("no window"));
    let doc = window
        .document()
        .unwrap_or_else(|| wasm_bindgen::throw_str("no document"));
    let worker = {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        Worker::new_with_options("./worker.js", &opts).ok()
    };
    let state = Rc::new(RefCell::new(State {
        window: window.clone(),
        doc: doc.clone(),
        worker,
        request: 0,
        timer: None,
        text: JsString::from(""),
        analysis: None,
        sentences: js_sys::Array::new(),
        generation: 0,
        raw: JsValue::NULL,
        url_error: None,
        url_options: Vec::new(),
    }));
    STATE.with(|s| *s.borrow_mut() = Some(state.clone()));
    by_id::<Element>(&doc, "version")
        .set_text_content(Some(&format!("v{}", env!("CARGO_PKG_VERSION"))));

    restore(&state);
    wire(&state);
    analyze_now(&state);
}

/// Brings back the saved text and settings; settings in the URL (?sentences=3) win.
fn restore(state: &Shared) {
    let (window, doc) = {
        let s = state.borrow();
        (s.window.clone(), s.doc.clone())
    };
    let input: HtmlTextAreaElement = by_id(&doc, "input");
    let mode: HtmlSelectElement = by_id(&doc, "length-mode");
    let value: HtmlInputElement = by_id(&doc, "length-value");
    let phrase: HtmlSelectElement = by_id(&doc, "phrase-words");
    if let Some(st) = storage(&window) {
        if let Ok(Some(t)) = st.get_item(KEY_TEXT) {
            input.set_value(&t);
        }
        if let Ok(Some(m)) = st.get_item(KEY_MODE) {
            mode.set_value(&m);
        }
        if let Ok(Some(v)) = st.get_item(KEY_VALUE) {
            value.set_value(&v);
        }
        if let Ok(Some(v)) = st.get_item(KEY_PHRASE) {
            phrase.set_value(&v);
        }
    }
    let search = window.location().search().unwrap_or_default();
    if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
        let mut entries = Vec::new();
        // Every option but the language, which the page does not offer.
        for &key in OPTION_NAMES.iter().filter(|k| **k != "language") {
            if let Some(v) = params.get(key) {
                let value_of = v
                    .trim()
                    .parse::<f64>()
                    .map_or(OptionValue::String(v.clone()), OptionValue::Number);
                let entry = (key.to_string(), value_of);
                let valid = options_from_entries(std::slice::from_ref(&entry)).is_ok();
                entries.push(entry.clone());
                if key == "phraseWords" && valid {
                    phrase.set_value(v.trim());
                } else if ["maxThemes", "maxKeyphrases"].contains(&key) && valid {
                    state.borrow_mut().url_options.push(entry);
                }
                if ["sentences", "ratio", "words"].contains(&key) {
                    mode.set_value(key);
                    let shown = if key == "ratio" {
                        v.parse::<f64>()
                            .map(|r| (r * 100.0).to_string())
                            .unwrap_or(v)
                    } else {
                        v
                    };
                    value.set_value(&shown);
                }
            }
        }
        if let Err(e) = options_from_entries(&entries) {
            state.borrow_mut().url_error = Some(format!("The link's settings are invalid: {e}."));
        }
    }
}

fn on<E: JsCast + wasm_bindgen::convert::FromWasmAbi + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    f: impl FnMut(E) + 'static,
) {
    let closure = Closure::<dyn FnMut(E)>::new(f);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn wire(state: &Shared) {
    let doc = state.borrow().doc.clone();
    let input: HtmlTextAreaElement = by_id(&doc, "input");
    {
        let st = state.clone();
        on::<web_sys::Event>(&input, "input", move |_| schedule(&st));
    }
    for id in ["length-mode", "length-value", "phrase-words"] {
        let st = state.clone();
        let target: Element = by_id(&doc, id);
        on::<web_sys::Event>(&target, "input", move |_| {
            st.borrow_mut().url_error = None;
            schedule(&st);
        });
    }
    {
        let st = state.clone();
        let b: Element = by_id(&doc, "example");
        on::<web_sys::Event>(&b, "click", move |_| {
            let doc = st.borrow().doc.clone();
            by_id::<HtmlTextAreaElement>(&doc, "input").set_value(EXAMPLE);
            analyze_now(&st);
        });
    }
    {
        let st = state.clone();
        let b: Element = by_id(&doc, "clear");
        on::<web_sys::Event>(&b, "click", move |_| {
            let (doc, window) = {
                let s = st.borrow();
                (s.doc.clone(), s.window.clone())
            };
            by_id::<HtmlTextAreaElement>(&doc, "input").set_value("");
            analyze_now(&st);
            if let Some(s) = storage(&window) {
                for k in [KEY_TEXT, KEY_MODE, KEY_VALUE, KEY_PHRASE] {
                    let _ = s.remove_item(k);
                }
            }
            let _ = by_id::<HtmlElement>(&doc, "input").focus();
        });
    }
    {
        let st = state.clone();
        let b: Element = by_id(&doc, "copy");
        on::<web_sys::Event>(&b, "click", move |_| copy_summary(&st));
    }
    for (id, markdown) in [("download-md", true), ("download-json", false)] {
        let st = state.clone();
        let b: Element = by_id(&doc, id);
        on::<web_sys::Event>(&b, "click", move |_| download(&st, markdown));
    }
    {
        let st = state.clone();
        let f: HtmlInputElement = by_id(&doc, "file");
        let f2 = f.clone();
        on::<web_sys::Event>(&f, "change", move |_| {
            if let Some(file) = f2.files().and_then(|l| l.get(0)) {
                load_file(&st, file);
            }
            f2.set_value("");
        });
    }
    {
        on::<web_sys::DragEvent>(&input, "dragover", |e| e.prevent_default());
        let st = state.clone();
        on::<web_sys::DragEvent>(&input, "drop", move |e| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0));
            if let Some(file) = file {
                e.prevent_default();
                load_file(&st, file);
            }
        });
    }
    if let Some(worker) = state.borrow().worker.clone() {
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
}

/// Reads a dropped or opened file into the text box; HTML is reduced to its readable text.
fn load_file(state: &Shared, file: web_sys::File) {
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
fn schedule(state: &Shared) {
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

/// The options of the length control, as entries for `options_from_entries`.
fn length_entries(doc: &Document) -> Vec<(String, OptionValue)> {
    let mode: HtmlSelectElement = by_id(doc, "length-mode");
    let value: HtmlInputElement = by_id(doc, "length-value");
    let raw = value.value();
    let number = match raw.trim().parse::<f64>() {
        Ok(n) => OptionValue::Number(n),
        Err(_) => OptionValue::String(raw),
    };
    let (key, number) = match mode.value().as_str() {
        "ratio" => (
            "ratio",
            match number {
                OptionValue::Number(n) => OptionValue::Number(n / 100.0),
                other => other,
            },
        ),
        "words" => ("words", number),
        _ => ("sentences", number),
    };
    vec![(key.to_string(), number)]
}

/// Saves the text and settings, checks them, and asks for an analysis.
fn analyze_now(state: &Shared) {
    let (doc, window) = {
        let s = state.borrow();
        (s.doc.clone(), s.window.clone())
    };
    let input: HtmlTextAreaElement = by_id(&doc, "input");
    let text = input.value();
    let js_text = JsString::from(text.as_str());
    if let Some(st) = storage(&window) {
        // A full storage (very large text) is not an error worth showing.
        let _ = st.set_item(KEY_TEXT, &text);
        let _ = st.set_item(
            KEY_MODE,
            &by_id::<HtmlSelectElement>(&doc, "length-mode").value(),
        );
        let _ = st.set_item(
            KEY_VALUE,
            &by_id::<HtmlInputElement>(&doc, "length-value").value(),
        );
        let _ = st.set_item(
            KEY_PHRASE,
            &by_id::<HtmlSelectElement>(&doc, "phrase-words").value(),
        );
    }
    if let Some(e) = state.borrow().url_error.clone() {
        show_message(&doc, Some(&e));
        return;
    }
    let mut entries = length_entries(&doc);
    if let Err(e) = options_from_entries(&entries) {
        let msg = e.to_string().replace("`ratio`", "`%`");
        show_message(&doc, Some(&format!("Summary length: {msg}.")));
        return;
    }
    let phrase = by_id::<HtmlSelectElement>(&doc, "phrase-words").value();
    if let Ok(n) = phrase.parse::<f64>() {
        entries.push(("phraseWords".to_string(), OptionValue::Number(n)));
    }
    entries.extend(state.borrow().url_options.iter().cloned());
    if js_text.length() > MAX_INPUT {
        show_message(
            &doc,
            Some(&format!(
                "This text has {} characters; the limit is {}. Paste a shorter text or split it.",
                js_text.length(),
                MAX_INPUT
            )),
        );
        return;
    }
    show_message(&doc, None);
    let options = js_sys::Object::new();
    for (k, v) in &entries {
        if let OptionValue::Number(n) = v {
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_f64(*n));
        }
    }
    let id = {
        let mut s = state.borrow_mut();
        s.request += 1;
        s.text = js_text.clone();
        s.request
    };
    let _ = by_id::<Element>(&doc, "results").set_attribute("aria-busy", "true");
    let worker = state.borrow().worker.clone();
    match worker {
        Some(w) => {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"id".into(), &JsValue::from(id));
            let _ = js_sys::Reflect::set(&msg, &"text".into(), &js_text);
            let _ = js_sys::Reflect::set(&msg, &"options".into(), &options);
            if w.post_message(&msg).is_err() {
                state.borrow_mut().worker = None;
                analyze_here(state, id, &text, options.into());
            }
        }
        None => analyze_here(state, id, &text, options.into()),
    }
}

/// Analyses on the page's own thread (when no worker could start).
fn analyze_here(state: &Shared, id: u32, text: &str, options: JsValue) {
    let perf = state.borrow().window.performance();
    let t0 = perf.as_ref().map_or(0.0, |p| p.now());
    let result = crate::wasm::analyze(text, Some(options.unchecked_into()));
    let ms = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &JsValue::from(id));
    let _ = js_sys::Reflect::set(&msg, &"ms".into(), &JsValue::from_f64(ms));
    match result {
        Ok(r) => {
            let _ = js_sys::Reflect::set(&msg, &"result".into(), &r);
        }
        Err(e) => {
            let v: JsValue = e.into();
            let _ = js_sys::Reflect::set(&msg, &"error".into(), &v);
        }
    }
    receive(state, msg.into());
}

/// A worker (or local) answer: `{id, result, ms}` or `{id, error}`.
fn receive(state: &Shared, data: JsValue) {
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
        show_message(&doc, Some(&text));
        return;
    }
    let raw = get("result");
    let part = |k: &str| js_sys::Reflect::get(&raw, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
    let shown = (|| -> Result<Shown, serde_wasm_bindgen::Error> {
        Ok(Shown {
            stats: serde_wasm_bindgen::from_value(part("stats"))?,
            summary: serde_wasm_bindgen::from_value(part("summary"))?,
            themes: serde_wasm_bindgen::from_value(part("themes"))?,
            directives: serde_wasm_bindgen::from_value(part("directives"))?,
        })
    })();
    let analysis = match shown {
        Ok(a) => a,
        Err(e) => {
            show_message(&doc, Some(&format!("Unexpected result: {e}")));
            return;
        }
    };
    let ms = get("ms").as_f64().unwrap_or(0.0);
    {
        let mut s = state.borrow_mut();
        s.analysis = Some(analysis);
        s.sentences = part("sentences").dyn_into().unwrap_or_default();
        s.raw = raw;
    }
    render(state, ms);
}

fn render(state: &Shared, ms: f64) {
    let s = state.borrow();
    let (doc, a) = (&s.doc, s.analysis.as_ref());
    let Some(a) = a else { return };
    let st = &a.stats;
    let notice: HtmlElement = by_id(doc, "notice");
    notice.set_text_content(Some(crate::NOT_ENGLISH));
    notice.set_hidden(st.looks_english);
    by_id::<Element>(doc, "stats").set_text_content(Some(&format!(
        "{} words and {} sentences in · {} words in the summary · analysed in {:.1} ms",
        st.words, st.sentences, st.summary_words, ms
    )));

    // Summary.
    let summary: Element = by_id(doc, "summary");
    summary.set_text_content(None);
    if a.summary.is_empty() {
        append(
            &summary,
            &el(
                doc,
                "p",
                "empty",
                "Paste or type a text to see its summary.",
            ),
        );
    } else {
        let list = el(doc, "ol", "summary-list", "");
        for s in &a.summary {
            let li = el(doc, "li", "", &s.text);
            let _ = li.set_attribute("data-sentence", &s.index.to_string());
            append(&list, &li);
        }
        append(&summary, &list);
    }

    // Themes.
    // Themes and directives are made for English: for another language they are noise
    // ("le", "de"), so the page leaves them out and says why (the result still has them).
    let english = st.looks_english;
    let not_english = "Not shown: this text does not read as English.";
    let themes: Element = by_id(doc, "themes");
    themes.set_text_content(None);
    if !english {
        append(&themes, &el(doc, "p", "empty", not_english));
    } else if a.themes.is_empty() {
        append(&themes, &el(doc, "p", "empty", "No themes yet."));
    }
    for (i, t) in a.themes.iter().enumerate().filter(|_| english) {
        let chip = el(doc, "button", "chip", "");
        let _ = chip.set_attribute("type", "button");
        let _ = chip.set_attribute("aria-pressed", "false");
        let _ = chip.set_attribute("data-theme", &i.to_string());
        let others: Vec<&str> = t
            .phrases
            .iter()
            .filter(|p| **p != t.label)
            .map(String::as_str)
            .collect();
        if !others.is_empty() {
            let _ = chip.set_attribute("title", &others.join(", "));
        }
        append(&chip, &el(doc, "span", "label", &t.label));
        append(&chip, &el(doc, "span", "count", &t.count.to_string()));
        let stc = state.clone();
        let sentences = t.sentences.clone();
        let chip2 = chip.clone();
        on::<web_sys::Event>(&chip, "click", move |_| {
            toggle_theme(&stc, &chip2, &sentences)
        });
        append(&themes, &chip);
    }

    // Directives.
    let dirs: Element = by_id(doc, "directives");
    dirs.set_text_content(None);
    if !english {
        append(&dirs, &el(doc, "p", "empty", not_english));
    } else if a.directives.is_empty() {
        append(&dirs, &el(doc, "p", "empty", "No directives found."));
    }
    for d in a.directives.iter().filter(|_| english) {
        let card = el(doc, "article", "directive", "");
        let line = el(doc, "p", "directive-line", "");
        let who = d.speaker.as_ref().map_or(unnamed(d), |s| s.name.as_str());
        append(&line, &el(doc, "strong", "speaker", who));
        append(&line, &el(doc, "span", "cue", &format!(" {} ", d.cue.text)));
        if let Some(p) = &d.addressee {
            append(&line, &el(doc, "span", "addressee", &p.text));
            append(&line, &el(doc, "span", "arrow", " → "));
        }
        append(&line, &el(doc, "span", "action", &d.action.text));
        append(&card, &line);
        for c in &d.also {
            let also = el(doc, "p", "also", "");
            append(
                &also,
                &el(doc, "span", "cue", &format!("also {}: ", c.cue.text)),
            );
            append(&also, &el(doc, "span", "action", &c.action.text));
            if c.negated {
                append(
                    &also,
                    &el(doc, "span", "kind negated", " (negated: no ask)"),
                );
            }
            append(&card, &also);
        }
        let kind = if d.kind == "obligation" {
            "obligation"
        } else {
            "reported"
        };
        let meta = el(doc, "p", "meta", "");
        append(&meta, &el(doc, "span", &format!("kind {kind}"), kind));
        if d.negated {
            card.set_class_name("directive negated");
            append(&meta, &el(doc, "span", "kind negated", "negated: no ask"));
        }
        let show = el(doc, "button", "link", "Show in text");
        let _ = show.set_attribute("type", "button");
        let stc = state.clone();
        let index = d.sentence;
        on::<web_sys::Event>(&show, "click", move |_| focus_sentence(&stc, index));
        append(&meta, &show);
        append(&card, &meta);
        append(&dirs, &card);
    }

    // The whole text with summary sentences and directives marked, in chunks.
    let view: Element = by_id(doc, "document");
    view.set_text_content(None);
    let marks = Rc::new(Marks {
        summary: a.summary.iter().map(|s| s.index).collect(),
        directives: a.directives.iter().map(|d| d.sentence).collect(),
    });
    drop(s);
    let generation = {
        let mut s = state.borrow_mut();
        s.generation += 1;
        s.generation
    };
    render_document(state, generation, 0, 0, marks);
}

/// Sentence indices to mark in the text view.
struct Marks {
    summary: std::collections::HashSet<usize>,
    directives: std::collections::HashSet<usize>,
}

/// Renders sentences `from..from + RENDER_CHUNK` of the text view (UTF-16 position `pos`
/// reached so far), then schedules the rest.
fn render_document(state: &Shared, generation: u32, from: u32, mut pos: u32, marks: Rc<Marks>) {
    let s = state.borrow();
    if s.generation != generation {
        return;
    }
    let (doc, text, sentences) = (&s.doc, &s.text, &s.sentences);
    let view: Element = by_id(doc, "document");
    let num = |v: &JsValue, k: &str| {
        js_sys::Reflect::get(v, &JsValue::from_str(k))
            .ok()
            .and_then(|x| x.as_f64())
            .unwrap_or(0.0) as u32
    };
    let fragment = doc.create_document_fragment();
    let to = (from + RENDER_CHUNK).min(sentences.length());
    for i in from..to {
        let sentence = sentences.get(i);
        let (start, end) = (num(&sentence, "start"), num(&sentence, "end"));
        let index = num(&sentence, "index") as usize;
        if start > pos {
            let gap = String::from(text.slice(pos, start));
            let _ = fragment.append_child(&doc.create_text_node(&gap));
        }
        let mut class = String::from("s");
        if marks.summary.contains(&index) {
            class.push_str(" in-summary");
        }
        if marks.directives.contains(&index) {
            class.push_str(" has-directive");
        }
        let span = el(doc, "span", &class, &String::from(text.slice(start, end)));
        span.set_id(&format!("s-{index}"));
        let _ = fragment.append_child(&span);
        pos = end;
    }
    if to >= sentences.length() && pos < text.length() {
        let rest = String::from(text.slice(pos, text.length()));
        let _ = fragment.append_child(&doc.create_text_node(&rest));
    }
    let _ = view.append_child(&fragment);
    if to < sentences.length() {
        let window = s.window.clone();
        drop(s);
        let st = state.clone();
        let next = Closure::once_into_js(move || render_document(&st, generation, to, pos, marks));
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(next.unchecked_ref(), 0);
    }
}

fn toggle_theme(state: &Shared, chip: &Element, sentences: &[usize]) {
    let doc = state.borrow().doc.clone();
    let pressed = chip.get_attribute("aria-pressed").as_deref() == Some("true");
    // One theme at a time.
    if let Ok(list) = doc.query_selector_all("#themes .chip[aria-pressed=true]") {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.set_attribute("aria-pressed", "false");
            }
        }
    }
    if let Ok(list) = doc.query_selector_all("#document .theme-hit") {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.class_list().remove_1("theme-hit");
            }
        }
    }
    if pressed {
        return;
    }
    let _ = chip.set_attribute("aria-pressed", "true");
    for i in sentences {
        if let Some(e) = doc.get_element_by_id(&format!("s-{i}")) {
            let _ = e.class_list().add_1("theme-hit");
        }
    }
    if let Some(first) = sentences.first() {
        scroll_to(&doc, *first);
    }
}

fn scroll_to(doc: &Document, index: usize) {
    if let Some(e) = doc.get_element_by_id(&format!("s-{index}")) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        e.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

fn focus_sentence(state: &Shared, index: usize) {
    let doc = state.borrow().doc.clone();
    if let Ok(list) = doc.query_selector_all("#document .focused") {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = e.class_list().remove_1("focused");
            }
        }
    }
    if let Some(e) = doc.get_element_by_id(&format!("s-{index}")) {
        let _ = e.class_list().add_1("focused");
        let _ = e.set_attribute("tabindex", "-1");
        if let Some(h) = e.dyn_ref::<HtmlElement>() {
            let _ = h.focus();
        }
    }
    scroll_to(&doc, index);
}

fn summary_text(a: &Shown) -> String {
    a.summary
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn copy_summary(state: &Shared) {
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

fn markdown(a: &Shown) -> String {
    let mut md = String::new();
    if !a.stats.looks_english {
        md.push_str(&format!("> {}\n\n", crate::NOT_ENGLISH));
    }
    md.push_str("# Summary\n\n");
    for s in &a.summary {
        md.push_str(&format!("- {}\n", s.text));
    }
    // As on the page: themes and directives of a text that is not English are noise.
    if !a.stats.looks_english {
        md.push_str(
            "\n## Themes and key directives\n\nNot shown: this text does not read as English.\n",
        );
        return md;
    }
    md.push_str("\n## Themes\n\n");
    for t in &a.themes {
        let unit = if t.count == 1 {
            "sentence"
        } else {
            "sentences"
        };
        md.push_str(&format!(
            "- **{}** ({} {unit}): {}\n",
            t.label,
            t.count,
            t.phrases.join(", ")
        ));
    }
    md.push_str("\n## Key directives\n\n");
    for d in &a.directives {
        let who = d.speaker.as_ref().map_or(unnamed(d), |s| s.name.as_str());
        let whom = d
            .addressee
            .as_ref()
            .map(|p| format!(" *{}*", p.text))
            .unwrap_or_default();
        let negated = if d.negated {
            " *(negated: no ask)*"
        } else {
            ""
        };
        md.push_str(&format!(
            "- **{who}** {}{whom}: {}{negated}\n",
            d.cue.text, d.action.text
        ));
    }
    md
}

/// Who gives a directive with no speaker: the text itself (an obligation) or someone unnamed
/// (a passive "was ordered to").
fn unnamed(d: &JsDirective) -> &'static str {
    if d.kind == "obligation" {
        "The text"
    } else {
        "Someone"
    }
}

fn download(state: &Shared, as_markdown: bool) {
    let s = state.borrow();
    let Some(a) = &s.analysis else { return };
    let (content, mime, name) = if as_markdown {
        (markdown(a), "text/markdown", "nutshell.md")
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
