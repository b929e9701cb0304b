//! Per-language data: abbreviations, stop words, stemmer, directive cues and the lexicon of
//! the directive rules.
//!
//! Every stage that needs to know something about a language asks a [`Language`] value
//! instead of hard-coding English; its types ([`Lexicon`], [`Cues`], [`FixedPhrase`]) hold no
//! language's words. The supported languages are listed in [`catalog`] (stop words,
//! stemmer, abbreviations); [`identify`] tells which one a text is in. English also has the
//! directive lexicon and part-of-speech hints of [`en`]; a language without them gets
//! summaries and themes, and no directives until its cues are written. Adding a language
//! means adding data; no algorithm changes.

pub(crate) mod catalog;
mod cues;
pub mod en;
pub(crate) mod identify;
pub(crate) mod tables;

pub(crate) use cues::{CueClass, Cues, VerbForm};

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use crate::flags::{Flags, WordClass, ADVERB, FUNCTION, GERUND, MODIFIER, VERB};

/// Words around a cue word that make a fixed phrase, no cue: "in order to", "law and
/// order", "request for comment". The cue word is any form of `lemma`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FixedPhrase {
    /// The words right before the cue word.
    pub before: &'static [&'static str],
    pub lemma: &'static str,
    /// The words right after it.
    pub after: &'static [&'static str],
}

impl FixedPhrase {
    pub(crate) const fn before(before: &'static [&'static str], lemma: &'static str) -> Self {
        FixedPhrase {
            before,
            lemma,
            after: &[],
        }
    }
    pub(crate) const fn after(lemma: &'static str, after: &'static [&'static str]) -> Self {
        FixedPhrase {
            before: &[],
            lemma,
            after,
        }
    }
}

/// The words of the policy rules: duties, requirements and prohibitions.
#[derive(Clone, Copy, Default)]
pub(crate) struct PolicyWords {
    /// "responsible", "liable", "accountable" (before "for").
    pub responsible: &'static [&'static str],
    /// "required", "obligated", "obliged" (before "to").
    pub required: &'static [&'static str],
    /// "prohibited", "forbidden", "banned", "not reimbursable".
    pub prohibited: &'static [&'static str],
    /// "permitted", "allowed", "reimbursable" (after "not").
    pub permitted: &'static [&'static str],
    /// Adverbs inside the verb group: "solely", "strictly", "still".
    pub intensifiers: &'static [&'static str],
    /// Past forms of "be": a past duty is a report, not a rule.
    pub past_be: &'static [&'static str],
    /// "may", "can" (in "No person may", "may only").
    pub permission_modals: &'static [&'static str],
    /// "nobody", "none" before the modal.
    pub no_one: &'static [&'static str],
    /// Nouns and pronouns of the people a rule binds: "person", "users", "you".
    pub persons: &'static [&'static str],
    /// "refrain", "abstain" (after "will").
    pub refrain: &'static [&'static str],
    /// Verbs of opinion after "may not": a concession, no rule ("You may not agree, but").
    pub concessions: &'static [&'static str],
    /// What an issuer refuses: "accept", "allow", "reimburse".
    pub refusals: &'static [&'static str],
}

