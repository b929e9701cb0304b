//! Any text: the analysis never panics, and every invariant of its output holds (spans on
//! char boundaries and in bounds, each span's text the text's slice, indices in range,
//! summary in order, the same result twice).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::{Analysis, Analyzer, Length, Options};

fn check_span(text: &str, start: usize, end: usize, shown: &str) {
    assert!(start <= end && end <= text.len(), "span {start}..{end} of {}", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    assert_eq!(&text[start..end], shown);
}

fn check(text: &str, a: &Analysis) {
    let n = a.sentences.len();
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        check_span(text, s.start, s.end, &s.text);
        assert!(s.rank >= 1 && s.rank <= n);
    }
    assert!(a.summary.windows(2).all(|w| w[0].index < w[1].index));
    for s in &a.summary {
        assert!(s.index < n);
        check_span(text, s.start, s.end, &s.text);
    }
    for k in &a.keyphrases {
        assert!(k.sentences.iter().all(|&i| i < n));
    }
    for t in &a.themes {
        assert!(t.sentences.iter().all(|&i| i < n));
    }
    for d in &a.directives {
        assert!(d.sentence < n);
        check_span(text, d.start, d.end, &d.text);
        check_span(text, d.cue.start, d.cue.end, &d.cue.text);
        check_span(text, d.action.start, d.action.end, &d.action.text);
        if let Some(p) = &d.addressee {
            check_span(text, p.start, p.end, &p.text);
        }
        if let Some(s) = &d.speaker {
            check_span(text, s.start, s.end, &s.text);
        }
        for c in &d.also {
            check_span(text, c.cue.start, c.cue.end, &c.cue.text);
            check_span(text, c.action.start, c.action.end, &c.action.text);
        }
    }
}

/// One analyzer per length option, and one per language read from a directive cue table
/// (so the table reader sees every input, not only texts identified as its language), built
/// once (building the language data is the cost of `Analyzer::new`, not of an analysis).
fn analyzers() -> &'static [Analyzer] {
    static ANALYZERS: std::sync::OnceLock<Vec<Analyzer>> = std::sync::OnceLock::new();
    ANALYZERS.get_or_init(|| {
        let lengths = [Length::Sentences(3), Length::Words(60), Length::Ratio(0.3)]
            .map(|l| Analyzer::new(Options::default().with_length(l)).unwrap());
        let languages = ["fr", "de", "es", "ru", "zh"]
            .map(|c| Analyzer::new(Options::default().with_language(c)).unwrap());
        lengths.into_iter().chain(languages).collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first byte picks a length option or a language, so the summary selection and the
    // directive cue tables are fuzzed too.
    let pick = data.first().map_or(0, |b| *b as usize);
    let analyzer = &analyzers()[pick % analyzers().len()];
    let a = analyzer.analyze(&text);
    check(&text, &a);
    // Determinism on one input in eight (a second analysis doubles the cost).
    if pick % 8 == 0 {
        assert_eq!(a, analyzer.analyze(&text), "not deterministic");
    }
});
