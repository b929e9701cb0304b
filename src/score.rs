//! Sentence scoring (position, centrality, title overlap) and summary selection with
//! redundancy control. Linear in the text: centrality is the cosine to the document's
//! centroid, not an all-pairs graph, and redundancy is checked against a bounded number of
//! already chosen sentences.

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::SentenceKind;
use crate::flags::{NUMERIC, STOP};
use crate::options::Length;
use crate::segment::Segment;
use crate::tokenize::{Token, Tokens};

/// Weights of the sentence score, in one place so they can be tuned (see EVALUATION.md).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Weights {
    /// Lead position (news puts the gist first).
    pub position: f64,
    /// Cosine similarity to the document centroid.
    pub centrality: f64,
    /// Overlap with the headline, when the text starts with one.
    pub title: f64,
    /// Texts longer than this many sentences get proportionally less position weight.
    pub position_horizon: f64,
    /// Two summary sentences more similar than this are redundant.
    pub redundancy: f64,
}

pub(crate) const WEIGHTS: Weights = Weights {
    position: 0.60,
    centrality: 0.40,
    title: 0.15,
    position_horizon: 60.0,
    redundancy: 0.5,
};

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

    /// The cosine with a vector given densely ([`SparseVec::dense`]) and its norm.
    fn cosine_dense(&self, other: &[f64], other_norm: f64) -> f64 {
        if self.norm == 0.0 || other_norm == 0.0 {
            return 0.0;
        }
        let mut dot = 0.0;
        for &(s, w) in &self.entries {
            let o = other.get(s as usize).copied().unwrap_or(0.0);
            if o != 0.0 {
                dot += w * o;
            }
        }
        dot / (self.norm * other_norm)
    }

    fn cosine(&self, other: &SparseVec) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        let (a, b) = (&self.entries, &other.entries);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot / (self.norm * other.norm)
    }
}

fn is_content(t: &Token, tokens: &Tokens) -> bool {
    !t.flags.has(STOP | NUMERIC) && tokens.vocab.word(t.word).chars().count() > 1
}

/// Scores of every sentence (0..1) and their vectors.
pub(crate) struct Scores {
    pub scores: Vec<f64>,
    vectors: Vec<SparseVec>,
}

/// Each sentence's distinct content stems (sorted), with the sentence frequency and the
/// text frequency of every content stem.
#[allow(clippy::type_complexity)]
fn stem_counts(n: usize, tokens: &Tokens) -> (Vec<Vec<u32>>, HashMap<u32, u32>, HashMap<u32, u32>) {
    let mut sf: HashMap<u32, u32> = HashMap::default();
    let mut tf: HashMap<u32, u32> = HashMap::default();
    let mut stems_of: Vec<Vec<u32>> = Vec::with_capacity(n);
    for i in 0..n {
        let mut stems: Vec<u32> = tokens
            .of(i)
            .iter()
            .filter(|t| is_content(t, tokens))
            .map(|t| t.stem)
            .collect();
        for s in &stems {
            *tf.entry(*s).or_default() += 1;
        }
        stems.sort_unstable();
        stems.dedup();
        for s in &stems {
            *sf.entry(*s).or_default() += 1;
        }
        stems_of.push(stems);
    }
    (stems_of, sf, tf)
}

