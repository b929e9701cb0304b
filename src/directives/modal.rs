//! Obligations: "must", "should", "shall", "ought to", "need(s) to", "has/have to", "it is
//! necessary / essential / imperative to", "there is a need to". A cue rule of [`CUES`]
//! proposes the obligation at a token; every veto of [`VETOES`] that applies to its kind may
//! then refuse it (a condition, a judgement, a question, a relative clause ...).

use crate::flags::*;

use super::cue::Cue;
use super::rules::{propose, rule, Proposer, Refusal};
use super::spans::*;
use super::words::Words;

/// Which form proposed an obligation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// "must", "should", "shall".
    Modal,
    /// "ought to".
    Ought,
    /// "need(s) to", "has/have to".
    Need,
    /// "it is necessary to", "there is a need to": a frame with no subject of its own.
    Frame,
}

/// An obligation proposed at a token, before the vetoes.
pub(super) struct Proposal {
    pub form: Form,
    /// The cue words `start..end` and the first token of the action.
    pub start: usize,
    pub end: usize,
    pub action: usize,
    /// Where the modal's subject may start ([`Form::Frame`]: unused).
    pub from: usize,
    /// The modal's subject, or for a frame its addressee ("it is important for X to").
    pub subject: Option<(usize, usize)>,
}

/// A rule that proposes an obligation, in [`CUES`].
pub(super) type ModalCue = Proposer<Proposal>;

/// A rule that refuses a proposed obligation, in [`VETOES`].
pub(super) type ModalVeto = Refusal<Proposal>;

/// The obligation at token `i`; `Err` with the vetoing rule's id (`None` when no rule
/// proposes one).
pub(super) fn cue(w: &Words, i: usize) -> Result<Cue, Option<&'static str>> {
    let (rule, p) = propose(w, i, CUES, VETOES)?;
    let addressee = match p.form {
        Form::Frame => p.subject,
        _ => p.subject.map(|span| pronoun_alone(w, span)),
    };
    Ok(Cue {
        rule,
        ..Cue::obligation(p.start, p.end, addressee, p.action)
    })
}

/// A proposal of a modal form at `start`, words up to `end`, action from `action`, with the
/// modal's subject: after the last "is" or reporting verb of its clause ("It is the cross I
/// have to bear", "She said the city must").
///
/// A modal coordinated with the one before shares its subject and clause: "whether it can or
/// should meet the deadline" is embedded like "whether it should".
fn modal(w: &Words, form: Form, start: usize, end: usize, action: usize) -> Proposal {
    let coordinated = start >= 2
        && w.in_list(start - 1, w.lex.conjunctions)
        && w.in_list(start - 2, w.lex.modals);
    let head = if coordinated { start - 2 } else { start };
    let mut from = clause_start(w, head);
    if let Some(v) = (from..head)
        .rev()
        .find(|&j| is_be(w, j) || w.toks[j].has(CUE_VERB) && !w.inside_name(j))
    {
        from = v + 1;
    }
    Proposal {
        form,
        start,
        end,
        action,
        from,
        subject: subject_span(w, from, head),
    }
}

