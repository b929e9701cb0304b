//! Key phrases (1 to 4 words, inflections and case merged) and themes (groups of phrases that
//! share words).
//!
//! Candidates are runs of words inside a clause with no stop word and no finite verb, no weak
//! word (reporting verbs, vague nouns) or adverb at an edge, that end on a noun (not on an
//! adjective, a participle or a lone -ing verb; part-of-speech hints from Brill's lexicon,
//! see `lang/en.rs`), not inside a name, not running from common words into a name ("actress
//! Luisana Lopilato") nor past a possessive; they are keyed by their stems, so
//! "trade union" and "Trade Unions" are one phrase. A phrase scores by how often it occurs,
//! how salient its words are (frequency, first position and word length, longer words being
//! the more specific), its length and whether the
//! headline or first sentence holds it (a single word counts half where it stands inside a
//! longer candidate, and a generic noun like "system" is no phrase alone); a phrase that
//! almost only occurs inside a longer one is dropped in favour of it.

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::{Keyphrase, Theme};
use crate::flags::{
    Flags, ADVERB, BREAK_BEFORE, CAPITALIZED, CUE_VERB, FUNCTION, GENERIC, GERUND, JOINED,
    MODIFIER, NUMERIC, STOP, SYMBOL_BEFORE, TITLE, VERB, WEAK,
};
use crate::score::round4;
use crate::tokenize::{Token, Tokens};

/// Longest phrase, in words.
const MAX_WORDS: usize = crate::options::MAX_PHRASE_WORDS;
/// A stem sequence padded with `u32::MAX`.
type Key = [u32; MAX_WORDS];
/// A phrase seen in the first `LEAD_SENTENCES` sentences (headline, lead) scores
/// `LEAD_BONUS` times higher. Tried on the even halves of the key-phrase sets (bonus 1.25 to 5
/// over one to four sentences; EVALUATION.md) and checked on the odd halves.
const LEAD_SENTENCES: u32 = 2;
const LEAD_BONUS: f64 = 2.0;
/// Weight of a single word's occurrences inside longer candidate phrases. Tried 1, 0.5, 0.25,
/// 0 on the even halves of the key-phrase sets (EVALUATION.md), checked on the odd halves.
const INSIDE_WEIGHT: f64 = 0.5;
/// A word's salience grows with its length (stem characters, up to `SPECIFIC_CHARS`) to the
/// power 1.5 (`chars * chars.sqrt()`: `powf` would add libm's `pow` to the `.wasm`). Tried 0,
/// 0.5, 1, 1.5, 2, 3 on the even halves of the key-phrase sets (EVALUATION.md): both sets gain
/// up to 1-1.5, KPCrowd goes on gaining and Inspec falls after; checked on the odd halves.
const SPECIFIC_CHARS: usize = 12;
/// How fast a word's salience falls with the position of its first occurrence (relative to
/// the text's length). Was 10 (a word first seen in the middle kept 1.17 of 2); with the word
/// length weight, 0, 1, 3, 5, 10 and 30 tried on the even halves, 1 kept (EVALUATION.md): the
/// lead bonus above already carries most of what position says.
const POSITION_DECAY: f64 = 1.0;
/// From how many words a text is long enough that phrases occurring once are capped
/// ([`candidates`]): War and Peace has 570,000, a long report 20,000.
const LONG_TEXT_TOKENS: usize = 100_000;
/// How many phrases that occur once a long text keeps as candidates.
const ONCE_KEPT: usize = 20_000;
/// Occurrences read to choose a phrase's written form.
const SURFACE_SAMPLE: usize = 200;

struct Candidate {
    /// Words (1 to 4) and occurrences: u32, so that a candidate takes 16 bytes (the map
    /// holds one per distinct phrase, the largest structure of a long text's analysis).
    len: u32,
    count: u32,
    /// Its first and last occurrence in [`Occurrences`] (a list linked through it: one
    /// shared vector, not one per candidate, since most candidates occur once).
    head: u32,
    tail: u32,
}

/// Every candidate phrase: single words in a dense vector by stem id (most candidates of a
/// long text are single words, and a vector takes 16 bytes a stem where a map took 33 a
/// word), longer phrases in a map by their stem key.
#[derive(Default)]
struct Candidates {
    /// By stem id; `count` 0 where the stem is no candidate.
    words: Vec<Candidate>,
    phrases: HashMap<Key, Candidate>,
}

impl Candidates {
    /// The candidate of `key` (`len` words), new (count 0) if it was none.
    fn entry(&mut self, key: &Key, len: u32) -> &mut Candidate {
        let new = Candidate {
            len,
            count: 0,
            head: 0,
            tail: 0,
        };
        if len == 1 {
            let stem = key[0] as usize;
            if self.words.len() <= stem {
                self.words
                    .resize_with(stem + 1, || Candidate { len: 1, ..new });
            }
            &mut self.words[stem]
        } else {
            self.phrases.entry(*key).or_insert(new)
        }
    }

    /// The candidate of a key that [`Candidates::iter`] gave.
    fn get(&self, key: &Key) -> &Candidate {
        if key[1] == u32::MAX {
            &self.words[key[0] as usize]
        } else {
            &self.phrases[key]
        }
    }

