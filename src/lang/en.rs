//! English data for segmentation, key phrases and directives.
//!
//! Provenance: the stop-word base is NLTK's English list (via the `stop-words` crate, MIT/Apache
//! data of the NLTK project, Apache-2.0). Everything else in this file was written for Nutshell
//! (same licence as the project): abbreviation lists from common English style guides, cue
//! verbs from the directive-verb set of PolNeAR / PARC attribution work (urge, call for/on,
//! demand, order, request, instruct, press for, push for, appeal, implore, plead, exhort,
//! command, direct, petition, beg) plus the emphasis verbs used in official readouts.

use std::collections::HashMap;

/// Abbreviations (without their final full stop, case as written) after which a full stop
/// never ends a sentence: titles before a name, and Latin abbreviations that introduce
/// more text.
pub const NEVER_FINAL_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Maj", "Adm",
    "Cmdr", "Sen", "Rep", "Gov", "Rev", "Hon", "Pres", "Supt", "Insp", "Messrs", "Mme", "Mlle",
    "Fr", "Sr", "Sra", "Srta", "St", "Mt", "Ft", "Pt", "vs", "v", "e.g", "i.e", "cf", "viz",
    "approx", "ca", "c", "Fig", "fig", "Eq", "eq", "Ref", "ref", "Vol", "vol", "Ch", "ch", "Sec",
    "sec", "para", "al", "Blvd", "Ave", "Rd", "Hwy",
];

/// Abbreviations that may end a sentence: the break is kept only when the next word is a
/// usual sentence opener ("in the U.S. The ..."), otherwise the full stop is part of the
/// abbreviation ("the U.S. Senate").
pub const MAYBE_FINAL_ABBREVIATIONS: &[&str] = &[
    "Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr", "etc", "U.S", "U.K", "U.N", "E.U", "U.S.A",
    "D.C", "a.m", "p.m", "A.M", "P.M", "Ph.D", "B.A", "M.A", "B.Sc", "M.Sc", "Esq", "Dept",
    "Univ", "Assn", "Gov't", "Nov", "Dec", "Sept", "Oct", "Aug", "Feb", "Jan", "Mar", "Apr",
    "Jun", "Jul", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "est",
];

/// Abbreviations that stay attached to a following number ("No. 5", "pp. 10-12", "Art. 3").
pub const NUMBER_ABBREVIATIONS: &[&str] = &[
    "No", "no", "Nos", "nos", "Art", "art", "p", "pp", "Nr", "nr", "Sept", "Sep", "Oct", "Nov",
    "Dec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Vol", "vol", "Ch", "ch", "Fig",
    "fig", "Sec", "sec", "Pt", "pt", "Ex", "ex",
];

/// Words that commonly open a sentence. After a maybe-final abbreviation ("Inc.", "U.S.") a
/// following capitalised word from this list means a new sentence.
pub const SENTENCE_STARTERS: &[&str] = &[
    "a", "after", "all", "also", "although", "an", "and", "as", "at", "because", "before",
    "both", "but", "by", "despite", "during", "each", "even", "every", "for", "from", "he",
    "her", "his", "however", "i", "if", "in", "it", "its", "many", "meanwhile", "more", "most",
    "moreover", "my", "no", "nor", "now", "of", "on", "one", "or", "our", "she", "since", "so",
    "some", "still", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "those", "though", "thus", "to", "today", "under", "we", "what", "when", "where", "while",
    "who", "why", "with", "yet", "you", "your", "furthermore", "additionally", "instead",
    "other", "others", "last", "first", "next", "finally", "yesterday", "tomorrow",
];

