//! Rendering a result: summary, theme chips, directive cards and the whole text with its
//! marks. Nothing here adds a listener: clicks on chips and "Show in text" reach the one
//! listener of their container (`input::wire`), which reads the element's data attributes.

use std::rc::Rc;

use nutshell::present::{self, NOT_SHOWN, NO_ASK, NO_LANGUAGE};
use nutshell::{Analysis, Directive};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::dom::{append, by_id, each, el};
use crate::state::Shared;

/// Sentences of the marked text rendered per task, so a book never blocks the page for long.
const RENDER_CHUNK: u32 = 400;

/// Shows the current analysis (analysed in `ms`).
pub fn render(state: &Shared, ms: f64) {
    let s = state.borrow();
    let (doc, a) = (&s.doc, s.analysis.as_ref());
    let Some(a) = a else { return };
    let st = &a.stats;
    let notice: HtmlElement = by_id(doc, "notice");
    notice.set_text_content(Some(NO_LANGUAGE));
    notice.set_hidden(present::shows_details(a));
    let cut = present::cut_note(st.cut_sentences).map_or(String::new(), |n| format!(" · {n}"));
    let chosen = by_id::<web_sys::HtmlSelectElement>(doc, "language").value();
    let chosen = !chosen.is_empty() && chosen != nutshell::DEFAULT_LANGUAGE;
    let language = present::language_line(a, chosen).map_or(String::new(), |l| format!(" · {l}"));
    by_id::<Element>(doc, "stats").set_text_content(Some(&format!(
        "{} words and {} sentences in · {} words in the summary · analysed in {:.1} ms{language}{cut}",
        st.words, st.sentences, st.summary_words, ms
    )));
    // The results in the text's language and direction (Arabic right to left).
    let results: Element = by_id(doc, "results");
    match nutshell::language_info(&st.language) {
        Some(info) => {
            let _ = results.set_attribute("lang", info.code);
            let _ = results.set_attribute("dir", if info.rtl { "rtl" } else { "ltr" });
        }
        None => {
            let _ = results.remove_attribute("lang");
            let _ = results.set_attribute("dir", "auto");
        }
    }
    render_summary(doc, a);
    // Themes and directives of a text in no supported language are noise, so the page
    // leaves them out and says why (the result still has them).
    render_themes(doc, a);
    render_directives(doc, a);

    // The whole text with summary sentences and directives marked, in chunks.
    by_id::<Element>(doc, "document").set_text_content(None);
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

fn render_summary(doc: &Document, a: &Analysis) {
    let summary: Element = by_id(doc, "summary");
    summary.set_text_content(None);
    if a.summary.is_empty() {
        let hint = "Paste or type a text to see its summary.";
        return append(&summary, &el(doc, "p", "empty", hint));
    }
    let list = el(doc, "ol", "summary-list", "");
    for s in &a.summary {
        let li = el(doc, "li", "", &nutshell::present::shown(s));
        let _ = li.set_attribute("data-sentence", &s.index.to_string());
        if !s.why.is_empty() {
            append(&li, &el(doc, "span", "why", &nutshell::present::why(s)));
        }
        append(&list, &li);
    }
    append(&summary, &list);
}

fn render_themes(doc: &Document, a: &Analysis) {
    let themes: Element = by_id(doc, "themes");
    themes.set_text_content(None);
    if !present::shows_details(a) {
        return append(&themes, &el(doc, "p", "empty", NOT_SHOWN));
    }
    if a.themes.is_empty() {
        append(&themes, &el(doc, "p", "empty", "No themes yet."));
    }
    for (i, t) in a.themes.iter().enumerate() {
        let chip = el(doc, "button", "chip", "");
        let _ = chip.set_attribute("type", "button");
        let _ = chip.set_attribute("aria-pressed", "false");
        let _ = chip.set_attribute("data-theme", &i.to_string());
        let others: Vec<&str> = (t.phrases.iter())
            .filter(|p| **p != t.label)
            .map(String::as_str)
            .collect();
        if !others.is_empty() {
            let _ = chip.set_attribute("title", &others.join(", "));
        }
        append(&chip, &el(doc, "span", "label", &t.label));
        append(&chip, &el(doc, "span", "count", &t.count.to_string()));
        append(&themes, &chip);
    }
}

fn render_directives(doc: &Document, a: &Analysis) {
    let dirs: Element = by_id(doc, "directives");
    dirs.set_text_content(None);
    if !present::shows_details(a) {
        return append(&dirs, &el(doc, "p", "empty", NOT_SHOWN));
    }
    if let Some(note) = present::directives_note(a) {
        return append(&dirs, &el(doc, "p", "empty", &note));
    }
    if let Some(note) = present::partial_note(a) {
        append(&dirs, &el(doc, "p", "empty", &note));
    }
    if a.directives.is_empty() {
        append(&dirs, &el(doc, "p", "empty", "No directives found."));
    }
    if a.directives.len() > 1 {
        append(&dirs, &filters(doc, a));
    }
    for d in &a.directives {
        append(&dirs, &card(doc, d));
    }
}

/// Most speakers offered as filters (the most frequent; the rest stay under "all").
const SPEAKER_FILTERS: usize = 8;

/// The filter bar over the directive cards: one button per kind found and per frequent
/// speaker, each with its count, and "All" (see [`apply_filter`]).
fn filters(doc: &Document, a: &Analysis) -> Element {
    let bar = el(doc, "div", "filters", "");
    let _ = bar.set_attribute("role", "group");
    let _ = bar.set_attribute("aria-label", "Filter directives");
    let button = |group: &str, value: &str, label: &str, count: usize| {
        let b = el(doc, "button", "chip filter", "");
        let _ = b.set_attribute("type", "button");
        let _ = b.set_attribute("data-filter", group);
        let _ = b.set_attribute("data-value", value);
        let _ = b.set_attribute(
            "aria-pressed",
            if value.is_empty() { "true" } else { "false" },
        );
        append(&b, &el(doc, "span", "label", label));
        append(&b, &el(doc, "span", "count", &count.to_string()));
        b
    };
    append(&bar, &button("kind", "", "All", a.directives.len()));
    for kind in nutshell::DirectiveKind::ALL {
        let n = a.directives.iter().filter(|d| d.kind == kind).count();
        if n > 0 {
            append(
                &bar,
                &button("kind", kind.as_str(), present::kind_label(kind), n),
            );
        }
    }
    let mut speakers: Vec<(&str, usize)> = Vec::new();
    for d in &a.directives {
        let who = present::who(d);
        match speakers.iter_mut().find(|(s, _)| *s == who) {
            Some((_, n)) => *n += 1,
            None => speakers.push((who, 1)),
        }
    }
    if speakers.len() > 1 {
        // Most frequent first; ties in order of first appearance (an insertion sort: a few
        // speakers, and no second sort routine in the page).
        for k in 1..speakers.len() {
            let mut j = k;
            while j > 0 && speakers[j].1 > speakers[j - 1].1 {
                speakers.swap(j, j - 1);
                j -= 1;
            }
        }
        for (who, n) in speakers.into_iter().take(SPEAKER_FILTERS) {
            append(&bar, &button("speaker", who, who, n));
        }
    }
    bar
}

/// Shows only the cards of the chosen kind or speaker ("All" or the chosen one again
/// shows every card); one filter at a time.
pub fn apply_filter(doc: &Document, chosen: &Element) {
    let group = chosen.get_attribute("data-filter").unwrap_or_default();
    let mut value = chosen.get_attribute("data-value").unwrap_or_default();
    if chosen.get_attribute("aria-pressed").as_deref() == Some("true") {
        value.clear();
    }
    let buttons = doc.query_selector_all("#directives .filter").ok();
    for k in 0..buttons.as_ref().map_or(0, |b| b.length()) {
        if let Some(b) = buttons.as_ref().and_then(|b| b.item(k)) {
            let b: Element = b.unchecked_into();
            let on = if value.is_empty() {
                b.get_attribute("data-value").as_deref() == Some("")
            } else {
                b.is_same_node(Some(chosen))
            };
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }
    let cards = doc.query_selector_all("#directives .directive").ok();
    for k in 0..cards.as_ref().map_or(0, |c| c.length()) {
        if let Some(c) = cards.as_ref().and_then(|c| c.item(k)) {
            let c: Element = c.unchecked_into();
            let attribute = if group == "kind" {
                "data-kind"
            } else {
                "data-speaker"
            };
            let shown =
                value.is_empty() || c.get_attribute(attribute).as_deref() == Some(value.as_str());
            let _ = if shown {
                c.remove_attribute("hidden")
            } else {
                c.set_attribute("hidden", "")
            };
        }
    }
}

/// One directive's card: who, cue, whom, what; its further cues; its kind and "Show in text".
fn card(doc: &Document, d: &Directive) -> Element {
    let card = el(doc, "article", "directive", "");
    let _ = card.set_attribute("data-kind", d.kind.as_str());
    let _ = card.set_attribute("data-speaker", present::who(d));
    let line = el(doc, "p", "directive-line", "");
    append(&line, &el(doc, "strong", "speaker", present::who(d)));
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
                &el(doc, "span", "kind negated", &format!(" ({NO_ASK})")),
            );
        }
        append(&card, &also);
    }
    let kind = d.kind.as_str();
    let meta = el(doc, "p", "meta", "");
    let label = present::kind_label(d.kind);
    append(&meta, &el(doc, "span", &format!("kind {kind}"), label));
    if d.negated {
        card.set_class_name("directive negated");
        append(&meta, &el(doc, "span", "kind negated", NO_ASK));
    }
    let show = el(doc, "button", "link", "Show in text");
    let _ = show.set_attribute("type", "button");
    let _ = show.set_attribute("data-sentence", &d.sentence.to_string());
    append(&meta, &show);
    append(&card, &meta);
    card
}

