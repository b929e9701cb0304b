//! Imperatives: a clause that opens with a verb in its base form asks the reader to act
//! ("Avoid flooded areas.", "If flooding occurs, get to higher ground.", "Please do not
//! disclose this.", "Let's vote now."). A rule of [`CUES`] proposes the imperative at the
//! token where its clause opens; every veto of [`VETOES`] may refuse it (a formula such as
//! "thank you", a noun or a name that only looks like a verb).
//!
//! The directive has no addressee (whoever reads or hears it) and, unless a quotation or a
//! speaker label says who speaks, no speaker: the text's own voice.

use crate::analysis::DirectiveKind;
use crate::flags::*;

use super::cue::Cue;
use super::rules::{propose, rule, Proposer, Refusal};
use super::spans::is_be;
use super::words::Words;

/// An imperative proposed at a token, before the vetoes.
pub(super) struct Proposal {
    /// The first cue word ("Please", "Do", "Never", "Let's" or the verb).
    pub start: usize,
    /// The verb.
    pub verb: usize,
}

/// A rule that proposes an imperative, in [`CUES`].
pub(super) type ImperativeCue = Proposer<Proposal>;

/// A rule that refuses a proposed imperative, in [`VETOES`].
pub(super) type ImperativeVeto = Refusal<Proposal>;

/// The imperative whose clause opens at token `i`; `Err` with the vetoing rule's id (`None`
/// when no rule proposes one).
pub(super) fn cue(w: &Words, i: usize) -> Result<Cue, Option<&'static str>> {
    // Most tokens open no clause: one look before asking every rule.
    if !opens(w, i) && !w.in_list(i, w.lex.imperative.polite) && !w.is(i, "let") {
        return Err(None);
    }
    let (rule, p) = propose(w, i, CUES, VETOES)?;
    Ok(Cue {
        kind: DirectiveKind::Imperative,
        rule,
        ..Cue::obligation(p.start, p.verb + 1, None, p.verb)
    })
}

/// Whether a line without a full stop is an instruction, not a title: it opens with an
/// imperative, has two words or more, is in sentence case and is no Markdown heading or
/// link ("Stay cool", "Report issues here: https://..."; not "## Report a vulnerability",
/// "[Pull request](...)", "Getting Started", "Install").
pub(super) fn instruction_line(w: &Words, line: &str) -> bool {
    // Sentence case: "beg you to consider ..." is a line of a wrapped paragraph.
    let capital = w.len() >= 2 && w.toks[0].has(CAPITALIZED);
    if !capital || w.title_case || line.trim_start().starts_with(['#', '[']) {
        return false;
    }
    // "Boil water advisory": a verb and two nouns name a thing.
    let title =
        w.len() >= 3 && (1..3).all(|k| content_word(w, k) && !w.breaks(k)) && !w.has(2, VERB);
    !title && cue(w, 0).is_ok()
}

/// Whether a clause addressed to the reader may open at token `i`: the sentence's first
/// word; after a colon, semicolon or dash; after an opening phrase and its comma ("If
/// flooding occurs, get ...", "Ideally, open ...", "To kill germs, bring ..."); after "but" or "and" at a comma.
fn opens(w: &Words, i: usize) -> bool {
    if i == 0 || i == 1 && after_list_marker(w) {
        return true;
    }
    if !w.breaks(i) {
        // "But please do bear in mind", "And let us pray": after the sentence's conjunction.
        // (Not a bare verb: "and say", "so do I" are talk.)
        if i == 1 && w.in_list(0, w.lex.conjunctions) {
            return w.in_list(i, w.lex.imperative.polite) || w.is(i, "let");
        }
        // "Tom and Thibaud to analyse ...": an action item of minutes (`label`).
        if w.is(i - 1, "to") {
            return super::label::to_item(w) == Some(i - 1);
        }
        // ", but do not open both": a coordinated prohibition.
        let and = w.is(i - 1, "but") || w.is(i - 1, "and") || w.is(i - 1, "or");
        return i >= 2 && and && w.breaks(i - 1) && starts_negation(w, i).is_some();
    }
    let gap = w.gap_before(i);
    if gap.contains([':', ';', '–', '—']) || gap.contains(" - ") {
        return true;
    }
    // Only the sentence's first comma closes an opening phrase: in "In the face of X, what
    // both sides should do is to maintain steadiness, communicate ..." no clause opens.
    // After a list marker the phrase opens at the second token: "1. For security reasons,
    // do not share ...".
    let first = usize::from(after_list_marker(w));
    if gap.contains(',') && (first + 1..i).all(|k| !w.breaks(k)) {
        // "To kill germs, bring water to a boil": a clause of purpose.
        let purpose =
            w.is(first, "to") && (w.has(first + 1, VERB) || w.class(first + 1, NOUN_VERBS));
        return w.in_list(first, w.lex.imperative.openers)
            || ly_adverb(w, first) && i == first + 1
            || purpose;
    }
    false
}