/// Scores every sentence.
pub(crate) fn score(segments: &[Segment], tokens: &Tokens, w: &Weights) -> Scores {
    let n = segments.len();
    let (stems_of, sf, tf) = stem_counts(n, tokens);
    let isf = |s: u32| ((n as f64 + 1.0) / f64::from(sf[&s])).ln().max(0.05);
    let vectors: Vec<SparseVec> = stems_of
        .iter()
        .map(|stems| SparseVec::new(stems.iter().map(|&s| (s, isf(s))).collect()))
        .collect();
    let centroid = SparseVec::new(
        tf.iter()
            .filter(|(_, &c)| c >= 2 || n <= 3)
            .map(|(&s, &c)| (s, f64::from(c) * isf(s)))
            .collect(),
    );
    // The headline: a heading among the first three units.
    let title: Option<&Vec<u32>> = segments
        .iter()
        .take(3)
        .position(|s| s.kind == SentenceKind::Heading)
        .map(|i| &stems_of[i]);

    let body_count = segments
        .iter()
        .filter(|s| s.kind != SentenceKind::Heading)
        .count();
    let position_weight = w.position * (w.position_horizon / body_count.max(1) as f64).min(1.0);
    // The centroid spread out by stem id: each sentence's cosine then costs its own length,
    // not the vocabulary's (the same sums, in the same order, as `SparseVec::cosine`).
    let dense = centroid.dense(tokens.vocab.stems.len());
    let centrality: Vec<f64> = vectors
        .iter()
        .map(|v| v.cosine_dense(&dense, centroid.norm))
        .collect();
    let max_centrality = centrality.iter().copied().fold(0.0, f64::max);
    let mut raw = Vec::with_capacity(n);
    let mut body_position = 0usize;
    for (i, seg) in segments.iter().enumerate() {
        let content = stems_of[i].len();
        let position = 1.0 / (1.0 + body_position as f64).sqrt();
        if seg.kind != SentenceKind::Heading {
            body_position += 1;
        }
        let cent = if max_centrality > 0.0 {
            centrality[i] / max_centrality
        } else {
            0.0
        };
        let title_overlap = match title {
            Some(t) if !t.is_empty() && !std::ptr::eq(t, &stems_of[i]) => {
                let shared = stems_of[i]
                    .iter()
                    .filter(|s| t.binary_search(s).is_ok())
                    .count();
                shared as f64 / t.len() as f64
            }
            _ => 0.0,
        };
        let length = (content as f64 / 6.0).min(1.0).sqrt();
        let s =
            (position_weight * position + w.centrality * cent + w.title * title_overlap) * length;
        raw.push(if seg.kind == SentenceKind::Heading {
            0.0
        } else {
            s
        });
    }
    let max = raw.iter().copied().fold(0.0, f64::max);
    let scores = raw
        .into_iter()
        .map(|s| if max > 0.0 { round4(s / max) } else { 0.0 })
        .collect();
    Scores { scores, vectors }
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
/// until the length is reached. Returned in document order; never empty when there is a
/// sentence.
pub(crate) fn select(
    scores: &Scores,
    order: &[usize],
    segments: &[Segment],
    word_counts: &[usize],
    length: Length,
    w: &Weights,
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
        if !chosen.is_empty() && words + word_counts[i] > max_words {
            continue;
        }
        let redundant = chosen
            .iter()
            .take(REDUNDANCY_WINDOW)
            .any(|&c| scores.vectors[c].cosine(&scores.vectors[i]) > w.redundancy);
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
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::segment::segment;
    use crate::tokenize::tokenize;

    /// Asserts which sentences (by index) the summary of `text` picks at `length`.
    #[track_caller]
    fn assert_summary(text: &str, length: Length, expected: &[usize]) {
        let lang = Language::english();
        let segs = segment(text, &lang);
        let toks = tokenize(text, &segs, &lang);
        let scores = score(&segs, &toks, &WEIGHTS);
        assert!(scores.scores.iter().all(|s| (0.0..=1.0).contains(s)));
        let order = ranking(&scores.scores);
        let counts: Vec<usize> = toks.ranges.iter().map(|r| r.len()).collect();
        let chosen = select(&scores, &order, &segs, &counts, length, &WEIGHTS);
        assert_eq!(chosen, expected);
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
    fn ratio_rounds_up() {
        // 5 body sentences × 0.3 = 1.5 → 2 sentences.
        let lang = Language::english();
        let segs = segment(NEWS, &lang);
        assert_eq!(segs.len(), 6);
        assert_summary(NEWS, Length::Ratio(0.3), &[1, 4]);
    }

    #[test]
    fn duplicates_are_not_both_chosen() {
        let text = "The dam broke after the storm. The dam broke after the storm. Crops were lost.";
        assert_summary(text, Length::Sentences(2), &[0, 2]);
    }

    #[test]
    fn ranking_breaks_ties_by_position() {
        assert_eq!(ranking(&[0.5, 1.0, 0.5, f64::NAN]), vec![3, 1, 0, 2]);
    }
}
