//! Output types. Every span is a pair of UTF-8 byte offsets into the analysed text
//! (`start` inclusive, `end` exclusive), always on character boundaries, so
//! `&text[start..end]` is the item. The JS binding converts them to UTF-16 code units, the
//! Python binding to code points (`js.rs`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The result of analysing one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Analysis {
    /// Counts of what went in and what came out.
    pub stats: Stats,
    /// Every sentence (and heading or list item) in document order, scored and ranked.
    pub sentences: Vec<Sentence>,
    /// The summary: the chosen sentences in document order.
    pub summary: Vec<SummarySentence>,
    /// Key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Themes (groups of related key phrases), best first.
    pub themes: Vec<Theme>,
    /// Directives in document order.
    pub directives: Vec<Directive>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Analysis {
    /// Calls `f` on every offset of the analysis (the `start` and `end` of every sentence,
    /// summary sentence, directive and part of a directive), in a fixed order. The one place
    /// that lists them: a conversion of offsets (UTF-16 for JS) collects and rewrites through
    /// it, so no span can be missed by one and not the other.
    pub fn visit_offsets_mut(&mut self, mut f: impl FnMut(&mut usize)) {
        let part = |p: &mut Part, f: &mut dyn FnMut(&mut usize)| {
            f(&mut p.start);
            f(&mut p.end);
        };
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for s in &mut self.summary {
            f(&mut s.start);
            f(&mut s.end);
        }
        for d in &mut self.directives {
            f(&mut d.start);
            f(&mut d.end);
            if let Some(s) = &mut d.speaker {
                f(&mut s.start);
                f(&mut s.end);
            }
            part(&mut d.cue, &mut f);
            if let Some(p) = &mut d.addressee {
                part(p, &mut f);
            }
            part(&mut d.action, &mut f);
            for c in &mut d.also {
                part(&mut c.cue, &mut f);
                part(&mut c.action, &mut f);
            }
        }
    }
}

/// Counts of the text and of the summary.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Stats {
    /// Length of the text in UTF-8 bytes.
    pub bytes: usize,
    /// Length of the text in Unicode scalar values.
    pub chars: usize,
    /// Words in the text (UAX #29 words with a letter or digit).
    pub words: usize,
    /// Sentences, headings and list items.
    pub sentences: usize,
    /// Paragraphs (blocks separated by blank lines) that hold at least one sentence.
    pub paragraphs: usize,
    /// Words in the summary.
    pub summary_words: usize,
    /// Words that are frequent function words of the text's language ("the", "of", "and";
    /// in English the list `ENGLISH_MARKERS` in `lang/en.rs`, in the others their stop
    /// words).
    pub function_words: usize,
    /// Sentences longer than [`crate::MAX_SENTENCE_BYTES`] (2,000 bytes), each cut into
    /// chunks that are analysed as sentences: a run that long is a table, a list or a text
    /// without punctuation, and cutting it keeps every stage linear. Absent from JSON when 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cut_sentences: usize,
    /// Length of the text in UTF-16 code units: only in the JS result, whose offsets are
    /// UTF-16 (absent, `None`, in Rust and the CLI's JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utf16: Option<usize>,
    /// The language the text was read in: the code of a supported language (`"en"`, `"fr"`,
    /// ...; [`crate::LANGUAGE_CODES`]), set by the `language` option or identified, or
    /// `"und"` ([`crate::UNDETERMINED`]) when the text is in none of them: it is then read
    /// with English data, and the front ends show its summary only.
    pub language: String,
    /// How sure the identification is, from 0 (no evidence: a short text without any
    /// function word is read as English) to 1; 1 when the `language` option set it.
    pub language_confidence: f64,
    /// Which weights chose the summary: `"news"` (a summary of two to five sentences, where
    /// the lead counts), `"one-sentence"` (the one sentence that stands for the whole text)
    /// or `"coverage"` (a longer summary, or any summary of a text of more than 250
    /// sentences, chosen for what it covers, not where it stands).
    pub scorer: String,
}

