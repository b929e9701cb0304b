//! The command-line tool, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = include_str!("../../assets/example.txt");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nutshell runs");
    // Written from another thread: --jsonl answers line by line, so its output can fill the
    // pipe before its input is all written. A run that fails early (invalid option) may
    // close its input first: not an error here.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn report_on_stdin() {
    let o = run(&[], SEED.as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("SUMMARY"));
    assert!(out.contains("THEMES"));
    assert!(out.contains("KEY DIRECTIVES  (21: 20 reported, 1 obligation)"));
    assert!(
        out.contains("Xi Jinping — urged [trade unions]: organize labor and skills competitions")
    );
}

#[test]
fn explain_says_why_each_summary_sentence_was_chosen() {
    let o = run(&["--explain", "--sentences", "2", "-"], SEED.as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    let summary = out.split("THEMES").next().unwrap();
    assert_eq!(summary.matches("\n      why: ").count(), 2, "{summary}");
    assert!(summary.contains("why: opens the text"), "{summary}");
    assert!(summary.contains("(scorer: news)"), "{summary}");
    // Without --explain, no reasons.
    assert!(!stdout(&run(&["-"], SEED.as_bytes())).contains("why: opens"));
}

#[test]
fn the_report_can_keep_one_kind_or_one_speaker() {
    let out = stdout(&run(&["--kind", "obligation", "-"], SEED.as_bytes()));
    assert!(out.contains("KEY DIRECTIVES  (1: 1 obligation)"), "{out}");
    assert!(out.contains("(only kind obligation: 1 of 21)"), "{out}");
    let out = stdout(&run(
        &["--speaker", "xi jinping", "--markdown", "-"],
        SEED.as_bytes(),
    ));
    let directives = out.split("## Key directives").nth(1).unwrap();
    let listed = directives.lines().filter(|l| l.starts_with("- **")).count();
    let by_xi = (directives.lines())
        .filter(|l| l.starts_with("- **Xi Jinping**"))
        .count();
    assert!(listed >= 20 && by_xi == listed, "{out}");
    let out = stdout(&run(&["--speaker", "Nobody", "-"], SEED.as_bytes()));
    assert!(
        out.contains("(only speaker Nobody: 0 of 21)") && out.contains("(none)"),
        "{out}"
    );
    let o = run(&["--kind", "orders", "-"], SEED.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("invalid --kind `orders`: one of reported, operative, obligation"),
        "{err}"
    );
}

#[test]
fn the_language_is_identified_or_chosen() {
    let french = "Le gouvernement a présenté mardi un nouveau plan pour les écoles. \
        Les syndicats demandent plus de moyens pour les enseignants et les élèves.";
    let out = stdout(&run(&["-"], french.as_bytes()));
    assert!(
        out.starts_with("LANGUAGE  French (identified, confidence "),
        "{out}"
    );
    assert!(
        out.contains(
            "(Key directives in French are read from a short list of asking and obligation words"
        ),
        "{out}"
    );
    // "Les syndicats demandent plus de moyens": an ask, read from the French cue table.
    assert!(
        out.contains("Syndicats") || out.contains("demandent"),
        "{out}"
    );
    let italian = "Il governo ha presentato martedì un nuovo piano per le scuole. \
        I sindacati chiedono più mezzi per gli insegnanti e per gli studenti.";
    let out = stdout(&run(&["-"], italian.as_bytes()));
    assert!(
        out.contains("(Key directives are read in English, French, German, Russian, Spanish and Chinese so far, not yet in Italian.)"),
        "{out}"
    );
    let out = stdout(&run(&["--language", "es", "-"], french.as_bytes()));
    assert!(out.starts_with("LANGUAGE  Spanish (chosen)"), "{out}");
    // English, the usual case, says nothing of its language.
    let out = stdout(&run(&["-"], SEED.as_bytes()));
    assert!(out.starts_with("SUMMARY"), "{out}");
    let bad = run(&["--language", "xx", "-"], b"Text.");
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("--language") && err.contains("auto or one of en, ar, da"),
        "{err}"
    );
}

