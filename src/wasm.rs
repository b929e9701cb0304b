//! The WebAssembly exports: `analyze`, `defaultOptions`, `version`. Thin: values cross the
//! boundary here, every rule lives in `js.rs` and the core.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::js::{options_from, to_js};
use crate::{Analyzer, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Analysis options; every key is optional. At most one of sentences, ratio, words. */
export interface Options {
  /** Summary length in sentences (1 to 10000); 5 when no length is set. */
  sentences?: number | null;
  /** Summary length as a fraction of the sentences (0 < ratio <= 1). */
  ratio?: number | null;
  /** Summary length as a word budget (1 to 1000000). */
  words?: number | null;
  /** Key phrases to return (0 to 500, default 20). */
  maxKeyphrases?: number;
  /** Themes to return (0 to 100, default 8). */
  maxThemes?: number;
  /** Longest key phrase in words (1 to 4, default 4); 1 gives single-word keywords. */
  phraseWords?: number;
  /** Language of the text: "auto" (default: identified in each text) or a code: "en", "ar", "da", "nl", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "tr", "zh", "ja". */
  language?: string;
}
/** A piece of the text; start/end are UTF-16 offsets: text.slice(start, end). */
export interface Part { text: string; start: number; end: number; }
export interface Speaker extends Part { /** The same name for every mention ("Xi Jinping"). */ name: string; }
export interface Stats {
  bytes: number; chars: number;
  /** The text's length in UTF-16 code units (the unit of every offset here). */
  utf16: number;
  words: number;
  sentences: number; paragraphs: number; summaryWords: number;
  /** Function words of the text's language ("the", "of"): a quarter to a third of an English text. */
  functionWords: number;
  /** The language the text was read in: a code of the `language` option, or "und" when it is in none of them (read with English data; the page then shows the summary only). */
  language: string;
  /** How sure the identification is, 0 to 1; 1 when the `language` option set it. */
  languageConfidence: number;
  /** Sentences over 2,000 bytes, cut into chunks read as sentences; absent when none. */
  cutSentences?: number;
  /** Which weights chose the summary: a few sentences of news, one sentence (of Chinese: "one-sentence-zh"), or coverage (long summaries, long texts). */
  scorer: "news" | "one-sentence" | "one-sentence-zh" | "coverage";
}
export interface Sentence extends Part {
  index: number; paragraph: number; kind: "sentence" | "heading" | "item";
  words: number; score: number; rank: number;
}
/** One reason a summary sentence was chosen: a feature of the scorer ("lead", "central", "headline", ...), its note for a reader ("opens the text"), and how much it lifted the score (log-odds above an average sentence). */
export interface Reason { feature: string; note: string; weight: number; }
export interface SummarySentence extends Part {
  index: number; score: number;
  /** Why it was chosen, best reason first (one to three). */
  why: Reason[];
  /** Cut after the last word of a word budget that not even the best sentence fits; absent otherwise. */
  cut?: boolean;
}
export interface Keyphrase { text: string; score: number; count: number; sentences: number[]; }
export interface Theme {
  label: string; score: number; count: number; phrases: string[]; sentences: number[];
}
export interface Clause {
  cue: Part; action: Part; negated: boolean;
  /** The id of the cue rule that made it (see `nutshell --rules`). */
  rule: string;
}
export interface Directive extends Part {
  sentence: number;
  speaker: Speaker | null;
  cue: Part;
  addressee: Part | null;
  action: Part;
  kind: "reported" | "obligation" | "imperative" | "operative" | "rule" | "actionItem" | "indirect";
  /** The report says the ask was not made ("did not urge", "declined to call for"). */
  negated: boolean;
  also: Clause[];
  /** The id of the cue rule that made it ("addressed-to", "modal-must", ...; `nutshell --rules` lists them). */
  rule: string;
  /** The id of the sieve that found the speaker ("own-subject", "quotation", ...); null with no speaker. */
  speakerRule: string | null;
}
export interface Analysis {
  stats: Stats;
  sentences: Sentence[];
  summary: SummarySentence[];
  keyphrases: Keyphrase[];
  themes: Theme[];
  directives: Directive[];
}
"#;

#[wasm_bindgen]
extern "C" {
    /// A JS options object, typed as `Options` in TypeScript.
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
}

fn options_from_js(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(JsError::new(
            "invalid options: expected an object such as {sentences: 3}",
        ));
    }
    options_from(serde_wasm_bindgen::Deserializer::from(options.clone()))
        .map_err(|e| JsError::new(&e))
}

fn to_value<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Analyses `text`: summary, key phrases, themes and directives. Offsets are UTF-16 code
/// units. Throws only for invalid options, never for the text.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &str, options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let options = options_from_js(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
    let analyzer = Analyzer::new(options).map_err(|e| JsError::new(&e.to_string()))?;
    to_value(&to_js(text, analyzer.analyze(text)))
}

/// The default options.
#[wasm_bindgen(js_name = defaultOptions, unchecked_return_type = "Options")]
pub fn default_options() -> Result<JsValue, JsError> {
    to_value(&Options::default())
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
