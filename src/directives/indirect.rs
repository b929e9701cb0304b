//! Indirect requests: asks made as a wish, a question or a suggestion ("I would appreciate it
//! if you could ...", "Is there any chance you could chair a session?", "Could you send
//! ...", "Any comment will be highly appreciated.", "It'd be a good idea to write them down").
//! One rule reads the language's frames (`lang::Lexicon::indirect_frames`) at each token;
//! the action follows the frame (and "it if you could").

use crate::analysis::DirectiveKind;

use super::cue::Cue;
use super::rules::{rule, Rule};
use super::words::Words;

/// The rules of this stage, for documentation and the example test.
pub(super) const RULES: &[Rule] = &[
    rule(
        "indirect-frame",
        "a frame of a polite or indirect request: \"would appreciate\", \"is there any chance you could\", \"could you\"",
        &[
            "I would appreciate it if you could send the report by Friday.",
            "By the way, is there any chance you could chair a session at the conference?",
            "Could you please send me the slides?",
            "Any comment will be highly appreciated.",
            "Whatever decisions we make it'd be a good idea to write them down.",
        ],
        &["Could you believe it?", "She would appreciate the view."],
    ),
    rule(
        "indirect-rhetorical",
        "\"could you believe\", \"can you imagine\": a question that asks nothing",
        &["Can you imagine the cost?"],
        &["Can you send the cost?"],
    ),
];

/// The indirect request whose frame starts at token `i`; `Err` with the vetoing rule's id.
pub(super) fn cue(w: &Words, i: usize) -> Result<Cue, Option<&'static str>> {
    let lex = w.lex;
    if !w.class(i, crate::flags::INDIRECT_OPENERS) {
        return Err(None);
    }
    let Some(frame) = w.first_phrase_at(i, lex.indirect_frames) else {
        return Err(None);
    };
    let mut end = i + frame.len();
    // "you could, you could": a frame is one run of words.
    if (i + 1..end).any(|k| w.breaks(k)) {
        return Err(None);
    }
    // "would appreciate it if you could": the action follows the second frame.
    if let Some(tail) = w.first_phrase_at(end, lex.indirect_tails) {
        end += tail.len();
    }
    if w.in_list(end, lex.indirect_rhetorical) {
        return Err(Some(RULES[1].id));
    }
    // "She would appreciate the view": a frame opened by someone else states a feeling; only
    // the writer ("I", "we") or no subject makes the ask, unless the frame closes the
    // sentence ("Any comment will be highly appreciated.": what is asked is its subject).
    let subject = (i > 0).then(|| i - 1);
    // A frame with its own subject ("it'd be a good idea to") needs none before it.
    let own_subject = w.in_list(i, &["it", "it'd"]);
    let writer =
        own_subject || subject.is_none_or(|k| w.in_list(k, lex.writer_pronouns) || w.breaks(i));
    let you = (i..end).find(|&k| w.is(k, "you"));
    if !writer && you.is_none() && end < w.len() {
        return Err(None);
    }
    if end >= w.len() {
        // "Any comment will be highly appreciated.": the ask is the subject.
        let start = (0..i).rev().find(|&k| w.breaks(k)).unwrap_or(0);
        if start == i {
            return Err(None);
        }
        return Ok(Cue {
            kind: DirectiveKind::Indirect,
            rule: RULES[0].id,
            ..Cue::obligation(i, end, None, start)
        });
    }
    Ok(Cue {
        kind: DirectiveKind::Indirect,
        rule: RULES[0].id,
        ..Cue::obligation(i, end, you.map(|k| (k, k + 1)), end)
    })
}
