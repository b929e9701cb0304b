//! Minutes and transcripts: the speaker label that opens a turn ("Eric Holk: We should find
//! an owner."), the assignee of an action item ("Jeff Triplett: Create a draft forum post",
//! "Jacob and Catherine to print a banner", "Next step: post the CfP").
//!
//! A label is read off the sentence's first words, before its directives are assembled:
//! an imperative after a person's label is an action item assigned to that person; any
//! other directive after it whose speaker is unnamed, "I" or "we" is the labelled person's.

use crate::analysis::{Directive, DirectiveKind, Speaker};
use crate::flags::{CAPITALIZED, FUNCTION, STOP, VERB};

use super::rules::{rule, Rule};
use super::words::Words;

/// "Tom to print a banner" as a list item.
const ACTION_ITEM_TO: &str = "action-item-to";
/// "Çağıl to follow up." in a paragraph: an action item only in minutes.
pub(super) const ACTION_ITEM_TO_PROSE: &str = "action-item-to-prose";

/// The label rules, for documentation and the example test: what each decides.
pub(super) const RULES: &[Rule] = &[
    rule(
        "action-item-label",
        "an imperative after \"Name:\" in minutes: an action item assigned to that person",
        &["- Jeff Triplett: Create a draft forum post about bylaws changes."],
        &["- Note: Create a backup first.", "TRUMP: Build the wall."],
    ),
    rule(
        ACTION_ITEM_TO,
        "names, then \"to\" and a verb, with no verb before: an action item (\"Tom and Thibaud to analyse ...\")",
        &["- Tom and Thibaud to analyse the 2024 edition."],
        &[
            "- Tom said to analyse the edition.",
            "Clinton to visit Ohio on Monday.",
            "- Link to FAQ page about membership",
            "- Looking to hire a person with experience",
        ],
    ),
    rule(
        ACTION_ITEM_TO_PROSE,
        "in the running text of minutes (turns with speaker labels), \"Name to do ...\" is an action item too; elsewhere it is a headline's shorthand",
        &["- Tom: Post the form.\n- Ann: Print the flyer.\n\nÇağıl to follow up in the email thread."],
        &["Clinton to visit Ohio on Monday. He said so.", "- Tom to post the form."],
    ),
    rule(
        "action-item-next-step",
        "\"Next step:\", \"Action item:\", \"To do:\" before an imperative",
        &["- Next step: post the CfP for DjangoCon Europe 2025."],
        &["The next step was to post it."],
    ),
    rule(
        "speaker-label",
        "the speaker label of a turn speaks its directives: \"Eric Holk: We should find an owner.\"",
        &["Eric Holk: We should find an owner for this."],
        &["Update: we should find an owner."],
    ),
];

/// What opens a sentence of minutes.
#[derive(Clone, Copy)]
pub(super) enum Label {
    /// A person's label, tokens `0..end` (the colon after them).
    Person(usize),
    /// "Next step:", "Action item:": an action item with no assignee named.
    Step(usize),
    /// An e-mail header ("Subject:", "To:", "Cc:"): no directive.
    Header,
}

/// The label at the start of the sentence, if any.
pub(super) fn label(w: &Words) -> Option<Label> {
    let colon = (1..w.len().min(7)).find(|&k| w.gap_before(k).contains(':'))?;
    // "Subject: ...", "To: ...": an e-mail's header asks nothing.
    if w.in_list(0, w.lex.header_labels) && w.gap_before(1).contains(':') {
        return Some(Label::Header);
    }
    if (0..colon)
        .all(|k| w.in_list(k, w.lex.action_item_labels) || w.is(k, "item") || w.is(k, "items"))
    {
        return Some(Label::Step(colon));
    }
    let name = |k: usize| {
        w.has(k, CAPITALIZED) && !w.has(k, STOP | FUNCTION)
            || (k > 0 && (w.is(k, "and") || w.gap_before(k).contains('&')) && k + 1 < colon)
    };
    // One word alone ("Update:", "Note:") is a name only if it is no common word.
    let single_word = colon == 1
        && (w.has(0, VERB)
            || w.in_list(0, w.lex.action_item_labels)
            || w.in_list(0, w.lex.section_labels));
    ((0..colon).all(name) && !single_word && !w.title_case).then_some(Label::Person(colon))
}

