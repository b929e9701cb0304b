//! Key directives from a cue table, for the languages that have one but no directive
//! grammar yet (French, Spanish, German, Russian, Chinese; `lang::tables`). Per sentence, in
//! one direction: find every cue of the table (`TABLE_ASK`, `TABLE_MUST`), then its
//! addressee (the words between an ask and its link word: "exhorte **les syndicats** à"),
//! its action (from the link or the cue to the end of the clause), and its speaker by the
//! sieves below, tried in order: the name just before an ask (`table-subject`), the name
//! before a reporting verb earlier in the sentence or, in Chinese, the subject of the
//! paragraph's last reporting verb (`table-reporter`), the last speaker named in the text
//! for an ask whose subject is a pronoun (`table-memory`). An obligation with none of them is
//! the text's own voice (no speaker). Far less than the English grammar: no vetoes beyond
//! the table's, no quotations, no coreference but the last name.

use std::borrow::Cow;

use super::rules::Rule;
use crate::analysis::{Directive, DirectiveKind, Part, Speaker};
use crate::flags::{CAPITALIZED, NUMERIC, STOP};
use crate::lang::tables::{CueTable, TableCue, TableKind};
use crate::segment::Segment;
use crate::tokenize::{Token, Tokens};

/// The most words an action keeps.
const MAX_ACTION_WORDS: usize = 30;
/// The most words between an ask and its link word that can be an addressee.
const MAX_ADDRESSEE_WORDS: usize = 8;
/// For how many sentences after it a speaker named by a cue or a reporting verb speaks
/// for an ask or an obligation without its own (a report's following sentences).
const RECENT_SENTENCES: usize = 2;
/// How far before an ask its subject may stand, in words.
const MAX_SUBJECT_DISTANCE: usize = 12;
/// The most words of a subject that is a noun phrase ending in a name after a preposition
/// ("el médico egresado de la UNAM").
const MAX_PHRASE_SUBJECT: usize = 10;
/// The most characters a Chinese speaker (a name or "会议") has.
const MAX_HAN_SPEAKER: usize = 8;

pub(super) const TABLE_ASK: Rule = Rule {
    id: "table-ask",
    #[cfg(not(target_arch = "wasm32"))]
    what: "a verb of asking of the language's cue table (appeler à, instar, auffordern, призвать, 要求): a reported ask",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "fr: Le président Emmanuel Macron a exhorté les syndicats à reprendre le dialogue.",
        "es: El ministro Juan Pérez instó a los ciudadanos a votar.",
        "de: Bundeskanzler Olaf Scholz forderte die Länder zu mehr Tempo auf.",
        "ru: Владимир Путин призвал губернаторов ускорить работу.",
        "zh: 李强要求各地加快推进项目建设。",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "fr: Le président a visité une usine à Lyon.",
        "es: El ministro habló con la prensa el lunes.",
        "zh: 李强考察了一家工厂。",
    ],
};

pub(super) const TABLE_MUST: Rule = Rule {
    id: "table-must",
    #[cfg(not(target_arch = "wasm32"))]
    what: "a word of obligation of the language's cue table (doit, hay que, müssen, должны, 必须, 要): what must be done",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "fr: Chacun doit porter un masque dans les transports.",
        "es: Hay que reforzar la vigilancia en las fronteras.",
        "de: Die Schulen müssen bis Montag geschlossen bleiben.",
        "ru: Все граждане должны соблюдать правила.",
        "zh: 各地区必须严格落实防控措施。",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "fr: Le débat a duré trois heures.",
        "zh: 这是一项重要的工作。",
        "zh: 主要领导出席了会议。",
    ],
};

pub(super) const TABLE_RULE: Rule = Rule {
    id: "table-rule",
    #[cfg(not(target_arch = "wasm32"))]
    what: "a rule or prohibition of the language's cue table (Nul ne sera, está prohibido, Niemand darf, запрещается, 严禁), or a verb of permission in a clause that opens with a negative word (Nada ... podrá, Keine Bestimmung ... darf, Aucune mesure ... ne pourra): what is forbidden or required, in the text's own voice",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "fr: Nul ne sera tenu en esclavage ni en servitude.",
        "es: Está prohibido fumar en el interior del edificio.",
        "de: Das Rauchen ist in allen Räumen verboten.",
        "ru: Курение в здании запрещается.",
        "zh: 严禁在林区吸烟。",
        "es: Nada en esta Declaración podrá interpretarse en el sentido de que confiere derecho alguno.",
        "de: Keine Bestimmung dieser Erklärung darf dahin ausgelegt werden.",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "fr: Nul doute que le débat continuera.",
        "es: Nadie sabe cuándo llegará el tren.",
        "de: Niemand wusste, wann der Zug kommt.",
        "es: Aunque no está prohibido ningún nombre, los oficiales sugieren pensarlo bien.",
        "de: Den Schiffen war der Transport bestimmter Güter untersagt.",
        "de: Es kam zu strengen Kontrollen, Auflagen und Verboten, die zur Demo führten.",
    ],
};

pub(super) const TABLE_SUBJECT: Rule = Rule {
    id: "table-subject",
    #[cfg(not(target_arch = "wasm32"))]
    what: "the speaker of an ask is the name just before it in its clause (the capitalised words nearest the cue; a clause of nothing but a name, in apposition right before a cue that opens its clause; a noun phrase that ends in a name after a preposition, \"El comité de la ONU\"; in Chinese the words since the last comma)",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "es: El ministro Juan Pérez instó a los ciudadanos a votar.",
        "es: El comité de la ONU exhortó a establecer una distinción clara.",
        "zh: 李强要求各地加快推进项目建设。",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &["fr: Chacun doit porter un masque dans les transports."],
};

pub(super) const TABLE_INVERTED: Rule = Rule {
    id: "table-inverted",
    #[cfg(not(target_arch = "wasm32"))]
    what: "in a verb-second language, an ask second in its clause after a word that is no name, or opening a clause after a comma, has its subject right after it (Allerdings fordert Ehlers ..., ..., forderte Marko Bärschneider)",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "de: Allerdings fordert Andreas Ehlers ein Mitspracherecht der Elternvereine.",
        "de: Amazon solle den Tarifvertrag anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider.",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "de: Verdi fordert Amazon zu Verhandlungen auf.",
        "fr: Ensuite demande Macron aux syndicats de reprendre le dialogue.",
    ],
};

pub(super) const TABLE_REPORTER: Rule = Rule {
    id: "table-reporter",
    #[cfg(not(target_arch = "wasm32"))]
    what: "the speaker of an obligation is the subject of a reporting verb of its sentence (a déclaré, dijo, sagte, заявил, 强调, 指出; the first verb that names someone, none after an impersonal \"se\"); after a quotation, the name after the verb (\"...\", - сказал Климкин)",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "fr: Marie Dupont a déclaré qu'il faut agir vite.",
        "zh: 习近平强调，要坚持党的领导。",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &["zh: 各地区必须严格落实防控措施。"],
};

pub(super) const TABLE_MEMORY: Rule = Rule {
    id: "table-memory",
    #[cfg(not(target_arch = "wasm32"))]
    what: "an ask without a name before it (its subject a pronoun), or an obligation without a reporter, has the speaker named in the last two sentences; a sentence whose reporting verb names no one (Subrayó que ..., estableció el embajador, sagte er) goes on with that speaker",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "es: Juan Pérez dijo que la situación es grave. Él pidió a los ciudadanos votar.",
        "es: Juan Pérez dijo que todo va bien. Subrayó que la reforma es clave. Añadió que la gente está cansada. Insistió que hay que votar.",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &["es: Él pidió a los ciudadanos votar."],
};

pub(super) const TABLE_IMPERATIVE: Rule = Rule {
    id: "table-imperative",
    #[cfg(not(target_arch = "wasm32"))]
    what: "a verb with the language's imperative ending opening its clause, without a subject before it (fr -ez, ru -йте/-ите, de -en before \"Sie\"): the reader is asked",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "fr: Pour les consultations : privilégiez autant que possible la télémédecine.",
        "fr: Lavez vos mains régulièrement.",
        "de: Bleiben Sie bei Hitze zu Hause.",
        "ru: Соблюдайте дистанцию в общественных местах.",
        "es: No olvides que tu voto tiene que llegar antes del domingo.",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "fr: Martinez a gagné le match.",
        "fr: Vous privilégiez la télémédecine.",
        "de: Bleiben sie zu Hause?",
        "de: Die Kinder bleiben zu Hause.",
        "ru: Вы соблюдаете дистанцию.",
    ],
};

pub(super) const TABLE_OPERATIVE: Rule = Rule {
    id: "table-operative",
    #[cfg(not(target_arch = "wasm32"))]
    what: "a resolution's operative clause: a verb of the table's operative list (Proclama, Exhorte, Призывает, verkündet) opening a paragraph, after its number if any; its addressee and action as an ask's",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &[
        "es: La Asamblea General,\n\nProclama la presente Declaración como ideal común.",
        "fr: L'Assemblée générale,\n\n2. Exhorte tous les États à coopérer.",
        "ru: Генеральная Ассамблея,\n\nпризывает все государства сотрудничать.",
        "de: verkündet die Generalversammlung\n\ndiese Erklärung als das gemeinsame Ideal.",
    ],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &[
        "es: El presidente proclama la independencia del país.",
        "fr: Le ministre demande aux syndicats de reprendre le dialogue.",
    ],
};