/// What kind of unit a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    /// An ordinary sentence.
    Sentence,
    /// A line without final punctuation standing alone: a title, headline or dateline.
    /// Never picked for the summary unless the text has nothing else.
    Heading,
    /// A bullet or numbered list item.
    Item,
}

impl SentenceKind {
    /// The name used in JSON: "sentence", "heading" or "item".
    pub fn as_str(self) -> &'static str {
        match self {
            SentenceKind::Sentence => "sentence",
            SentenceKind::Heading => "heading",
            SentenceKind::Item => "item",
        }
    }
}

/// One sentence of the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Sentence {
    /// Position in [`Analysis::sentences`].
    pub index: usize,
    /// Index of its paragraph (0-based).
    pub paragraph: usize,
    /// Sentence, heading or list item.
    pub kind: SentenceKind,
    /// The sentence as written (a copy of `text[start..end]`).
    pub text: String,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Number of words.
    pub words: usize,
    /// Importance from 0 to 1 (1 for the best sentence).
    pub score: f64,
    /// 1 for the best sentence, 2 for the next; ties go to the earlier sentence.
    pub rank: usize,
}

/// One sentence of the summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SummarySentence {
    /// Index of the sentence in [`Analysis::sentences`].
    pub index: usize,
    /// The sentence as written.
    pub text: String,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Its score (0 to 1).
    pub score: f64,
    /// Why it was chosen: the features that lifted its score most above an average
    /// sentence's, best first (one to three).
    pub why: Vec<Reason>,
    /// Cut after the last word of a word budget that not even the best sentence fits
    /// (`text` and `end` stop there). Absent from JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cut: bool,
}

/// One reason a summary sentence was chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Reason {
    /// The feature's name: `lead`, `paragraph-start`, `central`, `headline`, `opening`,
    /// `length`, `number`, `names`, `quote`, ... (the list: `nutshell --features`).
    pub feature: String,
    /// The reason in a reader's words ("opens the text", "shares 5 words with the headline").
    pub note: String,
    /// How much it lifted the sentence's score (the model's log-odds above the average).
    pub weight: f64,
}

/// A key phrase of one to four words; case, singular/plural and other inflections merged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Keyphrase {
    /// The phrase in its most frequent written form.
    pub text: String,
    /// Relevance from 0 to 1 (1 for the best phrase).
    pub score: f64,
    /// Occurrences in the text.
    pub count: usize,
    /// Indices of the sentences that contain it, ascending.
    pub sentences: Vec<usize>,
}

/// A theme: related key phrases sharing words ("trade unions", "trade union work").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Theme {
    /// The phrase that names the theme.
    pub label: String,
    /// Relevance from 0 to 1 (1 for the best theme).
    pub score: f64,
    /// Number of sentences that carry the theme.
    pub count: usize,
    /// Its key phrases, best first.
    pub phrases: Vec<String>,
    /// Indices of the sentences that carry it, ascending.
    pub sentences: Vec<usize>,
}

/// A piece of a sentence: its text and byte span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Part {
    /// The text as written.
    pub text: String,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
}

/// Who gives a directive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Speaker {
    /// The speaker's name, the same for every mention: "Xi Jinping" for "Chinese President
    /// Xi Jinping", "Xi Jinping" and a "He" that refers to him.
    pub name: String,
    /// The mention in this sentence as written ("He", "Chinese President Xi Jinping").
    pub text: String,
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
}

/// What kind of directive it is, as a reader names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DirectiveKind {
    /// Someone urges, calls for, demands, orders or stresses the need for something.
    Reported,
    /// Something must, should, needs to or has to be done (may be reported by a speaker).
    Obligation,
    /// An order or request addressed to the reader: "Avoid flooded areas.", "Please do not
    /// disclose this.", "Let's vote now.", "If flooding occurs, get to higher ground." The
    /// addressee is `None`: whoever reads (or hears) it.
    Imperative,
    /// An operative clause of a resolution or decision: "Requests the Secretary-General to
    /// report ...", "Further urges all States to ...". Its speaker is the issuing body named
    /// in the preamble ("The General Assembly,"), or `None` when none is named.
    Operative,
    /// A rule or prohibition of a policy: "Users may not share passwords.", "Smoking is
    /// prohibited.", "We do not allow ...", "Members are responsible for ...".
    Rule,
    /// An action item of minutes: "Jeff Triplett: Create a draft post" (addressee Jeff
    /// Triplett), "Tom and Thibaud to analyse the 2024 edition", "Next step: post the CfP".
    #[serde(rename = "actionItem")]
    ActionItem,
    /// An ask made as a wish, a question or a suggestion: "I would appreciate it if you
    /// could ...", "Is there any chance you could ...?", "Could you send ...?".
    Indirect,
}

