//! Which supported language a text is written in, from its first 64 KB.
//!
//! First the script, by counting letters: Cyrillic is Russian (unless it has letters Russian
//! lacks: і, ї, є, ў, ј, ...; or none of ы and э, as in Bulgarian), Greek is Greek, Arabic
//! letters are Arabic (unless Persian or Urdu letters are frequent), Chinese characters with
//! kana are Japanese and without kana Chinese; Hangul and other scripts are no supported
//! language. Then, for Latin script, a vote of the stop words of every Latin-script language
//! (`catalog.rs`): each word of the text that a list holds gives one vote, shared among all
//! the lists that hold it, so that "de" (in seven lists) counts less than "und" (in one).
//! Letters only some languages use ("ı", "ñ", "ø"; [`catalog::LETTERS`]) and Finnish case
//! endings ([`catalog::ENDINGS`]) vote too, a quarter of a word each, and make their word
//! one of that language's words (Finnish and Turkish texts have few stop words). When Danish
//! and Norwegian lead, whose stop words are mostly the same, their spellings decide
//! ([`catalog::NORDIC_SPELLING`]: "kj", "øy", "-sjon" against "ej", "øj", "-tion"). A letter
//! lost to a replacement character ("�", or "ďż˝" after a wrong decoding) makes its word
//! unreadable, not foreign. Languages Nutshell
//! does not read but whose words look alike ([`catalog::DECOYS`]: Catalan, Polish, Czech...)
//! vote in texts of [`crate::JUDGE_LANGUAGE_WORDS`] words or more; a text they win, or whose
//! winner's stop words cover too little of it ([`MIN_SHARE`]), or that has letters its
//! winner does not use (Estonian "õ" in what reads as Finnish), is in no supported language.
//! English, the default, is never refused when it wins, and a shorter text leans to it
//! ([`ENGLISH_PRIOR`]).
//!
//! Costs one pass over at most [`SAMPLE_BYTES`] bytes and one hash lookup per word.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::catalog::{self, Script, LANGUAGES};
use super::en;

/// How much of a text is read to identify its language.
pub const SAMPLE_BYTES: usize = 64 * 1024;
/// The least share of a Latin text's words that its language's stop words must cover for a
/// text of [`crate::JUDGE_LANGUAGE_WORDS`] words or more to be read as that language
/// ([`min_share`]). Measured on 200-character texts (EVALUATION.md, "Language
/// identification"): 99 % of the texts of most supported languages have 0.18 or more;
/// Estonian, Latvian, Lithuanian, Basque, Albanian, Vietnamese texts a median under 0.08.
pub const MIN_SHARE: f64 = 0.10;

/// [`MIN_SHARE`], but lower for languages whose words carry their endings (the stop-word
/// lists cover less of a text: 99 % of Finnish and Turkish texts have 0.03 or more,
/// Hungarian 0.12).
fn min_share(code: &str) -> f64 {
    match code {
        "fi" | "tr" => 0.03,
        "hu" => 0.08,
        _ => MIN_SHARE,
    }
}

/// Votes English, the default, has before any word in a text of fewer than
/// [`crate::JUDGE_LANGUAGE_WORDS`] words: a short text that a few shared words ("on",
/// "sen", "to") tip to Finnish or Turkish stays English. Tried 0, 0.5, 1, 1.5, 2, 3 (EVALUATION.md).
pub const ENGLISH_PRIOR: f64 = 1.5;

/// A text of this many words or more (and fewer than [`crate::JUDGE_LANGUAGE_WORDS`]) with
/// no English stop word loses the [`ENGLISH_PRIOR`] when another language has three of its
/// words or the text has marked letters English lacks: nineteen Finnish words ("Valtuusto
/// päättää perustaa työryhmän ...") are no English, while "um - uh", "ha ha." or an address
/// block ("Jennifer Bruhn Manpower Professional ... Email:") stay English.
const UNPROVEN_ENGLISH_WORDS: usize = 10;

