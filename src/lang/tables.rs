//! Directive cue tables of the languages that have no directive grammar yet (French,
//! Spanish, German, Russian, Chinese): the words that ask ("exhorte", "instó", "fordert",
//! "призвал", "要求") and the words of obligation ("doit", "debe", "müssen", "должны", "必须"),
//! read by `directives::table`. Written for Nutshell (MIT OR Apache-2.0) from each language's
//! grammar of modal verbs and verbs of asking, in the scope that the shared multilingual
//! directive set describes (its `in_scope_mapping`, a specification, not its labels); each
//! form is listed as written (a final `*` matches any ending: "exhort*" is "exhorte",
//! "exhorté", "exhortent").

/// What a cue makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TableKind {
    /// A speaker asks someone ("appelle les syndicats à", "instó a"): the speaker is the
    /// subject before the cue.
    Ask,
    /// Something must or should be done ("doit", "hay que", "必须"): the text's own voice,
    /// or a reporting subject before it ("习近平强调，要...").
    Must,
    /// A rule or prohibition ("Nul ne sera ...", "está prohibido", "Niemand darf",
    /// "запрещается", "严禁"): what is forbidden or required, the text's own voice.
    Rule,
    /// An imperative found by its ending ([`Imperatives`]): "privilégiez la télémédecine",
    /// "Bleiben Sie zu Hause", "Соблюдайте дистанцию". The reader is asked.
    Imperative,
    /// A resolution's operative clause: one of [`CueTable::operative`] opening a paragraph
    /// ("Proclama la presente Declaración ...", "Exhorte tous les États à ..."). The issuer
    /// named alone before the clauses ("La Asamblea General,") speaks.
    Operative,
}

/// How a language marks an imperative that opens its clause: by its ending, and, for a
/// capitalised word opening the sentence (which could be a name: "Martinez a dit"), by the
/// word that follows it.
#[derive(Debug)]
pub(crate) struct Imperatives {
    /// Endings of the imperative ("-ez", "-йте", "-ите", German "-en").
    pub endings: &'static [&'static str],
    /// Words one of which must follow a capitalised imperative ("la", "vos"; German "Sie").
    /// Empty: any word may.
    pub next: &'static [&'static str],
    /// Whether the next word is needed wherever the imperative stands (German: "Sie"), not
    /// only at the sentence's start.
    pub next_always: bool,
}

/// One cue: consecutive words (lowercase; `*` at the end matches any ending).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TableCue {
    pub words: &'static [&'static str],
    pub kind: TableKind,
}

