//! Rules and prohibitions of a policy or a code of conduct: "Each account owner is
//! responsible for all activities.", "Users are required to wait 60 minutes.", "Smoking is
//! prohibited.", "No person may use another's account.", "You may only have one pull request
//! open.", "We do not accept pull requests." A rule of [`CUES`] proposes the rule at its
//! verb group; the subject before it is the addressee (who is bound).

use crate::analysis::DirectiveKind;

use super::cue::Cue;
use super::rules::{propose, rule, Proposer};
use super::spans::{clause_start, is_be, pronoun_alone, subject_span};
use super::words::Words;

/// A rule proposed at a token: its cue words, the first token of its action and where its
/// subject may start.
pub(super) struct Proposal {
    pub start: usize,
    pub end: usize,
    pub action: usize,
}

/// A rule that proposes a rule of conduct, in [`CUES`].
pub(super) type PolicyCue = Proposer<Proposal>;

/// The rule of conduct whose cue starts at token `i` (`None` when no rule proposes one).
pub(super) fn cue(w: &Words, i: usize) -> Option<Cue> {
    // Every rule starts at a form of "be", "may" / "can", "will" or "do".
    let policy = &w.lex.policy;
    let starts = is_be(w, i) || w.in_list(i, policy.permission_modals) || w.is(i, "will");
    if !(starts || w.is(i, "do") || w.is(i, "does")) {
        return None;
    }
    let (rule, p) = propose(w, i, CUES, &[]).ok()?;
    // "The report is required reading": nothing to do after the cue; "what is required to
    // defeat him" is a judgement, no rule.
    if p.action >= w.len() || p.start > 0 && w.in_list(p.start - 1, w.lex.judgement_heads) {
        return None;
    }
    let from = clause_start(w, p.start);
    let subject = subject_span(w, from, p.start).map(|s| pronoun_alone(w, s));
    // A prohibition's subject is what is forbidden ("Smoking is prohibited"): the action,
    // with no addressee.
    let (addressee, action) = match subject {
        Some((a, _)) if p.action == p.start => (None, a),
        _ => (subject, p.action),
    };
    Some(Cue {
        kind: DirectiveKind::Rule,
        rule,
        ..Cue::obligation(p.start, p.end, addressee, action)
    })
}

/// "is" / "are" (and "not") at `i`, then a word of `list`: the index after the word.
fn be_then(w: &Words, i: usize, list: &[&str]) -> Option<usize> {
    if !is_be(w, i) {
        return None;
    }
    let mut k = i + 1;
    for _ in 0..2 {
        if w.in_list(k, w.lex.policy.intensifiers) {
            k += 1;
        }
    }
    w.in_list(k, list).then_some(k + 1)
}

