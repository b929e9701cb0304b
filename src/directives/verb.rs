//! Cues made by a verb (or its noun): "urged X to do", "called for X", "demanded X",
//! "stressed the need to". Two ordered registries, read top to bottom at every cue-verb
//! token: [`GATES`] decide whether the word is a verb at all (a veto ends the search, a
//! nominal rule makes the cue), then [`BUILDERS`] read the pattern after the verb, class by
//! class of the lemma (`lang::CueClass`). The order of each list is the precedence.

use crate::flags::*;
use crate::lang::{CueClass, Language};

use super::cue::Cue;
use super::rules::{rule, Rule};
use super::spans::*;
use super::words::{CueWord, Words};

/// What a gate says of a cue word.
pub(super) enum Verdict {
    /// Not this rule's case: ask the next.
    Pass,
    /// No cue here.
    Veto,
    /// This cue (a nominal one: "his call for").
    Cue(Cue),
}

/// A rule deciding whether a cue word is a verb, in [`GATES`].
pub(super) struct Gate {
    pub rule: Rule,
    pub check: fn(&Words, usize, &CueWord) -> Verdict,
}

/// What a builder says of the pattern after a verb.
pub(super) enum Step {
    /// Not this rule's pattern: ask the next builder of the class.
    Next,
    /// The class does not apply here: on to the lemma's next class.
    Veto,
    /// This cue.
    Cue(Cue),
}

/// How the verb stands: facts every builder reads.
pub(super) struct Verb {
    pub form: crate::lang::VerbForm,
    /// An -ing form opening a clause ("Stressing the need to ..., he").
    pub participial: bool,
    /// A form of "be" before a past form: "were urged to".
    pub passive: bool,
}

/// A rule reading the pattern after a verb of one class, in [`BUILDERS`].
pub(super) struct Builder {
    pub rule: Rule,
    pub class: CueClass,
    pub check: fn(&Words, usize, &Verb) -> Step,
}

/// A cue made by a verb at token `i`; `Err` with the vetoing rule's id (`None` when the word
/// is no cue verb or no pattern matched).
pub(super) fn cue(w: &Words, i: usize, lang: &Language) -> Result<Cue, Option<&'static str>> {
    let Some(cw) = w.cue_words[i] else {
        return Err(None);
    };
    for gate in GATES {
        match (gate.check)(w, i, &cw) {
            Verdict::Pass => {}
            Verdict::Veto => return Err(Some(gate.rule.id)),
            Verdict::Cue(c) => {
                return Ok(Cue {
                    rule: gate.rule.id,
                    ..c
                })
            }
        }
    }
    let progressive = be_before(w, i);
    let verb = Verb {
        form: cw.form,
        participial: cw.form.participle && !progressive && opens_clause(w, i),
        passive: progressive && !cw.form.participle,
    };
    let mut veto = None;
    for &class in lang.cues.classes(cw.form.lemma) {
        for b in BUILDERS.iter().filter(|b| b.class == class) {
            match (b.check)(w, i, &verb) {
                Step::Next => {}
                Step::Veto => {
                    veto = veto.or(Some(b.rule.id));
                    break;
                }
                Step::Cue(c) => {
                    return Ok(Cue {
                        rule: b.rule.id,
                        participial: verb.participial,
                        ..c
                    })
                }
            }
        }
    }
    Err(veto)
}