/// Letters of [`catalog::LETTERS`] that the winning language does not use, as a share of
/// the Latin letters, above which a judged text is in no supported language (Estonian "õ"
/// in what reads as Finnish, Icelandic "þ" and "ð" in what reads as Danish).
const MAX_FOREIGN_LETTERS: f64 = 0.01;
/// Kana among the Chinese characters and kana of a text that make it Japanese.
const MIN_KANA: f64 = 0.05;
/// Persian and Urdu letters among Arabic-script letters that make a text no Arabic.
const MAX_PERSIAN: f64 = 0.02;
/// Cyrillic letters of Ukrainian, Belarusian, Serbian and Macedonian among all Cyrillic ones
/// that make a text no Russian.
const MAX_OTHER_CYRILLIC: f64 = 0.005;
/// A Chinese character or a kana counts as this many letters when scripts are compared
/// (one character is about one word).
const HAN_WEIGHT: usize = 3;

/// What [`identify`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Identified {
    /// The code of a supported language, or `None` when the text is in none of them.
    pub code: Option<&'static str>,
    /// From 0 (no evidence, or two languages equally likely) to 1.
    pub confidence: f64,
}

/// Letters counted by script.
#[derive(Default)]
struct Letters {
    latin: usize,
    cyrillic: usize,
    /// Cyrillic letters Russian does not use.
    other_cyrillic: usize,
    /// "ы" and "э", which Russian uses and Bulgarian does not.
    russian_only: usize,
    greek: usize,
    arabic: usize,
    /// Letters of Persian and Urdu that Arabic does not use.
    persian: usize,
    han: usize,
    kana: usize,
    /// Hangul, Hebrew, Devanagari, Thai, ...
    other: usize,
}

impl Letters {
    fn add(&mut self, c: char) {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}'
                if c.is_alphabetic() =>
            {
                self.latin += 1
            }
            '\u{400}'..='\u{52f}' => {
                self.cyrillic += 1;
                match c {
                    'і' | 'ї' | 'є' | 'ґ' | 'ў' | 'ј' | 'љ' | 'њ' | 'ћ' | 'ђ' | 'џ' | 'ѓ' | 'ќ'
                    | 'ѕ' | 'І' | 'Ї' | 'Є' | 'Ґ' | 'Ў' | 'Ј' | 'Љ' | 'Њ' | 'Ћ' | 'Ђ' | 'Џ' => {
                        self.other_cyrillic += 1
                    }
                    'ы' | 'э' | 'Ы' | 'Э' => self.russian_only += 1,
                    _ => {}
                }
            }
            '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}' if c.is_alphabetic() => self.greek += 1,
            '\u{620}'..='\u{64a}'
            | '\u{66e}'..='\u{6d3}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}' => {
                self.arabic += 1;
                if matches!(
                    c,
                    'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ'
                ) {
                    self.persian += 1;
                }
            }
            '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}'
                if c.is_alphabetic() =>
            {
                self.kana += 1
            }
            '\u{4e00}'..='\u{9fff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{2ffff}' => self.han += 1,
            _ if c.is_alphabetic() => self.other += 1,
            _ => {}
        }
    }
}

/// A letter of [`catalog::LETTERS`] is worth this much of a word's vote. Tried 0, 0.1, 0.25,
/// 0.5 and 1 on the first half of each language's sentences (EVALUATION.md).
pub const LETTER_VOTE: f64 = 0.25;

/// The voters: the Latin-script languages of [`LANGUAGES`] at their index, then the
/// [`catalog::DECOYS`].
fn voter(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|s| s.code == code).or_else(|| {
        (catalog::DECOYS.iter())
            .position(|d| d.0 == code)
            .map(|i| LANGUAGES.len() + i)
    })
}

/// The code of a voter, `None` for a decoy.
fn voter_code(i: usize) -> Option<&'static str> {
    LANGUAGES.get(i).map(|s| s.code)
}

/// The stop words of every Latin-script language and decoy: word → bit set of voters.
fn latin_votes() -> &'static HashMap<&'static str, u32> {
    static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<&'static str, u32> = HashMap::default();
        for (i, spec) in LANGUAGES.iter().enumerate() {
            if spec.script != Script::Latin {
                continue;
            }
            let bit = 1u32 << i;
            let words: Vec<&'static str> = if spec.code == "en" {
                // Contractions never come whole out of the word splitter below.
                (en::NLTK_STOP_WORDS.iter().copied())
                    .filter(|w| !w.contains('\''))
                    .collect()
            } else {
                catalog::words(spec.stop_words).collect()
            };
            for w in words
                .into_iter()
                .chain(spec.extra_stop_words.iter().copied())
            {
                *m.entry(w).or_default() |= bit;
            }
        }
        // A decoy's word that English lists too ("to", "email" in stopwords-iso's Czech)
        // votes for English only: decoys must not take English texts.
        for (i, (_, file)) in catalog::DECOYS.iter().enumerate() {
            let bit = 1u32 << (LANGUAGES.len() + i);
            for w in catalog::words(file) {
                if !en::NLTK_STOP_WORDS.contains(&w) && !en::EXTRA_STOP_WORDS.contains(&w) {
                    *m.entry(w).or_default() |= bit;
                }
            }
        }
        m
    })
}

