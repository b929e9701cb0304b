//! Per-language data: abbreviations, stop words, stemmer and directive cues.
//!
//! Every stage that needs to know something about a language asks a [`Language`] value
//! instead of hard-coding English. Adding a language means adding a module like [`en`] and a
//! constructor here; no algorithm changes.

pub mod en;

use rustc_hash::FxHashSet as HashSet;

/// Everything language-specific that the pipeline uses, built once per analyzer.
pub(crate) struct Language {
    /// Words that end in a full stop without ending the sentence ("Mr", "Dr", "Gen").
    pub never_final_abbreviations: HashSet<&'static str>,
    /// Abbreviations that may or may not end a sentence ("Inc", "U.S", "etc").
    pub maybe_final_abbreviations: HashSet<&'static str>,
    /// Abbreviations that only stay attached before a number ("No. 5", "Jan. 3").
    pub number_abbreviations: HashSet<&'static str>,
    /// Words that commonly begin a sentence; after a maybe-final abbreviation they keep the break.
    pub sentence_starters: HashSet<&'static str>,
    /// Function words (lowercase).
    pub stop_words: HashSet<&'static str>,
    /// Words that may not stand at the edge of a key phrase, beyond the stop words.
    pub weak_words: HashSet<&'static str>,
    /// Porter2 (Snowball) stemmer.
    pub stemmer: rust_stemmers::Stemmer,
    /// Directive and reporting cues.
    pub cues: en::Cues,
}

impl Language {
    /// Part-of-speech flags of a lowercase word (`VERB`, `MODIFIER`, `ADVERB`, `GERUND` or
    /// none).
    pub fn part_of_speech(&self, lower: &str) -> u16 {
        use crate::tokenize::{ADVERB, GERUND, MODIFIER, VERB};
        if lower.ends_with("ing") {
            return if lower.len() > 5 && !sorted_lines_contain(en::POS_ING_NOUNS, lower) {
                GERUND
            } else {
                0
            };
        }
        if sorted_lines_contain(en::POS_VERBS, lower) {
            VERB
        } else if sorted_lines_contain(en::POS_MODIFIERS, lower) {
            MODIFIER
        } else if sorted_lines_contain(en::POS_ADVERBS, lower) {
            ADVERB
        } else {
            0
        }
    }

    /// English, the only language so far.
    pub fn english() -> Language {
        let mut stop_words: HashSet<&'static str> = en::NLTK_STOP_WORDS.iter().copied().collect();
        stop_words.extend(en::EXTRA_STOP_WORDS.iter().copied());
        Language {
            never_final_abbreviations: en::NEVER_FINAL_ABBREVIATIONS.iter().copied().collect(),
            maybe_final_abbreviations: en::MAYBE_FINAL_ABBREVIATIONS.iter().copied().collect(),
            number_abbreviations: en::NUMBER_ABBREVIATIONS.iter().copied().collect(),
            sentence_starters: en::SENTENCE_STARTERS.iter().copied().collect(),
            stop_words,
            weak_words: en::WEAK_WORDS.iter().copied().collect(),
            stemmer: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
            cues: en::Cues::new(),
        }
    }
}

/// Whether `list` (lines sorted bytewise, each ending in `\n`) has the line `word`, by
/// binary search over byte offsets: no set to build, nothing to allocate.
pub(crate) fn sorted_lines_contain(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    let (mut lo, mut hi) = (0usize, bytes.len());
    // Invariant: lo and hi are line starts (or the end); the word, if present, starts in lo..hi.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let start = start.max(lo);
        let end = start
            + bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len() - start);
        match list[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lines() {
        let list = "ab\nb\nbc\ncab\nz\n";
        for w in ["ab", "b", "bc", "cab", "z"] {
            assert!(sorted_lines_contain(list, w), "{w}");
        }
        for w in ["", "a", "abc", "ba", "c", "zz", "b\nbc"] {
            assert!(!sorted_lines_contain(list, w), "{w:?}");
        }
        assert!(!sorted_lines_contain("", "a"));
    }

    #[test]
    fn the_lists_are_sorted() {
        for list in [
            en::POS_VERBS,
            en::POS_MODIFIERS,
            en::POS_ADVERBS,
            en::POS_ING_NOUNS,
        ] {
            let lines: Vec<&str> = list.lines().collect();
            assert!(lines.windows(2).all(|w| w[0] < w[1]));
            assert!(lines.iter().all(|l| sorted_lines_contain(list, l)));
        }
    }

    #[test]
    fn parts_of_speech() {
        use crate::tokenize::{ADVERB, GERUND, MODIFIER, VERB};
        let en = Language::english();
        assert_eq!(en.part_of_speech("also"), ADVERB);
        assert_eq!(en.part_of_speech("provide"), VERB);
        assert_eq!(en.part_of_speech("implies"), VERB);
        assert_eq!(en.part_of_speech("classical"), MODIFIER);
        assert_eq!(en.part_of_speech("shaking"), GERUND);
        assert_eq!(en.part_of_speech("meeting"), 0);
        assert_eq!(en.part_of_speech("network"), 0);
        assert_eq!(en.part_of_speech("control"), 0);
    }
}