/// Whether the cue word is a verb, in order of precedence.
pub(super) const GATES: &[Gate] = &[
    Gate {
        rule: rule(
            "name-or-compound",
            "a capital inside a clause or a hyphen: part of a name or a compound",
            &["A judge at the Court of Appeals for the Ninth Circuit ruled against the state.", "The court-ordered review began."],
            &["The court ordered a review of the case."],
        ),
        check: |_, _, cw| veto(cw.in_name || cw.joined_next),
    },
    Gate {
        rule: rule(
            "nominal-owner",
            "a cue noun owned by the name before it: \"Pence's call for\", \"the DOJ demand that\"",
            &["Pence's call for a special prosecutor was rejected."],
            &["The call for reform grew louder."],
        ),
        check: |_, i, cw| made(cw.named_owner.then(|| Cue::nominal(i, i))),
    },
    Gate {
        rule: rule(
            "nominal-light-verb",
            "the noun of a light verb: \"made an impassioned call for\", \"issued a demand for\"",
            &["Cruz made an impassioned call for unity at the convention."],
            &["Cruz made a call to his mother."],
        ),
        check: |_, i, cw| made(cw.light_verb.map(|k| Cue::nominal(k, i))),
    },
    Gate {
        rule: rule(
            "name-in-list",
            "a capitalised cue word between commas in a list of names",
            &["The groups Emerge USA, Demand Progress, American Family Voices signed it."],
            &["Protesters, Demand change now, the sign said."],
        ),
        check: |w, i, _| veto(name_in_list(w, i)),
    },
    Gate {
        rule: rule(
            "condition-clause",
            "a cue verb in a clause of condition or time after its pronoun subject: \"before they ask for it\", \"if you ask anyone\" (a habit or a hypothesis, not an ask made)",
            &[
                "Provide them drinking water regularly, even before they ask for it.",
                "If you ask anyone to review it, say so.",
            ],
            &["When he urged the crowd to leave, they left.", "They ask you to stay."],
        ),
        check: |w, i, _| {
            let words = &w.lex.condition_openers;
            let subject =
                i >= 2 && w.in_list(i - 1, w.lex.personal_pronouns) && w.in_list(i - 2, words);
            veto(subject && !w.breaks(i - 1) && !w.breaks(i))
        },
    },
    Gate {
        rule: rule(
            "reduced-participle",
            "a participle after its noun with its agent, or after \"what is\": a description",
            &["She filed the documentation required by the state.", "That is what is required."],
            &["The state required documentation by Friday."],
        ),
        check: |w, i, _| veto(reduced_participle(w, i)),
    },
    Gate {
        rule: rule(
            "noun-after-light-verb",
            "a noun after \"make\" or \"heed\": \"make demands of\", \"heed his call\"",
            &["They make demands of the council."],
            &["They demand a vote of the council."],
        ),
        check: |w, i, _| veto(i > 0 && w.in_list(i - 1, w.lex.noun_takers)),
    },
    Gate {
        rule: rule(
            "noun-after-name",
            "the base form after a singular name: \"Obama order opens door\" (a verb would be \"orders\")",
            &["The Obama order opens the door to asylum."],
            &["Activists call for a ban.", "They urge the Senate to act."],
        ),
        check: |w, i, cw| veto(noun_after_name(w, i, cw)),
    },
    Gate {
        rule: rule(
            "noun-after-noun",
            "a noun after a singular common noun: \"a court order declaring\", \"a minority report\"",
            &["A court order declaring the law void was issued."],
            &["Activists call for a ban."],
        ),
        check: |_, _, cw| veto(cw.noun_after_noun),
    },
    Gate {
        rule: rule(
            "opening-noun",
            "a sentence-opening cue word before a verb or an adverb: \"Order soon returned\"",
            &["Order soon returned to the streets."],
            &["Call for help if you see smoke."],
        ),
        check: |w, i, _| veto(i == 0 && w.has(1, VERB | ADVERB) && !w.is(1, "for")),
    },
    Gate {
        rule: rule(
            "adjectival-participle",
            "a past participle after \"to\" or a number: \"its list of 25 recommended delegates\"",
            &["The party published its list of 25 recommended delegates."],
            &["The panel recommended that swimmers avoid the beach."],
        ),
        check: |w, i, _| veto(adjectival_participle(w, i)),
    },
    Gate {
        rule: rule(
            "fixed-phrase",
            "a fixed phrase of the lexicon: \"in order to\", \"too close to call\", \"law and order\", \"request for comment\"",
            &[
                "They met in order to discuss the plan.",
                "The race is too close to call for now.",
                "He ran as a law and order candidate.",
                "The ministry did not respond to a request for comment.",
                "It was a bid to appeal to young voters.",
            ],
            &["The judge ordered a recount."],
        ),
        check: |w, i, cw| veto(fixed_phrase(w, i, cw.form.lemma)),
    },
    Gate {
        rule: rule(
            "nominal-unnamed",
            "a plural cue noun as a past verb's object or after \"of\": an ask by someone unnamed (\"resisted calls for him to\")",
            &["The mayor has so far resisted calls for him to resign."],
            &["Privacy advocates are concerned about the plan."],
        ),
        check: |w, i, cw| {
            made(unnamed_plural(w, i, cw.form.lemma).then(|| Cue {
                passive: true,
                ..Cue::nominal(i, i)
            }))
        },
    },
    Gate {
        rule: rule(
            "plural-noun",
            "a plural cue noun before a verb, or as an object: \"privacy advocates are\", \"orders will dry up\"",
            &["Privacy advocates are concerned about the plan.", "Privacy advocates say the law is weak."],
            &["She advocates a ban on the sale of guns."],
        ),
        check: |w, i, cw| veto(plural_noun(w, i, cw.form.lemma)),
    },
    Gate {
        rule: rule(
            "phrasal-verb",
            "a phrasal verb that is no cue: \"push back on\", \"press ahead\"",
            &["The party will push back on the plan."],
            &["The party will push for a vote."],
        ),
        check: |_, _, cw| veto(cw.phrasal),
    },
    Gate {
        rule: rule(
            "modified-noun",
            "a cue noun after an adjective, a number or a name's possessive: \"particular appeal for\", \"Sanders's push for\"",
            &["They signed one petition for a new park.", "Sanders's push for a higher wage stalled."],
            &["The unions have long called for a higher wage."],
        ),
        check: |w, i, _| veto(modified_noun(w, i)),
    },
    Gate {
        rule: rule(
            "nominal-possessive",
            "a cue noun after \"his\", \"her\", \"their\", \"its\" and before \"for\", \"on\", \"upon\" or \"to\": \"his call for\", \"its call upon all States to\"",
            &[
                "The mayor repeated his call for calm after the riots.",
                "2. Reiterates its call upon all States to refrain from promulgating such laws.",
                "He reiterated in the statement his call on all concerned actors to exercise restraint.",
            ],
            &["The mayor called his mother for advice.", "The mayor lost his appeal to the court."],
        ),
        check: |w, i, cw| {
            let possessor = i > 0
                && w.in_list(i - 1, w.lex.possessor_pronouns)
                && w.lex.possessed_cues.contains(&cw.form.lemma)
                && w.in_list(i + 1, w.lex.possessed_cue_prepositions)
                && i + 2 < w.len();
            if !possessor {
                return Verdict::Pass;
            }
            if w.is(i + 1, "for") {
                return made(Some(Cue::nominal(i - 1, i)));
            }
            // "its call upon all States to refrain": the party asked, then the infinitive;
            // without one ("lost his appeal to the court") nobody is asked anything.
            match find_to(w, i + 2) {
                Some((end, action)) => made(Some(Cue::reported(
                    i,
                    (i - 1, i + 2),
                    Some((i + 2, end)),
                    action,
                ))),
                None => Verdict::Pass,
            }
        },
    },
    Gate {
        rule: rule(
            "determiner-noun",
            "a cue word after a determiner: \"the call for\", \"a demand for\"",
            &["They heard the call for reform."],
            &["No one urged the mayor to resign."],
        ),
        check: |w, i, _| {
            veto(i > 0 && w.class(i - 1, DETERMINERS) && !w.is(i - 1, "that") && !no_one(w, i))
        },
    },
    Gate {
        rule: rule(
            "closes-quotation",
            "a cue word closing a quotation ('\"law and order\" candidate'): no verb",
            &["Their slogan, \"urge\", confused voters."],
            &["\"We must act,\" she urged the council."],
        ),
        check: |w, i, _| veto(i + 1 < w.len() && w.gap_before(i + 1).starts_with(['"', '”', '’'])),
    },
];

