//! Span helpers of the directive rules: pure functions from a sentence's words to token
//! positions (where a clause starts, a verb group, a subject, an infinitive's "to", where an
//! action ends). None of them changes any state.

use crate::flags::*;
use crate::lang::Language;

use super::words::Words;

/// Tokens at most between a verb and the "to" of "urged X to do".
pub(super) const MAX_ADDRESSEE: usize = 8;
/// Tokens at most in a subject noun phrase.
pub(super) const MAX_SUBJECT: usize = 16;

/// Whether token `i` opens a clause (first word, after clause punctuation, or after a
/// subordinator like "while" or "by").
pub(super) fn opens_clause(w: &Words, i: usize) -> bool {
    i == 0 || w.breaks(i) || w.in_list(i - 1, w.lex.subordinators)
}

/// An -ly adverb ("currently", "strongly"; not "fly", "July").
pub(super) fn ly_adverb(l: &str) -> bool {
    l.ends_with("ly") && l.len() > 4
}

/// "No one" before the verb at `i`: a subject, not the determiner "one" of a noun ("one
/// appeal for").
pub(super) fn no_one(w: &Words, i: usize) -> bool {
    i > 1 && w.is(i - 1, "one") && w.is(i - 2, "no")
}

/// Whether a form of "be" stands before the verb at `i`, -ly adverbs between ("is currently
/// pushing", "was strongly urged").
pub(super) fn be_before(w: &Words, i: usize) -> bool {
    let mut j = i;
    while j > 0 && ly_adverb(w.lower[j - 1]) {
        j -= 1;
    }
    j > 0 && is_be(w, j - 1)
}

pub(super) fn is_be(w: &Words, i: usize) -> bool {
    w.in_list(i, w.lex.be_forms)
}

pub(super) fn is_time_word(w: &Words, j: usize) -> bool {
    w.class(j, VERB_PREFIX_WORDS) || w.toks[j].has(CAPITALIZED) && w.is(j - 1, "on")
}

/// The end of X and the start of the action in "X to do" starting at token `a`: within
/// [`MAX_ADDRESSEE`] tokens, no clause punctuation before it, and followed by a verb-like word
/// (not "the", a number or a name).
pub(super) fn find_to(w: &Words, a: usize) -> Option<(usize, usize)> {
    let mut limit = (a + MAX_ADDRESSEE + 1).min(w.len());
    let mut next_j = a;
    while next_j < limit {
        let mut j = next_j;
        next_j += 1;
        if j > a && w.breaks(j) && !soft_gap(w.gap_before(j)) {
            // Past the apposition, on to its "to".
            j = appositive(w, j)?;
            next_j = j + 1;
            limit = (j + 1).min(w.len());
        }
        if j > a && !addressee_goes_on(w, j) {
            return None;
        }
        if w.is(j, "to") || w.is(j, "not") && w.is(j + 1, "to") {
            match infinitive(w, j) {
                Infinitive::Preposition => continue,
                Infinitive::No => return None,
                Infinitive::Yes(end, action) => return Some((end, action)),
            }
        }
    }
    None
}

/// A name in apposition or an aside between commas from token `j`: "urging the telecoms
/// regulator, Ofcom, to", "let me ask you, as I close, to": the "to" after it.
fn appositive(w: &Words, j: usize) -> Option<usize> {
    if w.gap_before(j).trim() != "," {
        return None;
    }
    let end = (j + 1..(j + 5).min(w.len())).find(|&k| w.breaks(k))?;
    let name = (j..end).all(|k| w.toks[k].has(CAPITALIZED));
    // "let me ask you, as I close, to lift": an aside between commas.
    let aside = w.in_list(j, w.lex.aside_openers);
    ((name || aside) && w.gap_before(end).trim() == "," && w.is(end, "to")).then_some(end)
}