/// "Tom and Thibaud to analyse": the names before "to" (a verb follows it).
pub(super) fn to_item(w: &Words) -> Option<usize> {
    let to = (1..w.len().min(8)).find(|&k| w.is(k, "to"))?;
    // Names ("Tom and Thibaud"), not "Looking to hire", and a lowercase verb after "to" (not
    // "Link to FAQ page").
    let names = (0..to).all(|k| {
        w.has(k, CAPITALIZED) && !w.has(k, STOP | FUNCTION | VERB) && !w.lower[k].ends_with("ing")
            || k > 0 && w.is(k, "and")
    });
    let verb = w
        .lower
        .get(to + 1)
        .is_some_and(|l| !l.ends_with("ing") && !l.ends_with("ed"))
        && !w.has(to + 1, CAPITALIZED);
    (names && verb && !w.title_case && !(1..=to).any(|k| w.breaks(k))).then_some(to)
}

/// Whether an action item's verb may stand at token `i`: right after a person's label or
/// a step label ("Jeff Triplett: Post ...", "Next step: post ..."), or after "Tom to".
pub(super) fn assigned_at(w: &Words, i: usize) -> bool {
    match label(w) {
        Some(Label::Person(end) | Label::Step(end)) if end == i => true,
        _ => i > 0 && w.is(i - 1, "to") && to_item(w) == Some(i - 1),
    }
}

/// Applies the sentence's label ([`label`]) to its directives. Action items are the items of a list
/// ("- Jeff Triplett: Create ..."); in running text "Tom to visit Paris" is a headline's
/// shorthand, no ask, and "TRUMP: Build the wall" is a turn whose imperative is the
/// speaker's.
pub(super) fn apply(w: &Words, found: &mut Vec<Directive>, item: bool, label: Option<Label>) {
    if let Some(to) = to_item(w) {
        let at = w.toks[to + 1].start();
        let made = |d: &Directive| d.kind == DirectiveKind::Imperative && d.cue.start == at;
        for d in found.iter_mut().filter(|d| made(d)) {
            d.kind = DirectiveKind::ActionItem;
            d.addressee = Some(w.part(0, to));
            // In running text, kept only in minutes (`voice`).
            d.rule = if item {
                ACTION_ITEM_TO
            } else {
                ACTION_ITEM_TO_PROSE
            }
            .into();
        }
    }
    let Some(l) = label else {
        return;
    };
    if let Label::Header = l {
        found.clear();
        return;
    }
    let end_of = |k: usize| w.toks[k - 1].end();
    for d in found.iter_mut() {
        match l {
            Label::Step(end)
                if d.kind == DirectiveKind::Imperative && d.cue.start >= end_of(end) =>
            {
                d.kind = DirectiveKind::ActionItem;
                d.rule = "action-item-next-step".into();
            }
            Label::Person(end) if d.cue.start >= end_of(end) => {
                let person = w.part(0, end);
                if d.kind == DirectiveKind::Imperative && item {
                    d.kind = DirectiveKind::ActionItem;
                    d.addressee = Some(person);
                    d.rule = "action-item-label".into();
                } else if d.speaker.as_ref().is_none_or(|s| first_person(w, s)) {
                    d.speaker = Some(Speaker {
                        name: person.text.clone(),
                        text: person.text,
                        start: person.start,
                        end: person.end,
                    });
                    d.speaker_rule = Some("speaker-label".into());
                }
            }
            _ => {}
        }
    }
}

fn first_person(w: &Words, s: &Speaker) -> bool {
    w.lex
        .writer_pronouns
        .contains(&s.text.to_lowercase().as_str())
}
