//! Evaluation of Nutshell on data written by others: ROUGE for summaries (as Google's
//! `rouge-score`), P/R/F1@k for key phrases, recall/speaker/precision for directives.

pub mod directives;
pub mod keyphrases;
pub mod rouge;
pub mod train;

use std::collections::HashMap;

/// Porter stemmer with a cache (the crate's stemmer allocates per call).
#[derive(Default)]
pub struct Stemmer {
    cache: HashMap<String, String>,
}

impl Stemmer {
    /// The Porter stem of a lowercase word.
    pub fn stem(&mut self, word: &str) -> String {
        if let Some(s) = self.cache.get(word) {
            return s.clone();
        }
        let s = porter_stemmer::stem(word);
        self.cache.insert(word.to_string(), s.clone());
        s
    }
}

/// Mean of a list (0 for an empty one).
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

/// Harmonic mean of precision and recall (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The reproducible split of a data set: a document whose id hashes (FNV-1a, 64 bits) to 0,
/// 1 or 2 modulo 10 is in the part only checked on (about 30 %); the rest is fitted on.
pub fn is_check(id: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h % 10 < 3
}
