//! One sentence's directives: its cues (`cue`), the voices of its verbs (`speaker`), the
//! main cue's speaker, and each cue's action, assembled into directives. A sentence gives one
//! directive per speaker: further cues of the same speaker (or of none) go to `also`; a cue
//! whose own subject names someone else is a directive of its own.

use crate::analysis::{Clause, Directive, DirectiveKind, Part, Speaker};
use crate::lang::{Language, Lexicon};
use crate::segment::Segment;

use super::cue::{find_cues, Cue, Decision};
use super::memory::Memory;
use super::mention::noun_phrase;
use super::spans::{action_end, MAX_SUBJECT};
use super::speaker::{denies, strong, voices, Voice};
use super::words::Words;
use crate::flags::CLAUSE_VERBS;

/// A speaker and the id of the sieve that found it.
type Found = Option<(Speaker, &'static str)>;

/// Analyses one sentence: updates the speaker memory and returns its directives, with the
/// voices of its verbs (for the quotation tracker).
pub(super) fn sentence(
    w: &Words,
    (si, seg): (usize, &Segment),
    lang: &Language,
    memory: &mut Memory,
    mut trace: Option<&mut Vec<Decision>>,
) -> (Vec<Directive>, Vec<Voice>) {
    let cues = find_cues(w, lang, trace.as_deref_mut());
    let voices = voices(w, &cues, memory, trace);
    // A question asks, it does not report an ask ("Who's demanding that Bloomberg run?"),
    // unless it is an indirect request ("Could you send it?").
    let question = w.text[w.toks[w.len() - 1].end()..w.end].contains('?');
    let cues: Vec<Cue> = if question {
        cues.into_iter()
            .filter(|c| c.kind == DirectiveKind::Indirect)
            .collect()
    } else {
        cues
    };
    if cues.is_empty() {
        return (Vec::new(), voices);
    }
    let main_idx = cues.iter().position(|c| !c.participial).unwrap_or(0);
    let operative = operative(w, &cues[main_idx]);
    let mut main_cue = cues[main_idx].clone();
    if operative {
        main_cue.kind = DirectiveKind::Operative;
    }
    let main = &main_cue;
    let reporter = closing_reporter(w, main);
    // An operative clause is the issuer's (`voice`), whatever stands before its verb.
    let speaker = if operative {
        None
    } else {
        main_speaker(w, main, reporter, &voices, memory)
    };
    let ends = Ends {
        w,
        cues: &cues,
        reporter,
        lang,
    };
    let Some(mut action) = ends.action(main) else {
        return (Vec::new(), voices);
    };
    // "Plan ahead: prepare for possible power outages": a tip's title and its instruction
    // are one ask, whose action runs through the instruction.
    let titled = titled_instruction(w, &cues, main_idx);
    if let Some(then) = titled.and_then(|k| ends.action(&cues[k])) {
        action = Part {
            text: w.text[action.start..then.end].to_string(),
            start: action.start,
            end: then.end,
        };
    }
    let (also, others) = other_cues(
        &ends,
        (si, seg),
        [Some(main_idx), titled],
        &voices,
        &speaker,
    );
    let mut out = vec![directive(w, (si, seg), main, speaker, action, also)];
    out.extend(others);
    // Cues do not overlap: their starts are unique.
    out.sort_unstable_by_key(|d| d.cue.start);
    (out, voices)
}

/// The sentence's cues besides the main one and those in `skip`: a cue of the main
/// speaker (or of none) is a clause of the main directive (`also`); a cue whose own subject
/// names someone else is a directive of its own.
fn other_cues(
    ends: &Ends,
    (si, seg): (usize, &Segment),
    skip: [Option<usize>; 2],
    voices: &[Voice],
    speaker: &Found,
) -> (Vec<Clause>, Vec<Directive>) {
    let w = ends.w;
    let mut also = Vec::new();
    let mut others = Vec::new();
    for (i, c) in ends.cues.iter().enumerate() {
        if skip.contains(&Some(i)) {
            continue;
        }
        let Some(action) = ends.action(c) else {
            continue;
        };
        match own_speaker(w.lex, c, voices, speaker.as_ref().map(|s| &s.0)) {
            Some(s) => others.push(directive(w, (si, seg), c, Some(s), action, Vec::new())),
            None => also.push(Clause {
                cue: w.part(c.negation.unwrap_or(c.start), c.end),
                action,
                negated: c.negation.is_some(),
                rule: c.rule.into(),
            }),
        }
    }
    (also, others)
}

/// The index of the instruction after a tip's title: the main cue is an imperative of a few
/// words opening the sentence, a colon, then another imperative ("Stay cool: stay indoors").
fn titled_instruction(w: &Words, cues: &[Cue], main_idx: usize) -> Option<usize> {
    /// The longest title, in words.
    const TITLE_WORDS: usize = 5;
    let main = &cues[main_idx];
    let next = main_idx + 1;
    let then = cues.get(next)?;
    let title = main.kind == DirectiveKind::Imperative
        && then.kind == DirectiveKind::Imperative
        && then.start <= main.start + TITLE_WORDS
        && w.gap_before(then.start).contains(':');
    title.then_some(next)
}

/// An operative clause of a resolution: a reported cue whose verb, in its "-s" form,
/// opens the sentence after a number and adverbs ("2. Requests the five States to ...",
/// "Further urges ...", "Strongly encourages ...").
fn operative(w: &Words, main: &Cue) -> bool {
    // "2. Reiterates its call upon all States to": the clause's verb owns the nominal cue.
    let v = if main.start > 0 && main.start < main.verb && w.is(main.start, "its") {
        main.start - 1
    } else {
        main.verb
    };
    main.kind == DirectiveKind::Reported
        && !main.participial
        && !main.passive
        && super::spans::operative_verb(w, v)
}

/// "X must do Y, Sam Younger said.": reported speech whose reporter closes the sentence
/// after a comma (the clause punctuation's token).
fn closing_reporter(w: &Words, main: &Cue) -> Option<usize> {
    let last = w.len() - 1;
    (main.end..last)
        .rev()
        .find(|&k| w.breaks(k))
        .filter(|&a| a + 6 >= last && a < last && w.class(last, CLAUSE_VERBS))
}

/// The speaker of the main cue: its verb's voice; for an obligation, a reporter closing the
/// sentence; the main clause's subject; the source of "According to X,".
fn main_speaker(
    w: &Words,
    main: &Cue,
    reporter: Option<usize>,
    voices: &[Voice],
    memory: &mut Memory,
) -> Found {
    let mut speaker = speaker_for(w.lex, main, voices);
    let last = w.len() - 1;
    // The obligation is the reporter's, and its action ends before them.
    if let Some(a) = reporter.filter(|_| main.modal && speaker.is_none()) {
        speaker = voices
            .iter()
            .find(|v| v.verb == last)
            .and_then(|v| v.speaker.clone())
            .or_else(|| noun_phrase(w, a, last, memory))
            .map(|s| (s, "closing-reporter"));
    }
    if speaker.is_none() && !main.modal && !main.passive {
        speaker = main_subject(w, memory).map(|s| (s, "main-subject"));
    }
    // "According to reports from Interfax, the deal should go through": the source speaks.
    let stray = |s: &(Speaker, &str)| {
        main.modal && !strong(w.lex, &s.0) || s.0.text.to_lowercase().starts_with("according")
    };
    if speaker.as_ref().is_none_or(stray) {
        if let Some(s) = according_to(w, memory) {
            speaker = Some((s, "according-to"));
        }
    }
    speaker
}

/// Where each cue's action ends: before the next cue, a closing reporter or the clause.
struct Ends<'s, 'a> {
    w: &'s Words<'a>,
    cues: &'s [Cue],
    reporter: Option<usize>,
    lang: &'s Language,
}

impl Ends<'_, '_> {
    fn action(&self, c: &Cue) -> Option<Part> {
        let w = self.w;
        let mut next = (self.cues.iter())
            .filter(|o| o.start > c.start)
            // "urged X to stay calm but did not call for ...": the action stops before the
            // next cue's negation.
            .map(|o| o.negation.unwrap_or(o.start))
            .min()
            .unwrap_or(w.len());
        if let Some(a) = self.reporter.filter(|&a| a > c.action) {
            next = next.min(a);
        }
        if c.participial && c.start == 0 {
            // "Stressing the importance of X, he ...": X ends at the clause.
            if let Some(b) = (c.action + 1..next).find(|&j| w.breaks(j)) {
                next = b;
            }
        }
        let end = action_end(w, c.action, next, self.lang);
        (end > c.action).then(|| w.part(c.action, end))
    }
}

/// A further cue with a subject of its own that names someone else than the main speaker
/// ("He calls for X; she calls for Y") is a directive of its own.
fn own_speaker(lex: &Lexicon, c: &Cue, voices: &[Voice], main: Option<&Speaker>) -> Found {
    if c.participial || c.modal {
        return None;
    }
    let v = voices.iter().find(|v| v.verb == c.verb)?;
    let s = v.speaker.clone().filter(|s| strong(lex, s))?;
    let same = main.is_some_and(|m| m.name == s.name);
    (!same).then_some((s, v.sieve))
}

fn directive(
    w: &Words,
    (si, seg): (usize, &Segment),
    c: &Cue,
    speaker: Found,
    action: Part,
    also: Vec<Clause>,
) -> Directive {
    let (speaker, speaker_rule) = match speaker {
        Some((s, rule)) => (Some(s), Some(rule)),
        None => (None, None),
    };
    Directive {
        sentence: si,
        text: w.text[seg.start..seg.end].to_string(),
        start: seg.start,
        end: seg.end,
        negated: c.negation.is_some()
            || c.kind == DirectiveKind::Reported
                && speaker.as_ref().is_some_and(|s| denies(w.lex, s)),
        speaker,
        cue: w.part(c.negation.unwrap_or(c.start), c.end),
        addressee: c.addressee.map(|(a, b)| w.part(a, b)),
        action,
        kind: c.kind,
        also,
        rule: c.rule.into(),
        speaker_rule: speaker_rule.map(Into::into),
    }
}

/// The speaker of a cue: its own subject, or for a participle or an obligation the subject
/// of the nearest finite verb (before it; for a clause-opening participle, after it too).
fn speaker_for(lex: &Lexicon, cue: &Cue, voices: &[Voice]) -> Found {
    let found = |v: &Voice| v.speaker.clone().map(|s| (s, v.sieve));
    if !cue.modal && !cue.participial {
        if let Some(v) = voices.iter().find(|v| v.verb == cue.verb) {
            if v.speaker.is_some() {
                return found(v);
            }
        }
    }
    let before = (voices.iter().rev())
        .find(|v| v.verb < cue.start && v.speaker.is_some())
        .and_then(found);
    if before.is_some() {
        // A passive with no agent: only a named reporter before it speaks ("Sperling said he
        // was advised to ...").
        return before.filter(|s| !cue.passive || strong(lex, &s.0));
    }
    if cue.modal && !cue.quoted || cue.passive {
        return None;
    }
    (voices.iter())
        .find(|v| v.verb > cue.verb && v.speaker.is_some())
        .and_then(found)
}

/// The source of a sentence opening "According to X,": a name at the end of X ("reports
/// from Russian News Agency Interfax" gives "Russian News Agency Interfax"), or X.
fn according_to(w: &Words, memory: &mut Memory) -> Option<Speaker> {
    if !(w.is(0, "according") && w.is(1, "to")) {
        return None;
    }
    let end = (3..w.len().min(3 + MAX_SUBJECT)).find(|&k| w.breaks(k))?;
    noun_phrase(w, 2, end, memory)
}

/// The subject of the sentence's main clause, whatever its form ("The landmark agreement
/// includes ..., calling on countries to ..."): the words before the first verb, after an
/// opening adverbial ("On Sunday,", "Adopting the recommendations ...,") and conjunction.
fn main_subject(w: &Words, memory: &mut Memory) -> Option<Speaker> {
    use super::spans::{after_openers, is_be, soft_gap};
    use crate::flags::{CAPITALIZED, PREPOSITIONS, VERB, VERB_PREFIX_WORDS};
    let b = after_openers(w)?;
    let verb = (b + 1..w.len().min(b + 1 + MAX_SUBJECT)).find(|&k| {
        let l = w.lower[k];
        let capital_inside = w.toks[k].has(CAPITALIZED);
        !capital_inside
            && (w.toks[k].has(VERB)
                || (l.ends_with("ed") && l.len() > 4)
                || is_be(w, k)
                || w.class(k, VERB_PREFIX_WORDS)
                || w.in_list(k, w.lex.subject_enders))
    })?;
    // Stop at clause punctuation: "X, the former mayor, has urged" keeps "X".
    let end = (b + 1..verb)
        .find(|&k| w.breaks(k) && !soft_gap(w.gap_before(k)))
        .unwrap_or(verb);
    if w.class(b, PREPOSITIONS) {
        return None;
    }
    noun_phrase(w, b, end, memory)
}
