//! Words with spans, case-folded, with a stop-word flag and a stem, interned to ids.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::flags::*;
use crate::lang::Language;
use crate::segment::Segment;

/// One word of the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Byte span in the text, as u32 (a token takes 20 bytes, not 32: the token list is the
    /// largest structure of a long text's analysis); read it with [`Token::start`] and
    /// [`Token::end`]. A text is tokenized up to its first 4 GiB ([`tokenize`]).
    lo: u32,
    hi: u32,
    /// Id of the lowercase form ([`Vocab::word`]).
    pub word: u32,
    /// Id of the stem ([`Vocab::stem`]).
    pub stem: u32,
    /// Bit set of `STOP`, `CAPITALIZED`, ...
    pub flags: Flags,
}

impl Token {
    pub fn has(&self, flag: Flags) -> bool {
        self.flags.has(flag)
    }
    /// Byte offset of its first character.
    #[inline]
    pub fn start(&self) -> usize {
        self.lo as usize
    }
    /// Byte offset just past its last character.
    #[inline]
    pub fn end(&self) -> usize {
        self.hi as usize
    }
}

/// Distinct strings, each stored once in one buffer and numbered in the order first seen:
/// an open-addressing table (linear probing, at most three quarters full) of ids, each with
/// 32 bits of its string's hash so that a probe reads the string only when they agree. A
/// text of 400,000 distinct words keeps about 20 bytes per word beyond the word itself,
/// where a map of `String` keys plus a list of the same `String`s kept about 130.
#[derive(Default)]
pub(crate) struct Interner {
    /// Every string, one after the other.
    text: String,
    /// The byte range of each id's string in `text`.
    spans: Vec<(u32, u32)>,
    /// (id, hash tag) by slot; the id `u32::MAX` marks an empty slot. The length is 0 or a
    /// power of two.
    slots: Vec<(u32, u32)>,
}

impl Interner {
    /// How many distinct strings there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The string of an id.
    pub fn get(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.text[a as usize..b as usize]
    }

    fn hash(s: &str) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        s.hash(&mut h);
        h.finish()
    }

    /// The slot of a string of hash `h`: where its id is, or the empty slot where it would
    /// go. The first slot comes from the hash's high bits (a multiplicative hash mixes its
    /// low bits least), the tag from its low 32.
    fn slot(&self, s: &str, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let bits = self.slots.len().trailing_zeros();
        let tag = h as u32;
        let mut k = (h >> (64 - bits)) as usize;
        loop {
            let (id, t) = self.slots[k];
            if id == u32::MAX || t == tag && self.get(id) == s {
                return k;
            }
            k = (k + 1) & mask;
        }
    }

    /// The id of `s`, if it was interned.
    pub fn find(&self, s: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        Some(self.slots[self.slot(s, Self::hash(s))].0).filter(|&id| id != u32::MAX)
    }

    /// The id of `s`, a new one if it is new (then `true`).
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        if let Some(id) = self.find(s) {
            return (id, false);
        }
        if (self.spans.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let id = self.spans.len() as u32;
        let a = self.text.len() as u32;
        self.text.push_str(s);
        self.spans.push((a, self.text.len() as u32));
        let h = Self::hash(s);
        let k = self.slot(s, h);
        self.slots[k] = (id, h as u32);
        (id, true)
    }

    /// Gives back the unused capacity of the strings and spans.
    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.spans.shrink_to_fit();
    }

    /// Doubles the table and puts every id back.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![(u32::MAX, 0); size];
        for id in 0..self.spans.len() as u32 {
            let s = self.get(id);
            let h = Self::hash(s);
            let k = self.slot(s, h);
            self.slots[k] = (id, h as u32);
        }
    }
}

/// Distinct lowercase words and stems of one text.
#[derive(Default)]
pub(crate) struct Vocab {
    /// Lowercase forms (curly apostrophes made straight) by word id.
    words: Interner,
    /// Stem id by word id.
    word_stem: Vec<u32>,
    /// Flags that depend only on the word (STOP, NUMERIC, WEAK, VERB, ...) by word id.
    word_flags: Vec<Flags>,
    /// Word classes of the lexicon by word id.
    word_class: Vec<WordClass>,
    /// Stem texts by stem id.
    stems: Interner,
}

