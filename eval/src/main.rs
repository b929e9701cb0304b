//! `nutshell-eval`: measures Nutshell on JSONL data (formats of shared/data/README.md).
//! Each task prints a table and one machine-readable JSON line.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use nutshell::{Analyzer, Length, Options, SentenceKind};
use std::collections::BTreeMap;

use nutshell_eval::directives::{is_directive_cue, is_pronoun, CharIndex};
use nutshell_eval::rouge::{rouge, rouge_chars, truncate_words, Score};
use nutshell_eval::{keyphrases, mean, Stemmer};
use serde_json::{json, Value};

/// Prints a line; a closed pipe (`| head`) ends the output quietly instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

#[derive(Parser)]
#[command(
    name = "nutshell-eval",
    version,
    about = "Measure Nutshell on data written by others"
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

/// Which documents of a file to use: all, alternate halves (tune on one, check on the
/// other), or the split by a hash of the id (`fit`, about 70 %, and `check`, about 30 %:
/// `nutshell_eval::is_check`).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Part {
    All,
    Even,
    Odd,
    Fit,
    Check,
}

#[derive(Subcommand)]
enum Task {
    /// ROUGE-1/2/Lsum F1 of Nutshell and LEAD-k: {"id", "text", "summary"} per line.
    Summaries {
        file: PathBuf,
        /// Summaries of N sentences (Nutshell and LEAD-N).
        #[arg(long, conflicts_with_all = ["words", "reference_sentences"])]
        sentences: Option<usize>,
        /// Summaries cut to N words (Nutshell and LEAD).
        #[arg(long, conflicts_with = "reference_sentences")]
        words: Option<usize>,
        /// As many sentences as the reference has.
        #[arg(long)]
        reference_sentences: bool,
        /// Remove the text's first line (a title) before summarising.
        #[arg(long)]
        drop_title: bool,
        /// Character ROUGE (every Han, kana or Hangul character a token; other letters and
        /// digits by runs; no stemming), as Chinese summaries are scored (LCSTS).
        #[arg(long)]
        chars: bool,
        /// Use every K-th document only.
        #[arg(long, default_value_t = 1)]
        every: usize,
        #[arg(long, value_enum, default_value_t = Part::All)]
        part: Part,
        /// Only documents whose "style" field is this (news_dev: cnndm_highlights,
        /// xsum_single, writer_multi_sentence).
        #[arg(long)]
        style: Option<String>,
        /// Write every document's reference and summaries (one sentence a line) and scores to
        /// this JSONL file, e.g. to re-score them with Python's rouge-score.
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// Fits the sentence scorer on the `fit` part of a summaries file ({"id", "text",
    /// "summary"} per line) and prints its weights; `--write src/score/model.rs` writes them.
    Train {
        file: PathBuf,
        /// Write the model source to this file.
        #[arg(long)]
        write: Option<PathBuf>,
        /// Only documents whose "style" field is this.
        #[arg(long)]
        style: Option<String>,
        /// Chinese: label with character ROUGE, fit one weight set for one-sentence
        /// summaries (`ZH_ONE`) and score it on both parts against LEAD-1.
        #[arg(long)]
        chars: bool,
    },
    /// P/R/F1 at 5 and 10 of the ranked key phrases: {"id", "text", "keyphrases"} per line.
    Keyphrases {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Part::All)]
        part: Part,
        /// Write every document's gold and predicted phrases and its scores to this JSONL file.
        #[arg(long)]
        dump: Option<PathBuf>,
        /// The longest key phrase in words (1 to 4), as Nutshell's `--phrase-words`.
        #[arg(long, default_value_t = nutshell::MAX_PHRASE_WORDS)]
        phrase_words: usize,
    },
    /// Recall, speaker agreement and precision of directives on PolNeAR articles.
    Directives {
        file: PathBuf,
        /// The gold directive attributions ({"id": "<article id>#<attribution index>"} per
        /// line); default: polnear_directive_cues_train.jsonl beside FILE when present, else
        /// the directive-verb filter of this harness.
        #[arg(long)]
        gold_cues: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Part::All)]
        part: Part,
        /// Write every reported directive (with whether its sentence holds an attribution),
        /// every missed gold directive and every found one whose speaker is wrong to this
        /// JSONL file, for reading errors.
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// Language identification (`stats.language`): per file, how many texts get their
    /// language and what the others get. Each argument is PATH or CODE=PATH; the expected
    /// language is CODE, else each document's "lang", else "en" ("und" expects none of the
    /// supported languages). A .jsonl file holds {"text"} per line (a text may be a list of
    /// strings); a .txt file one sentence a line (as lingua's testdata/sentences.txt),
    /// joined into texts of at least --min-chars characters.
    Language {
        files: Vec<String>,
        /// Texts of a .txt file are at least this many characters; .jsonl texts shorter than
        /// this are left out.
        #[arg(long, default_value_t = 200)]
        min_chars: usize,
        /// Which texts: `fit` and `check` split them by a hash of the text (as `is_check`
        /// splits documents by id), `even` and `odd` by position.
        #[arg(long, value_enum, default_value_t = Part::All)]
        part: Part,
    },
}

