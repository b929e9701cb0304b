//! The JS-facing shape of an analysis: camelCase keys and UTF-16 offsets, and options read
//! from a JS object's entries with errors that name the option. Plain Rust, tested natively;
//! `wasm.rs` only moves values across the boundary.

use serde::{Deserialize, Serialize};

use crate::analysis::{self, Analysis};
use crate::{Error, Options};

/// A value of a JS options object, as far as options care.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    /// `undefined` or `null`: the option is not set.
    Unset,
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// Anything else, with its JS type name.
    Other(&'static str),
}

/// The option names a JS caller may use.
pub const OPTION_NAMES: &[&str] = &[
    "sentences",
    "ratio",
    "words",
    "maxKeyphrases",
    "maxThemes",
    "phraseWords",
    "language",
];

fn whole(name: &'static str, v: &OptionValue, max: usize) -> Result<Option<usize>, Error> {
    match v {
        OptionValue::Unset => Ok(None),
        OptionValue::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= max as f64 => {
            Ok(Some(*n as usize))
        }
        OptionValue::Number(n) => Err(Error::option(
            name,
            format!("must be a whole number from 0 to {max}, got {n}"),
        )),
        OptionValue::String(_) => Err(Error::option(name, "must be a number, got a string")),
        OptionValue::Other(t) => Err(Error::option(name, format!("must be a number, got {t}"))),
    }
}

/// Builds and validates options from a JS object's `(key, value)` entries. Unknown keys and
/// wrong types are errors that name the key.
pub fn options_from_entries(entries: &[(String, OptionValue)]) -> Result<Options, Error> {
    let mut o = Options::default();
    for (key, value) in entries {
        match key.as_str() {
            "sentences" => o.sentences = whole("sentences", value, 10_000_000)?,
            "words" => o.words = whole("words", value, 1_000_000_000)?,
            "maxKeyphrases" => {
                o.max_keyphrases = whole("maxKeyphrases", value, 1_000_000)?.unwrap_or(20)
            }
            "maxThemes" => o.max_themes = whole("maxThemes", value, 1_000_000)?.unwrap_or(8),
            "phraseWords" => {
                o.phrase_words = whole("phraseWords", value, 1_000_000)?
                    .unwrap_or(crate::options::MAX_PHRASE_WORDS)
            }
            "ratio" => {
                o.ratio = match value {
                    OptionValue::Unset => None,
                    OptionValue::Number(n) => Some(*n),
                    OptionValue::String(_) => {
                        return Err(Error::option("ratio", "must be a number, got a string"))
                    }
                    OptionValue::Other(t) => {
                        return Err(Error::option("ratio", format!("must be a number, got {t}")))
                    }
                }
            }
            "language" => match value {
                OptionValue::Unset => {}
                OptionValue::String(s) => o.language = s.clone(),
                _ => return Err(Error::option("language", "must be a string such as \"en\"")),
            },
            other => {
                return Err(Error::unknown_option(other, OPTION_NAMES));
            }
        }
    }
    o.validate()?;
    Ok(o)
}

/// Converts UTF-8 byte offsets of one text to UTF-16 code-unit offsets in one pass.
pub struct Utf16Map {
    /// (byte offset, UTF-16 offset), sorted by byte offset.
    pairs: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// A map for the given byte offsets (any order, duplicates allowed) of `text`.
    pub fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        offsets.sort_unstable();
        offsets.dedup();
        let mut pairs = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut utf16 = 0usize;
        for (byte, c) in text.char_indices() {
            while let Some(&o) = wanted.peek() {
                if o > byte {
                    break;
                }
                pairs.push((o, utf16));
                wanted.next();
            }
            utf16 += c.len_utf16();
        }
        for o in wanted {
            pairs.push((o, utf16));
        }
        Utf16Map { pairs }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Map::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(i) => self.pairs.get(i.saturating_sub(1)).map_or(0, |p| p.1),
        }
    }
}