pub(super) const TABLE_ISSUER: Rule = Rule {
    id: "table-issuer",
    #[cfg(not(target_arch = "wasm32"))]
    what: "an operative clause's speaker: the issuer named alone on a line before it (\"La Asamblea General,\"), or in a verb-second language the words after the verb on its own line (\"verkündet die Generalversammlung\")",
    #[cfg(not(target_arch = "wasm32"))]
    fires: &["es: La Asamblea General,\n\nProclama la presente Declaración como ideal común."],
    #[cfg(not(target_arch = "wasm32"))]
    spares: &["es: Proclama la presente Declaración como ideal común."],
};

/// The rules of this stage, in order: the cues, then the speaker sieves.
pub(super) const RULES: &[Rule] = &[
    TABLE_ASK,
    TABLE_MUST,
    TABLE_RULE,
    TABLE_IMPERATIVE,
    TABLE_OPERATIVE,
    TABLE_SUBJECT,
    TABLE_INVERTED,
    TABLE_REPORTER,
    TABLE_MEMORY,
    TABLE_ISSUER,
];

/// Whether `word` is the table form `pattern` (a final `*` matches any ending).
fn is(word: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// The directives of a text in a language with a cue table.
pub(crate) fn find(
    text: &str,
    segments: &[Segment],
    tokens: &Tokens,
    table: &CueTable,
) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut last_speaker: Option<(usize, Speaker)> = None;
    let mut paragraph_reporter: Option<(usize, Speaker)> = None;
    // The issuer, where it was named, and whether a comma followed it.
    let mut issuer: Option<(Speaker, usize, bool)> = None;
    for (si, seg) in segments.iter().enumerate() {
        let found = if table.unspaced {
            unspaced(text, si, seg, table, &mut paragraph_reporter)
        } else {
            let place = Place {
                opens_paragraph: si == 0 || segments[si - 1].paragraph != seg.paragraph,
                // Without its comma ("L'Assemblée générale"), only right before.
                issuer: (issuer.as_ref())
                    .filter(|(_, at, comma)| *comma || at + 1 == si)
                    .map(|(s, _, _)| s),
                next: segments.get(si + 1).map(|n| (n, tokens.of(si + 1))),
            };
            let found = spaced(text, si, seg, tokens, table, &place, &mut last_speaker);
            if let Some((named, comma)) = issuer_line(text, seg, tokens.of(si)) {
                issuer = Some((named, si, comma));
            }
            found
        };
        out.extend(found);
    }
    out
}

/// Where a sentence stands, for an operative clause: whether it opens its paragraph, the
/// issuer named so far, and the next sentence with its tokens.
struct Place<'a> {
    opens_paragraph: bool,
    issuer: Option<&'a Speaker>,
    next: Option<(&'a Segment, &'a [Token])>,
}

/// A resolution's issuer standing alone on a line before its clauses: two to six words,
/// the first capitalised, the others too or function words but for one at most (French
/// "générale"), a comma or nothing after them ("La Asamblea General,", "Генеральная
/// Ассамблея,", "L’Assemblée générale"; not "Considérant que la paix est nécessaire,");
/// and whether the comma is there.
fn issuer_line(text: &str, seg: &Segment, toks: &[Token]) -> Option<(Speaker, bool)> {
    if !(2..=6).contains(&toks.len()) {
        return None;
    }
    let (first, last) = (toks.first()?, toks.last()?);
    let tail = text[last.end()..seg.end].trim();
    let numbered = toks.iter().any(|t| t.has(NUMERIC));
    let common = (toks.iter())
        .filter(|t| !t.has(CAPITALIZED) && !t.has(STOP))
        .count();
    let line = first.has(CAPITALIZED) && !numbered && common <= 1;
    (line && (tail == "," || tail.is_empty()))
        .then(|| (speaker_of(text, (first.start(), last.end())), tail == ","))
}

/// A resolution's operative clause opening the sentence `v`, when it opens its paragraph:
/// a verb of [`CueTable::operative`] first, or after the clause's number ("2. Insta a
/// ..."), in a text that named its issuer before. Its addressee and action as an ask's;
/// its speaker the issuer. A clause of nothing
/// but the verb and its subject ("verkündet die Generalversammlung", the words of a
/// verb-second language's subject after it) has that subject as speaker and the next
/// sentence as its action. Returns the directive and the token after the verb.
fn operative_clause(
    v: &View,
    si: usize,
    seg: &Segment,
    place: &Place,
) -> Option<(Directive, usize)> {
    let i = v.toks.iter().take_while(|t| t.has(NUMERIC)).count();
    if !place.opens_paragraph || !v.table.operative.contains(v.words.get(i)?) {
        return None;
    }
    let cue = (v.toks[i].start(), v.toks[i].end());
    // A verb that also asks in the table's reports has an addressee ("Exhorte tous les États
    // à"); one that proclaims or decides has none.
    let asks = cue_at(v, i).is_some_and(|(c, _)| c.kind == TableKind::Ask);
    let (addressee, from) = if asks {
        link(v.text, v.toks, &v.words, i + 1, v.table, None)
    } else {
        (None, i + 1)
    };
    let issuer = place.issuer.map(|s| (s.clone(), TABLE_ISSUER.id));
    let rest = v.toks.len() - (i + 1);
    let bare = v.table.verb_second && (1..=6).contains(&rest) && addressee.is_none();
    // Only in a resolution: its issuer named, or the German form. A headline that opens
    // with its verb ("Pide INE a empresarios no enturbiar elección") is a report.
    if !bare && issuer.is_none() {
        return None;
    }
    let (speaker, action) = match place.next {
        Some((next, toks)) if bare => {
            let named = speaker_of(v.text, (v.toks[i + 1].start(), v.toks[i + rest].end()));
            (
                Some((named, TABLE_ISSUER.id)),
                action_span(v.text, next, toks, 0)?,
            )
        }
        _ => (issuer, action_span(v.text, seg, v.toks, from)?),
    };
    let d = directive(
        v.text,
        si,
        seg,
        cue,
        TableKind::Operative,
        addressee,
        action,
        speaker,
        false,
    );
    Some((d, i + 1))
}

/// A directive of sentence `si`.
#[allow(clippy::too_many_arguments)]
fn directive(
    text: &str,
    si: usize,
    seg: &Segment,
    cue: (usize, usize),
    kind: TableKind,
    addressee: Option<(usize, usize)>,
    action: (usize, usize),
    speaker: Option<(Speaker, &'static str)>,
    negated: bool,
) -> Directive {
    let part = |(s, e): (usize, usize)| Part {
        text: text[s..e].to_string(),
        start: s,
        end: e,
    };
    let (speaker, speaker_rule) = match speaker {
        Some((s, rule)) => (Some(s), Some(Cow::Borrowed(rule))),
        None => (None, None),
    };
    Directive {
        sentence: si,
        text: text[seg.start..seg.end].to_string(),
        start: seg.start,
        end: seg.end,
        speaker,
        cue: part(cue),
        addressee: addressee.map(part),
        action: part(action),
        kind: match kind {
            TableKind::Ask => DirectiveKind::Reported,
            TableKind::Must => DirectiveKind::Obligation,
            TableKind::Rule => DirectiveKind::Rule,
            TableKind::Imperative => DirectiveKind::Imperative,
            TableKind::Operative => DirectiveKind::Operative,
        },
        negated,
        also: Vec::new(),
        rule: Cow::Borrowed(match kind {
            TableKind::Ask => TABLE_ASK.id,
            TableKind::Must => TABLE_MUST.id,
            TableKind::Rule => TABLE_RULE.id,
            TableKind::Imperative => TABLE_IMPERATIVE.id,
            TableKind::Operative => TABLE_OPERATIVE.id,
        }),
        speaker_rule,
    }
}

/// A speaker from a span of the text.
fn speaker_of(text: &str, (s, e): (usize, usize)) -> Speaker {
    Speaker {
        name: text[s..e].to_string(),
        text: text[s..e].to_string(),
        start: s,
        end: e,
    }
}

/// The most words of an insertion between commas inside a cue ("no podrán, en ningún caso,
/// ser").
const MAX_INSERTION: usize = 4;

/// The cue of the table that starts at token `i`, and the tokens it spans: its words in a
/// row, or with one insertion inside: between commas ("no podrán, en ningún caso, ser
/// ejercidos"), or one or two of the table's insertion words ("llamó este lunes al").
fn cue_at(v: &View, i: usize) -> Option<(TableCue, usize)> {
    let words = &v.words;
    v.table.cues.iter().find_map(|c| {
        let n = c.words.len();
        let fits =
            i + n <= words.len() && c.words.iter().zip(&words[i..i + n]).all(|(p, w)| is(w, p));
        if fits {
            return Some((*c, n));
        }
        // The insertion: a comma after the cue's first words, another before the rest.
        let comma = |k: usize| v.text[v.toks[k - 1].end()..v.toks[k].start()].contains(',');
        (1..n).find_map(|j| {
            let head = i + j;
            let matches = |from: usize, to: usize, at: usize| {
                at + (to - from) <= words.len()
                    && (from..to).all(|m| is(words[at + m - from], c.words[m]))
            };
            if !matches(0, j, i) || head >= words.len() {
                return None;
            }
            let inserted = (head..words.len().min(head + 2))
                .take_while(|&k| v.table.insertions.contains(&words[k]))
                .count();
            let resume = if comma(head) {
                (head + 1..words.len().min(head + 1 + MAX_INSERTION)).find(|&k| comma(k))?
            } else if inserted > 0 {
                head + inserted
            } else {
                return None;
            };
            matches(j, n, resume).then_some((*c, resume + n - j - i))
        })
    })
}

/// A sentence of a spaced language, as the cue table reads it.
struct View<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Each token's word.
    words: Vec<&'a str>,
    table: &'a CueTable,
}

