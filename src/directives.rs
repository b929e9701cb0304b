//! Who urges, calls for, demands or orders whom to do what; and what must or should be done.
//!
//! Per sentence, a matcher finds cues in the words (never across clause punctuation where a
//! pattern needs adjacency):
//! - addressed verbs: "urged X to do", "called on X to do", "asked X to do";
//! - object verbs: "called for X", "pressed for X", "demanded X", "urged X";
//! - emphasis: "stressed the need to / for", "emphasized the importance of";
//! - obligations: "must", "should", "need(s) to", "has/have to", "ought to", "it is
//!   necessary / essential / imperative to", "there is a need to".
//!
//! The speaker is the subject of the cue's verb (for an obligation: of a reporting verb before
//! it in the sentence, "X emphasized that Y should ..."); pronouns and "the speech" resolve to
//! the latest named speaker; titles are stripped so every mention of a person gets one name.
//! Inside a quotation that runs over several sentences, a directive naming no one else takes
//! the quotation's speaker ('"We must act. ...," Smith said').
//! A sentence gives one directive per speaker: further cues of the same speaker (or of none)
//! go to `also`, a cue whose own subject names someone else is a directive of its own.

use crate::analysis::{Clause, Directive, DirectiveKind, Part, Speaker};
use crate::lang::en::{self, CueClass};
use crate::lang::Language;
use crate::segment::Segment;
use crate::tokenize::{
    Token, Tokens, ADVERB, BREAK_BEFORE, CAPITALIZED, CUE_VERB, FUNCTION, GERUND, JOINED, MODIFIER,
    NUMERIC, STOP, VERB,
};

/// Auxiliaries before an adverb and a verb ("have long called for").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "to", "did", "does",
    "do",
];

/// Modal verbs before a verb ("could not require").
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Subject pronouns of persons and things.
const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Tokens at most between a verb and the "to" of "urged X to do".
const MAX_ADDRESSEE: usize = 8;
/// Tokens at most in a subject noun phrase.
const MAX_SUBJECT: usize = 16;

// Word classes, one bit each, computed once per distinct word (see [`word_classes`]).
const CLAUSE_OPENERS: u16 = 1 << 0;
const CONDITIONALS: u16 = 1 << 1;
const DETERMINERS: u16 = 1 << 2;
const EVENT_NOUNS: u16 = 1 << 3;
const NECESSITY_ADJECTIVES: u16 = 1 << 4;
const NEED_NOUNS: u16 = 1 << 5;
const NEGATIONS: u16 = 1 << 6;
const PREPOSITIONS: u16 = 1 << 7;
const SPEAKER_PRONOUNS: u16 = 1 << 8;
const TITLE_WORDS: u16 = 1 << 9;
const VERB_PREFIX_WORDS: u16 = 1 << 10;
const VERB_NEGATIONS: u16 = 1 << 11;
const REFUSALS: u16 = 1 << 12;
const CLAUSE_VERBS: u16 = 1 << 13;

/// The lists behind the class bits.
const CLASS_LISTS: &[(&[&str], u16)] = &[
    (en::CLAUSE_OPENERS, CLAUSE_OPENERS),
    (en::CONDITIONALS, CONDITIONALS),
    (en::DETERMINERS, DETERMINERS),
    (en::EVENT_NOUNS, EVENT_NOUNS),
    (en::NECESSITY_ADJECTIVES, NECESSITY_ADJECTIVES),
    (en::NEED_NOUNS, NEED_NOUNS),
    (en::NEGATIONS, NEGATIONS),
    (en::PREPOSITIONS, PREPOSITIONS),
    (en::SPEAKER_PRONOUNS, SPEAKER_PRONOUNS),
    (en::TITLE_WORDS, TITLE_WORDS),
    (en::OCCUPATIONS, TITLE_WORDS),
    (en::VERB_PREFIX_WORDS, VERB_PREFIX_WORDS),
    (en::WEEKDAYS, VERB_PREFIX_WORDS),
    (en::VERB_NEGATIONS, VERB_NEGATIONS),
    (en::REFUSALS, REFUSALS),
    (en::CLAUSE_VERBS, CLAUSE_VERBS),
];

/// The class bits of a lowercase word, from a table built once per process (a scan of
/// every list for every distinct word of every text cost about a tenth of an analysis).
fn word_classes(lower: &str) -> u16 {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u16>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (list, bit) in CLASS_LISTS {
            for w in *list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    });
    table.get(lower).copied().unwrap_or(0)
}

/// One sentence's words, lowercased, with helpers.
struct Words<'a> {
    text: &'a str,
    /// Byte offsets where the sentence starts and ends.
    start: usize,
    end: usize,
    toks: &'a [Token],
    lower: Vec<&'a str>,
    /// Class bits by token.
    classes: Vec<u16>,
    /// Most longer words are capitalised ("Trump Calls On Obama To Resign."): capitals do
    /// not mark names.
    title_case: bool,
}

impl<'a> Words<'a> {
    fn len(&self) -> usize {
        self.toks.len()
    }
    fn is(&self, i: usize, word: &str) -> bool {
        self.lower.get(i).is_some_and(|w| *w == word)
    }
    fn class(&self, i: usize, bit: u16) -> bool {
        self.classes.get(i).is_some_and(|c| c & bit != 0)
    }
    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        self.lower.get(i).is_some_and(|w| list.contains(w))
    }
    /// A capital inside a clause is a name ("the Garden State", "Demand Progress"), unless
    /// the sentence is in title case.
    fn inside_name(&self, i: usize) -> bool {
        i > 0 && self.toks[i].has(CAPITALIZED) && !self.breaks(i) && !self.title_case
    }
    fn breaks(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(BREAK_BEFORE))
    }
    /// The gap of text before token `i` (after token `i - 1`).
    fn gap_before(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[i - 1].end..self.toks[i].start]
    }
    fn part(&self, a: usize, b: usize) -> Part {
        let start = self.toks[a].start;
        let mut end = self.toks[b - 1].end;
        // Close a bracket opened inside the part: "Rick Snyder (R)".
        let inside = &self.text[start..end];
        if inside.matches('(').count() > inside.matches(')').count()
            && self.text[end..].starts_with(')')
        {
            end += 1;
        }
        Part {
            text: self.text[start..end].to_string(),
            start,
            end,
        }
    }
}

/// A cue found in a sentence.
#[derive(Clone, Debug)]
struct Cue {
    /// First and one-past-last token of the cue words.
    start: usize,
    end: usize,
    /// Index of the verb (or modal) token.
    verb: usize,
    addressee: Option<(usize, usize)>,
    /// First token of the action.
    action: usize,
    kind: DirectiveKind,
    /// An "-ing" form opening a clause: its speaker is the main clause's subject.
    participial: bool,
    /// For obligations: the cue has its own subject (the addressee), not the speaker.
    modal: bool,
    /// The cue stands inside a quotation opened earlier in the sentence ("“We must act,” he
    /// said"): a reporting verb after it names the speaker.
    quoted: bool,
    /// For a negated reported cue ("did not urge", "declined to call for"): the first token
    /// of the negation, where the shown cue starts.
    negation: Option<usize>,
    /// A passive cue ("workers were urged to", "were ordered by a judge to"): its subject is
    /// the addressee, and only the agent after "by", if any, is the speaker.
    passive: bool,
}

impl Cue {
    /// A nominal directive from `start` to the "for"/"that" after the cue noun at `noun`
    /// ("his call for", "Pence's call for"); the action follows.
    fn nominal(start: usize, noun: usize) -> Cue {
        Cue {
            start,
            end: noun + 2,
            verb: noun,
            addressee: None,
            action: noun + 2,
            kind: DirectiveKind::Reported,
            participial: false,
            modal: false,
            quoted: false,
            negation: None,
            passive: false,
        }
    }

    /// An obligation ("must", "it is necessary to") from `start` to `end`.
    fn obligation(
        start: usize,
        end: usize,
        addressee: Option<(usize, usize)>,
        action: usize,
    ) -> Cue {
        Cue {
            start,
            end,
            verb: start,
            addressee,
            action,
            kind: DirectiveKind::Obligation,
            participial: false,
            modal: true,
            quoted: false,
            negation: None,
            passive: false,
        }
    }
}

/// A named speaker seen so far.
struct Known {
    name: String,
    organisation: bool,
    /// Title words seen before the name ("minister" of "Health Minister Ana Costa").
    titles: Vec<String>,
    /// When it was last named (the memory's event count then).
    seen: usize,
}

/// Speaker memory across sentences.
#[derive(Default)]
struct Memory {
    known: Vec<Known>,
    /// Verbs with a named subject seen so far.
    events: usize,
    last_person: Option<usize>,
    last_any: Option<usize>,
}

