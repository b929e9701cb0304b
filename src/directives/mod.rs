//! Who urges, calls for, demands or orders whom to do what; and what must or should be done.
//!
//! Per sentence (`sentence`), in one direction:
//! 1. `words`: the sentence's words, their classes, and each cue word's use (verb, noun,
//!    part of a name), classified once;
//! 2. `cue`: at every token, the verb rules (`verb::GATES` then `verb::BUILDERS`) and the
//!    obligation rules (`modal::CUES` and `modal::VETOES`) make or veto a cue;
//! 3. `speaker`: the sieves find the subject of every cue or reporting verb, then the main
//!    cue's speaker; `mention` resolves a mention through `memory` (coreference across
//!    sentences: "Kerry", "the minister" and "he" find "John Kerry");
//! 4. `spans`: where each action ends; `quotation` gives directives inside a quotation
//!    its speaker.
//!
//! Every rule and sieve has an id, a line of documentation and its examples (`rules`); each
//! directive records the id of the cue rule and of the speaker sieve that made it
//! (`Directive::rule`, `Directive::speaker_rule`). Word lists come from the language's
//! lexicon (`lang::Lexicon`); the rules hold no language's words beyond a few structural
//! function words ("to", "for", "that").

mod cue;
mod memory;
mod mention;
mod modal;
mod quotation;
pub(crate) mod rules;
mod sentence;
mod spans;
mod speaker;
mod verb;
mod words;

use crate::analysis::{Directive, DirectiveKind, RuleInfo, SentenceKind};
use crate::lang::Language;
use crate::segment::Segment;
use crate::tokenize::Tokens;

use cue::Decision;
use memory::Memory;
use quotation::Quotation;
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

/// Named speakers' verbs from which a text counts as a report of what others said.
const REPORT_EVENTS: usize = 3;

/// Finds the directives of every sentence.
pub(crate) fn find(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    lang: &Language,
) -> Vec<Directive> {
    run(text, segments, tokens, lang, None)
}

/// The ids of every rule and sieve that decided on `text` (English, default options): cue
/// rules and vetoes at each token, the sieve of each verb, and the rules and sieves
/// recorded on the directives. (For the rule tests.)
#[cfg(test)]
pub(crate) fn explain(text: &str) -> Vec<String> {
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
    for (si, seg) in segments.iter().enumerate() {
        let toks = tokens.of(si);
        // A headline repeats its article's lead; its cues would be counted twice.
        if toks.is_empty() || seg.kind == SentenceKind::Heading {
            continue;
        }
        let lower = toks.iter().map(|t| tokens.vocab.word(t.word)).collect();
        let classes = toks.iter().map(|t| tokens.vocab.class(t.word)).collect();
        let words = Words::new(text, (seg.start, seg.end), toks, lower, classes, lang);
        quotation.end_stray(&mut out, si, seg.paragraph);
        let at = (si, seg);
        let (found, voices) =
            sentence::sentence(&words, at, lang, &mut memory, trace.as_deref_mut());
        quotation.follow(&mut out, found, &words, (si, seg.paragraph), &voices);
    }
    let opener = quotation.opener.take();
    quotation.settle(&mut out, opener.as_ref());
    // In a report of what others said (several named speakers' verbs), an obligation in the
    // text's own voice is the writer's commentary, not one of the asks it reports.
    if memory.events >= REPORT_EVENTS {
        out.retain(|d| d.kind != DirectiveKind::Obligation || d.speaker.is_some());
    }
    out
}