fn veto(yes: bool) -> Verdict {
    if yes {
        Verdict::Veto
    } else {
        Verdict::Pass
    }
}

fn made(cue: Option<Cue>) -> Verdict {
    cue.map_or(Verdict::Pass, Verdict::Cue)
}

/// A capitalised cue word and a capitalised word between commas: a name in a list ("Emerge
/// USA, Demand Progress, American Family Voices").
fn name_in_list(w: &Words, i: usize) -> bool {
    i > 0
        && w.toks[i].has(CAPITALIZED)
        && w.has(i + 1, CAPITALIZED)
        && !w.breaks(i + 1)
        && (i + 2 >= w.len() || w.gap_before(i + 2).trim() == ",")
        && w.gap_before(i).trim() == ","
}

/// A participle after its noun, with its agent: "the documentation required by the state",
/// "the attention commanded by Trump"; or after "what is": a description, not an ask.
fn reduced_participle(w: &Words, i: usize) -> bool {
    if i == 0 || !w.lower[i].ends_with("ed") {
        return false;
    }
    let reduced = w.is(i + 1, "by")
        && !w.breaks(i)
        && (w.toks[i - 1].flags & (STOP | CAPITALIZED)).is_empty()
        && !w.class(i - 1, VERB_PREFIX_WORDS);
    let what_is = i > 1 && is_be(w, i - 1) && w.is(i - 2, "what");
    reduced || what_is
}

