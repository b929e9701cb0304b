//! The sentence scorer's weights, written by `nutshell-eval train` (do not edit by
//! hand; run the command below again instead).
//!
//! Command: `nutshell-eval train ../shared/data/multilingual/lcsts_part3_zh.jsonl --chars --write src/score/model_zh.rs`
//! Data: lcsts_part3_zh.jsonl, the `fit` part (`nutshell_eval::is_check`): 770 posts, their human
//! one-line summaries as references; labels: each post's best sentence by character
//! ROUGE-1 + ROUGE-2 (every Han character a token).
//! Features: first rest central frequency pairs; chosen by two-fold cross-validation inside the fit part among
//! `CHINESE_CANDIDATES` (eval/src/main.rs).

#![allow(clippy::approx_constant)]

use super::Model;

/// One-sentence summaries of Chinese: the features chosen above, fitted on posts
/// whose reference is one line.
/// 1602 training pairs; mean log-loss 0.6368.
pub(crate) const ZH_ONE: Model = Model {
    weights: &[
        0.0,    // lead
        0.4579, // first
        0.0,    // top-three
        0.0,    // second
        0.0,    // third
        0.0,    // relative
        0.0,    // paragraph-start
        0.3772, // central
        0.0,    // headline
        0.0,    // opening
        0.0,    // keywords
        2.7361, // frequency
        0.588,  // pairs
        1.6594, // rest
        0.0,    // words
        0.0,    // length
        0.0,    // short
        0.0,    // long
        0.0,    // quote
        0.0,    // number
        0.0,    // names
        0.0,    // pronoun
        0.0,    // question
        0.0,    // unfinished
        0.0,    // item
    ],
    means: &[
        0.7402, // lead
        0.3219, // first
        0.8614, // top-three
        0.3143, // second
        0.2252, // third
        0.4962, // relative
        0.0,    // paragraph-start
        0.7106, // central
        0.0003, // headline
        0.1006, // opening
        0.5466, // keywords
        0.3941, // frequency
        0.125,  // pairs
        0.084,  // rest
        0.6552, // words
        0.6931, // length
        0.0777, // short
        0.2328, // long
        0.2425, // quote
        0.338,  // number
        0.0043, // names
        0.0,    // pronoun
        0.0055, // question
        0.1187, // unfinished
        0.0,    // item
    ],
};
