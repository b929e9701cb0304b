//! Options: what the caller may tune, with defaults as named constants, validated once.
//!
//! In Rust, [`Options`] has one [`Length`]; in JSON and JS the length is one of three flat
//! keys (`sentences`, `ratio`, `words`), read and written through serde (`RawOptions`), and
//! unknown keys are rejected.

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

/// The default summary length, in sentences.
pub const DEFAULT_SENTENCES: usize = 5;
/// The default number of key phrases.
pub const DEFAULT_MAX_KEYPHRASES: usize = 20;
/// The default number of themes.
pub const DEFAULT_MAX_THEMES: usize = 8;
/// The longest key phrase the analysis can give, in words (the default of `phrase_words`).
pub const MAX_PHRASE_WORDS: usize = 4;
/// The default language: identified in each text ([`crate::Stats::language`]).
pub const DEFAULT_LANGUAGE: &str = "auto";
/// The codes of the supported languages, English first (the `language` option takes these
/// or `"auto"`).
pub const LANGUAGE_CODES: &[&str] = &[
    "en", "ar", "da", "nl", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv",
    "tr", "zh", "ja",
];

#[test]
fn the_language_codes_are_the_catalogs() {
    let catalog: Vec<&str> = crate::lang::catalog::LANGUAGES
        .iter()
        .map(|s| s.code)
        .collect();
    assert_eq!(LANGUAGE_CODES, catalog);
}

/// The most summary sentences one may ask for.
pub const MAX_SENTENCES: usize = 10_000;
/// The largest word budget.
pub const MAX_WORDS: usize = 1_000_000;
/// The most key phrases one may ask for.
pub const MAX_KEYPHRASES: usize = 500;
/// The most themes one may ask for.
pub const MAX_THEMES: usize = 100;

/// Analysis options. Build with [`Options::default`] and the `with_` methods, or deserialize
/// from JSON / a JS object (camelCase keys, unknown keys rejected):
/// `{"sentences": 3, "maxThemes": 5}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawOptions", into = "RawOptions")]
pub struct Options {
    /// Summary length: [`DEFAULT_SENTENCES`] sentences by default.
    pub length: Length,
    /// How many key phrases to return, best first (0 to 500). Default 20.
    pub max_keyphrases: usize,
    /// How many themes to return, best first (0 to 100). Default 8.
    pub max_themes: usize,
    /// The longest key phrase, in words (1 to 4). Default 4; 1 gives single-word keywords
    /// (tags), where a name of several words is no keyword.
    pub phrase_words: usize,
    /// Language of the text: `"auto"` (the default: identified in each text) or the code of a
    /// supported language ([`LANGUAGE_CODES`]).
    pub language: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            length: Length::Sentences(DEFAULT_SENTENCES),
            max_keyphrases: DEFAULT_MAX_KEYPHRASES,
            max_themes: DEFAULT_MAX_THEMES,
            phrase_words: MAX_PHRASE_WORDS,
            language: DEFAULT_LANGUAGE.to_string(),
        }
    }
}

/// The option names of JSON and JS.
pub const OPTION_NAMES: &[&str] = &[
    "sentences",
    "ratio",
    "words",
    "maxKeyphrases",
    "maxThemes",
    "phraseWords",
    "language",
];

/// [`OPTION_NAMES`] as the error for an unknown key says them.
const ALLOWED: &str = "sentences, ratio, words, maxKeyphrases, maxThemes, phraseWords, language";

/// The options as JSON and JS write them: the length as one of three flat keys. Read by
/// hand ([`RawVisitor`]) so that every error names its option, and unknown keys are refused.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct RawOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ratio: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<usize>,
    max_keyphrases: Option<usize>,
    max_themes: Option<usize>,
    phrase_words: Option<usize>,
    language: Option<String>,
}

#[test]
fn allowed_says_every_option_name() {
    assert_eq!(ALLOWED, OPTION_NAMES.join(", "));
}

impl<'de> Deserialize<'de> for RawOptions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RawOptions, D::Error> {
        d.deserialize_map(RawVisitor)
    }
}

/// Reads an options object key by key; a bad value's error says which key it was.
struct RawVisitor;

