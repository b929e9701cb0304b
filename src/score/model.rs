//! The sentence scorer's weights, written by `nutshell-eval train` (do not edit by
//! hand; run the command below again instead).
//!
//! Command: `nutshell-eval train ../shared/data/summaries/news_dev.jsonl --write src/score/model.rs`
//! Data: news_dev.jsonl, the `fit` part (documents whose id does not hash to the `check` part,
//! `nutshell_eval::is_check`): 7241 documents, their human summaries as references;
//! labels: each document's greedy ROUGE-1 + ROUGE-2 oracle of up to 3 sentences.

#![allow(clippy::approx_constant)]

use super::Model;

/// Summaries of several sentences of news and other texts whose lead carries the
/// gist: every feature, fitted on the documents whose reference has several sentences.
/// 374279 training pairs; mean log-loss 0.5459.
pub(crate) const NEWS: Model = Model {
    weights: &[
        1.5387,  // lead
        -0.239,  // first
        0.0669,  // top-three
        0.1247,  // second
        0.1812,  // third
        -0.7541, // relative
        0.3888,  // paragraph-start
        0.6909,  // central
        -0.0468, // headline
        0.6229,  // opening
        0.4929,  // keywords
        1.2792,  // frequency
        0.9216,  // pairs
        0.0,     // rest
        -1.0044, // words
        0.3855,  // length
        0.0323,  // short
        -0.2303, // long
        -0.2328, // quote
        0.3033,  // number
        0.4845,  // names
        -0.0456, // pronoun
        -0.2127, // question
        0.1294,  // unfinished
        0.119,   // item
    ],
    means: &[
        0.2849, // lead
        0.0277, // first
        0.0832, // top-three
        0.0277, // second
        0.0277, // third
        0.5,    // relative
        0.5922, // paragraph-start
        0.4647, // central
        0.002,  // headline
        0.058,  // opening
        0.1841, // keywords
        0.2001, // frequency
        0.1165, // pairs
        0.0401, // rest
        0.4897, // words
        0.4082, // length
        0.2331, // short
        0.0396, // long
        0.29,   // quote
        0.1828, // number
        0.0964, // names
        0.0567, // pronoun
        0.0297, // question
        0.0101, // unfinished
        0.0105, // item
    ],
};

/// Summaries of one sentence: every feature, fitted on the documents whose reference
/// is one sentence.
/// 60932 training pairs; mean log-loss 0.5881.
pub(crate) const ONE: Model = Model {
    weights: &[
        1.2326,  // lead
        -0.705,  // first
        -0.3331, // top-three
        0.0507,  // second
        0.3213,  // third
        -0.6311, // relative
        0.6256,  // paragraph-start
        0.334,   // central
        -0.0918, // headline
        0.153,   // opening
        0.6571,  // keywords
        1.5405,  // frequency
        0.5339,  // pairs
        0.0,     // rest
        0.8167,  // words
        0.5327,  // length
        -0.215,  // short
        -0.4296, // long
        -0.2277, // quote
        0.1874,  // number
        0.3595,  // names
        -0.1362, // pronoun
        -0.0546, // question
        -0.2409, // unfinished
        0.0175,  // item
    ],
    means: &[
        0.3392, // lead
        0.045,  // first
        0.1351, // top-three
        0.045,  // second
        0.045,  // third
        0.5,    // relative
        0.2539, // paragraph-start
        0.4876, // central
        0.002,  // headline
        0.0626, // opening
        0.2094, // keywords
        0.242,  // frequency
        0.1217, // pairs
        0.0462, // rest
        0.4964, // words
        0.4125, // length
        0.2025, // short
        0.0358, // long
        0.3169, // quote
        0.2,    // number
        0.1108, // names
        0.0635, // pronoun
        0.0185, // question
        0.0135, // unfinished
        0.0037, // item
    ],
};

/// Long summaries and long texts: every document, fitted without the features of
/// position.
/// 435211 training pairs; mean log-loss 0.6105.
pub(crate) const COVERAGE: Model = Model {
    weights: &[
        0.0,     // lead
        0.0,     // first
        0.0,     // top-three
        0.0,     // second
        0.0,     // third
        0.0,     // relative
        0.0,     // paragraph-start
        0.7514,  // central
        0.0927,  // headline
        0.2149,  // opening
        0.4234,  // keywords
        1.5448,  // frequency
        0.8371,  // pairs
        0.0,     // rest
        -0.4496, // words
        1.2179,  // length
        0.0089,  // short
        -0.4093, // long
        -0.2978, // quote
        0.3168,  // number
        0.6921,  // names
        -0.1588, // pronoun
        -0.1585, // question
        -0.1961, // unfinished
        -0.0319, // item
    ],
    means: &[
        0.3006, // lead
        0.0327, // first
        0.0982, // top-three
        0.0327, // second
        0.0327, // third
        0.5,    // relative
        0.4946, // paragraph-start
        0.4713, // central
        0.002,  // headline
        0.0594, // opening
        0.1914, // keywords
        0.2122, // frequency
        0.118,  // pairs
        0.0418, // rest
        0.4916, // words
        0.4094, // length
        0.2243, // short
        0.0385, // long
        0.2978, // quote
        0.1877, // number
        0.1006, // names
        0.0587, // pronoun
        0.0265, // question
        0.0111, // unfinished
        0.0086, // item
    ],
};