/// A piece of text with UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsPart {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A speaker with UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsSpeaker {
    pub name: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A sentence with UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsSentence {
    pub index: usize,
    pub paragraph: usize,
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub words: usize,
    pub score: f64,
    pub rank: usize,
}

/// A summary sentence with UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsSummarySentence {
    pub index: usize,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// A key phrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsKeyphrase {
    pub text: String,
    pub score: f64,
    pub count: usize,
    pub sentences: Vec<usize>,
}

/// A theme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsTheme {
    pub label: String,
    pub score: f64,
    pub count: usize,
    pub phrases: Vec<String>,
    pub sentences: Vec<usize>,
}

/// A further cue of a directive's sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsClause {
    pub cue: JsPart,
    pub action: JsPart,
    pub negated: bool,
}

/// A directive with UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsDirective {
    pub sentence: usize,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<JsSpeaker>,
    pub cue: JsPart,
    pub addressee: Option<JsPart>,
    pub action: JsPart,
    pub kind: String,
    pub negated: bool,
    pub also: Vec<JsClause>,
}

/// Counts, with the text's length in UTF-16 code units too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsStats {
    pub bytes: usize,
    pub chars: usize,
    pub utf16: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub summary_words: usize,
    pub function_words: usize,
    pub looks_english: bool,
}

/// The analysis as JS sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsAnalysis {
    pub stats: JsStats,
    pub sentences: Vec<JsSentence>,
    pub summary: Vec<JsSummarySentence>,
    pub keyphrases: Vec<JsKeyphrase>,
    pub themes: Vec<JsTheme>,
    pub directives: Vec<JsDirective>,
}

