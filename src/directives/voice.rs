//! The text's voice: who speaks when no sentence names a speaker, and which of the text's
//! own asks are kept.
//!
//! - A **resolution or decision** names its issuer once, in the preamble ("The General
//!   Assembly,"): its operative clauses ("Requests the Secretary-General to ...") are that
//!   body's ([`issuer`]).
//! - A **report** of what others said (several named speakers' reporting verbs, and a writer
//!   who does not speak as "I" or "we") has a journalist's voice: an obligation, a rule or an
//!   indirect request in that voice is commentary, not one of the asks it reports, and is
//!   dropped.
//! - A few **imperatives** in the text's own voice, in a text that neither gives
//!   instructions (a tenth of its sentences) nor speaks as "I" or "we", are a page footer or
//!   an aside ("Follow her on Twitter", "Consider the case of ..."), and are dropped; but not
//!   in a numbered list ("1. For security reasons, do not share ..."): a numbered clause is
//!   one of the text's rules.
//! - Everything else (a statement, a speech, an advisory, a policy, minutes, an email) keeps
//!   its own asks: the text's own voice is exactly who makes them.

use crate::analysis::{Directive, DirectiveKind, Speaker};

use super::words::Words;

/// Named speakers' verbs from which a text may be a report of what others said.
const REPORT_EVENTS: usize = 3;
/// A writer who speaks as "I" or "we" in at least this share of the sentences (outside
/// quotation marks) makes a statement or a speech, not a report (PolNeAR's news: 90 % of
/// articles under 11 %; speeches in the development set 14-49 %).
const FIRST_PERSON_SHARE: f64 = 0.12;
/// A writer's obligations survive a report's reading only in a text that speaks as "I" or
/// "we" this much (a speech; an opinion column quoting others stays a report).
const SPEECH_SHARE: f64 = 0.35;
/// Own-voice imperatives are the text's asks (an advisory, a policy, an email) when they are
/// at least this share of its sentences, or when the writer speaks as "I" or "we"; fewer,
/// in a text that does neither, are a page's footer or an aside ("Follow her on Twitter",
/// "Consider the case of ...").
const IMPERATIVE_SHARE: f64 = 0.10;

/// Sentences with a verb of saying from which a text may be a report.
const SAYING_SENTENCES: usize = 2;
/// Labelled turns from which a text is minutes or a transcript, which keep their asks.
const TRANSCRIPT_TURNS: usize = 2;

/// What the directive pass counted about the text, to decide its voice.
#[derive(Default)]
pub(super) struct TextVoice {
    /// Sentences read (headings left out).
    pub sentences: usize,
    /// Sentences without quotation marks in which the writer says "I" or "we".
    pub first_person: usize,
    /// The issuing body of a resolution's preamble, once found.
    pub issuer: Option<Speaker>,
    /// Sentences that open with a person's label ("Eric Holk: ..."): minutes, a transcript.
    pub turns: usize,
    /// Sentences with a verb of saying ("said", "told"): a report says who said what.
    pub saying: usize,
    /// The sentences (indices, ascending) that open with a list item's number or letter.
    pub numbered: Vec<usize>,
}

impl TextVoice {
    /// Counts one sentence, whose label ([`super::label::label`]) is `label`.
    pub fn read(&mut self, w: &Words, label: Option<super::label::Label>) {
        self.sentences += 1;
        let quoted = w.text[w.start..w.end].contains(['"', '“', '”']);
        if !quoted && (0..w.len()).any(|k| w.in_list(k, w.lex.writer_pronouns)) {
            self.first_person += 1;
        }
        if (0..w.len()).any(|k| w.class(k, crate::flags::CLAUSE_VERBS)) {
            self.saying += 1;
        }
        if let Some(super::label::Label::Person(_)) = label {
            self.turns += 1;
        }
        self.heading(w);
    }

    /// Minutes or a transcript: turns with a speaker label (each directive's speaker is its
    /// turn's, `label`).
    fn transcript(&self) -> bool {
        self.turns >= TRANSCRIPT_TURNS
    }

    /// Reads a heading or a line: only for the issuer.
    pub fn heading(&mut self, w: &Words) {
        if self.issuer.is_none() {
            self.issuer = issuer(w);
        }
    }

    /// The writer speaks as "I" or "we" (a statement, a speech, an email).
    fn first_person(&self) -> bool {
        self.first_person as f64 >= FIRST_PERSON_SHARE * self.sentences as f64
    }

    /// Settles the text's own asks: in a report, the writer's obligations go; imperatives in
    /// the text's own voice go unless the text is one of instructions or a first-person
    /// one; an operative clause gets the issuer as its speaker.
    pub fn settle(&self, out: &mut Vec<Directive>, events: usize) {
        let own = |d: &Directive, k| d.kind == k && d.speaker.is_none();
        let numbered = |d: &Directive| self.numbered.binary_search(&d.sentence).is_ok();
        let speech = self.first_person as f64 >= SPEECH_SHARE * self.sentences as f64;
        // "Users will report ... when asked by staff": a policy's rules name people, but no
        // one in it says anything.
        let says = self.saying >= SAYING_SENTENCES;
        let report = events >= REPORT_EVENTS
            && says
            && self.issuer.is_none()
            && !speech
            && !self.transcript();
        let imperatives = out
            .iter()
            .filter(|d| own(d, DirectiveKind::Imperative))
            .count();
        // A speech ("Let us not forget, my fellow Americans") asks its hearers, whoever it
        // names.
        let instructions = self.issuer.is_some()
            || self.transcript()
            || speech
            || self.first_person() && events < REPORT_EVENTS
            || imperatives as f64 >= IMPERATIVE_SHARE * self.sentences as f64;
        out.retain(|d| {
            let commentary = [
                DirectiveKind::Obligation,
                DirectiveKind::Rule,
                DirectiveKind::Indirect,
            ];
            let prose_item = d.rule == super::label::ACTION_ITEM_TO_PROSE;
            !(report && commentary.iter().any(|&k| own(d, k))
                || !instructions && own(d, DirectiveKind::Imperative) && !numbered(d)
                || prose_item && !self.transcript())
        });
        if let Some(issuer) = &self.issuer {
            for d in out.iter_mut() {
                // An operative clause, or a preambular "Emphasizing the need to ...,".
                let issuers = matches!(d.kind, DirectiveKind::Operative | DirectiveKind::Reported);
                if issuers && d.speaker.is_none() {
                    d.speaker = Some(issuer.clone());
                    d.speaker_rule = Some("issuer".into());
                }
            }
        }
    }
}

/// The issuer named alone before a resolution's clauses: a short line "The General
/// Assembly," or "The Security Council," (the article, capitalised words, a comma).
fn issuer(w: &Words) -> Option<Speaker> {
    let n = w.len();
    if !(2..=6).contains(&n) || !w.is(0, "the") {
        return None;
    }
    let tail = w.text[w.toks[n - 1].end()..w.end].trim();
    let named = (0..n).all(|k| w.has(k, crate::flags::CAPITALIZED));
    (tail == "," && named).then(|| {
        let p = w.part(0, n);
        Speaker {
            name: p.text.clone(),
            text: p.text,
            start: p.start,
            end: p.end,
        }
    })
}
