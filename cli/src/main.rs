//! `nutshell`: summary, themes and key directives of a text, on the command line.

mod batch;

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use nutshell::present::{self, NOT_SHOWN, NO_ASK, NO_LANGUAGE};
use nutshell::{Analysis, Analyzer, DirectiveKind, Length, Options};
use serde::Serialize;
use serde_json::value::RawValue;

/// Summary, themes and key directives of an article, computed locally.
///
/// Reads FILE (or standard input when FILE is absent or "-") and prints a readable report,
/// or JSON. Offsets in JSON are UTF-8 byte offsets into the input text.
#[derive(Parser, Debug)]
#[command(name = "nutshell", version, about, long_about = None)]
struct Cli {
    /// The text file to analyse; "-" or nothing reads standard input.
    file: Option<PathBuf>,
    /// Print one JSON object instead of the report.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Batch mode: every input line is {"id": ..., "text": ...}; every output line is the
    /// analysis as JSON with that "id".
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: how many lines are analysed at once (1 to 1024) [default: every core].
    /// The output keeps the input's order whatever the number.
    #[arg(long, value_name = "N", requires = "jsonl", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,
    /// Summary length in sentences [default: 5].
    #[arg(long, value_name = "N", conflicts_with_all = ["ratio", "words"], allow_negative_numbers = true)]
    sentences: Option<usize>,
    /// Summary length as a fraction of the sentences (0 < R <= 1).
    #[arg(
        long,
        value_name = "R",
        conflicts_with = "words",
        allow_negative_numbers = true
    )]
    ratio: Option<f64>,
    /// Summary length as a word budget.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    words: Option<usize>,
    /// How many key phrases to return (0 to 500).
    #[arg(long, value_name = "N", default_value_t = nutshell::DEFAULT_MAX_KEYPHRASES, allow_negative_numbers = true)]
    max_keyphrases: usize,
    /// How many themes to return (0 to 100).
    #[arg(long, value_name = "N", default_value_t = nutshell::DEFAULT_MAX_THEMES, allow_negative_numbers = true)]
    max_themes: usize,
    /// The longest key phrase in words (1 to 4); 1 gives single-word keywords.
    #[arg(long, value_name = "N", default_value_t = nutshell::MAX_PHRASE_WORDS, allow_negative_numbers = true)]
    phrase_words: usize,
    /// The language of the text: auto (identified in each text) or a code: en, ar, da, nl,
    /// fi, fr, de, el, hu, it, no, pt, ro, ru, es, sv, tr, zh, ja.
    #[arg(long, value_name = "CODE", default_value = nutshell::DEFAULT_LANGUAGE)]
    language: String,
    /// Print the result as Markdown (the page's download) instead of the report.
    #[arg(long, conflicts_with_all = ["json", "jsonl"])]
    markdown: bool,
    /// In the report, say under each summary sentence why it was chosen, and under each
    /// directive which cue rule made it and which sieve found its speaker (the JSON always
    /// has them, as "why", "rule" and "speakerRule").
    #[arg(long)]
    explain: bool,
    /// In the report and the Markdown, only the directives of this kind: reported,
    /// operative, obligation, rule, imperative, actionItem or indirect.
    #[arg(long, value_name = "KIND", conflicts_with_all = ["json", "jsonl"])]
    kind: Option<String>,
    /// In the report and the Markdown, only the directives of this speaker, named as the
    /// report names them ("Xi Jinping", "Someone"; case ignored).
    #[arg(long, value_name = "NAME", conflicts_with_all = ["json", "jsonl"])]
    speaker: Option<String>,
    /// List every rule and sieve of the directive finder (id, stage, what it decides, an
    /// example) and exit.
    #[arg(long, conflicts_with_all = ["json", "jsonl"])]
    rules: bool,
}

/// The JSON document: the analysis plus what a script needs to read it.
#[derive(Serialize)]
struct Output<'a> {
    /// The input line's id, exactly as written there (a big integer, `-0`, `1e400` too).
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a RawValue>,
    version: &'static str,
    /// The unit of every start/end.
    offsets: &'static str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// The unit of offsets: bytes of the input, or, when it was not valid UTF-8, of the text as