fn read_jsonl(path: &Path) -> Result<Vec<Value>, String> {
    let f =
        std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line)
                .map_err(|e| format!("{} line {}: {e}", path.display(), n + 1))?,
        );
    }
    Ok(out)
}

fn select(docs: Vec<Value>, every: usize, part: Part) -> Vec<Value> {
    docs.into_iter()
        .enumerate()
        .filter(|(i, _)| i % every.max(1) == 0)
        .map(|(_, d)| d)
        .enumerate()
        .filter(|(i, d)| match part {
            Part::All => true,
            Part::Even => i % 2 == 0,
            Part::Odd => i % 2 == 1,
            Part::Fit => !nutshell_eval::is_check(&doc_id(d)),
            Part::Check => nutshell_eval::is_check(&doc_id(d)),
        })
        .map(|(_, d)| d)
        .collect()
}

/// A document's id as text (a string as written, anything else as JSON).
fn doc_id(d: &Value) -> String {
    match &d["id"] {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = Instant::now();
    let result = match cli.task {
        Task::Summaries {
            file,
            sentences,
            words,
            reference_sentences,
            drop_title,
            chars,
            every,
            part,
            style,
            dump,
        } => read_jsonl(&file).and_then(|mut d| {
            if let Some(style) = &style {
                d.retain(|doc| doc["style"].as_str() == Some(style.as_str()));
            }
            let how = SummaryRule {
                sentences,
                words,
                reference_sentences,
                drop_title,
                chars,
            };
            summaries(&file, select(d, every, part), &how, dump.as_deref())
        }),
        Task::Train {
            file,
            write,
            style,
            chars,
        } => read_jsonl(&file).and_then(|mut d| {
            if let Some(style) = &style {
                d.retain(|doc| doc["style"].as_str() == Some(style.as_str()));
            }
            if chars {
                train_chars_task(&file, d, write)
            } else {
                train_task(&file, select(d, 1, Part::Fit), write)
            }
        }),
        Task::Keyphrases {
            file,
            part,
            dump,
            phrase_words,
        } => read_jsonl(&file)
            .and_then(|d| keyphrase_task(&file, select(d, 1, part), dump.as_deref(), phrase_words)),
        Task::Directives {
            file,
            gold_cues,
            part,
            dump,
        } => {
            let gold = gold_cues.or_else(|| {
                let sibling = file.with_file_name("polnear_directive_cues_train.jsonl");
                sibling.exists().then_some(sibling)
            });
            let listed = match &gold {
                Some(path) => read_jsonl(path).map(|lines| {
                    Some(
                        lines
                            .iter()
                            .filter_map(|l| l["id"].as_str().map(str::to_string))
                            .collect::<std::collections::HashSet<String>>(),
                    )
                }),
                None => Ok(None),
            };
            listed.and_then(|listed| {
                read_jsonl(&file).and_then(|d| {
                    directive_task(
                        &file,
                        select(d, 1, part),
                        listed.as_ref(),
                        gold.as_deref(),
                        dump.as_deref(),
                    )
                })
            })
        }
        Task::Language {
            files,
            min_chars,
            part,
        } => language_task(&files, min_chars, part),
    };
    match result {
        Ok(mut line) => {
            line["seconds"] = json!((started.elapsed().as_secs_f64() * 100.0).round() / 100.0);
            out!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("nutshell-eval: {e}");
            ExitCode::from(1)
        }
    }
}

/// The texts of one file of the language task, each with its expected language.
fn language_texts(arg: &str, min_chars: usize) -> Result<(String, Vec<(String, String)>), String> {
    let (code, path) = match arg.split_once('=') {
        Some((c, p)) if c.len() <= 3 && !c.contains('/') => (Some(c.to_string()), p),
        _ => (None, arg),
    };
    let path = Path::new(path);
    let name = path
        .parent()
        .and_then(|p| p.parent())
        .filter(|_| path.extension().is_some_and(|e| e == "txt"))
        .and_then(|p| p.file_name())
        .or(path.file_name())
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let mut texts = Vec::new();
    if path.extension().is_some_and(|e| e == "txt") {
        let all = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let expected = code.clone().unwrap_or_else(|| "en".to_string());
        let mut text = String::new();
        for line in all.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line);
            if text.chars().count() >= min_chars {
                texts.push((expected.clone(), std::mem::take(&mut text)));
            }
        }
    } else {
        for doc in read_jsonl(path)? {
            let text = match &doc["text"] {
                Value::String(s) => s.clone(),
                Value::Array(parts) => (parts.iter())
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => continue,
            };
            if text.chars().count() < min_chars {
                continue;
            }
            let expected = code
                .clone()
                .or_else(|| doc["lang"].as_str().map(str::to_string))
                .unwrap_or_else(|| "en".to_string());
            texts.push((expected, text));
        }
    }
    Ok((name, texts))
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::All => "all",
        Part::Even => "even",
        Part::Odd => "odd",
        Part::Fit => "fit",
        Part::Check => "check",
    }
}