/// The rules that propose an obligation, tried in order at every token.
pub(super) const CUES: &[ModalCue] = &[
    ModalCue {
        rule: rule(
            "modal-must",
            "\"must\", \"should\", \"shall\" (\"not\" or \"never\" included)",
            &[
                "Party committees at all levels should strengthen their leadership.",
                "We shouldn’t try to guess what they want.",
            ],
            &["If the dam should fail, the town will flood."],
        ),
        check: |w, i| {
            // "We shouldn't try", "You mustn’t go": a negated modal in one word.
            if w.in_list(i, w.lex.negated_strong_modals) {
                return Some(modal(w, Form::Modal, i, i + 1, i + 1));
            }
            if !w.in_list(i, w.lex.strong_modals) {
                return None;
            }
            let mut end = i + 1;
            if w.in_list(end, w.lex.modal_negations) {
                end += 1;
            }
            Some(modal(w, Form::Modal, i, end, end))
        },
    },
    ModalCue {
        rule: rule(
            "modal-ought-to",
            "\"ought to\"",
            &["The council ought to publish the report."],
            &["The council ought not publish it?"],
        ),
        check: |w, i| {
            (w.is(i, "ought") && w.is(i + 1, "to")).then(|| modal(w, Form::Ought, i, i + 2, i + 2))
        },
    },
    ModalCue {
        rule: rule(
            "modal-need-to",
            "\"need(s) to\", \"has/have to\"",
            &[
                "The city needs to fix its leaking pipes.",
                "Drivers have to slow down near schools.",
            ],
            &["The city does not need to fix its pipes."],
        ),
        check: |w, i| {
            (w.in_list(i, w.lex.need_modals) && w.is(i + 1, "to"))
                .then(|| modal(w, Form::Need, i, i + 2, i + 2))
        },
    },
    ModalCue {
        rule: rule(
            "modal-it-is-necessary",
            "\"it is (also, very ...) necessary / essential / imperative to / that / for X to\"",
            &[
                "It is necessary to deepen reform.",
                "It is essential for the unions to act.",
            ],
            &["It is important for the economy."],
        ),
        check: it_is_necessary,
    },
    ModalCue {
        rule: rule(
            "modal-there-is-a-need",
            "\"there is (an urgent) need to / for\"",
            &["There is an urgent need to protect the wetlands."],
            &["There is no need to panic."],
        ),
        check: |w, i| {
            if !w.is(i, "there") || !w.in_list(i + 1, w.lex.frame_verbs_there) {
                return None;
            }
            let limit = (i + 5).min(w.len());
            let k = (i + 2..limit).find(|&k| w.in_list(k, w.lex.need_words))?;
            if !w.in_list(k + 1, &["to", "for"]) || k + 2 >= w.len() || w.class(k - 1, NEGATIONS) {
                return None;
            }
            Some(frame(i, k + 2, None, k + 2))
        },
    },
];

fn frame(start: usize, end: usize, subject: Option<(usize, usize)>, action: usize) -> Proposal {
    Proposal {
        form: Form::Frame,
        start,
        end,
        action,
        from: start,
        subject,
    }
}

/// "it is (also|very|absolutely)? necessary to|that|for".
fn it_is_necessary(w: &Words, i: usize) -> Option<Proposal> {
    if !w.is(i, "it") || !w.in_list(i + 1, w.lex.frame_verbs_it) {
        return None;
    }
    let mut j = i + 2;
    while j < w.len() && w.in_list(j, w.lex.frame_intensifiers) {
        j += 1;
    }
    if !w.class(j, NECESSITY_ADJECTIVES) || !w.in_list(j + 1, &["to", "that", "for"]) {
        return None;
    }
    let prep = j + 1;
    let mut addressee = None;
    let mut action = prep + 1;
    if w.is(prep, "for") {
        // "it is important for the economy": no infinitive, no obligation.
        let (to, start) = find_to(w, prep + 1)?;
        addressee = Some((prep + 1, to));
        action = start;
    }
    (action < w.len()).then(|| frame(i, prep + 1, addressee, action))
}

/// Whether the proposal is of a modal form (not a frame).
fn modal_form(p: &Proposal) -> bool {
    p.form != Form::Frame
}

/// "All this must stop.", "It must end.": "must" after "this" or "it" asks, unless a verb of
/// a guess follows ("it must be hard", "this must mean").
fn deontic_must(w: &Words, p: &Proposal) -> bool {
    let (modal, pronouns) = w.lex.deontic_must;
    p.start > 0
        && w.is(p.start, modal)
        && w.in_list(p.start - 1, pronouns)
        && !w.in_list(p.action, w.lex.epistemic_verbs)
        && !is_be(w, p.action)
        // "it must inevitably come about", "it must evidently be": a guess.
        && p.action == p.end
        && !w.has(p.action, ADVERB)
        && !ly_adverb(w.lower[p.action])
}