/// Marks the sentences of theme `index` in the text (one theme at a time; choosing the
/// chosen one again clears it).
pub fn toggle_theme(state: &Shared, chip: &Element, index: usize) {
    let (doc, sentences) = {
        let s = state.borrow();
        let sentences = (s.analysis.as_ref())
            .and_then(|a| a.themes.get(index))
            .map(|t| t.sentences.clone())
            .unwrap_or_default();
        (s.doc.clone(), sentences)
    };
    let pressed = chip.get_attribute("aria-pressed").as_deref() == Some("true");
    each(&doc, "#themes .chip[aria-pressed=true]", |e| {
        let _ = e.set_attribute("aria-pressed", "false");
    });
    each(&doc, "#document .theme-hit", |e| {
        let _ = e.class_list().remove_1("theme-hit");
    });
    if pressed {
        return;
    }
    let _ = chip.set_attribute("aria-pressed", "true");
    for i in &sentences {
        if let Some(e) = doc.get_element_by_id(&format!("s-{i}")) {
            let _ = e.class_list().add_1("theme-hit");
        }
    }
    if let Some(first) = sentences.first() {
        scroll_to(&doc, *first);
    }
}

/// Focuses sentence `index` in the text ("Show in text").
pub fn focus_sentence(state: &Shared, index: usize) {
    let doc = state.borrow().doc.clone();
    each(&doc, "#document .focused", |e| {
        let _ = e.class_list().remove_1("focused");
    });
    if let Some(e) = doc.get_element_by_id(&format!("s-{index}")) {
        let _ = e.class_list().add_1("focused");
        let _ = e.set_attribute("tabindex", "-1");
        if let Some(h) = e.dyn_ref::<HtmlElement>() {
            let _ = h.focus();
        }
    }
    scroll_to(&doc, index);
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

fn scroll_to(doc: &Document, index: usize) {
    if let Some(e) = doc.get_element_by_id(&format!("s-{index}")) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        e.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}