/// Per file: texts, how many get their expected language, and what the others get.
fn language_task(files: &[String], min_chars: usize, part: Part) -> Result<Value, String> {
    let mut rows = Vec::new();
    out!("language identification: texts of {min_chars} characters or more");
    out!(
        "  {:<44} {:>4} {:>6} {:>8}  {}",
        "file",
        "lang",
        "texts",
        "correct",
        "confused with"
    );
    let (mut all, mut right) = (0usize, 0usize);
    for arg in files {
        let (name, mut texts) = language_texts(arg, min_chars)?;
        let mut position = 0;
        texts.retain(|(_, text)| {
            position += 1;
            match part {
                Part::All => true,
                Part::Even => position % 2 == 1,
                Part::Odd => position % 2 == 0,
                Part::Fit => !nutshell_eval::is_check(text),
                Part::Check => nutshell_eval::is_check(text),
            }
        });
        let mut wrong: std::collections::BTreeMap<String, usize> = Default::default();
        let mut correct = 0;
        let mut expected_code = String::new();
        for (expected, text) in &texts {
            let got = nutshell::identify_language(text);
            let got = got.0.unwrap_or(nutshell::UNDETERMINED);
            if got == expected {
                correct += 1;
            } else {
                *wrong.entry(got.to_string()).or_default() += 1;
                if std::env::var_os("SHOW_ERRORS").is_some() {
                    let head: String = text.chars().take(160).collect();
                    eprintln!("    {expected} -> {got}: {head}");
                }
            }
            expected_code.clone_from(expected);
        }
        all += texts.len();
        right += correct;
        let share = correct as f64 / texts.len().max(1) as f64;
        let confused: Vec<String> = wrong.iter().map(|(k, v)| format!("{k} {v}")).collect();
        out!(
            "  {:<44} {:>4} {:>6} {:>8.4}  {}",
            name,
            expected_code,
            texts.len(),
            share,
            confused.join(", ")
        );
        rows.push(json!({"file": name, "lang": expected_code, "texts": texts.len(),
            "correct": correct, "accuracy": (share * 10000.0).round() / 10000.0, "confused": wrong}));
    }
    let share = right as f64 / all.max(1) as f64;
    out!("  all: {right} of {all} ({share:.4})");
    Ok(
        json!({"task": "language", "min_chars": min_chars, "part": part_name(part), "texts": all, "correct": right, "files": rows}),
    )
}