/// Whether the sentence's first token is a list item's marker: "1. Run the tests", "(a)
/// Name each commit", "iv) Say why" (the segmenter keeps the marker with its item).
pub(super) fn after_list_marker(w: &Words) -> bool {
    let gap = w.gap_before(1);
    let first: &str = w.lower.first().map_or("", |l| l);
    let number = w.toks[0].has(crate::flags::NUMERIC) && first.len() <= 3;
    (gap.starts_with(". ") && number) || (gap.starts_with(") ") && first.len() <= 4)
}

/// An adverb in -ly at token `k`: "Regularly check on friends" ([`super::spans::ly_adverb`]).
fn ly_adverb(w: &Words, k: usize) -> bool {
    w.lower.get(k).is_some_and(|l| super::spans::ly_adverb(l))
}

/// An adverb at token `k`: one of the tag table's or one in -ly ("often", "usually").
fn adverb(w: &Words, k: usize) -> bool {
    k < w.len() && (w.has(k, ADVERB) || ly_adverb(w, k))
}

/// The tokens of a negation ("do not", "don't", "never") starting at `i`: its length.
fn starts_negation(w: &Words, i: usize) -> Option<usize> {
    let words = &w.lex.imperative;
    words
        .negations
        .iter()
        .find(|n| w.phrase_at(i, n))
        .map(|n| n.len())
}

/// Skips adverbs ("always", "immediately") from `k`: the first token that is not one.
fn skip_adverbs(w: &Words, mut k: usize) -> usize {
    for _ in 0..2 {
        if w.in_list(k, w.lex.imperative.adverbs) || ly_adverb(w, k) && !w.has(k, VERB) {
            k += 1;
        }
    }
    k
}

/// Whether token `v` is a verb in its base form that may open an imperative: a verb of the
/// tag table ("avoid", "stay", "be") or a verb of instructions before an object ("use
/// commercially bottled water", "check the local news").
fn base_verb(w: &Words, v: usize) -> bool {
    let Some(&l) = w.lower.get(v) else {
        return false;
    };
    let words = &w.lex.imperative;
    if l.len() < 2
        || !l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        || w.class(v, NO_IMPERATIVE)
        || is_be(w, v) && l != "be"
        || inflected(l)
        || l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us")
    {
        return false;
    }
    if w.has(v, VERB) {
        return true;
    }
    let n = v + 1;
    // "Click `+GoogleCalendar`", "see [the guide](...)": inline code or a link as object.
    let markup_object = n < w.len() && w.gap_before(n).contains(['`', '[']);
    let next_ok = n >= w.len()
        || markup_object
        || w.in_list(n, words.object_starts)
        || ly_adverb(w, n)
        || w.has(n, MODIFIER) && !w.has(n, CAPITALIZED)
        || bare_object(w, n);
    w.class(v, NOUN_VERBS) && next_ok
}

/// A lowercase word that is neither a function word nor an adverb: a noun, a verb or an
/// adjective ("water", "cpsc.gov").
fn content_word(w: &Words, k: usize) -> bool {
    w.lower[k]
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-')
        && !w.has(k, CAPITALIZED | FUNCTION | STOP | NUMERIC | ADVERB)
        && !ly_adverb(w, k)
}

