//! ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's `rouge-score` computes them: lowercase,
//! every run of characters other than a-z0-9 is a separator, Porter stems for tokens longer
//! than 3 characters, n-gram overlap with clipped counts, and for Lsum the summary-level LCS
//! over sentences given one per line.

use std::collections::HashMap;

use crate::{f1, Stemmer};

/// Tokens of one text, as `rouge_score.tokenize.tokenize(text, stemmer)`.
pub fn tokenize(text: &str, stemmer: &mut Stemmer) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for raw in lower.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit())) {
        if raw.is_empty() {
            continue;
        }
        let token = if raw.len() > 3 {
            stemmer.stem(raw)
        } else {
            raw.to_string()
        };
        if !token.is_empty()
            && token
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            out.push(token);
        }
    }
    out
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn score(hits: usize, pred: usize, target: usize) -> Score {
    let precision = if pred == 0 {
        0.0
    } else {
        hits as f64 / pred as f64
    };
    let recall = if target == 0 {
        0.0
    } else {
        hits as f64 / target as f64
    };
    Score {
        precision,
        recall,
        f1: f1(precision, recall),
    }
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut m = HashMap::new();
    if tokens.len() >= n {
        for w in tokens.windows(n) {
            *m.entry(w).or_insert(0) += 1;
        }
    }
    m
}

/// ROUGE-N between target and prediction tokens.
pub fn rouge_n(target: &[String], pred: &[String], n: usize) -> Score {
    let t = ngrams(target, n);
    let p = ngrams(pred, n);
    let hits: usize = t
        .iter()
        .map(|(g, c)| (*c).min(p.get(g).copied().unwrap_or(0)))
        .sum();
    score(hits, p.values().sum::<usize>(), t.values().sum::<usize>())
}

/// Indices into `a` of one longest common subsequence of `a` and `b` (rouge-score's
/// backtracking order).
fn lcs_indices(a: &[String], b: &[String]) -> Vec<usize> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    for i in 1..=n {
        for j in 1..=m {
            t[idx(i, j)] = if a[i - 1] == b[j - 1] {
                t[idx(i - 1, j - 1)] + 1
            } else {
                t[idx(i - 1, j)].max(t[idx(i, j - 1)])
            };
        }
    }
    let (mut i, mut j) = (n, m);
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[idx(i, j - 1)] > t[idx(i - 1, j)] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

/// ROUGE-Lsum: summary-level LCS between target sentences and prediction sentences.
pub fn rouge_lsum(target: &[Vec<String>], pred: &[Vec<String>]) -> Score {
    let m: usize = target.iter().map(Vec::len).sum();
    let n: usize = pred.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut count_t: HashMap<&str, usize> = HashMap::new();
    let mut count_p: HashMap<&str, usize> = HashMap::new();
    for s in target {
        for w in s {
            *count_t.entry(w).or_insert(0) += 1;
        }
    }
    for s in pred {
        for w in s {
            *count_p.entry(w).or_insert(0) += 1;
        }
    }
    let mut hits = 0;
    for r in target {
        let mut union: Vec<usize> = pred.iter().flat_map(|c| lcs_indices(r, c)).collect();
        union.sort_unstable();
        union.dedup();
        for i in union {
            let w = r[i].as_str();
            let (ct, cp) = (
                count_t.get(w).copied().unwrap_or(0),
                count_p.get(w).copied().unwrap_or(0),
            );
            if ct > 0 && cp > 0 {
                hits += 1;
                count_t.insert(w, ct - 1);
                count_p.insert(w, cp - 1);
            }
        }
    }
    score(hits, n, m)
}

/// The three scores of one prediction against one target; sentences are given one per
/// line (only Lsum uses the lines).
pub fn rouge(target: &str, pred: &str, stemmer: &mut Stemmer) -> [Score; 3] {
    let t = tokenize(target, stemmer);
    let p = tokenize(pred, stemmer);
    let lines = |s: &str, st: &mut Stemmer| -> Vec<Vec<String>> {
        s.split('\n')
            .filter(|l| !l.is_empty())
            .map(|l| tokenize(l, st))
            .collect()
    };
    let (tl, pl) = (lines(target, stemmer), lines(pred, stemmer));
    [rouge_n(&t, &p, 1), rouge_n(&t, &p, 2), rouge_lsum(&tl, &pl)]
}