/// Function words NLTK's list lacks (modals, frequent adverbs, contractions with a curly
/// apostrophe, number words that carry no topic).
pub const EXTRA_STOP_WORDS: &[&str] = &[
    "would", "could", "might", "must", "may", "shall", "also", "yet", "still", "even", "ever",
    "however", "although", "though", "whether", "upon", "onto", "within", "without", "among",
    "amongst", "across", "along", "around", "behind", "beside", "besides", "beyond", "toward",
    "towards", "via", "per", "unless", "whose", "whom", "whoever", "whatever", "whichever",
    "wherever", "whenever", "us", "let", "lets", "one", "ones", "another", "every", "either",
    "neither", "else", "etc", "much", "many", "several", "almost", "already", "always", "never",
    "often", "perhaps", "quite", "rather", "really", "since", "thus", "therefore", "hence",
    "indeed", "yes", "ok", "okay", "mr", "mrs", "ms", "dr", "i’m", "it’s", "don’t", "doesn’t",
    "didn’t", "can’t", "won’t", "isn’t", "aren’t", "wasn’t", "weren’t", "he’s", "she’s",
    "that’s", "there’s", "they’re", "we’re", "you’re", "i’ve", "we’ve", "they’ve", "i’ll",
    "we’ll", "they’ll", "cannot", "can't", "'s", "’s", "s",
];

/// Words that are not stop words but make poor key-phrase edges: reporting and cue verbs,
/// vague nouns and adverbs that every news story has.
pub const WEAK_WORDS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tell", "tells", "added", "according", "stated",
    "reported", "noted", "asked", "urged", "urge", "urges", "urging", "called", "calls",
    "call", "stressed", "stress", "stresses", "stressing", "emphasized", "emphasised",
    "emphasizing", "emphasising", "emphasize", "emphasise", "highlighted", "highlighting",
    "underlined", "underlining", "reiterated", "encouraged", "encouraging", "demanded",
    "ordered", "instructed", "directed", "requested", "required", "pressed", "pushed",
    "commended", "praised", "expressed", "acknowledged", "recognizing", "recognized",
    "including", "included", "include", "includes", "made", "make", "makes", "making", "get",
    "got", "gets", "getting", "go", "goes", "went", "going", "gone", "come", "came", "comes",
    "take", "took", "takes", "taken", "give", "gave", "given", "gives", "put", "set", "like",
    "just", "well", "back", "way", "ways", "thing", "things", "lot", "lots", "time", "times",
    "year", "years", "day", "days", "week", "weeks", "month", "months", "today", "yesterday",
    "tomorrow", "new", "old", "good", "great", "big", "small", "last", "first", "second",
    "next", "many", "much", "more", "less", "least", "far", "part", "parts", "number",
    "kind", "sort", "use", "used", "using", "uses", "see", "seen", "saw", "know", "known",
    "knew", "think", "thought", "want", "wanted", "need", "needs", "needed", "able", "among",
    "around", "really", "actually", "certainly", "clearly", "particularly", "especially",
    "recently", "currently", "nearly", "mostly", "largely", "fully", "simply", "certain",
    "various", "different", "whole", "entire", "total", "main", "major", "key", "important",
    "importance", "further", "furthermore", "other", "others", "per", "cent", "percent",
    "people", "person", "something", "anything", "everything", "nothing", "someone",
    "anyone", "everyone", "nobody", "here", "there", "now", "then", "ago", "later",
    "earlier", "soon", "still", "u", "mr.", "mrs.", "dr.", "st", "th", "nd", "rd",
];

/// Titles and roles that precede a name ("President Xi Jinping"): stripped to get the name.
pub const TITLE_WORDS: &[&str] = &[
    "president", "vice", "premier", "prime", "minister", "secretary", "general", "chairman",
    "chairwoman", "chair", "chairperson", "senator", "sen", "representative", "rep",
    "congressman", "congresswoman", "governor", "gov", "mayor", "chief", "executive",
    "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner",
    "judge", "justice", "king", "queen", "prince", "princess", "pope", "leader", "mr", "mrs",
    "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
    "chancellor", "speaker", "candidate", "nominee", "ceo", "head", "attorney", "officer",
    "commander", "colonel", "captain", "lieutenant", "sergeant", "admiral", "deputy",
    "state", "foreign", "defense", "defence", "finance", "interior", "party", "member",
    "founder", "frontrunner", "front-runner", "hopeful", "republican", "democrat",
    "democratic", "presidential", "former", "senior", "official", "officials", "analyst",
    "envoy", "delegate", "councillor", "councilman", "councilwoman", "sheriff", "host",
    "billionaire", "businessman", "businesswoman", "gop",
];