/// Whether the addressee of "X to do" may hold token `j` (past its first word).
fn addressee_goes_on(w: &Words, j: usize) -> bool {
    // The addressee is a noun phrase: "tell you they are going to do" is no ask.
    if !w.inside_name(j) && (w.toks[j].has(VERB) || is_be(w, j) || contracted(w, j)) {
        return false;
    }
    // A content clause: "told the Daily Telegraph in 2001 that he continued to wear"
    // (not a relative one: "asked agencies that dealt with it to"), as its subject shows.
    let content = |k: usize| {
        k < w.len()
            && (w.class(k, DETERMINERS)
                || w.toks[k].has(CAPITALIZED)
                || w.in_list(k, w.lex.personal_pronouns))
    };
    if w.is(j, "that") && content(j + 1) {
        return false;
    }
    // A second object: "asking them questions and it's easy for them to".
    !(w.in_list(j - 1, w.lex.second_objects) && !w.toks[j].has(STOP) && !w.is(j, "to"))
}

/// What a "to" (or "not to") at token `j` is.
enum Infinitive {
    /// The "to" of an infinitive: the addressee ends and the action starts here.
    Yes(usize, usize),
    /// A preposition before a number or a pronoun: look further.
    Preposition,
    /// No infinitive: no "X to do" here.
    No,
}

fn infinitive(w: &Words, j: usize) -> Infinitive {
    // "called on leaders not to feed ...": the action keeps its "not".
    let (end, action) = if w.is(j, "not") { (j, j) } else { (j, j + 1) };
    let j = if w.is(j, "not") { j + 1 } else { j };
    let next = j + 1;
    if next >= w.len() || w.breaks(next) && !soft_gap(w.gap_before(next)) {
        return Infinitive::No;
    }
    let det = w.class(next, DETERMINERS) && !w.is(next, "that");
    // "told that to everybody", "as a courtesy to me not to engage": a pronoun, the object
    // of "to"; an infinitive may follow.
    if w.in_list(next, w.lex.object_pronouns) || w.in_list(next, w.lex.relative_antecedents) {
        return Infinitive::Preposition;
    }
    // "pushed to mid-January": a compound with a capital is a name or a date.
    let name =
        w.toks[next].has(CAPITALIZED) || w.has(next + 1, JOINED) && w.has(next + 1, CAPITALIZED);
    // "pushing Euroscepticism to second place": an ordinal, not an infinitive.
    let number =
        w.lower[next].starts_with(|c: char| c.is_ascii_digit()) || w.in_list(next, w.lex.ordinals);
    // "direct answers to factual questions": an adjective, not an infinitive.
    let l = w.lower[next];
    let adjective = w.toks[next].flags & (MODIFIER | VERB) == MODIFIER
        && l.len() > 5
        && w.lex.adjective_suffixes.iter().any(|s| l.ends_with(s));
    if adjective {
        return Infinitive::No;
    }
    // "directed funding to hospitals": a plural noun, not an infinitive.
    let plural = l.len() > 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
        && (w.toks[next].flags & (VERB | STOP)).is_empty();
    // "workers earning up to $47,476 a year to be paid": a preposition before a number.
    if number && !det {
        return Infinitive::Preposition;
    }
    if det || name || plural {
        return Infinitive::No;
    }
    Infinitive::Yes(end, action)
}

/// The agent of a passive cue at `i` followed by "by" ("were urged by the mayor to"): its
/// span and the index of the "to" after it.
pub(super) fn passive_agent(w: &Words, i: usize) -> Option<((usize, usize), usize)> {
    if !w.is(i + 1, "by") {
        return None;
    }
    let a = i + 2;
    let to = (a..(a + MAX_ADDRESSEE).min(w.len()))
        .take_while(|&j| j == a || !w.breaks(j))
        .find(|&j| w.is(j, "to"))?;
    (to > a).then_some(((a, to), to))
}

/// Whether token `j` is most likely a common noun: a lowercase word of letters that the
/// lexicon knows as no verb, adjective, adverb or function word ("court", "vote", "fundraising").
pub(super) fn common_noun(w: &Words, j: usize) -> bool {
    let word_class = VERB | MODIFIER | ADVERB | FUNCTION | STOP | CAPITALIZED;
    (w.toks[j].flags & word_class).is_empty()
        && !w.lower[j].ends_with("ly")
        && w.lower[j].chars().all(char::is_alphabetic)
}

