//! The shapes of an analysis for other languages' strings: the same output types, with
//! every offset in UTF-16 code units (JS) or in code points (Python), and options read from
//! any serde source with errors that name the option. Plain Rust, tested natively;
//! `wasm.rs` and the Python binding only move values across the boundary.

use serde::{Deserialize, Deserializer};

use crate::{Analysis, Options};

/// Reads options from any serde source (a JS object, JSON): camelCase keys, unknown keys
/// rejected; the message names the option ("invalid option `sentences`: invalid type:
/// string \"three\", expected usize", "unknown option `maxTheme`; allowed: sentences, ...").
// Not inlined: the page calls it too, and one copy keeps the module about 2 KB smaller.
#[inline(never)]
pub fn options_from<'de, D: Deserializer<'de>>(d: D) -> Result<Options, String> {
    Options::deserialize(d).map_err(|e| e.to_string())
}

/// The analysis of `text` with every offset in UTF-16 code units (`stats.utf16` set), so
/// that in JS `text.slice(start, end)` is each span. One visitor
/// ([`Analysis::visit_offsets_mut`]) collects the offsets, then rewrites them.
pub fn to_js(text: &str, a: Analysis) -> Analysis {
    let (mut a, length) = convert(text, a, char::len_utf16);
    a.stats.utf16 = Some(length);
    a
}

/// The analysis of `text` with every offset in code points (Unicode scalar values), so
/// that in Python `text[start:end]` is each span (`stats.chars` is the text's length in
/// that unit).
pub fn to_code_points(text: &str, a: Analysis) -> Analysis {
    convert(text, a, |_| 1).0
}

/// `a` with every offset counted in `unit`s, and the length of `text` in them.
fn convert(text: &str, mut a: Analysis, unit: fn(char) -> usize) -> (Analysis, usize) {
    let mut offsets = Vec::with_capacity(a.sentences.len() * 4 + a.directives.len() * 10 + 1);
    offsets.push(text.len());
    a.visit_offsets_mut(|o| offsets.push(*o));
    let map = OffsetMap::new(text, offsets, unit);
    a.visit_offsets_mut(|o| *o = map.get(*o));
    let length = map.get(text.len());
    (a, length)
}

/// Converts UTF-8 byte offsets of one text to offsets in another unit (UTF-16 code units,
/// code points) in one pass.
pub struct OffsetMap {
    /// (byte offset, offset in the unit), sorted by byte offset.
    pairs: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// A map for the given byte offsets (any order, duplicates allowed) of `text`, where
    /// each character counts `unit(c)`.
    pub fn new(text: &str, mut offsets: Vec<usize>, unit: fn(char) -> usize) -> OffsetMap {
        offsets.sort_unstable();
        offsets.dedup();
        let mut pairs = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut at = 0usize;
        for (byte, c) in text.char_indices() {
            while let Some(&o) = wanted.peek() {
                if o > byte {
                    break;
                }
                pairs.push((o, at));
                wanted.next();
            }
            at += unit(c);
        }
        for o in wanted {
            pairs.push((o, at));
        }
        OffsetMap { pairs }
    }

