//! What the sentence scorer knows of each sentence: a few numbers (each 0 to 1) computed in
//! one pass over the sentences, named so that the learned weights (`model.rs`) and the
//! reasons a summary sentence gives ("opens the text", "central to the text") refer to them.
//! Nothing here is tuned: the weights are learned (`nutshell-eval train`).

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::SentenceKind;
use crate::flags::{CAPITALIZED, NUMERIC, SPEAKER_PRONOUNS, STOP};
use crate::lang::Language;
use crate::segment::Segment;
use crate::tokenize::{Token, Tokens};

/// One named feature: its place in a row and what it measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Feature {
    /// 1 / sqrt(1 + the sentence's place among the body sentences): the lead of news.
    Lead,
    /// The first body sentence.
    First,
    /// One of the first three body sentences.
    TopThree,
    /// The second body sentence.
    Second,
    /// The third body sentence.
    Third,
    /// Place among the body sentences, 0 (first) to 1 (last).
    Relative,
    /// The first sentence of a paragraph, in a text of several paragraphs.
    ParagraphStart,
    /// Cosine with the text's centroid, divided by the highest in the text.
    Central,
    /// Share of the headline's content words the sentence has (0 without a headline).
    Headline,
    /// Share of the first body sentence's content words the sentence has (0 for that one).
    Opening,
    /// Share of the text's ten most frequent content words the sentence has.
    Keywords,
    /// Mean frequency in the text of the sentence's content words, over the highest
    /// (SumBasic's word probability), damped below 6 content words.
    Frequency,
    /// Share of the sentence's word pairs that occur again elsewhere in the text (recurring
    /// names and phrases: "South Korea", "interest rates"), damped below 6 content words.
    Pairs,
    /// Cosine of the counts of its word pairs ([`pair`]) with those of the rest of the
    /// body: what it shares with the other sentences, not with itself. In Chinese and
    /// Japanese, where each character is a word, its pairs of characters stand for its
    /// words. (Learned for Chinese only: the English weight sets leave it out.)
    Rest,
    /// Words, over 40 (1 at 40 or more).
    Words,
    /// Content words, over 25 (1 at 25 or more).
    Length,
    /// Fewer than 6 content words.
    Short,
    /// More than 40 words.
    Long,
    /// The sentence holds a quotation mark.
    Quote,
    /// The sentence holds a number.
    Number,
    /// Share of its words that are capitalised inside the sentence (names).
    Names,
    /// It opens with a pronoun that points back ("He", "She", "They").
    Pronoun,
    /// It ends with a question mark.
    Question,
    /// It ends without a sentence end (a caption, a fragment).
    Unfinished,
    /// A list item.
    Item,
}

/// The features in row order.
pub(crate) const FEATURES: [Feature; 25] = [
    Feature::Lead,
    Feature::First,
    Feature::TopThree,
    Feature::Second,
    Feature::Third,
    Feature::Relative,
    Feature::ParagraphStart,
    Feature::Central,
    Feature::Headline,
    Feature::Opening,
    Feature::Keywords,
    Feature::Frequency,
    Feature::Pairs,
    Feature::Rest,
    Feature::Words,
    Feature::Length,
    Feature::Short,
    Feature::Long,
    Feature::Quote,
    Feature::Number,
    Feature::Names,
    Feature::Pronoun,
    Feature::Question,
    Feature::Unfinished,
    Feature::Item,
];

/// How many features a row has.
pub(crate) const N: usize = FEATURES.len();

/// One sentence's features, in the order of [`FEATURES`].
pub(crate) type Row = [f64; N];

impl Feature {
    /// Its name in the model file and the training output.
    pub fn name(self) -> &'static str {
        match self {
            Feature::Lead => "lead",
            Feature::First => "first",
            Feature::TopThree => "top-three",
            Feature::Second => "second",
            Feature::Third => "third",
            Feature::Relative => "relative",
            Feature::ParagraphStart => "paragraph-start",
            Feature::Central => "central",
            Feature::Headline => "headline",
            Feature::Opening => "opening",
            Feature::Keywords => "keywords",
            Feature::Frequency => "frequency",
            Feature::Pairs => "pairs",
            Feature::Rest => "rest",
            Feature::Words => "words",
            Feature::Length => "length",
            Feature::Short => "short",
            Feature::Long => "long",
            Feature::Quote => "quote",
            Feature::Number => "number",
            Feature::Names => "names",
            Feature::Pronoun => "pronoun",
            Feature::Question => "question",
            Feature::Unfinished => "unfinished",
            Feature::Item => "item",
        }
    }

    /// Whether it says where the sentence stands (left out of the coverage weights: long
    /// texts, long summaries).
    pub fn is_position(self) -> bool {
        matches!(
            self,
            Feature::Lead
                | Feature::First
                | Feature::TopThree
                | Feature::Second
                | Feature::Third
                | Feature::Relative
                | Feature::ParagraphStart
        )
    }

    /// Its place in a row: the variants are declared in row order (a test checks it).
    pub fn at(self) -> usize {
        self as usize
    }
}

