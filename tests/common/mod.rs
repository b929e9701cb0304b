//! Helpers shared by the integration tests.
#![allow(dead_code)]

use nutshell::{analyze, Analysis, Directive};

/// The seed article (also the page's example).
pub const SEED: &str = include_str!("../../assets/example.txt");

/// Asserts that `text` splits into exactly `expected` sentences.
#[track_caller]
pub fn assert_sentences(text: &str, expected: &[&str]) {
    let a = analyze(text);
    let got: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(got, expected, "segmentation of {text:?}");
}

/// Asserts the invariants every analysis must keep: spans on char boundaries, in bounds,
/// text equal to its span, scores in 0..=1, summary in document order.
#[track_caller]
pub fn assert_well_formed(text: &str, a: &Analysis) {
    let span = |start: usize, end: usize, t: &str| {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} out of bounds"
        );
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert_eq!(&text[start..end], t);
    };
    for s in &a.sentences {
        span(s.start, s.end, &s.text);
        assert!((0.0..=1.0).contains(&s.score));
        assert!(!s.text.trim().is_empty());
    }
    for w in a.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences overlap");
    }
    for s in &a.summary {
        span(s.start, s.end, &s.text);
    }
    assert!(a.summary.windows(2).all(|w| w[0].index < w[1].index));
    if a.sentences
        .iter()
        .any(|s| s.text.chars().any(char::is_alphanumeric))
    {
        assert!(!a.summary.is_empty(), "summary empty for non-empty text");
    }
    for k in &a.keyphrases {
        assert!((0.0..=1.0).contains(&k.score));
        assert!(k.count >= 1 && !k.sentences.is_empty());
    }
    for d in &a.directives {
        span(d.start, d.end, &d.text);
        span(d.cue.start, d.cue.end, &d.cue.text);
        span(d.action.start, d.action.end, &d.action.text);
        if let Some(s) = &d.speaker {
            span(s.start, s.end, &s.text);
        }
        if let Some(p) = &d.addressee {
            span(p.start, p.end, &p.text);
        }
    }
}

/// The only directive of `text`.
#[track_caller]
pub fn one_directive(text: &str) -> Directive {
    let a = analyze(text);
    assert_eq!(
        a.directives.len(),
        1,
        "directives of {text:?}: {:#?}",
        a.directives
    );
    a.directives[0].clone()
}

/// Asserts that `text` holds no directive.
#[track_caller]
pub fn assert_no_directive(text: &str) {
    let a = analyze(text);
    assert!(
        a.directives.is_empty(),
        "unexpected directive in {text:?}: {:#?}",
        a.directives
    );
}