/// Whether token `j` is a pronoun with a contracted verb: "it's", "they're", "we'll".
pub(super) fn contracted(w: &Words, j: usize) -> bool {
    let l = w.lower[j];
    w.lex.contractions.iter().any(|suffix| {
        l.strip_suffix(suffix)
            .is_some_and(|p| w.lex.contracting_pronouns.contains(&p))
    })
}

/// Whether a gap between words holds only quotes, brackets and abbreviation dots: "to “stand
/// up”", "Rick Snyder (R) to resign".
pub(super) fn soft_gap(gap: &str) -> bool {
    gap.chars().all(|c| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '(' | ')' | '.')
    })
}

/// First token of the clause that holds token `k`: after clause punctuation or a clause
/// opener ("that", "and", "while" ...).
pub(super) fn clause_start(w: &Words, k: usize) -> usize {
    let mut j = k;
    while j > 0 {
        if w.breaks(j) {
            return j;
        }
        if w.class(j - 1, CLAUSE_OPENERS) {
            return j;
        }
        j -= 1;
    }
    0
}

/// Whether the verb at `v`, in its "-s" form, opens a resolution's operative clause after a
/// number and adverbs ("2. Requests ...", "Further decides ...", "Strongly encourages ...").
pub(super) fn operative_verb(w: &Words, v: usize) -> bool {
    w.lower[v].ends_with('s')
        && w.has(v, CAPITALIZED) == (v == 0 || w.has(v - 1, NUMERIC))
        && (0..v).all(|k| {
            w.has(k, NUMERIC) || w.in_list(k, w.lex.operative_adverbs) || w.lower[k].ends_with("ly")
        })
        && (v == 0 || w.has(0, CAPITALIZED) || w.has(0, NUMERIC))
}

/// The nearest verb before `end` in `from..end` (within [`MAX_ADDRESSEE`] tokens), not part
/// of a name: the verb a cue's phrase depends on.
pub(super) fn verb_before(w: &Words, from: usize, end: usize) -> Option<usize> {
    (from..end).rev().take(MAX_ADDRESSEE).find(|&k| {
        let l = w.lower[k];
        !w.inside_name(k)
            && !w.class(k, DETERMINERS | PREPOSITIONS)
            && (w.toks[k].has(VERB | CUE_VERB) || l.ends_with("ed") && l.len() > 3)
    })
}

/// For a cue in an infinitive ("he promised to push for", "used the comments to urge", "led
/// the effort to push"): the verb the infinitive depends on, whose subject is the speaker.
/// Not after a refusal ("declined to call for"), which the verb group already covers.
pub(super) fn governing_verb(w: &Words, i: usize) -> Option<usize> {
    if i < 2 || !w.is(i - 1, "to") || w.class(i - 2, REFUSALS) || w.breaks(i - 1) {
        return None;
    }
    verb_before(w, clause_start(w, i - 1), i - 1)
}

/// For a cue right after a message noun ("an ad that urges", "a letter this week urging"):
/// the verb whose object the message is ("is releasing", "sent"), whose subject speaks.
pub(super) fn message_verb(w: &Words, i: usize) -> Option<usize> {
    let mut m = i.checked_sub(1)?;
    // Back over "that", "which" and a time phrase ("this week").
    while m > 0 && (w.in_list(m, w.lex.message_links) || is_time_word(w, m)) && !w.breaks(m + 1) {
        m -= 1;
    }
    if w.breaks(m + 1) || !w.in_list(m, w.lex.message_nouns) {
        return None;
    }
    let from = clause_start(w, m);
    (from..m).rev().take(MAX_ADDRESSEE).find(|&k| {
        let l = w.lower[k];
        !w.inside_name(k)
            && (w.toks[k].has(VERB | CUE_VERB)
                || (l.ends_with("ed") || l.ends_with("ing")) && l.len() > 4)
    })
}

/// The object between a governing verb `verb` and the "to" at `b` when it names a person or
/// group and the verb passes the act to its object ("prompted Huma Abedin to", "allow him
/// to", "want Obama to"): the one who acts. Other objects ("used the comments to", "used
/// Twitter to", "found ways to") leave the verb's subject acting.
pub(super) fn controller(w: &Words, verb: usize, b: usize) -> Option<(usize, usize)> {
    let a = verb + 1;
    if b <= a || !w.in_list(verb, w.lex.object_control_verbs) || (a..b).any(|k| w.breaks(k)) {
        return None;
    }
    if b - a == 1 && w.in_list(a, w.lex.object_pronouns) {
        return Some((a, b));
    }
    let run = capitalized_run(w, a, b)?;
    (run.1 == b).then_some(run)
}

