//! Key-phrase P, R and F1 at k: NFC + lowercase, split on white space, punctuation stripped
//! at word edges, Porter stem per word, exact match of the stemmed phrase; gold and predictions
//! deduplicated after normalisation (predictions before the cut at k); P@k divides by k.

use unicode_normalization::UnicodeNormalization;

use crate::{f1, Stemmer};

/// The normalised form of a phrase ("" when nothing is left).
pub fn normalize(phrase: &str, stemmer: &mut Stemmer) -> String {
    let lower: String = phrase.nfc().collect::<String>().to_lowercase();
    lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| stemmer.stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .filter(|s| !s.is_empty() && seen.insert(s.clone()))
        .collect()
}

/// (P, R, F1) at `k` for one document.
pub fn at_k(
    gold: &[String],
    predicted: &[String],
    k: usize,
    stemmer: &mut Stemmer,
) -> (f64, f64, f64) {
    let gold = dedup(gold.iter().map(|g| normalize(g, stemmer)));
    let pred = dedup(predicted.iter().map(|p| normalize(p, stemmer)));
    if gold.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let hits = pred.iter().take(k).filter(|p| gold.contains(p)).count();
    let p = hits as f64 / k as f64;
    let r = hits as f64 / gold.len() as f64;
    (p, r, f1(p, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol() {
        let mut st = Stemmer::default();
        assert_eq!(normalize("  \"Trade Unions,\" ", &mut st), "trade union");
        let gold = vec!["trade unions".to_string(), "Xi Jinping".to_string()];
        let pred = vec![
            "Trade union".to_string(),
            "trade unions".to_string(),
            "party".to_string(),
        ];
        let (p, r, f) = at_k(&gold, &pred, 2, &mut st);
        // Deduplicated predictions: ["trade union", "parti"]; one hit in the top 2.
        assert_eq!((p, r), (0.5, 0.5));
        assert!((f - 0.5).abs() < 1e-9);
    }
}
