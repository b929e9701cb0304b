//! Sentence scoring and summary selection with redundancy control. Each sentence's features
//! (`features.rs`: where it stands, how central it is, what it shares with the headline ...)
//! are weighed by a pairwise logistic ranker learned from news with human summaries
//! (`model.rs`, written by `nutshell-eval train`): one weight set for a few sentences of news
//! (the lead counts), one for a one-sentence summary, one without the features of position
//! for long summaries and long texts; the features that weighed most are the sentence's
//! reasons. Linear in the
//! text: centrality is the cosine to the document's centroid, not an all-pairs graph, and
//! redundancy is checked against a bounded number of already chosen sentences.

use crate::analysis::{Reason, SentenceKind};
use crate::flags::{NUMERIC, STOP};
use crate::lang::Language;
use crate::options::Length;
use crate::segment::Segment;
use crate::tokenize::{Token, Tokens};

mod features;
mod model;
mod model_zh;

pub(crate) use features::{Feature, Row, TextKind, FEATURES};

/// A pairwise ranker's weights over a sentence's features: its log-odds are `weights · row`
/// (a ranking needs no bias).
///
/// Slices rather than arrays of [`features::N`], so that the trainer still builds after a
/// feature is added; a test checks that the model file has one weight per feature.
pub(crate) struct Model {
    pub weights: &'static [f64],
    /// Each feature's mean over the training sentences: a reason is a feature that lifts the
    /// sentence above the average one.
    pub means: &'static [f64],
}

impl Model {
    /// `weights · row`.
    pub fn logit(&self, row: &Row) -> f64 {
        self.weights.iter().zip(row).map(|(w, x)| w * x).sum()
    }
}

/// The `k`-th value of a model's list, 0 past its end.
fn weight(list: &[f64], k: usize) -> f64 {
    list.get(k).copied().unwrap_or(0.0)
}

/// Word budgets up to this many words ask for about one sentence.
const ONE_SENTENCE_WORDS: usize = 30;
/// The `NEWS` weights were fitted on summaries of up to 3 sentences; a summary of more than
/// this many sentences (or words) is chosen for coverage instead, where the lead is one
/// sentence among many.
const LEAD_SENTENCES: usize = 5;
const LEAD_WORDS: usize = 150;

/// The weights for a kind of text and a summary length (of a text of `body` sentences),
/// and their name: a summary of one sentence must stand for the whole text (the sentence
/// that covers most); a few sentences of news start from the lead; a long summary, or any
/// summary of a long text (a book), is chosen for what it covers, not where it stands.
/// Chinese has its own one-sentence weights (`model_zh.rs`): the English ones, fitted on
/// news whose first sentence went to the reference, pick the lead of a Chinese post less
/// often than they should.
fn model_for(
    kind: TextKind,
    length: Length,
    body: usize,
    lang: &Language,
) -> (&'static Model, &'static str) {
    let sentences = match length {
        Length::Sentences(n) => n,
        Length::Ratio(r) => (r * body as f64).ceil() as usize,
        Length::Words(w) if w <= ONE_SENTENCE_WORDS => 1,
        Length::Words(w) if w <= LEAD_WORDS => LEAD_SENTENCES,
        Length::Words(_) => LEAD_SENTENCES + 1,
    };
    match kind {
        TextKind::Long => (&model::COVERAGE, "coverage"),
        TextKind::News if sentences <= 1 && lang.code == "zh" => {
            (&model_zh::ZH_ONE, "one-sentence-zh")
        }
        TextKind::News if sentences <= 1 => (&model::ONE, "one-sentence"),
        TextKind::News if sentences <= LEAD_SENTENCES => (&model::NEWS, "news"),
        TextKind::News => (&model::COVERAGE, "coverage"),
    }
}

/// The `ONE` weights, for the trainer's comparison.
pub(crate) fn one_sentence_weights() -> &'static [f64] {
    model::ONE.weights
}

/// Two summary sentences more similar (cosine of their content words) than this are redundant.
pub(crate) const REDUNDANCY: f64 = 0.5;

/// At most this many chosen sentences are compared with a candidate for redundancy.
const REDUNDANCY_WINDOW: usize = 100;