/// A noun after a singular name in the base form ("Obama order opens door"; a verb would be
/// "orders").
fn noun_after_name(w: &Words, i: usize, cw: &CueWord) -> bool {
    if w.lower[i] != cw.form.lemma || i == 0 || w.breaks(i) {
        return false;
    }
    let prev = w.lower[i - 1];
    w.toks[i - 1].has(CAPITALIZED)
        && !w.title_case
        && !prev.ends_with('s')
        && !w.class(i - 1, SPEAKER_PRONOUNS)
        && !w.lex.first_person.contains(&prev)
}

/// A past participle after "to" or a number is an adjective: "its list of 25 recommended
/// delegates", "made it on to recommended slates".
fn adjectival_participle(w: &Words, i: usize) -> bool {
    i > 0
        && w.lower[i].ends_with("ed")
        && !w.breaks(i)
        && (w.is(i - 1, "to") || w.toks[i - 1].has(NUMERIC))
        && i + 1 < w.len()
        && (w.toks[i + 1].flags & (STOP | CAPITALIZED)).is_empty()
        && !w.class(i + 1, DETERMINERS)
}

/// Whether the cue word at `i` (of `lemma`) stands in one of the lexicon's fixed phrases.
fn fixed_phrase(w: &Words, i: usize, lemma: &str) -> bool {
    w.lex.fixed_phrases.iter().any(|p| {
        p.lemma == lemma
            && i >= p.before.len()
            && p.before
                .iter()
                .enumerate()
                .all(|(k, word)| w.is(i - p.before.len() + k, word))
            && p.after
                .iter()
                .enumerate()
                .all(|(k, word)| w.is(i + 1 + k, word))
    })
}

/// For a plural cue noun: whether it is a past verb's object ("has so far resisted calls
/// for"), and whether it follows "of"; `(false, false)` for any other word.
fn plural_object(w: &Words, i: usize, lemma: &str) -> (bool, bool) {
    if w.lower[i] == lemma || !w.lower[i].ends_with('s') || i == 0 {
        return (false, false);
    }
    // Not after an adjective in -ed: "Republicans' generalized demands", "his repeated
    // calls".
    let owned = i > 1
        && (w.class(i - 2, DETERMINERS)
            || w.possessive(i - 2)
            || w.in_list(i - 2, w.lex.possessive_determiners));
    let prev = w.lower[i - 1];
    let past = prev.ends_with("ed") && prev.len() > 4
        || prev.ends_with("en") && w.toks[i - 1].has(VERB | MODIFIER);
    let object = !w.breaks(i)
        && past
        && !w.toks[i - 1].has(CAPITALIZED)
        && !w.class(i - 1, VERB_PREFIX_WORDS)
        && !owned;
    (object, w.is(i - 1, "of"))
}

