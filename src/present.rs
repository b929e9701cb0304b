//! How a result is said to a reader: the labels and notices shared by the CLI report, the
//! page and the Markdown export (CLI `--markdown`, the page's download), so they read the
//! same everywhere.

use crate::analysis::{Analysis, Directive, DirectiveKind, SummarySentence};

/// What the front ends say when a text is in no supported language
/// ([`crate::Stats::language`] is `"und"`).
pub const NO_LANGUAGE: &str = "This text is in none of the languages Nutshell reads (Arabic, \
     Chinese, Danish, Dutch, English, Finnish, French, German, Greek, Hungarian, Italian, \
     Japanese, Norwegian, Portuguese, Romanian, Russian, Spanish, Swedish, Turkish). The summary \
     still picks its sentences; themes and directives are not shown. If the language was \
     misjudged, choose it.";

/// What stands in place of themes and directives of a text in no supported language.
pub const NOT_SHOWN: &str = "Not shown: this text is in none of the languages Nutshell reads.";

/// Whether the front ends show a text's themes and directives: not when it is in no
/// supported language, where they would be noise.
pub fn shows_details(a: &Analysis) -> bool {
    a.stats.language != crate::UNDETERMINED
}

/// What stands in place of the directives of a language whose directives are not read yet,
/// or `None`: "Key directives are read in English, Chinese, French, German, Russian and
/// Spanish so far, not yet in Italian."
pub fn directives_note(a: &Analysis) -> Option<String> {
    let info = crate::language_info(&a.stats.language)?;
    (!info.directives).then(|| {
        let read: Vec<&str> = crate::languages()
            .filter(|l| l.directives)
            .map(|l| l.name)
            .collect();
        format!(
            "Key directives are read in {} so far, not yet in {}.",
            list(&read),
            info.name
        )
    })
}

/// What the front ends say over the directives of a language read from a cue table
/// (`lang::tables`), or `None`: "Key directives in German are read from a short list of
/// asking and obligation words: imperatives, rules and quotations are not found yet."
pub fn partial_note(a: &Analysis) -> Option<String> {
    let info = crate::language_info(&a.stats.language)?;
    crate::lang::tables::of(info.code).map(|_| {
        format!(
            "Key directives in {} are read from a short list of asking and obligation words: imperatives, rules and quotations are not found yet.",
            info.name
        )
    })
}

/// "English, French and German".
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The language a text was read in, as the front ends say it: "French (identified,
/// confidence 0.93)", "French (chosen)"; `None` for a text in no supported language.
pub fn language_line(a: &Analysis, chosen: bool) -> Option<String> {
    let info = crate::language_info(&a.stats.language)?;
    Some(if chosen {
        format!("{} (chosen)", info.name)
    } else {
        format!(
            "{} (identified, confidence {:.2})",
            info.name, a.stats.language_confidence
        )
    })
}

/// The mark of a negated report ("did not urge"): shown, but no ask.
pub const NO_ASK: &str = "negated: no ask";

/// What the front ends say when sentences were cut ([`crate::Stats::cut_sentences`]), or
/// `None` when none was.
pub fn cut_note(n: usize) -> Option<String> {
    let limit = crate::MAX_SENTENCE_BYTES;
    (n > 0).then(|| {
        let (what, were) = if n == 1 {
            ("sentence", "was")
        } else {
            ("sentences", "were")
        };
        format!(
            "{n} {what} longer than {limit} bytes {were} cut into chunks of at most {limit} bytes \
             (a table, a list or a text without punctuation); each chunk is read as a sentence."
        )
    })
}

/// Who gives a directive with no named speaker: the text itself (an obligation, an
/// imperative, a rule or an operative clause in its own voice) or someone unnamed (a passive
/// "was ordered to").
pub fn unnamed(kind: DirectiveKind) -> &'static str {
    match kind {
        DirectiveKind::Reported => "Someone",
        _ => "The text",
    }
}

/// A kind as a reader names it: "reported", "obligation", "imperative", "operative clause",
/// "rule", "action item".
pub fn kind_label(kind: DirectiveKind) -> &'static str {
    match kind {
        DirectiveKind::Operative => "operative clause",
        DirectiveKind::ActionItem => "action item",
        DirectiveKind::Indirect => "indirect request",
        k => k.as_str(),
    }
}