/// The first token of the verb group ending before `verb` (auxiliaries, adverbs and
/// negations: "has repeatedly urged", "did not urge", "declined to call for"), not before
/// `from`.
pub(super) fn verb_group(w: &Words, from: usize, verb: usize) -> usize {
    let mut end = verb;
    while end > from {
        let k = end - 1;
        let l = w.lower[k];
        // A capital inside the sentence is a name, not a modal or an adverb ("..., Will urged").
        let name = (w.inside_name(k) || w.breaks(k) && k > 0 && w.toks[k].has(CAPITALIZED))
            && !w.lex.weekdays.contains(&l);
        if !name
            && (w.class(k, VERB_PREFIX_WORDS | VERB_NEGATIONS)
                || l.ends_with("n't")
                // "Kelly urged": a capitalised -ly word that would leave no subject is one.
                || ly_adverb(l) && !(k == from && w.toks[k].has(CAPITALIZED))
                || w.in_list(k, w.lex.modals)
                || k + 1 == verb && w.in_list(k, w.lex.linking_verbs))
        {
            end -= 1;
        } else if k > from
            && (l == "to" && w.class(k - 1, REFUSALS) || l == "longer" && w.is(k - 1, "no"))
        {
            end -= 2;
        } else if k > from + 1
            && l == "be"
            && w.is(k - 1, "to")
            && w.in_list(k - 2, w.lex.periphrastic_verbs)
        {
            // "Microsoft is going to be pushing": the subject is before "going".
            end -= 3;
        } else {
            break;
        }
    }
    end
}

/// Where the negation of the verb at `verb` starts, when it is negated: "did not urge"
/// (at "did"), "has never called for", "declined to call for", "has yet to urge", "no
/// longer demands", "without urging", "stopped short of calling for".
pub(super) fn negation(w: &Words, verb: usize) -> Option<usize> {
    if verb > 0 && w.is(verb - 1, "without") {
        return Some(verb - 1);
    }
    if verb > 2 && w.is(verb - 1, "of") && w.is(verb - 2, "short") {
        return Some(verb - 3);
    }
    let group = verb_group(w, clause_start(w, verb), verb);
    let first = (group..verb).find(|&k| {
        let l = w.lower[k];
        w.class(k, VERB_NEGATIONS)
            || l.ends_with("n't")
            || l == "to" && k > group && w.class(k - 1, REFUSALS)
            || l == "longer" && k > group && w.is(k - 1, "no")
    })?;
    // Start at the refusal word ("declined to") or the auxiliary before "not" ("did not").
    let first = if w.is(first, "to") || w.is(first, "longer") {
        first - 1
    } else {
        first
    };
    let aux = first > group
        && (w.in_list(first - 1, w.lex.auxiliaries) && !w.is(first - 1, "to")
            || w.in_list(first - 1, w.lex.modals)
            || is_be(w, first - 1));
    Some(if aux { first - 1 } else { first })
}

/// The subject noun phrase between `from` and `verb`, skipping auxiliaries, adverbs and
/// negations just before the verb.
pub(super) fn subject_span(w: &Words, from: usize, verb: usize) -> Option<(usize, usize)> {
    let end = verb_group(w, from, verb);
    let mut start = from.max(end.saturating_sub(MAX_SUBJECT));
    // A subject holds no verb of saying ("Kelly said she asked") nor a modal and its verb
    // ("it may mean Hollywood studios ask"): the subject follows them.
    let after = (start..end.saturating_sub(1)).rev().find_map(|k| {
        if w.toks[k].has(CAPITALIZED) {
            None
        } else if w.class(k, CLAUSE_VERBS) {
            Some(k + 1)
        } else {
            (w.in_list(k, w.lex.modals) && k + 2 < end && w.toks[k + 1].has(VERB)).then_some(k + 2)
        }
    });
    if let Some(after) = after {
        start = after;
        if start < end && w.is(start, "that") {
            start += 1;
        }
    }
    (end > start).then_some((start, end))
}