impl DirectiveKind {
    /// The name used in JSON: "reported", "obligation", "imperative", "operative", "rule",
    /// "actionItem", "indirect".
    pub fn as_str(self) -> &'static str {
        match self {
            DirectiveKind::Reported => "reported",
            DirectiveKind::Obligation => "obligation",
            DirectiveKind::Imperative => "imperative",
            DirectiveKind::Operative => "operative",
            DirectiveKind::Rule => "rule",
            DirectiveKind::ActionItem => "actionItem",
            DirectiveKind::Indirect => "indirect",
        }
    }

    /// Every kind, in the order the page and the reports list them.
    pub const ALL: [DirectiveKind; 7] = [
        DirectiveKind::Reported,
        DirectiveKind::Operative,
        DirectiveKind::Obligation,
        DirectiveKind::Rule,
        DirectiveKind::Imperative,
        DirectiveKind::ActionItem,
        DirectiveKind::Indirect,
    ];
}

/// Who urges, calls for, demands or orders whom to do what; or what must be done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Directive {
    /// Index of the sentence in [`Analysis::sentences`].
    pub sentence: usize,
    /// The whole sentence as written.
    pub text: String,
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// Who gives it; `None` for an obligation stated in the text's own voice.
    pub speaker: Option<Speaker>,
    /// The words that make it a directive: "urged", "called for", "stressed the need to",
    /// "should".
    pub cue: Part,
    /// Who is to act, when named: "trade unions", "party committees at all levels".
    pub addressee: Option<Part>,
    /// What is to be done.
    pub action: Part,
    /// Reported, obligation, imperative, operative clause or rule ([`DirectiveKind`]).
    pub kind: DirectiveKind,
    /// The report says the ask was *not* made: "did not urge", "declined to call for",
    /// "Nobody urged". Kept, so a reader sees it, but it is no ask. (A negated obligation,
    /// "must not smoke", is a prohibition: still a directive, never negated.)
    pub negated: bool,
    /// Further cues of the same speaker in the same sentence ("Stressing the importance of
    /// X, he highlighted the need for Y": the main cue is the second, X is here).
    pub also: Vec<Clause>,
    /// The id of the cue rule that made it ("addressed-to", "modal-must", ...; the list with
    /// examples is in the README and `src/directives/`).
    pub rule: Cow<'static, str>,
    /// The id of the sieve that found the speaker ("own-subject", "quotation", ...); `None`
    /// when there is no speaker.
    pub speaker_rule: Option<Cow<'static, str>>,
}

/// A further cue and action inside a directive's sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Clause {
    /// The cue words.
    pub cue: Part,
    /// What is to be done.
    pub action: Part,
    /// The cue is negated ("but did not call for"): no ask.
    pub negated: bool,
    /// The id of the cue rule that made it.
    pub rule: Cow<'static, str>,
}

/// One rule of the directive finder ([`crate::directive_rules`]): the ids in
/// [`Directive::rule`] and [`Directive::speaker_rule`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The id recorded on directives.
    pub id: &'static str,
    /// Its stage: "verb gate", "verb pattern", "obligation", "obligation veto" or "speaker
    /// sieve".
    pub stage: &'static str,
    /// What it decides.
    pub what: &'static str,
    /// A sentence where it decides.
    pub example: &'static str,
    /// A sentence close to it where it does not ("" when none is recorded).
    pub counterexample: &'static str,
}
