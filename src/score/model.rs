//! The sentence scorer's weights, written by `nutshell-eval train` (do not edit by
//! hand; run the command below again instead).
//!
//! Command: `nutshell-eval train ../shared/data/summaries/news_dev.jsonl --write src/score/model.rs`
//! Data: news_dev.jsonl, the `fit` part (documents whose id does not hash to the `check` part,
//! `nutshell_eval::is_check`): 7241 documents, their human summaries as references;
//! labels: each document's greedy ROUGE-1 + ROUGE-2 oracle of up to 3 sentences.

use super::Model;

/// Summaries of several sentences of news and other texts whose lead carries the
/// gist: every feature, fitted on the documents whose reference has several sentences.
/// 376497 training pairs; mean log-loss 0.5458.
pub(crate) const NEWS: Model = Model {
    bias: 0.0,
    weights: &[
        1.553,   // lead
        -0.2496, // first
        0.0605,  // top-three
        0.1282,  // second
        0.1818,  // third
        -0.7497, // relative
        0.3565,  // paragraph-start
        0.7107,  // central
        -0.0255, // headline
        0.6023,  // opening
        0.4451,  // keywords
        1.3769,  // frequency
        0.9478,  // pairs
        -0.9493, // words
        0.3919,  // length
        0.0348,  // short
        -0.2374, // long
        -0.2381, // quote
        0.2653,  // number
        0.5772,  // names
        -0.0345, // pronoun
        -0.1688, // question
        0.3977,  // unfinished
        0.1197,  // item
    ],
    means: &[
        0.2842, // lead
        0.0276, // first
        0.0828, // top-three
        0.0276, // second
        0.0276, // third
        0.5,    // relative
        0.5891, // paragraph-start
        0.4623, // central
        0.002,  // headline
        0.0577, // opening
        0.1831, // keywords
        0.1991, // frequency
        0.116,  // pairs
        0.4872, // words
        0.4061, // length
        0.237,  // short
        0.0394, // long
        0.2886, // quote
        0.1826, // number
        0.0955, // names
        0.0566, // pronoun
        0.0295, // question
        0.0101, // unfinished
        0.0154, // item
    ],
};

/// Summaries of one sentence: every feature, fitted on the documents whose reference
/// is one sentence.
/// 61057 training pairs; mean log-loss 0.5879.
pub(crate) const ONE: Model = Model {
    bias: 0.0,
    weights: &[
        1.2373,  // lead
        -0.7072, // first
        -0.3335, // top-three
        0.0509,  // second
        0.3227,  // third
        -0.6287, // relative
        0.6022,  // paragraph-start
        0.3332,  // central
        -0.0927, // headline
        0.1488,  // opening
        0.6512,  // keywords
        1.561,   // frequency
        0.5388,  // pairs
        0.8171,  // words
        0.5406,  // length
        -0.2175, // short
        -0.4299, // long
        -0.2258, // quote
        0.1889,  // number
        0.3719,  // names
        -0.1358, // pronoun
        -0.0494, // question
        -0.2157, // unfinished
        0.0248,  // item
    ],
    means: &[
        0.3388, // lead
        0.0449, // first
        0.1348, // top-three
        0.0449, // second
        0.0449, // third
        0.5,    // relative
        0.2534, // paragraph-start
        0.4867, // central
        0.0019, // headline
        0.0625, // opening
        0.209,  // keywords
        0.2415, // frequency
        0.1215, // pairs
        0.4955, // words
        0.4118, // length
        0.2041, // short
        0.0357, // long
        0.3163, // quote
        0.1999, // number
        0.1104, // names
        0.0634, // pronoun
        0.0184, // question
        0.0135, // unfinished
        0.0052, // item
    ],
};

/// Long summaries and long texts: every document, fitted without the features of
/// position.
/// 437554 training pairs; mean log-loss 0.6098.
pub(crate) const COVERAGE: Model = Model {
    bias: 0.0,
    weights: &[
        0.0,     // lead
        0.0,     // first
        0.0,     // top-three
        0.0,     // second
        0.0,     // third
        0.0,     // relative
        0.0,     // paragraph-start
        0.7503,  // central
        0.0759,  // headline
        0.211,   // opening
        0.4081,  // keywords
        1.5839,  // frequency
        0.8483,  // pairs
        -0.4387, // words
        1.2256,  // length
        0.0062,  // short
        -0.4118, // long
        -0.2978, // quote
        0.3084,  // number
        0.708,   // names
        -0.1542, // pronoun
        -0.124,  // question
        -0.1245, // unfinished
        -0.0237, // item
    ],
    means: &[
        0.2999, // lead
        0.0326, // first
        0.0978, // top-three
        0.0326, // second
        0.0326, // third
        0.5,    // relative
        0.4925, // paragraph-start
        0.4693, // central
        0.002,  // headline
        0.0591, // opening
        0.1906, // keywords
        0.2113, // frequency
        0.1176, // pairs
        0.4896, // words
        0.4077, // length
        0.2275, // short
        0.0383, // long
        0.2965, // quote
        0.1876, // number
        0.0998, // names
        0.0585, // pronoun
        0.0263, // question
        0.011,  // unfinished
        0.0125, // item
    ],
};
