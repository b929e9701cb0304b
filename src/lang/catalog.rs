//! The languages Nutshell reads: for each its code, names, script, writing direction,
//! Snowball stemmer, stop words (the files in `stop/`, provenance in `stop/README.md`) and the
//! small repairs of its sentences and key phrases (abbreviations, ordinal dots, elided
//! articles).
//!
//! The abbreviation and elision lists were written for Nutshell from each language's usual
//! abbreviations (same licence as the project). English's data lives in [`super::en`]; its
//! entry here only names it.

use rust_stemmers::Algorithm;

/// The writing system a language is identified by before its words are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    /// Chinese characters without kana.
    Han,
    /// Chinese characters with hiragana and katakana.
    Kana,
}

/// One supported language.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// ISO 639-1 code: "fr".
    pub code: &'static str,
    /// English name: "French".
    pub name: &'static str,
    /// Its own name: "français".
    pub native: &'static str,
    pub script: Script,
    /// Written right to left (Arabic).
    pub rtl: bool,
    /// Whether its directives are read: by the English grammar (`directives/`), or from its
    /// cue table (`tables.rs`, read by `directives/table.rs`).
    pub directives: bool,
    /// The Snowball stemmer of `rust-stemmers` (none for Chinese and Japanese).
    pub stemmer: Option<Algorithm>,
    /// Stop words, one a line, after a `#` provenance line (empty for English, whose list
    /// is in [`super::en`]).
    pub stop_words: &'static str,
    /// Function words the list lacks, written for Nutshell: Turkish's list has 53 words and
    /// no "bir"; Danish's lacks words that Norwegian's has and Danish shares ("kan", "så"),
    /// which tipped Danish texts to Norwegian.
    pub extra_stop_words: &'static [&'static str],
    /// Abbreviations (without their full stop, case as written) after which a full stop
    /// never ends a sentence: "M." and "Mme" in French, "z." and "Nr." in German.
    pub abbreviations: &'static [&'static str],
    /// Abbreviations that end a sentence only before a usual sentence opener: "usw.", "etc.".
    pub maybe_final: &'static [&'static str],
    /// Whether a number with a full stop is an ordinal that ends no sentence: "am 3. Oktober".
    pub ordinal_dots: bool,
    /// Articles and pronouns elided before an apostrophe, no part of a key phrase:
    /// "l'économie" is "économie".
    pub elisions: &'static [&'static str],
}

const fn spec(
    code: &'static str,
    name: &'static str,
    native: &'static str,
    script: Script,
    stemmer: Option<Algorithm>,
    stop_words: &'static str,
) -> Spec {
    Spec {
        code,
        name,
        native,
        script,
        rtl: false,
        directives: false,
        stemmer,
        stop_words,
        extra_stop_words: &[],
        abbreviations: &[],
        maybe_final: &[],
        ordinal_dots: false,
        elisions: &[],
    }
}

/// The Snowball stemmer of an algorithm of the catalog. `Stemmer::create` with an algorithm
/// known only at run time links every stemmer of `rust-stemmers`, Tamil's too (11 KB of code
/// that no language here uses); a call per algorithm of the catalog links only these.
pub(crate) fn stemmer(algorithm: Algorithm) -> rust_stemmers::Stemmer {
    use rust_stemmers::Stemmer;
    use Algorithm::*;
    match algorithm {
        Arabic => Stemmer::create(Arabic),
        Danish => Stemmer::create(Danish),
        Dutch => Stemmer::create(Dutch),
        Finnish => Stemmer::create(Finnish),
        French => Stemmer::create(French),
        German => Stemmer::create(German),
        Greek => Stemmer::create(Greek),
        Hungarian => Stemmer::create(Hungarian),
        Italian => Stemmer::create(Italian),
        Norwegian => Stemmer::create(Norwegian),
        Portuguese => Stemmer::create(Portuguese),
        Romanian => Stemmer::create(Romanian),
        Russian => Stemmer::create(Russian),
        Spanish => Stemmer::create(Spanish),
        Swedish => Stemmer::create(Swedish),
        Turkish => Stemmer::create(Turkish),
        // English, and Tamil, which the catalog does not have.
        _ => Stemmer::create(English),
    }
}