/// The words of the imperative rules: how a clause addressed to the reader opens.
#[derive(Clone, Copy, Default)]
pub(crate) struct ImperativeWords {
    /// Words that ask politely before the verb: "please", "kindly".
    pub polite: &'static [&'static str],
    /// A first-person "let" before the verb: "let's", "let us".
    pub lets: &'static [&'static [&'static str]],
    /// A negation before the verb: "do not", "don't", "never".
    pub negations: &'static [&'static [&'static str]],
    /// Adverbs that may stand before the verb: "always", "still", "first" (words in -ly
    /// count too).
    pub adverbs: &'static [&'static str],
    /// First words of an opening phrase after which, at a comma, an imperative may follow:
    /// "If flooding occurs, get to ...", "To kill germs, bring ...", "Ideally, open ...".
    pub openers: &'static [&'static str],
    /// Verbs of instructions that the part-of-speech table lists as nouns ("use", "check",
    /// "report"): an imperative only before an object or a particle.
    pub noun_verbs: &'static [&'static str],
    /// Words that begin an object or follow a phrasal verb: "it", "your", "up", "off".
    pub object_starts: &'static [&'static str],
    /// Past forms the table lists as verbs but that are no base form: "met", "took".
    pub irregular_pasts: &'static [&'static str],
    /// Words between a repeated noun: "lie after lie", "wave upon wave".
    pub repetition_links: &'static [&'static str],
    /// Verbs that never open an imperative: modals and auxiliaries ("will", "can", "do").
    pub never: &'static [&'static str],
    /// Formulas that look like an imperative but ask nothing: "thank you", "see you",
    /// "please find attached", "click here".
    pub formulas: &'static [&'static [&'static str]],
    /// Verbs of a publication's footer ("Follow her on Twitter", "Watch the video below").
    pub footer_verbs: &'static [&'static str],
    /// Words of where a footer points: "twitter", "below", "here".
    pub footer_places: &'static [&'static str],
    /// Verbs of a cross-reference ("See resolution 169", "cf. section 2") and the words of
    /// what they point to.
    pub reference_verbs: &'static [&'static str],
    pub reference_places: &'static [&'static str],
}