    /// Every candidate with its key.
    fn iter(&self) -> impl Iterator<Item = (Key, &Candidate)> + '_ {
        let words = (self.words.iter().enumerate())
            .filter(|(_, c)| c.count > 0)
            .map(|(stem, c)| {
                let mut key = [u32::MAX; MAX_WORDS];
                key[0] = stem as u32;
                (key, c)
            });
        words.chain(self.phrases.iter().map(|(k, c)| (*k, c)))
    }

    fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

/// Every occurrence of every candidate: (index of the first token in `Tokens::tokens`, index
/// of the candidate's next occurrence or `u32::MAX`). The sentence is not kept: the token
/// tells it ([`Tokens::sentence_of`]), and 8 bytes an occurrence are a third less than 12.
#[derive(Default)]
struct Occurrences(Vec<(u32, u32)>);

impl Occurrences {
    /// Adds an occurrence to `c` (new when `c.count` is 0).
    fn push(&mut self, c: &mut Candidate, token: u32) {
        let at = self.0.len() as u32;
        self.0.push((token, u32::MAX));
        if c.count == 0 {
            c.head = at;
        } else {
            self.0[c.tail as usize].1 = at;
        }
        c.tail = at;
        c.count += 1;
    }

    /// The first token of each occurrence of `c`, in text order.
    fn of<'o>(&'o self, c: &Candidate) -> impl Iterator<Item = usize> + 'o {
        let mut at = if c.count == 0 { u32::MAX } else { c.head };
        std::iter::from_fn(move || {
            let &(token, next) = self.0.get(at as usize)?;
            at = next;
            Some(token as usize)
        })
    }
}

/// A scored phrase before output.
struct Scored {
    key: Key,
    len: usize,
    score: f64,
}

/// Part-of-speech flags of a token; a capital inside a sentence marks a name, which has none.
fn pos(t: &Token, sentence_initial: bool) -> Flags {
    if t.has(CAPITALIZED) && !sentence_initial {
        Flags::NONE
    } else {
        t.flags & (VERB | MODIFIER | ADVERB | GERUND)
    }
}

/// How the words of a text are written: with spaces, or without (Chinese and Japanese, where
/// every character is a word and a phrase is two characters or more).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spacing {
    Spaced,
    Unspaced,
}

fn can_edge(t: &Token, lower: &str, initial: bool, spacing: Spacing) -> bool {
    let short = spacing == Spacing::Spaced && lower.chars().count() < 2;
    if t.flags.has(STOP | FUNCTION | WEAK | NUMERIC | CUE_VERB) || short {
        return false;
    }
    if pos(t, initial).has(VERB) {
        return false;
    }
    // Adverbs make poor edges ("actively", "closely").
    !(lower.len() > 4 && lower.ends_with("ly"))
}

fn can_end(t: &Token, lower: &str, initial: bool, alone: bool, spacing: Spacing) -> bool {
    // A phrase ends on its head noun: not on an adjective or adverb ("classical"), nor on a
    // verb's -ing form unless it has modifiers ("machine learning", not "shaking").
    let p = pos(t, initial);
    if p.has(MODIFIER | ADVERB) || (alone && (p.has(GERUND) || t.has(GENERIC))) {
        return false;
    }
    // A past form at the end is mostly a verb ("the party committee decided").
    can_edge(t, lower, initial, spacing)
        && (t.has(CAPITALIZED) || !(lower.len() > 4 && lower.ends_with("ed")))
        && !lower.ends_with('\'')
        && !lower.ends_with("'s")
}

/// Key phrases and themes of the text.
pub(crate) fn extract(
    text: &str,
    tokens: &Tokens,
    max_keyphrases: usize,
    max_themes: usize,
    phrase_words: usize,
    spacing: Spacing,
) -> (Vec<Keyphrase>, Vec<Theme>) {
    let words = phrase_words.clamp(1, MAX_WORDS);
    let (candidates, occurrences, covered) = candidates(tokens, words, spacing);
    if candidates.is_empty() || (max_keyphrases == 0 && max_themes == 0) {
        return (Vec::new(), Vec::new());
    }
    let keep = max_keyphrases.max(max_themes * 3).max(1);
    let scored = rank(tokens, &candidates, &occurrences, &covered, keep);
    let top: Vec<&Scored> = scored.iter().take(keep).collect();
    let phrases: Vec<Keyphrase> = top
        .iter()
        .map(|s| {
            let c = candidates.get(&s.key);
            let mut sentences: Vec<usize> =
                occurrences.of(c).map(|t| tokens.sentence_of(t)).collect();
            sentences.dedup();
            Keyphrase {
                text: surface(text, tokens, occurrences.of(c), s.len),
                score: s.score,
                count: c.count as usize,
                sentences,
            }
        })
        .collect();
    let themes = group(&top, &phrases, max_themes);
    let mut keyphrases = phrases;
    keyphrases.truncate(max_keyphrases);
    (keyphrases, themes)
}

/// A title before a name ("Sen. John McCain", "Judge Jacobus Annandale") is no part of a
/// phrase: the name is.
fn is_title(sent: &[Token], k: usize) -> bool {
    sent[k].has(TITLE)
        && sent[k].has(CAPITALIZED)
        && sent.get(k + 1).is_some_and(|u| u.has(CAPITALIZED))
}

