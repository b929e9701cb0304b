//! Who urges, calls for, demands or orders whom to do what; and what must or should be done.
//!
//! Per sentence (`sentence`), in one direction:
//! 1. `words`: the sentence's words, their classes, and each cue word's use (verb, noun,
//!    part of a name), classified once;
//! 2. `cue`: at every token, the imperative rules (`imperative::CUES` and
//!    `imperative::VETOES`), the verb rules (`verb::GATES` then `verb::BUILDERS`), the
//!    rules of conduct (`policy::CUES`), indirect requests (`indirect`) and the obligation rules (`modal::CUES` and
//!    `modal::VETOES`) make or veto a cue;
//! 3. `speaker`: the sieves find the subject of every cue or reporting verb, then the main
//!    cue's speaker; `mention` resolves a mention through `memory` (coreference across
//!    sentences: "Kerry", "the minister" and "he" find "John Kerry");
//! 4. `spans`: where each action ends; `quotation` gives directives inside a quotation
//!    its speaker;
//! 5. `label`: a turn's speaker label and the assignee of an action item (minutes);
//! 6. `voice`: the text's own voice (a resolution's issuer; a report's commentary dropped).
//!
//! Every rule and sieve has an id, a line of documentation and its examples (`rules`); each
//! directive records the id of the cue rule and of the speaker sieve that made it
//! (`Directive::rule`, `Directive::speaker_rule`). Word lists come from the language's
//! lexicon (`lang::Lexicon`); the rules hold no language's words beyond a few structural
//! function words ("to", "for", "that").

mod cue;
mod imperative;
mod indirect;
mod label;
mod memory;
mod mention;
mod modal;
mod policy;
mod quotation;
pub(crate) mod rules;
mod sentence;
mod spans;
mod speaker;
pub(crate) mod table;
mod verb;
mod voice;
mod words;

use crate::analysis::{Directive, RuleInfo, SentenceKind};
use crate::lang::Language;
use crate::segment::Segment;
use crate::tokenize::Tokens;

use cue::Decision;
use memory::Memory;
use quotation::Quotation;
use voice::TextVoice;
use words::Words;

/// Every cue rule, veto and speaker sieve of the directive finder, in the order they are
/// tried (stage by stage), with what each decides and an example where it does.
pub fn rules() -> Vec<RuleInfo> {
    rules::all()
        .into_iter()
        .map(|(stage, r)| RuleInfo {
            id: r.id,
            stage,
            what: r.what(),
            example: r.examples().0,
            counterexample: r.examples().1,
        })
        .collect()
}

/// Finds the directives of every sentence.
pub(crate) fn find(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    lang: &Language,
) -> Vec<Directive> {
    match lang.table {
        Some(t) => table::find(text, segments, tokens, t),
        None => run(text, segments, tokens, lang, None),
    }
}

/// The ids of every rule and sieve that decided on `text` (English, default options): cue
/// rules and vetoes at each token, the sieve of each verb, and the rules and sieves
/// recorded on the directives. (For the rule tests.)
/// A text opening with a language code and a colon ("fr: ...") is read in that language,
/// from its cue table.
#[cfg(test)]
pub(crate) fn explain(text: &str) -> Vec<String> {
    if let Some((code, rest)) = text.split_once(": ").filter(|(c, _)| c.len() == 2) {
        let lang = Language::of(code);
        let segments = crate::segment::segment(rest, lang);
        let tokens = crate::tokenize::tokenize(rest, &segments, lang);
        let found = find(rest, &segments, &tokens, lang);
        let mut ids: Vec<String> = found.iter().map(|d| d.rule.to_string()).collect();
        ids.extend(
            found
                .iter()
                .filter_map(|d| d.speaker_rule.as_ref().map(|r| r.to_string())),
        );
        return ids;
    }
    let lang = Language::english();
    let segments = crate::segment::segment(text, &lang);
    let tokens = crate::tokenize::tokenize(text, &segments, &lang);
    let mut trace = Vec::new();
    let found = run(text, &segments, &tokens, &lang, Some(&mut trace));
    let mut ids: Vec<String> = trace.iter().map(|d| d.rule.to_string()).collect();
    for d in &found {
        ids.push(d.rule.to_string());
        ids.extend(d.speaker_rule.iter().map(|r| r.to_string()));
        ids.extend(d.also.iter().map(|c| c.rule.to_string()));
    }
    ids
}

fn run(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    lang: &Language,
    mut trace: Option<&mut Vec<Decision>>,
) -> Vec<Directive> {
    let mut memory = Memory::new(lang.lexicon.organisation_words);
    let mut out: Vec<Directive> = Vec::new();
    let mut quotation = Quotation::default();
    let mut voice = TextVoice::default();
    for (si, seg) in segments.iter().enumerate() {
        let toks = tokens.of(si);
        if toks.is_empty() {
            continue;
        }
        let lower = toks.iter().map(|t| tokens.vocab.word(t.word)).collect();
        let classes = toks.iter().map(|t| tokens.vocab.class(t.word)).collect();
        let words = Words::new(text, (seg.start, seg.end), toks, lower, classes, lang);
        // A headline repeats its article's lead; its cues would be counted twice. (A
        // resolution's issuer stands alone on a line, as a heading.) A line that ends in a
        // comma or a semicolon is no headline but a clause of a list: a resolution's
        // preamble ("Emphasizing the need to ...,"); nor is a line in sentence case that
        // opens with an imperative ("Stay cool", "Report issues here: URL").
        let line = &text[seg.start..seg.end];
        if seg.kind == SentenceKind::Heading
            && !continues(line, toks.len())
            && !imperative::instruction_line(&words, line)
        {
            voice.heading(&words);
            continue;
        }
        let label = label::label(&words);
        voice.read(&words, label);
        if imperative::after_list_marker(&words) {
            voice.numbered.push(si);
        }
        quotation.end_stray(&mut out, si, seg.paragraph);
        let at = (si, seg);
        let (mut found, voices) =
            sentence::sentence(&words, at, lang, &mut memory, trace.as_deref_mut());
        label::apply(&words, &mut found, seg.kind == SentenceKind::Item, label);
        quotation.follow(&mut out, found, &words, (si, seg.paragraph), &voices);
    }
    let opener = quotation.opener.take();
    quotation.settle(&mut out, opener.as_ref());
    voice.settle(&mut out, memory.events);
    out
}

/// Whether a line without a full stop continues a list of clauses: it ends in a comma or a
/// semicolon and has a clause's length.
fn continues(line: &str, words: usize) -> bool {
    words >= 5 && line.trim_end().ends_with([',', ';'])
}