/// A cue of the table at tokens `i..after`.
struct Found {
    cue: TableCue,
    i: usize,
    after: usize,
    /// The link word the ask needs ("appeler **à**"), when the table names one.
    particle: Option<&'static str>,
    /// An ask's passive auxiliary ("sont (également) **invitées**": the auxiliary's token).
    passive: Option<usize>,
    /// An ask's auxiliary of the perfect in its clause ([`CueTable::perfect`]: "hat ...
    /// aufgefordert").
    perfect: Option<usize>,
}

/// The directives of one sentence of a spaced language.
fn spaced(
    text: &str,
    si: usize,
    seg: &Segment,
    tokens: &Tokens,
    table: &CueTable,
    place: &Place,
    last_speaker: &mut Option<(usize, Speaker)>,
) -> Vec<Directive> {
    let toks = tokens.of(si);
    let v = View {
        text,
        toks,
        words: toks.iter().map(|t| tokens.vocab.word(t.word)).collect(),
        table,
    };
    let mut out = Vec::new();
    // The speaker beside a reporting verb: found once, for every obligation of the sentence.
    let reported = reporter(&v);
    let question = toks
        .last()
        .is_some_and(|t| text[t.end()..seg.end].contains('?'));
    let mut i = 0;
    if let Some((d, after)) = operative_clause(&v, si, seg, place) {
        out.push(d);
        i = after;
    }
    while i < toks.len() {
        let Some((cue, n)) = cue_here(&v, i, question) else {
            i += 1;
            continue;
        };
        i += n;
        let Some(f) = found(&v, i - n, cue, n).filter(|f| !refused(&v, f)) else {
            continue;
        };
        let (addressee, from) = addressee(&v, &f);
        let recent = last_speaker
            .as_ref()
            .filter(|(at, _)| si <= at + RECENT_SENTENCES)
            .map(|(_, s)| s.clone());
        let speaker = speaker(&v, &f, reported.as_ref(), recent);
        if let Some((s, rule)) = &speaker {
            if *rule != TABLE_MEMORY.id {
                *last_speaker = Some((si, s.clone()));
            }
        }
        if let Some(action) = action(&v, seg, &f, from) {
            let cue_span = (toks[f.i].start(), toks[f.after - 1].end());
            let negated = f.cue.kind == TableKind::Ask
                && v.words[f.i.saturating_sub(2)..f.i]
                    .iter()
                    .chain(v.words.get(f.after))
                    .any(|w| table.negations.contains(w));
            out.push(directive(
                text, si, seg, cue_span, f.cue.kind, addressee, action, speaker, negated,
            ));
        }
    }
    remember(&v, si, reported, out.is_empty(), last_speaker);
    out
}

/// The cue at token `i` and the tokens it spans: a rule by its clause ("Nada ... podrá"),
/// a cue of the table, or an imperative by its ending (not in a question).
fn cue_here(v: &View, i: usize, question: bool) -> Option<(TableCue, usize)> {
    let by_ending = |kind| TableCue { words: &[], kind };
    if no_one_may(v, i) {
        return Some((by_ending(TableKind::Rule), 1));
    }
    cue_at(v, i).or_else(|| {
        (!question && imperative_at(v, i)).then_some((by_ending(TableKind::Imperative), 1))
    })
}

/// Whether a cue found makes no directive: a rule word that states none ([`refused_rule`]),
/// an ask that calls a person ([`calls_someone`]), a listed imperative that does not open
/// its clause ("te pido que no olvides" asks in the verb before it).
fn refused(v: &View, f: &Found) -> bool {
    let listed = !f.cue.words.is_empty();
    let opens = f.i == 0 || clause_start(v.text, v.toks, f.i) == f.i;
    match f.cue.kind {
        TableKind::Rule => listed && refused_rule(v, f),
        TableKind::Ask => calls_someone(v, f),
        TableKind::Imperative => listed && !opens,
        _ => false,
    }
}

/// After a sentence: one that reports speech ("..., sagte Katzian.") and has no directive
/// names who speaks next. One whose reporting verb names no one ("Subrayó que ...", "...,
/// aseveró el comisionado ruso", "sagte er") goes on with the recent speaker, who then
/// speaks for longer.
fn remember(
    v: &View,
    si: usize,
    reported: Option<Speaker>,
    none_found: bool,
    last_speaker: &mut Option<(usize, Speaker)>,
) {
    match reported {
        Some(s) if none_found => *last_speaker = Some((si, s)),
        None if reports(v) => {
            if let Some((at, _)) = last_speaker
                .as_mut()
                .filter(|(at, _)| si <= *at + RECENT_SENTENCES)
            {
                *at = si;
            }
        }
        _ => {}
    }
}

/// Whether the sentence has a reporting verb.
fn reports(v: &View) -> bool {
    (0..v.words.len()).any(|k| reporting_at(v, k))
}

/// Whether token `k` is a reporting verb that is not impersonal ("se dice").
fn reporting_at(v: &View, k: usize) -> bool {
    v.table.reporting.contains(&v.words[k])
        && !(k >= 1 && v.table.impersonal_pronouns.contains(&v.words[k - 1]))
}

/// Whether token `i` is an imperative of the table's [`Imperatives`]: a word with its ending
/// that opens its clause (no subject before it: "Vous privilégiez" is none). Opening the
/// sentence, and where the language always needs it, the next word must be one of
/// `next`: "Martinez a gagné" is a name, "Bleiben sie" (they) no ask.
fn imperative_at(v: &View, i: usize) -> bool {
    let Some(imp) = &v.table.imperatives else {
        return false;
    };
    let (t, w) = (&v.toks[i], v.words[i]);
    let ending = (imp.endings.iter()).any(|e| w.len() >= e.len() + 3 && w.ends_with(e));
    if !ending || t.has(STOP) || i > 0 && clause_start(v.text, v.toks, i) != i {
        return false;
    }
    let next_ok = v.words.get(i + 1).is_some_and(|n| imp.next.contains(n))
        && (!imp.next_always || v.toks[i + 1].has(CAPITALIZED));
    if imp.next_always || i == 0 && t.has(CAPITALIZED) && !imp.next.is_empty() {
        return next_ok;
    }
    true
}

/// The cue of the table at tokens `i..i + n`, if its link word (when the table names one)
/// follows somewhere in the sentence.
fn found(v: &View, i: usize, cue: TableCue, n: usize) -> Option<Found> {
    let after = i + n;
    let particle = (v.table.particles.iter())
        .find(|(w, _)| *w == v.words[i])
        .map(|p| p.1);
    if particle.is_some_and(|p| !v.words[after..].contains(&p)) {
        return None;
    }
    let ask = cue.kind == TableKind::Ask;
    let passive = (i.saturating_sub(2)..i)
        .rev()
        .find(|&k| ask && v.table.passive.contains(&v.words[k]));
    let perfect = (clause_start(v.text, v.toks, i)..i)
        .rev()
        .find(|&k| ask && v.table.perfect.contains(&v.words[k]));
    Some(Found {
        cue,
        i,
        after,
        particle,
        passive,
        perfect,
    })
}

/// Whether token `i` is a verb of permission in a clause that opens with a negative word
/// ([`CueTable::no_subject`]): "Nada en esta Declaración **podrá** interpretarse", "Keine
/// Bestimmung dieser Erklärung **darf**". A rule in the text's own voice.
fn no_one_may(v: &View, i: usize) -> bool {
    let first = clause_start(v.text, v.toks, i);
    first < i
        && v.table.permission.contains(&v.words[i])
        && v.table.no_subject.contains(&v.words[first])
}

/// Whether an ask whose cue ends in its link word ("llamó a", "llama al") calls a person
/// rather than for something: a name among the next five words, and the link word not
/// again for an action after them ("llamó al presidente Enrique Peña Nieto para ofrecer
/// ayuda", "llamó este lunes a un icono de la NASA"; not "llamó a la población de Gaza a
/// evacuar").
fn calls_someone(v: &View, f: &Found) -> bool {
    let last = v.words[f.after - 1];
    let link = if last == "al" { "a" } else { last };
    let end = v.words.len();
    v.table.links.contains(&link)
        && (f.after..end.min(f.after + 5)).any(|k| is_name(&v.toks[k]))
        && !(f.after..end.min(f.after + MAX_ADDRESSEE_WORDS)).any(|k| v.words[k] == link)
}