/// A personal pronoun takes no modifier: in "for this they need to" the subject is "they".
pub(super) fn pronoun_alone(w: &Words, (a, b): (usize, usize)) -> (usize, usize) {
    if b > a + 1 && w.in_list(b - 1, w.lex.personal_pronouns) {
        (b - 1, b)
    } else {
        (a, b)
    }
}

/// Whether tokens `k, k + 1` are a time phrase without a preposition: "last month", "this
/// week", "next Tuesday".
pub(super) fn time_phrase(w: &Words, k: usize) -> bool {
    w.in_list(k, w.lex.time_determiners)
        && (w.in_list(k + 1, w.lex.time_nouns)
            || w.lower
                .get(k + 1)
                .is_some_and(|l| w.lex.weekdays.contains(l)))
}

pub(super) fn strip_possessive(name: &str) -> String {
    name.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’'])
        .to_string()
}

/// The last run of capitalised words in `a..b` (with "of"/"the"/"de" inside a name), not
/// counting a determiner at its start.
pub(super) fn capitalized_run(w: &Words, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut e = b;
    while e > a && !w.toks[e - 1].has(CAPITALIZED) {
        e -= 1;
    }
    if e == a {
        return None;
    }
    let mut s = e - 1;
    while s > a {
        let prev = s - 1;
        let cap = w.toks[prev].has(CAPITALIZED) && !w.class(prev, DETERMINERS);
        let joined = w.toks[s].has(JOINED);
        let linker =
            w.in_list(prev, w.lex.name_linkers) && prev > a && w.toks[prev - 1].has(CAPITALIZED);
        if w.breaks(s) {
            break;
        }
        if cap || joined || linker {
            s = prev;
        } else {
            break;
        }
    }
    if w.class(s, DETERMINERS) {
        s += 1;
    }
    (s < e).then_some((s, e))
}

/// A person's or body's name from a capitalised run: titles and what precedes them dropped
/// ("Chinese President Xi Jinping" → "Xi Jinping").
pub(super) fn name_of(w: &Words, s: usize, e: usize) -> String {
    let last_title = (s..e)
        .rev()
        .find(|&k| w.class(k, TITLE_WORDS) && k + 1 < e && !w.toks[k + 1].has(JOINED));
    let from = match last_title {
        // "the Prime Minister" with nobody named: the whole title, not "Minister".
        Some(t) if (t + 1..e).all(|k| w.class(k, TITLE_WORDS)) => {
            (s..e).find(|&k| !w.class(k, DETERMINERS)).unwrap_or(s)
        }
        Some(t) => t + 1,
        None => s,
    };
    if from >= e {
        return String::new();
    }
    let p = w.part(from, e);
    strip_possessive(&p.text)
}