/// Converts an analysis of `text` to its JS shape (UTF-16 offsets).
pub fn to_js(text: &str, a: &Analysis) -> JsAnalysis {
    let mut offsets = Vec::with_capacity(a.sentences.len() * 2 + a.directives.len() * 10 + 1);
    offsets.push(text.len());
    for s in &a.sentences {
        offsets.extend([s.start, s.end]);
    }
    let part_offsets = |p: &analysis::Part, o: &mut Vec<usize>| o.extend([p.start, p.end]);
    for d in &a.directives {
        part_offsets(&d.cue, &mut offsets);
        part_offsets(&d.action, &mut offsets);
        if let Some(p) = &d.addressee {
            part_offsets(p, &mut offsets);
        }
        if let Some(s) = &d.speaker {
            offsets.extend([s.start, s.end]);
        }
        for c in &d.also {
            part_offsets(&c.cue, &mut offsets);
            part_offsets(&c.action, &mut offsets);
        }
    }
    let map = Utf16Map::new(text, offsets);
    let part = |p: &analysis::Part| JsPart {
        text: p.text.clone(),
        start: map.get(p.start),
        end: map.get(p.end),
    };
    JsAnalysis {
        stats: JsStats {
            bytes: a.stats.bytes,
            chars: a.stats.chars,
            utf16: map.get(text.len()),
            words: a.stats.words,
            sentences: a.stats.sentences,
            paragraphs: a.stats.paragraphs,
            summary_words: a.stats.summary_words,
            function_words: a.stats.function_words,
            looks_english: a.stats.looks_english,
        },
        sentences: a
            .sentences
            .iter()
            .map(|s| JsSentence {
                index: s.index,
                paragraph: s.paragraph,
                kind: s.kind.as_str().to_string(),
                text: s.text.clone(),
                start: map.get(s.start),
                end: map.get(s.end),
                words: s.words,
                score: s.score,
                rank: s.rank,
            })
            .collect(),
        summary: a
            .summary
            .iter()
            .map(|s| JsSummarySentence {
                index: s.index,
                text: s.text.clone(),
                start: map.get(s.start),
                end: map.get(s.end),
                score: s.score,
            })
            .collect(),
        keyphrases: a
            .keyphrases
            .iter()
            .map(|k| JsKeyphrase {
                text: k.text.clone(),
                score: k.score,
                count: k.count,
                sentences: k.sentences.clone(),
            })
            .collect(),
        themes: a
            .themes
            .iter()
            .map(|t| JsTheme {
                label: t.label.clone(),
                score: t.score,
                count: t.count,
                phrases: t.phrases.clone(),
                sentences: t.sentences.clone(),
            })
            .collect(),
        directives: a
            .directives
            .iter()
            .map(|d| JsDirective {
                sentence: d.sentence,
                text: d.text.clone(),
                start: map.get(d.start),
                end: map.get(d.end),
                speaker: d.speaker.as_ref().map(|s| JsSpeaker {
                    name: s.name.clone(),
                    text: s.text.clone(),
                    start: map.get(s.start),
                    end: map.get(s.end),
                }),
                cue: part(&d.cue),
                addressee: d.addressee.as_ref().map(part),
                action: part(&d.action),
                kind: d.kind.as_str().to_string(),
                negated: d.negated,
                also: d
                    .also
                    .iter()
                    .map(|c| JsClause {
                        cue: part(&c.cue),
                        action: part(&c.action),
                        negated: c.negated,
                    })
                    .collect(),
            })
            .collect(),
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
        let a = crate::analyze(text);
        let js = to_js(text, &a);
        for s in &js.sentences {
            assert_eq!(js_slice(text, s.start, s.end), s.text);
        }
        let d = &js.directives[0];
        assert_eq!(js_slice(text, d.action.start, d.action.end), "vote now");
        let sp = d.speaker.as_ref().unwrap();
        assert_eq!(js_slice(text, sp.start, sp.end), "Ann Lee");
        assert_eq!(js.stats.utf16, text.encode_utf16().count());
        assert_eq!(d.kind, "reported");
        assert!(!d.negated);
        assert_eq!(js.sentences[0].kind, "sentence");
        let text = "Él 😀 said so. Ann Lee did not urge résidents to vote.";
        let d = &to_js(text, &crate::analyze(text)).directives[0];
        assert!(d.negated);
        assert_eq!(js_slice(text, d.cue.start, d.cue.end), "did not urge");
    }

    #[test]
    fn options_from_entries_name_the_bad_key() {
        let e = |k: &str, v: OptionValue| options_from_entries(&[(k.to_string(), v)]);
        assert_eq!(
            e("sentences", OptionValue::Number(3.0)).unwrap().sentences,
            Some(3)
        );
        assert_eq!(e("maxThemes", OptionValue::Unset).unwrap().max_themes, 8);
        assert_eq!(
            e("phraseWords", OptionValue::Number(1.0))
                .unwrap()
                .phrase_words,
            1
        );
        let err = e("phraseWords", OptionValue::Number(7.0)).unwrap_err();
        assert!(err.to_string().contains("from 1 to 4"), "{err}");
        let err = e("maxTheme", OptionValue::Number(3.0)).unwrap_err();
        assert_eq!(err.option_name(), "maxTheme");
        assert!(err.to_string().contains("maxThemes"), "{err}");
        let err = e("sentences", OptionValue::Number(2.5)).unwrap_err();
        assert_eq!(err.option_name(), "sentences");
        let err = e("ratio", OptionValue::String("half".into())).unwrap_err();
        assert_eq!(err.option_name(), "ratio");
        let err = e("ratio", OptionValue::Number(3.0)).unwrap_err();
        assert!(err.to_string().contains("at most 1"));
        let err = e("words", OptionValue::Other("boolean")).unwrap_err();
        assert!(err.to_string().contains("boolean"));
    }

    #[test]
    fn map_handles_unsorted_duplicate_and_end_offsets() {
        let text = "é😀a";
        let m = Utf16Map::new(text, vec![7, 0, 2, 2, 6]);
        assert_eq!((m.get(0), m.get(2), m.get(6), m.get(7)), (0, 1, 3, 4));
    }
}