/// A language's cue table.
#[derive(Debug)]
pub(crate) struct CueTable {
    pub cues: &'static [TableCue],
    /// Words that link an ask's addressee to its action ("à", "de": "exhorte les syndicats
    /// à jouer"); the words between the cue and the link are the addressee.
    pub links: &'static [&'static str],
    /// A word that must follow an ask in the same sentence for it to count (German separable
    /// verbs: "rief die Bürger auf, ..."; "" for none), given per cue by its first word.
    pub particles: &'static [(&'static str, &'static str)],
    /// Negations directly before an ask that make it no ask ("no pidió", "не призвал").
    pub negations: &'static [&'static str],
    /// Auxiliaries that make an ask passive right before it ("sont invités à", "wurde
    /// aufgefordert"): its subject is then the addressee, not the speaker.
    pub passive: &'static [&'static str],
    /// Words that report speech: a name next to one of them in the sentence ("Macron a
    /// déclaré qu'il faut ...", "..., sagte Katzian") is the speaker of an obligation.
    pub reporting: &'static [&'static str],
    /// Obligation cues (by their first word) that have no subject: "il faut", "hay que",
    /// "необходимо". The others' subject is the addressee ("Chacun doit ...").
    pub impersonal: &'static [&'static str],
    /// Words for "nobody" that open a rule cue ("Nul ne", "Nadie podrá", "Niemand darf"):
    /// the cue's first word is then its addressee.
    pub nobody: &'static [&'static str],
    /// A rule by its clause: a clause that opens with one of `no_subject` (a negative
    /// determiner or pronoun: "Nada", "Keine", "Aucune") and has one of `permission` before
    /// its end ("Nada en esta Declaración podrá interpretarse", "Keine Bestimmung dieser
    /// Erklärung darf", "Aucune mesure de rétorsion ne pourra viser").
    pub no_subject: &'static [&'static str],
    pub permission: &'static [&'static str],
    /// Past auxiliaries that make a rule in their clause history, not a rule ("war ...
    /// untersagt", "wurde verboten", "было запрещено").
    pub past: &'static [&'static str],
    /// Verb-second order (German): when another word opens the clause, the subject follows
    /// the verb ("Allerdings fordert Ehlers ...").
    pub verb_second: bool,
    /// Prepositions. In a verb-second language they open an adverbial before the verb ("In
    /// der Folge sollen die Fortschritte ...", "Ohne Bereitschaft müsse das Unternehmen"):
    /// the subject is then after the verb, not before it. In every language a name right
    /// after one is no subject ("el médico egresado de la UNAM comentó").
    pub adverbial_openers: &'static [&'static str],
    /// Words that name a speaker after a comma at the sentence's end ("..., so Ehlers.",
    /// "..., selon Macron.", "..., según Córdova.").
    pub quotatives: &'static [&'static str],
    /// Imperatives by their ending, where the language marks them so.
    pub imperatives: Option<Imperatives>,
    /// Relative pronouns that open a clause after a name and its comma: the name is the
    /// subject of a cue in that clause ("Enrique Peña Nieto, que el martes pidió perdón").
    pub relatives: &'static [&'static str],
    /// Pronouns that make a reporting verb right after them impersonal ("en Portugal se
    /// dice que"): no one is named as its subject.
    pub impersonal_pronouns: &'static [&'static str],
    /// Verbs (the third person present) that open a resolution's operative clause at the
    /// start of a paragraph, after its number if any ("Proclama", "2. Insta a todos los
    /// Estados a", "Призывает все государства").
    pub operative: &'static [&'static str],
    /// Auxiliaries of the perfect that put an ask's participle at its clause's end (German
    /// "Die Regierung hat die Verbündeten aufgefordert, ... zu fliegen"): the speaker stands
    /// before the auxiliary, the addressee between it and the participle, and the action
    /// after the participle.
    pub perfect: &'static [&'static str],
    /// Words that may stand between two words of a cue, two at most ("llamó **este lunes**
    /// al"): times and adverbs.
    pub insertions: &'static [&'static str],
    /// Whether every noun is capitalised (German): a capitalised word alone is then no name.
    pub capitalised_nouns: bool,
    /// Written without spaces: cues are found in the text, not among words (Chinese).
    pub unspaced: bool,
    /// For unspaced text: characters before or after a cue that make it part of another
    /// word ("重要", "主要", "需要求" ...), as (before, after) pairs of strings.
    pub not_within: &'static [(&'static str, &'static str)],
}

const fn ask(words: &'static [&'static str]) -> TableCue {
    TableCue {
        words,
        kind: TableKind::Ask,
    }
}

const fn must(words: &'static [&'static str]) -> TableCue {
    TableCue {
        words,
        kind: TableKind::Must,
    }
}

/// An imperative the table lists by its words, where the language's ending does not tell
/// it (Spanish "No olvides": the negative imperative is the subjunctive).
const fn imperative(words: &'static [&'static str]) -> TableCue {
    TableCue {
        words,
        kind: TableKind::Imperative,
    }
}

const fn rule(words: &'static [&'static str]) -> TableCue {
    TableCue {
        words,
        kind: TableKind::Rule,
    }
}