/// "prompted calls for probes", "a barrage of requests for him to read the letter": an ask
/// by someone unnamed (read like a passive with no agent).
fn unnamed_plural(w: &Words, i: usize, lemma: &str) -> bool {
    let (object, after_of) = plural_object(w, i, lemma);
    (object || after_of) && w.is(i + 1, "for") && i + 2 < w.len()
}

/// A plural cue noun before a verb ("advocates say", "orders will dry up") or a past verb's
/// object.
fn plural_noun(w: &Words, i: usize, lemma: &str) -> bool {
    if w.lower[i] == lemma || !w.lower[i].ends_with('s') {
        return false;
    }
    let verb_after = is_be(w, i + 1)
        || w.in_list(i + 1, w.lex.plural_auxiliaries)
        || w.in_list(i + 1, w.lex.modals)
        || w.class(i + 1, CLAUSE_VERBS);
    verb_after || plural_object(w, i, lemma).0
}

/// A noun after an adjective, a number or a name's possessive: "particular appeal for",
/// "one petition for", "Sanders's push for".
fn modified_noun(w: &Words, i: usize) -> bool {
    if i == 0 || w.breaks(i) {
        return false;
    }
    let prev = &w.toks[i - 1];
    let possessive = w.possessive(i - 1)
        && prev.has(CAPITALIZED)
        && !w.in_list(i - 1, w.lex.pronoun_contractions);
    // "have long called for", "the city of Nice urged", "been urging": verbs still.
    let adjective = prev.has(MODIFIER)
        && !prev.has(CAPITALIZED)
        && !w.class(i - 1, VERB_PREFIX_WORDS)
        && !is_be(w, i - 1)
        && !(i > 1 && (is_be(w, i - 2) || w.in_list(i - 2, w.lex.auxiliaries)));
    possessive || adjective || w.in_list(i - 1, w.lex.quantifiers) && !no_one(w, i)
}