/// Head nouns of organisations: a speaker containing one is not a "he" or "she".
pub const ORGANISATION_WORDS: &[&str] = &[
    "committee", "council", "party", "union", "unions", "federation", "ministry", "nations",
    "house", "department", "government", "office", "agency", "commission", "association",
    "company", "corporation", "group", "court", "congress", "senate", "parliament",
    "assembly", "bank", "board", "administration", "campaign", "organization",
    "organisation", "institute", "university", "team", "police", "army", "court", "cabinet",
];

/// Nouns for an event or a text that speaks for its author ("the conversation emphasized ...").
pub const EVENT_NOUNS: &[&str] = &[
    "conversation", "speech", "remarks", "statement", "letter", "meeting", "address",
    "message", "report", "talk", "talks", "article", "editorial", "communique", "communiqué",
    "declaration", "resolution", "document", "session", "conference", "readout", "circular",
    "notice", "guideline", "guidelines", "plan", "directive", "decision", "order",
];

/// Pronouns a speaker may be mentioned by, resolved to the latest fitting named speaker.
pub const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they"];

/// The role a cue verb plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// "urge X to do", "ask X to do", "call on X to do": addressee, then "to" and the action.
    Addressed,
    /// "call for X", "press for X": the action is the object; "for" (or "on") follows.
    ForObject,
    /// "demand X", "urge X": the action is the object noun phrase.
    Object,
    /// "stress the need to X", "emphasize the importance of X".
    Emphasis,
    /// Plain reporting verbs ("said", "praised"): not a directive, but they name speakers and
    /// can report an obligation ("said that X must ...").
    Reporting,
}

/// One verb form known to the cue matcher.
#[derive(Clone, Copy, Debug)]
pub struct VerbForm {
    /// The verb's base form.
    pub lemma: &'static str,
    /// An "-ing" form (participial use: "emphasizing the importance of ...").
    pub participle: bool,
}