    /// The offset in the unit of a byte offset given to [`OffsetMap::new`] (an offset it was not
    /// given is a bug: a debug assertion; release builds give the nearest one before).
    pub fn get(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(i) => {
                debug_assert!(false, "offset {byte} was not collected");
                self.pairs.get(i.saturating_sub(1)).map_or(0, |p| p.1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UTF-16 slice `[start, end)` of `text`, as JS `text.slice(start, end)` gives it.
    fn js_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn utf16_offsets_slice_exactly_after_emoji_and_accents() {
        let text = "Café 😀 news. Ann Lee urged résidents 🇫🇷 to vote now. Done.";
        let js = to_js(text, crate::analyze(text));
        for s in &js.sentences {
            assert_eq!(js_slice(text, s.start, s.end), s.text);
        }
        let d = &js.directives[0];
        assert_eq!(js_slice(text, d.action.start, d.action.end), "vote now");
        let sp = d.speaker.as_ref().unwrap();
        assert_eq!(js_slice(text, sp.start, sp.end), "Ann Lee");
        assert_eq!(js.stats.utf16, Some(text.encode_utf16().count()));
        assert_eq!(d.kind.as_str(), "reported");
        assert!(!d.negated);
        assert_eq!(js.sentences[0].kind.as_str(), "sentence");
        let text = "Él 😀 said so. Ann Lee did not urge résidents to vote.";
        let d = &to_js(text, crate::analyze(text)).directives[0];
        assert!(d.negated);
        assert_eq!(js_slice(text, d.cue.start, d.cue.end), "did not urge");
    }

    #[test]
    fn every_span_of_the_js_result_slices_to_its_text() {
        let text = "“We must act,” Ann Lee 😀 said. She urged résidents to vote, and called \
                    for calm. Nobody urged the mayor to resign.";
        let js = to_js(text, crate::analyze(text));
        let mut parts = 0;
        for d in &js.directives {
            let spans = [Some(&d.cue), d.addressee.as_ref(), Some(&d.action)];
            for p in spans
                .into_iter()
                .flatten()
                .chain(d.also.iter().flat_map(|c| [&c.cue, &c.action]))
            {
                assert_eq!(js_slice(text, p.start, p.end), p.text);
                parts += 1;
            }
            if let Some(s) = &d.speaker {
                assert_eq!(js_slice(text, s.start, s.end), s.text);
            }
        }
        assert!(parts >= 4, "{parts}");
    }

    #[test]
    fn options_errors_name_the_option() {
        let read = |json: &str| options_from(&mut serde_json::Deserializer::from_str(json));
        assert_eq!(
            read(r#"{"sentences": 3}"#).unwrap().length,
            crate::Length::Sentences(3)
        );
        assert_eq!(read(r#"{"maxThemes": null}"#).unwrap().max_themes, 8);
        assert_eq!(read(r#"{"phraseWords": 1}"#).unwrap().phrase_words, 1);
        for (json, name, says) in [
            (r#"{"phraseWords": 7}"#, "phraseWords", "from 1 to 4"),
            (r#"{"maxTheme": 3}"#, "maxTheme", "maxThemes"),
            (r#"{"sentences": 2.5}"#, "sentences", "sentences"),
            (r#"{"ratio": "half"}"#, "ratio", "string"),
            (r#"{"ratio": 3}"#, "ratio", "at most 1"),
            (r#"{"words": true}"#, "words", "boolean"),
            (r#"{"sentences": 2, "words": 9}"#, "words", "only one"),
        ] {
            let err = read(json).unwrap_err();
            assert!(err.contains(name) && err.contains(says), "{json}: {err}");
        }
    }

    #[test]
    fn map_handles_unsorted_duplicate_and_end_offsets() {
        let text = "é😀a";
        let m = OffsetMap::new(text, vec![7, 0, 2, 2, 6], char::len_utf16);
        assert_eq!((m.get(0), m.get(2), m.get(6), m.get(7)), (0, 1, 3, 4));
        let m = OffsetMap::new(text, vec![7, 0, 2, 2, 6], |_| 1);
        assert_eq!((m.get(0), m.get(2), m.get(6), m.get(7)), (0, 1, 2, 3));
    }

    #[test]
    fn code_point_offsets_slice_like_python() {
        let text = "Café 😀 news. Ann Lee urged résidents 🇫🇷 to vote now. Done.";
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        let py = to_code_points(text, crate::analyze(text));
        for s in &py.sentences {
            assert_eq!(slice(s.start, s.end), s.text);
        }
        let d = &py.directives[0];
        assert_eq!(slice(d.action.start, d.action.end), "vote now");
        assert_eq!(py.stats.utf16, None);
        assert_eq!(py.stats.chars, chars.len());
    }
}