/// Whether a rule's word states no rule: negated ("no está prohibido", "ist nicht
/// verboten": allowed), in the past ("war ... untersagt": history), or a capitalised German
/// noun ("Auflagen und Verboten").
fn refused_rule(v: &View, f: &Found) -> bool {
    let (i, words, table) = (f.i, &v.words, v.table);
    let first = clause_start(v.text, v.toks, i);
    let negated = words[i.saturating_sub(2).max(first)..i]
        .iter()
        .any(|w| table.negations.contains(w));
    let past = (first..i).any(|k| table.past.contains(&words[k]))
        || words.get(f.after).is_some_and(|w| table.past.contains(w));
    let noun = table.capitalised_nouns && f.after == i + 1 && i > 0 && v.toks[i].has(CAPITALIZED);
    negated || past || noun
}

/// The cue's addressee and the token where its action starts.
fn addressee(v: &View, f: &Found) -> (Option<(usize, usize)>, usize) {
    let (text, toks, words, table, i, after) = (v.text, v.toks, &v.words, v.table, f.i, f.after);
    match f.cue.kind {
        TableKind::Ask if f.passive.is_some() => {
            let (addressee, from) = link(text, toks, words, after, table, f.particle);
            let subject = f.passive.and_then(|p| clause_subject(text, toks, p));
            (subject.or(addressee), from)
        }
        // "Die Regierung hat die Verbündeten aufgefordert, ... zu fliegen".
        TableKind::Ask if f.perfect.is_some_and(|a| a + 1 < i) => {
            let a = f.perfect.unwrap_or(i);
            (Some((toks[a + 1].start(), toks[i - 1].end())), after)
        }
        TableKind::Ask | TableKind::Operative => link(text, toks, words, after, table, f.particle),
        TableKind::Must if table.impersonal.contains(&words[i]) => (None, after),
        TableKind::Must => (must_subject(v, f), after),
        // The reader is asked; the action starts at the verb.
        TableKind::Imperative => (None, i),
        // "Nul ne sera": nobody is the one the rule binds.
        TableKind::Rule if table.nobody.contains(&words[i]) => {
            (Some((toks[i].start(), toks[i].end())), after)
        }
        TableKind::Rule => {
            // "Die Bildung ist (unentgeltlich und) obligatorisch": the subject ends at the
            // clause's first auxiliary.
            let first = clause_start(text, toks, i);
            let aux = (first..i).find(|&k| table.passive.contains(&words[k]));
            match aux {
                Some(a) if a > first && a - first <= 6 => {
                    (Some((toks[first].start(), toks[a - 1].end())), after)
                }
                // "Aucune mesure de rétorsion ne pourra": the negation is no part of it.
                _ => (
                    clause_subject(text, toks, before_negation(v, first, i)),
                    after,
                ),
            }
        }
    }
}

/// Token `i`, or the negation right before it in its clause (from `first`): where a
/// subject before a negated cue ends ("Никто не должен", "Aucune mesure ne pourra").
fn before_negation(v: &View, first: usize, i: usize) -> usize {
    if i > first && v.table.negations.contains(&v.words[i - 1]) {
        i - 1
    } else {
        i
    }
}

/// The subject of an obligation: the words of its clause before it ("Die Schulen müssen").
/// In a verb-second language, when an adverbial opens the clause (connective adverbs are
/// stop words: "Einerseits müsse", "So soll"; a preposition: "In der Folge sollen die
/// Fortschritte", "Ohne Bereitschaft müsse das Unternehmen"), it is the noun after the
/// verb, up to three function words before it, or none.
fn must_subject(v: &View, f: &Found) -> Option<(usize, usize)> {
    let (text, toks) = (v.text, v.toks);
    let first = clause_start(text, toks, f.i);
    let adverbial = v.table.verb_second
        && first < f.i
        && ((first..f.i).all(|k| toks[k].has(STOP))
            || v.table.adverbial_openers.contains(&v.words[first]));
    if !adverbial {
        // "Никто не должен": the negation is no part of the subject; "не должно" has none.
        let end = before_negation(v, first, f.i);
        return (end == f.i || end > first)
            .then(|| clause_subject(text, toks, end))
            .flatten();
    }
    let lowercase_stop = |t: &Token| t.has(STOP) && !t.has(CAPITALIZED);
    let noun = (f.after..toks.len().min(f.after + 4))
        .find(|&k| !lowercase_stop(&toks[k]))
        .filter(|&k| is_name(&toks[k]))?;
    Some((toks[f.after].start(), toks[noun].end()))
}

/// The cue's action from token `from`. A rule at the clause's end ("Die Bildung ist
/// obligatorisch", "sind ... verboten") forbids or requires what its clause names before it.
///
/// An ask that opens the sentence's last clause after a comma, with nothing after it or
/// (verb-second) its speaker right after it, asks what the sentence says before it: "si
/// alguien se siente agraviado que denuncie, pide.", "Amazon solle den Tarifvertrag
/// anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider".
fn action(v: &View, seg: &Segment, f: &Found, from: usize) -> Option<(usize, usize)> {
    let (text, toks) = (v.text, v.toks);
    let clause_ends = || {
        toks.get(from)
            .is_none_or(|t| text[toks[f.after - 1].end()..t.start()].contains([',', ';', ':']))
    };
    let opens = f.i > 0 && clause_start(text, toks, f.i) == f.i;
    let speaker_after = v.table.verb_second && toks.get(f.after).is_some_and(is_name);
    if f.cue.kind == TableKind::Ask && opens && (f.after == toks.len() || speaker_after) {
        return Some((toks[0].start(), toks[f.i - 1].end()));
    }
    if f.cue.kind == TableKind::Rule && clause_ends() {
        Some(clause_start(text, toks, f.i))
            .filter(|&first| first < f.i)
            .map(|first| (toks[first].start(), toks[f.i - 1].end()))
    } else {
        action_span(text, seg, toks, from)
    }
}

/// The cue's speaker and the sieve that found it. A passive ask names no asker, and a rule
/// none: the text's own voice.
fn speaker(
    v: &View,
    f: &Found,
    reported: Option<&Speaker>,
    recent: Option<Speaker>,
) -> Option<(Speaker, &'static str)> {
    match f.cue.kind {
        TableKind::Ask if f.passive.is_some() => None,
        TableKind::Ask => (f.perfect.and_then(|a| subject(v, a)))
            .or_else(|| subject(v, f.i))
            .map(|s| (s, TABLE_SUBJECT.id))
            .or_else(|| inverted(v, f, recent.as_ref()))
            .or_else(|| recent.map(|s| (s, TABLE_MEMORY.id))),
        TableKind::Must => (reported.cloned())
            .map(|s| (s, TABLE_REPORTER.id))
            .or_else(|| recent.map(|s| (s, TABLE_MEMORY.id))),
        // (An operative clause is read by `operative_clause`, with its issuer.)
        TableKind::Rule | TableKind::Imperative | TableKind::Operative => None,
    }
}

/// The words of the clause before token `i` (from its last comma, semicolon, colon or
/// bracket, or the sentence's start), when they are one to six words: the subject of an
/// obligation ("Chacun doit", "Die Schulen müssen"), or of a passive ask ("Les entreprises
/// sont invitées", with `i` the auxiliary).
fn clause_subject(text: &str, toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let last = i.checked_sub(1)?;
    let first = clause_start(text, toks, last);
    (last + 1 - first <= 6).then(|| (toks[first].start(), toks[last].end()))
}

/// The first token of the clause of token `i`: after the last comma, semicolon, colon,
/// bracket or dash before it (a dateline: "Wien – Im Alter ..."), or the sentence's first.
fn clause_start(text: &str, toks: &[Token], i: usize) -> usize {
    let mut first = i;
    while first > 0
        && !text[toks[first - 1].end()..toks[first].start()]
            .contains([',', ';', ':', '(', ')', '–', '—'])
    {
        first -= 1;
    }
    first
}

/// After an ask: the addressee (the words up to a link word, when there are a few) and the
/// first token of the action.
fn link(
    text: &str,
    toks: &[Token],
    words: &[&str],
    after: usize,
    table: &CueTable,
    particle: Option<&str>,
) -> (Option<(usize, usize)>, usize) {
    let end = (after + MAX_ADDRESSEE_WORDS + 1).min(toks.len());
    for k in after..end {
        let elided = k > 0
            && table.links.contains(&"d")
            && text[..toks[k].start()].ends_with(['\'', '’'])
            && text[..toks[k].start()]
                .trim_end_matches(['\'', '’'])
                .ends_with(['d', 'D']);
        let is_link = table.links.contains(&words[k]) || particle == Some(words[k]);
        if is_link || elided {
            let addressee = (k > after).then(|| (toks[after].start(), toks[k - 1].end()));
            let addressee = addressee.map(|(s, e)| {
                // "d'agir": the elided "d'" is no part of the addressee.
                let a = text[s..e].trim_end_matches(['\'', '’']);
                let a = if elided {
                    a.trim_end_matches(['d', 'D'])
                } else {
                    a
                };
                (s, s + a.trim_end().len())
            });
            let from = if is_link { k + 1 } else { k };
            return (addressee.filter(|(s, e)| e > s), from);
        }
    }
    (None, after)
}