/// Verbs by lemma with their forms: base, third person, past, -ing.
const VERBS: &[(&str, [&str; 4])] = &[
    ("urge", ["urge", "urges", "urged", "urging"]),
    ("call", ["call", "calls", "called", "calling"]),
    ("ask", ["ask", "asks", "asked", "asking"]),
    ("encourage", ["encourage", "encourages", "encouraged", "encouraging"]),
    ("order", ["order", "orders", "ordered", "ordering"]),
    ("instruct", ["instruct", "instructs", "instructed", "instructing"]),
    ("direct", ["direct", "directs", "directed", "directing"]),
    ("require", ["require", "requires", "required", "requiring"]),
    ("request", ["request", "requests", "requested", "requesting"]),
    ("press", ["press", "presses", "pressed", "pressing"]),
    ("push", ["push", "pushes", "pushed", "pushing"]),
    ("appeal", ["appeal", "appeals", "appealed", "appealing"]),
    ("implore", ["implore", "implores", "implored", "imploring"]),
    ("plead", ["plead", "pleads", "pleaded", "pleading"]),
    ("exhort", ["exhort", "exhorts", "exhorted", "exhorting"]),
    ("command", ["command", "commands", "commanded", "commanding"]),
    ("petition", ["petition", "petitions", "petitioned", "petitioning"]),
    ("beg", ["beg", "begs", "begged", "begging"]),
    ("demand", ["demand", "demands", "demanded", "demanding"]),
    ("tell", ["tell", "tells", "told", "telling"]),
    ("advise", ["advise", "advises", "advised", "advising"]),
    ("lobby", ["lobby", "lobbies", "lobbied", "lobbying"]),
    ("advocate", ["advocate", "advocates", "advocated", "advocating"]),
    ("stress", ["stress", "stresses", "stressed", "stressing"]),
    ("emphasize", ["emphasize", "emphasizes", "emphasized", "emphasizing"]),
    ("emphasise", ["emphasise", "emphasises", "emphasised", "emphasising"]),
    ("underline", ["underline", "underlines", "underlined", "underlining"]),
    ("underscore", ["underscore", "underscores", "underscored", "underscoring"]),
    ("highlight", ["highlight", "highlights", "highlighted", "highlighting"]),
    ("reiterate", ["reiterate", "reiterates", "reiterated", "reiterating"]),
    ("point", ["point", "points", "pointed", "pointing"]),
    ("insist", ["insist", "insists", "insisted", "insisting"]),
    ("note", ["note", "notes", "noted", "noting"]),
    ("say", ["say", "says", "said", "saying"]),
    ("state", ["state", "states", "stated", "stating"]),
    ("add", ["add", "adds", "added", "adding"]),
    ("declare", ["declare", "declares", "declared", "declaring"]),
    ("warn", ["warn", "warns", "warned", "warning"]),
    ("argue", ["argue", "argues", "argued", "arguing"]),
    ("explain", ["explain", "explains", "explained", "explaining"]),
    ("announce", ["announce", "announces", "announced", "announcing"]),
    ("write", ["write", "writes", "wrote", "writing"]),
    ("commend", ["commend", "commends", "commended", "commending"]),
    ("praise", ["praise", "praises", "praised", "praising"]),
    ("acknowledge", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
    ("express", ["express", "expresses", "expressed", "expressing"]),
    ("report", ["report", "reports", "reported", "reporting"]),
    ("deliver", ["deliver", "delivers", "delivered", "delivering"]),
    ("recognize", ["recognize", "recognizes", "recognized", "recognizing"]),
    ("believe", ["believe", "believes", "believed", "believing"]),
    ("suggest", ["suggest", "suggests", "suggested", "suggesting"]),
    ("recommend", ["recommend", "recommends", "recommended", "recommending"]),
    ("propose", ["propose", "proposes", "proposed", "proposing"]),
    ("vow", ["vow", "vows", "vowed", "vowing"]),
    ("pledge", ["pledge", "pledges", "pledged", "pledging"]),
    ("promise", ["promise", "promises", "promised", "promising"]),
    ("reply", ["reply", "replies", "replied", "replying"]),
    ("tweet", ["tweet", "tweets", "tweeted", "tweeting"]),
];

/// Classes each lemma belongs to (a verb may have several: "urge X to", "urge X").
const CLASSES: &[(&str, &[CueClass])] = &[
    ("urge", &[CueClass::Addressed, CueClass::ForObject, CueClass::Object]),
    ("call", &[CueClass::Addressed, CueClass::ForObject]),
    ("ask", &[CueClass::Addressed, CueClass::ForObject]),
    ("encourage", &[CueClass::Addressed]),
    ("order", &[CueClass::Addressed, CueClass::Object]),
    ("instruct", &[CueClass::Addressed]),
    ("direct", &[CueClass::Addressed]),
    ("require", &[CueClass::Addressed]),
    ("request", &[CueClass::Addressed, CueClass::Object]),
    ("press", &[CueClass::Addressed, CueClass::ForObject]),
    ("push", &[CueClass::Addressed, CueClass::ForObject]),
    ("appeal", &[CueClass::Addressed, CueClass::ForObject]),
    ("implore", &[CueClass::Addressed]),
    ("plead", &[CueClass::Addressed, CueClass::ForObject]),
    ("exhort", &[CueClass::Addressed]),
    ("command", &[CueClass::Addressed]),
    ("petition", &[CueClass::Addressed, CueClass::ForObject]),
    ("beg", &[CueClass::Addressed, CueClass::ForObject]),
    ("demand", &[CueClass::Addressed, CueClass::Object]),
    ("tell", &[CueClass::Addressed, CueClass::Reporting]),
    ("advise", &[CueClass::Addressed]),
    ("lobby", &[CueClass::Addressed, CueClass::ForObject]),
    ("advocate", &[CueClass::ForObject, CueClass::Object]),
    ("stress", &[CueClass::Emphasis]),
    ("emphasize", &[CueClass::Emphasis]),
    ("emphasise", &[CueClass::Emphasis]),
    ("underline", &[CueClass::Emphasis]),
    ("underscore", &[CueClass::Emphasis]),
    ("highlight", &[CueClass::Emphasis]),
    ("reiterate", &[CueClass::Emphasis]),
    ("point", &[CueClass::Emphasis]),
    ("insist", &[CueClass::Emphasis]),
    ("note", &[CueClass::Emphasis]),
];

/// Nouns that turn an emphasis verb into a directive ("the need to", "the importance of").
pub const NEED_NOUNS: &[&str] = &[
    "need", "needs", "importance", "necessity", "urgency", "imperative", "priority",
];

/// Adjectives of "it is necessary to ...".
pub const NECESSITY_ADJECTIVES: &[&str] = &[
    "necessary", "essential", "imperative", "vital", "crucial", "important", "urgent",
    "critical", "incumbent",
];

/// Words that, earlier in its clause, make a modal conditional ("if X should ...").
pub const CONDITIONALS: &[&str] = &["if", "whether", "unless"];

/// Words that, right before "need to" / "have to", negate the obligation ("no need to").
pub const NEGATIONS: &[&str] = &["no", "not", "don't", "doesn't", "didn't", "never"];

/// Auxiliaries and adverbs allowed between a subject and its verb ("has repeatedly urged").
pub const VERB_PREFIX_WORDS: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "further",
    "again", "then", "once", "previously", "later", "repeatedly", "strongly", "firmly",
    "recently", "earlier", "had", "did", "does", "do", "publicly", "explicitly", "even",
    "too", "himself", "herself", "themselves", "last", "week", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
];