#[test]
fn json_keys_scripts_rely_on() {
    let o = run(&["--json", "--sentences", "3", "-"], SEED.as_bytes());
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["offsets"], "utf-8 bytes");
    let summary = v["summary"].as_array().unwrap();
    assert_eq!(summary.len(), 3);
    for key in ["index", "text", "start", "end", "score", "why"] {
        assert!(summary[0].get(key).is_some(), "summary.{key}");
    }
    let why = &summary[0]["why"][0];
    for key in ["feature", "note", "weight"] {
        assert!(why.get(key).is_some(), "summary.why.{key}");
    }
    assert_eq!(v["stats"]["scorer"], "news");
    for key in ["text", "start", "end", "score", "rank"] {
        assert!(v["sentences"][0].get(key).is_some(), "sentences.{key}");
    }
    for key in ["text", "score", "count", "sentences"] {
        assert!(v["keyphrases"][0].get(key).is_some(), "keyphrases.{key}");
    }
    for key in ["label", "score", "count", "phrases", "sentences"] {
        assert!(v["themes"][0].get(key).is_some(), "themes.{key}");
    }
    let d = &v["directives"][0];
    for key in [
        "sentence",
        "text",
        "speaker",
        "cue",
        "addressee",
        "action",
        "kind",
        "negated",
        "start",
        "end",
        "rule",
        "speakerRule",
    ] {
        assert!(d.get(key).is_some(), "directives.{key}");
    }
    // camelCase, as in the JS result (snake_case before 0.2 of the JSON shape).
    assert_eq!(v["stats"]["language"], "en");
    assert!(v["stats"]["languageConfidence"].as_f64().unwrap() > 0.5);
    assert!(v["stats"]["functionWords"].as_u64().unwrap() > 100);
    assert!(
        v["stats"].get("utf16").is_none(),
        "UTF-16 length only in the JS result"
    );
    // Offsets are UTF-8 bytes into the input.
    let (s, e) = (
        d["start"].as_u64().unwrap() as usize,
        d["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&SEED[s..e], d["text"].as_str().unwrap());
}

#[test]
fn jsonl_batch_keeps_ids_and_reports_bad_lines() {
    let input = "{\"id\": 7, \"text\": \"Ann Lee urged voters to register.\"}\n\
                 not json\n\
                 {\"id\": \"b\", \"text\": \"Nothing to see.\"}\n";
    let o = run(&["--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["directives"][0]["speaker"]["name"], "Ann Lee");
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 2"));
}

#[test]
fn jsonl_threads_keep_the_input_order_and_every_message() {
    // Long and short texts mixed, so that later lines finish first on other threads.
    let mut input = String::new();
    for i in 0..60 {
        let text = match i % 4 {
            0 => SEED.to_string(),
            1 => format!("Ann Lee {i} urged voters to register."),
            2 => "not json".to_string(),
            _ => String::new(),
        };
        if i % 4 == 2 {
            input.push_str("not json\n");
        } else {
            let line = serde_json::json!({"id": i, "text": text});
            input.push_str(&format!("{line}\n"));
        }
    }
    input.push_str("\n\u{feff}{\"id\": \"last\", \"text\": \"Done.\"}");
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    for threads in ["2", "3", "8"] {
        let many = run(&["--jsonl", "--threads", threads], input.as_bytes());
        assert_eq!(many.status.code(), Some(1));
        assert_eq!(stdout(&many), stdout(&one), "--threads {threads}");
        assert_eq!(many.stderr, one.stderr, "--threads {threads}");
    }
    let all = run(&["--jsonl"], input.as_bytes());
    assert_eq!(stdout(&all), stdout(&one));
    let lines: Vec<serde_json::Value> = stdout(&one)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // 15 of the 60 lines are empty texts (analysed), none is skipped but the blank line.
    assert_eq!(lines.len(), 61);
    assert_eq!(lines[1]["id"], 1);
    assert!(lines[2]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(lines[60]["id"], "last");
    let err = String::from_utf8_lossy(&one.stderr);
    assert!(err.contains("line 3:") && err.contains("line 59:"), "{err}");
}

#[test]
fn jsonl_threads_must_be_a_count_and_need_jsonl() {
    for bad in ["0", "-1", "2000", "many"] {
        let o = run(&["--jsonl", "--threads", bad], b"");
        assert_eq!(o.status.code(), Some(2), "--threads {bad}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("--threads"));
    }
    let o = run(&["--threads", "2"], b"text");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--jsonl"));
}

#[test]
fn jsonl_reads_a_file_as_it_comes() {
    let dir = std::env::temp_dir().join(format!("nutshell-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("in.jsonl");
    std::fs::write(
        &path,
        "{\"id\": 1, \"text\": \"Ann Lee urged voters to vote.\"}\n",
    )
    .unwrap();
    let o = run(&["--jsonl", "--threads", "2", path.to_str().unwrap()], b"");
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 1);
    let o = run(
        &["--jsonl", dir.join("missing.jsonl").to_str().unwrap()],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_options_are_named() {
    let o = run(&["--ratio", "1.5"], b"text");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--ratio") && err.contains("at most 1"),
        "{err}"
    );

    let o = run(&["--max-themes", "1000"], b"text");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--max-themes"));

    let o = run(&["--phrase-words", "5"], b"text");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--phrase-words") && err.contains("from 1 to 4"),
        "{err}"
    );

    let o = run(&["--sentences", "3", "--words", "10"], b"text");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn missing_file_is_a_clear_error() {
    let o = run(&["/no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot read /no/such/file.txt"), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let o = run(&["--json"], b"Ann Lee urged calm.\xff\xfe Then she left.");
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not valid UTF-8"));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["directives"][0]["cue"]["text"], "urged");
}

#[test]
fn empty_input_is_fine() {
    let o = run(&["--json"], b"");
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["summary"].as_array().unwrap().len(), 0);
}

#[test]
fn a_text_in_no_supported_language_gets_a_note() {
    let polish = "Prezydent wezwał związki zawodowe do odegrania swojej roli w rozwoju kraju. \
        Rząd zapowiedział nowe przepisy dotyczące płacy minimalnej. Związkowcy przyjęli to z \
        zadowoleniem, ale chcą rozmów o warunkach pracy w przemyśle i w szkołach.";
    let out = stdout(&run(&[], polish.as_bytes()));
    assert!(
        out.starts_with("NOTE  This text is in none of the languages Nutshell reads"),
        "{out}"
    );
    assert!(out.contains("SUMMARY"));
    // As the note says: no themes or directives for it.
    assert!(
        !out.contains("\nTHEMES\n") && !out.contains("KEY DIRECTIVES  ("),
        "{out}"
    );
    assert!(
        out.contains("Not shown: this text is in none of the languages"),
        "{out}"
    );
    let german = include_str!("../../tests/fixtures/german.txt");
    let out = stdout(&run(&[], german.as_bytes()));
    assert!(out.starts_with("LANGUAGE  German"), "{out}");
    let english = stdout(&run(
        &[],
        b"The minister urged farmers to plant earlier this year.",
    ));
    assert!(!english.contains("NOTE") && !english.contains("LANGUAGE"));
}

#[test]
fn control_characters_of_the_text_never_reach_the_terminal() {
    let o = run(
        &[],
        b"Ann Lee urged them to \x1b]0;pwned\x07\x1b[2Jact now.",
    );
    let out = stdout(&o);
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    assert!(out.contains(r"\u{1b}]0;pwned\u{7}"), "{out}");
}

#[test]
fn negative_numbers_get_the_options_own_message() {
    for (args, flag) in [
        (&["--sentences", "-1"][..], "--sentences"),
        (&["--ratio", "-0.5"][..], "--ratio"),
        (&["--words", "-3"][..], "--words"),
        (&["--max-themes", "-2"][..], "--max-themes"),
    ] {
        let o = run(args, b"Some text.");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(flag), "{args:?}: {err}");
        assert!(!err.contains("unexpected argument"), "{err}");
    }
}

#[test]
fn jsonl_ids_come_back_exactly_as_written() {
    let input = "{\"id\": 123456789012345678901234567890, \"text\": \"A.\"}\n\
                 {\"id\": -0, \"text\": \"B.\"}\n\
                 {\"id\": 1e400, \"text\": \"C.\"}\n\
                 \u{feff}{\"id\": \"bom\", \"text\": \"D.\"}\n\
                 {\"id\": 0.10, \"text\": 7}\n";
    let o = run(&["--jsonl"], input.as_bytes());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert!(lines[0].starts_with("{\"id\":123456789012345678901234567890,"));
    assert!(lines[1].starts_with("{\"id\":-0,"));
    assert!(lines[2].starts_with("{\"id\":1e400,"), "{}", lines[2]);
    assert!(
        lines[3].starts_with("{\"id\":\"bom\","),
        "a byte-order mark is no error"
    );
    assert!(lines[4].starts_with("{\"id\":0.10,") && lines[4].contains("no string"));
    assert_eq!(
        o.status.code(),
        Some(1),
        "the line without a string text is an error"
    );
}

#[test]
fn offsets_of_a_lossily_decoded_text_say_so() {
    let o = run(&["--json"], b"Ann Lee urged calm.\xff Then she left.");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        v["offsets"].as_str().unwrap().contains("decoded"),
        "{}",
        v["offsets"]
    );
    let o = run(&["--json"], b"Ann Lee urged calm.");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["offsets"], "utf-8 bytes");
}

#[test]
fn a_sentence_cut_into_chunks_is_said_so() {
    let text = "word and ".repeat(600);
    let o = run(&["--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["stats"]["cutSentences"], 1);
    let report = stdout(&run(&[], text.as_bytes()));
    assert!(
        report.contains("1 sentence longer than 2000 bytes was cut"),
        "{report}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["--json"], SEED.as_bytes()))).unwrap();
    assert!(
        v["stats"].get("cutSentences").is_none(),
        "absent when no sentence was cut"
    );
}
