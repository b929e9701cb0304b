//! The per-sentence view the directive rules read: the sentence's tokens, their lowercase
//! forms and word classes, and for every cue-verb token its use (verb, noun, part of a name,
//! phrasal verb), classified once here and read by every later step.

use crate::analysis::Part;
use crate::flags::{
    Flags, WordClass, BREAK_BEFORE, CAPITALIZED, CUE_VERB, DETERMINERS, FUNCTION, SPEAKER_PRONOUNS,
    STOP,
};
use crate::lang::{Language, Lexicon, VerbForm};
use crate::tokenize::Token;

use super::spans::common_noun;

/// One sentence's words, lowercased, with helpers.
pub(super) struct Words<'a> {
    pub text: &'a str,
    /// Byte offsets where the sentence starts and ends.
    pub start: usize,
    pub end: usize,
    pub toks: &'a [Token],
    pub lower: Vec<&'a str>,
    /// Word classes by token.
    pub classes: Vec<WordClass>,
    /// Most longer words are capitalised ("Trump Calls On Obama To Resign."): capitals do
    /// not mark names.
    pub title_case: bool,
    /// The language's word lists.
    pub lex: &'a Lexicon,
    /// The use of every cue-verb token (`None` for other tokens).
    pub cue_words: Vec<Option<CueWord>>,
}

/// What a cue-verb token is in its sentence, decided once ([`CueWord::classify`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct CueWord {
    pub form: VerbForm,
    /// A capital inside a clause or a hyphen before it: part of a name or a compound
    /// ("Court of Appeals", "court-ordered").
    pub in_name: bool,
    /// A hyphen after it: "second-order", "call-in".
    pub joined_next: bool,
    /// A noun owned by the name before it: "Pence's call for", "the DOJ demand that".
    pub named_owner: bool,
    /// The light verb of a nominal cue: "made an impassioned call for" (its token).
    pub light_verb: Option<usize>,
    /// A noun after a singular common noun: "a court order declaring", "a minority report".
    pub noun_after_noun: bool,
    /// A phrasal verb that is no cue: "push back", "press ahead".
    pub phrasal: bool,
}

impl<'a> Words<'a> {
    /// The view of sentence `start..end` of `text` with tokens `toks` (their word classes
    /// in `classes`, by token).
    pub fn new(
        text: &'a str,
        (start, end): (usize, usize),
        toks: &'a [Token],
        lower: Vec<&'a str>,
        classes: Vec<WordClass>,
        lang: &'a Language,
    ) -> Words<'a> {
        let long = (0..toks.len()).filter(|&k| lower[k].len() > 3);
        let (long_words, capitalized) = long.fold((0, 0), |(n, c), k| {
            (n + 1, c + usize::from(toks[k].has(CAPITALIZED)))
        });
        let mut w = Words {
            text,
            start,
            end,
            toks,
            lower,
            classes,
            title_case: capitalized * 5 >= long_words * 4,
            lex: &lang.lexicon,
            cue_words: Vec::new(),
        };
        // The tokenizer flagged every cue-verb form: only those need the table.
        w.cue_words = (0..w.len())
            .map(|i| {
                (w.toks[i].has(CUE_VERB))
                    .then(|| lang.cues.verb(w.lower[i]))
                    .flatten()
                    .map(|form| CueWord::classify(&w, i, form))
            })
            .collect();
        w
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower.get(i).is_some_and(|w| *w == word)
    }
    pub fn class(&self, i: usize, class: WordClass) -> bool {
        self.classes.get(i).is_some_and(|c| c.has(class))
    }
    pub fn in_list(&self, i: usize, list: &[&str]) -> bool {
        self.lower.get(i).is_some_and(|w| list.contains(w))
    }
    /// Whether the words from token `i` on are `phrase` ("do", "not").
    pub fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, x)| self.is(i + k, x))
    }
    /// The first phrase of `list` that the words from token `i` on are.
    pub fn first_phrase_at<'l>(
        &self,
        i: usize,
        list: &'l [&'l [&'l str]],
    ) -> Option<&'l [&'l str]> {
        list.iter().copied().find(|p| self.phrase_at(i, p))
    }
    /// Whether token `i` has any of `flags`.
    pub fn has(&self, i: usize, flags: Flags) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(flags))
    }
    /// A capital inside a clause is a name ("the Garden State", "Demand Progress"), unless
    /// the sentence is in title case.
    pub fn inside_name(&self, i: usize) -> bool {
        i > 0 && self.toks[i].has(CAPITALIZED) && !self.breaks(i) && !self.title_case
    }
    pub fn breaks(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(BREAK_BEFORE))
    }
    /// The gap of text before token `i` (after token `i - 1`).
    pub fn gap_before(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[i - 1].end()..self.toks[i].start()]
    }
    /// The words `a..b` as a part of the text.
    pub fn part(&self, a: usize, b: usize) -> Part {
        let start = self.toks[a].start();
        let mut end = self.toks[b - 1].end();
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
    /// Whether token `k` is a possessor: "Pence's", "Sanders'".
    pub fn possessive(&self, k: usize) -> bool {
        let l = self.lower[k];
        l.ends_with("'s") || l.ends_with('s') && self.gap_before(k + 1).starts_with(['\'', '’'])
    }
}