/// Whether a phrase may start at token `i` of the sentence.
fn may_start(tokens: &Tokens, sent: &[Token], i: usize, spacing: Spacing) -> bool {
    let first = &sent[i];
    if first.has(JOINED)
        || is_title(sent, i)
        || !can_edge(first, tokens.vocab.word(first.word), i == 0, spacing)
    {
        return false;
    }
    // Never start inside a name ("Jinping" of "Xi Jinping").
    let inside_name = i > 0
        && first.has(CAPITALIZED)
        && !first.has(BREAK_BEFORE)
        && sent[i - 1].has(CAPITALIZED)
        && !sent[i - 1].has(STOP)
        && !is_title(sent, i - 1);
    !inside_name
}

/// Whether token `j`, the word after `n` words (`n > 0`) of a phrase starting at `i`, may
/// continue it.
fn may_extend(tokens: &Tokens, sent: &[Token], i: usize, j: usize, n: usize) -> bool {
    let t = &sent[j];
    // "Ministry of Health", "Bank of England": "of" between capitalised words inside a name.
    let of_in_name = tokens.vocab.word(t.word) == "of"
        && !t.flags.has(BREAK_BEFORE)
        && sent[j - 1].has(CAPITALIZED)
        && sent
            .get(j + 1)
            .is_some_and(|u| u.has(CAPITALIZED) && !u.flags.has(BREAK_BEFORE | STOP));
    if t.has(SYMBOL_BEFORE) || !of_in_name && t.flags.has(BREAK_BEFORE | STOP | FUNCTION | CUE_VERB)
    {
        return false;
    }
    // No finite verb inside a phrase.
    if pos(t, false).has(VERB) {
        return false;
    }
    let prev = &sent[j - 1];
    // Common words before a name describe it ("actress Luisana Lopilato", "co-founder Larry
    // Page"): the name alone is the phrase. Nor does a phrase run on past a possessive ("San
    // Francisco's payroll tax"). (Not after the "of" of a name, the only "of" a phrase
    // takes: "Ministry of Health".)
    let prev_word = tokens.vocab.word(prev.word);
    let of_name = prev_word == "of";
    let into_name = t.has(CAPITALIZED) && !prev.has(CAPITALIZED) && !of_name;
    let past_possessive = prev_word.ends_with("'s");
    // "David Simelane listening to": an -ing form after a name of two words is its verb
    // ("Hebbian learning", "XY cutting" are terms).
    let verb_of_name = j >= 2
        && prev.has(CAPITALIZED)
        && sent[j - 2].has(CAPITALIZED)
        && pos(t, false).has(GERUND);
    // "prosecutors investigating": an -ing verb after a plural noun is its reduced relative
    // clause; "distributing illegal drugs": a phrase does not open with a verb's -ing form
    // ("training camp" is a noun).
    let plural = !(prev.has(CAPITALIZED) && j > 1)
        && prev_word.len() > 3
        && prev_word.ends_with('s')
        && !prev_word.ends_with("ss");
    let gerund = pos(t, false).has(GERUND);
    let opens_with_gerund = n == 1 && pos(&sent[i], i == 0).has(GERUND);
    !(gerund && plural || opens_with_gerund)
        && !(into_name || past_possessive || verb_of_name || is_title(sent, j))
}

/// Whether a phrase may end at token `j` (its `n + 1`-th word).
fn may_end(tokens: &Tokens, sent: &[Token], j: usize, n: usize, spacing: Spacing) -> bool {
    let t = &sent[j];
    // Never end inside a name ("Party Central" of "Party Central Committee").
    let next = sent.get(j + 1);
    let next_joined = next.is_some_and(|t| t.has(JOINED));
    let name_goes_on = t.has(CAPITALIZED)
        && next.is_some_and(|u| u.has(CAPITALIZED) && !u.flags.has(STOP | BREAK_BEFORE));
    let word = tokens.vocab.word(t.word);
    // Unspaced: one character alone is no phrase (a katakana word is one token of several).
    let one_character = spacing == Spacing::Unspaced && n == 0 && word.chars().count() < 2;
    !(next_joined || name_goes_on || one_character || !can_end(t, word, j == 0, n == 0, spacing))
}

/// One place a candidate phrase occurs.
struct Place {
    /// Words after the first (0 for a single word).
    n: usize,
    /// Its first and last token, indices into `Tokens::tokens`.
    first: usize,
    last: usize,
    /// Whether it holds a stem that occurs once in the text (long texts only).
    occurs_once: bool,
}

/// Where candidate phrases end, for each token where one starts: bit `n` set when the
/// phrase of `n + 1` words from there is a candidate (0 where none starts). One byte a token,
/// so that a long text, walked twice ([`candidates`]), decides each place once.
fn phrase_ends(tokens: &Tokens, max_words: usize, spacing: Spacing) -> Vec<u8> {
    let mut ends = vec![0u8; tokens.tokens.len()];
    for range in &tokens.ranges {
        let sent = &tokens.tokens[range.clone()];
        for i in 0..sent.len() {
            if !may_start(tokens, sent, i, spacing) {
                continue;
            }
            for n in 0..max_words.min(sent.len() - i) {
                let j = i + n;
                if n > 0 && !may_extend(tokens, sent, i, j, n) {
                    break;
                }
                if may_end(tokens, sent, j, n, spacing) {
                    ends[range.start + i] |= 1 << n;
                }
            }
        }
    }
    ends
}