/// A sparse sentence vector: (stem, weight) sorted by stem, and its Euclidean norm.
#[derive(Clone, Debug, Default)]
pub(crate) struct SparseVec {
    entries: Vec<(u32, f64)>,
    norm: f64,
}

impl SparseVec {
    fn new(mut entries: Vec<(u32, f64)>) -> SparseVec {
        // Stems are unique in a vector: an unstable sort gives the one order (and less code).
        entries.sort_unstable_by_key(|e| e.0);
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f64>().sqrt();
        SparseVec { entries, norm }
    }

    /// The weights by stem id, 0 for stems it lacks (ids below `stems`).
    fn dense(&self, stems: usize) -> Vec<f64> {
        let mut v = vec![0.0; stems];
        for &(s, w) in &self.entries {
            if let Some(x) = v.get_mut(s as usize) {
                *x = w;
            }
        }
        v
    }
}

/// A word that carries content: no stop word, no number, and more than one letter ("s",
/// "d" of a split contraction are not), unless the text is written without spaces, where
/// each Han or kana character is a word (`unspaced`: Chinese, Japanese).
fn is_content(t: &Token, tokens: &Tokens, unspaced: bool) -> bool {
    let word = tokens.vocab.word(t.word);
    !t.flags.has(STOP | NUMERIC) && (word.chars().count() > 1 || unspaced && !word.is_ascii())
}

/// Each sentence's vector of content stems weighted by inverse sentence frequency, kept as
/// its sorted stems and every stem's sentence count (the weights computed when read: 4 bytes
/// a stem of a sentence, where (stem, weight) pairs took 16), with its norm.
pub(crate) struct Vectors {
    stems_of: Stems,
    sf: Vec<u32>,
    norms: Vec<f64>,
    sentences: usize,
}

impl Vectors {
    fn new(stems_of: Stems, sf: Vec<u32>) -> Vectors {
        let mut v = Vectors {
            sentences: stems_of.len(),
            stems_of,
            sf,
            norms: Vec::new(),
        };
        v.norms = (0..v.stems_of.len())
            .map(|i| v.entries(i).map(|e| e.1 * e.1).sum::<f64>().sqrt())
            .collect();
        v
    }

    /// The inverse sentence frequency of a stem.
    fn weight(&self, stem: u32) -> f64 {
        ((self.sentences as f64 + 1.0) / f64::from(self.sf[stem as usize]))
            .ln()
            .max(0.05)
    }

    /// Sentence `i`'s (stem, weight) pairs, by stem.
    fn entries(&self, i: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.stems_of[i].iter().map(|&s| (s, self.weight(s)))
    }

    /// The cosine of sentence `i` with a vector given densely ([`SparseVec::dense`]) and its
    /// norm.
    fn cosine_dense(&self, i: usize, other: &[f64], other_norm: f64) -> f64 {
        if self.norms[i] == 0.0 || other_norm == 0.0 {
            return 0.0;
        }
        let mut dot = 0.0;
        for (s, w) in self.entries(i) {
            let o = other.get(s as usize).copied().unwrap_or(0.0);
            if o != 0.0 {
                dot += w * o;
            }
        }
        dot / (self.norms[i] * other_norm)
    }

