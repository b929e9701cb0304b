//! # Nutshell
//!
//! The gist and the asks of an article, computed locally: a **summary** (its most important
//! sentences, in their original order), its **themes** (key phrases, grouped) and its **key
//! directives** (who urges, calls for, demands or orders whom to do what, and what must or
//! should be done).
//!
//! The pipeline runs one way: text → sentences (`segment`) → words
//! (`tokenize`) → sentence scores and the summary (`score`) → key phrases and themes
//! (`themes`) → directives (`directives`) → [`Analysis`].
//!
//! ```
//! let text = "Mayor Ann Lee urged residents to conserve water. The reservoir is at 30%. \
//!             She said the city must fix its leaking pipes.";
//! let analysis = nutshell::analyze(text);
//! assert_eq!(analysis.sentences.len(), 3);
//! let d = &analysis.directives[0];
//! assert_eq!(d.speaker.as_ref().unwrap().name, "Ann Lee");
//! assert_eq!(d.cue.text, "urged");
//! assert_eq!(d.addressee.as_ref().unwrap().text, "residents");
//! assert_eq!(d.action.text, "conserve water");
//! // "She" is resolved to the latest named speaker.
//! assert_eq!(analysis.directives[1].speaker.as_ref().unwrap().name, "Ann Lee");
//! assert_eq!(analysis.directives[1].cue.text, "must");
//! ```
//!
//! Reuse an [`Analyzer`] for many texts, with [`Options`] validated once:
//!
//! ```
//! use nutshell::{Analyzer, Length, Options};
//! let analyzer = Analyzer::new(Options::default().with_length(Length::Sentences(1)))?;
//! let a = analyzer.analyze("First point here. Second point there. Third point.");
//! assert_eq!(a.summary.len(), 1);
//! // Only options can be wrong, never the text:
//! let err = Analyzer::new(Options::default().with_length(Length::Ratio(2.0))).unwrap_err();
//! assert_eq!(err.option_name(), "ratio");
//! # Ok::<(), nutshell::Error>(())
//! ```
//!
//! ## Offsets
//!
//! Every `start`/`end` is a UTF-8 byte offset into the analysed text, on a character
//! boundary: `&text[s.start..s.end] == s.text`. (The WASM binding converts them to UTF-16.)
//!
//! ## What counts as a directive
//!
//! - Reported: a speaker *urges*, *calls for*, *calls on … to*, *demands*, *orders*,
//!   *instructs*, *directs*, *requires*, *asks … to*, *requests*, *presses for*, *pushes
//!   for*, *appeals for / to*, *encourages … to*, *implores*, *exhorts*, *commands*, *begs*,
//!   or *stresses / emphasizes / underlines / highlights / reiterates the need (importance,
//!   necessity) of / to / for* something, also as a participle ("emphasizing the importance
//!   of …").
//! - Obligation: something *must*, *should*, *needs to*, *has to*, *ought to* be done, or
//!   *it is necessary / essential / imperative to*; with a speaker when a reporting verb
//!   introduces it ("X emphasized that party committees should …").
//! - Not directives: praise ("commended", "praised"), reports ("reported on the progress"),
//!   facts, and statements of fact after a cue verb ("highlighted that unions are …").
//!
//! ## Limits
//!
//! English only; rule-based cues (no parser), so long-distance subjects, nested quotes and
//! passives without an agent can be missed; one directive per speaker and sentence (further
//! cues of the same speaker are in [`Directive::also`]).

mod analysis;
mod directives;
mod error;
mod flags;
pub mod js;
mod lang;
mod options;
mod score;
mod segment;
mod themes;
mod tokenize;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
mod ui;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub use ui::start;
#[cfg(target_arch = "wasm32")]
pub use wasm::{analyze as analyze_js, default_options, version};
/// The typed options object of the JS API.
#[cfg(target_arch = "wasm32")]
pub mod wasm_options {
    pub use crate::wasm::JsOptions;
}

pub use analysis::{
    Analysis, Clause, Directive, DirectiveKind, Keyphrase, Part, RuleInfo, Sentence, SentenceKind,
    Speaker, Stats, SummarySentence, Theme,
};
pub use directives::rules as directive_rules;
pub use error::Error;
pub use options::{Length, Options, DEFAULT_SENTENCES, MAX_PHRASE_WORDS};
pub use segment::MAX_SENTENCE_BYTES;