/// The voters of each ending of [`catalog::ENDINGS`], as bit sets.
fn ending_votes() -> &'static [(&'static str, u32)] {
    static TABLE: OnceLock<Vec<(&'static str, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (catalog::ENDINGS.iter())
            .map(|(e, codes)| {
                (
                    *e,
                    codes
                        .iter()
                        .filter_map(|c| voter(c))
                        .fold(0, |m, i| m | 1 << i),
                )
            })
            .collect()
    })
}

/// A word's last two bytes folded to 0..64: words that differ in it end differently.
fn ending_key(word: &str) -> u32 {
    let b = word.as_bytes();
    match b {
        [.., x, y] => (u32::from(*x) * 31 + u32::from(*y)) % 64,
        _ => 0,
    }
}

/// A set of [`ending_key`]s.
#[derive(Clone, Copy)]
struct Keys(u64);

impl Keys {
    fn has(self, key: u32) -> bool {
        self.0 & (1 << key) != 0
    }
}

/// The keys of [`catalog::ENDINGS`]: most words' keys are not among them, and the endings
/// are not read for them.
fn ending_keys() -> Keys {
    Keys(
        catalog::ENDINGS
            .iter()
            .fold(0, |k, (e, _)| k | 1 << ending_key(e)),
    )
}

/// The voters of each letter of [`catalog::LETTERS`], as bit sets.
fn letter_votes() -> &'static [(char, u32)] {
    static TABLE: OnceLock<Vec<(char, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (catalog::LETTERS.iter())
            .map(|(c, codes)| {
                let mask = codes
                    .iter()
                    .filter_map(|c| voter(c))
                    .fold(0u32, |m, i| m | 1 << i);
                (*c, mask)
            })
            .collect()
    })
}

/// The first [`SAMPLE_BYTES`] of a text, cut at a character boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The language of `text` (see the module's documentation): one pass over its sample that
/// counts letters by script and, as it goes, the votes of its words in case it is Latin.
pub fn identify(text: &str) -> Identified {
    let text = sample(text);
    let mut letters = Letters::default();
    let mut vote = Vote::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        // Most characters of most texts are ASCII: a Latin letter or the end of a word.
        if c.is_ascii_alphabetic() {
            letters.latin += 1;
            vote.word.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            vote.end_word();
        } else if let Some(rest) = replacement(c, chars.as_str()) {
            chars = rest.chars();
            vote.unreadable = true;
        } else {
            letters.add(c);
            vote.add(c);
        }
    }
    vote.end_word();
    let han = (letters.han + letters.kana) * HAN_WEIGHT;
    let scripts = [
        (Script::Latin, letters.latin),
        (Script::Cyrillic, letters.cyrillic),
        (Script::Greek, letters.greek),
        (Script::Arabic, letters.arabic),
        (Script::Han, han),
    ];
    let total = scripts.iter().map(|s| s.1).sum::<usize>() + letters.other;
    let Some(&(script, count)) = scripts.iter().max_by_key(|s| s.1) else {
        return NONE;
    };
    if count == 0 {
        // No letter at all ("", "12 345"): nothing to tell; English, the default. Only
        // letters of other scripts (Hangul, Hebrew): no supported language.
        return if letters.other == 0 { DEFAULT } else { NONE };
    }
    if letters.other > count {
        return NONE;
    }
    // How much of the text is in the script, and how much text there is.
    let share = count as f64 / total as f64;
    let evidence = (count as f64 / 50.0).min(1.0);
    let only = |code: &'static str| Identified {
        code: Some(code),
        confidence: round2(share * evidence),
    };
    match script {
        Script::Latin => vote.decide(letters.latin, text),
        Script::Cyrillic => {
            let foreign = letters.other_cyrillic as f64 > MAX_OTHER_CYRILLIC * count as f64;
            if foreign || (count >= 200 && letters.russian_only == 0) {
                NONE
            } else {
                only("ru")
            }
        }
        Script::Greek => only("el"),
        Script::Arabic => {
            if letters.persian as f64 > MAX_PERSIAN * count as f64 {
                NONE
            } else {
                only("ar")
            }
        }
        Script::Han | Script::Kana => {
            let kana = letters.kana as f64 / (letters.han + letters.kana) as f64;
            only(if kana >= MIN_KANA { "ja" } else { "zh" })
        }
    }
}