/// decoded (each invalid sequence replaced by U+FFFD, 3 bytes).
const UTF8: &str = "utf-8 bytes";
const DECODED: &str = "utf-8 bytes of the decoded text (the input was not valid UTF-8: each invalid sequence became U+FFFD)";

/// Writes the analysis as one line of JSON, streamed to `out` (never built as one string:
/// the JSON of a large text is several times its size).
fn output(
    out: &mut impl Write,
    id: Option<&RawValue>,
    analysis: &Analysis,
    lossy: bool,
) -> io::Result<()> {
    let doc = Output {
        id,
        version: env!("CARGO_PKG_VERSION"),
        offsets: if lossy { DECODED } else { UTF8 },
        analysis,
    };
    serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.rules {
        return print_rules();
    }
    let length = match (cli.sentences, cli.ratio, cli.words) {
        (_, Some(r), _) => Length::Ratio(r),
        (_, _, Some(n)) => Length::Words(n),
        (Some(n), _, _) => Length::Sentences(n),
        _ => Length::Sentences(nutshell::DEFAULT_SENTENCES),
    };
    let options = Options::default()
        .with_length(length)
        .with_max_keyphrases(cli.max_keyphrases)
        .with_max_themes(cli.max_themes)
        .with_phrase_words(cli.phrase_words)
        .with_language(&cli.language);
    let analyzer = match Analyzer::new(options) {
        Ok(a) => a,
        Err(e) => {
            let msg = e.message_naming(&format!("--{}", e.option_spelled('-')));
            eprintln!("nutshell: {msg}");
            return ExitCode::from(2);
        }
    };
    let kind = match cli.kind.as_deref().map(parse_kind).transpose() {
        Ok(k) => k,
        Err(msg) => {
            eprintln!("nutshell: {msg}");
            return ExitCode::from(2);
        }
    };
    if cli.jsonl {
        let threads = cli.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        );
        return jsonl(&analyzer, cli.file.as_ref(), threads);
    }
    let input = match read_input(cli.file.as_ref()) {
        Ok(bytes) => bytes,
        Err(msg) => {
            eprintln!("nutshell: {msg}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = {
        let (text, warning) = decode(&input, "input");
        let lossy = warning.is_some();
        if let Some(w) = warning {
            eprintln!("nutshell: {w}");
        }
        let mut analysis = analyzer.analyze(&text);
        let filter = filter(&mut analysis, kind, cli.speaker.as_deref());
        if cli.json {
            output(&mut out, None, &analysis, lossy).map(|_| true)
        } else if cli.markdown {
            write!(out, "{}", present::markdown(&analysis)).map(|_| true)
        } else {
            let chosen = cli.language != nutshell::DEFAULT_LANGUAGE;
            let how = Report {
                explain: cli.explain,
                filter: filter.as_deref(),
                chosen,
            };
            report(&analysis, &how, &mut out).map(|_| true)
        }
    };
    finish(result.and_then(|ok| out.flush().map(|_| ok)))
}

/// `--jsonl`: the lines of FILE or standard input, read as they come.
fn jsonl(analyzer: &Analyzer, file: Option<&PathBuf>, threads: usize) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = match file {
        Some(path) if path.as_os_str() != "-" => match std::fs::File::open(path) {
            Ok(f) => batch::run(analyzer, io::BufReader::new(f), &mut out, threads),
            Err(e) => {
                eprintln!("nutshell: cannot read {}: {e}", path.display());
                return ExitCode::from(1);
            }
        },
        _ => batch::run(analyzer, io::BufReader::new(io::stdin()), &mut out, threads),
    };
    finish(result.and_then(|ok| out.flush().map(|_| ok)))
}