/// Whether a bare noun at `n` is the object of the verb before it, not the second noun of a
/// compound: nothing in the clause after it is a finite verb ("Visit adults at risk twice a
/// day", "Report issues here:", "Bring water to a full rolling boil"; not "Water levels
/// rose", "Support staff are ready"). The clause ends at a break or at a word that opens a
/// clause of its own ("to", "if", "that", "when").
fn bare_object(w: &Words, n: usize) -> bool {
    let lexical = |k: usize| content_word(w, k);
    let ends_clause = |k: usize| {
        w.breaks(k)
            || w.is(k, "to")
            || w.is(k, "that")
            || w.in_list(k, w.lex.condition_openers)
            || w.in_list(k, w.lex.subordinators)
            || w.in_list(k, w.lex.embedding_words)
    };
    let finite = |k: usize| {
        is_be(w, k)
            || w.in_list(k, w.lex.modals)
            || w.class(k, crate::flags::VERB_NEGATIONS)
            || w.has(k, VERB) && w.lower[k].ends_with('s')
            || w.lower[k].ends_with("ed") && !w.lower[k].ends_with("eed")
            || w.in_list(k, w.lex.imperative.irregular_pasts)
            // "Water levels rise", "Boil water advisories usually include": a verb after a
            // noun (an adverb between).
            || w.has(k, VERB) && (lexical(k - 1) || k >= 2 && adverb(w, k - 1) && lexical(k - 2))
    };
    // A verb in its base form after the opening word is its object ("Answer hate with
    // love"): a bare singular noun is no subject ("Water levels rise" has a plural).
    // "Attempt blocked.", "Harry said ...", "Match ends": a verb's form, not an object.
    let verb_form = |k: usize| {
        inflected(w.lower[k])
            || w.has(k, CUE_VERB)
            || w.in_list(k, w.lex.imperative.irregular_pasts)
            || w.has(k, VERB) && w.lower[k].ends_with('s')
    };
    // "Email contact links and up to date information can be found", "empty bottles, cloaks
    // and overshoes were lying": a "be" or a modal later in the sentence with no subject of
    // its own between ("Check cpsc.gov to see if it is ..." has one).
    let subject =
        |k: usize| w.class(k, crate::flags::DETERMINERS) || w.in_list(k, w.lex.personal_pronouns);
    let predicate = (n + 1..w.len())
        .take_while(|&k| !subject(k))
        .any(|k| is_be(w, k) || w.in_list(k, w.lex.modals));
    n < w.len()
        && !w.breaks(n)
        && (lexical(n) || w.has(n, ADVERB))
        && !verb_form(n)
        && !predicate
        && !(n + 1..w.len())
            .take_while(|&k| !ends_clause(k))
            .any(finite)
}

/// Whether a word has the shape of a past or a participle: "-ed" (not "-eed": "feed",
/// "need") or "-ing" after a vowel ("keeping"; not "bring", "string").
fn inflected(l: &str) -> bool {
    let gerund = l
        .strip_suffix("ing")
        .is_some_and(|stem| stem.contains(['a', 'e', 'i', 'o', 'u', 'y']));
    gerund || l.ends_with("ed") && !l.ends_with("eed")
}

/// After "do not" or "please" the word is a verb whatever the tag table says ("do not
/// attempt", "please email"), if it has a base form's shape.
fn verb_after_negation(w: &Words, v: usize) -> bool {
    let Some(&l) = w.lower.get(v) else {
        return false;
    };
    base_verb(w, v)
        || l.len() > 1
            && l.bytes().all(|b| b.is_ascii_lowercase())
            && !w.has(v, MODIFIER | ADVERB | FUNCTION | STOP)
            && !w.class(v, NO_IMPERATIVE)
            && !inflected(l)
            && (!l.ends_with('s') || l.ends_with("ss"))
}