/// The word lists the directive rules read: one language's data behind one interface
/// (empty, the default, for a language whose directives are not read yet).
#[derive(Clone, Copy, Default)]
pub(crate) struct Lexicon {
    /// Endings of words (over 5 letters) that are adjectives: "-ive", "-ical" ("direct answers to factual questions").
    pub adjective_suffixes: &'static [&'static str],
    /// Articles before a light verb's noun: "made an impassioned call for".
    pub articles: &'static [&'static str],
    /// Verbs of aspect before a participle cue: "have begun urging", "kept pushing for".
    pub aspect_verbs: &'static [&'static str],
    /// Auxiliaries before an adverb and a verb: "have long called for".
    pub auxiliaries: &'static [&'static str],
    /// Forms of "be".
    pub be_forms: &'static [&'static str],
    /// Conjunctions that are no part of a mention: "..., and that calls for".
    pub conjunctions: &'static [&'static str],
    /// Pronouns that take a contracted verb: "it's", "they're".
    pub contracting_pronouns: &'static [&'static str],
    /// Contracted verb endings: "'s", "'re", "'ll".
    pub contractions: &'static [&'static str],
    /// Words before a coordinated verb: "... and urged him to resign".
    pub coordinators: &'static [&'static str],
    /// Copulas before a relative clause's antecedent: "it was Obama who".
    pub copulas: &'static [&'static str],
    /// Subject pronouns of a next cue, trimmed from the action before it: "..., but it recommended".
    pub cue_subjects: &'static [&'static str],
    /// Words an action may not end on: "and", "to", "while".
    pub dangling_words: &'static [&'static str],
    /// Words that embed a clause, whose modal is no ask: "what she should be doing".
    pub embedding_words: &'static [&'static str],
    /// Emphasis verbs with their particle: "point out", "insist on".
    pub emphasis_particles: &'static [(&'static str, &'static str)],
    /// Adjectives of feeling after "should be": a judgement, not an ask ("should be ashamed").
    pub feeling_adjectives: &'static [&'static str],
    /// Finite verbs that end a relative clause set off by commas.
    pub finite_verbs: &'static [&'static str],
    /// First- and second-person pronouns: "I", "we", "you".
    pub first_person: &'static [&'static str],
    /// Fixed phrases around a cue word that are no cue: "in order to", "too close to call", "law and order", "request for comment".
    pub fixed_phrases: &'static [FixedPhrase],
    /// Verbs read as "X for Y" when "for" follows: "press for", "push for".
    pub for_object_cues: &'static [&'static str],
    /// Words between "it is" and "necessary": "also", "very".
    pub frame_intensifiers: &'static [&'static str],
    /// Verbs of "it is necessary to": "is", "remains".
    pub frame_verbs_it: &'static [&'static str],
    /// Verbs of "there is a need to".
    pub frame_verbs_there: &'static [&'static str],
    /// Subjects before which "shall" is a future: "I", "we".
    pub future_shall_subjects: &'static [&'static str],
    /// Words before "have to" that make it no obligation: "will have to", "to have to".
    pub have_to_blockers: &'static [&'static str],
    /// Modals that make "need to" hypothetical: "would need to".
    pub hypothetical_modals: &'static [&'static str],
    /// Reporting verbs whose subject may follow them: "..., said Joe Biden".
    pub inverting_verbs: &'static [&'static str],
    /// Subject heads of a judgement, not an ask: "that should be enough".
    pub judgement_heads: &'static [&'static str],
    /// Light verbs of a nominal cue: "made a call for", "renewed his call for".
    pub light_verbs: &'static [&'static str],
    /// Linking verbs before a participle cue: "felt compelled".
    pub linking_verbs: &'static [&'static str],
    /// Pronouns that are their own speaker name: "we", "it", "which".
    pub literal_mentions: &'static [&'static str],
    /// Words between a message noun and its cue: "a letter that urges", "an ad this week urging".
    pub message_links: &'static [&'static str],
    /// Messages whose sender speaks: "letter", "ad", "memo".
    pub message_nouns: &'static [&'static str],
    /// Negations inside a modal cue: "must not", "should never".
    pub modal_negations: &'static [&'static str],
    /// Fixed phrases after "has" / "need" that are no obligation: "has to do with".
    pub modal_phrases: &'static [&'static [&'static str]],
    /// Pronouns right before a modal that make it no ask: "that should", "it must".
    pub modal_pronoun_subjects: &'static [&'static str],
    /// The modal and the pronouns with which it still asks, unless an epistemic verb
    /// follows: "All this must stop.", "It must end." (not "It must be hard").
    pub deontic_must: (&'static str, &'static [&'static str]),
    /// Words that open an aside between an addressee and its "to": "ask you, as I close, to".
    pub aside_openers: &'static [&'static str],
    /// Verbs after "must" that make it a guess, not an ask: "it must be", "this must mean".
    pub epistemic_verbs: &'static [&'static str],
    /// Modal verbs.
    pub modals: &'static [&'static str],
    /// Lowercase words inside a name: "Bank of England", "Ursula von der Leyen".
    pub name_linkers: &'static [&'static str],
    /// Verbs of "need to" and "has to".
    pub need_modals: &'static [&'static str],
    /// Words that may open "the need" after an emphasis verb: "the", "its", "great".
    pub need_openers: &'static [&'static str],
    /// Prepositions after a need noun: "the need to / for / of".
    pub need_prepositions: &'static [&'static str],
    /// Nouns of "there is a need to".
    pub need_words: &'static [&'static str],
    /// Words that deny the act: "Nobody urged".
    pub nobody: &'static [&'static str],
    /// Cue nouns of a light verb: "call", "demand".
    pub nominal_cues: &'static [&'static str],
    /// Verbs after which a cue word is a noun: "make demands", "heed his call".
    pub noun_takers: &'static [&'static str],
    /// Words after an object verb that leave no object: "demanded that", "urged him".
    pub object_blockers: &'static [&'static str],
    /// Verbs whose object does the infinitive: "prompted X to", "allow him to".
    pub object_control_verbs: &'static [&'static str],
    /// Prepositions before a pronoun object, which then stays in the action.
    pub object_prepositions: &'static [&'static str],
    /// Object pronouns.
    pub object_pronouns: &'static [&'static str],
    /// Conjunctions and adverbs that may open a sentence before its subject.
    pub opening_conjunctions: &'static [&'static str],
    /// Ordinals after "to": "pushing Euroscepticism to second place".
    pub ordinals: &'static [&'static str],
    /// Words that make a name an organisation's.
    pub organisation_words: &'static [&'static str],
    /// Cue nouns that a name may own: "Pence's call for".
    pub owned_cues: &'static [&'static str],
    /// Addressed verbs with their particles: "call on", "appeal to", "plead with".
    pub particle_cues: &'static [(&'static str, &'static [&'static str])],
    /// Verbs of "is going to be", "has to be", "used to be".
    pub periphrastic_verbs: &'static [&'static str],
    /// Possessors that are persons: "his", "her".
    pub personal_possessors: &'static [&'static str],
    /// Subject pronouns of persons and things.
    pub personal_pronouns: &'static [&'static str],
    /// Phrasal verbs that are no cue, with their particles: "push back", "press ahead".
    pub phrasal_particles: &'static [(&'static str, &'static [&'static str])],
    /// Auxiliaries after a plural cue noun: "calls have grown".
    pub plural_auxiliaries: &'static [&'static str],
    /// Plural nouns without -s.
    pub plural_nouns: &'static [&'static str],
    /// Cue nouns after a possessive pronoun: "his call for".
    pub possessed_cues: &'static [&'static str],
    /// The prepositions after a possessed cue noun: "his call for", "its call upon".
    pub possessed_cue_prepositions: &'static [&'static str],
    /// Possessive determiners.
    pub possessive_determiners: &'static [&'static str],
    /// Possessive pronouns that own a cue noun.
    pub possessor_pronouns: &'static [&'static str],
    /// Pronouns with a contracted "is": "he's", "that's".
    pub pronoun_contractions: &'static [&'static str],
    /// Quantifiers before a cue noun: "one petition for", "several calls".
    pub quantifiers: &'static [&'static str],
    /// Question words after an addressed verb: "asked which issue".
    pub question_words: &'static [&'static str],
    /// Pronouns that may take a relative clause: "anyone who"; after "to" they are its
    /// object, no infinitive ("told that to everybody").
    pub relative_antecedents: &'static [&'static str],
    /// Words that open a reduced relative clause: "a step you have to take".
    pub relative_clause_openers: &'static [&'static str],
    /// Words between a relative pronoun and its verb: "who is said to have pressed".
    pub relative_fillers: &'static [&'static str],
    /// Relative pronouns of a clause set off by commas: "who", "which".
    pub relative_pronouns: &'static [&'static str],
    /// Relative pronouns before a cue verb.
    pub relative_pronouns_all: &'static [&'static str],
    /// Relative words that are no subject alone.
    pub relative_words: &'static [&'static str],
    /// Relative pronouns of a restrictive clause: "who", "that".
    pub restrictive_relatives: &'static [&'static str],
    /// Pronouns after which a second object ends the addressee.
    pub second_objects: &'static [&'static str],
    /// Last words of a short opening phrase: "Hours later,".
    pub short_openers: &'static [&'static str],
    /// Pronouns a speaker may be mentioned by, resolved to the latest named speaker.
    pub speaker_pronouns: &'static [&'static str],
    /// Prepositions that end a relative clause with a gap.
    pub stranded_prepositions: &'static [&'static str],
    /// Subordinators of condition or time before a pronoun and a cue verb: "before they
    /// ask", "if you ask" (no ask made).
    pub condition_openers: &'static [&'static str],
    /// Need nouns that name a value before "of" unless an act follows: "the importance of
    /// peace" (no ask), "the importance of tackling X" (an ask).
    pub value_nouns: &'static [&'static str],
    /// Strong modals with their negation in one word ("shouldn't"; the tokens' apostrophes
    /// are straight).
    pub negated_strong_modals: &'static [&'static str],
    /// "must", "should", "shall".
    pub strong_modals: &'static [&'static str],
    /// Auxiliaries that end a main clause's subject.
    pub subject_enders: &'static [&'static str],
    /// Subordinators after which a clause opens: "while", "by".
    pub subordinators: &'static [&'static str],
    /// Cue verbs with a content clause: "urged that", "demanded that".
    pub that_cues: &'static [&'static str],
    /// Words of a time phrase without a preposition: "last month".
    pub time_determiners: &'static [&'static str],
    /// Nouns of a time phrase.
    pub time_nouns: &'static [&'static str],
    /// Days of the week (and their abbreviations).
    pub weekdays: &'static [&'static str],
    /// Imperatives ([`crate::directives`]' `imperative` rules):
    pub imperative: ImperativeWords,
    /// E-mail header labels: "subject", "to", "cc" (before a colon).
    pub header_labels: &'static [&'static str],
    /// One-word labels of a section, not a person: "note", "update", "summary".
    pub section_labels: &'static [&'static str],
    /// Words of a label that opens an action item: "next", "step", "action", "to", "do".
    pub action_item_labels: &'static [&'static str],
    /// Frames of an indirect request: "would appreciate", "could you", "is there any chance".
    pub indirect_frames: &'static [&'static [&'static str]],
    /// What may follow a frame before the action: "it if you could", "that you".
    pub indirect_tails: &'static [&'static [&'static str]],
    /// Verbs after "could you" that ask nothing: "believe", "imagine".
    pub indirect_rhetorical: &'static [&'static str],
    /// Rules of conduct ([`crate::directives`]' `policy` rules).
    pub policy: PolicyWords,
    /// The writer speaking as "I" or "we": "i", "we", "our" (a statement, not a report).
    pub writer_pronouns: &'static [&'static str],
    /// Adverbs that open a resolution's operative clause: "Further", "Also", "Strongly".
    pub operative_adverbs: &'static [&'static str],
    /// The lists behind each word class bit ([`WordClass`]).
    pub classes: &'static [(&'static [&'static str], WordClass)],
}