    /// The cosine of sentences `i` and `j`.
    fn cosine(&self, i: usize, j: usize) -> f64 {
        if self.norms[i] == 0.0 || self.norms[j] == 0.0 {
            return 0.0;
        }
        let (a, b) = (&self.stems_of[i], &self.stems_of[j]);
        let (mut x, mut y, mut dot) = (0, 0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let w = self.weight(a[x]);
                    dot += w * w;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot / (self.norms[i] * self.norms[j])
    }
}

/// Scores of every sentence (0..1), their vectors, the feature rows of the best of them, and
/// the kind of text.
pub(crate) struct Scores {
    pub scores: Vec<f64>,
    vectors: Vectors,
    /// (sentence, row) of the best-scoring sentences, by sentence: enough for the reasons of
    /// any summary asked for ([`rows_kept`]); [`Scores::keep_rows`] adds others.
    rows: Vec<(usize, Row)>,
    /// What the rows are computed from, kept to compute more of them.
    centrality: Vec<f64>,
    tf: Vec<u32>,
    pub kind: TextKind,
    /// The weights used, and their name (`news`, `one-sentence`, `coverage`).
    model: &'static Model,
    pub model_name: &'static str,
    /// Content words of the headline and of the first body sentence (for the reasons).
    headline_words: usize,
    opening_words: usize,
}

/// How many rows a text keeps: twice the sentences its summary may take, and 32 more (fewer
/// in a shorter text). A summary sentence ranked below them, which redundancy or a word
/// budget can reach, has its row computed again ([`Scores::keep_rows`]).
fn rows_kept(length: Length, body: usize) -> usize {
    let asked = match length {
        Length::Sentences(n) => n,
        Length::Ratio(r) => (r * body as f64).ceil() as usize,
        Length::Words(w) => w,
    };
    asked.saturating_mul(2).saturating_add(32).min(body)
}

/// The rows of the `keep` best-scoring sentences, as they stream past: a binary heap of
/// (score, sentence, slot) with the worst kept at its root (the lower score; of equal scores,
/// the later sentence), the rows in slots beside it. Written out rather than `BinaryHeap` or
/// a selection, which would add their generic code to the `.wasm`.
struct Best {
    heap: Vec<(f64, usize, usize)>,
    rows: Vec<Row>,
    keep: usize,
}

impl Best {
    fn new(keep: usize) -> Best {
        Best {
            heap: Vec::with_capacity(keep),
            rows: Vec::with_capacity(keep),
            keep,
        }
    }

    /// Whether heap entry `a` is worse than `b`.
    fn worse(a: &(f64, usize, usize), b: &(f64, usize, usize)) -> bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 > b.1)
    }

    fn offer(&mut self, score: f64, sentence: usize, row: &Row) {
        if self.heap.len() < self.keep {
            self.rows.push(*row);
            self.heap.push((score, sentence, self.rows.len() - 1));
            let mut k = self.heap.len() - 1;
            while k > 0 && Best::worse(&self.heap[k], &self.heap[(k - 1) / 2]) {
                self.heap.swap(k, (k - 1) / 2);
                k = (k - 1) / 2;
            }
            return;
        }
        let candidate = (score, sentence, 0);
        if self.heap.is_empty() || !Best::worse(&self.heap[0], &candidate) {
            return;
        }
        let slot = self.heap[0].2;
        self.rows[slot] = *row;
        self.heap[0] = (score, sentence, slot);
        let mut k = 0;
        loop {
            let (l, r) = (2 * k + 1, 2 * k + 2);
            let mut w = k;
            if l < self.heap.len() && Best::worse(&self.heap[l], &self.heap[w]) {
                w = l;
            }
            if r < self.heap.len() && Best::worse(&self.heap[r], &self.heap[w]) {
                w = r;
            }
            if w == k {
                break;
            }
            self.heap.swap(k, w);
            k = w;
        }
    }

    /// (sentence, row) of the kept, by sentence.
    fn into_rows(self) -> Vec<(usize, Row)> {
        let mut rows: Vec<(usize, Row)> = (self.heap.iter())
            .map(|&(_, i, slot)| (i, self.rows[slot]))
            .collect();
        by_sentence(&mut rows);
        rows
    }
}

/// Orders (sentence, row) pairs by sentence.
fn by_sentence(rows: &mut [(usize, Row)]) {
    rows.sort_unstable_by_key(|r| r.0);
}

impl Scores {
    /// The row of sentence `i` (zeros for a heading or a row not kept).
    pub(crate) fn row(&self, i: usize) -> Row {
        self.rows
            .binary_search_by_key(&i, |r| r.0)
            .map_or([0.0; features::N], |k| self.rows[k].1)
    }