use lang::Language;

/// What the front ends say when [`Stats::looks_english`] is false.
pub const NOT_ENGLISH: &str = "This text does not read as English (few words like \"the\", \"of\" \
     and \"and\"). The summary still picks its sentences; themes and directives are made for \
     English and may be poor or missing.";

/// Texts shorter than this many words are not judged for their language.
pub const JUDGE_LANGUAGE_WORDS: usize = 40;
/// The least share of English marker words (`ENGLISH_MARKERS` in `src/lang/en.rs`: "the",
/// "of", "and", ...) in a text that reads as English. Measured (EVALUATION.md): every English
/// document of the shared sets with 40 words or more (5,500 news stories and abstracts) has
/// 0.074 or more, most 0.25 to 0.4; Portuguese news, German encyclopedia articles and Chinese
/// posts (1,266 documents) have 0.032 at most, an Indonesian story in KPCrowd 0, and news
/// paragraphs written for the check in Dutch, Polish, Danish, French, Spanish and Italian
/// 0.038 at most.
pub const MIN_FUNCTION_SHARE: f64 = 0.06;

/// Analyses `text` with default options. Never fails and never panics.
pub fn analyze(text: &str) -> Analysis {
    Analyzer::default().analyze(text)
}

/// An analyzer with validated options and its language data, for many texts.
pub struct Analyzer {
    options: Options,
    lang: Language,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer {
            options: Options::default(),
            lang: Language::english(),
        }
    }
}

impl Analyzer {
    /// Checks the options once; the error names the invalid option.
    pub fn new(options: Options) -> Result<Analyzer, Error> {
        options.validate()?;
        Ok(Analyzer {
            options,
            lang: Language::english(),
        })
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses `text`. Never fails: empty text gives an empty analysis.
    pub fn analyze(&self, text: &str) -> Analysis {
        let lang = &self.lang;
        let segments = segment::segment(text, lang);
        let tokens = tokenize::tokenize(text, &segments, lang);
        let word_counts: Vec<usize> = tokens.ranges.iter().map(|r| r.len()).collect();

        let weights = score::WEIGHTS;
        let scores = score::score(&segments, &tokens, &weights);
        let order = score::ranking(&scores.scores);
        let mut rank = vec![0; segments.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r + 1;
        }
        let chosen = score::select(
            &scores,
            &order,
            &segments,
            &word_counts,
            self.options.length(),
            &weights,
        );
        let (keyphrases, themes) = themes::extract(
            text,
            &tokens,
            self.options.max_keyphrases,
            self.options.max_themes,
            self.options.phrase_words,
        );
        let directives = directives::find(text, &segments, &tokens, lang);

        let sentences: Vec<Sentence> = segments
            .iter()
            .enumerate()
            .map(|(i, s)| Sentence {
                index: i,
                paragraph: s.paragraph,
                kind: s.kind,
                text: text[s.start..s.end].to_string(),
                start: s.start,
                end: s.end,
                words: word_counts[i],
                score: scores.scores[i],
                rank: rank[i],
            })
            .collect();
        let summary: Vec<SummarySentence> = chosen
            .iter()
            .map(|&i| SummarySentence {
                index: i,
                text: sentences[i].text.clone(),
                start: sentences[i].start,
                end: sentences[i].end,
                score: sentences[i].score,
            })
            .collect();
        let function_words = (tokens.tokens.iter())
            .filter(|t| t.has(flags::MARKER))
            .count();
        let stats = Stats {
            bytes: text.len(),
            chars: text.chars().count(),
            words: tokens.tokens.len(),
            sentences: sentences.len(),
            paragraphs: segments.last().map_or(0, |s| s.paragraph + 1),
            summary_words: chosen.iter().map(|&i| word_counts[i]).sum(),
            function_words,
            looks_english: tokens.tokens.len() < JUDGE_LANGUAGE_WORDS
                || function_words as f64 >= MIN_FUNCTION_SHARE * tokens.tokens.len() as f64,
        };
        Analysis {
            stats,
            sentences,
            summary,
            keyphrases,
            themes,
            directives,
        }
    }
}

/// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