/// A supported language, as the front ends list it ([`languages`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// ISO 639-1 code, the value of the `language` option: "fr".
    pub code: &'static str,
    /// English name: "French".
    pub name: &'static str,
    /// Its own name: "français".
    pub native: &'static str,
    /// Written right to left (Arabic).
    pub rtl: bool,
    /// Whether its key directives are read (English so far); the others get summaries and
    /// themes.
    pub directives: bool,
}

/// Every supported language, English first.
pub fn languages() -> impl Iterator<Item = LanguageInfo> {
    catalog::LANGUAGES.iter().map(|s| LanguageInfo {
        code: s.code,
        name: s.name,
        native: s.native,
        rtl: s.rtl,
        directives: s.directives,
    })
}

/// The language of a text, as the `"auto"` language option identifies it: the code of a
/// supported language (`None` when it is in none) and the confidence, from 0 to 1. Reads
/// the first 64 KB.
///
/// ```
/// let text = "Le président a exhorté les syndicats à jouer leur rôle dans le pays.";
/// assert_eq!(nutshell::identify_language(text).0, Some("fr"));
/// // Too short to tell, and no function word: English, the default, with no confidence.
/// assert_eq!(nutshell::identify_language("Nutshell"), (Some("en"), 0.0));
/// ```
pub fn identify_language(text: &str) -> (Option<&'static str>, f64) {
    let found = identify::identify(text);
    (found.code, found.confidence)
}