/// The sentences of a text by Nutshell's segmenter, one per line.
fn sentence_lines(analyzer: &Analyzer, text: &str) -> Vec<String> {
    analyzer
        .analyze(text)
        .sentences
        .into_iter()
        .map(|s| s.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn pct(x: f64) -> f64 {
    (x * 10_000.0).round() / 100.0
}

/// How `summaries` cuts and scores: the length rule, the title, the ROUGE unit.
#[derive(Clone, Copy)]
struct SummaryRule {
    sentences: Option<usize>,
    words: Option<usize>,
    reference_sentences: bool,
    drop_title: bool,
    /// Character ROUGE ([`rouge_chars`]).
    chars: bool,
}

fn summaries(
    file: &Path,
    docs: Vec<Value>,
    how: &SummaryRule,
    dump: Option<&Path>,
) -> Result<Value, String> {
    let SummaryRule {
        sentences,
        words,
        reference_sentences,
        drop_title,
        chars,
    } = *how;
    let mut dumped = String::new();
    let plain = Analyzer::default();
    let mut stemmer = Stemmer::default();
    let mut ours: Vec<[Score; 3]> = Vec::new();
    let mut lead: Vec<[Score; 3]> = Vec::new();
    for doc in &docs {
        let mut text = doc["text"].as_str().unwrap_or("").to_string();
        if drop_title {
            text = text
                .split_once('\n')
                .map_or(String::new(), |(_, rest)| rest.to_string());
        }
        let references: Vec<String> = match &doc["summary"] {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => continue,
        };
        let ref_lines: Vec<String> = references
            .iter()
            .map(|r| sentence_lines(&plain, r).join("\n"))
            .collect();
        let k = if reference_sentences {
            sentence_lines(&plain, &references[0]).len().max(1)
        } else {
            sentences.unwrap_or(3)
        };
        let length = match words {
            Some(w) => Length::Words(w),
            None => Length::Sentences(k),
        };
        let analyzer = Analyzer::new(
            Options::default()
                .with_length(length)
                .with_max_themes(0)
                .with_max_keyphrases(0),
        )
        .expect("valid length");
        let a = analyzer.analyze(&text);
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut pred = a
            .summary
            .iter()
            .map(|s| clean(&s.text))
            .collect::<Vec<_>>()
            .join("\n");
        let body: Vec<&nutshell::Sentence> = a
            .sentences
            .iter()
            .filter(|s| s.kind != SentenceKind::Heading)
            .collect();
        let mut lead_text = match words {
            Some(w) => {
                let mut out = Vec::new();
                let mut n = 0;
                for s in &body {
                    if n >= w {
                        break;
                    }
                    n += s.words;
                    out.push(clean(&s.text));
                }
                out.join("\n")
            }
            None => body
                .iter()
                .take(k)
                .map(|s| clean(&s.text))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        if let Some(w) = words {
            pred = truncate_words(&pred, w);
            lead_text = truncate_words(&lead_text, w);
        }
        let best = |p: &str, st: &mut Stemmer| -> [Score; 3] {
            let mut best = [Score::default(); 3];
            for r in &ref_lines {
                let s = if chars {
                    rouge_chars(r, p)
                } else {
                    rouge(r, p, st)
                };
                for i in 0..3 {
                    if s[i].f1 > best[i].f1 {
                        best[i] = s[i];
                    }
                }
            }
            best
        };
        ours.push(best(&pred, &mut stemmer));
        lead.push(best(&lead_text, &mut stemmer));
        if dump.is_some() {
            let f = |s: &[Score; 3]| json!([s[0].f1, s[1].f1, s[2].f1]);
            let line = json!({
                "id": doc["id"], "references": ref_lines, "nutshell": pred, "lead": lead_text,
                "scores": {"nutshell": f(ours.last().unwrap()), "lead": f(lead.last().unwrap())},
            });
            dumped.push_str(&line.to_string());
            dumped.push('\n');
        }
    }
    let avg =
        |v: &[[Score; 3]], i: usize| pct(mean(&v.iter().map(|s| s[i].f1).collect::<Vec<_>>()));
    let rule = match (words, reference_sentences) {
        (Some(w), _) => format!("{w} words"),
        (None, true) => "reference length".to_string(),
        _ => format!("{} sentences", sentences.unwrap_or(3)),
    };
    out!(
        "summaries: {} ({} documents, {rule})",
        file.display(),
        docs.len()
    );
    out!("{:<10} {:>8} {:>8} {:>8}", "system", "R-1", "R-2", "R-Lsum");
    for (name, v) in [("nutshell", &ours), ("lead", &lead)] {
        out!(
            "{:<10} {:>8.2} {:>8.2} {:>8.2}",
            name,
            avg(v, 0),
            avg(v, 1),
            avg(v, 2)
        );
    }
    if let Some(path) = dump {
        std::fs::write(path, dumped)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(json!({
        "task": "summaries", "file": file.display().to_string(), "documents": docs.len(), "rule": rule,
        "nutshell": {"rouge1": avg(&ours, 0), "rouge2": avg(&ours, 1), "rougeLsum": avg(&ours, 2)},
        "lead": {"rouge1": avg(&lead, 0), "rouge2": avg(&lead, 1), "rougeLsum": avg(&lead, 2)},
    }))
}

/// The text of a document's first reference summary.
fn reference(doc: &Value) -> Option<String> {
    match &doc["summary"] {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.first().and_then(|v| v.as_str()).map(str::to_string),
        _ => None,
    }
}

/// A text's candidate sentences (the features' rows) and their character ROUGE-1 and
/// ROUGE-2 F1 against the reference.
struct Scored {
    rows: Vec<Vec<f64>>,
    rouge: Vec<(f64, f64)>,
}

fn scored(analyzer: &Analyzer, text: &str, reference: &str) -> Scored {
    let f = analyzer.sentence_features(text);
    let keep: Vec<usize> = (0..f.rows.len()).filter(|&i| f.candidates[i]).collect();
    Scored {
        rows: keep.iter().map(|&i| f.rows[i].clone()).collect(),
        rouge: keep
            .iter()
            .map(|&i| {
                let [r1, r2, _] = nutshell_eval::rouge::rouge_chars(reference, &f.texts[i]);
                (r1.f1, r2.f1)
            })
            .collect(),
    }
}

/// Mean ROUGE-1 / ROUGE-2 (percent) of the best-scored candidate under `weights` (the
/// earlier one on a tie, as the summary breaks them) and of the first one (LEAD-1).
fn one_sentence_rouge(docs: &[&Scored], weights: &[f64]) -> [(f64, f64); 2] {
    let (mut ours, mut lead) = ((0.0, 0.0), (0.0, 0.0));
    for d in docs {
        let Some(&first) = d.rouge.first() else {
            continue;
        };
        let logit = |r: &Vec<f64>| -> f64 { r.iter().zip(weights).map(|(x, w)| x * w).sum() };
        let mut best = 0;
        for i in 1..d.rows.len() {
            if logit(&d.rows[i]) > logit(&d.rows[best]) {
                best = i;
            }
        }
        ours = (ours.0 + d.rouge[best].0, ours.1 + d.rouge[best].1);
        lead = (lead.0 + first.0, lead.1 + first.1);
    }
    let n = docs.len().max(1) as f64 / 100.0;
    [(ours.0 / n, ours.1 / n), (lead.0 / n, lead.1 / n)]
}

/// The feature sets `train --chars` chooses from: the lead alone, then the lead with what a
/// sentence shares with the rest of the post, then every feature.
const CHINESE_CANDIDATES: [&str; 8] = [
    "first",
    "first rest",
    "first rest central",
    "first rest frequency",
    "first rest frequency pairs",
    "first rest central frequency pairs",
    "first central frequency pairs",
    "all",
];

/// `train --chars`: one weight set for one-sentence summaries of Chinese (`ZH_ONE`), its
/// oracle labels by character ROUGE. The feature set is the one of [`CHINESE_CANDIDATES`]
/// that does best over LEAD-1 in a two-fold cross-validation inside the fit part (even and
/// odd documents); it is then fitted on the whole fit part and scored on both parts.
fn train_chars_task(
    file: &Path,
    docs: Vec<Value>,
    write: Option<PathBuf>,
) -> Result<Value, String> {
    use nutshell_eval::train;
    let plain = Analyzer::default();
    let (mut fit, mut check, mut examples) = (Vec::new(), Vec::new(), Vec::new());
    for doc in &docs {
        let (Some(text), Some(reference)) = (doc["text"].as_str(), reference(doc)) else {
            continue;
        };
        let s = scored(&plain, text, &reference);
        if nutshell_eval::is_check(&doc_id(doc)) {
            check.push(s);
        } else {
            let tokens = &mut nutshell_eval::rouge::tokenize_chars;
            examples.push(train::example_by(&plain, text, &reference, 1, tokens));
            fit.push(s);
        }
    }
    let names = nutshell::feature_names();
    let used_of = |set: &str| -> Vec<bool> {
        (names.iter())
            .map(|n| set == "all" || set.split(' ').any(|x| x == *n))
            .collect()
    };
    // Two folds of the fit part: fit on one, score on the other, both ways.
    let fold = |v: &[Scored], even: bool| -> Vec<usize> {
        (0..v.len()).filter(|i| (i % 2 == 0) == even).collect()
    };
    out!(
        "train --chars: {} (fit part {} documents, check part {})",
        file.display(),
        fit.len(),
        check.len()
    );
    out!("{:<36} {:>12}", "features", "CV vs LEAD-1");
    let mut best: Option<(&str, f64)> = None;
    for set in CHINESE_CANDIDATES {
        let used = used_of(set);
        let mut gain = 0.0;
        for even in [true, false] {
            let train_on: Vec<train::Example> = fold(&fit, even)
                .into_iter()
                .map(|i| examples[i].clone())
                .collect();
            let test: Vec<&Scored> = fold(&fit, !even).into_iter().map(|i| &fit[i]).collect();
            let f = train::fit(&train_on, &used, true);
            let [ours, lead] = one_sentence_rouge(&test, &f.weights);
            gain += (ours.0 - lead.0) / 2.0;
        }
        out!("{set:<36} {gain:>+12.2}");
        if best.is_none_or(|(_, g)| gain > g + 1e-9) {
            best = Some((set, gain));
        }
    }
    let (set, _) = best.unwrap_or(("first", 0.0));
    let one = train::fit(&examples, &used_of(set), true);
    let mut parts = serde_json::Map::new();
    for (part, docs) in [("fit", &fit), ("check", &check)] {
        let docs: Vec<&Scored> = docs.iter().collect();
        let [ours, lead] = one_sentence_rouge(&docs, &one.weights);
        let [before, _] = one_sentence_rouge(&docs, nutshell::one_sentence_weights());
        out!(
            "{part:<6} {:>5} documents, character ROUGE-1 / ROUGE-2: ZH_ONE ({set}) {:.2} / {:.2}, \
             LEAD-1 {:.2} / {:.2}, ONE (English news) {:.2} / {:.2}",
            docs.len(), ours.0, ours.1, lead.0, lead.1, before.0, before.1
        );
        parts.insert(
            part.into(),
            serde_json::json!({"zh_one": ours.0, "lead": lead.0, "one": before.0}),
        );
    }
    if let Some(path) = &write {
        let name = file
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let provenance = format!(
            "Command: `nutshell-eval train ../shared/data/multilingual/{name} --chars --write src/score/model_zh.rs`\n\
             Data: {name}, the `fit` part (`nutshell_eval::is_check`): {} posts, their human\n\
             one-line summaries as references; labels: each post's best sentence by character\n\
             ROUGE-1 + ROUGE-2 (every Han character a token).\n\
             Features: {set}; chosen by two-fold cross-validation inside the fit part among\n\
             `CHINESE_CANDIDATES` (eval/src/main.rs).",
            examples.len()
        );
        write_model(path, &train::zh_model_source(&names, &one, &provenance))?;
    }
    parts.insert("features".into(), set.into());
    Ok(Value::Object(parts))
}

/// Writes a model file in rustfmt's layout (it is in the repository: `cargo fmt --check`
/// passes).
fn write_model(path: &Path, source: &str) -> Result<(), String> {
    std::fs::write(path, source).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let formatted = std::process::Command::new("rustfmt")
        .args(["--edition", "2021"])
        .arg(path)
        .status();
    if !formatted.is_ok_and(|s| s.success()) {
        eprintln!("nutshell-eval: rustfmt did not run; run `cargo fmt` before committing");
    }
    Ok(())
}

/// Features that only the Chinese weights use.
const CHINESE_ONLY: [&str; 1] = ["rest"];

fn train_task(file: &Path, docs: Vec<Value>, write: Option<PathBuf>) -> Result<Value, String> {
    use nutshell_eval::train;
    let plain = Analyzer::default();
    let mut stemmer = Stemmer::default();
    // (k of the reference, the example): k is the reference's sentences, at most 3.
    let mut examples = Vec::new();
    for doc in &docs {
        let (Some(text), Some(reference)) = (doc["text"].as_str(), reference(doc)) else {
            continue;
        };
        let k = sentence_lines(&plain, &reference).len().clamp(1, 3);
        examples.push((k, train::example(&plain, text, &reference, k, &mut stemmer)));
    }
    let names = nutshell::feature_names();
    // `rest` is learned for Chinese only (`train --chars`): the English sets were fitted
    // before it and are kept as they were.
    let all: Vec<bool> = names.iter().map(|n| !CHINESE_ONLY.contains(n)).collect();
    let position = [
        "lead",
        "first",
        "top-three",
        "second",
        "third",
        "relative",
        "paragraph-start",
    ];
    let content: Vec<bool> = (names.iter().zip(&all))
        .map(|(n, &used)| used && !position.contains(n))
        .collect();
    let (several, single): (Vec<_>, Vec<_>) = examples.into_iter().partition(|(k, _)| *k > 1);
    let several: Vec<train::Example> = several.into_iter().map(|(_, e)| e).collect();
    let single: Vec<train::Example> = single.into_iter().map(|(_, e)| e).collect();
    let news = train::fit(&several, &all, false);
    let one = train::fit(&single, &all, true);
    let both: Vec<&train::Example> = several.iter().chain(&single).collect();
    let other = train::fit_refs(&both, &content, true);
    out!(
        "train: {} (fit part: {} documents with a reference of several sentences, {} of one)",
        file.display(),
        several.len(),
        single.len()
    );
    out!(
        "{:<16} {:>8} {:>8} {:>8} {:>8}",
        "feature",
        "news",
        "one",
        "coverage",
        "mean"
    );
    for (k, n) in names.iter().enumerate() {
        out!(
            "{:<16} {:>8.4} {:>8.4} {:>8.4} {:>8.4}",
            n,
            news.weights[k],
            one.weights[k],
            other.weights[k],
            news.means[k]
        );
    }
    let name = file
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    if let Some(path) = &write {
        let provenance = format!(
            "Command: `nutshell-eval train ../shared/data/summaries/{name} --write src/score/model.rs`\n\
             Data: {name}, the `fit` part (documents whose id does not hash to the `check` part,\n\
             `nutshell_eval::is_check`): {} documents, their human summaries as references;\n\
             labels: each document's greedy ROUGE-1 + ROUGE-2 oracle of up to 3 sentences.",
            several.len() + single.len()
        );
        write_model(
            path,
            &train::model_source(&names, &news, &one, &other, &provenance),
        )?;
    }
    Ok(json!({
        "task": "train", "file": file.display().to_string(), "documents": several.len() + single.len(),
        "one": {"weights": one.weights, "loss": one.loss, "pairs": one.pairs},
        "news": {"weights": news.weights, "loss": news.loss, "pairs": news.pairs},
        "coverage": {"weights": other.weights, "loss": other.loss, "pairs": other.pairs},
    }))
}

fn keyphrase_task(
    file: &Path,
    docs: Vec<Value>,
    dump: Option<&Path>,
    phrase_words: usize,
) -> Result<Value, String> {
    let mut dumped = String::new();
    let analyzer = Analyzer::new(
        Options::default()
            .with_max_keyphrases(30)
            .with_max_themes(0)
            .with_phrase_words(phrase_words),
    )
    .map_err(|e| e.to_string())?;
    let mut stemmer = Stemmer::default();
    let mut at = [
        (Vec::new(), Vec::new(), Vec::new()),
        (Vec::new(), Vec::new(), Vec::new()),
    ];
    for doc in &docs {
        let text = doc["text"].as_str().unwrap_or("");
        let gold: Vec<String> = doc["keyphrases"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let pred: Vec<String> = analyzer
            .analyze(text)
            .keyphrases
            .into_iter()
            .map(|k| k.text)
            .collect();
        for (slot, k) in at.iter_mut().zip([5, 10]) {
            let (p, r, f) = keyphrases::at_k(&gold, &pred, k, &mut stemmer);
            slot.0.push(p);
            slot.1.push(r);
            slot.2.push(f);
        }
        if dump.is_some() {
            let line = json!({
                "id": doc["id"], "gold": gold, "predicted": pred,
                "f1": [at[0].2.last(), at[1].2.last()],
            });
            dumped.push_str(&line.to_string());
            dumped.push('\n');
        }
    }
    if let Some(path) = dump {
        std::fs::write(path, dumped)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let m = |v: &Vec<f64>| (mean(v) * 1000.0).round() / 1000.0;
    out!(
        "keyphrases: {} ({} documents, phrases of at most {phrase_words} words)",
        file.display(),
        docs.len()
    );
    out!("{:<4} {:>7} {:>7} {:>7}", "k", "P", "R", "F1");
    for (slot, k) in at.iter().zip([5, 10]) {
        out!(
            "{:<4} {:>7.3} {:>7.3} {:>7.3}",
            k,
            m(&slot.0),
            m(&slot.1),
            m(&slot.2)
        );
    }
    Ok(json!({
        "task": "keyphrases", "file": file.display().to_string(), "documents": docs.len(), "phrase_words": phrase_words,
        "at5": {"p": m(&at[0].0), "r": m(&at[0].1), "f1": m(&at[0].2)},
        "at10": {"p": m(&at[1].0), "r": m(&at[1].1), "f1": m(&at[1].2)},
    }))
}

/// A reported directive in chars: sentence start and end, speaker mention span, cue start.
type Reported = (usize, usize, Option<(usize, usize)>, usize);

/// (start char, end char) of the first segment of a span object.
fn span(v: &Value) -> Option<(usize, usize)> {
    let seg = v["segments"].as_array()?.first()?.as_array()?;
    Some((
        seg.first()?.as_u64()? as usize,
        seg.get(1)?.as_u64()? as usize,
    ))
}

/// What one cue rule did on the gold data.
#[derive(Default)]
struct RuleCounts {
    /// Directives it made; of those, with a gold attribution cue in the sentence, and with
    /// a gold directive-verb cue.
    reported: usize,
    right: usize,
    strict: usize,
    /// Gold directives found by one of its directives.
    found: usize,
}

fn directive_task(
    file: &Path,
    docs: Vec<Value>,
    listed: Option<&std::collections::HashSet<String>>,
    gold_file: Option<&Path>,
    dump: Option<&Path>,
) -> Result<Value, String> {
    let mut dumped = String::new();
    let analyzer = Analyzer::new(Options::default().with_max_keyphrases(0).with_max_themes(0))
        .expect("valid options");
    let (mut gold_total, mut found) = (0usize, 0usize);
    let (mut speaker_named, mut speaker_named_ok) = (0usize, 0usize);
    let (mut speaker_pronoun, mut speaker_pronoun_ok) = (0usize, 0usize);
    let (mut reported, mut right, mut right_strict) = (0usize, 0usize, 0usize);
    let mut right_part = 0usize;
    // By the rule that made each directive and the sieve that found its speaker.
    let mut rules: BTreeMap<String, RuleCounts> = BTreeMap::new();
    // The same counts by kind: PolNeAR labels attributions, so imperatives, rules and
    // indirect requests (true or not) rarely have a gold cue in their sentence.
    let mut kinds: BTreeMap<String, RuleCounts> = BTreeMap::new();
    let mut sieves: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for doc in &docs {
        let text = doc["text"].as_str().unwrap_or("");
        let idx = CharIndex::new(text);
        let a = analyzer.analyze(text);
        let ours: Vec<Reported> = a
            .directives
            .iter()
            .map(|d| {
                (
                    idx.char_of(d.start),
                    idx.char_of(d.end),
                    d.speaker
                        .as_ref()
                        .map(|s| (idx.char_of(s.start), idx.char_of(s.end))),
                    idx.char_of(d.cue.start),
                )
            })
            .collect();
        let attributions = doc["attributions"].as_array().cloned().unwrap_or_default();
        let mut cues: Vec<(usize, bool)> = Vec::new();
        // Every segment of every attribution (source, cue, content), for the "any part" figure.
        let parts: Vec<(usize, usize)> = attributions
            .iter()
            .flat_map(|at| ["source", "cue", "content"].map(|p| at[p].clone()))
            .filter_map(|p| p["segments"].as_array().cloned())
            .flatten()
            .filter_map(|seg| {
                Some((
                    seg.get(0)?.as_u64()? as usize,
                    seg.get(1)?.as_u64()? as usize,
                ))
            })
            .collect();
        let doc_id = doc["id"].as_str().unwrap_or("");
        for (k, at) in attributions.iter().enumerate() {
            let Some((cs, _)) = span(&at["cue"]) else {
                continue;
            };
            let cue = at["cue"]["text"].as_str().unwrap_or("");
            let content = at["content"]["text"].as_str().unwrap_or("");
            let directive = match listed {
                Some(ids) => ids.contains(&format!("{doc_id}#{k}")),
                None => is_directive_cue(cue, content),
            };
            cues.push((cs, directive));
            if !directive {
                continue;
            }
            gold_total += 1;
            // Of the sentence's directives (one per speaker), the one whose cue is nearest.
            let Some((di, d)) = ours
                .iter()
                .enumerate()
                .filter(|(_, d)| d.0 <= cs && cs < d.1)
                .min_by_key(|(_, d)| d.3.abs_diff(cs))
            else {
                if dump.is_some() {
                    let line = json!({"id": doc_id, "missed": true,
                        "source": at["source"]["text"], "cue": cue, "content": content});
                    dumped.push_str(&line.to_string());
                    dumped.push('\n');
                }
                continue;
            };
            found += 1;
            rules
                .entry(a.directives[di].rule.to_string())
                .or_default()
                .found += 1;
            if let Some((ss, se)) = span(&at["source"]) {
                let source = at["source"]["text"].as_str().unwrap_or("");
                let ok = d.2.is_some_and(|(a, b)| a < se && ss < b);
                let sieve = a.directives[di].speaker_rule.as_deref().unwrap_or("(none)");
                let counts = sieves.entry(sieve.to_string()).or_default();
                counts.0 += 1;
                counts.1 += usize::from(ok);
                if dump.is_some() && !ok {
                    let ours = a.directives[di].speaker.as_ref().map(|s| s.text.clone());
                    let line = json!({"id": doc_id, "wrong_speaker": true, "source": source,
                        "ours": ours, "cue": cue, "content": content});
                    dumped.push_str(&line.to_string());
                    dumped.push('\n');
                }
                if is_pronoun(source) {
                    speaker_pronoun += 1;
                    speaker_pronoun_ok += usize::from(ok);
                } else {
                    speaker_named += 1;
                    speaker_named_ok += usize::from(ok);
                }
            }
        }
        for (d, full) in ours.iter().zip(&a.directives) {
            reported += 1;
            let inside: Vec<bool> = cues
                .iter()
                .filter(|c| d.0 <= c.0 && c.0 < d.1)
                .map(|c| c.1)
                .collect();
            right += usize::from(!inside.is_empty());
            right_strict += usize::from(inside.iter().any(|x| *x));
            let r = rules.entry(full.rule.to_string()).or_default();
            r.reported += 1;
            r.right += usize::from(!inside.is_empty());
            r.strict += usize::from(inside.iter().any(|x| *x));
            let k = kinds
                .entry(format!("{:?}", full.kind).to_lowercase())
                .or_default();
            k.reported += 1;
            k.right += usize::from(!inside.is_empty());
            right_part += usize::from(parts.iter().any(|&(a, b)| a < d.1 && d.0 < b));
            if dump.is_some() {
                let line = json!({"id": doc_id, "right": !inside.is_empty(),
                    "strict": inside.iter().any(|x| *x), "sentence": full.text,
                    "speaker": full.speaker.as_ref().map(|s| s.text.clone()),
                    "cue": full.cue.text, "action": full.action.text, "rule": full.rule,
                    "kind": format!("{:?}", full.kind).to_lowercase()});
                dumped.push_str(&line.to_string());
                dumped.push('\n');
            }
        }
    }
    if let Some(path) = dump {
        std::fs::write(path, dumped)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            (a as f64 / b as f64 * 1000.0).round() / 1000.0
        }
    };
    let recall = ratio(found, gold_total);
    let speaker = ratio(
        speaker_named_ok + speaker_pronoun_ok,
        speaker_named + speaker_pronoun,
    );
    out!(
        "directives: {} ({} documents, {} gold directive-verb attributions)",
        file.display(),
        docs.len(),
        gold_total
    );
    out!("  recall (sentence level)        {recall:.3}  ({found}/{gold_total})");
    out!("  speaker agreement (all)        {speaker:.3}");
    out!(
        "    named sources                {:.3}  ({speaker_named_ok}/{speaker_named})",
        ratio(speaker_named_ok, speaker_named)
    );
    out!(
        "    pronoun sources              {:.3}  ({speaker_pronoun_ok}/{speaker_pronoun})",
        ratio(speaker_pronoun_ok, speaker_pronoun)
    );
    out!(
        "  precision (any attribution)    {:.3}  ({right}/{reported})",
        ratio(right, reported)
    );
    out!(
        "  precision (directive verbs)    {:.3}  ({right_strict}/{reported})",
        ratio(right_strict, reported)
    );
    out!(
        "  precision (any part: source, cue or content in the sentence)  {:.3}  ({right_part}/{reported})",
        ratio(right_part, reported)
    );
    out!("  by kind (reported; precision any attribution):");
    for (kind, k) in &kinds {
        out!(
            "    {kind:<24} {:>5}  {:.3}",
            k.reported,
            ratio(k.right, k.reported)
        );
    }
    out!("  by cue rule (reported; precision any attribution / directive verbs; gold found):");
    let mut by_rule: Vec<(&String, &RuleCounts)> = rules.iter().collect();
    by_rule.sort_by_key(|(id, r)| (std::cmp::Reverse(r.reported + r.found), (*id).clone()));
    for (id, r) in &by_rule {
        out!(
            "    {id:<24} {:>5}  {:.3} / {:.3}  {:>4}",
            r.reported,
            ratio(r.right, r.reported),
            ratio(r.strict, r.reported),
            r.found
        );
    }
    out!("  by speaker sieve (gold with a source; speaker agreement):");
    let mut by_sieve: Vec<(&String, &(usize, usize))> = sieves.iter().collect();
    by_sieve.sort_by_key(|(id, c)| (std::cmp::Reverse(c.0), (*id).clone()));
    for (id, (n, ok)) in &by_sieve {
        out!("    {id:<24} {n:>5}  {:.3}", ratio(*ok, *n));
    }
    let rules_json: Value = (rules.iter())
        .map(|(id, r)| {
            let v = json!({"reported": r.reported, "precision": ratio(r.right, r.reported),
                "precision_strict": ratio(r.strict, r.reported), "found": r.found});
            (id.clone(), v)
        })
        .collect::<serde_json::Map<String, Value>>()
        .into();
    let kinds_json: Value = (kinds.iter())
        .map(|(kind, k)| {
            let v = json!({"reported": k.reported, "precision": ratio(k.right, k.reported)});
            (kind.clone(), v)
        })
        .collect::<serde_json::Map<String, Value>>()
        .into();
    let sieves_json: Value = (sieves.iter())
        .map(|(id, (n, ok))| (id.clone(), json!({"gold": n, "speaker": ratio(*ok, *n)})))
        .collect::<serde_json::Map<String, Value>>()
        .into();
    Ok(json!({
        "rules": rules_json, "kinds": kinds_json, "sieves": sieves_json,
        "task": "directives", "file": file.display().to_string(), "documents": docs.len(),
        "gold_file": gold_file.map(|g| g.display().to_string()),
        "gold": gold_total, "recall": recall, "speaker": speaker,
        "speaker_named": ratio(speaker_named_ok, speaker_named),
        "speaker_pronoun": ratio(speaker_pronoun_ok, speaker_pronoun),
        "reported": reported, "precision": ratio(right, reported),
        "precision_strict": ratio(right_strict, reported),
        "precision_any_part": ratio(right_part, reported),
    }))
}