/// French: devoir, il faut, il est nécessaire de, il convient de; appeler à, exhorter,
/// demander à/de, exiger, inviter à, inciter, recommander, conseiller, prier.
pub(crate) static FRENCH: CueTable = CueTable {
    cues: &[
        must(&["il", "faut"]),
        must(&["il", "faudra"]),
        must(&["il", "faudrait"]),
        must(&["il", "est", "nécessaire"]),
        must(&["il", "est", "essentiel"]),
        must(&["il", "est", "indispensable"]),
        must(&["il", "est", "impératif"]),
        must(&["il", "convient"]),
        must(&["il", "conviendra"]),
        must(&["il", "conviendrait"]),
        must(&["doit"]),
        must(&["doivent"]),
        must(&["dois"]),
        must(&["devons"]),
        must(&["devez"]),
        must(&["devrons"]),
        must(&["devrez"]),
        must(&["devrions"]),
        must(&["devriez"]),
        must(&["devra"]),
        must(&["devront"]),
        must(&["devrait"]),
        must(&["devraient"]),
        ask(&["appelle"]),
        ask(&["appellent"]),
        ask(&["appelé"]),
        ask(&["appelée"]),
        ask(&["appelait"]),
        ask(&["exhort*"]),
        ask(&["demande"]),
        ask(&["demandent"]),
        ask(&["demandé"]),
        ask(&["demandait"]),
        ask(&["exige"]),
        ask(&["exigent"]),
        ask(&["exigé"]),
        ask(&["invite"]),
        ask(&["invitent"]),
        ask(&["invité"]),
        ask(&["invités"]),
        ask(&["invitées"]),
        ask(&["incite"]),
        ask(&["incité"]),
        ask(&["incités"]),
        ask(&["incitées"]),
        ask(&["inciter"]),
        ask(&["inviter"]),
        ask(&["recommande"]),
        ask(&["recommandé"]),
        ask(&["conseille"]),
        ask(&["conseillé"]),
        ask(&["prie"]),
        ask(&["prié"]),
        ask(&["priés"]),
        // Rules: "Nul ne sera tenu ...", "est interdit", "est obligatoire", "ne peut être".
        rule(&["nul", "ne"]),
        rule(&["nul", "n"]),
        rule(&["est", "interdit*"]),
        rule(&["sont", "interdit*"]),
        rule(&["est", "prohibé*"]),
        rule(&["sont", "prohibé*"]),
        rule(&["est", "obligatoire"]),
        rule(&["sont", "obligatoires"]),
        rule(&["sera", "obligatoire"]),
        rule(&["est", "à", "proscrire"]),
        rule(&["ne", "peut", "être"]),
        rule(&["ne", "peuvent", "être"]),
        rule(&["ne", "pourra", "être"]),
        rule(&["ne", "pourront", "être"]),
    ],
    links: &["à", "de", "d"],
    particles: &[],
    negations: &["n", "ne", "pas"],
    passive: &["sont", "est", "être", "seront", "sera", "étaient", "était"],
    reporting: &[
        "déclaré",
        "estimé",
        "affirmé",
        "souligné",
        "insisté",
        "rappelé",
        "expliqué",
        "dit",
    ],
    impersonal: &["il"],
    nobody: &["nul"],
    no_subject: &["aucun", "aucune"],
    permission: &["pourra", "pourront"],
    past: &[],
    verb_second: false,
    adverbial_openers: &[],
    quotatives: &["selon"],
    // The second person plural, opening its clause without "vous" ("Privilégiez la
    // télémédecine", "pour les consultations : privilégiez ...").
    imperatives: Some(Imperatives {
        endings: &["ez"],
        next: &[
            "la", "le", "les", "l", "un", "une", "des", "vos", "votre", "vous", "à", "au", "aux",
        ],
        next_always: false,
    }),
    perfect: &[],
    relatives: &["qui"],
    operative: &[
        "proclame",
        "exhorte",
        "demande",
        "prie",
        "invite",
        "engage",
        "encourage",
        "recommande",
        "décide",
        "exige",
        "autorise",
        "charge",
    ],
    impersonal_pronouns: &[],
    insertions: &[],
    capitalised_nouns: false,
    unspaced: false,
    not_within: &[],
};