/// The action from token `from` to the end of its clause (a semicolon, a colon or the
/// sentence's end), at most [`MAX_ACTION_WORDS`] words; `None` when it has no word.
fn action_span(text: &str, seg: &Segment, toks: &[Token], from: usize) -> Option<(usize, usize)> {
    let first = toks.get(from)?;
    let mut end = first.end();
    for t in toks[from..].iter().take(MAX_ACTION_WORDS).skip(1) {
        if text[end..t.start()].contains([';', ':', '»', '"', '“', '”']) {
            break;
        }
        end = t.end();
    }
    Some((first.start(), end.min(seg.end)))
}

/// The name nearest before token `i` (a run of capitalised words, not a function word), at
/// most [`MAX_SUBJECT_DISTANCE`] words away ([`name_of`] keeps its last two words).
///
/// In a verb-second language a verb that opens a clause after a comma has its subject after
/// it ("Amazon solle ... anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider"):
/// none before it.
///
/// Nor when an adverbial opens the clause ("Seit Frühjahr 2013 ruft ver.di ... auf").
fn subject(v: &View, i: usize) -> Option<Speaker> {
    let (text, toks, table) = (v.text, v.toks, v.table);
    let first = clause_start(text, toks, i);
    let opener = table.adverbial_openers.contains(&v.words[first]);
    if table.verb_second && (i > 0 && first == i || opener) {
        return None;
    }
    // "Enrique Peña Nieto, que el martes pidió perdón": a relative clause's cue has the
    // name before it as subject.
    if first >= 1 && table.relatives.contains(&v.words[first]) && is_name(&toks[first - 1]) {
        let mut start = first - 1;
        while start > 0 && first - start < 3 && is_name(&toks[start - 1]) {
            start -= 1;
        }
        return Some(name_of(text, toks, start, first - 1));
    }
    // The subject stands in the cue's clause, not in a quotation or clause before it
    // ("nosotros (Rusia) no inventamos nada nuevo", y exhortó": no name). A cue that opens
    // its clause may follow its subject in apposition ("El embajador de Rusia en México,
    // Eduard R. Malayán, aclaró"): the clause before.
    let clause = match first {
        0 => 0,
        f if f == i => {
            // Only an apposition, a clause of nothing but a name, which may have function
            // words inside ("Angélica Rivera de Peña, exhortó"; "... de Michoacán, resaltó
            // el funcionario" has none).
            let before = clause_start(text, toks, f - 1);
            let named = is_name(&toks[before])
                && is_name(&toks[f - 1])
                && (before..f).all(|k| is_name(&toks[k]) || toks[k].has(STOP));
            if !named {
                return None;
            }
            if (before..f).any(|k| toks[k].has(STOP)) {
                return Some(speaker_of(text, (toks[before].start(), toks[f - 1].end())));
            }
            before
        }
        f => f,
    };
    let lo = i.saturating_sub(MAX_SUBJECT_DISTANCE).max(clause);
    let last = (lo..i).rev().find(|&k| is_name(&toks[k]))?;
    // "Mitsprache für die Elternvereine fordert Ehlers": a noun after a preposition is no
    // subject; in a verb-second clause the subject then follows the verb. Elsewhere it ends
    // the subject's noun phrase: "el médico egresado de la UNAM comentó", "El comité de la
    // ONU exhortó" (the clause up to it, or from its last relative pronoun: "en la que varios
    // grupos del PRI piden", when it is short).
    if last + 1 == i && after_preposition(v, last) {
        let clause = clause_start(text, toks, last);
        let relative = (clause..last)
            .rev()
            .find(|&k| table.relatives.contains(&v.words[k]));
        let start = relative.map_or(clause, |r| r + 1);
        let short = start >= lo && last + 1 - start <= MAX_PHRASE_SUBJECT;
        return (!table.verb_second && short)
            .then(|| speaker_of(text, (toks[start].start(), toks[last].end())));
    }
    let mut first = last;
    while first > lo && is_name(&toks[first - 1]) {
        first -= 1;
    }
    // One capitalised word alone is a name only where it is no sentence opener (the first
    // word, "Protéger", "Allerdings") and, in a language that capitalises nouns, only right
    // before the cue ("Verdi fordert").
    let alone = first == last;
    if alone && (first == 0 && i > 1 || table.capitalised_nouns && last + 1 < i) {
        return None;
    }
    Some(name_of(text, toks, first, last))
}

/// In a verb-second language, the speaker right after an ask: when exactly one word, no
/// name, opens its clause before it ("Allerdings fordert Ehlers"), or when the ask opens a
/// clause after a comma ("..., forderte Gewerkschaftssekretär Marko Bärschneider"). After a
/// comma, an article and a common noun ("..., verlangt der Gewerkschaftschef") name someone
/// named before: the recent speaker, when there is one.
fn inverted(v: &View, f: &Found, recent: Option<&Speaker>) -> Option<(Speaker, &'static str)> {
    let (text, toks, i) = (v.text, v.toks, f.i);
    let start = clause_start(text, toks, i);
    let topic = i > 0 && after_preposition(v, i - 1);
    if !v.table.verb_second || i == 0 || start + 1 < i && !topic {
        return None;
    }
    let article = start == i
        && toks
            .get(f.after)
            .is_some_and(|t| t.has(STOP) && !t.has(CAPITALIZED));
    let first = f.after + usize::from(article);
    if !toks.get(first).is_some_and(is_name) {
        return None;
    }
    if let Some(r) = recent.filter(|_| article) {
        return Some((r.clone(), TABLE_MEMORY.id));
    }
    // A name runs on to two more words (not past a comma); a common noun is one word.
    let mut last = first;
    while !article
        && last < first + 2
        && toks.get(last + 1).is_some_and(is_name)
        && clause_start(text, toks, last + 1) != last + 1
    {
        last += 1;
    }
    Some((name_of(text, toks, first, last), TABLE_INVERTED.id))
}

/// Whether token `k` follows a preposition of [`CueTable::adverbial_openers`], an article
/// between allowed ("für die Elternvereine", "de la UNAM"), that does not stand inside a
/// name ("Angélica Rivera de Peña").
fn after_preposition(v: &View, k: usize) -> bool {
    let inside_name = |j: usize| !v.table.capitalised_nouns && j >= 1 && is_name(&v.toks[j - 1]);
    let opener = |j: usize| v.table.adverbial_openers.contains(&v.words[j]) && !inside_name(j);
    k >= 1 && opener(k - 1) || k >= 2 && v.toks[k - 1].has(STOP) && opener(k - 2)
}

/// A capitalised word that is no function word: a word of a name.
fn is_name(t: &Token) -> bool {
    t.has(CAPITALIZED) && !t.has(STOP)
}

/// The speaker of the name run `first..=last`: its last two words (a title before a name:
/// "Bundeskanzler Olaf Scholz" is "Olaf Scholz"), three when the middle one is an initial
/// ("Eduard R. Malayán").
fn name_of(text: &str, toks: &[Token], first: usize, last: usize) -> Speaker {
    let two = first.max(last.saturating_sub(1));
    let initial =
        |k: usize| toks[k].end() - toks[k].start() == 1 && text[toks[k].end()..].starts_with('.');
    let first = if two > first && initial(two) {
        two - 1
    } else {
        two
    };
    speaker_of(text, (toks[first].start(), toks[last].end()))
}