impl Memory {
    /// Registers a proper name and returns its canonical form ("Kerry" → "John Kerry").
    fn name(&mut self, name: &str) -> String {
        self.events += 1;
        let words: Vec<&str> = name.split_whitespace().collect();
        let found = self.known.iter().position(|k| {
            if k.name == name {
                return true;
            }
            let kw: Vec<&str> = k.name.split_whitespace().collect();
            words.len() == 1
                && kw.len() > 1
                && (kw.last() == words.first() || kw.first() == words.first())
        });
        let organisation = words
            .iter()
            .any(|w| en::ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
        let idx = match found {
            Some(i) => i,
            None => {
                self.known.push(Known {
                    name: name.to_string(),
                    organisation,
                    titles: Vec::new(),
                    seen: 0,
                });
                self.known.len() - 1
            }
        };
        self.known[idx].seen = self.events;
        if !self.known[idx].organisation {
            self.last_person = Some(idx);
        }
        self.last_any = Some(idx);
        self.known[idx].name.clone()
    }

    /// Records the title words that stood before a canonical name.
    fn titled(&mut self, name: &str, titles: impl Iterator<Item = String>) {
        if let Some(k) = self.known.iter_mut().find(|k| k.name == name) {
            for t in titles {
                if !k.titles.contains(&t) {
                    k.titles.push(t);
                }
            }
        }
    }

    /// The person last named with this title ("the minister" after "Health Minister Ana
    /// Costa").
    fn by_title(&self, title: &str) -> Option<&str> {
        self.known
            .iter()
            .filter(|k| k.titles.iter().any(|t| t == title))
            .max_by_key(|k| k.seen)
            .map(|k| k.name.as_str())
    }

    fn latest(&self, person: bool) -> Option<&str> {
        let idx = if person {
            self.last_person
        } else {
            self.last_any
        };
        idx.map(|i| self.known[i].name.as_str())
    }
}

/// Finds the directives of every sentence.
pub(crate) fn find(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    lang: &Language,
) -> Vec<Directive> {
    let mut memory = Memory::default();
    let mut out: Vec<Directive> = Vec::new();
    let mut quotation = Quotation::default();
    let mut verbs: Vec<(usize, Option<Speaker>)> = Vec::new();
    let classes: Vec<u16> = tokens.vocab.words.iter().map(|w| word_classes(w)).collect();
    for (si, seg) in segments.iter().enumerate() {
        let toks = tokens.of(si);
        // A headline repeats its article's lead; its cues would be counted twice.
        if toks.is_empty() || seg.kind == crate::analysis::SentenceKind::Heading {
            continue;
        }
        let lower: Vec<&str> = toks.iter().map(|t| tokens.vocab.word(t.word)).collect();
        let long = (0..toks.len()).filter(|&k| lower[k].len() > 3);
        let (long_words, capitalized) = long.fold((0, 0), |(n, c), k| {
            (n + 1, c + usize::from(toks[k].has(CAPITALIZED)))
        });
        let words = Words {
            text,
            start: seg.start,
            end: seg.end,
            toks,
            lower,
            classes: toks.iter().map(|t| classes[t.word as usize]).collect(),
            title_case: capitalized * 5 >= long_words * 4,
        };
        quotation.end_stray(&mut out, si, seg.paragraph);
        let found = sentence(&words, si, seg, text, lang, &mut memory, &mut verbs);
        quotation.follow(&mut out, found, &words, si, seg.paragraph, &verbs);
    }
    let opener = quotation.opener.take();
    quotation.settle(&mut out, opener.as_ref());
    // In a report of what others said (several named speakers' verbs), an obligation in the
    // text's own voice is the writer's commentary, not one of the asks it reports.
    if memory.events >= REPORT_EVENTS {
        out.retain(|d| d.kind != DirectiveKind::Obligation || d.speaker.is_some());
    }
    out
}

/// A quotation that may run over several sentences ('He said: "We must act. We must act
/// now."'): directives inside it take its speaker.
#[derive(Default)]
struct Quotation {
    open: bool,
    /// The speaker of the verb that introduced it ("He said:"), if any.
    opener: Option<Speaker>,
    /// Directives (indices into the output) inside it still waiting for a speaker.
    waiting: Vec<usize>,
    /// Sentence and paragraph of its opening mark.
    since: usize,
    paragraph: usize,
}

/// Sentences a quotation may run on before an unclosed mark counts as a stray one.
const MAX_QUOTED: usize = 8;

impl Quotation {
    /// Gives every waiting directive `speaker`, when there is one.
    fn settle(&mut self, out: &mut [Directive], speaker: Option<&Speaker>) {
        for k in self.waiting.drain(..) {
            if let Some(s) = speaker {
                out[k].speaker = Some(s.clone());
            }
        }
    }

    /// A quotation left open at a paragraph's end, or for more sentences than quotations run,
    /// was an unbalanced mark: its speaker is only the one who introduced it.
    fn end_stray(&mut self, out: &mut [Directive], si: usize, paragraph: usize) {
        if self.open && (paragraph != self.paragraph || si > self.since + MAX_QUOTED) {
            let opener = self.opener.take();
            self.settle(out, opener.as_ref());
            self.open = false;
        }
    }