/// How many directives of each kind, in [`DirectiveKind::ALL`]'s order: "8 imperative,
/// 3 obligation, 1 reported" ("" for none).
pub fn kind_counts(directives: &[Directive]) -> String {
    let counts = DirectiveKind::ALL.iter().filter_map(|&k| {
        let n = directives.iter().filter(|d| d.kind == k).count();
        (n > 0).then(|| format!("{n} {}", kind_label(k)))
    });
    counts.collect::<Vec<_>>().join(", ")
}

/// Who gives the directive: the speaker's name, or [`unnamed`].
pub fn who(d: &Directive) -> &str {
    d.speaker
        .as_ref()
        .map_or(unnamed(d.kind), |s| s.name.as_str())
}

/// "sentence" or "sentences", for a count.
pub fn sentences(n: usize) -> &'static str {
    if n == 1 {
        "sentence"
    } else {
        "sentences"
    }
}

/// Why a summary sentence was chosen, in a reader's words: "opens the text · central to
/// the text".
pub fn why(s: &SummarySentence) -> String {
    let mut out = String::new();
    for r in &s.why {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(&r.note);
    }
    out
}

/// A summary sentence as shown: its text, with "…" when a word budget cut it.
pub fn shown(s: &SummarySentence) -> String {
    if s.cut {
        format!("{}…", s.text)
    } else {
        s.text.clone()
    }
}

/// The result as Markdown: the summary, the themes and the key directives (for a text in no
/// supported language, the notice and the summary only, as the page shows it).
pub fn markdown(a: &Analysis) -> String {
    let mut md = String::new();
    if !shows_details(a) {
        md.push_str(&format!("> {NO_LANGUAGE}\n\n"));
    }
    if let Some(note) = cut_note(a.stats.cut_sentences) {
        md.push_str(&format!("> {note}\n\n"));
    }
    md.push_str("# Summary\n\n");
    for s in &a.summary {
        md.push_str(&format!("- {}\n", shown(s)));
    }
    // Themes and directives of a text in no supported language are noise.
    if !shows_details(a) {
        md.push_str(&format!("\n## Themes and key directives\n\n{NOT_SHOWN}\n"));
        return md;
    }
    md.push_str("\n## Themes\n\n");
    for t in &a.themes {
        let unit = sentences(t.count);
        let phrases = t.phrases.join(", ");
        md.push_str(&format!(
            "- **{}** ({} {unit}): {phrases}\n",
            t.label, t.count
        ));
    }
    md.push_str("\n## Key directives\n\n");
    if let Some(note) = directives_note(a) {
        md.push_str(&format!("{note}\n"));
    }
    for d in &a.directives {
        let whom = (d.addressee.as_ref())
            .map(|p| format!(" *{}*", p.text))
            .unwrap_or_default();
        let negated = if d.negated {
            format!(" *({NO_ASK})*")
        } else {
            String::new()
        };
        let (who, cue, action) = (who(d), &d.cue.text, &d.action.text);
        md.push_str(&format!("- **{who}** {cue}{whom}: {action}{negated}\n"));
    }
    if !a.directives.is_empty() {
        md.push_str(&format!("\n*By kind: {}.*\n", kind_counts(&a.directives)));
    }
    md
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_has_the_summary_themes_and_directives() {
        let a = crate::analyze("Mayor Ann Lee urged residents to conserve water. The dam is low.");
        let md = super::markdown(&a);
        assert!(md.starts_with("# Summary\n\n- Mayor Ann Lee urged"), "{md}");
        assert!(
            md.contains("- **Ann Lee** urged *residents*: conserve water\n"),
            "{md}"
        );
        assert!(md.ends_with("\n*By kind: 1 reported.*\n"), "{md}");
    }

    #[test]
    fn the_notice_names_every_supported_language() {
        for l in crate::languages() {
            assert!(super::NO_LANGUAGE.contains(l.name), "{}", l.name);
        }
    }

    #[test]
    fn kinds_are_counted_in_order() {
        let a = crate::analyze(
            "Avoid flooded areas. Never drive on flooded roads. Drivers must slow down.",
        );
        assert_eq!(
            super::kind_counts(&a.directives),
            "1 obligation, 2 imperative"
        );
    }
}