/// Patterns after the verb, by cue class, in order of precedence within each class.
pub(super) const BUILDERS: &[Builder] = &[
    Builder {
        rule: rule(
            "addressed-passive",
            "a passive addressed verb: \"workers were urged to\", \"were ordered by a judge to\"",
            &["Residents were urged to stay indoors.", "Anyone who feels unwell is encouraged to call a doctor."],
            &["The mayor urged residents to stay indoors."],
        ),
        class: CueClass::Addressed,
        check: addressed_passive,
    },
    Builder {
        rule: rule(
            "addressed-particle",
            "\"call\", \"appeal\", \"plead\" without their particle, or \"press for\" (read as for-object)",
            &["The senator called reporters to the podium."],
            &["The senator called on reporters to leave."],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let (a, _) = addressed_start(w, i, v);
            let lemma = v.form.lemma;
            // `addressed_start` moved past the particle when there was one.
            let needs = w.lex.particle_cues.iter().any(|(l, _)| *l == lemma);
            let missing = needs && a == i + 1;
            let for_object = w.lex.for_object_cues.contains(&lemma) && w.is(i + 1, "for");
            if missing || for_object {
                Step::Veto
            } else {
                Step::Next
            }
        },
    },
    Builder {
        rule: rule(
            "addressed-question",
            "a question word or clause punctuation after the verb: \"asked which issue\", \"asking where to vote\"",
            &["Reporters asked which issue mattered most."],
            &["Reporters asked the minister to resign."],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let (a, _) = addressed_start(w, i, v);
            let question = w.in_list(a, w.lex.question_words);
            if question || a < w.len() && w.breaks(a) && !soft_gap(w.gap_before(a)) {
                Step::Veto
            } else {
                Step::Next
            }
        },
    },
    Builder {
        rule: rule(
            "addressed-to",
            "an addressee and an infinitive: \"urged X to do\", \"called on X to do\"",
            &[
                "Xi urged trade unions to organize skills competitions.",
                "So let me ask you, as I close, to lift your eyes beyond the dangers of today.",
                "I ask you as a personal courtesy to me not to engage in any kind of protest.",
            ],
            &[
                "Xi urged calm.",
                "I've told that to everybody and anybody that would listen.",
            ],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let (a, cue_end) = addressed_start(w, i, v);
            match find_to(w, a) {
                Some((to, action)) if to > a => {
                    Step::Cue(Cue::reported(i, (i, cue_end), Some((a, to)), action))
                }
                _ => Step::Next,
            }
        },
    },
    Builder {
        rule: rule(
            "addressed-call-on",
            "\"called on X\" with no infinitive: the rest is the ask",
            &["The union called on Congress for an immediate vote."],
            &["The union called Congress yesterday."],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let (a, cue_end) = addressed_start(w, i, v);
            let on = v.form.lemma == "call" && cue_end > i + 1 && a < w.len() && !w.breaks(a);
            if on {
                Step::Cue(Cue::reported(i, (i, cue_end), None, a))
            } else {
                Step::Next
            }
        },
    },
    Builder {
        rule: rule(
            "addressed-appeal-for",
            "\"appealed to X for Y\"",
            &["Police appealed to the public for calm."],
            &["Police appealed against the ruling."],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let (a, cue_end) = addressed_start(w, i, v);
            if v.form.lemma != "appeal" || a >= w.len() {
                return Step::Next;
            }
            match (a..w.len().min(a + MAX_ADDRESSEE)).find(|&j| w.is(j, "for")) {
                Some(f) if f > a && f + 1 < w.len() => {
                    Step::Cue(Cue::reported(i, (i, cue_end), Some((a, f)), f + 1))
                }
                _ => Step::Next,
            }
        },
    },
    Builder {
        rule: rule(
            "addressed-that",
            "a content clause: \"urged that the government act\", \"demanded that he resign\"",
            &["The council urged that the government act quickly."],
            &["The judge issued an order that prevented the sale."],
        ),
        class: CueClass::Addressed,
        check: |w, i, v| {
            let that = w.is(i + 1, "that")
                && w.lex.that_cues.contains(&v.form.lemma)
                && i + 2 < w.len()
                // "an order that prevented ...": a relative clause, not a content clause.
                && !(w.toks[i + 2].has(VERB) || w.lower[i + 2].ends_with("ed"));
            if that {
                Step::Cue(Cue::reported(i, (i, i + 2), None, i + 2))
            } else {
                Step::Next
            }
        },
    },
    Builder {
        rule: rule(
            "for-object-to",
            "\"called for X to do\": the addressee and the action",
            &["Activists called for the United States to step up its efforts."],
            &["Activists called for a ban."],
        ),
        class: CueClass::ForObject,
        check: |w, i, v| match for_object(w, i, v) {
            None => Step::Veto,
            Some((cue_end, start)) => match find_to(w, start) {
                Some((to, action)) if to > start && to - start <= 6 => {
                    Step::Cue(Cue::reported(i, (i, cue_end), Some((start, to)), action))
                }
                _ => Step::Next,
            },
        },
    },
    Builder {
        rule: rule(
            "for-object",
            "\"called for X\", \"pressed for X\", \"called on Monday for X\"",
            &["Activists called for a ban on the pesticide."],
            &["Activists called the ban a victory."],
        ),
        class: CueClass::ForObject,
        check: |w, i, v| match for_object(w, i, v) {
            None => Step::Veto,
            Some((cue_end, start)) => Step::Cue(Cue::reported(i, (i, cue_end), None, start)),
        },
    },
    Builder {
        rule: rule(
            "object",
            "the action as the verb's object: \"demanded an apology\", \"urged calm\"",
            &["The protesters demanded an apology from the police."],
            &["The protesters demanded that he resign."],
        ),
        class: CueClass::Object,
        check: |w, i, v| {
            if v.passive || i + 1 >= w.len() || w.breaks(i + 1) {
                return Step::Veto;
            }
            let next = w.lower[i + 1];
            // "immigrant advocates over his policies", "the demands of labor": a plural noun
            // before a preposition.
            if w.lex.object_blockers.contains(&next)
                || next.parse::<f64>().is_ok()
                || w.lower[i].ends_with('s') && w.class(i + 1, PREPOSITIONS)
            {
                return Step::Veto;
            }
            Step::Cue(Cue::reported(i, (i, i + 1), None, i + 1))
        },
    },
    Builder {
        rule: rule(
            "emphasis-for-to",
            "\"stressed the need for X to do\"",
            &["He stressed the need for party committees to strengthen their work."],
            &["He stressed the need for reform."],
        ),
        class: CueClass::Emphasis,
        check: |w, i, v| {
            let Some(prep) = emphasis(w, i, v) else {
                return Step::Veto;
            };
            if w.is(prep, "for") {
                if let Some((to, action)) = find_to(w, prep + 1) {
                    if to > prep + 1 && to - (prep + 1) <= 6 {
                        let addressee = Some((prep + 1, to));
                        return Step::Cue(Cue::reported(i, (i, prep + 1), addressee, action));
                    }
                }
            }
            Step::Next
        },
    },
    Builder {
        rule: rule(
            "emphasis",
            "\"stressed the need to / for\", \"emphasized the importance of\", \"pointed out the need\"",
            &[
                "He emphasized the importance of protecting workers' rights.",
                "The leaders agreed on the importance of international cooperation.",
                "Emphasizing the importance of the observance of environmental norms,",
                "They agreed on the need for calm on all sides.",
                "They also discussed North Korea, agreeing on the importance of China using its leverage.",
                "Tobie mentioned the need to review existing delegation.",
            ],
            &[
                "He emphasized that unions are important.",
                "I reiterated the importance of peace and stability across the Taiwan Strait.",
                "They agreed that the plan was sound.",
            ],
        ),
        class: CueClass::Emphasis,
        check: |w, i, v| match emphasis(w, i, v) {
            Some(prep) if prep + 1 < w.len() => {
                Step::Cue(Cue::reported(i, (i, prep + 1), None, prep + 1))
            }
            _ => Step::Veto,
        },
    },
];