/// Spanish: deber, hay que, tener que, es necesario, haber de; pedir, exigir, instar,
/// exhortar, llamar a, hacer un llamado, recomendar, reclamar.
pub(crate) static SPANISH: CueTable = CueTable {
    cues: &[
        must(&["hay", "que"]),
        must(&["habrá", "que"]),
        must(&["tiene", "que"]),
        must(&["tienen", "que"]),
        must(&["tienes", "que"]),
        must(&["tenemos", "que"]),
        must(&["tendrá", "que"]),
        must(&["tendrán", "que"]),
        must(&["es", "necesario"]),
        must(&["será", "necesario"]),
        must(&["habrá", "de"]),
        must(&["habrán", "de"]),
        must(&["debe"]),
        must(&["deben"]),
        must(&["debes"]),
        must(&["debemos"]),
        must(&["deberá"]),
        must(&["deberán"]),
        must(&["debería"]),
        must(&["deberían"]),
        ask(&["pidió"]),
        ask(&["pide"]),
        ask(&["piden"]),
        ask(&["pidieron"]),
        ask(&["exigió"]),
        ask(&["exige"]),
        ask(&["exigen"]),
        ask(&["instó"]),
        ask(&["insta"]),
        ask(&["instaron"]),
        ask(&["exhort*"]),
        ask(&["llamó", "a"]),
        ask(&["llama", "a"]),
        ask(&["llamó", "al"]),
        ask(&["llama", "al"]),
        ask(&["hizo", "un", "llamado"]),
        ask(&["hace", "un", "llamado"]),
        ask(&["recomendó"]),
        ask(&["recomienda"]),
        ask(&["reclamó"]),
        ask(&["reclama"]),
        ask(&["solicitó"]),
        ask(&["solicita"]),
        // Rules: "Nadie será ...", "está prohibido", "es obligatorio", "no podrá ser".
        rule(&["nadie", "será"]),
        rule(&["nadie", "podrá"]),
        rule(&["nadie", "estará"]),
        rule(&["a", "nadie", "se"]),
        rule(&["está", "prohibid*"]),
        rule(&["están", "prohibid*"]),
        rule(&["queda", "prohibid*"]),
        rule(&["quedan", "prohibid*"]),
        rule(&["se", "prohíbe"]),
        rule(&["se", "prohíben"]),
        rule(&["prohibirá"]),
        rule(&["prohibirán"]),
        rule(&["es", "obligatori*"]),
        rule(&["son", "obligatori*"]),
        rule(&["será", "obligatori*"]),
        rule(&["serán", "obligatori*"]),
        rule(&["no", "podrá", "ser"]),
        rule(&["no", "podrán", "ser"]),
        // Negative imperatives (the present subjunctive after "no") of frequent verbs, for
        // "tú", "usted", "ustedes" and "nosotros": the ending alone is the indicative's too
        // ("no tienes", "no podemos").
        imperative(&["no", "olvides"]),
        imperative(&["no", "olvide"]),
        imperative(&["no", "olviden"]),
        imperative(&["no", "olvidemos"]),
        imperative(&["no", "dejes"]),
        imperative(&["no", "deje"]),
        imperative(&["no", "dejen"]),
        imperative(&["no", "dejemos"]),
        imperative(&["no", "vayas"]),
        imperative(&["no", "hagas"]),
        imperative(&["no", "digas"]),
        imperative(&["no", "pierdas"]),
        imperative(&["no", "permitas"]),
        imperative(&["no", "permitamos"]),
        imperative(&["no", "confíes"]),
        imperative(&["no", "compartas"]),
        imperative(&["no", "toques"]),
        imperative(&["no", "uses"]),
        imperative(&["no", "te", "preocupes"]),
        imperative(&["no", "se", "preocupe"]),
        imperative(&["no", "te", "pierdas"]),
    ],
    links: &["a", "que", "para"],
    particles: &[],
    negations: &["no"],
    passive: &["fue", "fueron", "es", "son", "será", "serán"],
    reporting: &[
        "dijo",
        "afirmó",
        "aseguró",
        "señaló",
        "declaró",
        "explicó",
        "indicó",
        "subrayó",
        "aclaró",
        "resaltó",
        "comentó",
        "añadió",
        "agregó",
        "aseveró",
        "estableció",
        "advirtió",
        "insistió",
        "sostuvo",
        "expresó",
        "manifestó",
        "destacó",
        "precisó",
        "reiteró",
        "dice",
        "afirma",
        "asegura",
        "señala",
        "explica",
        "indica",
        "advierte",
        "añade",
        "agrega",
        "sostiene",
        "destaca",
        "comenta",
    ],
    impersonal: &["hay", "habrá", "es", "será"],
    nobody: &["nadie"],
    no_subject: &["nada", "ningún", "ninguna", "ninguno"],
    permission: &["podrá", "podrán"],
    past: &[],
    verb_second: false,
    adverbial_openers: &[
        "de", "del", "en", "por", "para", "con", "desde", "sobre", "ante", "tras", "hacia",
    ],
    quotatives: &["según"],
    imperatives: None,
    perfect: &[],
    relatives: &["que", "quien", "quienes"],
    operative: &[
        "proclama",
        "insta",
        "exhorta",
        "pide",
        "solicita",
        "invita",
        "alienta",
        "recomienda",
        "exige",
        "decide",
        "encarga",
        "autoriza",
    ],
    impersonal_pronouns: &["se"],
    insertions: &[
        "este",
        "esta",
        "ayer",
        "hoy",
        "también",
        "nuevamente",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    capitalised_nouns: false,
    unspaced: false,
    not_within: &[],
};

/// German: müssen, sollen, sollte, ist zu + infinitive; fordern, auffordern, aufrufen zu,
/// verlangen, bitten um.
pub(crate) static GERMAN: CueTable = CueTable {
    cues: &[
        must(&["muss"]),
        must(&["müssen"]),
        must(&["musste"]),
        must(&["mussten"]),
        must(&["müsse"]),
        must(&["müssten"]),
        must(&["müsste"]),
        must(&["musst"]),
        must(&["müsst"]),
        must(&["soll"]),
        must(&["sollen"]),
        must(&["sollte"]),
        must(&["sollten"]),
        must(&["solle"]),
        // "es ist notwendig, ... zu", "da es notwendig ist": no subject (`impersonal`).
        must(&["es", "ist", "notwendig"]),
        must(&["es", "notwendig", "ist"]),
        must(&["es", "ist", "erforderlich"]),
        must(&["es", "erforderlich", "ist"]),
        ask(&["fordert"]),
        ask(&["fordern"]),
        ask(&["forderte"]),
        ask(&["forderten"]),
        ask(&["gefordert"]),
        ask(&["aufgefordert"]),
        ask(&["ruft"]),
        ask(&["rief"]),
        ask(&["riefen"]),
        ask(&["aufgerufen"]),
        ask(&["verlangt"]),
        ask(&["verlangte"]),
        ask(&["verlangten"]),
        ask(&["bittet"]),
        ask(&["bat"]),
        ask(&["baten"]),
        ask(&["appelliert*"]),
        ask(&["mahnt*"]),
        // Rules: "Niemand darf ...", "darf nicht", "ist verboten", "ist obligatorisch".
        rule(&["niemand", "darf"]),
        rule(&["niemandem", "darf"]),
        rule(&["darf", "nicht"]),
        rule(&["dürfen", "nicht"]),
        rule(&["darf", "kein*"]),
        rule(&["dürfen", "kein*"]),
        rule(&["darf", "nur"]),
        rule(&["dürfen", "nur"]),
        rule(&["verboten"]),
        rule(&["untersagt"]),
        rule(&["obligatorisch"]),
        rule(&["ist", "verpflichtet"]),
        rule(&["sind", "verpflichtet"]),
    ],
    links: &["zu", "zum", "zur", "um", "auf"],
    // "ruft ... auf", "rief ... auf": only with "auf" later in the sentence.
    particles: &[("ruft", "auf"), ("rief", "auf"), ("riefen", "auf")],
    negations: &["nicht", "kein", "keine"],
    passive: &["wird", "werden", "wurde", "wurden", "ist", "sind", "worden"],
    reporting: &[
        "sagte",
        "sagt",
        "erklärte",
        "betonte",
        "meinte",
        "sagten",
        "betont",
        "erklärt",
    ],
    impersonal: &["es"],
    nobody: &["niemand", "niemandem"],
    no_subject: &["kein", "keine", "keiner", "keinem", "keinen", "keines"],
    permission: &["darf", "dürfen"],
    past: &["war", "waren", "wurde", "wurden", "worden"],
    verb_second: true,
    // Prepositions (and their contractions with an article) that open an adverbial.
    adverbial_openers: &[
        "an", "am", "auf", "aus", "bei", "beim", "bis", "durch", "für", "gegen", "in", "im", "mit",
        "nach", "neben", "ohne", "seit", "trotz", "über", "um", "unter", "vom", "von", "vor",
        "während", "wegen", "zum", "zur", "zwischen",
    ],
    quotatives: &["so"],
    // "Bleiben Sie zu Hause": the verb, then the polite "Sie".
    imperatives: Some(Imperatives {
        endings: &["en"],
        next: &["sie"],
        next_always: true,
    }),
    perfect: &["hat", "haben", "hatte", "hatten"],
    relatives: &[],
    operative: &[
        "verkündet",
        "fordert",
        "ersucht",
        "bittet",
        "empfiehlt",
        "beschließt",
        "verlangt",
        "ermutigt",
        "appelliert",
    ],
    impersonal_pronouns: &[],
    insertions: &[],
    capitalised_nouns: true,
    unspaced: false,
    not_within: &[],
};

/// Russian: должен, необходимо, нужно, надо, нельзя, следует; поручить, призвать,
/// потребовать, попросить, рекомендовать, посоветовать.
pub(crate) static RUSSIAN: CueTable = CueTable {
    cues: &[
        must(&["должен"]),
        must(&["должна"]),
        must(&["должно"]),
        must(&["должны"]),
        must(&["необходимо"]),
        must(&["нужно"]),
        must(&["надо"]),
        must(&["нельзя"]),
        must(&["следует"]),
        ask(&["поручил*"]),
        ask(&["поручает"]),
        ask(&["призвал*"]),
        ask(&["призывает"]),
        ask(&["призывают"]),
        ask(&["потребовал*"]),
        ask(&["требует"]),
        ask(&["требуют"]),
        ask(&["попросил*"]),
        ask(&["просит"]),
        ask(&["просят"]),
        ask(&["рекомендовал*"]),
        ask(&["рекомендует"]),
        ask(&["рекомендуется"]),
        ask(&["посоветовал*"]),
        ask(&["порекомендова*"]),
        // Rules: "запрещается", "не допускается", "Никто не может быть ...", "обязан".
        rule(&["запрещается"]),
        rule(&["запрещаются"]),
        rule(&["запрещено"]),
        rule(&["запрещена"]),
        rule(&["запрещены"]),
        rule(&["запрещен"]),
        rule(&["не", "допускается"]),
        rule(&["не", "допускаются"]),
        rule(&["никто", "не", "может"]),
        rule(&["не", "может", "быть"]),
        rule(&["не", "могут", "быть"]),
        rule(&["не", "вправе"]),
        rule(&["обязан"]),
        rule(&["обязана"]),
        rule(&["обязано"]),
        rule(&["обязаны"]),
    ],
    links: &["к", "чтобы"],
    particles: &[],
    negations: &["не"],
    passive: &[],
    reporting: &[
        "заявил",
        "заявила",
        "сказал",
        "сказала",
        "подчеркнул",
        "подчеркнула",
        "отметил",
        "отметила",
    ],
    impersonal: &["необходимо", "нужно", "надо", "нельзя", "следует"],
    nobody: &["никто"],
    no_subject: &[],
    permission: &[],
    past: &["был", "была", "было", "были"],
    verb_second: false,
    adverbial_openers: &[],
    quotatives: &[],
    // "Соблюдайте дистанцию", "Оставайтесь дома".
    imperatives: Some(Imperatives {
        endings: &["йте", "ите", "итесь", "йтесь"],
        next: &[],
        next_always: false,
    }),
    perfect: &[],
    relatives: &["который", "которая", "которые"],
    operative: &[
        "провозглашает",
        "призывает",
        "просит",
        "предлагает",
        "рекомендует",
        "постановляет",
        "требует",
        "поручает",
    ],
    impersonal_pronouns: &[],
    insertions: &[],
    capitalised_nouns: false,
    unspaced: false,
    not_within: &[],
};

/// Chinese: 要, 必须, 应, 应当, 应该, 须, 需要, 决不能, 不能, 不得; 要求, 呼吁, 敦促, 督促,
/// 号召, 请. A reporting subject before 强调 / 指出 / 要求 is the speaker.
pub(crate) static CHINESE: CueTable = CueTable {
    cues: &[
        ask(&["要求"]),
        ask(&["呼吁"]),
        ask(&["敦促"]),
        ask(&["督促"]),
        ask(&["号召"]),
        must(&["必须"]),
        must(&["应当"]),
        must(&["应该"]),
        must(&["决不能"]),
        must(&["不得"]),
        must(&["需要"]),
        must(&["不能"]),
        must(&["要"]),
        must(&["应"]),
        must(&["须"]),
        // Rules: 禁止 (is prohibited), 严禁 (is strictly prohibited).
        rule(&["严禁"]),
        rule(&["禁止"]),
    ],
    links: &[],
    particles: &[],
    negations: &["不", "没有", "未"],
    passive: &[],
    reporting: &["强调", "指出", "表示", "批示"],
    impersonal: &[],
    nobody: &[],
    no_subject: &[],
    permission: &[],
    past: &[],
    verb_second: false,
    adverbial_openers: &[],
    quotatives: &[],
    imperatives: None,
    perfect: &[],
    relatives: &[],
    operative: &[],
    impersonal_pronouns: &[],
    insertions: &[],
    capitalised_nouns: false,
    unspaced: true,
    // Where the cue characters are part of another word: 重要, 主要, 只要, 需要 (as 要),
    // 要素, 要点, 纲要, 摘要, 应对, 相应, 供应, 反应, 响应, 适应, 效应, 必须 (as 须), 无须 ...
    not_within: &[
        ("重", "要"),
        ("主", "要"),
        ("只", "要"),
        ("需", "要"),
        ("必", "要"),
        ("纪", "要"),
        ("纲", "要"),
        ("摘", "要"),
        ("提", "要"),
        ("概", "要"),
        ("将", "要"),
        ("想", "要"),
        ("", "要素"),
        ("", "要点"),
        ("", "要闻"),
        ("", "要是"),
        ("", "要害"),
        ("", "要么"),
        ("", "应对"),
        ("", "应用"),
        ("", "应急"),
        ("", "应届"),
        ("相", "应"),
        ("供", "应"),
        ("反", "应"),
        ("响", "应"),
        ("适", "应"),
        ("效", "应"),
        ("对", "应"),
        ("回", "应"),
        ("理", "应"),
        ("答", "应"),
        ("必", "须"),
        ("无", "须"),
        ("", "须知"),
        ("只", "须"),
        // "的要求", "要求，": the noun "requirement", no ask.
        ("的", "要求"),
        ("", "要求，"),
        ("", "要求。"),
    ],
};

/// The cue table of a language code, if it has one.
pub(crate) fn of(code: &str) -> Option<&'static CueTable> {
    match code {
        "fr" => Some(&FRENCH),
        "es" => Some(&SPANISH),
        "de" => Some(&GERMAN),
        "ru" => Some(&RUSSIAN),
        "zh" => Some(&CHINESE),
        _ => None,
    }
}
