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
//! Summaries and themes in the languages of [`languages`]; key directives in English (the
//! full rules) and in French, German, Russian, Spanish and Chinese (a cue table of asking
//! and obligation words: no imperatives, rules or quotations yet). Rule-based cues (no parser), so long-distance subjects, nested quotes and
//! passives without an agent can be missed; one directive per speaker and sentence (further
//! cues of the same speaker are in [`Directive::also`]).

mod analysis;
mod analyzer;
mod directives;
mod error;
mod flags;
pub mod js;
mod lang;
mod options;
pub mod present;
mod score;
mod segment;
mod themes;
mod tokenize;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
pub use wasm::{analyze as analyze_js, default_options, version};
/// The typed options object of the JS API.
#[cfg(target_arch = "wasm32")]
pub mod wasm_options {
    pub use crate::wasm::JsOptions;
}

pub use analysis::{
    Analysis, Clause, Directive, DirectiveKind, Keyphrase, Part, Reason, RuleInfo, Sentence,
    SentenceKind, Speaker, Stats, SummarySentence, Theme,
};
pub use analyzer::{analyze, Analyzer, JUDGE_LANGUAGE_WORDS, UNDETERMINED};
#[doc(hidden)]
pub use analyzer::{feature_names, one_sentence_weights, SentenceFeatures};
pub use directives::rules as directive_rules;
pub use error::Error;
pub use lang::{identify_language, language_info, languages, LanguageInfo};
pub use options::{
    Length, Options, DEFAULT_LANGUAGE, DEFAULT_MAX_KEYPHRASES, DEFAULT_MAX_THEMES,
    DEFAULT_SENTENCES, LANGUAGE_CODES, MAX_KEYPHRASES, MAX_PHRASE_WORDS, MAX_SENTENCES, MAX_THEMES,
    MAX_WORDS, OPTION_NAMES,
};
pub use present::NO_LANGUAGE;
pub use segment::MAX_SENTENCE_BYTES;

/// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