const NONE: Identified = Identified {
    code: None,
    confidence: 0.0,
};

/// English with no confidence: what a text without evidence is read as.
const DEFAULT: Identified = Identified {
    code: Some("en"),
    confidence: 0.0,
};

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// How many spellings of [`catalog::NORDIC_SPELLING`] a text's words have that are Danish,
/// and how many Norwegian: read only when the two lead the vote, since their stop words are
/// mostly the same.
fn nordic_spelling(text: &str) -> (usize, usize) {
    let (mut da, mut no) = (0, 0);
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
            continue;
        }
        if word.is_empty() {
            continue;
        }
        for &(spelling, danish) in catalog::NORDIC_SPELLING {
            let found = if let Some(ending) = spelling.strip_prefix('-') {
                word.len() >= ending.len() + 2 && word.ends_with(ending)
            } else if let Some(start) = spelling.strip_suffix('-') {
                word.len() >= start.len() + 2 && word.starts_with(start)
            } else {
                // Not `str::contains`: its searcher costs the page 1.5 KB.
                (word.as_bytes().windows(spelling.len())).any(|w| w == spelling.as_bytes())
            };
            if found {
                *if danish { &mut da } else { &mut no } += 1;
            }
        }
        word.clear();
    }
    (da, no)
}

/// The text after a replacement character that starts with `c` (`rest` follows `c`): U+FFFD,
/// or the same read back through Windows-1250 ("ďż˝") or Windows-1252 ("ï¿½"), which a text
/// that lost its letters on the way shows where each was ("publicaďż˝ie"). Such a letter is no
/// letter of any language: its word is unreadable, not foreign (Polish "ż", Czech "ď").
fn replacement(c: char, rest: &str) -> Option<&str> {
    match c {
        '\u{FFFD}' => Some(rest),
        'ď' => rest.strip_prefix("ż˝"),
        'ï' => rest.strip_prefix("¿½"),
        _ => None,
    }
}

/// Adds `weight`, shared equally, to every voter of `mask`.
fn add_vote(votes: &mut [f64; 32], mask: u32, weight: f64) {
    let share = weight / f64::from(mask.count_ones());
    let mut m = mask;
    while m != 0 {
        votes[m.trailing_zeros() as usize] += share;
        m &= m - 1;
    }
}

/// The vote of the Latin-script stop words, letters and endings, gathered character by
/// character.
struct Vote {
    table: &'static HashMap<&'static str, u32>,
    letters: &'static [(char, u32)],
    endings: &'static [(&'static str, u32)],
    /// The [`ending_key`]s of the endings: a word whose key is not among them has none.
    ending_keys: Keys,
    /// Votes by voter ([`voter`]).
    votes: [f64; 32],
    /// Words each voter's stop words hold.
    hits: [usize; 32],
    words: usize,
    /// Per voter, the marked letters it does not use.
    foreign: [usize; 32],
    /// The word being read, lowercase.
    word: String,
    /// The voters of the letters of the word being read that only one voter uses ("ğ",
    /// "ő", "ñ"): the word counts as one of that voter's words.
    word_letters: u32,
    /// Whether the word being read has a [`replacement`] character: it is no word of any list
    /// and is not counted.
    unreadable: bool,
}

impl Vote {
    fn new() -> Vote {
        Vote {
            table: latin_votes(),
            letters: letter_votes(),
            endings: ending_votes(),
            ending_keys: ending_keys(),
            votes: [0.0; 32],
            hits: [0; 32],
            words: 0,
            foreign: [0; 32],
            word: String::new(),
            unreadable: false,
            word_letters: 0,
        }
    }