/// The supported language of a code, if any.
pub fn language_info(code: &str) -> Option<LanguageInfo> {
    languages().find(|l| l.code == code)
}

/// The word class of every word of a lexicon's class lists, built once per process and
/// language (a scan of every list for every distinct word cost a tenth of an analysis).
fn class_table(
    cell: &'static OnceLock<HashMap<&'static str, WordClass>>,
    lexicon: &Lexicon,
) -> &'static HashMap<&'static str, WordClass> {
    cell.get_or_init(|| {
        let mut m = HashMap::default();
        for (list, class) in lexicon.classes {
            for w in *list {
                *m.entry(*w).or_insert(WordClass::NONE) |= *class;
            }
        }
        m
    })
}

/// Everything language-specific that the pipeline uses, built once per process and language
/// ([`Language::of`]).
pub(crate) struct Language {
    /// The ISO 639-1 code: "en".
    pub code: &'static str,
    /// Whether its key directives are read (by the English grammar, or from `table`).
    pub reads_directives: bool,
    /// The cue table its directives are read from, for a language without the grammar.
    pub table: Option<&'static tables::CueTable>,
    /// A possessive ending stripped before stemming ("'s" in English).
    pub possessive: Option<&'static str>,
    /// Articles and pronouns elided before an apostrophe, dropped from the word that follows
    /// ("l'économie" is read "économie").
    pub elisions: &'static [&'static str],
    /// Whether a number with a full stop is an ordinal that ends no sentence ("am 3. Oktober").
    pub ordinal_dots: bool,
    /// Written without spaces (Chinese, Japanese): every character is a word, and a key
    /// phrase is two characters or more.
    pub unspaced: bool,
    /// Whether a word of hiragana only is a function word (Japanese particles and endings).
    pub kana_function: bool,
    /// Words of over 5 letters with this ending and no tag are gerunds ("-ing" in English).
    pub gerund_suffix: Option<&'static str>,
    /// Words that end in a full stop without ending the sentence ("Mr", "Dr", "Gen").
    pub never_final_abbreviations: HashSet<&'static str>,
    /// Abbreviations that may or may not end a sentence ("Inc", "U.S", "etc").
    pub maybe_final_abbreviations: HashSet<&'static str>,
    /// Abbreviations that only stay attached before a number ("No. 5", "Jan. 3").
    pub number_abbreviations: HashSet<&'static str>,
    /// Words that commonly begin a sentence; after a maybe-final abbreviation they keep the break.
    pub sentence_starters: HashSet<&'static str>,
    /// Function words (lowercase).
    pub stop_words: HashSet<&'static str>,
    /// Function words that mark a text as written in this language ([`en::ENGLISH_MARKERS`]).
    pub markers: HashSet<&'static str>,
    /// Words that may not stand at the edge of a key phrase, beyond the stop words.
    pub weak_words: HashSet<&'static str>,
    /// Nouns that may not be a key phrase alone.
    pub generic_nouns: HashSet<&'static str>,
    /// Personal titles before a name ("sen", "judge"): no part of a key phrase.
    pub personal_titles: HashSet<&'static str>,
    /// Snowball stemmer (none for Chinese and Japanese).
    pub stemmer: Option<rust_stemmers::Stemmer>,
    /// Directive and reporting cues.
    pub cues: Cues,
    /// The word lists of the directive rules.
    pub lexicon: Lexicon,
    /// The word class of each word of the lexicon's class lists.
    classes: &'static HashMap<&'static str, WordClass>,
    /// Part-of-speech hints: lines "word TAG", sorted ([`sorted_lookup`]).
    tags: &'static str,
}