/// Tokens for character ROUGE, as the Chinese summarisation papers (LCSTS) score: every
/// Han, kana or Hangul character is a token; runs of other letters and digits are one
/// token each, lowercased; everything else separates. No stemming.
pub fn tokenize_chars(text: &str) -> Vec<String> {
    let cjk = |c: char| matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff);
    let mut out = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if cjk(c) || !c.is_alphanumeric() {
            if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
            if cjk(c) {
                out.push(c.to_string());
            }
        } else {
            run.extend(c.to_lowercase());
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// [`rouge`] over [`tokenize_chars`] tokens.
pub fn rouge_chars(target: &str, pred: &str) -> [Score; 3] {
    let lines = |s: &str| -> Vec<Vec<String>> {
        s.split('\n')
            .filter(|l| !l.is_empty())
            .map(tokenize_chars)
            .collect()
    };
    let (t, p) = (tokenize_chars(target), tokenize_chars(pred));
    [
        rouge_n(&t, &p, 1),
        rouge_n(&t, &p, 2),
        rouge_lsum(&lines(target), &lines(pred)),
    ]
}

/// The first `n` words of a text (split on white space), lines kept, for word-budget rules.
pub fn truncate_words(text: &str, n: usize) -> String {
    let mut out = String::new();
    let mut left = n;
    for line in text.split('\n') {
        if left == 0 {
            break;
        }
        let words: Vec<&str> = line.split_whitespace().take(left).collect();
        left -= words.len();
        if !words.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&words.join(" "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_tokens_split_han_and_keep_latin_runs() {
        assert_eq!(
            tokenize_chars("可穿戴技术 iPhone 8年，OK!"),
            ["可", "穿", "戴", "技", "术", "iphone", "8", "年", "ok"]
        );
        let s = rouge_chars("可穿戴技术十大设计原则", "十个可穿戴产品的设计原则");
        assert!(s[0].f1 > 0.5 && s[1].f1 > 0.2, "{s:?}");
    }

    #[test]
    fn tokenize_like_rouge_score() {
        let mut st = Stemmer::default();
        assert_eq!(
            tokenize("The cats' running-shoes cost $3.50!", &mut st),
            ["the", "cat", "run", "shoe", "cost", "3", "50"]
        );
    }

    #[test]
    fn identical_texts_score_one() {
        let mut st = Stemmer::default();
        let [r1, r2, rl] = rouge("a b c\nd e", "a b c\nd e", &mut st);
        assert_eq!((r1.f1, r2.f1, rl.f1), (1.0, 1.0, 1.0));
    }

    #[test]
    fn known_values() {
        // rouge_score: target "the cat sat on the mat", prediction "the cat on mat":
        // rouge1 P=1.0 R=4/6; rouge2 P=1/3 R=1/5.
        let mut st = Stemmer::default();
        let [r1, r2, _] = rouge("the cat sat on the mat", "the cat on mat", &mut st);
        assert!((r1.precision - 1.0).abs() < 1e-9 && (r1.recall - 4.0 / 6.0).abs() < 1e-9);
        assert!((r2.precision - 1.0 / 3.0).abs() < 1e-9 && (r2.recall - 0.2).abs() < 1e-9);
    }

    /// F1 values printed by Python's rouge-score 0.1.2 (use_stemmer=True) for these pairs.
    #[test]
    fn matches_python_rouge_score() {
        let cases = [
            (
                "Police have no objections to the kick-off.\nThe derby starts at 4pm.",
                "Police say they have no objections to the late kick-off for Sunday's derby.\nFans will have more time in the pub.",
                [0.555556, 0.294118, 0.555556],
            ),
            (
                "The generously funded studies were running.\nRelational databases, happily, scaled.",
                "Studies, funded generously, ran happily.\nThe databases are relational and they scale.",
                [0.727273, 0.0, 0.454545],
            ),
            (
                "Xi Jinping urged trade unions to organize labor and skills competitions.",
                "Xi Jinping urged the unions to organise competitions for skills and labour.",
                [0.695652, 0.285714, 0.521739],
            ),
        ];
        let mut st = Stemmer::default();
        for (target, pred, expected) in cases {
            let got = rouge(target, pred, &mut st);
            for i in 0..3 {
                assert!(
                    (got[i].f1 - expected[i]).abs() < 1e-5,
                    "{target:?}: {:?} vs {expected:?}",
                    got.map(|s| s.f1)
                );
            }
        }
    }

    #[test]
    fn truncation_keeps_lines() {
        assert_eq!(truncate_words("a b c\nd e f", 4), "a b c\nd");
    }
}
