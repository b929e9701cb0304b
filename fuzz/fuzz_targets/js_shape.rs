//! The JS result's shape: every offset in UTF-16 code units slices the text to the span's
//! own text (what `text.slice(start, end)` gives in JS), and the UTF-16 length is exact.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn slice16(units: &[u16], start: usize, end: usize) -> String {
    assert!(start <= end && end <= units.len(), "{start}..{end} of {}", units.len());
    String::from_utf16(&units[start..end]).expect("a span splits a surrogate pair")
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let units: Vec<u16> = text.encode_utf16().collect();
    static ANALYZER: std::sync::OnceLock<nutshell::Analyzer> = std::sync::OnceLock::new();
    let analyzer = ANALYZER.get_or_init(nutshell::Analyzer::default);
    let js = nutshell::js::to_js(&text, analyzer.analyze(&text));
    assert_eq!(js.stats.utf16, Some(units.len()));
    for s in &js.sentences {
        assert_eq!(slice16(&units, s.start, s.end), s.text);
    }
    for d in &js.directives {
        assert_eq!(slice16(&units, d.start, d.end), d.text);
        for p in [Some(&d.cue), d.addressee.as_ref(), Some(&d.action)].into_iter().flatten() {
            assert_eq!(slice16(&units, p.start, p.end), p.text);
        }
        if let Some(s) = &d.speaker {
            assert_eq!(slice16(&units, s.start, s.end), s.text);
        }
    }
});
