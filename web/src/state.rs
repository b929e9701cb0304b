//! The page's state (the shown analysis, the pending request, settings from the URL), and
//! bringing back the saved text and settings.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Window, Worker};

use crate::analyze::check_options;
use crate::dom::{by_id, storage};

/// The example article (the project's seed), shipped inside the module: no request needed.
pub const EXAMPLE: &str = include_str!("../../assets/example.txt");
/// The largest text analysed, in UTF-16 code units.
pub const MAX_INPUT: u32 = 10_000_000;
/// Wait after the last keystroke before analysing.
pub const DEBOUNCE_MS: i32 = 250;
pub const KEY_TEXT: &str = "nutshell.text";
pub const KEY_MODE: &str = "nutshell.mode";
pub const KEY_VALUE: &str = "nutshell.value";
pub const KEY_PHRASE: &str = "nutshell.phraseWords";
pub const KEY_LANGUAGE: &str = "nutshell.language";

/// Fills the language control: "Identify it", then every supported language by its name
/// and its own name ("French (français)").
fn fill_languages(doc: &Document, select: &HtmlSelectElement) {
    if select.length() > 1 {
        return;
    }
    for l in nutshell::languages() {
        let label = if l.name == l.native {
            l.name.to_string()
        } else {
            format!("{} ({})", l.name, l.native)
        };
        if let Ok(option) = doc.create_element("option") {
            let _ = option.set_attribute("value", l.code);
            option.set_text_content(Some(&label));
            let _ = select.append_child(&option);
        }
    }
}

pub struct State {
    pub window: Window,
    pub doc: Document,
    pub worker: Option<Worker>,
    /// Id of the latest request; older answers are dropped.
    pub request: u32,
    pub timer: Option<i32>,
    /// The text the shown analysis belongs to.
    pub text: JsString,
    /// What the page shows of the latest result (its sentences stay a JS array).
    pub analysis: Option<nutshell::Analysis>,
    pub sentences: js_sys::Array,
    /// Bumped by every render; a chunked render of an older result stops.
    pub generation: u32,
    /// The raw result object, for the JSON download.
    pub raw: JsValue,
    pub url_error: Option<String>,
    /// Valid options from the URL that have no control on the page (`maxThemes`,
    /// `maxKeyphrases`): sent with every analysis.
    pub url_options: Vec<(String, String)>,
}

pub type Shared = Rc<RefCell<State>>;

impl State {
    pub fn new(window: Window, doc: Document, worker: Option<Worker>) -> State {
        State {
            window,
            doc,
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
        }
    }
}

/// Brings back the saved text and settings; settings in the URL (?sentences=3) win.
pub fn restore(state: &Shared) {
    let (window, doc) = {
        let s = state.borrow();
        (s.window.clone(), s.doc.clone())
    };
    let input: HtmlTextAreaElement = by_id(&doc, "input");
    let mode: HtmlSelectElement = by_id(&doc, "length-mode");
    let value: HtmlInputElement = by_id(&doc, "length-value");
    let phrase: HtmlSelectElement = by_id(&doc, "phrase-words");
    let language: HtmlSelectElement = by_id(&doc, "language");
    fill_languages(&doc, &language);
    if let Some(st) = storage(&window) {
        let saved = |k: &str| st.get_item(k).ok().flatten();
        if let Some(t) = saved(KEY_TEXT) {
            input.set_value(&t);
        }
        if let Some(m) = saved(KEY_MODE) {
            mode.set_value(&m);
        }
        if let Some(v) = saved(KEY_VALUE) {
            value.set_value(&v);
        }
        if let Some(v) = saved(KEY_PHRASE) {
            phrase.set_value(&v);
        }
        if let Some(v) = saved(KEY_LANGUAGE) {
            language.set_value(&v);
        }
    }
    let search = window.location().search().unwrap_or_default();
    if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
        restore_url(state, &params, (&mode, &value, &phrase, &language));
    }
}

/// Settings from the link: the length and phrase controls are set, `maxThemes` and
/// `maxKeyphrases` kept for every analysis, and an invalid set said plainly.
fn restore_url(
    state: &Shared,
    params: &web_sys::UrlSearchParams,
    (mode, value, phrase, language): (
        &HtmlSelectElement,
        &HtmlInputElement,
        &HtmlSelectElement,
        &HtmlSelectElement,
    ),
) {
    let mut entries: Vec<(String, String)> = Vec::new();
    // Every option a link may set (`?sentences=3`, `?language=fr`).
    for &key in nutshell::OPTION_NAMES {
        let Some(v) = params.get(key) else {
            continue;
        };
        let entry = (key.to_string(), v.trim().to_string());
        let valid = check_options(std::slice::from_ref(&entry)).is_ok();
        entries.push(entry);
        let number = v.trim().parse::<f64>().ok();
        if key == "language" {
            // The control holds it; an invalid code is said below.
            if valid {
                language.set_value(v.trim());
            }
            entries.pop();
            if !valid {
                entries.push(("language".to_string(), v.trim().to_string()));
            }
        } else if key == "phraseWords" && valid {
            phrase.set_value(v.trim());
        } else if number.is_some() && valid && key.starts_with("max") {
            state
                .borrow_mut()
                .url_options
                .push((key.to_string(), v.trim().to_string()));
        }
        if ["sentences", "ratio", "words"].contains(&key) {
            mode.set_value(key);
            let shown = match number {
                Some(r) if key == "ratio" => (r * 100.0).to_string(),
                _ => v,
            };
            value.set_value(&shown);
        }
    }
    if let Err(e) = check_options(&entries) {
        state.borrow_mut().url_error = Some(format!("The link's settings are invalid: {e}."));
    }
}