impl<'de> serde::de::Visitor<'de> for RawVisitor {
    type Value = RawOptions;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an options object such as {\"sentences\": 3}")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<RawOptions, A::Error> {
        use serde::de::Error as _;
        let mut r = RawOptions::default();
        while let Some(key) = map.next_key::<String>()? {
            let named = |e: A::Error| A::Error::custom(format_args!("invalid option `{key}`: {e}"));
            match key.as_str() {
                "sentences" => r.sentences = map.next_value().map_err(named)?,
                "ratio" => r.ratio = map.next_value().map_err(named)?,
                "words" => r.words = map.next_value().map_err(named)?,
                "maxKeyphrases" => r.max_keyphrases = map.next_value().map_err(named)?,
                "maxThemes" => r.max_themes = map.next_value().map_err(named)?,
                "phraseWords" => r.phrase_words = map.next_value().map_err(named)?,
                "language" => r.language = map.next_value().map_err(named)?,
                _ => {
                    let m = format_args!("unknown option `{key}`; allowed: {ALLOWED}");
                    return Err(A::Error::custom(m));
                }
            }
        }
        Ok(r)
    }
}

impl TryFrom<RawOptions> for Options {
    type Error = Error;
    fn try_from(r: RawOptions) -> Result<Options, Error> {
        let length = match (r.sentences, r.ratio, r.words) {
            (None, None, None) => Length::Sentences(DEFAULT_SENTENCES),
            (Some(n), None, None) => Length::Sentences(n),
            (None, Some(x), None) => Length::Ratio(x),
            (None, None, Some(n)) => Length::Words(n),
            (_, ratio, _) => {
                let name = if ratio.is_some() { "ratio" } else { "words" };
                let message = "set only one of `sentences`, `ratio` and `words`";
                return Err(Error::option(name, message));
            }
        };
        let d = Options::default();
        let options = Options {
            length,
            max_keyphrases: r.max_keyphrases.unwrap_or(d.max_keyphrases),
            max_themes: r.max_themes.unwrap_or(d.max_themes),
            phrase_words: r.phrase_words.unwrap_or(d.phrase_words),
            language: r.language.unwrap_or(d.language),
        };
        options.validate()?;
        Ok(options)
    }
}

impl From<Options> for RawOptions {
    fn from(o: Options) -> RawOptions {
        let (sentences, ratio, words) = match o.length {
            Length::Sentences(n) => (Some(n), None, None),
            Length::Ratio(x) => (None, Some(x), None),
            Length::Words(n) => (None, None, Some(n)),
        };
        RawOptions {
            sentences,
            ratio,
            words,
            max_keyphrases: Some(o.max_keyphrases),
            max_themes: Some(o.max_themes),
            phrase_words: Some(o.phrase_words),
            language: Some(o.language),
        }
    }
}

impl Options {
    /// Sets the summary length.
    pub const fn with_length(mut self, length: Length) -> Options {
        self.length = length;
        self
    }

    /// Sets how many key phrases to return.
    pub const fn with_max_keyphrases(mut self, n: usize) -> Options {
        self.max_keyphrases = n;
        self
    }

    /// Sets the longest key phrase, in words (1 to 4).
    pub const fn with_phrase_words(mut self, n: usize) -> Options {
        self.phrase_words = n;
        self
    }

    /// Sets the language: `"auto"` or a code of [`LANGUAGE_CODES`] (checked by
    /// [`crate::Analyzer::new`]).
    pub fn with_language(mut self, code: &str) -> Options {
        self.language = code.to_string();
        self
    }

    /// Sets how many themes to return.
    pub const fn with_max_themes(mut self, n: usize) -> Options {
        self.max_themes = n;
        self
    }

    /// The summary length these options ask for.
    pub fn length(&self) -> Length {
        self.length
    }

    /// Checks every option; the error names the first invalid one and what it allows.
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(n) if !(1..=MAX_SENTENCES).contains(&n) => {
                let m = format!("must be from 1 to {MAX_SENTENCES}, got {n}");
                return Err(Error::option("sentences", m));
            }
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                let m = format!("must be greater than 0 and at most 1, got {r}");
                return Err(Error::option("ratio", m));
            }
            Length::Words(n) if !(1..=MAX_WORDS).contains(&n) => {
                let m = format!("must be from 1 to {MAX_WORDS}, got {n}");
                return Err(Error::option("words", m));
            }
            _ => {}
        }
        let range = |name: &'static str, n: usize, lo: usize, hi: usize| {
            let m = format!("must be from {lo} to {hi}, got {n}");
            if (lo..=hi).contains(&n) {
                Ok(())
            } else {
                Err(Error::option(name, m))
            }
        };
        range("maxKeyphrases", self.max_keyphrases, 0, MAX_KEYPHRASES)?;
        range("maxThemes", self.max_themes, 0, MAX_THEMES)?;
        range("phraseWords", self.phrase_words, 1, MAX_PHRASE_WORDS)?;
        if self.language != DEFAULT_LANGUAGE && crate::lang::catalog::find(&self.language).is_none()
        {
            let codes = LANGUAGE_CODES.join(", ");
            let m = format!("must be auto or one of {codes}, got {:?}", self.language);
            return Err(Error::option("language", m));
        }
        Ok(())
    }
}
