//! The [`Analyzer`]: validated options and language data, and the pipeline that turns a text
//! into an [`Analysis`], one way: sentences (`segment`) → words (`tokenize`) → sentence
//! scores and the summary (`score`) → key phrases and themes (`themes`) → directives
//! (`directives`) → the result assembled here.

use crate::analysis::{Analysis, Reason, Sentence, Stats, SummarySentence};
use crate::flags::MARKER;
use crate::lang::Language;
use crate::segment::Segment;
use crate::tokenize::Tokens;
use crate::{directives, score, segment, themes, tokenize, Error, Options};

/// A Latin-script text shorter than this many words is never judged to be in no supported
/// language (too few words to tell): it is read as the language its words vote for, or as
/// English when none does.
pub const JUDGE_LANGUAGE_WORDS: usize = 20;
/// What [`crate::Stats::language`] says of a text in no supported language.
pub const UNDETERMINED: &str = "und";

/// Analyses `text` with default options. Never fails and never panics.
pub fn analyze(text: &str) -> Analysis {
    Analyzer::default().analyze(text)
}

/// An analyzer with validated options and its language data, for many texts.
#[derive(Default)]
pub struct Analyzer {
    options: Options,
    /// The language set by the options; `None` for `"auto"`, identified in each text.
    lang: Option<&'static Language>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Analyzer {
    /// Checks the options once; the error names the invalid option.
    pub fn new(options: Options) -> Result<Analyzer, Error> {
        options.validate()?;
        let lang =
            (options.language != crate::DEFAULT_LANGUAGE).then(|| Language::of(&options.language));
        Ok(Analyzer { options, lang })
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The language data for `text`, and what to say of it: its code and the confidence.
    /// A text in no supported language is read with English data (the summary still works;
    /// the front ends show no themes or directives for it).
    fn language(&self, text: &str) -> (&'static Language, &'static str, f64) {
        if let Some(lang) = self.lang {
            return (lang, lang.code, 1.0);
        }
        let found = crate::lang::identify::identify(text);
        match found.code {
            Some(code) => (Language::of(code), code, found.confidence),
            None => (Language::of("en"), UNDETERMINED, found.confidence),
        }
    }

    /// Analyses `text`. Never fails: empty text gives an empty analysis.
    pub fn analyze(&self, text: &str) -> Analysis {
        let (lang, code, confidence) = self.language(text);
        let segments = segment::segment(text, lang);
        let tokens = tokenize::tokenize(text, &segments, lang);
        let word_counts: Vec<usize> = tokens.ranges.iter().map(|r| r.len()).collect();

        // Themes before the summary's scores: the candidate phrases of a long text are its
        // largest structure, and this way they never coexist with the scores' vectors.
        let (keyphrases, themes) = themes::extract(
            text,
            &tokens,
            self.options.max_keyphrases,
            self.options.max_themes,
            self.options.phrase_words,
            if lang.unspaced {
                themes::Spacing::Unspaced
            } else {
                themes::Spacing::Spaced
            },
        );
        let mut scores = score::score(text, &segments, &tokens, lang, self.options.length());
        let order = score::ranking(&scores.scores);
        let chosen = score::select(
            &scores,
            &order,
            &segments,
            &word_counts,
            self.options.length(),
        );
        scores.keep_rows(&chosen, text, &segments, &tokens, lang);
        scores.free_inputs();
        // Directives last: the scores' inputs are freed by now, and the directives (a struct
        // of 300 bytes and six strings each) are the largest part of the output.
        let directives = if lang.reads_directives {
            directives::find(text, &segments, &tokens, lang)
        } else {
            Vec::new()
        };
        // A word budget that not even the best sentence fits: that sentence, cut after the
        // budget's last word (its new end).
        let mut summary_words = chosen.iter().map(|&i| word_counts[i]).sum();
        let mut cut_at = None;
        if let (crate::Length::Words(budget), [only]) = (self.options.length(), &chosen[..]) {
            if let Some(last) = tokens.of(*only).get(budget.saturating_sub(1)) {
                if summary_words > budget {
                    cut_at = Some(last.end());
                    summary_words = budget;
                }
            }
        }
        let base = stats(text, &segments, &tokens, summary_words);
        // The tokens are done with: freed before the output's sentences, each of which
        // copies its text, are built (the peak of a text of many short sentences).
        drop(tokens);
        let sentences = sentences(text, &segments, &word_counts, &scores.scores, &order);
        let mut summary: Vec<SummarySentence> = chosen
            .iter()
            .map(|&i| summary_sentence(&sentences[i], score::reasons(&scores, i)))
            .collect();
        if let (Some(end), [only]) = (cut_at, &mut summary[..]) {
            only.end = end;
            only.text = text[only.start..only.end].to_string();
            only.cut = true;
        }
        Analysis {
            stats: Stats {
                scorer: scores.model_name.to_string(),
                language: code.to_string(),
                language_confidence: confidence,
                ..base
            },
            sentences,
            summary,
            keyphrases,
            themes,
            directives,
        }
    }
}

/// Every sentence with its score and rank (`order`: sentence indices, best first).
fn sentences(
    text: &str,
    segments: &[Segment],
    word_counts: &[usize],
    scores: &[f64],
    order: &[usize],
) -> Vec<Sentence> {
    let mut rank = vec![0; segments.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r + 1;
    }
    (segments.iter().enumerate())
        .map(|(i, s)| Sentence {
            index: i,
            paragraph: s.paragraph,
            kind: s.kind,
            text: text[s.start..s.end].to_string(),
            start: s.start,
            end: s.end,
            words: word_counts[i],
            score: scores[i],
            rank: rank[i],
        })
        .collect()
}

fn summary_sentence(s: &Sentence, why: Vec<Reason>) -> SummarySentence {
    SummarySentence {
        index: s.index,
        text: s.text.clone(),
        start: s.start,
        end: s.end,
        score: s.score,
        why,
        cut: false,
    }
}

/// What the sentence scorer reads of a text, for training it (`nutshell-eval train`): the
/// feature names, and per sentence whether it may be in a summary (not a heading) and its
/// features; and the kind of text (`"news"` or `"long"`). Not a stable API.
#[doc(hidden)]
pub struct SentenceFeatures {
    pub kind: &'static str,
    pub texts: Vec<String>,
    pub candidates: Vec<bool>,
    pub rows: Vec<Vec<f64>>,
}

/// The weights of the one-sentence scorer (`one-sentence`), in row order.
#[doc(hidden)]
pub fn one_sentence_weights() -> &'static [f64] {
    score::one_sentence_weights()
}