/// The exit status: 0, or 1 when a line could not be read or the output not written (a
/// closed pipe, as in `| head`, is no error).
fn finish(result: io::Result<bool>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nutshell: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// The kind named by `--kind`, or the message that lists the allowed names.
fn parse_kind(name: &str) -> Result<DirectiveKind, String> {
    DirectiveKind::ALL
        .into_iter()
        .find(|k| k.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = DirectiveKind::ALL.iter().map(|k| k.as_str()).collect();
            format!("invalid --kind `{name}`: one of {}", names.join(", "))
        })
}

/// Keeps only the directives of `kind` and `speaker` (case ignored); says what was kept
/// ("kind imperative: 3 of 21"), or `None` without a filter.
fn filter(a: &mut Analysis, kind: Option<DirectiveKind>, speaker: Option<&str>) -> Option<String> {
    if kind.is_none() && speaker.is_none() {
        return None;
    }
    let all = a.directives.len();
    let speaker_lower = speaker.map(str::to_lowercase);
    a.directives.retain(|d| {
        kind.is_none_or(|k| d.kind == k)
            && speaker_lower
                .as_ref()
                .is_none_or(|s| present::who(d).to_lowercase() == *s)
    });
    let mut what = Vec::new();
    if let Some(k) = kind {
        what.push(format!("kind {}", k.as_str()));
    }
    if let Some(s) = speaker {
        what.push(format!("speaker {s}"));
    }
    Some(format!(
        "{}: {} of {all}",
        what.join(", "),
        a.directives.len()
    ))
}

fn read_input(file: Option<&PathBuf>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        }
        _ => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(bytes)
}

/// UTF-8 text; invalid bytes are replaced (U+FFFD), never rejected, and the warning to
/// print says so (offsets then count in the decoded text).
fn decode<'b>(bytes: &'b [u8], what: &str) -> (std::borrow::Cow<'b, str>, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => {
            let warning = format!(
                "warning: {what} is not valid UTF-8; invalid bytes were replaced by U+FFFD (offsets count in the decoded text)"
            );
            (String::from_utf8_lossy(bytes), Some(warning))
        }
    }
}

/// How the report is written.
struct Report<'a> {
    /// Say why each sentence and directive was chosen (`--explain`).
    explain: bool,
    /// What `--kind` and `--speaker` kept, said under the directives' heading.
    filter: Option<&'a str>,
    /// Whether `--language` set the language.
    chosen: bool,
}

/// The readable report: the notices, the summary, then themes and directives (or why they
/// are not shown).
fn report(a: &Analysis, how: &Report, out: &mut impl Write) -> io::Result<()> {
    report_notices(a, how, out)?;
    report_summary(a, how.explain, out)?;
    writeln!(out)?;
    // The notice above says themes and directives are not shown: keep that promise.
    if !present::shows_details(a) {
        writeln!(out, "THEMES AND KEY DIRECTIVES")?;
        return writeln!(out, "  ({NOT_SHOWN})");
    }
    report_themes(a, out)?;
    writeln!(out)?;
    report_directives(a, how, out)
}

/// The language line or the no-language notice, and the note on cut sentences.
fn report_notices(a: &Analysis, how: &Report, out: &mut impl Write) -> io::Result<()> {
    let s = &a.stats;
    if !present::shows_details(a) {
        writeln!(out, "NOTE  {NO_LANGUAGE}")?;
        writeln!(out)?;
    } else if s.language != "en" || how.chosen || how.explain {
        if let Some(line) = present::language_line(a, how.chosen) {
            writeln!(out, "LANGUAGE  {line}")?;
            writeln!(out)?;
        }
    }
    if let Some(note) = present::cut_note(s.cut_sentences) {
        writeln!(out, "NOTE  {note}")?;
        writeln!(out)?;
    }
    Ok(())
}