    /// Computes the rows of the sentences of `needed` that are not kept (one more pass over
    /// the text, in the rare case that a summary reaches that far down).
    pub(crate) fn keep_rows(
        &mut self,
        needed: &[usize],
        text: &str,
        segments: &[Segment],
        tokens: &Tokens,
        lang: &Language,
    ) {
        let missing = |i: &usize| {
            segments[*i].kind != SentenceKind::Heading
                && self.rows.binary_search_by_key(i, |r| r.0).is_err()
        };
        let mut wanted: Vec<usize> = needed.iter().copied().filter(missing).collect();
        if wanted.is_empty() {
            return;
        }
        wanted.sort_unstable();
        let mut more: Vec<(usize, Row)> = Vec::with_capacity(wanted.len());
        features::rows(
            &features::Inputs {
                text,
                segments,
                tokens,
                lang,
                stems_of: &self.vectors.stems_of,
                centrality: &self.centrality,
                tf: &self.tf,
            },
            &mut |i, row| {
                if wanted.binary_search(&i).is_ok() {
                    more.push((i, *row));
                }
            },
        );
        self.rows.extend(more);
        by_sentence(&mut self.rows);
    }

    /// Frees what the rows are computed from (the sentences' stems, centrality and
    /// frequencies): once the summary's rows are kept, only the scores and rows are read.
    /// [`Scores::keep_rows`] must not be called after.
    pub(crate) fn free_inputs(&mut self) {
        self.vectors = Vectors::new(Stems::default(), Vec::new());
        self.centrality = Vec::new();
        self.tf = Vec::new();
    }
}

/// Each sentence's distinct content stems (sorted), all in one vector (4 bytes a stem and 4
/// a sentence; a vector per sentence took 24 more, and an allocation): `stems[i]`.
#[derive(Default)]
pub(crate) struct Stems {
    /// Where each sentence's stems end in `stems`.
    ends: Vec<u32>,
    stems: Vec<u32>,
}

impl Stems {
    fn len(&self) -> usize {
        self.ends.len()
    }
}

impl std::ops::Index<usize> for Stems {
    type Output = [u32];
    fn index(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.stems[start..self.ends[i] as usize]
    }
}

/// Each sentence's distinct content stems, with the sentence frequency and the text
/// frequency of every content stem, by stem id (0 for other stems): dense vectors, 4 bytes a
/// stem, where maps took about 16 in a text of many distinct words.
fn stem_counts(n: usize, tokens: &Tokens, unspaced: bool) -> (Stems, Vec<u32>, Vec<u32>) {
    let mut sf = vec![0u32; tokens.vocab.stem_count()];
    let mut tf = vec![0u32; tokens.vocab.stem_count()];
    let mut all = Stems {
        ends: Vec::with_capacity(n),
        stems: Vec::new(),
    };
    let mut stems: Vec<u32> = Vec::new();
    for i in 0..n {
        stems.clear();
        stems.extend(
            (tokens.of(i).iter())
                .filter(|t| is_content(t, tokens, unspaced))
                .map(|t| t.stem),
        );
        for &s in &stems {
            tf[s as usize] += 1;
        }
        stems.sort_unstable();
        stems.dedup();
        for &s in &stems {
            sf[s as usize] += 1;
        }
        all.stems.extend_from_slice(&stems);
        // At most one stem a token, and tokens have u32 offsets.
        all.ends.push(all.stems.len() as u32);
    }
    all.stems.shrink_to_fit();
    (all, sf, tf)
}

/// Scores every sentence.
pub(crate) fn score(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    lang: &Language,
    length: Length,
) -> Scores {
    let n = segments.len();
    let (stems_of, sf, tf) = stem_counts(n, tokens, lang.unspaced);
    let vectors = Vectors::new(stems_of, sf);
    let centroid = SparseVec::new(
        (0u32..)
            .zip(&tf)
            .filter(|&(_, &c)| c >= 2 || n <= 3 && c > 0)
            .map(|(s, &c)| (s, f64::from(c) * vectors.weight(s)))
            .collect(),
    );
    // The centroid spread out by stem id: each sentence's cosine then costs its own length,
    // not the vocabulary's.
    let dense = centroid.dense(tokens.vocab.stem_count());
    let centrality: Vec<f64> = (0..n)
        .map(|i| vectors.cosine_dense(i, &dense, centroid.norm))
        .collect();
    drop(dense);
    let body = (segments.iter())
        .filter(|s| s.kind != SentenceKind::Heading)
        .count();
    let (model, model_name) = model_for(features::kind_of(body), length, body, lang);
    let keep = rows_kept(length, body);
    let mut raw = vec![0.0; n];
    let mut best = Best::new(keep);
    let read = features::rows(
        &features::Inputs {
            text,
            segments,
            tokens,
            lang,
            stems_of: &vectors.stems_of,
            centrality: &centrality,
            tf: &tf,
        },
        &mut |i, row| {
            raw[i] = 1.0 / (1.0 + (-model.logit(row)).exp());
            best.offer(raw[i], i, row);
        },
    );
    let rows = best.into_rows();
    let max = raw.iter().copied().fold(0.0, f64::max);
    let scores = raw
        .into_iter()
        .map(|s| if max > 0.0 { round4(s / max) } else { 0.0 })
        .collect();
    Scores {
        scores,
        vectors,
        rows,
        centrality,
        tf,
        kind: read.kind,
        model,
        model_name,
        headline_words: read.headline_words,
        opening_words: read.opening_words,
    }
}