impl CueWord {
    fn classify(w: &Words, i: usize, form: VerbForm) -> CueWord {
        CueWord {
            form,
            in_name: w.inside_name(i) || w.toks[i].has(crate::flags::JOINED),
            joined_next: w.has(i + 1, crate::flags::JOINED),
            named_owner: named_owner(w, i, form.lemma),
            light_verb: light_nominal(w, i, form.lemma),
            noun_after_noun: noun_after_noun(w, i, form.lemma),
            phrasal: phrasal(w, i, form.lemma),
        }
    }
}

/// The light verb of a nominal directive ending at the cue noun `i`: "made an impassioned
/// call for", "issued a demand for", "renewed his call for". Its subject is the speaker.
fn light_nominal(w: &Words, i: usize, lemma: &str) -> Option<usize> {
    if !w.lex.nominal_cues.contains(&lemma) || !w.is(i + 1, "for") || i + 2 >= w.len() {
        return None;
    }
    let k = (i.saturating_sub(4)..i.saturating_sub(1))
        .rev()
        .find(|&k| w.in_list(k, w.lex.light_verbs))?;
    let between = (k + 2..i).all(|j| (w.toks[j].flags & (STOP | FUNCTION)).is_empty());
    (w.in_list(k + 1, w.lex.articles) && between && (k + 1..=i + 1).all(|j| !w.breaks(j)))
        .then_some(k)
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
    if !w.lex.owned_cues.contains(&lemma) {
        return false;
    }
    let prev = w.lower[i - 1];
    let pronoun = w.class(i - 1, SPEAKER_PRONOUNS)
        || w.lex.first_person.contains(&prev)
        || w.lex.pronoun_contractions.contains(&prev);
    let possessive = w.possessive(i - 1);
    let compound = w.lower[i] == lemma && !prev.ends_with('s');
    !pronoun && (possessive || compound) && w.in_list(i + 1, &["for", "that"]) && i + 2 < w.len()
}

/// A noun after a singular common noun: "a court order declaring", "a clarion call for",
/// "a fundraising request", "a minority report". A plural subject takes the base form
/// ("activists call for"), a singular one would not.
fn noun_after_noun(w: &Words, i: usize, lemma: &str) -> bool {
    if w.lower[i] != lemma || i == 0 || w.breaks(i) {
        return false;
    }
    let prev = w.lower[i - 1];
    let plural = prev.ends_with('s') && !prev.ends_with("ss") || w.lex.plural_nouns.contains(&prev);
    common_noun(w, i - 1) && !plural
}

/// Phrasal verbs that are no cue: "push back on", "press ahead".
fn phrasal(w: &Words, i: usize, lemma: &str) -> bool {
    w.lex
        .phrasal_particles
        .iter()
        .any(|(verb, particles)| *verb == lemma && w.in_list(i + 1, particles))
}
