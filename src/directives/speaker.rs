//! Who speaks: for every cue or reporting verb of a sentence, the [`SIEVES`] are tried in
//! order until one decides (a name, a pronoun, a possessor, the agent of a passive, the
//! sender of a message ...); the sentence-level sieves then find the speaker of the main cue
//! when its own verb names none (a reporter closing the sentence, the main clause's subject,
//! "According to X"). A sieve finds the mention; `mention` resolves it through the memory.

use crate::analysis::Speaker;
use crate::flags::*;
use crate::lang::Lexicon;

use super::cue::{Cue, Decision};
use super::memory::Memory;
use super::mention::{noun_phrase, speaker, subject};
use super::rules::{rule, Rule};
use super::spans::*;
use super::words::{CueWord, Words};

/// A verb of the sentence (a cue or reporting verb) with its subject as a speaker, and the
/// sieve that found it.
#[derive(Clone, Debug)]
pub(super) struct Voice {
    pub verb: usize,
    pub speaker: Option<Speaker>,
    pub sieve: &'static str,
}

/// What a sieve decided of a verb.
pub(super) enum Found {
    /// No verb with a subject of its own here (a noun, a name, an opening participle).
    NoVerb,
    /// Its speaker (or none), with the id of the sieve that found it.
    Speaker(&'static str, Option<Speaker>),
}

/// The state the sieves of one sentence share.
pub(super) struct Ladder<'s, 'a> {
    pub w: &'s Words<'a>,
    pub cues: &'s [Cue],
    pub memory: &'s mut Memory,
    /// The voices found so far, in order.
    pub voices: Vec<Voice>,
    /// The sentence's lead subject, once computed ([`lead_subject`]).
    lead: Option<Option<Speaker>>,
}

/// A sieve of [`SIEVES`]: `None` when it does not decide.
type SieveFn = fn(&mut Ladder, usize, &CueWord) -> Option<Found>;

/// The voices of every cue or reporting verb of the sentence.
pub(super) fn voices(
    w: &Words,
    cues: &[Cue],
    memory: &mut Memory,
    mut trace: Option<&mut Vec<Decision>>,
) -> Vec<Voice> {
    let mut ladder = Ladder {
        w,
        cues,
        memory,
        voices: Vec::new(),
        lead: None,
    };
    for i in 0..w.len() {
        let Some(cw) = w.cue_words[i] else {
            continue;
        };
        let found = LADDER
            .iter()
            .find_map(|(id, sieve)| sieve(&mut ladder, i, &cw).map(|f| (*id, f)));
        let Some((id, found)) = found else {
            continue;
        };
        let at = w.toks[i].start();
        let made = matches!(found, Found::Speaker(..));
        if let Found::Speaker(sieve, speaker) = found {
            ladder.voices.push(Voice {
                verb: i,
                speaker,
                sieve,
            });
        }
        if let Some(t) = trace.as_deref_mut() {
            let rule = ladder
                .voices
                .last()
                .filter(|_| made)
                .map_or(id, |v| v.sieve);
            t.push(Decision { at, rule, made });
        }
    }
    ladder.voices
}

/// The ladder: sieve ids and functions, in order.
const LADDER: &[(&str, SieveFn)] = &[
    ("no-verb-name", |_, _, cw| {
        cw.in_name.then_some(Found::NoVerb)
    }),
    ("owner", owner),
    ("light-verb-subject", |l, _, cw| {
        let k = cw.light_verb?;
        Some(Found::Speaker(
            "light-verb-subject",
            subject(l.w, k, l.memory),
        ))
    }),
    ("no-verb-noun", |_, _, cw| {
        let noun = cw.noun_after_noun && cw.form.lemma != "say" || cw.phrasal;
        noun.then_some(Found::NoVerb)
    }),
    ("possessor", possessor),
    ("no-verb-determiner", |l, i, _| {
        let w = l.w;
        let det = i > 0 && w.class(i - 1, DETERMINERS) && !w.is(i - 1, "that") && !no_one(w, i);
        det.then_some(Found::NoVerb)
    }),
    ("opening-participle", |l, i, cw| {
        (cw.form.participle && opens_clause(l.w, i)).then_some(Found::NoVerb)
    }),
    ("inverted-subject", |l, i, cw| {
        let (a, b) = inverted_subject(l.w, i, cw.form.lemma)?;
        Some(Found::Speaker(
            "inverted-subject",
            noun_phrase(l.w, a, b, l.memory),
        ))
    }),
    ("passive-agent", |l, i, _| {
        let c = l.cues.iter().find(|c| c.verb == i && c.passive)?;
        // The passive's subject is its addressee; the agent, if named, speaks.
        let agent =
            passive_agent(l.w, c.verb).and_then(|((a, b), _)| noun_phrase(l.w, a, b, l.memory));
        Some(Found::Speaker("passive-agent", agent))
    }),
    ("message-sender", |l, i, _| {
        // "Sanders is releasing an ad that urges ...", "sent a letter urging ...": who sends
        // the message speaks ("decided to issue a memo instructing": who decided).
        let g = message_verb(l.w, i)?;
        let s = subject(l.w, governing_verb(l.w, g).unwrap_or(g), l.memory);
        Some(Found::Speaker("message-sender", s))
    }),
    ("relative-antecedent", relative_antecedent),
    ("coordinated", coordinated),
    ("own-subject", own_subject),
];

/// The sieves, documented with their examples (the ladder's, then the sentence's).
pub(super) const SIEVES: &[Rule] = &[
    rule(
        "issuer",
        "an operative clause's speaker: the body named alone in the preamble (\"The General Assembly,\"; `voice`)",
        &["The General Assembly,\n\nRecalling its resolutions,\n\n1. Requests the Secretary-General to report on the matter."],
        &["The Assembly requested a report."],
    ),
    rule(
        "no-verb-name",
        "a cue word inside a name or a compound has no subject",
        &["A judge at the Court of Appeals for the Ninth Circuit ruled against the state."],
        &["The court ordered a review."],
    ),
    rule(
        "owner",
        "the owner of a cue noun: \"Pence's call for\"",
        &["Pence's call for a special prosecutor was rejected."],
        &["Pence called for a special prosecutor."],
    ),
    rule(
        "light-verb-subject",
        "the subject of a light verb: \"Cruz made an impassioned call for\"",
        &["Cruz made an impassioned call for unity."],
        &["Cruz called for unity."],
    ),
    rule(
        "no-verb-noun",
        "a noun after a noun or a phrasal verb has no subject: \"a minority report\", \"to push back\"",
        &["A court order declaring the law void was issued."],
        &["Activists call for a ban."],
    ),
    rule(
        "possessor",
        "\"his call for\", \"its demand for\": the possessor, resolved like a pronoun",
        &["Mayor Ann Lee spoke. She repeated her call for calm."],
        &["Mayor Ann Lee called for calm."],
    ),
    rule(
        "no-verb-determiner",
        "a cue word after a determiner is a noun: \"the call for\"",
        &["They heard the call for reform."],
        &["They call for reform."],
    ),
    rule(
        "opening-participle",
        "a clause-opening participle takes the main clause's subject",
        &["Stressing the need for unity, the president urged calm."],
        &["The president urged calm."],
    ),
    rule(
        "inverted-subject",
        "the subject after an inverted reporting verb: '\"Let him decide,\" said Joe Biden, urging ...'",
        &["\"We must act now,\" said Joe Biden, urging Congress to pass the bill."],
        &["Joe Biden said Congress must pass the bill."],
    ),
    rule(
        "passive-agent",
        "the agent of a passive cue: \"were ordered by a judge to\"",
        &["The firms were ordered by Judge Amy Berman to pay fines."],
        &["Judge Amy Berman ordered the firms to pay fines."],
    ),
    rule(
        "message-sender",
        "who sends the message: \"sent a letter urging\", \"is releasing an ad that urges\"",
        &["Senator Ron Wyden sent a letter urging the agency to act."],
        &["Senator Ron Wyden urged the agency to act."],
    ),
    rule(
        "relative-antecedent",
        "the antecedent of a relative pronoun: \"it was Obama who pressed for\"",
        &["It was Obama who pressed for the deal."],
        &["Obama pressed for the deal."],
    ),
    rule(
        "adjacent-name",
        "a participle or coordinated verb right after a name: \"with Trump calling for\"",
        &["The rally ended with Trump calling for a wall."],
        &["Trump called for a wall."],
    ),
    rule(
        "previous-speaker",
        "a coordinated verb takes the speaker of the verb before it: \"... and urged him to resign\"",
        &["Senator Ann Lee said the plan failed and urged the mayor to resign."],
        &["Senator Ann Lee urged the mayor to resign."],
    ),
    rule(
        "lead-subject",
        "the name or pronoun that opens the sentence",
        &["Senator Ann Lee, in a speech on Monday that drew protests from the crowd and praise from the unions, wrote an op-ed urging calm."],
        &["Senator Ann Lee urged calm."],
    ),
    rule(
        "object-controller",
        "the object of a control verb acts: \"prompted Huma Abedin to ask for\"",
        &["The scandal prompted Huma Abedin to ask for a leave."],
        &["Huma Abedin asked for a leave."],
    ),
    rule(
        "governing-subject",
        "the subject of the verb an infinitive depends on: \"he promised to push for\"",
        &["Governor Tim Walz promised to push for a tax cut."],
        &["Governor Tim Walz pushed for a tax cut."],
    ),
    rule(
        "own-subject",
        "the verb's own subject: \"Xi Jinping urged\"",
        &["Xi Jinping urged trade unions to organize skills competitions."],
        &["Trade unions should organize skills competitions."],
    ),
    rule(
        "closing-reporter",
        "a reporter closing the sentence after a comma speaks its obligation: \"X must do Y, Sam Younger said.\"",
        &["Schools must close early, Sam Younger said."],
        &["Schools must close early."],
    ),
    rule(
        "main-subject",
        "the subject of the main clause, for a cue whose verb names none: \"The agreement includes ..., calling on countries to\"",
        &["The landmark agreement includes new targets, calling on countries to cut emissions."],
        &["Countries must cut emissions."],
    ),
    rule(
        "according-to",
        "the source of \"According to X,\"",
        &["According to reports from Interfax, the deal should go through."],
        &["The deal should go through."],
    ),
    rule(
        "quotation",
        "the speaker of a quotation, for a directive inside it that names no one else",
        &["\"We must act. We must act now,\" Smith said."],
        &["We must act now."],
    ),
];

/// "Pence's call for", "the DOJ demand that": the owner is the speaker.
fn owner(l: &mut Ladder, i: usize, cw: &CueWord) -> Option<Found> {
    if !cw.named_owner {
        return None;
    }
    let run = capitalized_run(l.w, clause_start(l.w, i - 1), i);
    let owner = run.and_then(|(a, b)| noun_phrase(l.w, a, b, l.memory));
    Some(Found::Speaker("owner", owner))
}

/// "its calls for", "his demand for": the possessor, resolved like a pronoun.
fn possessor(l: &mut Ladder, i: usize, _: &CueWord) -> Option<Found> {
    let w = l.w;
    if i == 0 || !w.in_list(i - 1, w.lex.possessor_pronouns) {
        return None;
    }
    // "The mayor repeated his call on residents to ...", "He reiterated in the statement his
    // call on ...": the subject of the verb whose object the possessed noun is.
    let governing = verb_before(w, clause_start(w, i - 1), i - 1);
    if let Some(owner) = governing.and_then(|g| subject(w, g, l.memory)) {
        return Some(Found::Speaker("possessor", Some(owner)));
    }
    let person = w.in_list(i - 1, w.lex.personal_possessors);
    let mention = w.part(i - 1, i);
    let name = l
        .memory
        .latest(person)
        .map_or_else(|| mention.text.clone(), str::to_string);
    Some(Found::Speaker("possessor", Some(speaker(name, &mention))))
}

/// The first token of the verb's subject side, past the words that may stand between a
/// subject and its verb.
fn before_verb(w: &Words, i: usize) -> usize {
    let mut before = i;
    while before > 0 && w.class(before - 1, VERB_PREFIX_WORDS) {
        before -= 1;
    }
    before
}

/// "who pressed for", "who is said to have pressed for", "who's been pushing for": the
/// relative pronoun before the verb.
fn relative_at(w: &Words, i: usize) -> Option<usize> {
    let before = before_verb(w, i);
    (before.saturating_sub(5)..before)
        .rev()
        .take_while(|&j| j + 1 == before || !w.breaks(j + 1))
        .find(|&j| w.in_list(j, w.lex.relative_pronouns_all))
        .filter(|&j| j + 1 == before || !w.is(j, "that"))
        .filter(|&j| {
            (j + 1..before).all(|k| {
                w.class(k, VERB_PREFIX_WORDS)
                    || is_be(w, k)
                    || w.in_list(k, w.lex.relative_fillers)
                    || w.lower[k].ends_with("ly")
            })
        })
}

/// "it was Obama who pressed for", "the association, which urged": the antecedent names the
/// speaker; the relative pronoun is the mention.
fn relative_antecedent(l: &mut Ladder, i: usize, _: &CueWord) -> Option<Found> {
    let w = l.w;
    let rel = relative_at(w, i)?;
    let end = rel;
    let start = clause_start(w, end.saturating_sub(1));
    let from = (start..end)
        .rev()
        .find(|&j| w.in_list(j, w.lex.copulas))
        .map_or(start, |j| j + 1);
    let found = noun_phrase(w, from, end, l.memory);
    let s = if w.is(rel, "that") {
        found
    } else {
        found.map(|s| Speaker {
            name: s.name,
            ..speaker(String::new(), &w.part(rel, rel + 1))
        })
    };
    Some(Found::Speaker("relative-antecedent", s))
}

/// "... and urged him to resign", "wrote an op-ed urging ...", "with Trump calling for ...":
/// a coordinated verb or a participle (not in a verb group: "have begun urging").
fn coordinated(l: &mut Ladder, i: usize, cw: &CueWord) -> Option<Found> {
    let w = l.w;
    let before = before_verb(w, i);
    let coordinated = before > 0 && w.in_list(before - 1, w.lex.coordinators);
    let participle =
        cw.form.participle && !be_before(w, i) && !(i > 0 && w.in_list(i - 1, w.lex.aspect_verbs));
    if !(coordinated || participle) {
        return None;
    }
    let adjacent = (i > 0 && !w.breaks(i))
        .then(|| capitalized_run(w, clause_start(w, i - 1), i))
        .flatten()
        .filter(|&(_, e)| e == i)
        .and_then(|(a, e)| noun_phrase(w, a, e, l.memory));
    if adjacent.is_some() {
        return Some(Found::Speaker("adjacent-name", adjacent));
    }
    if let Some(previous) = previous(w.lex, &l.voices) {
        return Some(Found::Speaker("previous-speaker", Some(previous)));
    }
    Some(Found::Speaker("lead-subject", l.lead_subject()))
}

/// The speaker of the latest voice with one, when it names someone.
fn previous(lex: &Lexicon, voices: &[Voice]) -> Option<Speaker> {
    voices
        .iter()
        .rev()
        .find_map(|v| v.speaker.clone())
        .filter(|s| strong(lex, s))
}

/// The verb's own subject; for an infinitive, its governing verb's ("prompted Huma Abedin
/// to ask for": the object acts); failing both, the sentence's lead subject.
fn own_subject(l: &mut Ladder, i: usize, _: &CueWord) -> Option<Found> {
    let w = l.w;
    // "Further decides that ...", "3. Requests ...": a resolution's operative verb has no
    // subject in its sentence (the issuer speaks, `voice`).
    if operative_verb(w, i) {
        return Some(Found::Speaker("own-subject", None));
    }
    // "So let me ask you to ...": the speaker asks ("me" is the one who speaks).
    if i >= 2 && w.is(i - 2, "let") && w.is(i - 1, "me") {
        let p = w.part(i - 1, i);
        let name = w
            .lex
            .first_person
            .first()
            .map_or("I", |n| n)
            .to_ascii_uppercase();
        let me = Speaker {
            name,
            text: p.text,
            start: p.start,
            end: p.end,
        };
        return Some(Found::Speaker("own-subject", Some(me)));
    }
    let (id, own) = match governing_verb(w, i) {
        Some(g) => match controller(w, g, i - 1) {
            Some((a, b)) => ("object-controller", noun_phrase(w, a, b, l.memory)),
            None => ("governing-subject", subject(w, g, l.memory)),
        },
        None => ("own-subject", subject(w, i, l.memory)),
    };
    if own.is_none() && i > 0 {
        Some(Found::Speaker("lead-subject", l.lead_subject()))
    } else {
        Some(Found::Speaker(id, own))
    }
}

impl Ladder<'_, '_> {
    /// The subject of the whole sentence when it opens with a capitalised name or a pronoun,
    /// computed once per sentence.
    fn lead_subject(&mut self) -> Option<Speaker> {
        if self.lead.is_none() {
            self.lead = Some(lead_subject(self.w, self.memory));
        }
        self.lead.clone().flatten()
    }
}

fn lead_subject(w: &Words, memory: &mut Memory) -> Option<Speaker> {
    // Skip an opening "Yet", "But", "Clearly,", "On Tuesday,", "Citing X,".
    let mut b = after_openers(w).unwrap_or(w.len());
    if time_phrase(w, b) {
        b += 2;
    }
    while b < w.len()
        && (w.toks[b].has(STOP) && !w.class(b, SPEAKER_PRONOUNS) || w.lower[b].ends_with("ly"))
    {
        b += 1;
    }
    if b < w.len() && w.class(b, SPEAKER_PRONOUNS) {
        return noun_phrase(w, b, b + 1, memory);
    }
    let mut e = b;
    while e < w.len()
        && w.toks[e].has(CAPITALIZED)
        && (e == b || !w.breaks(e))
        && !w.class(e, DETERMINERS | PREPOSITIONS)
        && !(e > 0 && w.toks[e].has(CUE_VERB))
    {
        e += 1;
    }
    if e > b && (e == w.len() || !w.toks[e].has(CAPITALIZED)) {
        noun_phrase(w, b, e, memory)
    } else {
        None
    }
}

/// A speaker that names someone: a capitalised name or a pronoun, not a stray phrase.
pub(super) fn strong(lex: &Lexicon, s: &Speaker) -> bool {
    s.name.chars().any(char::is_uppercase)
        || lex
            .speaker_pronouns
            .contains(&s.text.to_lowercase().as_str())
}

/// A speaker that denies the act: "Nobody urged", "No senator urged", "None of them called
/// for".
pub(super) fn denies(lex: &Lexicon, s: &Speaker) -> bool {
    let first = s
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    lex.nobody.contains(&first.as_str())
}