/// Abbreviations that Nordic languages share: "f.eks.", "bl.a.", "ca.".
const NORDIC: &[&str] = &[
    "f.eks", "bl.a", "dvs", "d.v.s", "ca", "nr", "kl", "hr", "fr", "mht", "jf", "jvf", "evt",
    "t.ex", "s.k", "resp", "f.d", "t.o.m", "fx", "pga", "iflg",
];

/// Every supported language, English first; the identifier knows these and no other.
pub const LANGUAGES: &[Spec] = &[
    Spec {
        directives: true,
        ..spec(
            "en",
            "English",
            "English",
            Script::Latin,
            Some(Algorithm::English),
            "",
        )
    },
    Spec {
        rtl: true,
        ..spec(
            "ar",
            "Arabic",
            "العربية",
            Script::Arabic,
            Some(Algorithm::Arabic),
            include_str!("stop/ar.txt"),
        )
    },
    Spec {
        abbreviations: NORDIC,
        maybe_final: &["osv", "mv"],
        ordinal_dots: true,
        extra_stop_words: &[
            "kan", "så", "ved", "kun", "før", "fordi", "hver", "hvert", "ingen", "ja", "hvem",
            "hvordan", "hvorfor", "samme", "begge", "bare", "både", "hvilke", "hvilken", "siden",
            "uden", "mellem", "kom", "mere",
        ],
        ..spec(
            "da",
            "Danish",
            "dansk",
            Script::Latin,
            Some(Algorithm::Danish),
            include_str!("stop/da.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "dhr", "Dhr", "mevr", "Mevr", "mw", "dr", "Dr", "drs", "ir", "prof", "Prof", "mr",
            "ing", "bijv", "o.a", "m.b.t", "ca", "nr", "blz", "d.w.z", "t.a.v", "i.p.v", "m.n",
            "z.g", "zgn",
        ],
        maybe_final: &["enz", "e.d"],
        ..spec(
            "nl",
            "Dutch",
            "Nederlands",
            Script::Latin,
            Some(Algorithm::Dutch),
            include_str!("stop/nl.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "esim", "ns", "mm", "ks", "tri", "prof", "klo", "n", "vrt", "ym", "eli", "mrd", "milj",
            "nro",
        ],
        maybe_final: &["jne", "yms"],
        ordinal_dots: true,
        ..spec(
            "fi",
            "Finnish",
            "suomi",
            Script::Latin,
            Some(Algorithm::Finnish),
            include_str!("stop/fi.txt"),
        )
    },
    Spec {
        directives: true,
        abbreviations: &[
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av",
            "bd", "cf", "env", "p", "pp", "vol", "chap", "art", "n°", "no", "tél", "p.ex",
        ],
        maybe_final: &["etc", "av. J.-C", "apr. J.-C"],
        elisions: &[
            "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
            "presqu",
        ],
        ..spec(
            "fr",
            "French",
            "français",
            Script::Latin,
            Some(Algorithm::French),
            include_str!("stop/fr.txt"),
        )
    },
    Spec {
        directives: true,
        abbreviations: &[
            "z", "d", "u", "a", "o", "bzw", "ca", "Dr", "Prof", "Hr", "Fr", "Nr", "Str", "St",
            "vgl", "Vgl", "sog", "ggf", "evtl", "inkl", "zzgl", "bspw", "Abs", "Art", "Bd", "geb",
            "gest", "Jh", "Mio", "Mrd", "Tel", "Dipl", "Ing", "Mag", "S", "Tsd", "v",
        ],
        maybe_final: &["usw", "etc", "u.a", "u.ä", "Chr"],
        ordinal_dots: true,
        // Connective adverbs of stopwords-iso's German list (MIT) that the Snowball list
        // lacks: a clause they open ("Allerdings fordert Ehlers ...") has no name there.
        extra_stop_words: &[
            "allerdings",
            "außerdem",
            "deshalb",
            "daher",
            "jedoch",
            "darum",
            "trotzdem",
            "zugleich",
            "bereits",
            "übrigens",
            // Written for Nutshell (same licence as the crate): more connective adverbs
            // that open a clause before its verb ("Einerseits müsse geklärt werden").
            "einerseits",
            "andererseits",
            "ebenso",
            "ebenfalls",
            "zudem",
            "dennoch",
            "somit",
            "folglich",
        ],
        ..spec(
            "de",
            "German",
            "Deutsch",
            Script::Latin,
            Some(Algorithm::German),
            include_str!("stop/de.txt"),
        )
    },
    Spec {
        abbreviations: &["κ", "π.χ", "δηλ", "βλ", "κτλ", "σελ", "αρ"],
        maybe_final: &["κ.λπ", "κ.ά"],
        ..spec(
            "el",
            "Greek",
            "Ελληνικά",
            Script::Greek,
            Some(Algorithm::Greek),
            include_str!("stop/el.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "dr", "Dr", "id", "ifj", "ún", "pl", "kb", "ill", "özv", "u", "sz", "Id",
        ],
        maybe_final: &["stb"],
        ordinal_dots: true,
        ..spec(
            "hu",
            "Hungarian",
            "magyar",
            Script::Latin,
            Some(Algorithm::Hungarian),
            include_str!("stop/hu.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "Sig", "Sigg", "Sig.ra", "Dott", "Dott.ssa", "Dr", "Prof", "Avv", "Ing", "On", "Sen",
            "S", "pag", "art", "n", "p.es", "Geom", "Rag", "Mons",
        ],
        maybe_final: &["ecc"],
        elisions: &[
            "l", "d", "un", "dell", "dall", "nell", "sull", "all", "coll", "quest", "quell", "c",
            "s", "m", "t", "v", "n", "anch", "tutt",
        ],
        ..spec(
            "it",
            "Italian",
            "italiano",
            Script::Latin,
            Some(Algorithm::Italian),
            include_str!("stop/it.txt"),
        )
    },
    Spec {
        abbreviations: NORDIC,
        maybe_final: &["osv", "mv", "m.m"],
        ordinal_dots: true,
        extra_stop_words: &["alt", "ham", "hos", "jo", "under", "dog"],
        ..spec(
            "no",
            "Norwegian",
            "norsk",
            Script::Latin,
            Some(Algorithm::Norwegian),
            include_str!("stop/no.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "Sr", "Sra", "Srta", "Dr", "Dra", "Prof", "Profa", "Exmo", "Exma", "V", "pág", "art",
            "nº", "n.º", "Av", "Eng", "Dna", "D",
        ],
        maybe_final: &["etc"],
        ..spec(
            "pt",
            "Portuguese",
            "português",
            Script::Latin,
            Some(Algorithm::Portuguese),
            include_str!("stop/pt.txt"),
        )
    },
    Spec {
        abbreviations: &[
            "dl", "dna", "Dl", "Dna", "dr", "Dr", "prof", "Prof", "nr", "str", "pag",
        ],
        maybe_final: &["etc"],
        ..spec(
            "ro",
            "Romanian",
            "română",
            Script::Latin,
            Some(Algorithm::Romanian),
            include_str!("stop/ro.txt"),
        )
    },
    Spec {
        directives: true,
        abbreviations: &[
            "т", "е", "д", "др", "пр", "см", "ул", "им", "тыс", "млн", "млрд", "руб", "коп", "стр",
            "рис", "проф", "акад", "т.е", "т.д", "т.п", "т.к", "ст", "гл",
        ],
        maybe_final: &["г", "гг", "в", "вв"],
        ..spec(
            "ru",
            "Russian",
            "русский",
            Script::Cyrillic,
            Some(Algorithm::Russian),
            include_str!("stop/ru.txt"),
        )
    },
    Spec {
        directives: true,
        abbreviations: &[
            "Sr", "Sra", "Srta", "Dr", "Dra", "Ud", "Uds", "Vd", "Vds", "D", "Dña", "Lic", "Ing",
            "Prof", "pág", "núm", "art", "aprox", "Av", "Gral", "Sto", "Sta", "n.º",
        ],
        maybe_final: &["etc"],
        // Function words of stopwords-iso's Spanish list (MIT) that the Snowball list lacks;
        // without them Catalan's list (which holds them) outvoted Spanish texts.
        extra_stop_words: &[
            "si", "ser", "cada", "alguna", "tan", "tal", "poca", "pocos", "pocas", "así", "aquí",
            "allí", "aunque", "según",
        ],
        ..spec(
            "es",
            "Spanish",
            "español",
            Script::Latin,
            Some(Algorithm::Spanish),
            include_str!("stop/es.txt"),
        )
    },
    Spec {
        abbreviations: NORDIC,
        maybe_final: &["osv", "m.m", "o.s.v"],
        ..spec(
            "sv",
            "Swedish",
            "svenska",
            Script::Latin,
            Some(Algorithm::Swedish),
            include_str!("stop/sv.txt"),
        )
    },
    Spec {
        abbreviations: &["Dr", "Prof", "Doç", "Av", "Yrd", "Sn", "No", "Cad", "Sok"],
        maybe_final: &["vb", "vs"],
        ordinal_dots: true,
        extra_stop_words: &[
            "bir",
            "olarak",
            "sonra",
            "kadar",
            "olan",
            "göre",
            "var",
            "yok",
            "değil",
            "ben",
            "sen",
            "onlar",
            "bile",
            "sadece",
            "önce",
            "ancak",
            "şimdi",
            "böyle",
            "şöyle",
            "olduğu",
            "olduğunu",
            "oldu",
            "olur",
            "olması",
            "ayrıca",
            "yine",
            "dolayı",
            "rağmen",
            "beri",
            "karşı",
            "doğru",
            "üzere",
            "onun",
            "bunu",
            "bunun",
            "buna",
            "ona",
            "onu",
            "bana",
            "sana",
            "bizim",
            "sizin",
            "benim",
            "senin",
            "kendi",
            "aynı",
            "tarafından",
            "arasında",
            "üzerinde",
            "içinde",
            "birlikte",
            "sırasında",
            "artık",
            "hala",
            "henüz",
            "zaten",
            "bunlar",
            "hangi",
            "kaç",
        ],
        ..spec(
            "tr",
            "Turkish",
            "Türkçe",
            Script::Latin,
            Some(Algorithm::Turkish),
            include_str!("stop/tr.txt"),
        )
    },
    Spec {
        directives: true,
        ..spec(
            "zh",
            "Chinese",
            "中文",
            Script::Han,
            None,
            include_str!("stop/zh.txt"),
        )
    },
    spec(
        "ja",
        "Japanese",
        "日本語",
        Script::Kana,
        None,
        include_str!("stop/ja.txt"),
    ),
];

/// Languages Nutshell does not read whose texts share many words with one it reads
/// (Catalan with Spanish, Polish and Czech with several): their stop words vote too, and a
/// text they win is in no supported language. Files in `stop/decoys/`.
pub const DECOYS: &[(&str, &str)] = &[
    ("ca", include_str!("stop/decoys/ca.txt")),
    ("pl", include_str!("stop/decoys/pl.txt")),
    ("cs", include_str!("stop/decoys/cs.txt")),
    ("sk", include_str!("stop/decoys/sk.txt")),
    ("hr", include_str!("stop/decoys/hr.txt")),
    ("id", include_str!("stop/decoys/id.txt")),
    ("af", include_str!("stop/decoys/af.txt")),
    ("tl", include_str!("stop/decoys/tl.txt")),
];

/// Letters that only some Latin-script languages use, with the codes (of [`LANGUAGES`] and
/// [`DECOYS`]) that use them: each occurrence is a vote, shared among them, worth
/// `identify::LETTER_VOTE` of a word's.
pub const LETTERS: &[(char, &[&str])] = &[
    ('ı', &["tr"]),
    ('ğ', &["tr"]),
    ('ş', &["tr", "ro"]),
    ('ș', &["ro"]),
    ('ț', &["ro"]),
    ('ţ', &["ro"]),
    ('ă', &["ro"]),
    ('ã', &["pt"]),
    // "õ" and "û" stand for Hungarian's "ő" and "ű" in text that went through Latin-1.
    ('õ', &["pt", "hu"]),
    ('û', &["fr", "hu"]),
    ('ä', &["de", "sv", "fi", "sk"]),
    ('ñ', &["es"]),
    ('ß', &["de"]),
    ('ő', &["hu"]),
    ('ű', &["hu"]),
    ('æ', &["da", "no"]),
    ('ø', &["da", "no"]),
    ('å', &["da", "no", "sv"]),
    ('œ', &["fr"]),
    ('ê', &["fr", "pt"]),
    ('ë', &["fr", "nl", "af"]),
    ('ì', &["it"]),
    ('ò', &["it", "ca"]),
    ('ł', &["pl"]),
    ('ą', &["pl"]),
    ('ę', &["pl"]),
    ('ś', &["pl"]),
    ('ź', &["pl"]),
    ('ż', &["pl"]),
    ('ń', &["pl"]),
    ('ř', &["cs"]),
    ('ě', &["cs"]),
    ('ů', &["cs"]),
    ('č', &["cs", "sk", "hr"]),
    ('š', &["cs", "sk", "hr"]),
    ('ž', &["cs", "sk", "hr"]),
    ('ľ', &["sk"]),
    ('đ', &["hr"]),
    // Marked letters of languages without a voter: no vote, but foreign to every voter.
    // Turkish text read as Windows-1252 has "ý", "þ", "ð" for "ı", "ş", "ğ".
    ('þ', &["tr"]),
    ('ð', &["tr"]),
    ('ý', &["tr", "cs", "sk"]),
    ('ā', &[]),
    ('ē', &[]),
    ('ī', &[]),
    ('ū', &[]),
    ('ķ', &[]),
    ('ļ', &[]),
    ('ņ', &[]),
    ('ģ', &[]),
    ('ė', &[]),
    ('į', &[]),
    ('ų', &[]),
    ('ŵ', &[]),
    ('ŷ', &[]),
    ('ơ', &[]),
    ('ư', &[]),
];

/// Letters of [`LETTERS`] that stand for another language's in text that went through
/// Latin-1 or Windows-1252 ("õ", "û" for Hungarian "ő", "ű"; "ý", "þ", "ð" for Turkish "ı",
/// "ş", "ğ"): they vote, but a word with one is not thereby that language's (Icelandic writes
/// "þ" and "ð").
pub const STAND_INS: &[char] = &['õ', 'û', 'ý', 'þ', 'ð'];

/// Word endings that vote for the languages that use them: each ending of a word of five
/// letters or more is a vote worth a letter's, and the word counts as one of the language's
/// words (as a stop word does) for `identify::MIN_SHARE`. Finnish has few function words but
/// many case endings ("Suomessa", "talosta", "kadulla", "uudeksi", "tavoitteista"): its
/// inessive, elative, adessive, ablative, abessive, translative, illative, plural-elative
/// endings and the suffixes "-ainen", "-uus" and "-vät", each kept where the `fit` part of
/// lingua's samples shows it in no other language at a tenth of its Finnish rate
/// (EVALUATION.md, "Language identification").
pub const ENDINGS: &[(&str, &[&str])] = &[
    ("ssa", &["fi"]),
    ("ssä", &["fi"]),
    ("stä", &["fi"]),
    ("llä", &["fi"]),
    ("ltä", &["fi"]),
    ("ttä", &["fi"]),
    ("ksi", &["fi"]),
    ("iin", &["fi"]),
    ("ään", &["fi"]),
    ("ista", &["fi"]),
    ("istä", &["fi"]),
    ("ainen", &["fi"]),
    ("äinen", &["fi"]),
    ("uus", &["fi"]),
    ("yys", &["fi"]),
    ("vät", &["fi"]),
];

/// Spellings that tell Danish (`true`) from Norwegian Bokmål (`false`) when the two lead a
/// text's vote: a letter sequence anywhere in a word, with a leading `-` an ending and with a
/// trailing `-` a beginning of a word at least two letters longer; each occurrence is worth
/// a letter's vote. From the orthographies' known differences: Bokmål "kj", "gj", "ei", "øy",
/// "-sjon", "ut-", "opp-", "inn-" where Danish writes "k", "g", "ej", "øj", "-tion", "ud-",
/// "op-", "ind-" ("kjøpe" / "købe"); Bokmål doubles a final consonant ("nett", "takk", "mann",
/// "full"); Danish "æ" where Bokmål often has "e", and its endings ("nødvendigt" /
/// "nødvendig", "sikkerhed" / "sikkerhet", "borgerne" / "bilene", "elskede" / "elsket"). Each
/// kept where it held in the `fit` part of lingua's Danish and Bokmål samples (EVALUATION.md,
/// "Language identification").
pub const NORDIC_SPELLING: &[(&str, bool)] = &[
    ("-igt", true),
    ("-hed", true),
    ("-erne", true),
    ("-ede", true),
    ("tion", true),
    ("ej", true),
    ("øj", true),
    ("æ", true),
    ("ud-", true),
    ("kø-", true),
    ("-het", false),
    ("-ene", false),
    ("sjon", false),
    ("-tt", false),
    ("-kk", false),
    ("-nn", false),
    ("-ll", false),
    ("kj", false),
    ("gj", false),
    ("ei", false),
    ("øy", false),
    ("ut-", false),
    ("opp-", false),
    ("inn-", false),
];

/// The entry of a code, if supported.
pub fn find(code: &str) -> Option<&'static Spec> {
    LANGUAGES.iter().find(|s| s.code == code)
}

/// The words of a stop-word file: every line but the `#` provenance line and blank ones.
pub fn words(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_unique_code_and_its_stop_words() {
        for (i, s) in LANGUAGES.iter().enumerate() {
            assert!(
                LANGUAGES[..i].iter().all(|o| o.code != s.code),
                "{}",
                s.code
            );
            if s.code != "en" {
                assert!(s.stop_words.starts_with("# "), "{}", s.code);
                assert!(words(s.stop_words).count() > 40, "{}", s.code);
                // Lowercase, one word or one fixed expression a line.
                for w in words(s.stop_words) {
                    assert_eq!(w, w.to_lowercase(), "{}: {w}", s.code);
                }
            }
        }
        assert_eq!(find("fr").map(|s| s.name), Some("French"));
        // English first: `Language::of` falls back to it, the identifier's prior is its.
        assert_eq!(LANGUAGES[0].code, "en");
        assert!(find("xx").is_none());
    }

    #[test]
    fn every_stemmer_stems() {
        for (s, word, stem) in [
            ("fr", "économiques", "économ"),
            ("de", "gewerkschaften", "gewerkschaft"),
            ("es", "trabajadores", "trabaj"),
            ("ru", "профсоюзов", "профсоюз"),
        ] {
            let algo = find(s).and_then(|s| s.stemmer).unwrap();
            assert_eq!(rust_stemmers::Stemmer::create(algo).stem(word), stem);
        }
    }
}