/// Walks every candidate phrase of the text ([`phrase_ends`]), in text order.
fn walk(tokens: &Tokens, ends: &[u8], once: &[bool], mut visit: impl FnMut(&Key, Place)) {
    for range in &tokens.ranges {
        for first in range.clone() {
            let mask = ends[first];
            if mask == 0 {
                continue;
            }
            let mut key: Key = [u32::MAX; MAX_WORDS];
            let mut occurs_once = false;
            // Bit n set means the phrase reaches n + 1 words: every word up to there is read.
            for n in 0..(8 - mask.leading_zeros() as usize) {
                let stem = tokens.tokens[first + n].stem;
                key[n] = stem;
                occurs_once |= once.get(stem as usize) == Some(&true);
                if mask & (1 << n) != 0 {
                    let last = first + n;
                    visit(
                        &key,
                        Place {
                            n,
                            first,
                            last,
                            occurs_once,
                        },
                    );
                }
            }
        }
    }
}

/// Which phrases of a long text occur twice or more, as a Bloom-style sketch: two bit sets
/// ("seen", "seen again") probed at two places by a hash of the phrase. It never calls a
/// repeated phrase single; it takes a single one for repeated now and then (a few in a hundred
/// of them at 16 bits a token), which only keeps a candidate that an exact count would drop.
struct Repeats {
    seen: Vec<u64>,
    again: Vec<u64>,
    mask: u64,
}

impl Repeats {
    fn new(tokens: usize) -> Repeats {
        let bits = (tokens.max(1) * 16).next_power_of_two();
        Repeats {
            seen: vec![0; bits / 64],
            again: vec![0; bits / 64],
            mask: bits as u64 - 1,
        }
    }

    /// The two bit positions of a phrase: the low and high halves of its FxHash (the
    /// hasher of the vocabulary and of every map here).
    fn slots(&self, key: &Key) -> [usize; 2] {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        key.hash(&mut h);
        let h = h.finish();
        [(h & self.mask) as usize, ((h >> 32) & self.mask) as usize]
    }

    fn add(&mut self, key: &Key) {
        for slot in self.slots(key) {
            let (word, bit) = (slot / 64, 1u64 << (slot % 64));
            if self.seen[word] & bit != 0 {
                self.again[word] |= bit;
            }
            self.seen[word] |= bit;
        }
    }

    fn repeated(&self, key: &Key) -> bool {
        (self.slots(key).iter()).all(|&slot| self.again[slot / 64] & (1u64 << (slot % 64)) != 0)
    }
}

/// Every candidate phrase (stem key -> occurrences); and which tokens some phrase of two
/// words or more covers (a single word counts less where it is part of a longer candidate).
///
/// A long text (`LONG_TEXT_TOKENS` words or more) keeps at most `ONCE_KEPT` of its phrases
/// that hold a word occurring once, and at most `ONCE_KEPT` of the other phrases that occur
/// once (the first ones, in text order; a sketch tells them, [`Repeats`]): a phrase seen once
/// in a book ranks nowhere near its key phrases, and a book's single phrases were most of
/// the map (a 5 MB text of random words held 130 MB of candidates). The tokens a phrase not
/// stored covers are still marked, so every other score is as before.
fn candidates(
    tokens: &Tokens,
    max_words: usize,
    spacing: Spacing,
) -> (Candidates, Occurrences, Vec<bool>) {
    let mut map = Candidates {
        words: Vec::new(),
        phrases: HashMap::default(),
    };
    let mut occurrences = Occurrences::default();
    let mut covered = vec![false; tokens.tokens.len()];
    let long = tokens.tokens.len() >= LONG_TEXT_TOKENS;
    // Whether each stem occurs once in the text (long texts only).
    let once: Vec<bool> = if long {
        let mut seen = vec![0u8; tokens.vocab.stem_count()];
        for t in &tokens.tokens {
            let c = &mut seen[t.stem as usize];
            *c = c.saturating_add(1);
        }
        seen.into_iter().map(|c| c == 1).collect()
    } else {
        Vec::new()
    };
    let ends = phrase_ends(tokens, max_words, spacing);
    let repeats = long.then(|| {
        let mut r = Repeats::new(tokens.tokens.len());
        walk(tokens, &ends, &once, |key, _| r.add(key));
        r
    });
    let (mut once_kept, mut single_kept) = (0, 0);
    walk(tokens, &ends, &once, |key, at| {
        let Place {
            n,
            first,
            last,
            occurs_once,
        } = at;
        let budget = if occurs_once {
            Some(&mut once_kept)
        } else if repeats.as_ref().is_some_and(|r| !r.repeated(key)) {
            Some(&mut single_kept)
        } else {
            None
        };
        if let Some(kept) = budget {
            if *kept >= ONCE_KEPT {
                if n > 0 {
                    covered[first..=last].fill(true);
                }
                return;
            }
            *kept += 1;
        }
        let c = map.entry(key, (n + 1) as u32);
        occurrences.push(c, first as u32);
        if n > 0 {
            covered[first..=last].fill(true);
        }
    });
    (map, occurrences, covered)
}