/// "if X should", "no need to", "does not have to": a condition or a negation before it (an
/// adverb may stand between: "don't even have to", "doesn't really need to").
fn blocked(w: &Words, k: usize) -> bool {
    let from = clause_start(w, k);
    let mut before = k;
    while before > 0
        && !w.class(before - 1, NEGATIONS)
        && (w.toks[before - 1].has(ADVERB) || w.lower[before - 1].ends_with("ly"))
    {
        before -= 1;
    }
    (from.saturating_sub(1)..k).any(|j| w.class(j, CONDITIONALS))
        || before > 0 && w.class(before - 1, NEGATIONS)
}

/// The vetoes of obligations. All refuse, so their order only says which one is named
/// first; bounds guards come before the rules that read past them.
pub(super) const VETOES: &[ModalVeto] = &[
    ModalVeto {
        rule: rule(
            "modal-in-name",
            "a capitalised modal inside a sentence: a title or a name (\"the comedy Shall We Dance?\")",
            &["They watched the comedy Shall We Dance on Sunday."],
            &["They said we shall dance on Sunday."],
        ),
        check: |w, p| w.inside_name(p.start),
    },
    ModalVeto {
        rule: rule(
            "modal-condition",
            "a condition or a negation before it: \"if X should\", \"does not have to\"",
            &["If the dam should fail, the town will flood.", "You do not have to pay."],
            &["The dam should hold."],
        ),
        check: |w, p| modal_form(p) && blocked(w, p.start),
    },
    ModalVeto {
        rule: rule(
            "modal-no-verb",
            "no verb after the modal (the sentence ends, or clause punctuation follows)",
            &["They know what they must, and they do it."],
            &["They must act."],
        ),
        check: |w, p| p.form == Form::Modal && (p.start + 1 >= w.len() || w.breaks(p.start + 1)),
    },
    ModalVeto {
        rule: rule(
            "shall-future",
            "\"I shall\", \"we shall\": a future, not an obligation",
            &["We shall meet again in the spring."],
            &["Members shall pay their dues in the spring."],
        ),
        check: |w, p| {
            p.form == Form::Modal
                && w.is(p.start, "shall")
                && p.start > 0
                && w.in_list(p.start - 1, w.lex.future_shall_subjects)
        },
    },
    ModalVeto {
        rule: rule(
            "modal-question",
            "question inversion: \"Should we ...?\"",
            &["Should we leave now, she wondered."],
            &["We should leave now, she said.", "No child, no teacher, should ever be in danger."],
        ),
        // The subject follows the modal: not an adverb, a negation or a verb.
        check: |w, p| {
            let n = p.start + 1;
            let subject_after = !(w.has(n, ADVERB | VERB)
                || w.in_list(n, w.lex.modal_negations)
                || w.lower.get(n).is_some_and(|l| ly_adverb(l)));
            p.form == Form::Modal && opens_clause(w, p.start) && subject_after
        },
    },
    ModalVeto {
        rule: rule(
            "modal-perfect",
            "a perfect: \"must have known\", \"should have been\" (epistemic or counterfactual)",
            &[
                "The driver must have known the risk.",
                "They should have already left.",
                "Israel should have been actually one of the first.",
            ],
            &[
                "The driver must know the risk.",
                "Ukraine must have robust and credible security guarantees.",
                "An item purchased for Homebrew should have a named custodian.",
            ],
        ),
        // "have" and a possession ("must have a named custodian", "must have robust
        // guarantees") is an obligation: a determiner or an adjective follows, no participle.
        check: |w, p| {
            let mut k = p.start + 2;
            while w.has(k, ADVERB) || w.in_list(k, w.lex.modal_negations) {
                k += 1;
            }
            // An adjective before its noun ("robust and credible guarantees"); a participle
            // ("known the risk", "done so", "given up") has a function word after it.
            let noun_after = |n: usize| {
                n < w.len() && !w.breaks(n) && (!w.has(n, STOP) || w.in_list(n, &["and", "or"]))
            };
            let possession = w.class(k, DETERMINERS)
                || !is_be(w, k)
                    && w.has(k, MODIFIER)
                    && !w.has(k, VERB)
                    && !w.lower[k].ends_with("ed")
                    && noun_after(k + 1);
            p.form == Form::Modal && w.is(p.start + 1, "have") && !possession
        },
    },
    ModalVeto {
        rule: rule(
            "modal-feelings",
            "a judgement of feelings: \"should be ashamed\", \"must be proud\"",
            &["The officials should be ashamed of the delay."],
            &["The officials should be replaced."],
        ),
        check: |w, p| {
            let mut adjective = p.end + 1;
            while w.has(adjective, ADVERB) {
                adjective += 1;
            }
            p.form == Form::Modal
                && w.is(p.end, "be")
                && w.in_list(adjective, w.lex.feeling_adjectives)
        },
    },
    ModalVeto {
        rule: rule(
            "need-after-determiner",
            "\"need\" or \"have\" as a noun after a determiner, or opening the sentence: \"the need to\"",
            &["The need to act is clear.", "Need to know basis only."],
            &["The city needs to act.", "- need to work out handling of NaNs with WH"],
        ),
        // A list item may open with it, its subject left out: "- need to work out handling
        // of NaNs" (minutes).
        check: |w, p| {
            let bullet = w.text[w.start..w.toks[0].start()].contains(['-', '*', '•']);
            p.form == Form::Need
                && (p.start == 0 && !bullet || p.start > 0 && w.class(p.start - 1, DETERMINERS))
        },
    },
    ModalVeto {
        rule: rule(
            "modal-fixed-phrase",
            "a fixed phrase of the lexicon after the modal: \"has to do with\"",
            &["The delay has to do with the weather."],
            &["The council has to do more."],
        ),
        check: |w, p| {
            p.form == Form::Need
                && w.first_phrase_at(p.start + 1, w.lex.modal_phrases).is_some()
        },
    },
    ModalVeto {
        rule: rule(
            "have-to-after-modal",
            "\"have to\" after a modal or \"to\": \"will have to\", \"to have to\"",
            &["The council will have to decide by Friday.", "No parent should ever have to fear for their children."],
            &["The council has to decide by Friday."],
        ),
        // Adverbs may stand between: "No parent should ever have to fear".
        check: |w, p| {
            let mut before = p.start;
            while before > 1 && w.has(before - 1, ADVERB) {
                before -= 1;
            }
            p.form == Form::Need
                && before > 0
                && w.in_list(p.start, &["have", "has"])
                && (w.in_list(before - 1, w.lex.have_to_blockers)
                    || w.in_list(before - 1, w.lex.strong_modals))
        },
    },
    ModalVeto {
        rule: rule(
            "hypothetical-need",
            "a hypothetical requirement: \"he would need to win 69 percent\"",
            &["He would need to win 69 percent of the vote."],
            &["He needs to win the vote."],
        ),
        check: |w, p| {
            p.form == Form::Need && p.start > 0 && w.in_list(p.start - 1, w.lex.hypothetical_modals)
        },
    },
    ModalVeto {
        rule: rule(
            "need-no-verb",
            "no verb after \"need to\" (the end, clause punctuation or a determiner)",
            &["The city has to, the mayor said."],
            &["The city has to act."],
        ),
        check: |w, p| {
            let k = p.start + 2;
            p.form == Form::Need && (k >= w.len() || w.breaks(k) || w.class(k, DETERMINERS))
        },
    },
    ModalVeto {
        rule: rule(
            "modal-no-action",
            "nothing after the modal to be done",
            &["They ought to."],
            &["They ought to go."],
        ),
        check: |w, p| modal_form(p) && p.action >= w.len(),
    },
    ModalVeto {
        rule: rule(
            "modal-embedded",
            "a relative or embedded clause: \"a campaign that should provide\", \"what she should be doing\"",
            &[
                "It is a campaign that should provide jobs.",
                "Nobody knows what she should be doing.",
                "It will not yet say whether it can or should meet the deadline.",
            ],
            &["The campaign should provide jobs.", "All this must stop."],
        ),
        check: |w, p| {
            modal_form(p)
                && ((p.from.saturating_sub(1)..p.start).any(|j| w.in_list(j, w.lex.embedding_words))
                    || p.start > 0
                        && w.in_list(p.start - 1, w.lex.modal_pronoun_subjects)
                        && !deontic_must(w, p))
        },
    },
    ModalVeto {
        rule: rule(
            "modal-judgement",
            "a judgement or a personal necessity: \"That should be enough\", \"I have to thank\"",
            &["I have to thank my family.", "This is a test. This really must be enough."],
            &["We have to thank the volunteers.", "It must end now."],
        ),
        check: |w, p| {
            modal_form(p)
                && !deontic_must(w, p)
                && p.subject.is_some_and(|(a, b)| {
                    let head = w.lower[b - 1];
                    b - a == 1 && head == "i" || w.lex.judgement_heads.contains(&head)
                })
        },
    },
    ModalVeto {
        rule: rule(
            "modal-all-do",
            "\"All the GOP has to do is ...\", \"what he has to do\"",
            &["All the party has to do is win Ohio.", "All they have to do now is listen."],
            &["The party has to win Ohio.", "All countries must do everything to be prepared."],
        ),
        // A pseudo-cleft: "is" or "was" follows "do" (an adverb between).
        check: |w, p| {
            let mut k = p.action + 1;
            if w.has(k, ADVERB) {
                k += 1;
            }
            modal_form(p)
                && w.is(p.action, "do")
                && w.in_list(k, &["is", "was"])
                && p.subject.is_some_and(|(a, b)| (a..b).any(|j| w.in_list(j, &["all", "what"])))
        },
    },
    ModalVeto {
        rule: rule(
            "modal-relative-gap",
            "a relative clause on a noun whose object is the gap: \"one less vote Clinton must match\"",
            &["It was a draconian step you have to take."],
            &["You have to take a draconian step now."],
        ),
        check: |w, p| modal_form(p) && relative_gap(w, p),
    },
    ModalVeto {
        rule: rule(
            "modal-rhetorical",
            "a rhetorical question, or a compound (\"must-win\")",
            &["Who says we must obey them?", "It was a must-win game for the team."],
            &["We must obey them."],
        ),
        check: |w, p| {
            let n = w.len();
            modal_form(p)
                && (w.text[w.toks[n - 1].end()..w.end].contains('?') || w.toks[p.action].has(JOINED))
        },
    },
];

/// "one less vote Clinton must match", "a draconian step you have to take", "the way this
/// stuff should work": a relative clause on the noun, whose object is the gap; the action
/// runs to the clause's end in a few words.
fn relative_gap(w: &Words, p: &Proposal) -> bool {
    let Some((a, b)) = p.subject else {
        return false;
    };
    let n = w.len();
    let clause_end = (p.action + 1..n).find(|&j| w.breaks(j)).unwrap_or(n);
    let relative = (a + 1..b).any(|k| {
        let noun = common_noun(w, k - 1) && !w.toks[k - 1].has(GERUND);
        let opens = w.toks[k].has(CAPITALIZED) || w.in_list(k, w.lex.relative_clause_openers);
        noun && opens
    });
    let last = clause_end - 1;
    let gap = w.toks[last].has(VERB) || w.in_list(last, w.lex.stranded_prepositions);
    relative && gap && clause_end - p.action <= 3
}