/// Where the addressee of an addressed verb starts, and where its cue ends: after the verb,
/// or after its particle ("called on", "appealed to", "pleaded with").
fn addressed_start(w: &Words, i: usize, v: &Verb) -> (usize, usize) {
    let particle = w
        .lex
        .particle_cues
        .iter()
        .find(|(l, _)| *l == v.form.lemma)
        .is_some_and(|&(_, p)| w.in_list(i + 1, p));
    if particle {
        (i + 2, i + 2)
    } else {
        (i + 1, i + 1)
    }
}

/// The passive of an addressed verb: its subject is the addressee.
fn addressed_passive(w: &Words, i: usize, v: &Verb) -> Step {
    if !v.passive {
        return Step::Next;
    }
    let to = if w.is(i + 1, "by") {
        passive_agent(w, i).map(|(_, to)| to)
    } else {
        Some(i + 1)
    };
    // Not "pushed to the end", "to Monday", "to mid-January".
    let dated = |k: usize| w.has(k, JOINED) && w.has(k, CAPITALIZED);
    let verb_next = |t: usize| {
        t + 1 < w.len()
            && !w.class(t + 1, DETERMINERS)
            && !w.has(t + 1, CAPITALIZED)
            && !dated(t + 2)
    };
    let Some(to) = to.filter(|&t| w.is(t, "to") && verb_next(t) && !w.breaks(t)) else {
        return Step::Veto;
    };
    let subject = passive_subject(w, i);
    Step::Cue(Cue {
        passive: true,
        ..Cue::reported(i, (i, i + 1), subject, to + 1)
    })
}