/// Where the action that starts at `a` ends: before a later cue (`next`), at ";" or a
/// bracket, before ", -ing" (a participial phrase), before "(,) and" + a cue verb, or at
/// the end of the sentence.
pub(super) fn action_end(w: &Words, a: usize, next: usize, lang: &Language) -> usize {
    let mut end = next.min(w.len());
    // The cue stands in a relative clause set off by commas ("Smith, who was asked to
    // resign, refused"): the clause ends at a comma before a past-tense verb.
    let relative = (0..a)
        .rev()
        .take_while(|&k| k + 1 == a || !w.breaks(k + 1))
        .any(|k| w.breaks(k) && w.in_list(k, w.lex.relative_pronouns));
    for j in a + 1..end {
        let gap = w.gap_before(j);
        let closing_quote = gap.contains(['”', '»'])
            || [",\"", ".\"", "!\"", "?\""].iter().any(|q| gap.contains(q));
        if closing_quote || gap.contains([';', '(', '—', '[']) || gap.contains(" – ") {
            end = j;
            break;
        }
        if w.breaks(j) && w.lower[j].ends_with("ing") && lang.cues.verb(w.lower[j]).is_some() {
            end = j;
            break;
        }
        if w.breaks(j) && w.lower[j].ends_with("ing") && w.lower[j].len() > 5 {
            end = j;
            break;
        }
        let past = w.lower[j].ends_with("ed") && w.lower[j].len() > 4 && !w.toks[j].has(MODIFIER);
        let finite = past || w.in_list(j, w.lex.finite_verbs);
        if relative && w.breaks(j) && gap.contains(',') && finite {
            end = j;
            break;
        }
        // "and urged X to": a new clause ("calm, steady and informed." ends in an adjective).
        if w.is(j, "and")
            && j + 2 < w.len()
            && lang
                .cues
                .verb(w.lower.get(j + 1).copied().unwrap_or(""))
                .is_some()
        {
            end = j;
            break;
        }
    }
    // Before a later cue, its subject pronoun is no part of this action ("the closure of
    // beaches, but it recommended ...").
    if next < w.len() && end == next && !w.breaks(next) {
        // Not "you", as often an object ("use it, you need to").
        let pronoun = |k: usize| w.in_list(k, w.lex.cue_subjects);
        while end > a + 1 {
            let subject = pronoun(end - 1) && !w.in_list(end - 2, w.lex.object_prepositions);
            // "but I think she": a verb of saying after its own pronoun subject.
            let saying = end > a + 2 && w.class(end - 1, CLAUSE_VERBS) && pronoun(end - 2);
            if !(subject || saying) {
                break;
            }
            end -= 1;
        }
    }
    // Do not end on a dangling "and", "to" or "while".
    while end > a + 1 && w.in_list(end - 1, w.lex.dangling_words) {
        end -= 1;
    }
    end
}

/// The subject after a reporting verb that follows clause punctuation (a quotation):
/// "..., said Joe Biden", '..." says the report'. A name, or a determiner and up to three
/// words, up to the next clause punctuation or the sentence's end.
pub(super) fn inverted_subject(w: &Words, i: usize, lemma: &str) -> Option<(usize, usize)> {
    let reporting = w.lex.inverting_verbs.contains(&lemma);
    if !reporting || i == 0 || !w.breaks(i) || i + 1 >= w.len() {
        return None;
    }
    // (The period of a title, "Sen. Jeff Merkley", is no clause break: see tokenize.)
    let end = (i + 2..w.len()).find(|&k| w.breaks(k)).unwrap_or(w.len());
    let a = i + 1;
    // A name ("Sen. Jeff Merkley", of "Sen. Jeff Merkley of Oregon"), or a description
    // ("the woman").
    let mut n = a;
    while n < end && (w.toks[n].has(CAPITALIZED) || w.toks[n].has(JOINED)) {
        n += 1;
    }
    if n > a {
        return Some((a, n));
    }
    let mut e = end;
    while e > a + 1 && w.toks[e - 1].has(STOP) {
        e -= 1;
    }
    (w.class(a, DETERMINERS) && e - a <= 4).then_some((a, e))
}

/// The first token after a sentence's opening conjunctions and adverbials ("But on Tuesday,",
/// "Hours later,", "Likewise,", "Citing the attack as ...,", "Once the video was released,"),
/// where its subject starts; `None` when an adverbial runs to the end.
pub(super) fn after_openers(w: &Words) -> Option<usize> {
    let mut b = 0;
    for _ in 0..2 {
        while b < w.len()
            && (w.in_list(b, w.lex.opening_conjunctions) || w.lower[b].ends_with("ly"))
        {
            b += 1;
        }
        let next_break = (b + 1..w.len()).find(|&k| w.breaks(k));
        // A short phrase before a comma with no name in it: "Hours later,", "Oh,".
        let short = next_break.is_some_and(|e| {
            e - b <= 2
                && (b + 1..e).all(|k| !w.toks[k].has(CAPITALIZED))
                && (w.toks[b].has(ADVERB) || w.in_list(e - 1, w.lex.short_openers) || w.is(b, "oh"))
        });
        let adverbial = b < w.len()
            && (w.class(b, PREPOSITIONS | CLAUSE_OPENERS)
                || w.is(b, "once")
                || w.toks[b].has(GERUND)
                || w.lower[b].ends_with("ing")
                || short);
        if !adverbial {
            break;
        }
        b = next_break?;
    }
    Some(b)
}