    /// Follows the quotation through sentence `si` (words `w`, cue and reporting `verbs`),
    /// pushing its directives to `out`, with the quotation's speaker for those that stand
    /// inside one and name no one else.
    fn follow(
        &mut self,
        out: &mut Vec<Directive>,
        found: Vec<Directive>,
        w: &Words,
        si: usize,
        paragraph: usize,
        verbs: &[(usize, Option<Speaker>)],
    ) {
        let inside = self.open;
        let marks = quote_marks(&w.text[w.start..w.end], w.start, inside);
        // The first strong speaker of a verb between two offsets of this sentence.
        let outside = |after: Option<usize>, before: Option<usize>| {
            verbs
                .iter()
                .filter(|(i, _)| {
                    let at = w.toks[*i].start;
                    after.is_none_or(|a| at > a) && before.is_none_or(|b| at < b)
                })
                .filter_map(|(_, s)| s.clone().filter(strong))
                .next()
        };
        // Who speaks a quotation that closes at `at`: the verb after the mark ('...," he
        // said'), else the one that introduced it ('He said: "...').
        let closer = |at: usize, opener: &Option<Speaker>| {
            let next_open = marks.iter().find(|m| m.0 > at && m.1).map(|m| m.0);
            outside(Some(at), next_open).or_else(|| opener.clone())
        };
        let mut pending: Vec<Directive> = Vec::new();
        for mut d in found {
            let at_cue = marks
                .iter()
                .rev()
                .find(|m| m.0 < d.cue.start)
                .map_or(inside, |m| m.1);
            let first_person = d
                .speaker
                .as_ref()
                .is_some_and(|s| matches!(s.text.to_lowercase().as_str(), "i" | "we" | "you"));
            if at_cue && (d.speaker.is_none() || first_person) {
                match marks.iter().find(|m| m.0 > d.cue.start && !m.1) {
                    // Closed in this sentence: '...," he said.'
                    Some(&(at, _)) => {
                        let opener = marks
                            .iter()
                            .rev()
                            .find(|m| m.0 < d.cue.start && m.1)
                            .map_or(self.opener.clone(), |m| outside(None, Some(m.0)));
                        if let Some(s) = closer(at, &opener) {
                            d.speaker = Some(s);
                        }
                        out.push(d);
                    }
                    // Still open: wait for its end.
                    None => pending.push(d),
                }
            } else {
                out.push(d);
            }
        }
        for &(at, opens) in &marks {
            if opens {
                // 'He said: "...': the verb before the mark introduces the quotation.
                self.opener = outside(None, Some(at));
                self.waiting.clear();
            } else {
                let speaker = closer(at, &self.opener);
                self.settle(out, speaker.as_ref());
                self.opener = None;
            }
            self.open = opens;
            self.since = si;
            self.paragraph = paragraph;
        }
        for d in pending {
            self.waiting.push(out.len());
            out.push(d);
        }
    }
}

/// The quotation marks of a sentence as (byte offset in the text, opens?), given whether the
/// sentence starts inside a quotation. Curly marks say which they are; a straight one
/// toggles.
fn quote_marks(sentence: &str, offset: usize, mut inside: bool) -> Vec<(usize, bool)> {
    let mut marks = Vec::new();
    for (i, c) in sentence.char_indices() {
        let opens = match c {
            '“' => true,
            '”' => false,
            '"' => !inside,
            _ => continue,
        };
        if opens != inside {
            marks.push((offset + i, opens));
            inside = opens;
        }
    }
    marks
}

/// Named speakers' verbs from which a text counts as a report of what others said.
const REPORT_EVENTS: usize = 3;

/// Analyses one sentence: updates the speaker memory and returns its directive, if any.
/// `verbs` receives the sentence's cue and reporting verbs (token index) with their subjects.
fn sentence(
    w: &Words,
    si: usize,
    seg: &Segment,
    text: &str,
    lang: &Language,
    memory: &mut Memory,
    verbs: &mut Vec<(usize, Option<Speaker>)>,
) -> Vec<Directive> {
    let cues = find_cues(w, lang);
    verbs.clear();
    // The sentence's own subject when it opens with a name ("Ted Cruz, who won Texas, is
    // calling for ..."): the fallback for coordinated verbs and weak subjects.
    let mut lead: Option<Option<Speaker>> = None;
    for i in 0..w.len() {
        let Some(form) = lang.cues.verb(w.lower[i]) else {
            continue;
        };
        // A name or a compound ("English-speaking", "court-ordered"): no verb.
        if w.inside_name(i) || w.toks[i].has(JOINED) {
            continue;
        }
        // "Pence's call for", "the DOJ demand that": the owner is the speaker.
        if named_owner(w, i, form.lemma) {
            let run = capitalized_run(w, clause_start(w, i - 1), i);
            let owner = run.and_then(|(a, b)| noun_phrase(w, a, b, memory));
            verbs.push((i, owner));
            continue;
        }
        // "Cruz made an impassioned call for": the subject of the light verb.
        if let Some(k) = light_nominal(w, i, form.lemma) {
            verbs.push((i, subject(w, k, memory)));
            continue;
        }
        // A noun ("a minority report"; but "those surveyed say" is a verb) or a phrasal verb
        // ("to push back"): no verb whose subject could speak.
        if noun_after_noun(w, i, form.lemma) && form.lemma != "say" || phrasal(w, i, form.lemma) {
            continue;
        }
        // "its calls for", "his demand for": the possessor, resolved like a pronoun.
        if i > 0 && w.in_list(i - 1, &["his", "her", "its", "their"]) {
            let person = w.in_list(i - 1, &["his", "her"]);
            let mention = w.part(i - 1, i);
            let name = memory
                .latest(person)
                .map_or_else(|| mention.text.clone(), str::to_string);
            verbs.push((i, Some(speaker(name, &mention))));
            continue;
        }
        if i > 0 && w.class(i - 1, DETERMINERS) && !w.is(i - 1, "that") && !no_one(w, i) {
            continue;
        }
        if form.participle && opens_clause(w, i) {
            continue;
        }
        // '"Let him decide," said Joe Biden, urging ...': the subject after an inverted
        // reporting verb.
        if let Some((a, b)) = inverted_subject(w, i, form.lemma) {
            verbs.push((i, noun_phrase(w, a, b, memory)));
            continue;
        }
        if let Some(c) = cues.iter().find(|c| c.verb == i && c.passive) {
            // The passive's subject is its addressee; the agent, if named, speaks.
            let agent =
                passive_agent(w, c.verb).and_then(|((a, b), _)| noun_phrase(w, a, b, memory));
            verbs.push((i, agent));
            continue;
        }
        let mut before = i;
        while before > 0 && w.class(before - 1, VERB_PREFIX_WORDS) {
            before -= 1;
        }
        let coordinated = before > 0 && w.in_list(before - 1, &["and", "but", "then"]);
        // "who pressed for", "who is said to have pressed for", "who's been pushing for".
        let relative_at = (before.saturating_sub(5)..before)
            .rev()
            .take_while(|&j| j + 1 == before || !w.breaks(j + 1))
            .find(|&j| w.in_list(j, &["who", "which", "that", "who's"]))
            .filter(|&j| j + 1 == before || !w.is(j, "that"))
            .filter(|&j| {
                (j + 1..before).all(|k| {
                    w.class(k, VERB_PREFIX_WORDS)
                        || is_be(w, k)
                        || w.in_list(k, &["said", "to", "have", "had", "reportedly", "also"])
                        || w.lower[k].ends_with("ly")
                })
            });
        let previous = verbs
            .iter()
            .rev()
            .find_map(|(_, s)| s.clone())
            .filter(strong);
        let speaker = if let Some(g) = message_verb(w, i) {
            // "Sanders is releasing an ad that urges ...", "sent a letter urging ...": who
            // sends the message speaks ("decided to issue a memo instructing": who decided).
            subject(w, governing_verb(w, g).unwrap_or(g), memory)
        } else if let Some(rel) = relative_at {
            // "it was Obama who pressed for", "the association, which urged": the antecedent
            // names the speaker; the relative pronoun is the mention.
            let end = rel;
            let start = clause_start(w, end.saturating_sub(1));
            let from = (start..end)
                .rev()
                .find(|&j| w.in_list(j, &["was", "is", "were", "are"]))
                .map_or(start, |j| j + 1);
            let found = noun_phrase(w, from, end, memory);
            if w.is(rel, "that") {
                found
            } else {
                found.map(|s| Speaker {
                    name: s.name,
                    ..speaker(String::new(), &w.part(rel, rel + 1))
                })
            }
        } else if coordinated
            || (form.participle
                && !be_before(w, i)
                // "have begun urging", "kept pushing for": the verb group's subject.
                && !(i > 0 && w.in_list(i - 1, en::ASPECT_VERBS)))
        {
            // "... and urged him to resign", "wrote an op-ed urging ...", "with Trump
            // calling for ...".
            let adjacent = (i > 0 && !w.breaks(i))
                .then(|| capitalized_run(w, clause_start(w, i - 1), i))
                .flatten()
                .filter(|&(_, e)| e == i)
                .and_then(|(a, e)| noun_phrase(w, a, e, memory));
            adjacent
                .or(previous)
                .or_else(|| lead_subject(w, &mut lead, memory))
        } else {
            let own = match governing_verb(w, i) {
                // "prompted Huma Abedin to ask for", "allow him to call for": the object acts.
                Some(g) => match controller(w, g, i - 1) {
                    Some((a, b)) => noun_phrase(w, a, b, memory),
                    None => subject(w, g, memory),
                },
                None => subject(w, i, memory),
            };
            if own.is_none() && i > 0 {
                lead_subject(w, &mut lead, memory)
            } else {
                own
            }
        };
        verbs.push((i, speaker));
    }
    // A question asks, it does not report an ask ("Who's demanding that Bloomberg run?").
    if cues.is_empty() || w.text[w.toks[w.len() - 1].end..w.end].contains('?') {
        return Vec::new();
    }
    let main_idx = cues.iter().position(|c| !c.participial).unwrap_or(0);
    let main = &cues[main_idx];
    let mut speaker = speaker_for(main, verbs);
    // "X must do Y, Sam Younger said.": reported speech whose reporter closes the sentence
    // after a comma; the obligation is theirs and its action ends before them.
    let last = w.len() - 1;
    let reporter_at = (main.end..last)
        .rev()
        .find(|&k| w.breaks(k))
        .filter(|&a| a + 6 >= last && a < last && w.class(last, CLAUSE_VERBS));
    if let Some(a) = reporter_at.filter(|_| main.modal && speaker.is_none()) {
        speaker = verbs
            .iter()
            .find(|(i, _)| *i == last)
            .and_then(|(_, s)| s.clone())
            .or_else(|| noun_phrase(w, a, last, memory));
    }
    if speaker.is_none() && !main.modal && !main.passive {
        speaker = main_subject(w, memory);
    }
    // "According to reports from Interfax, the deal should go through": the source speaks.
    let stray =
        |s: &Speaker| main.modal && !strong(s) || s.text.to_lowercase().starts_with("according");
    if speaker.as_ref().is_none_or(stray) {
        if let Some(s) = according_to(w, memory) {
            speaker = Some(s);
        }
    }
    let action_end = |c: &Cue| -> usize {
        let mut next = cues
            .iter()
            .filter(|o| o.start > c.start)
            // "urged X to stay calm but did not call for ...": the action stops before the
            // next cue's negation.
            .map(|o| o.negation.unwrap_or(o.start))
            .min()
            .unwrap_or(w.len());
        if let Some(a) = reporter_at.filter(|&a| a > c.action) {
            next = next.min(a);
        }
        if c.participial && c.start == 0 {
            // "Stressing the importance of X, he ...": X ends at the clause.
            if let Some(b) = (c.action + 1..next).find(|&j| w.breaks(j)) {
                next = b;
            }
        }
        action_end(w, c.action, next, lang)
    };
    let make_action = |c: &Cue| -> Option<Part> {
        let end = action_end(c);
        (end > c.action).then(|| w.part(c.action, end))
    };
    let Some(action) = make_action(main) else {
        return Vec::new();
    };
    // A further cue with a subject of its own that names someone else ("He calls for X; she
    // calls for Y") is a directive of its own; the others go to `also`.
    let own_speaker = |c: &Cue| -> Option<Speaker> {
        if c.participial || c.modal {
            return None;
        }
        let (_, s) = verbs.iter().find(|(i, _)| *i == c.verb)?;
        let s = s.clone().filter(strong)?;
        let same = speaker.as_ref().is_some_and(|m| m.name == s.name);
        (!same).then_some(s)
    };
    let directive =
        |c: &Cue, speaker: Option<Speaker>, action: Part, also: Vec<Clause>| Directive {
            sentence: si,
            text: text[seg.start..seg.end].to_string(),
            start: seg.start,
            end: seg.end,
            negated: c.negation.is_some()
                || c.kind == DirectiveKind::Reported && speaker.as_ref().is_some_and(denies),
            speaker,
            cue: w.part(c.negation.unwrap_or(c.start), c.end),
            addressee: c.addressee.map(|(a, b)| w.part(a, b)),
            action,
            kind: c.kind,
            also,
        };
    let mut also = Vec::new();
    let mut others = Vec::new();
    for (i, c) in cues.iter().enumerate() {
        if i == main_idx {
            continue;
        }
        let Some(action) = make_action(c) else {
            continue;
        };
        match own_speaker(c) {
            Some(s) => others.push(directive(c, Some(s), action, Vec::new())),
            None => also.push(Clause {
                cue: w.part(c.negation.unwrap_or(c.start), c.end),
                action,
                negated: c.negation.is_some(),
            }),
        }
    }
    let mut out = vec![directive(main, speaker.clone(), action, also)];
    out.extend(others);
    out.sort_by_key(|d| d.cue.start);
    out
}

/// A speaker that names someone: a capitalised name or a pronoun, not a stray phrase.
fn strong(s: &Speaker) -> bool {
    s.name.chars().any(char::is_uppercase)
        || en::SPEAKER_PRONOUNS.contains(&s.text.to_lowercase().as_str())
}

/// The subject of the whole sentence when it opens with a capitalised name or a pronoun,
/// computed once per sentence.
fn lead_subject(
    w: &Words,
    cache: &mut Option<Option<Speaker>>,
    memory: &mut Memory,
) -> Option<Speaker> {
    if cache.is_none() {
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
            let found = noun_phrase(w, b, b + 1, memory);
            *cache = Some(found);
            return cache.clone().flatten();
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
        let found = if e > b && (e == w.len() || !w.toks[e].has(CAPITALIZED)) {
            noun_phrase(w, b, e, memory)
        } else {
            None
        };
        *cache = Some(found);
    }
    cache.clone().flatten()
}

/// The subject after a reporting verb that follows clause punctuation (a quotation):
/// "..., said Joe Biden", '..." says the report'. A name, or a determiner and up to three
/// words, up to the next clause punctuation or the sentence's end.
fn inverted_subject(w: &Words, i: usize, lemma: &str) -> Option<(usize, usize)> {
    let reporting = matches!(
        lemma,
        "say" | "add" | "write" | "declare" | "state" | "note"
    );
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

/// The source of a sentence opening "According to X,": a name at the end of X ("reports
/// from Russian News Agency Interfax" gives "Russian News Agency Interfax"), or X.
fn according_to(w: &Words, memory: &mut Memory) -> Option<Speaker> {
    if !(w.is(0, "according") && w.is(1, "to")) {
        return None;
    }
    let end = (3..w.len().min(3 + MAX_SUBJECT)).find(|&k| w.breaks(k))?;
    noun_phrase(w, 2, end, memory)
}

/// The first token after a sentence's opening conjunctions and adverbials ("But on Tuesday,",
/// "Hours later,", "Likewise,", "Citing the attack as ...,", "Once the video was released,"),
/// where its subject starts; `None` when an adverbial runs to the end.
fn after_openers(w: &Words) -> Option<usize> {
    let mut b = 0;
    for _ in 0..2 {
        while b < w.len()
            && (w.in_list(b, &["but", "and", "yet", "so", "instead", "still", "then"])
                || w.lower[b].ends_with("ly"))
        {
            b += 1;
        }
        let next_break = (b + 1..w.len()).find(|&k| w.breaks(k));
        // A short phrase before a comma with no name in it: "Hours later,", "Oh,".
        let short = next_break.is_some_and(|e| {
            e - b <= 2
                && (b + 1..e).all(|k| !w.toks[k].has(CAPITALIZED))
                && (w.toks[b].has(ADVERB)
                    || w.in_list(e - 1, &["later", "ago", "earlier", "oh"])
                    || w.is(b, "oh"))
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

/// The subject of the sentence's main clause, whatever its form ("The landmark agreement
/// includes ..., calling on countries to ..."): the words before the first verb, after an
/// opening adverbial ("On Sunday,", "Adopting the recommendations ...,") and conjunction.
fn main_subject(w: &Words, memory: &mut Memory) -> Option<Speaker> {
    let b = after_openers(w)?;
    let verb = (b + 1..w.len().min(b + 1 + MAX_SUBJECT)).find(|&k| {
        let l = w.lower[k];
        let capital_inside = w.toks[k].has(CAPITALIZED);
        !capital_inside
            && (w.toks[k].has(VERB)
                || (l.ends_with("ed") && l.len() > 4)
                || is_be(w, k)
                || w.class(k, VERB_PREFIX_WORDS)
                || w.in_list(k, &["had", "have", "will", "would", "can", "could", "may"]))
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

/// The speaker of a cue: its own subject, or for a participle or an obligation the subject
/// of the nearest finite verb (before it; for a clause-opening participle, after it too).
fn speaker_for(cue: &Cue, verbs: &[(usize, Option<Speaker>)]) -> Option<Speaker> {
    if !cue.modal && !cue.participial {
        if let Some((_, s)) = verbs.iter().find(|(i, _)| *i == cue.verb) {
            if s.is_some() {
                return s.clone();
            }
        }
    }
    let before = verbs
        .iter()
        .rev()
        .filter(|(i, s)| *i < cue.start && s.is_some())
        .map(|(_, s)| s.clone())
        .next()
        .flatten();
    if before.is_some() {
        // A passive with no agent: only a named reporter before it speaks ("Sperling said he
        // was advised to ...").
        return before.filter(|s| !cue.passive || strong(s));
    }
    if cue.modal && !cue.quoted || cue.passive {
        return None;
    }
    verbs
        .iter()
        .filter(|(i, s)| *i > cue.verb && s.is_some())
        .map(|(_, s)| s.clone())
        .next()
        .flatten()
}

/// Whether token `i` opens a clause (first word, after clause punctuation, or after a
/// subordinator like "while" or "by").
fn opens_clause(w: &Words, i: usize) -> bool {
    i == 0 || w.breaks(i) || w.in_list(i - 1, &["while", "by", "after", "before", "when"])
}

/// A speaker that denies the act: "Nobody urged", "No senator urged", "None of them called
/// for".
fn denies(s: &Speaker) -> bool {
    let first = s
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    en::NOBODY.contains(&first.as_str())
}

/// An -ly adverb ("currently", "strongly"; not "fly", "July").
fn ly_adverb(l: &str) -> bool {
    l.ends_with("ly") && l.len() > 4
}

/// "No one" before the verb at `i`: a subject, not the determiner "one" of a noun ("one
/// appeal for").
fn no_one(w: &Words, i: usize) -> bool {
    i > 1 && w.is(i - 1, "one") && w.is(i - 2, "no")
}

/// Whether a form of "be" stands before the verb at `i`, -ly adverbs between ("is currently
/// pushing", "was strongly urged").
fn be_before(w: &Words, i: usize) -> bool {
    let mut j = i;
    while j > 0 && ly_adverb(w.lower[j - 1]) {
        j -= 1;
    }
    j > 0 && is_be(w, j - 1)
}

fn is_be(w: &Words, i: usize) -> bool {
    w.in_list(
        i,
        &[
            "is", "was", "were", "are", "been", "be", "being", "am", "'s",
        ],
    )
}

/// Every cue of a sentence, in order, none overlapping.
fn find_cues(w: &Words, lang: &Language) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let found = verb_cue(w, i, lang).or_else(|| modal_cue(w, i));
        match found {
            // "urged Sanders to call for a ceasefire": a cue that opens another cue's action is
            // part of that action, not a cue of its own.
            Some(c) if cues.last().is_some_and(|p| p.action == c.start) => {
                i = c.end.max(i + 1);
            }
            Some(mut c) => {
                let before = &w.text[w.start..w.toks[c.start].start];
                let curly_open = before.matches('“').count() > before.matches('”').count();
                c.quoted = curly_open || before.matches('"').count() % 2 == 1;
                if c.kind == DirectiveKind::Reported {
                    c.negation = negation(w, c.start);
                }
                i = c.end.max(i + 1);
                cues.push(c);
            }
            None => i += 1,
        }
    }
    cues
}

/// The light verb of a nominal directive ending at the cue noun `i`: "made an impassioned
/// call for", "issued a demand for", "renewed his call for". Its subject is the speaker.
fn light_nominal(w: &Words, i: usize, lemma: &str) -> Option<usize> {
    if !matches!(lemma, "call" | "demand" | "appeal" | "request")
        || !w.is(i + 1, "for")
        || i + 2 >= w.len()
    {
        return None;
    }
    let k = (i.saturating_sub(4)..i.saturating_sub(1))
        .rev()
        .find(|&k| {
            w.in_list(
                k,
                &[
                    "make",
                    "makes",
                    "made",
                    "making",
                    "issue",
                    "issues",
                    "issued",
                    "issuing",
                    "renew",
                    "renews",
                    "renewed",
                    "renewing",
                    "repeat",
                    "repeats",
                    "repeated",
                    "reiterate",
                    "reiterates",
                    "reiterated",
                ],
            )
        })?;
    let owner = ["a", "an", "the"];
    let between = (k + 2..i).all(|j| w.toks[j].flags & (STOP | FUNCTION) == 0);
    (w.in_list(k + 1, &owner) && between && (k + 1..=i + 1).all(|j| !w.breaks(j))).then_some(k)
}

/// Whether the cue word at `i` is a noun owned by the name before it, followed by "for" or
/// "that": "Pence's call for a special prosecutor", "the DOJ demand that HB2 not be
/// implemented". A verb after a singular name would be inflected ("Obama orders").
fn named_owner(w: &Words, i: usize, lemma: &str) -> bool {
    if i == 0 || w.breaks(i) || w.title_case || !w.toks[i - 1].has(CAPITALIZED) {
        return false;
    }
    if w.toks[i - 1].has(STOP) || w.class(i - 1, DETERMINERS) {
        return false; // "The call for reform"
    }
    if !matches!(
        lemma,
        "call" | "demand" | "urge" | "plead" | "appeal" | "request"
    ) {
        return false;
    }
    let prev = w.lower[i - 1];
    let pronoun = w.class(i - 1, SPEAKER_PRONOUNS)
        || matches!(
            prev,
            "i" | "we" | "you" | "he's" | "she's" | "it's" | "who's" | "that's" | "there's"
        );
    let possessive = possessive(w, i - 1);
    let compound = w.lower[i] == lemma && !prev.ends_with('s');
    !pronoun && (possessive || compound) && w.in_list(i + 1, &["for", "that"]) && i + 2 < w.len()
}

/// Whether token `k` is a possessor: "Pence's", "Sanders'".
fn possessive(w: &Words, k: usize) -> bool {
    let l = w.lower[k];
    l.ends_with("'s") || l.ends_with('s') && w.gap_before(k + 1).starts_with(['\'', '’'])
}

/// A noun after a singular common noun: "a court order declaring", "a clarion call for",
/// "a fundraising request", "a minority report". A plural subject takes the base form
/// ("activists call for"), a singular one would not.
fn noun_after_noun(w: &Words, i: usize, lemma: &str) -> bool {
    if w.lower[i] != lemma || i == 0 || w.breaks(i) {
        return false;
    }
    let prev = w.lower[i - 1];
    let plural = prev.ends_with('s') && !prev.ends_with("ss")
        || matches!(
            prev,
            "people" | "police" | "men" | "women" | "children" | "staff"
        );
    common_noun(w, i - 1) && !plural
}

/// Phrasal verbs that are no cue: "push back on", "press ahead".
fn phrasal(w: &Words, i: usize, lemma: &str) -> bool {
    matches!(lemma, "push" | "press")
        && w.in_list(
            i + 1,
            &["back", "ahead", "through", "forward", "up", "down"],
        )
}

/// A cue made by a verb at token `i`.
fn verb_cue(w: &Words, i: usize, lang: &Language) -> Option<Cue> {
    let form = lang.cues.verb(w.lower[i])?;
    // Names ("Court of Appeals for"), compounds ("court-ordered", "second-order").
    if w.inside_name(i) || w.toks[i].has(JOINED) || w.toks.get(i + 1).is_some_and(|t| t.has(JOINED))
    {
        return None;
    }
    if named_owner(w, i, form.lemma) {
        return Some(Cue::nominal(i, i));
    }
    if let Some(k) = light_nominal(w, i, form.lemma) {
        return Some(Cue::nominal(k, i));
    }
    // A capitalised cue word and a capitalised word between commas: a name in a list
    // ("Emerge USA, Demand Progress, American Family Voices").
    if i > 0
        && w.toks[i].has(CAPITALIZED)
        && w.toks.get(i + 1).is_some_and(|t| t.has(CAPITALIZED))
        && !w.breaks(i + 1)
        && (i + 2 >= w.len() || w.gap_before(i + 2).trim() == ",")
        && w.gap_before(i).trim() == ","
    {
        return None;
    }
    // A participle after its noun, with its agent: "the documentation required by the state",
    // "the attention commanded by Trump"; or after "what is": a description, not an ask.
    if i > 0 && w.lower[i].ends_with("ed") {
        let reduced = w.is(i + 1, "by")
            && !w.breaks(i)
            && w.toks[i - 1].flags & (STOP | CAPITALIZED) == 0
            && !w.class(i - 1, VERB_PREFIX_WORDS);
        let what_is = i > 1 && is_be(w, i - 1) && w.is(i - 2, "what");
        if reduced || what_is {
            return None;
        }
    }
    // Nouns: after a light verb ("make demands of", "heed his call"), after a singular name
    // in the base form ("Obama order opens door"; a verb would be "orders"), or opening the
    // sentence before a verb or adverb ("Order soon returned").
    if i > 0
        && w.in_list(
            i - 1,
            &["make", "made", "makes", "making", "heed", "heeded"],
        )
    {
        return None;
    }
    let base = w.lower[i] == form.lemma;
    if base && i > 0 && !w.breaks(i) {
        let prev = w.lower[i - 1];
        if w.toks[i - 1].has(CAPITALIZED)
            && !w.title_case
            && !prev.ends_with('s')
            && !w.class(i - 1, SPEAKER_PRONOUNS)
            && !matches!(prev, "i" | "we" | "you")
        {
            return None;
        }
    }
    if noun_after_noun(w, i, form.lemma) {
        return None;
    }
    if i == 0
        && w.toks
            .get(1)
            .is_some_and(|t| t.flags & (VERB | ADVERB) != 0)
        && !w.is(1, "for")
    {
        return None;
    }
    // A past participle after "to" or a number is an adjective: "its list of 25 recommended
    // delegates", "made it on to recommended slates".
    if i > 0
        && w.lower[i].ends_with("ed")
        && !w.breaks(i)
        && (w.is(i - 1, "to") || w.toks[i - 1].has(NUMERIC))
        && i + 1 < w.len()
        && w.toks[i + 1].flags & (STOP | CAPITALIZED) == 0
        && !w.class(i + 1, DETERMINERS)
    {
        return None;
    }
    // "requests for comment", "did not respond to a request for comment": newsroom routine.
    if form.lemma == "request" && w.is(i + 1, "for") && w.is(i + 2, "comment") {
        return None;
    }
    // A plural noun: before a verb ("privacy advocates are concerned", "calls have grown"),
    // or the object of a past verb ("has so far resisted calls for him to name the day").
    let plural_form = w.lower[i] != form.lemma && w.lower[i].ends_with('s');
    if plural_form {
        // "advocates say", "orders will dry up".
        let verb_after = is_be(w, i + 1)
            || w.in_list(i + 1, &["have", "had", "were"])
            || w.in_list(i + 1, MODALS)
            || w.class(i + 1, CLAUSE_VERBS);
        // Not after an adjective in -ed: "Republicans' generalized demands", "his repeated
        // calls".
        let owned = i > 1
            && (w.class(i - 2, DETERMINERS)
                || possessive(w, i - 2)
                || w.in_list(i - 2, &["his", "her", "their", "its", "our", "my", "your"]));
        let past = i > 0
            && (w.lower[i - 1].ends_with("ed") && w.lower[i - 1].len() > 4
                || w.lower[i - 1].ends_with("en") && w.toks[i - 1].flags & (VERB | MODIFIER) != 0);
        let object = i > 0
            && !w.breaks(i)
            && past
            && !w.toks[i - 1].has(CAPITALIZED)
            && !w.class(i - 1, VERB_PREFIX_WORDS)
            && !owned;
        // "a barrage of requests for him to read the letter".
        let after_of = i > 0 && w.is(i - 1, "of");
        if (object || after_of) && w.is(i + 1, "for") && i + 2 < w.len() {
            // "prompted calls for probes": an ask by someone unnamed (read like a passive
            // with no agent: no speaker unless a named one reports it).
            let mut c = Cue::nominal(i, i);
            c.passive = true;
            return Some(c);
        }
        if verb_after || object {
            return None;
        }
    }
    if phrasal(w, i, form.lemma) {
        return None;
    }
    // A noun after an adjective, a number or a name's possessive: "particular appeal for",
    // "one petition for", "Sanders's push for".
    if i > 0 && !w.breaks(i) {
        let prev = &w.toks[i - 1];
        let possessive = possessive(w, i - 1)
            && prev.has(CAPITALIZED)
            && !w.in_list(
                i - 1,
                &["he's", "she's", "it's", "who's", "that's", "there's"],
            );
        // "have long called for", "the city of Nice urged", "been urging": verbs still.
        let adjective = prev.has(MODIFIER)
            && !prev.has(CAPITALIZED)
            && !w.class(i - 1, VERB_PREFIX_WORDS)
            && !is_be(w, i - 1)
            && !(i > 1 && (is_be(w, i - 2) || w.in_list(i - 2, AUXILIARIES)));
        if possessive
            || adjective
            || w.in_list(
                i - 1,
                &["one", "two", "three", "many", "several", "some", "more"],
            ) && !no_one(w, i)
        {
            return None;
        }
    }
    // "his call for", "their demands for": a nominal directive of the possessor.
    if i > 0
        && w.in_list(i - 1, &["his", "her", "their", "its"])
        && matches!(form.lemma, "call" | "demand" | "urge" | "plead" | "appeal")
        && w.is(i + 1, "for")
        && i + 2 < w.len()
    {
        return Some(Cue::nominal(i - 1, i));
    }
    if i > 0 && w.class(i - 1, DETERMINERS) && !w.is(i - 1, "that") && !no_one(w, i) {
        return None; // "the call for", "a demand for": nouns
    }
    if form.lemma == "order" && i > 0 && w.in_list(i - 1, &["in", "on", "by", "of"]) {
        return None; // "in order to", "by order of"
    }
    // "too close to call for", "a bid to appeal to": idioms.
    if form.lemma == "call" && i > 1 && w.is(i - 1, "to") && w.is(i - 2, "close") {
        return None;
    }
    // "a law and order candidate", a cue word closing a quotation ('"law and order"
    // candidate'): no verb.
    let quote_after = i + 1 < w.len() && w.gap_before(i + 1).starts_with(['"', '”', '’']);
    if form.lemma == "order" && i > 1 && w.is(i - 1, "and") && w.is(i - 2, "law") || quote_after {
        return None;
    }
    if form.lemma == "appeal" && i > 0 && w.is(i - 1, "to") {
        return None;
    }
    let progressive = be_before(w, i);
    let participial = form.participle && !progressive && opens_clause(w, i);
    let passive = be_before(w, i) && !form.participle;
    let base = |start, end, addressee, action, kind| Cue {
        start,
        end,
        verb: i,
        addressee,
        action,
        kind,
        participial,
        modal: false,
        quoted: false,
        negation: None,
        passive: false,
    };
    for class in lang.cues.classes(form.lemma) {
        match class {
            CueClass::Addressed => {
                if passive {
                    // "workers were urged to ...", "were ordered by a judge to ...": the subject
                    // is the addressee.
                    let to = if w.is(i + 1, "by") {
                        passive_agent(w, i).map(|(_, to)| to)
                    } else {
                        Some(i + 1)
                    };
                    let verb_next = |t: usize| {
                        t + 1 < w.len()
                            && !w.class(t + 1, DETERMINERS)
                            && !w.toks[t + 1].has(CAPITALIZED)
                    };
                    if let Some(to) = to.filter(|&t| w.is(t, "to") && verb_next(t) && !w.breaks(t))
                    {
                        // After a reporting verb: "Sperling said he was advised to".
                        let from = clause_start(w, i);
                        let subject = subject_span(w, from, i)
                            .map(|(a, b)| {
                                let verb = (a..b)
                                    .rev()
                                    .find(|&k| w.toks[k].has(VERB | CUE_VERB) && !w.inside_name(k));
                                // "Anyone who feels unwell is encouraged to": the relative
                                // clause belongs to the subject.
                                let antecedent = |k: usize| {
                                    w.toks[k].flags & (STOP | VERB) == 0
                                        || w.in_list(k, &["anyone", "everyone", "those", "people"])
                                };
                                let relative = from > 1
                                    && a == from
                                    && w.in_list(from - 1, &["who", "that"])
                                    && !w.breaks(from - 1)
                                    && antecedent(from - 2);
                                match verb {
                                    Some(_) if relative => (clause_start(w, from - 2), b),
                                    Some(k) => (k + 1, b),
                                    None => (a, b),
                                }
                            })
                            .filter(|&(a, b)| {
                                b > a && !(a + 1 == b && w.in_list(a, &["who", "which", "that"]))
                            })
                            // "Smith, who was asked to resign": the name before "who".
                            .or_else(|| {
                                let rel = verb_group(w, 0, i).checked_sub(1)?;
                                if rel == 0 || !w.in_list(rel, &["who", "that"]) {
                                    return None;
                                }
                                capitalized_run(w, clause_start(w, rel - 1), rel)
                                    .filter(|&(_, e)| e == rel)
                            });
                        let mut c = base(i, i + 1, subject, to + 1, DirectiveKind::Reported);
                        c.passive = true;
                        return Some(c);
                    }
                    continue;
                }
                let mut a = i + 1;
                let mut cue_end = i + 1;
                match form.lemma {
                    "call" | "appeal" | "plead" | "press" | "push" | "petition" | "lobby" => {
                        let particle = match form.lemma {
                            "call" => w.in_list(a, &["on", "upon"]),
                            "appeal" => w.is(a, "to"),
                            "plead" => w.is(a, "with"),
                            _ => false,
                        };
                        if form.lemma == "call" || form.lemma == "appeal" || form.lemma == "plead" {
                            if !particle {
                                continue;
                            }
                            a += 1;
                            cue_end = a;
                        } else if w.is(a, "for") {
                            // "pushing for his state to become": "push for X to" is read below.
                            continue;
                        }
                    }
                    _ => {}
                }
                // "asked which issue ...", "asking where to vote": a question, not an ask;
                // "Press, Lewandowski ...": the addressee cannot start past a comma.
                let question = w.in_list(
                    a,
                    &[
                        "which", "what", "whether", "how", "why", "who", "where", "when", "if",
                    ],
                );
                if question || a < w.len() && w.breaks(a) && !soft_gap(w.gap_before(a)) {
                    continue;
                }
                if let Some((to, action)) = find_to(w, a) {
                    if to > a {
                        return Some(base(
                            i,
                            cue_end,
                            Some((a, to)),
                            action,
                            DirectiveKind::Reported,
                        ));
                    }
                }
                // "called on Congress" with no "to": the rest is the ask.
                if form.lemma == "call" && cue_end > i + 1 && a < w.len() && !w.breaks(a) {
                    return Some(base(i, cue_end, None, a, DirectiveKind::Reported));
                }
                if form.lemma == "appeal" && a < w.len() {
                    // "appealed to the public for calm"
                    if let Some(f) = (a..w.len().min(a + MAX_ADDRESSEE)).find(|&j| w.is(j, "for")) {
                        if f > a && f + 1 < w.len() {
                            return Some(base(
                                i,
                                cue_end,
                                Some((a, f)),
                                f + 1,
                                DirectiveKind::Reported,
                            ));
                        }
                    }
                }
                // "urged that the government act", "demanded that he resign"
                if w.is(i + 1, "that")
                    && matches!(
                        form.lemma,
                        "urge"
                            | "demand"
                            | "ask"
                            | "order"
                            | "request"
                            | "require"
                            | "recommend"
                            | "advise"
                    )
                    && i + 2 < w.len()
                    // "an order that prevented ...": a relative clause, not a content clause.
                    && !(w.toks[i + 2].has(VERB) || w.lower[i + 2].ends_with("ed"))
                {
                    return Some(base(i, i + 2, None, i + 2, DirectiveKind::Reported));
                }
            }
            CueClass::ForObject => {
                if passive {
                    continue;
                }
                // Allow a time phrase between verb and "for": "called on Monday for".
                let mut j = i + 1;
                while j < w.len() && j < i + 4 && !w.is(j, "for") && is_time_word(w, j) {
                    j += 1;
                }
                if w.is(j, "for") && j + 1 < w.len() && !w.breaks(j + 1) {
                    let cue_end = if j == i + 1 { j + 1 } else { i + 1 };
                    let start_obj = j + 1;
                    // "called for the United States to step up ..."
                    if let Some((to, action)) = find_to(w, start_obj) {
                        if to > start_obj && to - start_obj <= 6 {
                            return Some(base(
                                i,
                                cue_end,
                                Some((start_obj, to)),
                                action,
                                DirectiveKind::Reported,
                            ));
                        }
                    }
                    return Some(base(i, cue_end, None, start_obj, DirectiveKind::Reported));
                }
            }
            CueClass::Object => {
                if passive || i + 1 >= w.len() || w.breaks(i + 1) {
                    continue;
                }
                let next = w.lower[i + 1];
                let pronoun_or_particle = [
                    "that", "to", "for", "on", "upon", "him", "her", "them", "us", "me", "you",
                    "it", "whether", "if", "in", "at", "by", "with", "from", "and", "or", "as",
                ];
                // "immigrant advocates over his policies", "the demands of labor": a plural noun
                // before a preposition.
                if pronoun_or_particle.contains(&next)
                    || next.parse::<f64>().is_ok()
                    || w.lower[i].ends_with('s') && w.class(i + 1, PREPOSITIONS)
                {
                    continue;
                }
                return Some(base(i, i + 1, None, i + 1, DirectiveKind::Reported));
            }
            CueClass::Emphasis => {
                let mut j = i + 1;
                if form.lemma == "point" {
                    if !w.is(j, "out") {
                        continue;
                    }
                    j += 1;
                }
                if form.lemma == "insist" {
                    if !w.is(j, "on") {
                        continue;
                    }
                    j += 1;
                }
                // [the|a|its] [adjective]{0,2} need|importance (of|to|for)
                let limit = (j + 4).min(w.len());
                let Some(n) = (j..limit).find(|&k| w.class(k, NEED_NOUNS)) else {
                    continue;
                };
                if (j..=n).any(|k| k > j && w.breaks(k)) || n + 1 >= w.len() {
                    continue;
                }
                let opener_ok = n == j
                    || w.in_list(
                        j,
                        &[
                            "the", "a", "an", "its", "their", "his", "her", "our", "great",
                            "urgent",
                        ],
                    );
                if !opener_ok || !w.in_list(n + 1, &["of", "to", "for"]) {
                    continue;
                }
                let prep = n + 1;
                if w.is(prep, "for") {
                    if let Some((to, action)) = find_to(w, prep + 1) {
                        if to > prep + 1 && to - (prep + 1) <= 6 {
                            return Some(base(
                                i,
                                prep + 1,
                                Some((prep + 1, to)),
                                action,
                                DirectiveKind::Reported,
                            ));
                        }
                    }
                }
                if prep + 1 < w.len() {
                    return Some(base(i, prep + 1, None, prep + 1, DirectiveKind::Reported));
                }
            }
            CueClass::Reporting => {}
        }
    }
    None
}

fn is_time_word(w: &Words, j: usize) -> bool {
    w.class(j, VERB_PREFIX_WORDS) || w.toks[j].has(CAPITALIZED) && w.is(j - 1, "on")
}

/// The end of X and the start of the action in "X to do" starting at token `a`: within [`MAX_ADDRESSEE`] tokens, no clause
/// punctuation before it, and followed by a verb-like word (not "the", a number or a name).
fn find_to(w: &Words, a: usize) -> Option<(usize, usize)> {
    let mut limit = (a + MAX_ADDRESSEE + 1).min(w.len());
    // A name in apposition between commas: "urging the telecoms regulator, Ofcom, to".
    let appositive = |j: usize| -> Option<usize> {
        if w.gap_before(j).trim() != "," {
            return None;
        }
        let end = (j + 1..(j + 5).min(w.len())).find(|&k| w.breaks(k))?;
        let name = (j..end).all(|k| w.toks[k].has(CAPITALIZED));
        (name && w.gap_before(end).trim() == "," && w.is(end, "to")).then_some(end)
    };
    let mut next_j = a;
    while next_j < limit {
        let mut j = next_j;
        next_j += 1;
        if j > a && w.breaks(j) && !soft_gap(w.gap_before(j)) {
            // Past the apposition, on to its "to".
            j = appositive(j)?;
            next_j = j + 1;
            limit = (j + 1).min(w.len());
        }
        // The addressee is a noun phrase: "tell you they are going to do" is no ask.
        if j > a && !w.inside_name(j) && (w.toks[j].has(VERB) || is_be(w, j) || contracted(w, j)) {
            return None;
        }
        // A content clause: "told the Daily Telegraph in 2001 that he continued to wear"
        // (not a relative one: "asked agencies that dealt with it to"), as its subject shows.
        let content = |k: usize| {
            k < w.len()
                && (w.class(k, DETERMINERS)
                    || w.toks[k].has(CAPITALIZED)
                    || w.in_list(k, PERSONAL_PRONOUNS))
        };
        if j > a && w.is(j, "that") && content(j + 1) {
            return None;
        }
        // A second object: "asking them questions and it's easy for them to".
        let object = ["him", "them", "us", "me", "you"];
        if j > a && w.in_list(j - 1, &object) && !w.toks[j].has(STOP) && !w.is(j, "to") {
            return None;
        }
        if w.is(j, "to") || w.is(j, "not") && w.is(j + 1, "to") {
            // "called on leaders not to feed ...": the action keeps its "not".
            let (end, action) = if w.is(j, "not") { (j, j) } else { (j, j + 1) };
            let j = if w.is(j, "not") { j + 1 } else { j };
            let next = j + 1;
            if next >= w.len() || w.breaks(next) && !soft_gap(w.gap_before(next)) {
                return None;
            }
            let det = w.class(next, DETERMINERS) && !w.is(next, "that");
            let name = w.toks[next].has(CAPITALIZED);
            // "pushing Euroscepticism to second place": an ordinal, not an infinitive.
            let number = w.lower[next].starts_with(|c: char| c.is_ascii_digit())
                || w.in_list(
                    next,
                    &["first", "second", "third", "fourth", "fifth", "last"],
                );
            // "direct answers to factual questions": an adjective, not an infinitive.
            let l = w.lower[next];
            let adjective = w.toks[next].flags & (MODIFIER | VERB) == MODIFIER
                && l.len() > 5
                && en::ADJECTIVE_SUFFIXES.iter().any(|s| l.ends_with(s));
            if adjective {
                return None;
            }
            // "directed funding to hospitals": a plural noun, not an infinitive.
            let plural = l.len() > 3
                && l.ends_with('s')
                && !l.ends_with("ss")
                && !l.ends_with("us")
                && !l.ends_with("is")
                && w.toks[next].flags & (VERB | STOP) == 0;
            // "workers earning up to $47,476 a year to be paid": a preposition before a number.
            if number && !det {
                continue;
            }
            if det || name || plural {
                return None;
            }
            return Some((end, action));
        }
    }
    None
}

/// The agent of a passive cue at `i` followed by "by" ("were urged by the mayor to"): its
/// span and the index of the "to" after it.
fn passive_agent(w: &Words, i: usize) -> Option<((usize, usize), usize)> {
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
fn common_noun(w: &Words, j: usize) -> bool {
    let word_class = VERB | MODIFIER | ADVERB | FUNCTION | STOP | CAPITALIZED;
    w.toks[j].flags & word_class == 0
        && !w.lower[j].ends_with("ly")
        && w.lower[j].chars().all(char::is_alphabetic)
}

/// Whether token `j` is a pronoun with a contracted verb: "it's", "they're", "we'll".
fn contracted(w: &Words, j: usize) -> bool {
    let l = w.lower[j];
    [
        "'s", "'re", "'ll", "'ve", "'d", "’s", "’re", "’ll", "’ve", "’d",
    ]
    .iter()
    .any(|suffix| {
        l.strip_suffix(suffix).is_some_and(|p| {
            matches!(
                p,
                "it" | "he" | "she" | "they" | "we" | "you" | "i" | "that" | "there"
            )
        })
    })
}

/// Whether a gap between words holds only quotes, brackets and abbreviation dots: "to “stand
/// up”", "Rick Snyder (R) to resign".
fn soft_gap(gap: &str) -> bool {
    gap.chars().all(|c| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '(' | ')' | '.')
    })
}

/// An obligation cue at token `i`: must, should, need(s) to, has/have to, ought to,
/// "it is necessary to", "there is a need to".
fn modal_cue(w: &Words, i: usize) -> Option<Cue> {
    // A capital inside a sentence: a title or a name ("the comedy Shall We Dance?").
    if w.inside_name(i) {
        return None;
    }
    let word = w.lower[i];
    let n = w.len();
    let blocked = |k: usize| -> bool {
        // "if X should", "no need to", "does not have to": not an obligation.
        let from = clause_start(w, k);
        // An adverb may stand between: "don't even have to", "doesn't really need to".
        let mut before = k;
        while before > 0
            && !w.class(before - 1, NEGATIONS)
            && (w.toks[before - 1].has(ADVERB) || w.lower[before - 1].ends_with("ly"))
        {
            before -= 1;
        }
        (from.saturating_sub(1)..k).any(|j| w.class(j, CONDITIONALS))
            || before > 0 && w.class(before - 1, NEGATIONS)
    };
    let modal = |start: usize, end: usize, action: usize| -> Option<Cue> {
        if action >= n {
            return None;
        }
        let mut from = clause_start(w, start);
        // "It is the cross I have to bear": the subject follows the last "is";
        // "She said the city must": it follows the reporting verb.
        if let Some(v) = (from..start)
            .rev()
            .find(|&j| is_be(w, j) || w.toks[j].has(CUE_VERB) && !w.inside_name(j))
        {
            from = v + 1;
        }
        // "a campaign that should provide", "what she should be doing", "where you should
        // be": a relative or embedded clause, not an ask.
        if (from.saturating_sub(1)..start).any(|j| {
            w.in_list(
                j,
                &[
                    "what", "where", "how", "whatever", "whether", "why", "who", "which",
                ],
            )
        }) || start > 0 && w.in_list(start - 1, &["that", "this", "it", "there"])
        {
            return None;
        }
        let addressee = subject_span(w, from, start);
        if let Some((a, b)) = addressee {
            // "That should be enough", "it must be", "I have to thank": a judgement or a
            // personal necessity, not a directive.
            let head = w.lower[b - 1];
            let lone_i = b - a == 1 && head == "i";
            if lone_i || ["that", "this", "it", "which", "what", "who", "there"].contains(&head) {
                return None;
            }
            // "All the GOP has to do is ...", "what he has to do".
            if w.is(action, "do") && (a..b).any(|j| w.in_list(j, &["all", "what"])) {
                return None;
            }
            // "one less vote Clinton must match", "a draconian step you have to take", "the
            // way this stuff should work": a relative clause on the noun, whose object is the
            // gap; the action runs to the clause's end in a few words.
            let clause_end = (action + 1..n).find(|&j| w.breaks(j)).unwrap_or(n);
            let relative = (a + 1..b).any(|p| {
                let noun = common_noun(w, p - 1) && !w.toks[p - 1].has(GERUND);
                let opens = w.toks[p].has(CAPITALIZED)
                    || w.in_list(p, &["he", "she", "they", "we", "you", "i", "that", "this"]);
                noun && opens
            });
            let last = clause_end - 1;
            let gap = w.toks[last].has(VERB)
                || w.in_list(
                    last,
                    &["for", "with", "about", "on", "to", "of", "at", "in"],
                );
            if relative && gap && clause_end - action <= 3 {
                return None;
            }
        }
        let addressee = addressee.map(|span| pronoun_alone(w, span));
        // A rhetorical question, or "must-win": not an obligation.
        if w.text[w.toks[n - 1].end..w.end].contains('?') || w.toks[action].has(JOINED) {
            return None;
        }
        Some(Cue::obligation(start, end, addressee, action))
    };
    match word {
        "must" | "should" | "shall" => {
            if blocked(i) || i + 1 >= n || w.breaks(i + 1) {
                return None;
            }
            // "I shall", "we shall": a future, not an obligation.
            if word == "shall" && i > 0 && w.in_list(i - 1, &["i", "we"]) {
                return None;
            }
            // Question inversion: "Should we ...?"
            if opens_clause(w, i) {
                return None;
            }
            // Perfect: "must have known", "should have been": epistemic or counterfactual.
            if w.is(i + 1, "have") {
                return None;
            }
            let mut end = i + 1;
            if w.in_list(end, &["not", "never"]) {
                end += 1;
            }
            // "should be ashamed", "must be proud": a judgement of feelings, not an ask.
            let mut adjective = end + 1;
            while w.toks.get(adjective).is_some_and(|t| t.has(ADVERB)) {
                adjective += 1;
            }
            if w.is(end, "be") && w.in_list(adjective, en::FEELING_ADJECTIVES) {
                return None;
            }
            modal(i, end, end)
        }
        "ought" if w.is(i + 1, "to") => {
            if blocked(i) {
                return None;
            }
            modal(i, i + 2, i + 2)
        }
        "need" | "needs" | "have" | "has" if w.is(i + 1, "to") => {
            if blocked(i) || i == 0 || w.class(i - 1, DETERMINERS) {
                return None;
            }
            // "has to do with": not an obligation.
            if w.is(i + 2, "do") && w.is(i + 3, "with") {
                return None;
            }
            // "have to" after a modal or subject only, not "to have to".
            if (word == "have" || word == "has")
                && w.in_list(
                    i - 1,
                    &["to", "will", "would", "could", "might", "may", "'ll"],
                )
            {
                return None;
            }
            // "he would need to win 69 percent": a hypothetical requirement.
            if w.in_list(i - 1, &["would", "could", "might", "may"]) {
                return None;
            }
            if i + 2 >= n || w.breaks(i + 2) || w.class(i + 2, DETERMINERS) {
                return None;
            }
            modal(i, i + 2, i + 2)
        }
        "it" => {
            // it is (also|very|absolutely)? necessary to|that|for
            let mut j = i + 1;
            if !(w.in_list(j, &["is", "was", "remains", "becomes", "'s"])) {
                return None;
            }
            j += 1;
            while j < n
                && w.in_list(
                    j,
                    &[
                        "also",
                        "very",
                        "absolutely",
                        "therefore",
                        "thus",
                        "now",
                        "more",
                        "most",
                        "all",
                        "the",
                    ],
                )
            {
                j += 1;
            }
            if !w.class(j, NECESSITY_ADJECTIVES) || !w.in_list(j + 1, &["to", "that", "for"]) {
                return None;
            }
            let prep = j + 1;
            let mut addressee = None;
            let mut action = prep + 1;
            if w.is(prep, "for") {
                if let Some((to, start)) = find_to(w, prep + 1) {
                    addressee = Some((prep + 1, to));
                    action = start;
                } else {
                    return None; // "it is important for the economy"
                }
            }
            if action >= n {
                return None;
            }
            Some(Cue::obligation(i, prep + 1, addressee, action))
        }
        "there" => {
            // there is (an urgent)? need to|for
            if !w.in_list(i + 1, &["is", "was", "remains"]) {
                return None;
            }
            let limit = (i + 5).min(n);
            let k = (i + 2..limit).find(|&k| w.in_list(k, &["need", "necessity"]))?;
            if !w.in_list(k + 1, &["to", "for"]) || k + 2 >= n || w.class(k - 1, NEGATIONS) {
                return None;
            }
            Some(Cue::obligation(i, k + 2, None, k + 2))
        }
        _ => None,
    }
}

/// First token of the clause that holds token `k`: after clause punctuation or a clause
/// opener ("that", "and", "while" ...).
fn clause_start(w: &Words, k: usize) -> usize {
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

/// For a cue in an infinitive ("he promised to push for", "used the comments to urge", "led
/// the effort to push"): the verb the infinitive depends on, whose subject is the speaker.
/// Not after a refusal ("declined to call for"), which the verb group already covers.
fn governing_verb(w: &Words, i: usize) -> Option<usize> {
    if i < 2 || !w.is(i - 1, "to") || w.class(i - 2, REFUSALS) || w.breaks(i - 1) {
        return None;
    }
    let from = clause_start(w, i - 1);
    (from..i - 1).rev().take(MAX_ADDRESSEE).find(|&k| {
        let l = w.lower[k];
        !w.inside_name(k)
            && !w.class(k, DETERMINERS | PREPOSITIONS)
            && (w.toks[k].has(VERB | CUE_VERB) || l.ends_with("ed") && l.len() > 3)
    })
}

/// For a cue right after a message noun ("an ad that urges", "a letter this week urging"):
/// the verb whose object the message is ("is releasing", "sent"), whose subject speaks.
fn message_verb(w: &Words, i: usize) -> Option<usize> {
    let mut m = i.checked_sub(1)?;
    // Back over "that", "which" and a time phrase ("this week").
    while m > 0
        && (w.in_list(m, &["that", "which", "this"]) || is_time_word(w, m))
        && !w.breaks(m + 1)
    {
        m -= 1;
    }
    if w.breaks(m + 1) || !w.in_list(m, en::MESSAGE_NOUNS) {
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
fn controller(w: &Words, verb: usize, b: usize) -> Option<(usize, usize)> {
    let a = verb + 1;
    if b <= a || !w.in_list(verb, en::OBJECT_CONTROL_VERBS) || (a..b).any(|k| w.breaks(k)) {
        return None;
    }
    if b - a == 1 && w.in_list(a, &["him", "her", "them", "us", "me", "you"]) {
        return Some((a, b));
    }
    let run = capitalized_run(w, a, b)?;
    (run.1 == b).then_some(run)
}

/// The first token of the verb group ending before `verb` (auxiliaries, adverbs and
/// negations: "has repeatedly urged", "did not urge", "declined to call for"), not before
/// `from`.
fn verb_group(w: &Words, from: usize, verb: usize) -> usize {
    let mut end = verb;
    while end > from {
        let k = end - 1;
        let l = w.lower[k];
        // A capital inside the sentence is a name, not a modal or an adverb ("..., Will urged").
        let name = (w.inside_name(k) || w.breaks(k) && k > 0 && w.toks[k].has(CAPITALIZED))
            && !en::WEEKDAYS.contains(&l);
        if !name
            && (w.class(k, VERB_PREFIX_WORDS | VERB_NEGATIONS)
                || l.ends_with("n't")
                // "Kelly urged": a capitalised -ly word that would leave no subject is one.
                || ly_adverb(l) && !(k == from && w.toks[k].has(CAPITALIZED))
                || w.in_list(k, MODALS)
                || k + 1 == verb && w.in_list(k, en::LINKING_VERBS))
        {
            end -= 1;
        } else if k > from
            && (l == "to" && w.class(k - 1, REFUSALS) || l == "longer" && w.is(k - 1, "no"))
        {
            end -= 2;
        } else if k > from + 1
            && l == "be"
            && w.is(k - 1, "to")
            && w.in_list(k - 2, &["going", "have", "has", "had", "used"])
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
fn negation(w: &Words, verb: usize) -> Option<usize> {
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
        && (w.in_list(first - 1, AUXILIARIES) && !w.is(first - 1, "to")
            || w.in_list(first - 1, MODALS)
            || is_be(w, first - 1));
    Some(if aux { first - 1 } else { first })
}

/// The subject noun phrase between `from` and `verb`, skipping auxiliaries, adverbs and
/// negations just before the verb.
fn subject_span(w: &Words, from: usize, verb: usize) -> Option<(usize, usize)> {
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
            (w.in_list(k, MODALS) && k + 2 < end && w.toks[k + 1].has(VERB)).then_some(k + 2)
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
fn pronoun_alone(w: &Words, (a, b): (usize, usize)) -> (usize, usize) {
    if b > a + 1 && w.in_list(b - 1, PERSONAL_PRONOUNS) {
        (b - 1, b)
    } else {
        (a, b)
    }
}

/// The subject of the verb at token `i`, resolved to a speaker.
fn subject(w: &Words, i: usize, memory: &mut Memory) -> Option<Speaker> {
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

/// Whether tokens `k, k + 1` are a time phrase without a preposition: "last month", "this
/// week", "next Tuesday".
fn time_phrase(w: &Words, k: usize) -> bool {
    const TIME_NOUNS: &[&str] = &[
        "week", "month", "year", "night", "weekend", "summer", "spring", "autumn", "fall",
        "winter", "morning",
    ];
    w.in_list(k, &["last", "this", "next", "earlier", "later"])
        && (w.in_list(k + 1, TIME_NOUNS)
            || w.lower.get(k + 1).is_some_and(|l| en::WEEKDAYS.contains(l)))
}

/// Resolves the noun phrase `a..b` to a speaker.
fn noun_phrase(w: &Words, a: usize, b: usize, memory: &mut Memory) -> Option<Speaker> {
    // "Last month the chairman of the Commission called for": a time phrase before the
    // subject is no part of it.
    let a = if b > a + 2 && time_phrase(w, a) {
        a + 2
    } else {
        a
    };
    // "..., and that calls for": a conjunction is no part of the phrase.
    let a = if a < b && w.in_list(a, &["and", "but", "or", "so", "yet"]) {
        a + 1
    } else {
        a
    };
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
        let person = !w.is(a, "they");
        let name = memory
            .latest(person)
            .map_or_else(|| w.part(a, b).text, str::to_string);
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
    if w.in_list(a, &["i", "we", "you", "it", "this", "which", "who", "that"]) {
        return Some(speaker(mention.text.clone(), &mention));
    }
    let first = if w.class(a, DETERMINERS) { a + 1 } else { a };
    if first >= b {
        return None;
    }
    Some(speaker(w.part(first, b).text, &mention))
}

fn speaker(name: String, mention: &Part) -> Speaker {
    Speaker {
        name,
        text: mention.text.clone(),
        start: mention.start,
        end: mention.end,
    }
}

fn strip_possessive(name: &str) -> String {
    name.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’'])
        .to_string()
}

/// The last run of capitalised words in `a..b` (with "of"/"the"/"de" inside a name), not
/// counting a determiner at its start.
fn capitalized_run(w: &Words, a: usize, b: usize) -> Option<(usize, usize)> {
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
        let linker = w.in_list(prev, &["of", "de", "van", "von", "al", "bin", "la", "du"])
            && prev > a
            && w.toks[prev - 1].has(CAPITALIZED);
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
fn name_of(w: &Words, s: usize, e: usize) -> String {
    let last_title = (s..e)
        .rev()
        .find(|&k| w.class(k, TITLE_WORDS) && k + 1 < e && !w.toks[k + 1].has(JOINED));
    let from = match last_title {
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
fn action_end(w: &Words, a: usize, next: usize, lang: &Language) -> usize {
    let mut end = next.min(w.len());
    // The cue stands in a relative clause set off by commas ("Smith, who was asked to
    // resign, refused"): the clause ends at a comma before a past-tense verb.
    let relative = (0..a)
        .rev()
        .take_while(|&k| k + 1 == a || !w.breaks(k + 1))
        .any(|k| w.breaks(k) && w.in_list(k, &["who", "which"]));
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
        let finite = past || w.in_list(j, &["said", "told", "says", "is", "was", "has", "had"]);
        if relative && w.breaks(j) && gap.contains(',') && finite {
            end = j;
            break;
        }
        if w.is(j, "and")
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
        let pronoun = |k: usize| w.in_list(k, &["he", "she", "it", "they", "we", "i", "also"]);
        while end > a + 1 {
            let subject =
                pronoun(end - 1) && !w.in_list(end - 2, &["to", "for", "on", "with", "of"]);
            // "but I think she": a verb of saying after its own pronoun subject.
            let saying = end > a + 2 && w.class(end - 1, CLAUSE_VERBS) && pronoun(end - 2);
            if !(subject || saying) {
                break;
            }
            end -= 1;
        }
    }
    // Do not end on a dangling "and", "to" or "while".
    while end > a + 1
        && w.in_list(
            end - 1,
            &[
                "and", "or", "to", "of", "but", "while", "when", "because", "if", "as",
            ],
        )
    {
        end -= 1;
    }
    end
}
