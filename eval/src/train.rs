//! Fits the sentence scorer (`src/score/model.rs`): oracle labels (the sentences that a
//! greedy search picks to maximise ROUGE-1 + ROUGE-2 F1 against the human summary, as many
//! as the summary has sentences, at most 3), then a pairwise logistic ranker with a small
//! L2 penalty, solved by Newton's method (deterministic: the same data gives the same
//! constants). Three weight sets: `NEWS` for summaries of a few sentences, `ONE` for one
//! sentence, `COVERAGE` with the features of position left out (long summaries and long
//! texts, where the lead means little).

// Matrix code reads best as index arithmetic.
#![allow(clippy::needless_range_loop)]

use crate::rouge::{rouge_n, tokenize};
use crate::Stemmer;

/// One document's training rows: features and the oracle label of each candidate sentence.
#[derive(Clone)]
pub struct Example {
    pub rows: Vec<Vec<f64>>,
    pub labels: Vec<f64>,
}

/// The sentences (indices into `sentences`) a greedy search picks to maximise ROUGE-1 +
/// ROUGE-2 F1 of their union against `reference`, at most `k`, stopping when none adds.
pub fn oracle(sentences: &[Vec<String>], reference: &[String], k: usize) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = 0.0;
    while chosen.len() < k {
        let mut pick: Option<(usize, f64)> = None;
        for i in 0..sentences.len() {
            if chosen.contains(&i) || sentences[i].is_empty() {
                continue;
            }
            let mut union: Vec<String> = Vec::new();
            let mut with = chosen.clone();
            with.push(i);
            with.sort_unstable();
            for &c in &with {
                union.extend(sentences[c].iter().cloned());
            }
            let gain = rouge_n(reference, &union, 1).f1 + rouge_n(reference, &union, 2).f1;
            if gain > best && pick.is_none_or(|(_, g)| gain > g) {
                pick = Some((i, gain));
            }
        }
        match pick {
            Some((i, g)) => {
                chosen.push(i);
                best = g;
            }
            None => break,
        }
    }
    chosen
}

/// The training rows of one text against its reference: the candidates' features and
/// whether the oracle picks them (ROUGE over `rouge-score`'s tokens).
pub fn example(
    analyzer: &nutshell::Analyzer,
    text: &str,
    reference: &str,
    k: usize,
    stemmer: &mut Stemmer,
) -> Example {
    example_by(analyzer, text, reference, k, &mut |s| tokenize(s, stemmer))
}

/// [`example`] with the oracle's ROUGE over the tokens of `tokens` (character ROUGE for
/// Chinese: [`crate::rouge::tokenize_chars`]).
pub fn example_by(
    analyzer: &nutshell::Analyzer,
    text: &str,
    reference: &str,
    k: usize,
    tokens_of: &mut dyn FnMut(&str) -> Vec<String>,
) -> Example {
    let f = analyzer.sentence_features(text);
    let candidates: Vec<usize> = (0..f.rows.len()).filter(|&i| f.candidates[i]).collect();
    let tokens: Vec<Vec<String>> = candidates.iter().map(|&i| tokens_of(&f.texts[i])).collect();
    let reference = tokens_of(reference);
    let picked = oracle(&tokens, &reference, k);
    let labels = (0..candidates.len())
        .map(|j| f64::from(u8::from(picked.contains(&j))))
        .collect();
    Example {
        rows: candidates.iter().map(|&i| f.rows[i].clone()).collect(),
        labels,
    }
}