    /// Reads one character that is not ASCII: a letter goes into the word (and votes when
    /// it is marked), anything else ends it.
    fn add(&mut self, c: char) {
        if c.is_alphabetic() {
            let start = self.word.len();
            self.word.extend(c.to_lowercase());
            let lower = self.word[start..].chars().next().unwrap_or(c);
            if let Some(&(_, mask)) = self.letters.iter().find(|l| l.0 == lower) {
                if mask != 0 {
                    add_vote(&mut self.votes, mask, LETTER_VOTE);
                }
                if mask.is_power_of_two() && !catalog::STAND_INS.contains(&lower) {
                    self.word_letters |= mask;
                }
                // Counted against every voter that does not use it.
                for (i, f) in self.foreign.iter_mut().enumerate() {
                    if mask & (1 << i) == 0 {
                        *f += 1;
                    }
                }
            }
        } else {
            self.end_word();
        }
    }

    /// Counts the word read so far, if any.
    fn end_word(&mut self) {
        let letters = std::mem::take(&mut self.word_letters);
        if self.unreadable {
            self.unreadable = false;
            self.word.clear();
            return;
        }
        if self.word.is_empty() {
            return;
        }
        let word = self.word.as_str();
        self.words += 1;
        // The voters whose list holds the word, one of whose endings it has, or one of whose
        // own letters.
        let mut covered = letters;
        // Most words' last two bytes are those of no ending.
        if word.len() >= 5 && self.ending_keys.has(ending_key(word)) {
            let last = word.as_bytes()[word.len() - 1];
            for &(ending, mask) in self.endings {
                if ending.as_bytes().last() == Some(&last) && word.ends_with(ending) {
                    add_vote(&mut self.votes, mask, LETTER_VOTE);
                    covered |= mask;
                }
            }
        }
        if let Some(&mask) = self.table.get(word) {
            // A letter alone ("a", "i", "n", "y") is also a spelt letter or an initial.
            let weight = if word.chars().nth(1).is_none() {
                0.5
            } else {
                1.0
            };
            add_vote(&mut self.votes, mask, weight);
            covered |= mask;
        }
        while covered != 0 {
            self.hits[covered.trailing_zeros() as usize] += 1;
            covered &= covered - 1;
        }
        self.word.clear();
    }