impl Language {
    /// Part-of-speech flags of a lowercase word (`VERB`, `MODIFIER`, `ADVERB`, `GERUND`,
    /// `FUNCTION` or none).
    pub fn part_of_speech(&self, lower: &str) -> Flags {
        match sorted_lookup(self.tags, lower) {
            Some("F") => FUNCTION,
            Some("V") => VERB,
            Some("A") => MODIFIER,
            Some("R") => ADVERB,
            None if lower.len() > 5 && self.gerund_suffix.is_some_and(|s| lower.ends_with(s)) => {
                GERUND
            }
            None if lower.len() > 5
                && self
                    .lexicon
                    .adjective_suffixes
                    .iter()
                    .any(|s| lower.ends_with(s)) =>
            {
                MODIFIER
            }
            _ => Flags::NONE,
        }
    }

    /// The word classes of a lowercase word (none for most words).
    pub fn word_class(&self, lower: &str) -> WordClass {
        self.classes.get(lower).copied().unwrap_or(WordClass::NONE)
    }

    /// Whether a lowercase word is a generic noun, in the singular or plural.
    pub fn is_generic(&self, lower: &str) -> bool {
        self.generic_nouns.contains(lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|w| self.generic_nouns.contains(w))
            || lower
                .strip_suffix("es")
                .is_some_and(|w| self.generic_nouns.contains(w))
    }

