//! A cue found in a sentence, and the pass that finds every cue of a sentence by asking the
//! imperative rules (`imperative`), the verb rules (`verb`), the rules of conduct
//! (`policy`), the indirect requests (`indirect`) and the obligation rules (`modal`) at each
//! token, in that order.

use crate::analysis::DirectiveKind;
use crate::lang::Language;

use super::spans::negation;
use super::words::Words;
use super::{imperative, indirect, modal, policy, verb};

/// A cue found in a sentence.
#[derive(Clone, Debug)]
pub(super) struct Cue {
    /// First and one-past-last token of the cue words.
    pub start: usize,
    pub end: usize,
    /// Index of the verb (or modal) token.
    pub verb: usize,
    pub addressee: Option<(usize, usize)>,
    /// First token of the action.
    pub action: usize,
    pub kind: DirectiveKind,
    /// An "-ing" form opening a clause: its speaker is the main clause's subject.
    pub participial: bool,
    /// For obligations: the cue has its own subject (the addressee), not the speaker.
    pub modal: bool,
    /// The cue stands inside a quotation opened earlier in the sentence ("“We must act,” he
    /// said"): a reporting verb after it names the speaker.
    pub quoted: bool,
    /// For a negated reported cue ("did not urge", "declined to call for"): the first token
    /// of the negation, where the shown cue starts.
    pub negation: Option<usize>,
    /// A passive cue ("workers were urged to", "were ordered by a judge to"): its subject is
    /// the addressee, and only the agent after "by", if any, is the speaker.
    pub passive: bool,
    /// The id of the rule that made it (`Directive::rule`).
    pub rule: &'static str,
}

impl Cue {
    /// A reported cue of the verb at `verb`, words `start..end`, action from `action`.
    pub fn reported(
        verb: usize,
        (start, end): (usize, usize),
        addressee: Option<(usize, usize)>,
        action: usize,
    ) -> Cue {
        Cue {
            start,
            end,
            verb,
            addressee,
            action,
            kind: DirectiveKind::Reported,
            participial: false,
            modal: false,
            quoted: false,
            negation: None,
            passive: false,
            rule: "",
        }
    }

    /// A nominal directive from `start` to the "for"/"that" after the cue noun at `noun`
    /// ("his call for", "Pence's call for"); the action follows.
    pub fn nominal(start: usize, noun: usize) -> Cue {
        Cue::reported(noun, (start, noun + 2), None, noun + 2)
    }

    /// An obligation ("must", "it is necessary to") from `start` to `end`.
    pub fn obligation(
        start: usize,
        end: usize,
        addressee: Option<(usize, usize)>,
        action: usize,
    ) -> Cue {
        Cue {
            kind: DirectiveKind::Obligation,
            modal: true,
            ..Cue::reported(start, (start, end), addressee, action)
        }
    }
}

/// What the cue rules decided at one token, for `--explain` and the rule tests: the id of
/// the rule that made a cue or vetoed one there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    /// Byte offset of the token.
    pub at: usize,
    /// The rule's id.
    pub rule: &'static str,
    /// Whether the rule made a cue (else it vetoed one).
    pub made: bool,
}

/// Every cue of a sentence, in order, none overlapping; the vetoes that decided on the way
/// go to `trace`, when given.
pub(super) fn find_cues(
    w: &Words,
    lang: &Language,
    mut trace: Option<&mut Vec<Decision>>,
) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let found = match imperative::cue(w, i) {
            Ok(c) => Ok(c),
            Err(veto) => match verb::cue(w, i, lang) {
                Ok(c) => Ok(c),
                Err(v) => match policy::cue(w, i) {
                    Some(c) => Ok(c),
                    None => match indirect::cue(w, i) {
                        Ok(c) => Ok(c),
                        Err(r) => modal::cue(w, i).map_err(|m| veto.or(v).or(r).or(m)),
                    },
                },
            },
        };
        if let Some(t) = trace.as_deref_mut() {
            let rule = match &found {
                Ok(c) => Some((c.rule, true)),
                Err(v) => v.map(|r| (r, false)),
            };
            if let Some((rule, made)) = rule {
                let at = w.toks[i].start();
                t.push(Decision { at, rule, made });
            }
        }
        match found {
            // "urged Sanders to call for a ceasefire": a cue that opens another cue's action is
            // part of that action, not a cue of its own.
            Ok(c) if cues.last().is_some_and(|p| p.action == c.start) => {
                i = c.end.max(i + 1);
            }
            Ok(mut c) => {
                let before = &w.text[w.start..w.toks[c.start].start()];
                let curly_open = before.matches('“').count() > before.matches('”').count();
                c.quoted = curly_open || before.matches('"').count() % 2 == 1;
                if c.kind == DirectiveKind::Reported {
                    c.negation = negation(w, c.start);
                }
                i = c.end.max(i + 1);
                cues.push(c);
            }
            Err(_) => i += 1,
        }
    }
    cues
}
