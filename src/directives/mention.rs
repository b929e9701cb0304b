//! From a mention's span to a speaker: names, titles, pronouns and event nouns resolved
//! through the speaker memory (the only state the rules touch, see `memory`).

use crate::analysis::{Part, Speaker};
use crate::flags::*;

use super::memory::Memory;
use super::spans::*;
use super::words::Words;

/// The subject of the verb at token `i`, resolved to a speaker.
pub(super) fn subject(w: &Words, i: usize, memory: &mut Memory) -> Option<Speaker> {
    // Segments of the sentence split at clause punctuation, up to the verb.
    let mut from = clause_start(w, i);
    // "A coalition of 40 groups - including X, Y and Z - sent": the subject precedes the
    // opening dash, whatever the commas inside.
    let dash = |g: &str| g.contains(" - ") || g.contains('—') || g.contains(" – ");
    if i > 1 && w.breaks(i) && dash(w.gap_before(i)) {
        if let Some(open) = (1..i - 1).rev().find(|&k| dash(w.gap_before(k))) {
            return noun_phrase(w, clause_start(w, open - 1), open, memory);
        }
    }
    if w.breaks(i) || from == i {
        // "Wang Dongming, Chairman of X, reported": the subject precedes the appositive.
        let appositive_start = clause_start(w, i.saturating_sub(1));
        if appositive_start > 0 && w.breaks(appositive_start) {
            let before = clause_start(w, appositive_start - 1);
            let intro = w.class(before, PREPOSITIONS);
            from = if intro { appositive_start } else { before };
            return noun_phrase(w, from, appositive_start, memory);
        }
        if from == i {
            return None;
        }
    }
    let (a, b) = pronoun_alone(w, subject_span(w, from, i)?);
    // "Kelly said she asked": the pronoun names whoever said it, when that is a name.
    let said = a.checked_sub(if a > 0 && w.is(a - 1, "that") { 2 } else { 1 });
    if let Some(v) = said.filter(|&v| {
        b == a + 1 && v > from && w.class(a, SPEAKER_PRONOUNS) && w.class(v, CLAUSE_VERBS)
    }) {
        if let Some(outer) =
            subject(w, v, memory).filter(|s| s.text.starts_with(char::is_uppercase))
        {
            return Some(speaker(outer.name, &w.part(a, b)));
        }
    }
    noun_phrase(w, a, b, memory)
}

/// Where a mention in `a..b` starts: past a time phrase ("Last month the chairman of the
/// Commission called for") and a conjunction ("..., and that calls for").
fn phrase_start(w: &Words, a: usize, b: usize) -> usize {
    let a = if b > a + 2 && time_phrase(w, a) {
        a + 2
    } else {
        a
    };
    if a < b && w.in_list(a, w.lex.conjunctions) {
        a + 1
    } else {
        a
    }
}

/// Resolves the noun phrase `a..b` to a speaker.
pub(super) fn noun_phrase(w: &Words, a: usize, b: usize, memory: &mut Memory) -> Option<Speaker> {
    let a = phrase_start(w, a, b);
    if b <= a {
        return None;
    }
    // "No one urged", "so far no one urged": no one speaks (a negated report).
    if b >= a + 2 && no_one(w, b) {
        return Some(speaker("No one".to_string(), &w.part(b - 2, b)));
    }
    let mention = w.part(a, b);
    // "Xi Jinping's conversation with ...": the possessor of an event noun speaks.
    for k in a..b {
        if w.lower[k].ends_with("'s") && k + 1 < b && w.class(k + 1, EVENT_NOUNS) {
            let run = capitalized_run(w, a, k + 1)?;
            let name = strip_possessive(&name_of(w, run.0, run.1));
            let name = memory.name(&name);
            return Some(speaker(name, &mention));
        }
    }
    // A leading preposition ("During the talks Xi said"): keep the proper name at the end.
    let a = if w.class(a, PREPOSITIONS) {
        match capitalized_run(w, a + 1, b) {
            Some((s, _)) => s,
            None => return None,
        }
    } else {
        a
    };
    if b - a == 1 && w.class(a, SPEAKER_PRONOUNS) {
        let latest = if w.is(a, "they") {
            memory.latest_group()
        } else {
            memory.latest(true)
        };
        let name = latest.map_or_else(|| w.part(a, b).text, str::to_string);
        return Some(speaker(name, &mention));
    }
    // "the Minister", "the health minister": the person last named with that title.
    let first = if w.class(a, DETERMINERS) { a + 1 } else { a };
    if first < b && b - first <= 3 && (first..b).all(|k| w.class(k, TITLE_WORDS)) {
        if let Some(name) = memory.by_title(w.lower[b - 1]) {
            return Some(speaker(name.to_string(), &mention));
        }
    }
    if let Some((s, e)) = capitalized_run(w, a, b) {
        if e == b {
            let name = name_of(w, s, e);
            if !name.is_empty() {
                let name = memory.name(&name);
                let titles = (s..e)
                    .filter(|&k| w.class(k, TITLE_WORDS))
                    .map(|k| w.lower[k].to_string());
                memory.titled(&name, titles);
                return Some(speaker(name, &mention));
            }
        }
    }
    if w.class(b - 1, EVENT_NOUNS) {
        if let Some(name) = memory.latest(false) {
            return Some(speaker(name.to_string(), &mention));
        }
    }
    // A common noun phrase ("the ministry", "officials"): the phrase itself.
    if w.in_list(a, w.lex.literal_mentions) {
        return Some(speaker(mention.text.clone(), &mention));
    }
    let first = if w.class(a, DETERMINERS) { a + 1 } else { a };
    if first >= b {
        return None;
    }
    Some(speaker(w.part(first, b).text, &mention))
}

pub(super) fn speaker(name: String, mention: &Part) -> Speaker {
    Speaker {
        name,
        text: mention.text.clone(),
        start: mention.start,
        end: mention.end,
    }
}
