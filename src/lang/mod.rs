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