    /// The language the votes choose, for a text of `latin_letters` Latin letters.
    fn decide(mut self, latin_letters: usize, text: &str) -> Identified {
        let (votes, hits, words) = (&mut self.votes, &self.hits, self.words);
        if words > 0
            && words < crate::JUDGE_LANGUAGE_WORDS
            && (hits[0] > 0
                || words < UNPROVEN_ENGLISH_WORDS
                || (hits.iter().all(|&h| h < 3)
                    && self.foreign[0] as f64 <= MAX_FOREIGN_LETTERS * latin_letters as f64))
        {
            votes[0] += ENGLISH_PRIOR;
        }
        // A short text is never judged to be in no supported language: decoys vote only in
        // a long one.
        let voters = if words < crate::JUDGE_LANGUAGE_WORDS {
            LANGUAGES.len()
        } else {
            LANGUAGES.len() + catalog::DECOYS.len()
        };
        let mut order: Vec<usize> = (0..voters).collect();
        order.sort_by(|&a, &b| votes[b].total_cmp(&votes[a]).then(a.cmp(&b)));
        let (mut best, mut second) = (order[0], order[1]);
        if let (Some(da), Some(no)) = (voter("da"), voter("no")) {
            if (best == da && second == no) || (best == no && second == da) {
                let (for_da, for_no) = nordic_spelling(text);
                votes[da] += LETTER_VOTE * for_da as f64;
                votes[no] += LETTER_VOTE * for_no as f64;
                if votes[second] > votes[best] {
                    std::mem::swap(&mut best, &mut second);
                }
            }
        }
        if hits.iter().all(|&h| h == 0) && votes.iter().skip(1).all(|&v| v == 0.0) {
            // No listed word at all: a short text is read as English, the default; a long
            // one is in no supported language.
            return if words >= crate::JUDGE_LANGUAGE_WORDS {
                NONE
            } else {
                DEFAULT
            };
        }
        let Some(code) = voter_code(best) else {
            return NONE;
        };
        // English, the default, is never refused when it wins: a list, a table or an
        // address block in English has few function words.
        if code != "en"
            && words >= crate::JUDGE_LANGUAGE_WORDS
            && ((hits[best] as f64) < min_share(code) * words as f64
                || self.foreign[best] as f64 > MAX_FOREIGN_LETTERS * latin_letters as f64)
        {
            return NONE;
        }
        // No vote for the best either (only hits of words that weigh nothing): no margin,
        // not 0 / 0.
        let margin = if votes[best] > 0.0 {
            (votes[best] - votes[second]) / votes[best]
        } else {
            0.0
        };
        let evidence = (hits[best] as f64 / 10.0).min(1.0);
        Identified {
            code: Some(code),
            confidence: round2(margin * evidence),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_language(text: &str, code: Option<&str>) {
        assert_eq!(identify(text).code, code, "{text}");
    }

    #[test]
    fn each_supported_language_is_told_apart() {
        for (code, text) in [
            ("en", "The unions should play their role in the development of the country and the party."),
            ("fr", "Le président a exhorté les syndicats à jouer leur rôle dans le développement du pays."),
            ("es", "El presidente instó a los sindicatos a desempeñar su papel en el desarrollo del país."),
            ("pt", "O presidente pediu aos sindicatos que desempenhem o seu papel no desenvolvimento do país."),
            ("it", "Il presidente ha esortato i sindacati a svolgere il loro ruolo nello sviluppo del paese."),
            ("de", "Der Präsident forderte die Gewerkschaften auf, ihre Rolle bei der Entwicklung des Landes zu spielen."),
            ("nl", "De president riep de vakbonden op om hun rol te spelen in de ontwikkeling van het land."),
            ("sv", "Presidenten uppmanade fackföreningarna att spela sin roll i landets utveckling och för alla."),
            ("da", "Præsidenten opfordrede fagforeningerne til at spille deres rolle i udviklingen af landet, og det er noget."),
            ("no", "Presidenten oppfordret fagforeningene til å spille sin rolle i utviklingen av landet, og det er noe vi må."),
            ("fi", "Presidentti kehotti ammattiliittoja toimimaan maan kehityksen hyväksi, ja se on myös heidän tehtävänsä."),
            ("hu", "Az elnök arra kérte a szakszervezeteket, hogy vegyenek részt az ország fejlődésében, és ez nem volt könnyű."),
            ("ro", "Președintele a cerut sindicatelor să își joace rolul în dezvoltarea țării și a partidului."),
            ("tr", "Cumhurbaşkanı sendikaları ülkenin kalkınmasında rol oynamaya çağırdı ve bu için çok önemli bir adım."),
            ("ru", "Президент призвал профсоюзы играть свою роль в развитии страны."),
            ("el", "Ο πρόεδρος κάλεσε τα συνδικάτα να παίξουν τον ρόλο τους στην ανάπτυξη της χώρας."),
            ("ar", "دعا الرئيس النقابات إلى القيام بدورها في تنمية البلاد."),
            ("zh", "习近平强调，工会要在国家发展中发挥作用。"),
            ("ja", "首相は労働組合に国の発展の中で役割を果たすよう求めた。"),
        ] {
            assert_language(text, Some(code));
        }
    }

    #[test]
    fn danish_and_norwegian_are_told_by_their_spelling() {
        // Nearly every stop word here is both Danish and Norwegian; the spellings decide.
        assert_language(
            "Det er ukjent hvor mange som skades. Prosjektet gir en innføring i tradisjonell og \
             moderne bioteknologi, og det er stor aktivitet på nett i kveld, med mange gjester.",
            Some("no"),
        );
        assert_language(
            "Det er ukendt hvor mange som skades. Projektet giver en indføring i traditionel og \
             moderne bioteknologi, og det er stor aktivitet på nettet i aften, med mange gæster.",
            Some("da"),
        );
    }

    #[test]
    fn finnish_and_turkish_without_stop_words_are_read_by_endings_and_letters() {
        // No Finnish stop word in 23 words: the case endings make them Finnish words.
        assert_language(
            "Kaupunginvaltuusto hyväksyi uuden liikennesuunnitelman maanantaina. \
             Suunnitelmassa esitetään pyöräteitä keskustaan, raitiotien jatkamista Hervantaan \
             vuoteen 2030 mennessä. Päätöksestä valitettiin hallinto-oikeuteen viime keväänä, \
             kertoo kaupungin tiedote.",
            Some("fi"),
        );
        // Nineteen Finnish words and no English one: no English prior.
        assert_language(
            "Arkkitehti Carl Albert Edelfeltin suunnittelema Arppeanum valmistui 1869 kemian \
             laboratorioksi. Rakennuksessa toimii nykyisin museo, jonka kokoelmissa on \
             kivinäytteitä Lapista.",
            Some("fi"),
        );
        // No Turkish stop word at all; "ğ", "ı" and "ş" are Turkish only.
        assert_language(
            "Büyükşehir belediyesi ağaçlandırma çalışmalarına hız verdi. İlçelerde yüzlerce \
             fidan dikildi, gönüllüler sabah erken saatlerde parklarda buluştu. Çalışmaların \
             ağustos ayında bitmesi planlanıyor, yetkililer açıkladı. Belediye Başkanı \
             gönüllülere teşekkür etti.",
            Some("tr"),
        );
    }

    #[test]
    fn letters_lost_to_a_replacement_character_are_not_foreign() {
        // Romanian whose "ă", "î", "ș" became U+FFFD read back as Windows-1250: "ďż˝" has
        // Polish "ż" and Czech "ď", and its words match no list.
        let text = "Dacďż˝ doriďż˝i sďż˝ vďż˝ stabiliďż˝i ďż˝n Irlanda, noi sperďż˝m sďż˝ vďż˝ \
                    putem ajuta oferindu-vďż˝ serviciile noastre juridice, pe care vi le \
                    furnizďż˝m de la Dublin cu multďż˝ grijďż˝ pentru fiecare client al nostru.";
        assert_language(text, Some("ro"));
        assert_language(&text.replace("ďż˝", "\u{FFFD}"), Some("ro"));
        assert_language(&text.replace("ďż˝", "ï¿½"), Some("ro"));
    }

    #[test]
    fn spanish_function_words_that_catalan_lists_stay_spanish() {
        assert_language(
            "Cada una de estas afirmaciones normativas puede, en esa naturaleza, contrastarse \
             con el mandato penal. Si el juez es tan claro, tal vez sea posible ser justo, así \
             que cada parte tendrá alguna razón para aceptar la decisión.",
            Some("es"),
        );
    }

    #[test]
    fn other_languages_and_scripts_are_none() {
        // Korean, Hebrew, Ukrainian, Persian.
        assert_language(
            "대통령은 노동조합이 국가 발전에 역할을 해야 한다고 강조했다.",
            None,
        );
        assert_language(
            "הנשיא קרא לאיגודים המקצועיים למלא את תפקידם בפיתוח המדינה.",
            None,
        );
        assert_language(
            "Президент закликав профспілки відігравати свою роль у розвитку країни.",
            None,
        );
        assert_language(
            "رئیس جمهور از اتحادیه‌ها خواست که نقش خود را در توسعه کشور ایفا کنند.",
            None,
        );
        // Polish, long enough to be judged.
        let polish = "Prezydent wezwał związki zawodowe do odegrania swojej roli w rozwoju kraju. "
            .repeat(6);
        assert_language(&polish, None);
    }

    /// A fuzzer's input (2026-12-02): the confidence was 0 / 0, NaN, which also made two
    /// analyses of the text compare unequal.
    #[test]
    fn the_confidence_is_a_number_when_no_word_has_a_vote() {
        let bytes = b" datncmust.-23  Xi Jinping St3port023-10Inc.-23  Xi Jinping St2porte 2ncmust.-23  Xi J\x94\x91ping St3port023-\n\nInc.-23  Xi Jinping St2port";
        let text = String::from_utf8_lossy(bytes);
        let found = identify(&text);
        assert!(found.confidence.is_finite(), "{}", found.confidence);
        let a = crate::analyze(&text);
        assert!(a.stats.language_confidence.is_finite());
        assert_eq!(a, crate::analyze(&text));
    }

    #[test]
    fn short_or_empty_text_is_english_with_no_confidence() {
        assert_eq!(identify(""), DEFAULT);
        assert_eq!(identify("12 345 !!!"), DEFAULT);
        let hello = identify("Nutshell");
        assert_eq!((hello.code, hello.confidence), (Some("en"), 0.0));
    }

    #[test]
    fn only_the_first_64_kb_are_read() {
        let text = format!(
            "{}{}",
            "Le chat est sur la table et il dort. ".repeat(2000),
            "The dog. ".repeat(100_000)
        );
        assert_language(&text, Some("fr"));
        // A cut inside a character is moved back to its start.
        let wide = "é".repeat(SAMPLE_BYTES);
        assert!(sample(&wide).len() <= SAMPLE_BYTES);
    }
}