/// Most reasons a summary sentence gives.
const MAX_REASONS: usize = 3;
/// A feature is a reason when it lifts the sentence's logit by at least this much above an
/// average sentence's.
const MIN_REASON: f64 = 0.05;

/// Why sentence `i` scored as it did: the features that lifted it most above the average
/// sentence, best first (at least one for a sentence with any feature).
pub(crate) fn reasons(scores: &Scores, i: usize) -> Vec<Reason> {
    let model = scores.model;
    let row = &scores.row(i);
    // Where the sentence stands is one reason, however many position features say it.
    let mut lifts: Vec<(Feature, f64)> = Vec::new();
    let mut position = 0.0;
    for (k, &f) in FEATURES.iter().enumerate() {
        let (w, mean) = (weight(model.weights, k), weight(model.means, k));
        let lift = w * (row[k] - mean);
        if f.is_position() && f != Feature::ParagraphStart {
            if row[k] > 0.0 || f == Feature::Relative {
                position += lift;
            }
        } else if row[k] > 0.0 && w > 0.0 {
            lifts.push((f, lift));
        }
    }
    if row[Feature::Lead.at()] > 0.0 && weight(model.weights, Feature::Lead.at()) > 0.0 {
        lifts.push((Feature::Lead, position));
    }
    // Best first (ties: the earlier feature), by insertion: a couple of dozen at most.
    for k in 1..lifts.len() {
        let mut j = k;
        while j > 0 && lifts[j].1 > lifts[j - 1].1 {
            lifts.swap(j, j - 1);
            j -= 1;
        }
    }
    let keep = lifts
        .iter()
        .take(MAX_REASONS)
        .take_while(|(_, lift)| *lift >= MIN_REASON)
        .count()
        .max(1);
    lifts
        .into_iter()
        .take(keep)
        .map(|(f, lift)| Reason {
            feature: f.name().to_string(),
            note: note(f, i, row, scores),
            weight: round4(lift),
        })
        .collect()
}

/// A reader's words for a feature of `row`.
fn note(f: Feature, i: usize, row: &Row, scores: &Scores) -> String {
    let v = row[f.at()];
    let words = |of: usize| (v * of as f64).round() as usize;
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match f {
        Feature::Lead
        | Feature::First
        | Feature::TopThree
        | Feature::Second
        | Feature::Third
        | Feature::Relative => {
            // lead = 1 / sqrt(1 + p), p the place among the body sentences
            let p = (1.0 / (v * v) - 1.0).round() as usize;
            match p {
                0 => "opens the text".to_string(),
                _ => format!("early in the text (sentence {})", i + 1),
            }
        }
        Feature::ParagraphStart => "opens a paragraph".to_string(),
        Feature::Central => "central to the text".to_string(),
        Feature::Headline => format!(
            "shares {} with the headline",
            plural(words(scores.headline_words), "word", "words")
        ),
        Feature::Opening => format!(
            "shares {} with the opening sentence",
            plural(words(scores.opening_words), "word", "words")
        ),
        Feature::Keywords => "holds the text's key words".to_string(),
        Feature::Frequency => "made of the text's frequent words".to_string(),
        Feature::Pairs => "repeats the text's recurring phrases".to_string(),
        Feature::Rest => "shares most with the rest of the text".to_string(),
        Feature::Length | Feature::Words => "a full, informative sentence".to_string(),
        Feature::Short => "short and to the point".to_string(),
        Feature::Long => "a long, detailed sentence".to_string(),
        Feature::Quote => "quotes someone".to_string(),
        Feature::Number => "gives figures".to_string(),
        Feature::Names => "names people, places or bodies".to_string(),
        Feature::Pronoun => "continues about the same person".to_string(),
        Feature::Question => "asks a question".to_string(),
        Feature::Unfinished => "a caption or fragment".to_string(),
        Feature::Item => "a list item".to_string(),
    }
}

