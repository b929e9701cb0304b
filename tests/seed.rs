//! The seed article: every directive of its body with its speaker, none of the praise,
//! attendance or report sentences.

mod common;
use common::{assert_well_formed, SEED};
use nutshell::{analyze, DirectiveKind, SentenceKind};

/// (start of the sentence, cue, addressee, start of the action) for every body directive.
const EXPECTED: &[(&str, &str, Option<&str>, &str)] = &[
    ("Beijing, China", "emphasized the need to", None, "uphold the Party’s overall leadership"),
    ("He stressed the importance", "stressed the importance of", None, "maintaining the Party’s leadership"),
    ("Xi Jinping urged for the fundamental", "urged for", None, "the fundamental policy of relying wholeheartedly on the working class"),
    ("Highlighting the importance", "emphasized the need for", None, "comprehensive and effective implementation"),
    ("He called for unwavering", "called for", None, "unwavering support"),
    ("Xi Jinping urged trade unions to strengthen", "urged", Some("trade unions"), "strengthen ideological and political guidance"),
    ("Xi Jinping encouraged", "encouraged", Some("the broad masses of workers"), "unite closely around the Party"),
    ("He called for a focus", "called for", None, "a focus on implementing"),
    ("Xi Jinping urged trade unions to organize", "urged", Some("trade unions"), "organize labor and skills competitions to stimulate the enthusiasm and creativity of employees"),
    ("He also stressed the need", "stressed the need to", None, "promote the spirit of model workers"),
    ("He called for the conscientious", "called for", None, "the conscientious performance"),
    ("Xi Jinping emphasized the importance of democratic", "emphasized the importance of", None, "democratic management"),
    ("Xi Jinping urged the continued", "urged", None, "the continued reform and construction of trade unions"),
    ("He called for the expansion", "called for", None, "the expansion of trade union organizations"),
    ("Stressing the importance", "highlighted the need for", Some("trade union cadres"), "understand the thoughts"),
    ("Xi Jinping further emphasized", "should", Some("party committees at all levels"), "strengthen their leadership"),
    ("He called for the selection", "called for", None, "the selection and equipping"),
    ("Xi Jinping stressed the need for government", "stressed the need for", None, "government support"),
    ("In Conclusion", "highlighted the importance of", None, "upholding the Party’s leadership"),
    ("The conversation emphasized", "emphasized the need for", Some("trade unions"), "strengthen ideological guidance"),
    ("Furthermore, Xi Jinping called for", "called for", None, "the continuation of trade union reform"),
];

/// Sentences that must not be reported: praise, attendance, reports, facts.
const NOT_DIRECTIVES: &[&str] = &[
    "The conversation took place",
    "Recognizing the development",
    "During the conversation, Cai Qi",
    "Xi Jinping commended",
    "He praised",
    "Xi Jinping also expressed his appreciation",
    "He acknowledged",
    "The Party Central Committee recognizes",
    "At the conversation, Wang Dongming",
    "Other participants included",
];

#[test]
fn every_body_directive_with_its_speaker() {
    let a = analyze(SEED);
    assert_well_formed(SEED, &a);
    assert_eq!(a.directives.len(), EXPECTED.len(), "{:#?}", a.directives);
    for (d, (sentence, cue, addressee, action)) in a.directives.iter().zip(EXPECTED) {
        assert!(
            d.text.starts_with(sentence),
            "{:?} does not start with {sentence:?}",
            d.text
        );
        assert_eq!(
            d.speaker.as_ref().map(|s| s.name.as_str()),
            Some("Xi Jinping"),
            "{sentence}"
        );
        assert_eq!(d.cue.text, *cue, "{sentence}");
        assert_eq!(
            d.addressee.as_ref().map(|p| p.text.as_str()),
            *addressee,
            "{sentence}"
        );
        assert!(
            d.action.text.starts_with(action),
            "{:?} vs {action:?}",
            d.action.text
        );
    }
}

#[test]
fn no_praise_attendance_or_report_sentence() {
    let a = analyze(SEED);
    for d in &a.directives {
        for bad in NOT_DIRECTIVES {
            assert!(
                !d.text.starts_with(bad),
                "reported a non-directive: {}",
                d.text
            );
        }
    }
}

#[test]
fn actions_stop_at_attached_clauses() {
    let a = analyze(SEED);
    let competitions = a
        .directives
        .iter()
        .find(|d| d.text.contains("skills competitions"))
        .unwrap();
    assert_eq!(
        competitions.action.text,
        "organize labor and skills competitions to stimulate the enthusiasm and creativity of employees"
    );
    let unity = a
        .directives
        .iter()
        .find(|d| {
            d.text
                .starts_with("Xi Jinping urged trade unions to strengthen")
        })
        .unwrap();
    assert_eq!(unity.also[0].cue.text, "emphasized the importance of");
    let obligation = a
        .directives
        .iter()
        .find(|d| d.cue.text == "should")
        .unwrap();
    assert_eq!(obligation.kind, DirectiveKind::Obligation);
}

#[test]
fn speakers_mentions_are_kept_as_written() {
    let a = analyze(SEED);
    let first = &a.directives[0];
    assert_eq!(
        first.speaker.as_ref().unwrap().text,
        "Chinese President Xi Jinping"
    );
    assert_eq!(a.directives[1].speaker.as_ref().unwrap().text, "He");
}

#[test]
fn summary_themes_and_stats() {
    let a = analyze(SEED);
    assert_eq!(a.summary.len(), 5);
    assert!(a
        .summary
        .iter()
        .all(|s| a.sentences[s.index].kind != SentenceKind::Heading));
    assert_eq!(a.sentences.iter().filter(|s| s.rank == 1).count(), 1);
    let theme = &a.themes[0];
    assert_eq!(theme.label.to_lowercase(), "trade unions");
    for p in ["trade union work", "trade union cadres"] {
        assert!(
            theme.phrases.iter().any(|x| x == p),
            "{p} not in {:?}",
            theme.phrases
        );
    }
    assert!(a.keyphrases.iter().any(|k| k.text == "Xi Jinping"));
    assert_eq!(a.stats.paragraphs, 12);
    assert_eq!(a.stats.sentences, a.sentences.len());
}