/// The subject of a passive cue at `i`, its addressee: after a reporting verb ("Sperling said
/// he was advised to"), with a relative clause ("Anyone who feels unwell is encouraged to"),
/// or the name before "who" ("Smith, who was asked to resign").
fn passive_subject(w: &Words, i: usize) -> Option<(usize, usize)> {
    let from = clause_start(w, i);
    subject_span(w, from, i)
        .map(|(a, b)| {
            let verb = (a..b)
                .rev()
                .find(|&k| w.toks[k].has(VERB | CUE_VERB) && !w.inside_name(k));
            // "Anyone who feels unwell is encouraged to": the relative clause belongs to
            // the subject.
            let antecedent = |k: usize| {
                (w.toks[k].flags & (STOP | VERB)).is_empty()
                    || w.in_list(k, w.lex.relative_antecedents)
            };
            let relative = from > 1
                && a == from
                && w.in_list(from - 1, w.lex.restrictive_relatives)
                && !w.breaks(from - 1)
                && antecedent(from - 2);
            match verb {
                Some(_) if relative => (clause_start(w, from - 2), b),
                Some(k) => (k + 1, b),
                None => (a, b),
            }
        })
        .filter(|&(a, b)| b > a && !(a + 1 == b && w.in_list(a, w.lex.relative_words)))
        .or_else(|| {
            let rel = verb_group(w, 0, i).checked_sub(1)?;
            if rel == 0 || !w.in_list(rel, w.lex.restrictive_relatives) {
                return None;
            }
            capitalized_run(w, clause_start(w, rel - 1), rel).filter(|&(_, e)| e == rel)
        })
}

/// For a for-object verb: where its cue ends and its object starts ("called for X", "called
/// on Monday for X"); `None` when there is no "for" or the verb is passive.
fn for_object(w: &Words, i: usize, v: &Verb) -> Option<(usize, usize)> {
    if v.passive {
        return None;
    }
    // Allow a time phrase between verb and "for": "called on Monday for".
    let mut j = i + 1;
    while j < w.len() && j < i + 4 && !w.is(j, "for") && is_time_word(w, j) {
        j += 1;
    }
    if !(w.is(j, "for") && j + 1 < w.len() && !w.breaks(j + 1)) {
        return None;
    }
    let cue_end = if j == i + 1 { j + 1 } else { i + 1 };
    Some((cue_end, j + 1))
}

/// For an emphasis verb: the preposition after its need noun ("stressed the need to",
/// "emphasized the importance of", "insisted on the need for").
fn emphasis(w: &Words, i: usize, v: &Verb) -> Option<usize> {
    let mut j = i + 1;
    if let Some(&(_, particle)) = w
        .lex
        .emphasis_particles
        .iter()
        .find(|(l, _)| *l == v.form.lemma)
    {
        if !w.is(j, particle) {
            return None;
        }
        j += 1;
    }
    // [the|a|its] [adjective]{0,2} need|importance (of|to|for)
    let limit = (j + 4).min(w.len());
    let n = (j..limit).find(|&k| w.class(k, NEED_NOUNS))?;
    if (j..=n).any(|k| k > j && w.breaks(k)) || n + 1 >= w.len() {
        return None;
    }
    let opener_ok = n == j || w.in_list(j, w.lex.need_openers);
    if !opener_ok || !w.in_list(n + 1, w.lex.need_prepositions) {
        return None;
    }
    // "the importance of tackling X", "of China using its leverage", "of the observance of
    // norms", "of international cooperation" ask for an act (a gerund, or a noun of an act);
    // "the importance of peace and stability" names a value.
    let act = |k: usize| {
        let l = w.lower[k];
        w.has(k, GERUND)
            || ["ing", "ance", "tion", "sion", "ment"]
                .iter()
                .any(|e| l.ends_with(e))
    };
    let valued = w.in_list(n, w.lex.value_nouns) && w.is(n + 1, "of");
    if valued
        && !(n + 2..(n + 6).min(w.len()))
            .take_while(|&k| !w.breaks(k))
            .any(act)
    {
        return None;
    }
    Some(n + 1)
}