/// Rounds to four decimals so output is stable and compact.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Sentence indices ordered best first (ties: earlier first).
pub(crate) fn ranking(scores: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_unstable_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    order
}

/// Chooses the summary: best sentences first, skipping headings and near-duplicates,
/// until the length is reached; under a word budget, a sentence that would overrun it is
/// passed over for shorter ones that fit. Returned in document order; never empty when there
/// is a sentence (under a word budget that no sentence fits, the best sentence alone, which
/// the caller cuts).
pub(crate) fn select(
    scores: &Scores,
    order: &[usize],
    segments: &[Segment],
    word_counts: &[usize],
    length: Length,
) -> Vec<usize> {
    let has_body = segments.iter().any(|s| s.kind != SentenceKind::Heading);
    let candidates: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| !has_body || segments[i].kind != SentenceKind::Heading)
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let (max_sentences, max_words) = match length {
        Length::Sentences(k) => (k, usize::MAX),
        Length::Ratio(r) => (
            ((r * candidates.len() as f64).ceil() as usize).max(1),
            usize::MAX,
        ),
        Length::Words(words) => (usize::MAX, words),
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    let mut skipped: Vec<usize> = Vec::new();
    for &i in &candidates {
        if chosen.len() >= max_sentences {
            break;
        }
        if words + word_counts[i] > max_words {
            continue;
        }
        let redundant = chosen
            .iter()
            .take(REDUNDANCY_WINDOW)
            .any(|&c| scores.vectors.cosine(c, i) > REDUNDANCY);
        if redundant {
            skipped.push(i);
            continue;
        }
        words += word_counts[i];
        chosen.push(i);
    }
    // Too few distinct sentences: fill with the redundant ones rather than fall short.
    for i in skipped {
        if chosen.len() >= max_sentences {
            break;
        }
        if words + word_counts[i] <= max_words {
            words += word_counts[i];
            chosen.push(i);
        }
    }
    // No sentence fits the word budget: the best one, to be cut at the budget.
    if chosen.is_empty() {
        chosen.push(candidates[0]);
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::segment::segment;
    use crate::tokenize::tokenize;

    /// The heap of kept rows keeps the best scores, of equal ones the earlier sentences.
    #[test]
    fn best_rows_are_the_best_scores_earlier_first() {
        let scores = [0.5, 0.9, 0.1, 0.9, 0.7, 0.5, 0.3, 0.9, 0.5, 0.2];
        let mut best = Best::new(5);
        for (i, &x) in scores.iter().enumerate() {
            let mut row = [0.0; features::N];
            row[0] = i as f64;
            best.offer(x, i, &row);
        }
        let kept: Vec<usize> = best.into_rows().iter().map(|r| r.1[0] as usize).collect();
        assert_eq!(kept, vec![0, 1, 3, 4, 7]);
    }

    /// A text keeps the rows of its best sentences only; a row asked for later is computed
    /// again, the same as the one first computed: in a text of 120 sentences and a summary
    /// of one (34 rows kept), every sentence's row, kept or not, equals the full pass's.
    #[test]
    fn rows_not_kept_are_computed_again_the_same() {
        let lang = Language::english();
        let text: String = (0..120)
            .map(|i| {
                format!(
                    "Council member {i} asked the river board for {} new dams. ",
                    i % 7
                )
            })
            .collect();
        let segs = segment(&text, &lang);
        let toks = tokenize(&text, &segs, &lang);
        let mut scores = score(&text, &segs, &toks, &lang, Length::Sentences(1));
        assert_eq!(scores.rows.len(), 34);
        let mut all = vec![[0.0; features::N]; segs.len()];
        features::rows(
            &features::Inputs {
                text: &text,
                segments: &segs,
                tokens: &toks,
                lang: &lang,
                stems_of: &scores.vectors.stems_of,
                centrality: &scores.centrality,
                tf: &scores.tf,
            },
            &mut |i, row| all[i] = *row,
        );
        let everyone: Vec<usize> = (0..segs.len()).collect();
        scores.keep_rows(&everyone, &text, &segs, &toks, &lang);
        assert_eq!(scores.rows.len(), segs.len());
        assert!(everyone.iter().all(|&i| scores.row(i) == all[i]));
    }

    /// The sentences (by index) the summary of `text` picks at `length`.
    fn summary_of(text: &str, length: Length) -> Vec<usize> {
        let lang = Language::english();
        let segs = segment(text, &lang);
        let toks = tokenize(text, &segs, &lang);
        let scores = score(text, &segs, &toks, &lang, length);
        assert!(scores.scores.iter().all(|s| (0.0..=1.0).contains(s)));
        let order = ranking(&scores.scores);
        let counts: Vec<usize> = toks.ranges.iter().map(|r| r.len()).collect();
        select(&scores, &order, &segs, &counts, length)
    }

    /// Asserts which sentences (by index) the summary of `text` picks at `length`.
    #[track_caller]
    fn assert_summary(text: &str, length: Length, expected: &[usize]) {
        assert_eq!(summary_of(text, length), expected);
    }

    const NEWS: &str = "Flood Warning Issued\n\n\
        Heavy rain flooded the river valley on Monday, forcing hundreds of families from their homes. \
        Officials said the river rose two meters overnight. \
        The weather was sunny last week. \
        Rescue teams evacuated families from the flooded valley as the river kept rising. \
        Schools will stay closed.";

    #[test]
    fn lead_and_central_sentences_win_and_heading_is_skipped() {
        assert_summary(NEWS, Length::Sentences(1), &[1]);
        // The central "rescue" sentence beats the off-topic and the short ones.
        assert_summary(NEWS, Length::Sentences(2), &[1, 4]);
    }

    #[test]
    fn word_budget_keeps_at_least_one_sentence() {
        assert_summary(NEWS, Length::Words(3), &[1]);
    }

    #[test]
    fn a_sentence_longer_than_the_budget_is_cut_only_when_none_fits() {
        let opts = crate::Options::default().with_length(Length::Words(3));
        let text = "Heavy rain flooded the river valley on Monday. Officials counted the damage.";
        let a = crate::Analyzer::new(opts).unwrap().analyze(text);
        assert_eq!(a.summary.len(), 1);
        let s = &a.summary[0];
        assert!(s.cut);
        assert_eq!(s.text, &text[s.start..s.end]);
        assert_eq!(a.stats.summary_words, 3);
        assert_eq!(crate::present::shown(s).matches(' ').count(), 2);
        // A budget that a sentence fits: nothing is cut.
        let opts = crate::Options::default().with_length(Length::Words(4));
        let a = crate::Analyzer::new(opts).unwrap().analyze(text);
        assert!(a.summary.iter().all(|s| !s.cut));
        assert_eq!(a.summary[0].text, "Officials counted the damage.");
    }

    #[test]
    fn word_budget_is_filled_by_shorter_sentences() {
        // The best sentence (16 words) overruns 8 words: the short ones that fit are chosen.
        let chosen = summary_of(NEWS, Length::Words(8));
        assert!(!chosen.contains(&1), "{chosen:?}");
        let words: usize = chosen.iter().map(|&i| [0, 16, 8, 5, 13, 3][i]).sum();
        assert!(words <= 8 && !chosen.is_empty(), "{chosen:?}");
    }

    #[test]
    fn ratio_rounds_up() {
        // 5 body sentences × 0.3 = 1.5 → 2 sentences.
        let lang = Language::english();
        let segs = segment(NEWS, &lang);
        assert_eq!(segs.len(), 6);
        assert_summary(NEWS, Length::Ratio(0.3), &[1, 4]);
    }

    #[test]
    fn duplicates_are_not_both_chosen() {
        // One of the two copies (the second shares every word with the opening sentence, so
        // it may score a little higher), then the other sentence.
        let text = "The dam broke after the storm. The dam broke after the storm. Crops were lost.";
        let chosen = summary_of(text, Length::Sentences(2));
        assert!(chosen == [0, 2] || chosen == [1, 2], "{chosen:?}");
    }

    #[test]
    fn summary_sentences_say_why() {
        let a = crate::analyze(NEWS);
        assert_eq!(a.stats.scorer, "news");
        assert!(a
            .summary
            .iter()
            .all(|s| !s.why.is_empty() && s.why.len() <= 3));
        let first = &a.summary[0];
        assert_eq!(first.index, 1);
        assert_eq!(first.why[0].feature, "lead");
        assert_eq!(first.why[0].note, "opens the text");
        // Best reason first.
        for s in &a.summary {
            assert!(
                s.why.windows(2).all(|w| w[0].weight >= w[1].weight),
                "{s:?}"
            );
        }
    }

    #[test]
    fn the_scorer_follows_the_summary_length_and_the_text() {
        let scorer = |text: &str, length: Length| {
            let opts = crate::Options::default().with_length(length);
            crate::Analyzer::new(opts)
                .unwrap()
                .analyze(text)
                .stats
                .scorer
        };
        assert_eq!(scorer(NEWS, Length::Sentences(1)), "one-sentence");
        assert_eq!(scorer(NEWS, Length::Words(25)), "one-sentence");
        assert_eq!(scorer(NEWS, Length::Sentences(5)), "news");
        assert_eq!(scorer(NEWS, Length::Words(100)), "news");
        assert_eq!(scorer(NEWS, Length::Sentences(6)), "coverage");
        assert_eq!(scorer(NEWS, Length::Words(200)), "coverage");
        // 5 body sentences: a ratio of 0.5 is 3 of them.
        assert_eq!(scorer(NEWS, Length::Ratio(0.5)), "news");
        // A book: place means nothing, whatever the length.
        let book: String = (0..300)
            .map(|k| format!("Chapter line {k} tells of the long war and the peace. "))
            .collect();
        assert_eq!(scorer(&book, Length::Sentences(3)), "coverage");
        let a = crate::analyze(&book);
        assert!(a
            .summary
            .iter()
            .all(|s| s.why.iter().all(|r| r.feature != "lead")));
    }

    #[test]
    fn every_model_has_one_weight_and_mean_per_feature() {
        for m in [
            &model::NEWS,
            &model::ONE,
            &model::COVERAGE,
            &model_zh::ZH_ONE,
        ] {
            assert_eq!(m.weights.len(), FEATURES.len());
            assert_eq!(m.means.len(), FEATURES.len());
        }
    }

    /// A Chinese post (LCSTS-style, written for this test): a sentence on the fares the
    /// others come back to wins over a first sentence that only sets the scene; each character is a content
    /// word (before, none was: one-letter words are not, and the centrality was 0).
    #[test]
    fn chinese_has_its_own_one_sentence_weights_over_its_characters() {
        let text = "昨天下午天气很好，我们去了公园。\
                    北京地铁票价调整方案今日公布，地铁票价将按里程计价。\
                    新的地铁票价方案将于下月实施，地铁起步价为三元。\
                    有市民表示支持，也有人反对。";
        let opts = crate::Options::default()
            .with_length(Length::Sentences(1))
            .with_language("zh");
        let a = crate::Analyzer::new(opts).unwrap().analyze(text);
        assert_eq!(a.stats.scorer, "one-sentence-zh");
        assert_eq!(a.summary.len(), 1);
        assert!(a.summary[0].text.contains("地铁票价"), "{:?}", a.summary);
        let lang = Language::of("zh");
        let segments = crate::segment::segment(text, lang);
        let tokens = crate::tokenize::tokenize(text, &segments, lang);
        let (stems, _, _) = stem_counts(segments.len(), &tokens, lang.unspaced);
        assert!(stems[1].len() > 10, "{}", stems[1].len());
    }

    #[test]
    fn ranking_breaks_ties_by_position() {
        assert_eq!(ranking(&[0.5, 1.0, 0.5, f64::NAN]), vec![3, 1, 0, 2]);
    }
}