impl Vocab {
    fn intern(&mut self, lower: &str, lang: &Language) -> (u32, u32, Flags) {
        if let Some(id) = self.words.find(lower) {
            let i = id as usize;
            return (id, self.word_stem[i], self.word_flags[i]);
        }
        let bare = (lang.possessive)
            .and_then(|p| lower.strip_suffix(p))
            .filter(|b| !b.is_empty())
            .unwrap_or(lower);
        let (stem, _) = self.stems.intern(&lang.stem(bare));
        let mut flags = Flags::NONE;
        if lang.stop_words.contains(lower)
            || lang.stop_words.contains(bare)
            || (lang.kana_function && lower.chars().all(is_hiragana))
        {
            flags |= STOP;
        }
        if !lower.chars().any(char::is_alphabetic) {
            flags |= NUMERIC;
        }
        if lang.weak_words.contains(lower) {
            flags |= WEAK;
        }
        if lang.is_generic(lower) {
            flags |= GENERIC;
        }
        if lang.cues.verb(lower).is_some() {
            flags |= CUE_VERB;
        }
        if lang.personal_titles.contains(lower.trim_end_matches('.')) {
            flags |= TITLE;
        }
        if lang.markers.contains(lower) {
            flags |= MARKER;
        }
        if !flags.has(NUMERIC) {
            flags |= lang.part_of_speech(bare);
        }
        let (id, _) = self.words.intern(lower);
        self.word_stem.push(stem);
        self.word_flags.push(flags);
        self.word_class.push(lang.word_class(lower));
        (id, stem, flags)
    }

    /// Gives back the capacity the vectors left unused while they grew.
    fn shrink_to_fit(&mut self) {
        self.words.shrink_to_fit();
        self.stems.shrink_to_fit();
        self.word_stem.shrink_to_fit();
        self.word_flags.shrink_to_fit();
        self.word_class.shrink_to_fit();
    }

    /// Word classes of a word id.
    pub fn class(&self, id: u32) -> WordClass {
        self.word_class[id as usize]
    }

    /// Lowercase form of a word id.
    pub fn word(&self, id: u32) -> &str {
        self.words.get(id)
    }

    /// Stem text of a stem id.
    pub fn stem(&self, id: u32) -> &str {
        self.stems.get(id)
    }

    /// How many distinct stems the text has.
    pub fn stem_count(&self) -> usize {
        self.stems.len()
    }
}

/// The words of every sentence: `tokens[ranges[i].clone()]` are sentence `i`'s.
pub(crate) struct Tokens {
    pub tokens: Vec<Token>,
    pub ranges: Vec<Range<usize>>,
    pub vocab: Vocab,
}

impl Tokens {
    /// The tokens of sentence `i`.
    pub fn of(&self, i: usize) -> &[Token] {
        &self.tokens[self.ranges[i].clone()]
    }

    /// The sentence that holds token `t` (a binary search of the ranges).
    pub fn sentence_of(&self, t: usize) -> usize {
        self.ranges.partition_point(|r| r.end <= t)
    }
}

/// Whether a character is hiragana (Japanese particles and inflections are written in it).
fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309f}').contains(&c)
}

/// The part of a word after an elided article or pronoun of `lang` and its apostrophe
/// ("l'économie" → "économie"), as a byte offset into `word`; 0 when there is none.
fn after_elision(word: &str, lang: &Language) -> usize {
    if lang.elisions.is_empty() {
        return 0;
    }
    let Some((at, apostrophe)) = word.char_indices().find(|&(_, c)| c == '\'' || c == '’') else {
        return 0;
    };
    let rest = at + apostrophe.len_utf8();
    let elided = &word[..at];
    let listed = lang.elisions.iter().any(|e| e.eq_ignore_ascii_case(elided));
    if listed && word[rest..].chars().next().is_some_and(char::is_alphabetic) {
        rest
    } else {
        0
    }
}

/// Symbols of markup that are no clause punctuation: "**bold**", "_it_", "#tag", "a | b".
fn is_markup_symbol(c: char) -> bool {
    matches!(
        c,
        '*' | '_' | '#' | '|' | '~' | '^' | '=' | '<' | '>' | '\\' | '{' | '}' | '`'
    )
}

/// Whether the gap between two words holds clause punctuation.
fn is_clause_break(gap: &str) -> bool {
    gap.contains([
        ',', ';', ':', '–', '—', '(', ')', '[', ']', '"', '“', '”', '!', '?', '.',
        // Chinese and Japanese full-width punctuation, Arabic comma and semicolon.
        '，', '、', '；', '：', '（', '）', '「', '」', '『', '』', '《', '》', '【', '】', '。',
        '！', '？', '·', '،', '؛', '؟', '«', '»', '„',
    ]) || gap.contains(" - ")
}

/// Whether the gap after `prev` is only the dot of an abbreviation inside a sentence: an
/// initial ("Martin D. Singer"), capitals with inner dots ("U.S. officials") or "Jr."/"Sr."
/// (a personal title before a name is checked by its flag); no clause ends there.
fn abbreviation_dot(prev: &str, gap: &str) -> bool {
    if gap.trim_end() != "." {
        return false;
    }
    let mut chars = prev.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    let dotted = prev.contains('.') && prev.chars().all(|c| c == '.' || c.is_uppercase());
    initial || dotted || matches!(prev, "Jr" | "Sr")
}