/// The feature names, in row order.
#[doc(hidden)]
pub fn feature_names() -> Vec<&'static str> {
    score::FEATURES.iter().map(|f| f.name()).collect()
}

impl Analyzer {
    /// See [`SentenceFeatures`]; the sentences are those of [`Analysis::sentences`].
    #[doc(hidden)]
    pub fn sentence_features(&self, text: &str) -> SentenceFeatures {
        sentence_features(text, self.language(text).0)
    }
}

fn sentence_features(text: &str, lang: &Language) -> SentenceFeatures {
    let segments = segment::segment(text, lang);
    let tokens = tokenize::tokenize(text, &segments, lang);
    let mut scores = score::score(text, &segments, &tokens, lang, crate::Length::Sentences(3));
    let all: Vec<usize> = (0..segments.len()).collect();
    scores.keep_rows(&all, text, &segments, &tokens, lang);
    SentenceFeatures {
        kind: scores.kind.name(),
        texts: segments
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect(),
        candidates: segments
            .iter()
            .map(|s| s.kind != crate::analysis::SentenceKind::Heading)
            .collect(),
        rows: all.iter().map(|&i| scores.row(i).to_vec()).collect(),
    }
}

/// The counts of the text and of the summary.
fn stats(text: &str, segments: &[Segment], tokens: &Tokens, summary_words: usize) -> Stats {
    let words = tokens.tokens.len();
    let function_words = tokens.tokens.iter().filter(|t| t.has(MARKER)).count();
    Stats {
        bytes: text.len(),
        chars: text.chars().count(),
        words,
        sentences: segments.len(),
        paragraphs: segments.last().map_or(0, |s| s.paragraph + 1),
        summary_words,
        function_words,
        cut_sentences: segments.iter().filter(|s| s.cut).count(),
        utf16: None,
        scorer: String::new(),
        language: String::new(),
        language_confidence: 0.0,
    }
}