    /// The stem of a lowercase word (the word itself where there is no stemmer).
    pub fn stem<'w>(&self, lower: &'w str) -> std::borrow::Cow<'w, str> {
        match &self.stemmer {
            Some(s) => s.stem(lower),
            None => std::borrow::Cow::Borrowed(lower),
        }
    }

    /// The data of a supported language (`"en"`, `"fr"`, ... see [`catalog::LANGUAGES`]),
    /// built on first use and kept for the process; English for an unknown code.
    pub fn of(code: &str) -> &'static Language {
        static BUILT: [OnceLock<Language>; 32] = [const { OnceLock::new() }; 32];
        let i = catalog::LANGUAGES
            .iter()
            .position(|s| s.code == code)
            .unwrap_or(0);
        BUILT[i].get_or_init(|| match catalog::LANGUAGES[i] {
            spec if spec.code == "en" => Language::english(),
            spec => Language::from_spec(&spec),
        })
    }

    /// A language of the catalog without a directive lexicon.
    fn from_spec(spec: &catalog::Spec) -> Language {
        let stop_words: HashSet<&'static str> = catalog::words(spec.stop_words)
            .chain(spec.extra_stop_words.iter().copied())
            .collect();
        let unspaced = matches!(spec.script, catalog::Script::Han | catalog::Script::Kana);
        static NO_CLASSES: OnceLock<HashMap<&'static str, WordClass>> = OnceLock::new();
        Language {
            code: spec.code,
            // No language but English has the directive grammar yet; five have cue tables.
            reads_directives: spec.directives,
            table: tables::of(spec.code),
            possessive: None,
            elisions: spec.elisions,
            ordinal_dots: spec.ordinal_dots,
            unspaced,
            kana_function: spec.script == catalog::Script::Kana,
            gerund_suffix: None,
            never_final_abbreviations: spec.abbreviations.iter().copied().collect(),
            maybe_final_abbreviations: spec.maybe_final.iter().copied().collect(),
            number_abbreviations: HashSet::default(),
            sentence_starters: stop_words.clone(),
            markers: stop_words.clone(),
            stop_words,
            weak_words: HashSet::default(),
            generic_nouns: HashSet::default(),
            personal_titles: HashSet::default(),
            stemmer: spec.stemmer.map(catalog::stemmer),
            cues: Cues::new(&[], &[]),
            lexicon: Lexicon::default(),
            classes: NO_CLASSES.get_or_init(HashMap::default),
            tags: "",
        }
    }

    /// English: the catalog's first language, with the directive lexicon and the
    /// part-of-speech hints.
    pub fn english() -> Language {
        let mut stop_words: HashSet<&'static str> = en::NLTK_STOP_WORDS.iter().copied().collect();
        stop_words.extend(en::EXTRA_STOP_WORDS.iter().copied());
        Language {
            code: "en",
            reads_directives: catalog::LANGUAGES[0].directives,
            table: None,
            possessive: Some("'s"),
            elisions: &[],
            ordinal_dots: false,
            unspaced: false,
            kana_function: false,
            gerund_suffix: Some("ing"),
            never_final_abbreviations: en::NEVER_FINAL_ABBREVIATIONS.iter().copied().collect(),
            maybe_final_abbreviations: en::MAYBE_FINAL_ABBREVIATIONS.iter().copied().collect(),
            number_abbreviations: en::NUMBER_ABBREVIATIONS.iter().copied().collect(),
            sentence_starters: en::SENTENCE_STARTERS.iter().copied().collect(),
            stop_words,
            markers: en::ENGLISH_MARKERS.iter().copied().collect(),
            weak_words: en::WEAK_WORDS.iter().copied().collect(),
            generic_nouns: en::GENERIC_NOUNS
                .iter()
                .chain(en::WEEKDAYS)
                .copied()
                .collect(),
            personal_titles: en::PERSONAL_TITLES
                .iter()
                .chain(en::OCCUPATIONS)
                .copied()
                .collect(),
            stemmer: Some(rust_stemmers::Stemmer::create(
                rust_stemmers::Algorithm::English,
            )),
            cues: Cues::new(en::VERBS, en::CLASSES),
            lexicon: en::LEXICON,
            classes: class_table(&ENGLISH_CLASSES, &en::LEXICON),
            tags: ENGLISH_TAGS.get_or_init(|| unpack_tags(en::POS_TAGS_PACKED)),
        }
    }
}

static ENGLISH_CLASSES: OnceLock<HashMap<&'static str, WordClass>> = OnceLock::new();
static ENGLISH_TAGS: OnceLock<String> = OnceLock::new();