/// What kind of text is read, from its length: the weights of the lead are right for news
/// and wrong for a book.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// A report, an article, a statement: the lead carries the gist.
    News,
    /// A long text (a book, a long report): where a sentence stands says little.
    Long,
}

/// Texts of more body sentences than this are read as [`TextKind::Long`] (a news story has
/// 10 to 80; War and Peace has 30,000).
pub(crate) const LONG_TEXT_SENTENCES: usize = 250;

impl TextKind {
    pub fn name(self) -> &'static str {
        match self {
            TextKind::News => "news",
            TextKind::Long => "long",
        }
    }
}

/// The inputs the rows are computed from, besides the text: each sentence's distinct content
/// stems (sorted) and its cosine with the centroid.
pub(crate) struct Inputs<'a> {
    pub text: &'a str,
    pub segments: &'a [Segment],
    pub tokens: &'a Tokens,
    pub lang: &'a Language,
    pub stems_of: &'a super::Stems,
    pub centrality: &'a [f64],
    /// How often each content stem occurs in the text, by stem id (0 for other stems).
    pub tf: &'a [u32],
}

/// How many of the most frequent content words make the text's keywords.
const KEYWORDS: usize = 10;

/// Whether `s` holds a quotation mark: `"`, or one of “ ” „ « » (whose UTF-8 forms start
/// with the bytes E2 or C2, which the byte scan looks for first).
fn has_quote(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        b'"' => true,
        0xE2 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C..=0x9E])),
        0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
        _ => false,
    })
}

/// The [`KEYWORDS`] most frequent stems, sorted by id: one pass that keeps the best few in a
/// small sorted list. Ties go to the stem first seen later in the text (the higher id):
/// on the fit part of news_dev, one-sentence summaries score ROUGE-1 19.86 against 19.75 with
/// the earlier stem.
fn keywords(tf: &[u32]) -> Vec<u32> {
    let mut best: Vec<(u32, u32)> = Vec::with_capacity(KEYWORDS + 1); // (count, stem)
    let better = |a: (u32, u32), b: (u32, u32)| a.0 > b.0 || (a.0 == b.0 && a.1 > b.1);
    for (stem, &count) in (0u32..).zip(tf).filter(|e| *e.1 > 0) {
        let at = best
            .iter()
            .take_while(|&&b| !better((count, stem), b))
            .count();
        if at < KEYWORDS {
            best.insert(at, (count, stem));
            best.truncate(KEYWORDS);
        }
    }
    let mut stems: Vec<u32> = best.into_iter().map(|(_, s)| s).collect();
    stems.sort_unstable();
    stems
}

/// Share of the sorted stems `of` that `sentence` (sorted) has too.
fn share(sentence: &[u32], of: &[u32]) -> f64 {
    if of.is_empty() {
        return 0.0;
    }
    let shared = sentence
        .iter()
        .filter(|s| of.binary_search(s).is_ok())
        .count();
    shared as f64 / of.len() as f64
}

/// What [`rows`] reads of a text besides the rows.
pub(crate) struct Read {
    pub kind: TextKind,
    /// Content words of the headline and of the first body sentence.
    pub headline_words: usize,
    pub opening_words: usize,
}

/// The kind of a text of `body` sentences (not headings).
pub(crate) fn kind_of(body: usize) -> TextKind {
    // Quoted speech is no cue: 15 % of the CNN stories have a quotation mark in half their
    // sentences.
    if body > LONG_TEXT_SENTENCES {
        TextKind::Long
    } else {
        TextKind::News
    }
}

/// The body sentences (not headings) of a text.
fn body_of(segs: &[Segment]) -> Vec<usize> {
    (0..segs.len())
        .filter(|&i| segs[i].kind != SentenceKind::Heading)
        .collect()
}

/// What every row of a text reads besides its own sentence: computed once, before the rows.
struct Whole<'a> {
    /// The body sentences (not headings), in text order.
    body: Vec<usize>,
    /// The stems of the headline (a heading among the first three sentences) and of the
    /// first body sentence.
    title: Option<&'a [u32]>,
    opening: Option<&'a [u32]>,
    max_central: f64,
    paragraphs: usize,
    keywords: Vec<u32>,
    max_tf: f64,
    /// Word pairs ([`pair`]) and how often each occurs in the body.
    pairs: HashMap<u32, u32>,
    /// The sum of the squares of those counts.
    pairs_norm2: f64,
}