/// The rules that propose a rule of conduct, tried in order at every token.
pub(super) const CUES: &[PolicyCue] = &[
    PolicyCue {
        rule: rule(
            "rule-responsible-for",
            "\"is (solely) responsible for\": a duty",
            &["The maintainer is responsible for every personal portion of the trip."],
            &["The storm was responsible for the damage."],
        ),
        check: |w, i| {
            let k = be_then(w, i, w.lex.policy.responsible)?;
            // A past "was responsible for" reports a cause, not a duty.
            let present = !w.in_list(i, w.lex.policy.past_be);
            (present && w.is(k, "for")).then_some(Proposal {
                start: i,
                end: k + 1,
                action: k + 1,
            })
        },
    },
    PolicyCue {
        rule: rule(
            "rule-required-to",
            "\"are required to\", \"are obligated to\": a requirement",
            &["Users are required to wait 60 minutes between sessions."],
            &["Users were required to wait.", "Users are not required to register."],
        ),
        check: |w, i| {
            let k = be_then(w, i, w.lex.policy.required)?;
            let negated = (i + 1..k).any(|j| w.in_list(j, w.lex.modal_negations));
            (!negated && !w.in_list(i, w.lex.policy.past_be) && w.is(k, "to")).then_some(
                Proposal {
                    start: i,
                    end: k + 1,
                    action: k + 1,
                },
            )
        },
    },
    PolicyCue {
        rule: rule(
            "rule-prohibited",
            "\"is prohibited\", \"are not permitted\", \"are not allowed\", \"are not reimbursable\": a prohibition",
            &["Individual meals and entertainment are not reimbursable.", "Smoking is prohibited in the library."],
            &["Smoking was prohibited in 1990.", "Dogs are allowed."],
        ),
        check: |w, i| {
            if w.in_list(i, w.lex.policy.past_be) {
                return None;
            }
            let k = be_then(w, i, w.lex.policy.prohibited).or_else(|| {
                let not = (i + 1..i + 3).find(|&j| w.in_list(j, w.lex.modal_negations))?;
                w.in_list(not + 1, w.lex.policy.permitted).then_some(not + 2)
            })?;
            Some(Proposal {
                start: i,
                end: k,
                action: i,
            })
        },
    },
    PolicyCue {
        rule: rule(
            "rule-no-one-may",
            "\"No person may\", \"may only\", \"may be used only\": what is allowed and no more",
            &[
                "No person may use any computer account other than their own.",
                "You may only have one pull request open at a time.",
            ],
            &["The vote may only happen next week, officials said."],
        ),
        check: |w, i| {
            if !w.in_list(i, w.lex.policy.permission_modals) {
                return None;
            }
            let no_one = i > 0 && w.in_list(i - 1, w.lex.policy.no_one) || {
                i > 1 && w.is(i - 2, "no") && w.in_list(i - 1, w.lex.policy.persons)
            };
            let only = w.is(i + 1, "only") || w.is(i + 3, "only") && w.is(i + 1, "be");
            let bound = (clause_start(w, i)..i).any(|k| w.in_list(k, w.lex.policy.persons));
            (no_one || only && bound).then_some(Proposal {
                start: i,
                end: i + 2,
                action: i + 1,
            })
        },
    },
    PolicyCue {
        rule: rule(
            "rule-persons-may-not",
            "people bound by a policy \"may not\", \"will not\", \"will only\", \"will refrain from\": a rule of conduct",
            &[
                "Users will not distribute private information.",
                "Users may not share passwords.",
                "Users will only use their assigned accounts.",
            ],
            &[
                "Officials will not attend the summit.",
                "Users will love the new design.",
                "You may not agree with what he did, but he went there.",
            ],
        ),
        check: |w, i| {
            let policy = &w.lex.policy;
            if !(w.in_list(i, policy.permission_modals) || w.is(i, "will")) {
                return None;
            }
            // The subject right before the modal is one of the people a policy binds.
            let subject = i > 0 && w.in_list(i - 1, policy.persons) && !w.breaks(i);
            let restricted = w.in_list(i + 1, w.lex.modal_negations)
                || w.is(i + 1, "only")
                || w.is(i, "will") && w.in_list(i + 1, policy.refrain);
            let concession = w.in_list(i + 2, policy.concessions);
            (subject && restricted && !concession).then_some(Proposal {
                start: i,
                end: i + 2,
                action: i + 1,
            })
        },
    },
    PolicyCue {
        rule: rule(
            "rule-we-do-not",
            "\"We do not accept\", \"We do not allow\", \"does not reimburse\": what the issuer refuses",
            &["We DO NOT accept pull requests.", "Homebrew does not reimburse personal purchases."],
            &["We do not know.", "She does not accept the result."],
        ),
        check: |w, i| {
            if !(w.is(i, "do") || w.is(i, "does")) || !w.in_list(i + 1, w.lex.modal_negations) {
                return None;
            }
            // "Homebrew does not reimburse", not "She does not accept".
            let named = |k: usize| {
                w.has(k, crate::flags::CAPITALIZED)
                    && !w.class(k, crate::flags::SPEAKER_PRONOUNS)
                    && !w.has(k, crate::flags::STOP)
            };
            let subject_ok = i > 0 && (w.is(i - 1, "we") || w.is(i, "does") && named(i - 1));
            (subject_ok && w.in_list(i + 2, w.lex.policy.refusals)).then_some(Proposal {
                start: i,
                end: i + 3,
                action: i + 2,
            })
        },
    },
];