/// Words that start a clause: the subject of a verb lies after them.
pub const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "and", "but", "while", "whereas", "because", "although", "as",
    "when", "after", "before", "since", "where", "so", "or", "if", "though",
];

/// Prepositions that may open an introductory phrase before the subject.
pub const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "during", "after", "before", "with", "from", "to", "for", "by", "of",
    "about", "over", "under", "through", "throughout", "amid", "following", "despite",
    "against", "between", "among", "into", "within", "without", "since", "until",
];

/// Determiners and possessives: a verb form right after one is a noun ("the call for").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "such", "no", "any", "each", "every",
];

/// Lookup tables for the cue matcher, built from the lists above.
pub struct Cues {
    forms: HashMap<&'static str, VerbForm>,
    classes: HashMap<&'static str, &'static [CueClass]>,
}

impl Cues {
    pub(crate) fn new() -> Cues {
        let mut forms = HashMap::new();
        for (lemma, fs) in VERBS {
            for (i, f) in fs.iter().enumerate() {
                forms.insert(
                    *f,
                    VerbForm {
                        lemma,
                        participle: i == 3,
                    },
                );
            }
        }
        Cues {
            forms,
            classes: CLASSES.iter().copied().collect(),
        }
    }

    /// The verb form of a lowercase word, if it is a known cue or reporting verb.
    pub fn verb(&self, lower: &str) -> Option<VerbForm> {
        self.forms.get(lower).copied()
    }

    /// The classes of a lemma; a verb absent from `CLASSES` is a plain reporting verb.
    pub fn classes(&self, lemma: &str) -> &'static [CueClass] {
        self.classes
            .get(lemma)
            .copied()
            .unwrap_or(&[CueClass::Reporting])
    }
}
