//! Options: what the caller may tune, with defaults, validated once.

use serde::{Deserialize, Serialize};

use crate::Error;

/// How long the summary should be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// This many sentences (fewer when the text has fewer).
    Sentences(usize),
    /// This fraction of the text's sentences, rounded up, at least one (0 < ratio <= 1).
    Ratio(f64),
    /// At most this many words; the best sentence is kept even when it alone is longer.
    Words(usize),
}

/// Analysis options. Build with [`Options::default`] and the `with_` methods, or deserialize
/// from JSON / a JS object (camelCase keys, unknown keys rejected):
/// `{"sentences": 3, "maxThemes": 5}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Summary length in sentences (1 to 10000). At most one of `sentences`, `ratio`,
    /// `words` may be set; with none, the summary has 5 sentences.
    pub sentences: Option<usize>,
    /// Summary length as a fraction of the sentences (greater than 0, at most 1).
    pub ratio: Option<f64>,
    /// Summary length as a word budget (1 to 1000000).
    pub words: Option<usize>,
    /// How many key phrases to return, best first (0 to 500). Default 20.
    pub max_keyphrases: usize,
    /// How many themes to return, best first (0 to 100). Default 8.
    pub max_themes: usize,
    /// The longest key phrase, in words (1 to 4). Default 4; 1 gives single-word keywords
    /// (tags), where a name of several words is no keyword.
    pub phrase_words: usize,
    /// Language of the text: only `"en"` so far.
    pub language: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            sentences: None,
            ratio: None,
            words: None,
            max_keyphrases: 20,
            max_themes: 8,
            phrase_words: MAX_PHRASE_WORDS,
            language: "en".to_string(),
        }
    }
}

/// The longest key phrase the analysis can give, in words (the default of `phrase_words`).
pub const MAX_PHRASE_WORDS: usize = 4;

/// The default summary length, in sentences.
pub const DEFAULT_SENTENCES: usize = 5;

impl Options {
    /// Sets the summary length (and clears the other length fields).
    pub fn with_length(mut self, length: Length) -> Options {
        self.sentences = None;
        self.ratio = None;
        self.words = None;
        match length {
            Length::Sentences(n) => self.sentences = Some(n),
            Length::Ratio(r) => self.ratio = Some(r),
            Length::Words(n) => self.words = Some(n),
        }
        self
    }

    /// Sets how many key phrases to return.
    pub fn with_max_keyphrases(mut self, n: usize) -> Options {
        self.max_keyphrases = n;
        self
    }

    /// Sets the longest key phrase, in words (1 to 4).
    pub fn with_phrase_words(mut self, n: usize) -> Options {
        self.phrase_words = n;
        self
    }

    /// Sets how many themes to return.
    pub fn with_max_themes(mut self, n: usize) -> Options {
        self.max_themes = n;
        self
    }

    /// The summary length these options ask for (valid options only).
    pub fn length(&self) -> Length {
        match (self.sentences, self.ratio, self.words) {
            (_, Some(r), _) => Length::Ratio(r),
            (_, _, Some(w)) => Length::Words(w),
            (Some(n), _, _) => Length::Sentences(n),
            _ => Length::Sentences(DEFAULT_SENTENCES),
        }
    }

    /// Checks every option; the error names the first invalid one and what it allows.
    pub fn validate(&self) -> Result<(), Error> {
        let set = [
            self.sentences.is_some(),
            self.ratio.is_some(),
            self.words.is_some(),
        ];
        if set.iter().filter(|s| **s).count() > 1 {
            let name = if self.ratio.is_some() {
                "ratio"
            } else {
                "words"
            };
            return Err(Error::option(
                name,
                "set only one of `sentences`, `ratio` and `words`",
            ));
        }
        if let Some(n) = self.sentences {
            if !(1..=10_000).contains(&n) {
                return Err(Error::option(
                    "sentences",
                    format!("must be from 1 to 10000, got {n}"),
                ));
            }
        }
        if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(Error::option(
                    "ratio",
                    format!("must be greater than 0 and at most 1, got {r}"),
                ));
            }
        }
        if let Some(n) = self.words {
            if !(1..=1_000_000).contains(&n) {
                return Err(Error::option(
                    "words",
                    format!("must be from 1 to 1000000, got {n}"),
                ));
            }
        }
        if self.max_keyphrases > 500 {
            return Err(Error::option(
                "maxKeyphrases",
                format!("must be from 0 to 500, got {}", self.max_keyphrases),
            ));
        }
        if self.max_themes > 100 {
            return Err(Error::option(
                "maxThemes",
                format!("must be from 0 to 100, got {}", self.max_themes),
            ));
        }
        if !(1..=MAX_PHRASE_WORDS).contains(&self.phrase_words) {
            return Err(Error::option(
                "phraseWords",
                format!(
                    "must be from 1 to {MAX_PHRASE_WORDS}, got {}",
                    self.phrase_words
                ),
            ));
        }
        if self.language != "en" {
            return Err(Error::option(
                "language",
                format!("only \"en\" is supported, got {:?}", self.language),
            ));
        }
        Ok(())
    }
}