/// The rules that propose an imperative, tried in order at every token.
pub(super) const CUES: &[ImperativeCue] = &[
    ImperativeCue {
        rule: rule(
            "imperative-please",
            "\"please\" or \"kindly\" before a verb: a request to the reader",
            &[
                "Please do not disclose this to anyone else.",
                "To ask a question or report an issue, please email the team.",
                "But please do bear in mind that the documentation is wrong.",
            ],
            &["The new rules please nobody."],
        ),
        check: |w, i| {
            // At a clause's start or after a comma: "To ask a question, please email".
            if !w.in_list(i, w.lex.imperative.polite) || !(opens(w, i) || w.breaks(i)) {
                return None;
            }
            let mut v = i + 1;
            // "Please let me know".
            if w.is(v, "let") && w.is(v + 1, "me") {
                return Some(Proposal { start: i, verb: v });
            }
            // "please do bear in mind": an emphatic "do".
            if w.is(v, "do") && !w.is(v + 1, "not") {
                v += 1;
            }
            v += starts_negation(w, v).unwrap_or(0);
            let v = skip_adverbs(w, v);
            verb_after_negation(w, v).then_some(Proposal { start: i, verb: v })
        },
    },
    ImperativeCue {
        rule: rule(
            "imperative-lets",
            "\"let's\" or \"let us\" before a verb, opening a clause",
            &[
                "Let's vote now on travel.",
                "Let us begin anew.",
                "Let them come to Berlin.",
                "Let me know if you need anything more.",
                "Let us not forget the sorrow.",
                "Until that day, let no man abandon his post.",
                "And so always, but especially today, let us hold our loved ones close.",
            ],
            &["They let us vote.", "Let me be very clear."],
        ),
        check: |w, i| {
            // "..., but especially today, let us hold our loved ones close": "let us" opens
            // a clause after any comma.
            let after_comma = w.breaks(i) && w.gap_before(i).contains(',');
            if !(opens(w, i) || after_comma && w.is(i, "let")) {
                return None;
            }
            // "Let me know" asks; "let me say", "let me be clear" only announce.
            if w.is(i, "let") && w.is(i + 1, "me") && w.is(i + 2, "know") {
                return Some(Proposal {
                    start: i,
                    verb: i + 2,
                });
            }
            let n = (w.lex.imperative.lets.iter())
                .find(|l| w.phrase_at(i, l))?
                .len();
            // "Let us not forget".
            let not = usize::from(w.in_list(i + n, w.lex.modal_negations));
            let v = skip_adverbs(w, i + n + not);
            base_verb(w, v).then_some(Proposal { start: i, verb: v })
        },
    },
    ImperativeCue {
        rule: rule(
            "imperative-negative",
            "\"do not\", \"don't\" or \"never\" and a verb, opening a clause: a prohibition",
            &[
                "Do not attempt to cross flowing streams.",
                "Never drive on flooded roads.",
                "Ideally, open a pull request, but do not open both an issue and a pull request.",
                "1. For security reasons, do not share computer accounts.",
            ],
            &["I do not agree.", "They never drive at night."],
        ),
        check: |w, i| {
            if !opens(w, i) {
                return None;
            }
            let n = starts_negation(w, i)?;
            let v = skip_adverbs(w, i + n);
            let verb = if n > 1 || !w.is(i, "never") {
                verb_after_negation(w, v)
            } else {
                base_verb(w, v)
            };
            verb.then_some(Proposal { start: i, verb: v })
        },
    },
    ImperativeCue {
        rule: rule(
            "imperative-verb",
            "a verb in its base form opening a clause, adverbs before it allowed",
            &[
                "Avoid flooded areas, especially if there is swiftly moving water.",
                "If flooding occurs, get to higher ground.",
                "To kill germs, bring water to a full rolling boil for 1 minute.",
                "Regularly check on friends, loved-ones, and neighbors.",
                "Use commercially bottled water for drinking.",
                "Bring water to a full rolling boil.",
                "Use hand sanitizers containing alcohol.",
                "Rest often.",
                "1. Run the tests before you push.",
                "(b) Keep each commit small.",
                "Click `+GoogleCalendar` at the bottom right.",
                "Visit adults at risk at least twice a day.",
                "Report issues here: https://github.com/golang/go/issues",
            ],
            &[
                "Officials avoid the question.",
                "St. Mark the Evangelist is honoured today.",
                "Met with the board on Tuesday.",
                "Use of force is a last resort.",
                "Calls for calm grew.",
                "Water levels rose overnight.",
                "Water levels rise overnight.",
                "Boil water advisories usually include the advice below.",
                "Attempt blocked.",
                "Work often goes unpaid.",
                "Email contact links and up to date contact information can be found at the site.",
                "Support staff are ready to help.",
            ],
        ),
        check: |w, i| {
            if !opens(w, i) || w.in_list(i, w.lex.imperative.polite) {
                return None;
            }
            let v = skip_adverbs(w, i);
            // "Immediately, ..." is an opener, not an adverb before the verb.
            if v > i && w.breaks(v) {
                return None;
            }
            // After an assignee ("Jeff Triplett: Post the form", "Tom to print a banner") a
            // verb of any tag opens the action item.
            let verb = if super::label::assigned_at(w, i) {
                verb_after_negation(w, v)
            } else {
                base_verb(w, v)
            };
            verb.then_some(Proposal { start: i, verb: v })
        },
    },
];