/// A fitted ranker: weights and the training means of the features.
pub struct Fit {
    pub weights: Vec<f64>,
    pub means: Vec<f64>,
    /// Mean log-loss on the training pairs, and how many pairs.
    pub loss: f64,
    pub pairs: usize,
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (a small, regularised
/// system).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let d = a[c][c];
        if d.abs() < 1e-12 {
            continue;
        }
        for r in c + 1..n {
            let f = a[r][c] / d;
            if f == 0.0 {
                continue;
            }
            for k in c..n {
                a[r][k] -= f * a[c][k];
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = vec![0.0; n];
    for c in (0..n).rev() {
        let s: f64 = (c + 1..n).map(|k| a[c][k] * x[k]).sum();
        x[c] = if a[c][c].abs() < 1e-12 {
            0.0
        } else {
            (b[c] - s) / a[c][c]
        };
    }
    x
}

/// L2 penalty on the weights, per unit of training weight.
pub const L2: f64 = 1e-3;

/// With `per_document`, each document weighs as much as this many pairs, however many it
/// has (a long story would otherwise outweigh many short ones). Chosen on the fit part:
/// better for one-sentence summaries (ROUGE-1 19.63 against 19.47), worse for three
/// (32.61 against 32.76), so `ONE` is fitted with it and `NEWS` without.
pub const DOCUMENT_WEIGHT: f64 = 30.0;

/// Fits a pairwise ranker: for every pair of an oracle sentence and another sentence of the
/// same document, the logistic loss of `weights · (oracle - other)`; each document weighs
/// the same with `per_document` ([`DOCUMENT_WEIGHT`]), else each pair. Uses only the
/// features `used` (the others get weight 0); no bias (a ranking needs none).
pub fn fit(examples: &[Example], used: &[bool], per_document: bool) -> Fit {
    fit_refs(&examples.iter().collect::<Vec<_>>(), used, per_document)
}

/// [`fit`] on borrowed examples.
pub fn fit_refs(examples: &[&Example], used: &[bool], per_document: bool) -> Fit {
    let n = used.len();
    let mut means = vec![0.0; n];
    let rows = examples.iter().map(|e| e.rows.len()).sum::<usize>().max(1) as f64;
    for e in examples {
        for r in &e.rows {
            for k in 0..n {
                means[k] += r[k] / rows;
            }
        }
    }
    let cols: Vec<usize> = (0..n).filter(|&k| used[k]).collect();
    // (difference of the used columns, weight)
    let mut pairs: Vec<(Vec<f64>, f64)> = Vec::new();
    for e in examples {
        let first = pairs.len();
        for (a, &la) in e.rows.iter().zip(&e.labels) {
            for (b, &lb) in e.rows.iter().zip(&e.labels) {
                if la > lb + 0.5 {
                    pairs.push((cols.iter().map(|&c| a[c] - b[c]).collect(), 1.0));
                }
            }
        }
        let w = if per_document {
            DOCUMENT_WEIGHT / (pairs.len() - first).max(1) as f64
        } else {
            1.0
        };
        for p in &mut pairs[first..] {
            p.1 = w;
        }
    }
    let m: f64 = pairs.iter().map(|p| p.1).sum::<f64>().max(1.0);
    let d = cols.len();
    let mut theta = vec![0.0; d];
    let mut loss = 0.0;
    for _ in 0..30 {
        let mut grad = vec![0.0; d];
        let mut hess = vec![vec![0.0; d]; d];
        loss = 0.0;
        for (x, weight) in &pairs {
            let z: f64 = (0..d).map(|j| theta[j] * x[j]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            loss -= weight * p.max(1e-300).ln();
            let h = weight * p * (1.0 - p);
            for j in 0..d {
                if x[j] == 0.0 {
                    continue;
                }
                grad[j] += weight * (p - 1.0) * x[j];
                for k in j..d {
                    hess[j][k] += h * x[j] * x[k];
                }
            }
        }
        for j in 0..d {
            for k in 0..j {
                hess[j][k] = hess[k][j];
            }
            grad[j] += L2 * m * theta[j];
            hess[j][j] += L2 * m + 1e-9;
        }
        let step = solve(hess, grad);
        let mut moved = 0.0f64;
        for j in 0..d {
            theta[j] -= step[j];
            moved = moved.max(step[j].abs());
        }
        if moved < 1e-7 {
            break;
        }
    }
    let mut weights = vec![0.0; n];
    for (j, &c) in cols.iter().enumerate() {
        weights[c] = theta[j];
    }
    Fit {
        weights,
        means,
        loss: loss / m,
        pairs: pairs.len(),
    }
}

/// Rounds for the model file: 4 decimals are far below any effect on the ranking.
fn r4(x: f64) -> f64 {
    let r = (x * 10_000.0).round() / 10_000.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// The header of a model file: what wrote it, and its provenance.
fn model_header(provenance: &str) -> String {
    let mut s = String::new();
    s.push_str(
        "//! The sentence scorer's weights, written by `nutshell-eval train` (do not edit by\n",
    );
    s.push_str("//! hand; run the command below again instead).\n//!\n");
    for line in provenance.lines() {
        s.push_str(&format!("//! {line}\n").replace("//! \n", "//!\n"));
    }
    // A learned mean can look like a constant to clippy (0.6931 is no ln 2).
    s.push_str("\n#![allow(clippy::approx_constant)]\n\nuse super::Model;\n");
    s
}

/// One weight set as Rust source: `pub(crate) const NAME: Model = ...`.
fn model_const(name: &str, what: &str, f: &Fit, names: &[&str]) -> String {
    let mut s = format!(
        "\n/// {what}\n/// {} training pairs; mean log-loss {:.4}.\n",
        f.pairs, f.loss
    );
    s.push_str(&format!("pub(crate) const {name}: Model = Model {{\n"));
    s.push_str("    weights: &[\n");
    for (k, n) in names.iter().enumerate() {
        s.push_str(&format!("        {:?}, // {n}\n", r4(f.weights[k])));
    }
    s.push_str("    ],\n    means: &[\n");
    for (k, n) in names.iter().enumerate() {
        s.push_str(&format!("        {:?}, // {n}\n", r4(f.means[k])));
    }
    s.push_str("    ],\n};\n");
    s
}

/// The Rust source of `src/score/model_zh.rs`: the one-sentence weights for Chinese.
pub fn zh_model_source(names: &[&str], one: &Fit, provenance: &str) -> String {
    model_header(provenance)
        + &model_const(
            "ZH_ONE",
            "One-sentence summaries of Chinese: the features chosen above, fitted on posts\n/// whose reference is one line.",
            one,
            names,
        )
}

/// The Rust source of `src/score/model.rs` for the three fits.
pub fn model_source(
    names: &[&str],
    news: &Fit,
    one: &Fit,
    other: &Fit,
    provenance: &str,
) -> String {
    let mut s = model_header(provenance);
    for (name, what, f) in [
        (
            "NEWS",
            "Summaries of several sentences of news and other texts whose lead carries the\n/// gist: every feature, fitted on the documents whose reference has several sentences.",
            news,
        ),
        (
            "ONE",
            "Summaries of one sentence: every feature, fitted on the documents whose reference\n/// is one sentence.",
            one,
        ),
        (
            "COVERAGE",
            "Long summaries and long texts: every document, fitted without the features of\n/// position.",
            other,
        ),
    ] {
        s.push_str(&model_const(name, what, f, names));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn oracle_picks_the_covering_sentences() {
        let sents = vec![
            words("the cat sat"),
            words("dogs bark loud"),
            words("a mat"),
        ];
        let picked = oracle(&sents, &words("the cat sat on a mat"), 3);
        assert_eq!(picked, vec![0, 2]);
    }

    #[test]
    fn fit_learns_the_sign_of_a_ranking_feature() {
        // The oracle sentences have the first feature high and the second low, mostly.
        let ex = |seed: usize| Example {
            rows: (0..20)
                .map(|i| {
                    vec![
                        f64::from(u8::from(i < 3 || i == seed)),
                        (i % 5) as f64 / 5.0,
                        1.0,
                    ]
                })
                .collect(),
            labels: (0..20).map(|i| f64::from(u8::from(i < 3))).collect(),
        };
        let f = fit(&[ex(5), ex(7), ex(9)], &[true, true, false], true);
        assert!(f.weights[0] > 1.0, "{:?}", f.weights);
        assert_eq!(f.weights[2], 0.0);
        assert!(f.loss > 0.0 && f.loss < std::f64::consts::LN_2);
    }
}