/// The summary's sentences, each with why it was chosen under `--explain`.
fn report_summary(a: &Analysis, explain: bool, out: &mut impl Write) -> io::Result<()> {
    let s = &a.stats;
    writeln!(
        out,
        "SUMMARY  ({} of {} sentences, {} of {} words)",
        a.summary.len(),
        s.sentences,
        s.summary_words,
        s.words
    )?;
    for sent in &a.summary {
        writeln!(
            out,
            "  [{}] {}",
            sent.index + 1,
            one_line(&present::shown(sent))
        )?;
        if explain {
            writeln!(out, "      why: {}", present::why(sent))?;
        }
    }
    if explain && !a.summary.is_empty() {
        writeln!(out, "  (scorer: {})", s.scorer)?;
    }
    Ok(())
}

/// Each theme: its label, how many sentences carry it, its other phrases.
fn report_themes(a: &Analysis, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "THEMES")?;
    if a.themes.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for t in &a.themes {
        let others: Vec<&str> = t
            .phrases
            .iter()
            .filter(|p| **p != t.label)
            .map(String::as_str)
            .collect();
        let unit = present::sentences(t.count);
        if others.is_empty() {
            writeln!(out, "  {}  ({} {unit})", one_line(&t.label), t.count)?;
        } else {
            writeln!(
                out,
                "  {}  ({} {unit}): {}",
                one_line(&t.label),
                t.count,
                one_line(&others.join(", "))
            )?;
        }
    }
    Ok(())
}

/// The directives' heading (counts by kind, the filter, a note), then each directive with
/// its clauses, and the rules that found it under `--explain`.
fn report_directives(a: &Analysis, how: &Report, out: &mut impl Write) -> io::Result<()> {
    let (explain, filter) = (how.explain, how.filter);
    match a.directives.len() {
        0 => writeln!(out, "KEY DIRECTIVES  (0)")?,
        n => writeln!(
            out,
            "KEY DIRECTIVES  ({n}: {})",
            present::kind_counts(&a.directives)
        )?,
    }
    if let Some(f) = filter {
        writeln!(out, "  (only {f})")?;
    }
    if let Some(note) = present::directives_note(a) {
        writeln!(out, "  ({note})")?;
    } else if let Some(note) = present::partial_note(a) {
        writeln!(out, "  ({note})")?;
        if a.directives.is_empty() {
            writeln!(out, "  (none)")?;
        }
    } else if a.directives.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for (n, d) in a.directives.iter().enumerate() {
        let who = one_line(present::who(d));
        let whom = d
            .addressee
            .as_ref()
            .map(|p| format!(" [{}]", one_line(&p.text)))
            .unwrap_or_default();
        let kind = match d.kind {
            _ if d.negated => format!(" ({NO_ASK})"),
            DirectiveKind::Reported => String::new(),
            k => format!(" ({})", present::kind_label(k)),
        };
        writeln!(
            out,
            "  {:>2}. {} — {}{}: {}{}",
            n + 1,
            who,
            one_line(&d.cue.text),
            whom,
            one_line(&d.action.text),
            kind
        )?;
        if explain {
            let sieve = d.speaker_rule.as_deref().unwrap_or("none (no speaker)");
            writeln!(out, "      why: rule {}; speaker by {sieve}", d.rule)?;
        }
        for c in &d.also {
            writeln!(
                out,
                "      also {}: {}{}",
                one_line(&c.cue.text),
                one_line(&c.action.text),
                if c.negated {
                    format!(" ({NO_ASK})")
                } else {
                    String::new()
                }
            )?;
            if explain {
                writeln!(out, "        why: rule {}", c.rule)?;
            }
        }
    }
    Ok(())
}

/// `--rules`: every rule and sieve, in the order they are tried.
fn print_rules() -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut stage = "";
    for r in nutshell::directive_rules() {
        if r.stage != stage {
            stage = r.stage;
            let _ = writeln!(out, "{}", stage.to_uppercase());
        }
        let _ = writeln!(out, "  {:<24} {}", r.id, r.what);
        let _ = writeln!(out, "  {:<24} e.g. {}", "", r.example);
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nutshell: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Text for the terminal: on one line, and with control characters escaped ("\u{1b}"), so
/// a text can never move the cursor, clear the screen or retitle the window.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_control() {
                out.extend(c.escape_unicode());
            } else {
                out.push(c);
            }
        }
    }
    out
}