/// A pair of neighbouring words, keyed by a 32-bit hash of their two stems (the map type the
/// scorer already has; a collision, a few in a whole book, counts two pairs as one).
fn pair(a: &Token, b: &Token) -> u32 {
    a.stem.wrapping_mul(0x9E37_79B1).rotate_left(13) ^ b.stem
}

/// Whether two neighbouring words make a pair worth counting: not both stop words.
fn telling(w: &[Token]) -> bool {
    !(w[0].has(STOP) && w[1].has(STOP))
}

impl<'a> Whole<'a> {
    fn of(x: &Inputs<'a>) -> Whole<'a> {
        let segs = x.segments;
        let body = body_of(segs);
        let title = (0..segs.len().min(3))
            .find(|&i| segs[i].kind == SentenceKind::Heading)
            .map(|i| &x.stems_of[i]);
        let opening = body.first().map(|&i| &x.stems_of[i]);
        // Room for as many pairs as the body has (never a rehash, which holds two tables):
        // a slot a token held twice that in a text of short sentences (2.4 MB of 1 MB).
        let windows: usize = (body.iter())
            .map(|&i| x.tokens.of(i).windows(2).filter(|w| telling(w)).count())
            .sum();
        let mut pairs: HashMap<u32, u32> =
            HashMap::with_capacity_and_hasher(windows, Default::default());
        for &i in &body {
            for w in x.tokens.of(i).windows(2).filter(|w| telling(w)) {
                *pairs.entry(pair(&w[0], &w[1])).or_default() += 1;
            }
        }
        let pairs_norm2 = pairs.values().map(|&c| f64::from(c).powi(2)).sum();
        Whole {
            body,
            title,
            opening,
            max_central: x.centrality.iter().copied().fold(0.0, f64::max),
            paragraphs: segs.last().map_or(0, |s| s.paragraph + 1),
            keywords: keywords(x.tf),
            max_tf: f64::from(x.tf.iter().copied().max().filter(|&m| m > 0).unwrap_or(1)),
            pairs,
            pairs_norm2,
        }
    }
}

/// Of a sentence whose word pairs are `own` (sorted, one entry per occurrence): how many
/// of them occur elsewhere in the body too ([`Feature::Pairs`]), and [`Feature::Rest`]:
/// with `c` its count of a pair and `t` the body's, the cosine of `c` and `t - c` over all
/// pairs. One look-up per distinct pair.
fn pair_overlap(own: &[u32], whole: &Whole) -> (usize, f64) {
    let (mut again, mut dot, mut own2, mut rest2) = (0, 0.0, 0.0, whole.pairs_norm2);
    for run in own.chunk_by(|a, b| a == b) {
        let c = run.len() as f64;
        let t = whole.pairs.get(&run[0]).map_or(c, |&t| f64::from(t));
        if t > 1.0 {
            again += run.len();
        }
        dot += c * (t - c);
        own2 += c * c;
        rest2 -= t * t - (t - c) * (t - c);
    }
    let rest = if dot > 0.0 {
        dot / (own2 * rest2).sqrt()
    } else {
        0.0
    };
    (again, rest)
}

/// Every body sentence's row, handed to `each` in text order (a heading's row is zeros, and
/// not handed over): one row at a time, so that a text of many short sentences never holds
/// them all (24 numbers a sentence); and the kind of text. (`dyn`: one copy of this
/// function in the `.wasm` for its three callers.)
pub(crate) fn rows(x: &Inputs, each: &mut dyn FnMut(usize, &Row)) -> Read {
    let whole = Whole::of(x);
    let mut own = Vec::new();
    for (p, &i) in whole.body.iter().enumerate() {
        let mut r = [0.0; N];
        position(x, &whole, p, i, &mut r);
        words(x, &whole, i, &mut own, &mut r);
        each(i, &r);
    }
    Read {
        kind: kind_of(whole.body.len()),
        headline_words: whole.title.map_or(0, <[u32]>::len),
        opening_words: whole.opening.map_or(0, <[u32]>::len),
    }
}

/// The features of body sentence `i`, the `p`-th, that its place and its overlap with the
/// rest of the text give.
fn position(x: &Inputs, whole: &Whole, p: usize, i: usize, r: &mut Row) {
    let segs = x.segments;
    let seg = &segs[i];
    let last = whole.body.len().saturating_sub(1).max(1) as f64;
    let mut set = |f: Feature, v: f64| r[f.at()] = v;
    set(Feature::Lead, 1.0 / (1.0 + p as f64).sqrt());
    set(Feature::First, f64::from(u8::from(p == 0)));
    set(Feature::TopThree, f64::from(u8::from(p < 3)));
    set(Feature::Relative, p as f64 / last);
    let starts_paragraph =
        whole.paragraphs > 1 && (i == 0 || segs[i - 1].paragraph != seg.paragraph);
    set(
        Feature::ParagraphStart,
        f64::from(u8::from(starts_paragraph)),
    );
    if whole.max_central > 0.0 {
        set(Feature::Central, x.centrality[i] / whole.max_central);
    }
    if let Some(t) = whole.title {
        set(Feature::Headline, share(&x.stems_of[i], t));
    }
    if let Some(o) = whole.opening.filter(|_| p > 0) {
        set(Feature::Opening, share(&x.stems_of[i], o));
    }
    set(Feature::Second, f64::from(u8::from(p == 1)));
    set(Feature::Third, f64::from(u8::from(p == 2)));
    set(Feature::Keywords, share(&x.stems_of[i], &whole.keywords));
}

/// The features of body sentence `i` that its own words give: frequency, length, quotation,
/// numbers, names, its opening pronoun and its end (`own`: room for its word pairs).
fn words(x: &Inputs, whole: &Whole, i: usize, own: &mut Vec<u32>, r: &mut Row) {
    let seg = &x.segments[i];
    let text = x.text[seg.start..seg.end].trim_end();
    let toks = x.tokens.of(i);
    let content = x.stems_of[i].len();
    // Means over a sentence's words favour the shortest ("The Dying Whale."): the frequency
    // features count fully from 6 content words on.
    let damping = (content as f64 / 6.0).min(1.0);
    let names = toks
        .iter()
        .skip(1)
        .filter(|t| t.has(CAPITALIZED) && !t.has(STOP))
        .count();
    let pronoun = toks.first().is_some_and(|t| {
        x.lang
            .word_class(x.tokens.vocab.word(t.word))
            .has(SPEAKER_PRONOUNS)
    });
    let end = text
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .chars()
        .next_back();
    let mut set = |f: Feature, v: f64| r[f.at()] = v;
    if content > 0 {
        let sum: u32 = x.stems_of[i]
            .iter()
            .map(|&s| x.tf.get(s as usize).copied().unwrap_or(0))
            .sum();
        set(
            Feature::Frequency,
            f64::from(sum) / content as f64 / whole.max_tf * damping,
        );
    }
    set(Feature::Words, (toks.len() as f64 / 40.0).min(1.0));
    if toks.len() > 1 {
        own.clear();
        own.extend(
            (toks.windows(2))
                .filter(|w| telling(w))
                .map(|w| pair(&w[0], &w[1])),
        );
        own.sort_unstable();
        let (again, rest) = pair_overlap(own, whole);
        set(
            Feature::Pairs,
            again as f64 / (toks.len() - 1) as f64 * damping,
        );
        set(Feature::Rest, rest);
    }
    set(Feature::Length, (content as f64 / 25.0).min(1.0));
    set(Feature::Short, f64::from(u8::from(content < 6)));
    set(Feature::Long, f64::from(u8::from(toks.len() > 40)));
    set(Feature::Quote, f64::from(u8::from(has_quote(text))));
    let number = toks.iter().any(|t| t.has(NUMERIC));
    set(Feature::Number, f64::from(u8::from(number)));
    set(Feature::Names, names as f64 / toks.len().max(1) as f64);
    set(Feature::Pronoun, f64::from(u8::from(pronoun)));
    set(Feature::Question, f64::from(u8::from(end == Some('?'))));
    let finished = matches!(
        end,
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | ':' | ';')
    );
    set(Feature::Unfinished, f64::from(u8::from(!finished)));
    set(
        Feature::Item,
        f64::from(u8::from(seg.kind == SentenceKind::Item)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_the_most_frequent_stems() {
        let tf: Vec<u32> = (0..30).map(|s| 1 + s % 13).collect();
        // Counts 13 (stems 12, 25), 12 (11, 24), 11 (10, 23), 10 (9, 22), 9 (8, 21), 8 ...
        assert_eq!(keywords(&tf), vec![8, 9, 10, 11, 12, 21, 22, 23, 24, 25]);
    }

    #[test]
    fn quotation_marks_are_found() {
        for s in ["He said \"no\".", "“Yes”", "„Ja“", "«Oui»", "He said ” so"] {
            assert!(has_quote(s), "{s}");
        }
        for s in ["No quote – here…", "It’s fine", "€100"] {
            assert!(!has_quote(s), "{s}");
        }
    }

    #[test]
    fn features_have_distinct_names_and_places() {
        for (k, f) in FEATURES.iter().enumerate() {
            assert_eq!(f.at(), k);
            assert_eq!(FEATURES.iter().filter(|g| g.name() == f.name()).count(), 1);
        }
    }
}