/// Whether `inner` (of `inner_len` stems) occurs contiguously in `outer`.
fn contains(outer: &Key, outer_len: usize, inner: &Key, inner_len: usize) -> bool {
    inner_len <= outer_len
        && (0..=outer_len - inner_len).any(|o| outer[o..o + inner_len] == inner[..inner_len])
}

/// How many phrases the best `keep` are chosen from: a phrase is only dropped for a better
/// longer one it lies in ([`unsubsumed`]), and a phrase of `MAX_WORDS` words holds
/// `SUBPHRASES - 1` shorter ones, so the best `keep * SUBPHRASES` always hold the answer.
const SUBPHRASES: usize = MAX_WORDS * (MAX_WORDS + 1) / 2;

/// The order of scored phrases, best first; a total order (keys are unique), so that an
/// unstable sort and a selection give one answer.
fn better(a: &Scored, b: &Scored) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.len.cmp(&b.len))
        .then(a.key.cmp(&b.key))
}

/// Scores candidates and returns the best `keep` of them, subsumed phrases removed. Only
/// the best `keep * SUBPHRASES` scored phrases are held at a time (sorted and cut every time
/// twice as many have gathered), not one per candidate.
fn rank(
    tokens: &Tokens,
    candidates: &Candidates,
    occurrences: &Occurrences,
    covered: &[bool],
    keep: usize,
) -> Vec<Scored> {
    let salience = stem_salience(tokens);
    let salience = |stem: u32| salience.get(stem as usize).copied().unwrap_or(0.0);
    let max_count = candidates.iter().map(|(_, c)| c.count).max().unwrap_or(1) as f64;
    // The first token after the lead sentences.
    let lead_end = (tokens.ranges.get(LEAD_SENTENCES as usize)).map_or(usize::MAX, |r| r.start);
    let pool = keep.saturating_mul(SUBPHRASES).max(1);
    let mut scored: Vec<Scored> = Vec::new();
    for (key, c) in candidates.iter() {
        let mean = key[..c.len as usize]
            .iter()
            .map(|&s| salience(s))
            .sum::<f64>()
            / f64::from(c.len);
        // A single word counts fully where it stands alone, half where it is part of a
        // longer candidate ("control" of "optimal control"): the phrase says more.
        let count = if c.len == 1 {
            let free = (occurrences.of(c)).filter(|&t| !covered[t]).count() as f64;
            (free + INSIDE_WEIGHT * (c.count as f64 - free)).max(0.25)
        } else {
            c.count as f64
        };
        let freq = (count / max_count).sqrt();
        let length = 1.0 + 0.35 * (c.len as f64 - 1.0);
        // A phrase of the headline or first sentence is what the text is about.
        let in_lead = occurrences.of(c).next().is_some_and(|t| t < lead_end);
        let lead = if in_lead { LEAD_BONUS } else { 1.0 };
        scored.push(Scored {
            key,
            len: c.len as usize,
            score: freq * mean * length * lead,
        });
        if scored.len() >= pool.saturating_mul(2) {
            scored.sort_unstable_by(better);
            scored.truncate(pool);
        }
    }
    scored.sort_unstable_by(better);
    let mut kept = unsubsumed(scored, candidates, keep);
    let best = kept.first().map_or(1.0, |s| s.score);
    for s in &mut kept {
        s.score = relative(s.score, best);
    }
    kept
}

/// A score relative to the best one (0 to 1, four decimals).
fn relative(score: f64, best: f64) -> f64 {
    if best > 0.0 {
        round4(score / best)
    } else {
        0.0
    }
}

/// Salience of each stem (by stem id; 0 for stop words and numbers): frequency, first
/// position and length. Dense vectors by stem id, not maps: a text of many distinct words
/// keeps 8 bytes per stem.
fn stem_salience(tokens: &Tokens) -> Vec<f64> {
    // (occurrences, first sentence) by stem id.
    let mut stem_tf: Vec<(u32, u32)> = vec![(0, 0); tokens.vocab.stem_count()];
    for (si, range) in tokens.ranges.iter().enumerate() {
        for t in &tokens.tokens[range.clone()] {
            if !t.flags.has(STOP | NUMERIC) {
                let e = &mut stem_tf[t.stem as usize];
                if e.0 == 0 {
                    e.1 = si as u32;
                }
                e.0 = e.0.saturating_add(1);
            }
        }
    }
    let sentences = tokens.ranges.len().max(1) as f64;
    let max_tf = stem_tf
        .iter()
        .map(|v| v.0)
        .max()
        .filter(|&m| m > 0)
        .unwrap_or(1) as f64;
    (stem_tf.iter().enumerate())
        .map(|(stem, &(tf, first))| {
            if tf == 0 {
                return 0.0;
            }
            // From 2 in the first sentence to 1.5 in the last.
            let early = 1.0 + 1.0 / (1.0 + POSITION_DECAY * f64::from(first) / sentences);
            // Longer words are rarer and more specific (Zipf's law of abbreviation): a
            // stand-in for a corpus's document frequency that needs no word list.
            let chars =
                (tokens.vocab.stem(stem as u32).chars().count()).clamp(1, SPECIFIC_CHARS) as f64;
            (f64::from(tf) / max_tf).sqrt() * early * chars * chars.sqrt()
        })
        .collect()
}