/// Tokenizes every sentence. Tokens are read in the first 4 GiB of a text (their offsets
/// are u32): a sentence that ends past it has no tokens (it is still a sentence of the
/// result, never in a summary).
pub(crate) fn tokenize(text: &str, segments: &[Segment], lang: &Language) -> Tokens {
    let mut vocab = Vocab::default();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut ranges = Vec::with_capacity(segments.len());
    let mut lower = String::new();
    for seg in segments {
        let first = tokens.len();
        if u32::try_from(seg.end).is_err() {
            ranges.push(first..first);
            continue;
        }
        let sentence = &text[seg.start..seg.end];
        let mut prev_end: Option<usize> = None;
        let mut prev_start = 0;
        for (offset, word) in sentence.split_word_bound_indices() {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let cut = after_elision(word, lang);
            let word = &word[cut..];
            let start = seg.start + offset + cut;
            let end = start + word.len();
            // An HTML entity left in pasted text ("&amp;", "&nbsp;") is no word.
            if text[..start].ends_with('&') && text[end..].starts_with(';') {
                continue;
            }
            lower.clear();
            for c in word.chars() {
                match c {
                    '’' | '‘' => lower.push('\''),
                    _ => lower.extend(c.to_lowercase()),
                }
            }
            let (id, stem, mut flags) = vocab.intern(&lower, lang);
            if word.chars().next().is_some_and(char::is_uppercase) {
                flags |= CAPITALIZED;
            }
            if let Some(pe) = prev_end {
                let gap = &text[pe..start];
                // "Mrs. Clinton", "Sen. Jeff Merkley": a title's dot before a name.
                let title_dot = gap.trim_end() == "."
                    && flags.has(CAPITALIZED)
                    && tokens
                        .last()
                        .is_some_and(|t: &Token| t.has(TITLE) && t.has(CAPITALIZED));
                if is_clause_break(gap)
                    && !title_dot
                    && !abbreviation_dot(&text[prev_start..pe], gap)
                {
                    flags |= BREAK_BEFORE;
                } else if gap == "-" || gap == "/" || gap == "‑" {
                    flags |= JOINED;
                }
                if gap.contains(is_markup_symbol) {
                    flags |= SYMBOL_BEFORE;
                }
            }
            prev_end = Some(end);
            prev_start = start;
            tokens.push(Token {
                // Both fit: `end <= seg.end <= u32::MAX`.
                lo: start as u32,
                hi: end as u32,
                word: id,
                stem,
                flags,
            });
        }
        ranges.push(first..tokens.len());
    }
    // The vectors grew by doubling: give back what a long text left unused.
    tokens.shrink_to_fit();
    vocab.shrink_to_fit();
    Tokens {
        tokens,
        ranges,
        vocab,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Asserts the (lowercase word, stem, stop?) triples of `text`.
    #[track_caller]
    fn assert_tokens(text: &str, expected: &[(&str, &str, bool)]) {
        let lang = Language::english();
        let segs = segment(text, &lang);
        let t = tokenize(text, &segs, &lang);
        let got: Vec<(&str, &str, bool)> = t
            .tokens
            .iter()
            .map(|k| (t.vocab.word(k.word), t.vocab.stem(k.stem), k.has(STOP)))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn words_are_folded_stemmed_and_flagged() {
        assert_tokens(
            "The Trade Unions’ workers organized",
            &[
                ("the", "the", true),
                ("trade", "trade", false),
                ("unions", "union", false),
                ("workers", "worker", false),
                ("organized", "organ", false),
            ],
        );
    }

    #[test]
    fn possessive_and_curly_apostrophe() {
        assert_tokens(
            "worker’s rights",
            &[("worker's", "worker", false), ("rights", "right", false)],
        );
    }

    #[test]
    fn html_entities_are_no_words() {
        assert_tokens(
            "DVD &amp; Blu-ray",
            &[
                ("dvd", "dvd", false),
                ("blu", "blu", false),
                ("ray", "ray", false),
            ],
        );
    }

    #[test]
    fn spans_and_clause_breaks() {
        let lang = Language::english();
        let text = "All-China unions, he said";
        let segs = segment(text, &lang);
        let t = tokenize(text, &segs, &lang);
        let spans: Vec<&str> = t.tokens.iter().map(|k| &text[k.start()..k.end()]).collect();
        assert_eq!(spans, ["All", "China", "unions", "he", "said"]);
        assert!(t.tokens[1].has(JOINED));
        assert!(t.tokens[3].has(BREAK_BEFORE));
        assert!(t.tokens[4].has(CUE_VERB));
    }

    #[test]
    fn abbreviation_and_title_dots_inside_a_sentence_break_no_clause() {
        let lang = Language::english();
        let text = "Mrs. Clinton met Martin D. Singer and U.S. officials, Jr. staff. Then";
        let segs = segment(text, &lang);
        let t = tokenize(text, &segs, &lang);
        let breaks: Vec<&str> = t
            .tokens
            .iter()
            .filter(|k| k.has(BREAK_BEFORE))
            .map(|k| &text[k.start()..k.end()])
            .collect();
        // Only the comma breaks; "staff." ends the sentence, so "Then" opens the next.
        assert_eq!(breaks, ["Jr"]);
    }
}