/// The "word TAG" lines of a table that `build.rs` front-coded: each entry is one digit (the
/// bytes shared with the previous word), the rest of the word, and an uppercase one-letter
/// tag that ends it. A malformed entry ends the table (the build checked it).
fn unpack_tags(packed: &str) -> String {
    let bytes = packed.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() * 5 / 3);
    let mut word: Vec<u8> = Vec::new();
    let mut at = 0;
    while let Some(&digit) = bytes.get(at) {
        let shared = usize::from(digit.wrapping_sub(b'0'));
        let rest = &bytes[at + 1..];
        let Some(end) = rest.iter().position(u8::is_ascii_uppercase) else {
            break;
        };
        if shared > 9 || shared > word.len() {
            break;
        }
        word.truncate(shared);
        word.extend_from_slice(&rest[..end]);
        out.extend_from_slice(&word);
        out.extend_from_slice(&[b' ', rest[end], b'\n']);
        at += end + 2;
    }
    // Split only at ASCII bytes, so still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// The value of `key` in `table`: lines "key value", sorted bytewise by key, each ending in
/// a newline. A binary search over byte offsets: no map to build, nothing to allocate.
pub(crate) fn sorted_lookup<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    let bytes = table.as_bytes();
    // Invariant: lo and hi are line starts (or the end); the key's line, if any, is in lo..hi.
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        let line = &table[start..end];
        let (k, value) = line.split_once(' ').unwrap_or((line, ""));
        match k.cmp(key) {
            std::cmp::Ordering::Equal => return Some(value),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lookup_finds_every_key_and_nothing_else() {
        let table = "ab 1\nb 2\nbc 3\ncab 4\nz 5\n";
        for (k, v) in [
            ("ab", "1"),
            ("b", "2"),
            ("bc", "3"),
            ("cab", "4"),
            ("z", "5"),
        ] {
            assert_eq!(sorted_lookup(table, k), Some(v), "{k}");
        }
        for k in ["", "a", "abc", "ba", "c", "zz", "b 2"] {
            assert_eq!(sorted_lookup(table, k), None, "{k:?}");
        }
        assert_eq!(sorted_lookup("", "a"), None);
    }

    #[test]
    fn every_indirect_frame_opens_with_a_listed_word() {
        let lex = en::LEXICON;
        for f in lex.indirect_frames {
            assert!(en::INDIRECT_OPENERS.contains(&f[0]), "{f:?}");
        }
    }

    #[test]
    fn the_packed_tag_table_unpacks_to_the_readable_file() {
        assert_eq!(unpack_tags(en::POS_TAGS_PACKED), include_str!("en_pos.txt"));
        assert_eq!(unpack_tags("0abV2cA1R"), "ab V\nabc A\na R\n");
        // Broken input ends the table instead of panicking.
        assert_eq!(unpack_tags("0abV5x"), "ab V\n");
        assert_eq!(unpack_tags("0ab"), "");
    }

    #[test]
    fn the_tag_table_is_sorted_and_complete() {
        let table = unpack_tags(en::POS_TAGS_PACKED);
        let keys: Vec<&str> = table
            .lines()
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys.iter().all(|k| sorted_lookup(&table, k).is_some()));
    }

    #[test]
    fn parts_of_speech() {
        use crate::flags::{ADVERB, FUNCTION, GERUND, MODIFIER, VERB};
        let en = Language::english();
        assert_eq!(en.part_of_speech("also"), ADVERB);
        assert_eq!(en.part_of_speech("amid"), FUNCTION);
        assert_eq!(en.part_of_speech("epistemic"), MODIFIER);
        assert_eq!(en.part_of_speech("selective"), MODIFIER);
        assert_eq!(en.part_of_speech("journal"), Flags::NONE);
        assert_eq!(en.part_of_speech("provide"), VERB);
        assert_eq!(en.part_of_speech("implies"), VERB);
        assert_eq!(en.part_of_speech("classical"), MODIFIER);
        assert_eq!(en.part_of_speech("shaking"), GERUND);
        assert_eq!(en.part_of_speech("meeting"), Flags::NONE);
        assert_eq!(en.part_of_speech("network"), Flags::NONE);
        assert_eq!(en.part_of_speech("control"), Flags::NONE);
    }
}
