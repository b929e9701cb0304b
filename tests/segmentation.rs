//! Segmentation edge cases: the repairs UAX #29 lacks.

mod common;
use common::assert_sentences;
use nutshell::{analyze, SentenceKind, MAX_SENTENCE_BYTES};

#[test]
fn titles_do_not_end_sentences() {
    assert_sentences(
        "Mr. Smith met Dr. Jones and Gen. Lee. They talked.",
        &["Mr. Smith met Dr. Jones and Gen. Lee.", "They talked."],
    );
}

#[test]
fn initials_do_not_end_sentences() {
    assert_sentences(
        "J. R. R. Tolkien wrote it. George W. Bush read it.",
        &["J. R. R. Tolkien wrote it.", "George W. Bush read it."],
    );
}

#[test]
fn abbreviations() {
    assert_sentences(
        "The U.S. Senate voted. Prices rose, e.g. bread. See No. 5 on Jan. 3 today.",
        &[
            "The U.S. Senate voted.",
            "Prices rose, e.g. bread.",
            "See No. 5 on Jan. 3 today.",
        ],
    );
}

#[test]
fn abbreviation_at_the_end_of_a_sentence() {
    assert_sentences(
        "He moved to the U.S. The move was hard. He joined Acme Inc. It paid well.",
        &[
            "He moved to the U.S.",
            "The move was hard.",
            "He joined Acme Inc.",
            "It paid well.",
        ],
    );
}

#[test]
fn decimals_and_versions() {
    assert_sentences(
        "Growth was 3.5 percent in version 2.1.4 of the plan. It held.",
        &[
            "Growth was 3.5 percent in version 2.1.4 of the plan.",
            "It held.",
        ],
    );
}

#[test]
fn ellipses() {
    assert_sentences(
        "He paused... and went on. Then... Nothing.",
        &["He paused... and went on.", "Then...", "Nothing."],
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    assert_sentences(
        "He said, \"We will win.\" (They did.) “Really?” she asked.",
        &[
            "He said, \"We will win.\"",
            "(They did.)",
            "“Really?” she asked.",
        ],
    );
}

#[test]
fn headline_and_dateline_lines_are_units() {
    let text = "Storm Hits Coast\nMIAMI, Sept. 4\n\nA storm hit the coast. Power failed.";
    let a = analyze(text);
    let got: Vec<(&str, SentenceKind)> = a
        .sentences
        .iter()
        .map(|s| (s.text.as_str(), s.kind))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Storm Hits Coast", SentenceKind::Heading),
            ("MIAMI, Sept. 4", SentenceKind::Heading),
            ("A storm hit the coast.", SentenceKind::Sentence),
            ("Power failed.", SentenceKind::Sentence),
        ]
    );
    assert_eq!(a.sentences[2].paragraph, 1);
}

#[test]
fn bullet_items() {
    let text = "The plan:\n- cut taxes\n- build roads\n1. hire staff";
    let a = analyze(text);
    let kinds: Vec<SentenceKind> = a.sentences.iter().map(|s| s.kind).collect();
    assert_eq!(a.sentences.len(), 4);
    assert_eq!(&kinds[1..], &[SentenceKind::Item; 3]);
}

#[test]
fn hard_wrapped_lines_are_joined() {
    let text = "It was the best of times, it was the worst of times, it was the age\n\
                of wisdom, it was the age of foolishness, it was the epoch of belief,\n\
                it was the epoch of incredulity. It was the season of Light.";
    let a = analyze(text);
    assert_eq!(a.sentences.len(), 2);
    assert!(a.sentences[0].text.ends_with("incredulity."));
}

#[test]
fn seed_title_line_is_a_heading() {
    let a = analyze(common::SEED);
    assert_eq!(a.sentences[0].kind, SentenceKind::Heading);
    assert!(a.sentences[0].text.starts_with("date 2023-10-23"));
    assert!(a.sentences[1].text.starts_with("Beijing, China"));
}

#[test]
fn no_punctuation_falls_back_to_lines() {
    assert_sentences(
        "first line here\nsecond line here\nthird",
        &["first line here", "second line here", "third"],
    );
}

#[test]
fn no_punctuation_and_no_lines_falls_back_to_chunks() {
    let text = "word ".repeat(3_000);
    let a = analyze(&text);
    assert!(a.sentences.len() >= 7);
    assert!(a
        .sentences
        .iter()
        .all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    common::assert_well_formed(&text, &a);
}

#[test]
fn question_and_exclamation() {
    assert_sentences(
        "Why now? Because! Fine.",
        &["Why now?", "Because!", "Fine."],
    );
}

#[test]
fn crlf_line_endings() {
    assert_sentences(
        "Title Line\r\n\r\nOne. Two.\r\n",
        &["Title Line", "One.", "Two."],
    );
}