/// The speaker named beside a reporting verb of the sentence: the name before it, or the
/// one right after it ("..., sagte Wolfgang Katzian", "dijo Córdova").
/// Else a quotative and a name that end the sentence after a comma ("..., so Ehlers.").
fn reporter(v: &View) -> Option<Speaker> {
    let (text, toks, words, table) = (v.text, v.toks, &v.words, v.table);
    let n = toks.len();
    // Every reporting verb in turn, the first that names someone ("... como él mismo dice:
    // ...\", dijo Salinas Pliego."); none after an impersonal pronoun ("se dice").
    let mut verbs = (0..n).filter(|&k| reporting_at(v, k));
    // The name (at most three words) that ends the sentence, and whether a comma stands
    // before it: an apposition ("..., erklärte der UNO-Hochkommissar für Flüchtlinge,
    // Filippo Grandi.").
    let apposed = |k: usize| k < n && clause_start(text, toks, k) == k;
    let mut tail = n;
    while tail > 0 && n - tail < 3 && is_name(&toks[tail - 1]) && !(tail < n && apposed(tail)) {
        tail -= 1;
    }
    // A reporting verb after the quotation, ending the sentence in a few words, has its
    // subject after it ("..." - сказал Климкин., "...", dijo Córdova.): not the last name of
    // the quotation.
    let before = |verb: usize| {
        let inverted = apposed(verb) && n - verb <= 6;
        (!inverted).then(|| subject(v, verb)).flatten()
    };
    let by_verb = verbs.find_map(|verb| {
        before(verb).or_else(|| {
            if tail > verb + 1 && apposed(tail) {
                return Some(name_of(text, toks, tail, n - 1));
            }
            // "Sostuvo que \"Marchesín es ...\"": a name after the verb's "que" is in what
            // is reported, not who reports it.
            let first = (verb + 1..n.min(verb + 4))
                .take_while(|&k| !table.links.contains(&words[k]))
                .find(|&k| is_name(&toks[k]))?;
            let mut last = first;
            while last + 1 < n && last < first + 2 && is_name(&toks[last + 1]) {
                last += 1;
            }
            // "отметил глава МИД": one capitalised word after a common noun is what the noun
            // belongs to; the noun names someone named before (the recent speaker).
            let described = first == last
                && first > verb + 1
                && !toks[first - 1].has(STOP)
                && !toks[first - 1].has(CAPITALIZED);
            (!described).then(|| name_of(text, toks, first, last))
        })
    });
    // "..., so Ehlers.": a quotative after a comma, then the name.
    let quotative = tail < n && tail >= 2 && table.quotatives.contains(&words[tail - 1]);
    by_verb.or_else(|| (quotative && apposed(tail - 1)).then(|| name_of(text, toks, tail, n - 1)))
}

