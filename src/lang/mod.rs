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
    /// Function words that mark a text as written in this language ([`en::ENGLISH_MARKERS`]).
    pub markers: HashSet<&'static str>,
    /// Words that may not stand at the edge of a key phrase, beyond the stop words.
    pub weak_words: HashSet<&'static str>,
    /// Nouns that may not be a key phrase alone.
    pub generic_nouns: HashSet<&'static str>,
    /// Personal titles before a name ("sen", "judge"): no part of a key phrase.
    pub personal_titles: HashSet<&'static str>,
    /// Porter2 (Snowball) stemmer.
    pub stemmer: rust_stemmers::Stemmer,
    /// Directive and reporting cues.
    pub cues: en::Cues,
}

impl Language {
    /// Part-of-speech flags of a lowercase word (`VERB`, `MODIFIER`, `ADVERB`, `GERUND`,
    /// `FUNCTION` or none).
    pub fn part_of_speech(&self, lower: &str) -> u16 {
        use crate::tokenize::{ADVERB, FUNCTION, GERUND, MODIFIER, VERB};
        match sorted_lookup(en::POS_TAGS, lower) {
            Some("F") => FUNCTION,
            Some("V") => VERB,
            Some("A") => MODIFIER,
            Some("R") => ADVERB,
            None if lower.len() > 5 && lower.ends_with("ing") => GERUND,
            None if lower.len() > 5
                && en::ADJECTIVE_SUFFIXES.iter().any(|s| lower.ends_with(s)) =>
            {
                MODIFIER
            }
            _ => 0,
        }
    }

    /// Whether a lowercase word is a generic noun, in the singular or plural.
    pub fn is_generic(&self, lower: &str) -> bool {
        self.generic_nouns.contains(lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|w| self.generic_nouns.contains(w))
            || lower
                .strip_suffix("es")
                .is_some_and(|w| self.generic_nouns.contains(w))
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
            markers: en::ENGLISH_MARKERS.iter().copied().collect(),
            weak_words: en::WEAK_WORDS.iter().copied().collect(),
            generic_nouns: en::GENERIC_NOUNS
                .iter()
                .chain(en::WEEKDAYS)
                .copied()
                .collect(),
            personal_titles: en::PERSONAL_TITLES
                .iter()
                .chain(en::OCCUPATIONS)
                .copied()
                .collect(),
            stemmer: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
            cues: en::Cues::new(),
        }
    }
}

/// The value of `key` in `table`: lines "key value", sorted bytewise by key, each ending in
/// a newline. A binary search over byte offsets: no map to build, nothing to allocate.
pub(crate) fn sorted_lookup<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    let bytes = table.as_bytes();
    // Invariant: lo and hi are line starts (or the end); the key's line, if any, is in lo..hi.
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        let line = &table[start..end];
        let (k, value) = line.split_once(' ').unwrap_or((line, ""));
        match k.cmp(key) {
            std::cmp::Ordering::Equal => return Some(value),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lookup_finds_every_key_and_nothing_else() {
        let table = "ab 1\nb 2\nbc 3\ncab 4\nz 5\n";
        for (k, v) in [
            ("ab", "1"),
            ("b", "2"),
            ("bc", "3"),
            ("cab", "4"),
            ("z", "5"),
        ] {
            assert_eq!(sorted_lookup(table, k), Some(v), "{k}");
        }
        for k in ["", "a", "abc", "ba", "c", "zz", "b 2"] {
            assert_eq!(sorted_lookup(table, k), None, "{k:?}");
        }
        assert_eq!(sorted_lookup("", "a"), None);
    }

    #[test]
    fn the_tag_table_is_sorted_and_complete() {
        let keys: Vec<&str> = en::POS_TAGS
            .lines()
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys
            .iter()
            .all(|k| sorted_lookup(en::POS_TAGS, k).is_some()));
    }

    #[test]
    fn parts_of_speech() {
        use crate::tokenize::{ADVERB, GERUND, MODIFIER, VERB};
        let en = Language::english();
        assert_eq!(en.part_of_speech("also"), ADVERB);
        assert_eq!(en.part_of_speech("amid"), crate::tokenize::FUNCTION);
        assert_eq!(en.part_of_speech("epistemic"), MODIFIER);
        assert_eq!(en.part_of_speech("selective"), MODIFIER);
        assert_eq!(en.part_of_speech("journal"), 0);
        assert_eq!(en.part_of_speech("provide"), VERB);
        assert_eq!(en.part_of_speech("implies"), VERB);
        assert_eq!(en.part_of_speech("classical"), MODIFIER);
        assert_eq!(en.part_of_speech("shaking"), GERUND);
        assert_eq!(en.part_of_speech("meeting"), 0);
        assert_eq!(en.part_of_speech("network"), 0);
        assert_eq!(en.part_of_speech("control"), 0);
    }
}
