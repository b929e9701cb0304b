//! Typed bit sets: what the tokenizer knows of a token ([`Flags`]) and which word classes of
//! the language's lexicon a word belongs to ([`WordClass`]). Two distinct types, so a token
//! flag can never be tested against a word-class set by mistake; shared by `lang` (which
//! computes them), `tokenize` (which stores them) and the stages that read them.

use std::ops::{BitAnd, BitOr, BitOrAssign};

macro_rules! bit_set {
    ($(#[$doc:meta])* $name:ident, $bits:ty) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub(crate) struct $name($bits);

        impl $name {
            /// No bit set.
            pub const NONE: $name = $name(0);
            /// Whether any bit of `other` is set.
            #[inline]
            pub fn has(self, other: $name) -> bool {
                self.0 & other.0 != 0
            }
            /// Whether no bit is set.
            #[inline]
            #[allow(dead_code)]
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
        }

        impl BitOr for $name {
            type Output = $name;
            #[inline]
            fn bitor(self, o: $name) -> $name {
                $name(self.0 | o.0)
            }
        }

        impl BitAnd for $name {
            type Output = $name;
            #[inline]
            fn bitand(self, o: $name) -> $name {
                $name(self.0 & o.0)
            }
        }

        impl BitOrAssign for $name {
            #[inline]
            fn bitor_assign(&mut self, o: $name) {
                self.0 |= o.0;
            }
        }
    };
}

bit_set!(
    /// What the tokenizer knows of a token: from the word alone (stop word, part of speech)
    /// and from its place (capitalised, after clause punctuation).
    Flags,
    u16
);
bit_set!(
    /// The closed word classes of the lexicon that a lowercase word belongs to
    /// (determiners, prepositions, title words ...), looked up once per distinct word.
    WordClass,
    u32
);

/// The token is a stop word.
pub(crate) const STOP: Flags = Flags(1);
/// The token starts with an uppercase letter.
pub(crate) const CAPITALIZED: Flags = Flags(2);
/// The token has no letter (a number).
pub(crate) const NUMERIC: Flags = Flags(4);
/// Clause punctuation (, ; : dash bracket quote) stands between this token and the previous.
pub(crate) const BREAK_BEFORE: Flags = Flags(8);
/// The token is a weak word (poor key-phrase edge).
pub(crate) const WEAK: Flags = Flags(16);
/// A hyphen or slash joins this token to the previous one ("All-China").
pub(crate) const JOINED: Flags = Flags(32);
/// The token is a form of a cue or reporting verb ("urged", "said").
pub(crate) const CUE_VERB: Flags = Flags(64);
/// The word is mostly a verb in a finite or base form ("provide", "implies", "told").
pub(crate) const VERB: Flags = Flags(128);
/// The word is mostly an adjective or participle ("classical", "known"): it may modify a key
/// phrase's head but not be one.
pub(crate) const MODIFIER: Flags = Flags(256);
/// An -ing form that is mostly a verb ("shaking"), not a noun ("meeting").
pub(crate) const GERUND: Flags = Flags(512);
/// The word is mostly an adverb that does not end in -ly ("also", "often").
pub(crate) const ADVERB: Flags = Flags(1024);
/// A noun too general to be a key phrase alone ("system", "two").
pub(crate) const GENERIC: Flags = Flags(2048);
/// A function word beyond the stop words ("amid", "via", "throughout"): no part of a phrase.
pub(crate) const FUNCTION: Flags = Flags(4096);
/// A personal title that stands before a name ("Sen.", "Judge", "President"): no part of a
/// key phrase when a name follows.
pub(crate) const TITLE: Flags = Flags(8192);
/// A frequent function word of the language that other languages rarely use ("the", "of"):
/// counted to tell whether a text reads as that language.
pub(crate) const MARKER: Flags = Flags(16384);

/// A symbol that is no clause punctuation (`*`, `_`, `#`, `|`, `~`, `=`, `<`, `>` ...: Markdown
/// and other markup) stands between this token and the previous: no key phrase runs across it
/// ("The **water** plan" has no phrase "water** plan").
pub(crate) const SYMBOL_BEFORE: Flags = Flags(32768);

// Word classes of the lexicon (`lang::Lexicon`), one bit each.
/// Words after which a new clause starts ("that", "and", "while").
pub(crate) const CLAUSE_OPENERS: WordClass = WordClass(1 << 0);
/// "if", "whether", "unless".
pub(crate) const CONDITIONALS: WordClass = WordClass(1 << 1);
/// "the", "a", "his", "this" ...
pub(crate) const DETERMINERS: WordClass = WordClass(1 << 2);
/// Nouns of an event a person takes part in ("conversation", "speech").
pub(crate) const EVENT_NOUNS: WordClass = WordClass(1 << 3);
/// "necessary", "essential", "imperative" ...
pub(crate) const NECESSITY_ADJECTIVES: WordClass = WordClass(1 << 4);
/// "need", "importance", "necessity" ...
pub(crate) const NEED_NOUNS: WordClass = WordClass(1 << 5);
/// "no", "not", "never" ...
pub(crate) const NEGATIONS: WordClass = WordClass(1 << 6);
/// Prepositions.
pub(crate) const PREPOSITIONS: WordClass = WordClass(1 << 7);
/// Pronouns a speaker may be mentioned by ("he", "she", "they").
pub(crate) const SPEAKER_PRONOUNS: WordClass = WordClass(1 << 8);
/// Title words and occupations before a name ("president", "lawyer").
pub(crate) const TITLE_WORDS: WordClass = WordClass(1 << 9);
/// Words that may stand between a subject and its verb (adverbs, weekdays, auxiliaries).
pub(crate) const VERB_PREFIX_WORDS: WordClass = WordClass(1 << 10);
/// Negations inside a verb group ("not", "never", "cannot").
pub(crate) const VERB_NEGATIONS: WordClass = WordClass(1 << 11);
/// Verbs of refusal before an infinitive ("declined", "refused").
pub(crate) const REFUSALS: WordClass = WordClass(1 << 12);
/// Verbs of saying and thinking that open a content clause ("said", "think").
pub(crate) const CLAUSE_VERBS: WordClass = WordClass(1 << 13);
/// Words that never open an imperative: modals, auxiliaries, irregular past forms ("will",
/// "did", "met").
pub(crate) const NO_IMPERATIVE: WordClass = WordClass(1 << 14);
/// Verbs of instructions that the part-of-speech table lists as nouns ("use", "check").
pub(crate) const NOUN_VERBS: WordClass = WordClass(1 << 15);
/// First words of an indirect request's frames ("would", "could", "is"): only there are the
/// frames read.
pub(crate) const INDIRECT_OPENERS: WordClass = WordClass(1 << 16);