/// The directives of one sentence of an unspaced language (Chinese): cues are found in the
/// text; a clause ends at 。；！？ and a speaker is the text since the last comma before a
/// reporting verb or an ask.
fn unspaced(
    text: &str,
    si: usize,
    seg: &Segment,
    table: &CueTable,
    reporter: &mut Option<(usize, Speaker)>,
) -> Vec<Directive> {
    let s = &text[seg.start..seg.end];
    if reporter.as_ref().is_some_and(|(p, _)| *p != seg.paragraph) {
        *reporter = None;
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < s.len() {
        let rest = &s[at..];
        let Some(c) = rest.chars().next() else { break };
        // A reporting verb: its subject speaks for the rest of the paragraph.
        if let Some(verb) = table.reporting.iter().find(|v| rest.starts_with(**v)) {
            if let Some(sp) = han_subject(text, seg.start, at) {
                *reporter = Some((seg.paragraph, sp));
            }
            at += verb.len();
            continue;
        }
        let cue = table.cues.iter().find(|cue| {
            let w = cue.words[0];
            rest.starts_with(w)
                && !table.not_within.iter().any(|(before, after)| {
                    if before.is_empty() {
                        rest.starts_with(after)
                    } else {
                        s[..at].ends_with(before) && rest.starts_with(after)
                    }
                })
        });
        let Some(cue) = cue else {
            at += c.len_utf8();
            continue;
        };
        let w = cue.words[0];
        let cue_span = (seg.start + at, seg.start + at + w.len());
        let from = at + w.len();
        let end = s[from..]
            .find(['。', '；', '！', '？', ';'])
            .map_or(s.len(), |k| from + k);
        let action = s[from..end].trim_end_matches(['，', ',', '、', '：', ' ']);
        if !action.trim().is_empty() {
            let a = seg.start + from;
            let speaker = match cue.kind {
                TableKind::Ask => han_subject(text, seg.start, at)
                    .map(|sp| (sp, TABLE_SUBJECT.id))
                    .or_else(|| {
                        reporter
                            .as_ref()
                            .map(|(_, sp)| (sp.clone(), TABLE_REPORTER.id))
                    }),
                TableKind::Must => reporter
                    .as_ref()
                    .map(|(_, sp)| (sp.clone(), TABLE_REPORTER.id)),
                TableKind::Rule | TableKind::Imperative | TableKind::Operative => None,
            };
            let negated =
                cue.kind == TableKind::Ask && table.negations.iter().any(|n| s[..at].ends_with(n));
            out.push(directive(
                text,
                si,
                seg,
                cue_span,
                cue.kind,
                None,
                (a, a + action.len()),
                speaker,
                negated,
            ));
        }
        at = from;
    }
    out
}

/// The Chinese subject before byte `at` of the sentence starting at `start`: the text since
/// the last clause mark, when it is a short run of Han characters (a name, "会议").
fn han_subject(text: &str, start: usize, at: usize) -> Option<Speaker> {
    let before = &text[start..start + at];
    let from = before
        .rfind(['，', '。', '；', '：', '、', ',', '“', '”', ' ', '\n'])
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let mut name = &before[from..];
    // "蔡奇在座谈交流时": the name ends before 在; "为落实...", "根据...": no subject.
    if let Some(k) = name.find('在').filter(|&k| k >= 6) {
        name = &name[..k];
    }
    if ["为", "对", "根据", "按照", "经", "据", "在"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return None;
    }
    let n = name.chars().count();
    let han = name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    (han && (2..=MAX_HAN_SPEAKER).contains(&n))
        .then(|| speaker_of(text, (start + from, start + from + name.len())))
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, DirectiveKind, Options};

    fn read(code: &str, text: &str) -> Vec<crate::Directive> {
        let a = Analyzer::new(Options::default().with_language(code)).unwrap();
        a.analyze(text).directives
    }

    #[test]
    fn a_french_ask_has_its_speaker_addressee_and_action() {
        let d = &read(
            "fr",
            "Le président Emmanuel Macron a exhorté les syndicats à reprendre le dialogue.",
        )[0];
        assert_eq!(d.kind, DirectiveKind::Reported);
        assert_eq!(d.speaker.as_ref().unwrap().name, "Emmanuel Macron");
        assert_eq!(d.cue.text, "exhorté");
        assert_eq!(d.addressee.as_ref().unwrap().text, "les syndicats");
        assert_eq!(d.action.text, "reprendre le dialogue");
        assert_eq!(d.rule, "table-ask");
    }

    #[test]
    fn an_obligation_is_the_texts_voice_with_its_subject_as_addressee() {
        let d = &read("fr", "Chacun doit porter un masque dans les transports.")[0];
        assert_eq!(d.kind, DirectiveKind::Obligation);
        assert!(d.speaker.is_none());
        assert_eq!(d.addressee.as_ref().unwrap().text, "Chacun");
        assert_eq!(d.action.text, "porter un masque dans les transports");
        // Impersonal: no addressee.
        let d = &read("es", "Hay que reforzar la vigilancia en las fronteras.")[0];
        assert!(d.addressee.is_none());
        for (code, t) in [
            ("fr", "Il est essentiel de protéger les droits de l'homme."),
            ("de", "Da es notwendig ist, die Menschenrechte zu schützen."),
        ] {
            let d = &read(code, t)[0];
            assert_eq!(d.kind, DirectiveKind::Obligation, "{t}");
            assert!(d.addressee.is_none(), "{t}");
        }
        assert_eq!(d.action.text, "reforzar la vigilancia en las fronteras");
    }

    #[test]
    fn a_rule_binds_its_subject_and_forbids_or_requires_its_action() {
        let d = &read("fr", "Nul ne sera tenu en esclavage ni en servitude.")[0];
        assert_eq!(d.kind, DirectiveKind::Rule);
        assert!(d.speaker.is_none());
        assert_eq!(d.addressee.as_ref().unwrap().text, "Nul");
        assert_eq!(d.action.text, "sera tenu en esclavage ni en servitude");
        // At the clause's end: the subject before the auxiliary, the clause as the action.
        let d = &read("de", "Die Bildung ist in allen Schulen obligatorisch.")[0];
        assert_eq!(d.kind, DirectiveKind::Rule);
        assert_eq!(d.addressee.as_ref().unwrap().text, "Die Bildung");
        assert_eq!(d.action.text, "Die Bildung ist in allen Schulen");
        let d = &read("es", "Está prohibido fumar en el edificio.")[0];
        assert_eq!(d.action.text, "fumar en el edificio");
        let d = &read("ru", "Курение в здании запрещается.")[0];
        assert_eq!(d.kind, DirectiveKind::Rule);
        // Negated, or in the past: no rule.
        assert!(read("es", "No está prohibido fumar en la terraza.").is_empty());
        assert!(read("de", "Das Rauchen ist hier nicht verboten.").is_empty());
        assert!(read("de", "Das Rauchen wurde 2008 verboten.").is_empty());
        assert!(read("ru", "Курение было запрещено в 2010 году.").is_empty());
    }

    #[test]
    fn a_passive_ask_names_its_addressee_and_no_speaker() {
        let d = &read(
            "fr",
            "Les entreprises sont invitées à privilégier le télétravail.",
        )[0];
        assert!(d.speaker.is_none());
        assert_eq!(d.addressee.as_ref().unwrap().text, "Les entreprises");
        assert_eq!(d.action.text, "privilégier le télétravail");
    }

    #[test]
    fn a_german_separable_ask_needs_its_particle_and_a_reporter_speaks_for_an_obligation() {
        let d = read(
            "de",
            "Bundeskanzler Olaf Scholz rief die Länder zu mehr Tempo auf.",
        );
        assert_eq!(d[0].speaker.as_ref().unwrap().name, "Olaf Scholz");
        assert_eq!(d[0].addressee.as_ref().unwrap().text, "die Länder");
        assert!(read("de", "Er rief gestern in Berlin an.").is_empty());
        let d = &read(
            "de",
            "Die Schulen müssen offen bleiben, sagte Wolfgang Katzian.",
        )[0];
        assert_eq!(d.speaker.as_ref().unwrap().name, "Wolfgang Katzian");
        assert_eq!(d.addressee.as_ref().unwrap().text, "Die Schulen");
    }

    #[test]
    fn a_subject_stands_in_the_cues_clause_or_in_apposition_before_it() {
        let t = "El embajador de Rusia en México, Eduard Malayán, exhortó a los aficionados a respetar las reglas.";
        let d = &read("es", t)[0];
        assert_eq!(d.speaker.as_ref().unwrap().name, "Eduard Malayán");
        assert_eq!(d.speaker_rule.as_deref(), Some("table-subject"));
        // A relative clause's cue: the name before the comma.
        let t =
            "Aludió al presidente Enrique Peña Nieto, que el martes pidió perdón a los ciudadanos.";
        assert_eq!(
            read("es", t)[0].speaker.as_ref().unwrap().name,
            "Peña Nieto"
        );
        // A name inside a quotation and brackets before the clause is not its subject.
        let t = "Resaltó que \"nosotros (Rusia) no inventamos nada\", y exhortó a los aficionados a respetar las reglas.";
        assert!(read("es", t)[0].speaker.is_none());
    }

    /// Spanish news written for these tests, in the forms of the dev set's reports.
    #[test]
    fn a_name_keeps_its_initial_and_a_clause_before_the_verb_is_its_subject_only_as_a_name() {
        let t = "El embajador de Rusia en México, Eduard R. Malayán, exhortó a los aficionados a respetar las reglas.";
        assert_eq!(
            read("es", t)[0].speaker.as_ref().unwrap().name,
            "Eduard R. Malayán"
        );
        let t = "Finalmente, Angélica Rivera de Peña, exhortó a las mujeres a creer en sí mismas.";
        assert_eq!(
            read("es", t)[0].speaker.as_ref().unwrap().name,
            "Angélica Rivera de Peña"
        );
        // The clause before the verb is no name: "Michoacán" is no subject.
        let t = "No debe confundirse con la comida de Michoacán, resaltó el funcionario.";
        assert!(read("es", t)[0].speaker.is_none());
        // A name after a preposition ends its noun phrase, which is the subject.
        let t = "El comité de la ONU exhortó a establecer una distinción clara.";
        assert_eq!(
            read("es", t)[0].speaker.as_ref().unwrap().name,
            "El comité de la ONU"
        );
        let t = "Es la tradición en la que varios grupos del PRI piden a sus afiliados asistir.";
        assert_eq!(
            read("es", t)[0].speaker.as_ref().unwrap().name,
            "varios grupos del PRI"
        );
        // A name after the reporting verb's "que" is what is reported.
        let t = "Sostuvo que \"Marchesín es el mejor portero, debe estar en la selección\".";
        assert!(read("es", t)[0].speaker.is_none());
        // "se dice": an impersonal reporting verb names no one.
        let t = "En Portugal se dice que el club deberá pagar la multa.";
        assert!(read("es", t)[0].speaker.is_none());
    }

    #[test]
    fn a_reporting_verb_without_a_name_goes_on_with_the_recent_speaker() {
        // Four sentences: the speaker named in the first speaks in the fourth, because each
        // sentence between has a reporting verb of its own (pro-drop, or "el embajador").
        let t = "Eduard R. Malayán aclaró que la prohibición es de la FIFA. \
                 Subrayó que se respetará lo estipulado. \
                 \"No hay nada nuevo\", estableció el embajador. \
                 Resaltó que Rusia no inventó nada, y exhortó a los aficionados a respetar las reglas.";
        let d = read("es", t);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].speaker.as_ref().unwrap().name, "Eduard R. Malayán");
        assert_eq!(d[0].speaker_rule.as_deref(), Some("table-memory"));
        // Without the reporting verbs between, the speaker is too far back.
        let t = "Eduard R. Malayán aclaró que la prohibición es de la FIFA. \
                 La prohibición se respetará. \
                 No hay nada nuevo en el reglamento. \
                 Resaltó que Rusia no inventó nada, y exhortó a los aficionados a respetar las reglas.";
        assert!(read("es", t)[0].speaker.is_none());
    }

    /// Resolutions written for this test, in the UN's form: the issuer alone on a line,
    /// preambular paragraphs, then operative ones.
    #[test]
    fn an_operative_clause_opens_its_paragraph_and_its_issuer_speaks() {
        let t = "L'Assemblée générale,\n\nConsidérant que la paix est nécessaire,\n\n\
                 1. Proclame la présente Déclaration comme l'idéal commun.\n\n\
                 2. Exhorte tous les États à coopérer pleinement.";
        let d = read("fr", t);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d.iter().all(|d| d.kind == DirectiveKind::Operative));
        assert!(d
            .iter()
            .all(|d| d.speaker.as_ref().unwrap().name == "Assemblée générale"));
        assert_eq!(d[0].cue.text, "Proclame");
        assert!(d[0].addressee.is_none());
        assert_eq!(
            d[0].action.text,
            "la présente Déclaration comme l'idéal commun"
        );
        assert_eq!(d[1].addressee.as_ref().unwrap().text, "tous les États");
        assert_eq!(d[1].action.text, "coopérer pleinement");
        // German: the issuer after the verb on its own line, the action the next paragraph.
        let t =
            "da die Würde aller Menschen zu achten ist,\n\nverkündet die Generalversammlung\n\n\
                 diese Erklärung als das gemeinsame Ideal.";
        let d = read("de", t);
        let op = d
            .iter()
            .find(|d| d.kind == DirectiveKind::Operative)
            .unwrap();
        assert_eq!(op.speaker.as_ref().unwrap().name, "die Generalversammlung");
        assert_eq!(op.action.text, "diese Erklärung als das gemeinsame Ideal");
        // Not inside a paragraph, nor a report's verb, nor a headline without an issuer.
        let t = "Pide INE a empresarios no enturbiar elección\n\nEl instituto habló el lunes.";
        assert!(read("es", t)
            .iter()
            .all(|d| d.kind != DirectiveKind::Operative));
        let t = "El presidente proclama la independencia. Proclama también la paz.";
        assert!(read("es", t)
            .iter()
            .all(|d| d.kind != DirectiveKind::Operative));
    }

    #[test]
    fn a_cue_may_hold_an_insertion_and_a_call_to_a_person_is_no_ask() {
        let t = "Estos derechos no podrán, en ningún caso, ser ejercidos en oposición a la ley.";
        let d = &read("es", t)[0];
        assert_eq!(d.kind, DirectiveKind::Rule);
        assert_eq!(d.cue.text, "no podrán, en ningún caso, ser");
        let t = "El ministro Gilad Erdan llamó este lunes al asesinato selectivo de los líderes.";
        let d = &read("es", t)[0];
        assert_eq!(d.cue.text, "llamó este lunes al");
        assert_eq!(d.speaker.as_ref().unwrap().name, "Gilad Erdan");
        assert_eq!(d.action.text, "asesinato selectivo de los líderes");
        // A phone call, not a call for something.
        for t in [
            "Después, el mandatario llamó al presidente Enrique Peña Nieto para ofrecer ayuda.",
            "Donald Trump llamó este lunes a un icono de la NASA.",
        ] {
            assert!(read("es", t).is_empty(), "{t}");
        }
        let t = "El alcalde llamó a la población de Gaza a evacuar la zona.";
        assert_eq!(read("es", t).len(), 1);
    }

    #[test]
    fn a_listed_imperative_opens_its_clause() {
        let t = "No olvides que tu voto tiene que llegar antes del domingo.";
        let d = read("es", t);
        assert_eq!(d[0].kind, DirectiveKind::Imperative);
        assert_eq!(d[0].cue.text, "No olvides");
        assert!(d[0].speaker.is_none());
        // The subjunctive after "que" is what another verb asks.
        let t = "Mi madre siempre me pide que no olvides las llaves.";
        assert!(read("es", t)
            .iter()
            .all(|d| d.kind != DirectiveKind::Imperative));
    }

    #[test]
    fn a_negative_subject_with_a_verb_of_permission_is_a_rule() {
        let t = "Aucune mesure de rétorsion ne pourra viser l'agent qui aurait dénoncé les faits.";
        let d = &read("fr", t)[0];
        assert_eq!(d.kind, DirectiveKind::Rule);
        assert_eq!(d.cue.text, "pourra");
        assert_eq!(
            d.addressee.as_ref().unwrap().text,
            "Aucune mesure de rétorsion"
        );
        assert_eq!(d.action.text, "viser l'agent qui aurait dénoncé les faits");
        let t = "Keine Bestimmung dieser Erklärung darf dahin ausgelegt werden.";
        assert_eq!(read("de", t)[0].kind, DirectiveKind::Rule);
        // Not a negative word opening the clause: no rule.
        let t = "La reforma podrá aprobarse en marzo, dijo el ministro.";
        assert!(read("es", t).is_empty());
    }

    #[test]
    fn a_negation_before_the_cue_is_no_part_of_its_subject() {
        let d = &read("ru", "Никто не должен содержаться в рабстве.")[0];
        assert_eq!(d.addressee.as_ref().unwrap().text, "Никто");
        let d = &read("ru", "Так не должно происходить.")[0];
        assert_eq!(d.addressee.as_ref().unwrap().text, "Так");
        let d = &read("es", "No debe confundirse con el ejemplo.")[0];
        assert!(d.addressee.is_none());
    }

    #[test]
    fn german_word_order_puts_the_subject_after_the_verb() {
        let speaker = |d: &crate::Directive| d.speaker.as_ref().map(|s| s.name.clone());
        let addressee = |d: &crate::Directive| d.addressee.as_ref().map(|a| a.text.clone());
        // An adverbial before the modal: the subject is the noun after it, or none.
        let d = read(
            "de",
            "Ohne Bereitschaft zu Verhandlungen müsse das Unternehmen mit Streiks rechnen.",
        );
        assert_eq!(addressee(&d[0]).as_deref(), Some("das Unternehmen"));
        let d = read(
            "de",
            "Einerseits müsse geklärt werden, ob die Daten wirken.",
        );
        assert_eq!(addressee(&d[0]), None);
        let d = read(
            "de",
            "Wien – Im Alter von 3,5 Jahren sollen Kinder künftig getestet werden.",
        );
        assert_eq!(addressee(&d[0]).as_deref(), Some("Kinder"));
        // An ask after a comma: its subject follows it; a common noun after an article is
        // the speaker named before.
        let d = read(
            "de",
            "Amazon solle den Tarifvertrag anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider.",
        );
        let ask = d.iter().find(|d| d.cue.text == "forderte").unwrap();
        assert_eq!(speaker(ask).as_deref(), Some("Marko Bärschneider"));
        let t = "Eine Lösung sei möglich, sagte Wolfgang Katzian. \
                 Alle sollten abgesichert werden, nicht nur bestimmte Gruppen, verlangt der Gewerkschaftschef.";
        let d = read("de", t);
        let ask = d.iter().find(|d| d.cue.text == "verlangt").unwrap();
        assert_eq!(speaker(ask).as_deref(), Some("Wolfgang Katzian"));
        // A noun after a preposition is no subject: the name after the verb is.
        let t = "Mitsprache für die Elternvereine fordert Ehlers auch bei der Frage der Lehrer.";
        assert_eq!(speaker(&read("de", t)[0]).as_deref(), Some("Ehlers"));
        // A perfect: the addressee between the auxiliary and the participle, the action
        // after it, the speaker before the auxiliary.
        let t = "Bundeskanzler Olaf Scholz hat die Länder aufgefordert, mehr Tempo zu machen.";
        let d = &read("de", t)[0];
        assert_eq!(addressee(d).as_deref(), Some("die Länder"));
        assert_eq!(d.action.text, "mehr Tempo zu machen");
        assert_eq!(speaker(d).as_deref(), Some("Olaf Scholz"));
        // The name in apposition at the end, and "so" before a name, report speech.
        let t = "Ein Obdach sollte als Menschenrecht gesehen werden, erklärte der Hochkommissar für Flüchtlinge, Filippo Grandi.";
        assert_eq!(
            speaker(&read("de", t)[0]).as_deref(),
            Some("Filippo Grandi")
        );
        let t = "Die Lücke würde geschlossen, so Ehlers. Die Schulen müssen mitreden.";
        assert_eq!(speaker(&read("de", t)[0]).as_deref(), Some("Ehlers"));
    }

    #[test]
    fn an_ask_after_what_it_asks_takes_the_sentence_before_it() {
        let t = "Hoy, si alguien se siente agraviado que denuncie, pide.";
        assert_eq!(
            read("es", t)[0].action.text,
            "Hoy, si alguien se siente agraviado que denuncie"
        );
        let t = "Amazon solle den Tarifvertrag anerkennen, forderte Gewerkschaftssekretär Marko Bärschneider.";
        let d = read("de", t);
        let ask = d.iter().find(|d| d.cue.text == "forderte").unwrap();
        assert_eq!(ask.action.text, "Amazon solle den Tarifvertrag anerkennen");
    }

    #[test]
    fn a_reporting_verb_after_the_quotation_has_its_subject_after_it() {
        let t = "\"Будущий транзит должен базироваться на регуляторах ЕС\", - сказал Климкин.";
        assert_eq!(read("ru", t)[0].speaker.as_ref().unwrap().name, "Климкин");
        let t = "\"Hay que reforzar la vigilancia en las fronteras con la UE\", dijo Córdova.";
        assert_eq!(read("es", t)[0].speaker.as_ref().unwrap().name, "Córdova");
        // "глава МИД" (the head of the ministry) is the speaker named before, not "МИД".
        let t = "\"Транзит должен быть прозрачным\", - сказал Климкин. \
                 \"Транзит должен происходить по нормам ЕС\", - отметил глава МИД.";
        let d = read("ru", t);
        assert_eq!(d[1].speaker.as_ref().unwrap().name, "Климкин");
    }

    #[test]
    fn imperatives_are_found_by_their_ending_where_the_language_marks_them() {
        let kinds = |code: &str, t: &str| -> Vec<DirectiveKind> {
            read(code, t).iter().map(|d| d.kind).collect()
        };
        let t = "Pour les consultations : privilégiez autant que possible la télémédecine.";
        let d = &read("fr", t)[0];
        assert_eq!(d.kind, DirectiveKind::Imperative);
        assert_eq!(d.cue.text, "privilégiez");
        assert!(d.speaker.is_none() && d.addressee.is_none());
        assert_eq!(
            kinds("de", "Bleiben Sie bei Hitze zu Hause."),
            [DirectiveKind::Imperative]
        );
        assert_eq!(
            kinds("ru", "Соблюдайте дистанцию."),
            [DirectiveKind::Imperative]
        );
        // A name, a subject before the verb, "sie" (they) or a question: no imperative.
        assert!(read("fr", "Martinez a gagné le match.").is_empty());
        assert!(read("fr", "Vous privilégiez la télémédecine.").is_empty());
        assert!(read("de", "Bleiben sie zu Hause?").is_empty());
        assert!(read("de", "Die Kinder bleiben zu Hause.").is_empty());
    }

    #[test]
    fn a_negated_ask_is_marked() {
        let d = &read(
            "es",
            "El ministro Juan Pérez no pidió a los ciudadanos votar.",
        )[0];
        assert!(d.negated);
        let d = &read("ru", "Владимир Путин призвал губернаторов ускорить работу.")[0];
        assert!(!d.negated);
        assert_eq!(d.speaker.as_ref().unwrap().name, "Владимир Путин");
    }

    #[test]
    fn chinese_cues_speakers_and_words_that_only_contain_a_cue() {
        let t = "习近平强调，要坚持党的领导。各地区必须严格落实防控措施；要加强督查。";
        let d = read("zh", t);
        assert_eq!(d.len(), 3, "{d:#?}");
        assert_eq!(d[0].speaker.as_ref().unwrap().name, "习近平");
        assert_eq!(d[0].action.text, "坚持党的领导");
        // The reporting subject speaks for the rest of the paragraph.
        assert_eq!(d[1].speaker.as_ref().unwrap().name, "习近平");
        assert_eq!(d[1].cue.text, "必须");
        assert_eq!(d[1].action.text, "严格落实防控措施");
        assert_eq!(d[2].action.text, "加强督查");
        assert!(read(
            "zh",
            "这是一项重要的工作。主要领导出席了会议。按照相关的要求。"
        )
        .is_empty());
        let d = &read("zh", "李强要求各地加快推进项目建设。")[0];
        assert_eq!(
            (
                d.speaker.as_ref().unwrap().name.as_str(),
                d.cue.text.as_str()
            ),
            ("李强", "要求")
        );
    }

    #[test]
    fn every_span_slices_the_text() {
        for (code, text) in [
            ("fr", "Il faut agir. Marie Dupont a déclaré qu'il faut agir vite ; elle demande aux élus d'agir."),
            ("ru", "Спасатели призвали жителей не выходить из домов. Нужно соблюдать правила."),
            ("zh", "会议指出，要坚决落实。不得擅自停工，"),
        ] {
            let a = Analyzer::new(Options::default().with_language(code)).unwrap();
            let r = a.analyze(text);
            assert!(!r.directives.is_empty(), "{text}");
            for d in &r.directives {
                assert_eq!(&text[d.cue.start..d.cue.end], d.cue.text);
                assert_eq!(&text[d.action.start..d.action.end], d.action.text);
                assert_eq!(&text[d.start..d.end], d.text);
                if let Some(s) = &d.speaker {
                    assert_eq!(&text[s.start..s.end], s.text);
                }
                if let Some(p) = &d.addressee {
                    assert_eq!(&text[p.start..p.end], p.text);
                }
            }
        }
    }
}