/// The rules that refuse a proposed imperative, tried in order.
pub(super) const VETOES: &[ImperativeVeto] = &[
    ImperativeVeto {
        rule: rule(
            "imperative-discourse",
            "a verb right before a comma is a discourse marker: \"Look, he should ...\", \"See, I ...\"",
            &["Look, he should have never been there."],
            &["Look at the map.", "Let us not forget, my fellow Americans, the sorrow."],
        ),
        // Only a verb alone: "Let us not forget, my fellow Americans," is an ask.
        check: |w, p| p.verb == p.start && w.gap_before(p.verb + 1).contains(','),
    },
    ImperativeVeto {
        rule: rule(
            "imperative-page-footer",
            "a publication's footer: a social-media handle, or reading and watching \"below\", \"here\"",
            &[
                "Follow Jeff Poor on Twitter @jeff_poor.",
                "Watch the full interview below:",
                "EMAIL: fitcity@nytimes.com.",
            ],
            &["Visit the city's website for more information."],
        ),
        check: |w, p| {
            let words = &w.lex.imperative;
            let sentence = &w.text[w.start..w.end];
            // "fitcity@nytimes.com": the verb is an address's local part.
            let address = w.gap_before(p.verb + 1).starts_with('@');
            address
                || sentence.contains(" @")
                || (p.verb..w.len()).any(|k| w.in_list(k, words.footer_places))
                    && w.in_list(p.verb, words.footer_verbs)
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-formula",
            "a formula that asks nothing: \"thank you\", \"see you\", \"please find attached\"",
            &[
                "See you on Monday.",
                "Please find attached the minutes.",
                "Let's be clear.",
                "Back in 2008, the economy was in the emergency room.",
                "At any rate, back to your question, I am going to get on thin ice.",
                "Let's say they're in the majority.",
                "Let's start with the most reliable indicator: control of state legislatures.",
                "Take a listen.",
            ],
            &["See the guide for details."],
        ),
        check: |w, p| {
            (w.lex.imperative.formulas.iter())
                .any(|f| w.phrase_at(p.start, f))
                || (w.lex.imperative.formulas.iter())
                    .any(|f| w.phrase_at(p.verb, f))
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-reference",
            "a cross-reference to a part of a document asks nothing: \"See resolution 169 (II)\", \"cf. Article 19\"",
            &["[^1]: See resolution 169 (II).", "See section 4 of the report."],
            &["See a doctor if the symptoms persist.", "See 2024 DSF Board Election Results."],
        ),
        check: |w, p| {
            let words = &w.lex.imperative;
            w.in_list(p.verb, words.reference_verbs)
                && w.in_list(p.verb + 1, words.reference_places)
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-label",
            "a word alone, or a word and a date or number, before a colon is a label: \"Answer: A boy.\", \"Update 2023-12-20: now live\"",
            &["Update 2023-12-20: now live at DSF Individual Membership FAQ.", "Answer: A boy."],
            &["Update your browser: the old one is unsafe.", "Update 2 servers today."],
        ),
        check: |w, p| {
            let colon_after = |k: usize| w.gap_before(k + 1).trim_start().starts_with(':');
            let first = usize::from(after_list_marker(w));
            let alone = p.start == p.verb && p.verb == first && colon_after(p.verb);
            alone
                || (p.verb + 1..w.len().min(p.verb + 5))
                    .take_while(|&k| w.has(k, NUMERIC))
                    .last()
                    .is_some_and(colon_after)
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-repair",
            "after a dash, the verb repeats an infinitive or a modal's verb just before it: a speaker's self-repair, no new clause",
            &["Hillary wants to abolish — essentially abolish the Second Amendment."],
            &[
                "Stay indoors — avoid flooded roads and stay indoors.",
                "Why don't ye pull?—pull and break something!",
                "But go on—go on with the arm.",
            ],
        ),
        check: |w, p| {
            let gap = w.gap_before(p.start);
            let dash = gap.contains(['–', '—']) || gap.contains(" - ");
            let repeated = |k: usize| {
                k > 0
                    && w.lower[k] == w.lower[p.verb]
                    && (w.is(k - 1, "to") || w.in_list(k - 1, w.lex.modals))
            };
            dash && (p.start.saturating_sub(4)..p.start).any(repeated)
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-repetition",
            "a word, \"after\" or \"upon\", the same word: a noun repeated (\"Lie after lie\")",
            &["Lie after lie after lie."],
            &["Look after your neighbours."],
        ),
        check: |w, p| {
            let n = p.verb + 1;
            n + 1 < w.len() && w.in_list(n, w.lex.imperative.repetition_links) && w.lower[n + 1] == w.lower[p.verb]
        },
    },
    ImperativeVeto {
        rule: rule(
            "imperative-noun-or-name",
            "the word is a noun or part of a name: a verb, a modal, \"of\" or a name follows",
            &[
                "Rob Portman urged calm.",
                "Turn signals are required.",
                "Turn of events surprised many.",
                "Poll: Clinton and Sanders in dead heat in California.",
            ],
            &[
                "Turn off power.",
                "Read the Troubleshooting checklist.",
                "Beware of downed lines.",
                "If you need immediate assistance, please contact Debra Perlingiere.",
                "Follow Open Source Collective's current guidance.",
            ],
        ),
        check: |w, p| {
            let n = p.verb + 1;
            // After a label ("Next step: post CfP", "Chaim Kirby: Post CfP") the word is the
            // item's verb.
            let verb = w.has(p.verb, VERB) || w.class(p.verb, NOUN_VERBS);
            // "Poll: Clinton and Sanders in dead heat": a word the lexicon knows as no verb,
            // joined to a name, is a name.
            let and_name = w.is(n, "and") && w.has(n + 1, CAPITALIZED) && w.has(p.verb, CAPITALIZED);
            if !verb && and_name {
                return true;
            }
            if n >= w.len() || w.breaks(n) || verb && super::label::assigned_at(w, p.verb) {
                return false;
            }
            // "Peter Baumgartner" on a line of its own is in title case, and still a name.
            // "Please contact Debra Perlingiere", "Follow Open Source Collective's guidance":
            // a name as the object, after "please" or owning a noun.
            let owner = (n..w.len().min(n + 5))
                .take_while(|&k| w.has(k, CAPITALIZED))
                .any(|k| w.lower[k].ends_with("'s"));
            let name = w.has(n, CAPITALIZED)
                && !w.gap_before(n).contains(['`', '['])
                && (!w.title_case || w.len() <= 3)
                && !w.has(p.verb, CUE_VERB)
                && p.start == p.verb
                && !owner;
            // "Beware of", but "Use of force", "Turn of events".
            let of = w.is(n, "of")
                && (!w.has(p.verb, VERB) || w.class(p.verb, NOUN_VERBS));
            // "Boil water advisories usually include ...": a compound noun, its plural head,
            // then its verb.
            let noun = |k: usize| k < w.len() && content_word(w, k) && !w.has(k, VERB) && !w.breaks(k);
            let head = n + 1;
            let verb_at = |k: usize| k < w.len() && w.has(k, VERB) && !inflected(w.lower[k]);
            let compound_subject = noun(n)
                && noun(head)
                && w.lower[head].ends_with('s')
                && (verb_at(head + 1) || adverb(w, head + 1) && verb_at(head + 2));
            name || of || compound_subject
                || w.lower[n].ends_with("'s")
                || is_be(w, n)
                // "Turn signals are required": a compound noun, then its verb.
                || !w.breaks(n + 1) && (is_be(w, n + 1) || w.in_list(n + 1, w.lex.strong_modals))
                || w.in_list(n, w.lex.strong_modals)
                || w.in_list(n, w.lex.hypothetical_modals)
                || w.has(n, VERB) && !w.in_list(n, w.lex.imperative.object_starts)
                    && (w.lower[n].ends_with('s') || w.has(n, CUE_VERB))
                    && !(p.start == p.verb && bare_object(w, n))
        },
    },
];