/// The best `keep` of `scored` (best first), dropping a phrase that mostly occurs inside a
/// better-or-equal longer phrase.
fn unsubsumed(scored: Vec<Scored>, candidates: &Candidates, keep: usize) -> Vec<Scored> {
    let mut kept: Vec<Scored> = Vec::new();
    for s in scored {
        if kept.len() >= keep {
            break;
        }
        let count = candidates.get(&s.key).count;
        let subsumed = kept.iter().any(|k| {
            k.len > s.len
                && contains(&k.key, k.len, &s.key, s.len)
                && candidates.get(&k.key).count * 5 >= count * 4
        });
        if subsumed {
            continue;
        }
        kept.push(s);
    }
    kept
}

/// The most frequent written form of a phrase; a capital that only comes from standing
/// first in a sentence is lowered when the phrase also occurs in lowercase.
fn surface<'t>(
    text: &'t str,
    tokens: &Tokens,
    occurrences: impl Iterator<Item = usize>,
    len: usize,
) -> String {
    let mut forms: HashMap<&'t str, usize> = HashMap::default();
    let mut initial_forms: Vec<&'t str> = Vec::new();
    for ti in occurrences.take(SURFACE_SAMPLE) {
        let start = tokens.tokens[ti].start();
        let end = tokens.tokens[ti + len - 1].end();
        let form = &text[start..end];
        if tokens.ranges[tokens.sentence_of(ti)].start == ti {
            initial_forms.push(form);
        } else {
            *forms.entry(form).or_default() += 1;
        }
    }
    if forms.is_empty() {
        for f in initial_forms {
            *forms.entry(f).or_default() += 1;
        }
    }
    let mut best: Vec<(&str, usize)> = forms.into_iter().collect();
    best.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    best.first()
        .map(|b| b.0.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Groups phrases that share words into themes, best first.
fn group(top: &[&Scored], phrases: &[Keyphrase], max_themes: usize) -> Vec<Theme> {
    // Each theme: its seed (index into top) and members.
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, s) in top.iter().enumerate() {
        let home = groups.iter_mut().find(|(seed, _)| {
            let seed = top[*seed];
            // One contains the other, or they share the seed's head (its last word).
            contains(&s.key, s.len, &seed.key, seed.len)
                || contains(&seed.key, seed.len, &s.key, s.len)
                || s.key[..s.len].contains(&seed.key[seed.len - 1])
        });
        match home {
            Some((_, members)) => members.push(i),
            None => groups.push((i, vec![i])),
        }
    }
    let mut themes: Vec<Theme> = groups
        .into_iter()
        .map(|(seed, members)| {
            let score = members
                .iter()
                .map(|&m| {
                    if m == seed {
                        top[m].score
                    } else {
                        0.3 * top[m].score
                    }
                })
                .sum::<f64>();
            let mut sentences: Vec<usize> = members
                .iter()
                .flat_map(|&m| phrases[m].sentences.iter().copied())
                .collect();
            sentences.sort_unstable();
            sentences.dedup();
            Theme {
                label: phrases[seed].text.clone(),
                score,
                count: sentences.len(),
                phrases: members.iter().map(|&m| phrases[m].text.clone()).collect(),
                sentences,
            }
        })
        .collect();
    themes.sort_by(|a, b| b.score.total_cmp(&a.score));
    themes.truncate(max_themes);
    let best = themes.first().map_or(1.0, |t| t.score);
    for t in &mut themes {
        t.score = relative(t.score, best);
    }
    themes
}

#[cfg(test)]
mod markup_tests {
    #[test]
    fn no_key_phrase_runs_across_markup() {
        let a = crate::analyze("The **water** plan failed. The **water** plan was new.");
        let texts: Vec<&str> = a.keyphrases.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.iter().all(|t| !t.contains('*')), "{texts:?}");
        assert!(
            texts.contains(&"water") && texts.contains(&"plan"),
            "{texts:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::segment::segment;
    use crate::tokenize::tokenize;

    fn run(text: &str) -> (Vec<Keyphrase>, Vec<Theme>) {
        run_with(text, MAX_WORDS)
    }

    /// The sketch of repeated phrases: every phrase added twice is repeated, and most
    /// phrases added once are not.
    #[test]
    fn repeats_never_call_a_repeated_phrase_single() {
        let key = |k: u32| -> Key { [k, k / 3, u32::MAX, u32::MAX] };
        let mut r = Repeats::new(10_000);
        for k in 0..10_000 {
            r.add(&key(k));
        }
        for k in 0..2_000 {
            r.add(&key(k));
        }
        assert!((0..2_000).all(|k| r.repeated(&key(k))));
        let false_repeats = (2_000..10_000).filter(|&k| r.repeated(&key(k))).count();
        assert!(
            false_repeats < 800,
            "{false_repeats} of 8,000 singles taken for repeated"
        );
    }

    /// A long text keeps its repeated phrases whatever its single ones: a phrase repeated in
    /// the second half of 108,000 random words (of two syllables: each recurs, their pairs do
    /// not), once the budget of single phrases is spent.
    #[test]
    fn a_long_text_keeps_repeated_phrases_among_many_single_ones() {
        let mut seed = 7u64;
        let mut word = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let (c, v) = (b"bcdfghjklmnpqrstvwxz", b"aeiou");
            (0..2)
                .flat_map(|k| {
                    let x = (seed >> (20 + 8 * k)) as usize;
                    [c[x % 20] as char, v[(x / 20) % 5] as char]
                })
                .collect::<String>()
        };
        let mut text = String::new();
        for i in 0..12_000 {
            let words: Vec<String> = (0..9).map(|_| word()).collect();
            text.push_str(&words.join(" "));
            if i >= 6_000 && i % 40 == 0 {
                text.push_str(" and the glacier monitoring station");
            }
            text.push_str(". ");
        }
        let (phrases, _) = run(&text);
        assert!(phrases
            .iter()
            .any(|p| p.text == "glacier monitoring station"));
    }

    fn run_with(text: &str, phrase_words: usize) -> (Vec<Keyphrase>, Vec<Theme>) {
        let lang = Language::english();
        let segs = segment(text, &lang);
        let toks = tokenize(text, &segs, &lang);
        extract(text, &toks, 10, 5, phrase_words, Spacing::Spaced)
    }

    #[test]
    fn titles_before_names_and_verbs_after_them_are_no_part_of_a_phrase() {
        let text = "Sen. John McCain met Judge Jacobus Annandale. Judge Jacobus Annandale \
                    said David Simelane listening to the verdict was calm. Sen. John McCain \
                    left. Hebbian learning is a rule; Hebbian learning is old.";
        let (k, _) = run(text);
        let k: Vec<&str> = k.iter().map(|p| p.text.as_str()).collect();
        for want in [
            "John McCain",
            "Jacobus Annandale",
            "David Simelane",
            "Hebbian learning",
        ] {
            assert!(k.contains(&want), "{want:?} not in {k:?}");
        }
        for unwanted in ["Sen", "Judge Jacobus Annandale", "David Simelane listening"] {
            assert!(!k.contains(&unwanted), "{unwanted:?} in {k:?}");
        }
    }

    #[test]
    fn phrase_words_caps_the_length_of_key_phrases() {
        let text = "Trade unions met in Beijing. Trade unions want labour skills contests. \
                    The labour skills contests start in May, said Wang Dongming.";
        let words =
            |n| -> Vec<String> { run_with(text, n).0.into_iter().map(|k| k.text).collect() };
        let all = words(4);
        assert!(all.iter().any(|p| p.split(' ').count() > 1), "{all:?}");
        let single = words(1);
        assert!(!single.is_empty());
        assert!(single.iter().all(|p| !p.contains(' ')), "{single:?}");
        // A name of two words is no single-word keyword, nor is either half of it.
        assert!(
            !single.iter().any(|p| p == "Wang" || p == "Dongming"),
            "{single:?}"
        );
    }

    /// Asserts that `phrase` is among the key phrases of `text`.
    #[track_caller]
    fn assert_keyphrase(text: &str, phrase: &str) {
        let (k, _) = run(text);
        assert!(
            k.iter().any(|p| p.text == phrase),
            "{phrase:?} not in {:?}",
            k.iter().map(|p| &p.text).collect::<Vec<_>>()
        );
    }

    const TEXT: &str = "Trade unions met in Beijing. The trade union leaders said trade unions \
        must grow. Trade union work matters. Trade union cadres were trained.";

    #[test]
    fn case_and_plural_variants_merge() {
        let (k, _) = run(TEXT);
        let trade: Vec<&Keyphrase> = k
            .iter()
            .filter(|p| p.text.to_lowercase().starts_with("trade union"))
            .collect();
        let merged = trade
            .iter()
            .find(|p| p.count == 5)
            .expect("one phrase for 5 mentions");
        assert_eq!(merged.sentences, vec![0, 1, 2, 3]);
        assert_keyphrase(TEXT, "Trade union cadres");
    }

    #[test]
    fn no_stop_or_weak_word_at_the_edges() {
        let (k, _) = run(TEXT);
        for p in &k {
            let first = p.text.split_whitespace().next().unwrap().to_lowercase();
            assert!(
                !["the", "said", "must"].contains(&first.as_str()),
                "{}",
                p.text
            );
        }
    }

    #[test]
    fn themes_group_phrases_that_share_words() {
        let (_, t) = run(TEXT);
        let theme = &t[0];
        assert!(theme.label.to_lowercase().starts_with("trade union"));
        assert!(theme.phrases.len() >= 2, "{:?}", theme.phrases);
        assert_eq!(theme.count, theme.sentences.len());
    }

    #[test]
    fn phrases_end_on_a_noun_and_hold_no_verb() {
        let text = "The classical symbol systems provide causal explanations. Classical symbol \
            systems are shaking. The systems imply classical rules.";
        let (k, _) = run(text);
        let texts: Vec<String> = k.iter().map(|p| p.text.to_lowercase()).collect();
        assert!(
            texts.contains(&"classical symbol systems".to_string()),
            "{texts:?}"
        );
        for bad in [
            "classical",
            "shaking",
            "provide causal explanations",
            "systems imply",
        ] {
            assert!(!texts.contains(&bad.to_string()), "{bad:?} in {texts:?}");
        }
        for p in &texts {
            assert!(!p.contains("provide") && !p.contains("imply"), "{p:?}");
        }
    }

    #[test]
    fn phrases_do_not_end_inside_a_name() {
        let text = "The Party Central Committee met. The Party Central Committee spoke. \
            Delegates of the Party Central Committee left.";
        let (k, _) = run(text);
        assert!(k.iter().any(|p| p.text == "Party Central Committee"));
        assert!(!k
            .iter()
            .any(|p| p.text == "Party Central" || p.text == "Party"));
    }

    #[test]
    fn a_headline_phrase_outranks_a_more_frequent_later_one() {
        let text = "Flood barriers rise. Officials met. Officials spoke. Officials left. \
            Flood barriers held. Harbour walls failed. Harbour walls broke. Harbour walls fell. \
            Harbour walls stood.";
        let (k, _) = run(text);
        let rank = |p: &str| k.iter().position(|x| x.text.eq_ignore_ascii_case(p));
        assert!(rank("flood barriers") < rank("harbour walls"), "{k:?}");
    }

    #[test]
    fn a_generic_noun_is_no_phrase_alone_but_heads_one() {
        let (k, _) = run("The system failed. The system restarted. Control system engineers met.");
        assert!(k
            .iter()
            .any(|p| p.text.to_lowercase().starts_with("control system")));
        assert!(
            !k.iter().any(|p| p.text.to_lowercase() == "system"),
            "{k:?}"
        );
    }

    #[test]
    fn a_word_mostly_inside_longer_phrases_yields_to_a_free_standing_one() {
        // Stems of one length ("flow", "valv"): word length weighs in salience.
        let text = "Engineers met. Work began. Optimal flow worked. The valve leaked. \
            Optimal flow failed. A valve broke. Adaptive flow helped. The valve held.";
        let (k, _) = run(text);
        let rank = |p: &str| k.iter().position(|x| x.text.eq_ignore_ascii_case(p));
        assert!(rank("valve") < rank("flow"), "{k:?}");
    }

    #[test]
    fn of_two_words_as_frequent_and_as_early_the_longer_ranks_first() {
        let text = "Tax and pensions changed. Tax and pensions grew. Tax and pensions held.";
        let (k, _) = run(text);
        let rank = |p: &str| k.iter().position(|x| x.text.eq_ignore_ascii_case(p));
        assert!(rank("pensions") < rank("tax"), "{k:?}");
    }

    #[test]
    fn ing_verbs_open_no_phrase_and_do_not_follow_a_plural_noun() {
        let text = "Prosecutors investigating the fraud met. Prosecutors investigating banks \
            spoke. Distributing illegal drugs is a crime. Distributing illegal drugs grew. \
            Following complaints, the channel apologised. Following complaints, it waited.";
        let (k, _) = run(text);
        let texts: Vec<String> = k.iter().map(|p| p.text.to_lowercase()).collect();
        assert!(texts.contains(&"prosecutors".to_string()), "{texts:?}");
        assert!(texts.contains(&"illegal drugs".to_string()), "{texts:?}");
        for bad in [
            "prosecutors investigating",
            "distributing illegal drugs",
            "following complaints",
        ] {
            assert!(!texts.contains(&bad.to_string()), "{bad}: {texts:?}");
        }
    }

    #[test]
    fn of_inside_a_name_is_part_of_the_phrase() {
        let text = "The Bank of England raised rates. Markets expected the Bank of England to \
            wait. The Ministry of Health agreed with the Bank of England.";
        let (k, _) = run(text);
        let texts: Vec<String> = k.iter().map(|p| p.text.clone()).collect();
        assert!(texts.contains(&"Bank of England".to_string()), "{texts:?}");
        assert!(
            texts.contains(&"Ministry of Health".to_string()),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.ends_with(" of")), "{texts:?}");
    }

    #[test]
    fn descriptions_before_names_and_possessives_end_phrases() {
        let text =
            "Pop star actress Luisana Lopilato married. The actress Luisana Lopilato smiled. \
            San Francisco's payroll tax rose. San Francisco's payroll tax fell.";
        let (k, _) = run(text);
        let texts: Vec<String> = k.iter().map(|p| p.text.to_lowercase()).collect();
        assert!(texts.contains(&"luisana lopilato".to_string()), "{texts:?}");
        assert!(texts.contains(&"payroll tax".to_string()), "{texts:?}");
        for p in &texts {
            assert!(
                !p.contains("actress luisana") && !p.contains("'s payroll"),
                "{p}"
            );
        }
    }

    #[test]
    fn empty_and_stop_word_only_text() {
        assert!(run("").0.is_empty());
        assert!(run("the and of it is").0.is_empty());
    }
}
