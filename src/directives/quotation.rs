//! The quotation tracker: a quotation that may run over several sentences ('He said: "We
//! must act. We must act now."'), so that directives inside it take its speaker.

use crate::analysis::{Directive, Speaker};

use super::speaker::{strong, Voice};
use super::words::Words;

/// A quotation that may run over several sentences ('He said: "We must act. We must act
/// now."'): directives inside it take its speaker.
#[derive(Default)]
pub(super) struct Quotation {
    pub open: bool,
    /// The speaker of the verb that introduced it ("He said:"), if any.
    pub opener: Option<Speaker>,
    /// Directives (indices into the output) inside it still waiting for a speaker.
    waiting: Vec<usize>,
    /// Sentence and paragraph of its opening mark.
    since: usize,
    paragraph: usize,
}

/// Sentences a quotation may run on before an unclosed mark counts as a stray one.
const MAX_QUOTED: usize = 8;

impl Quotation {
    /// Gives every waiting directive `speaker`, when there is one.
    pub fn settle(&mut self, out: &mut [Directive], speaker: Option<&Speaker>) {
        for k in self.waiting.drain(..) {
            if let Some(s) = speaker {
                out[k].speaker = Some(s.clone());
                out[k].speaker_rule = Some("quotation".into());
            }
        }
    }

    /// A quotation left open at a paragraph's end, or for more sentences than quotations run,
    /// was an unbalanced mark: its speaker is only the one who introduced it.
    pub fn end_stray(&mut self, out: &mut [Directive], si: usize, paragraph: usize) {
        if self.open && (paragraph != self.paragraph || si > self.since + MAX_QUOTED) {
            let opener = self.opener.take();
            self.settle(out, opener.as_ref());
            self.open = false;
        }
    }

    /// Follows the quotation through sentence `si` (words `w`, cue and reporting `voices`),
    /// pushing its directives to `out`, with the quotation's speaker for those that stand
    /// inside one and name no one else.
    pub fn follow(
        &mut self,
        out: &mut Vec<Directive>,
        found: Vec<Directive>,
        w: &Words,
        (si, paragraph): (usize, usize),
        voices: &[Voice],
    ) {
        let inside = self.open;
        let m = Marks {
            w,
            voices,
            marks: quote_marks(&w.text[w.start..w.end], w.start, inside),
        };
        let mut pending: Vec<Directive> = Vec::new();
        for mut d in found {
            let at_cue = (m.marks.iter().rev())
                .find(|k| k.0 < d.cue.start)
                .map_or(inside, |k| k.1);
            let first_person = (d.speaker.as_ref())
                .is_some_and(|s| w.lex.first_person.contains(&s.text.to_lowercase().as_str()));
            if !(at_cue && (d.speaker.is_none() || first_person)) {
                out.push(d);
                continue;
            }
            match m.marks.iter().find(|k| k.0 > d.cue.start && !k.1) {
                // Closed in this sentence: '...," he said.'
                Some(&(at, _)) => {
                    let opener = (m.marks.iter().rev())
                        .find(|k| k.0 < d.cue.start && k.1)
                        .map_or(self.opener.clone(), |k| m.outside(None, Some(k.0)));
                    if let Some(s) = m.closer(at, &opener) {
                        d.speaker = Some(s);
                        d.speaker_rule = Some("quotation".into());
                    }
                    out.push(d);
                }
                // Still open: wait for its end.
                None => pending.push(d),
            }
        }
        for &(at, opens) in &m.marks {
            if opens {
                // 'He said: "...': the verb before the mark introduces the quotation.
                self.opener = m.outside(None, Some(at));
                self.waiting.clear();
            } else {
                let speaker = m.closer(at, &self.opener);
                self.settle(out, speaker.as_ref());
                self.opener = None;
            }
            self.open = opens;
            self.since = si;
            self.paragraph = paragraph;
        }
        for d in pending {
            self.waiting.push(out.len());
            out.push(d);
        }
    }
}

/// A sentence's quotation marks with the voices of its verbs.
struct Marks<'s, 'a> {
    w: &'s Words<'a>,
    voices: &'s [Voice],
    marks: Vec<(usize, bool)>,
}

impl Marks<'_, '_> {
    /// The first strong speaker of a verb between two offsets of this sentence.
    fn outside(&self, after: Option<usize>, before: Option<usize>) -> Option<Speaker> {
        (self.voices.iter())
            .filter(|v| {
                let at = self.w.toks[v.verb].start();
                after.is_none_or(|a| at > a) && before.is_none_or(|b| at < b)
            })
            .find_map(|v| v.speaker.clone().filter(|s| strong(self.w.lex, s)))
    }

    /// Who speaks a quotation that closes at `at`: the verb after the mark ('...," he
    /// said'), else the one that introduced it ('He said: "...').
    fn closer(&self, at: usize, opener: &Option<Speaker>) -> Option<Speaker> {
        let next_open = self.marks.iter().find(|m| m.0 > at && m.1).map(|m| m.0);
        self.outside(Some(at), next_open).or_else(|| opener.clone())
    }
}

/// The quotation marks of a sentence as (byte offset in the text, opens?), given whether the
/// sentence starts inside a quotation. Curly marks say which they are; a straight one
/// toggles.
pub(super) fn quote_marks(sentence: &str, offset: usize, mut inside: bool) -> Vec<(usize, bool)> {
    let mut marks = Vec::new();
    for (i, c) in sentence.char_indices() {
        let opens = match c {
            '“' => true,
            '”' => false,
            '"' => !inside,
            _ => continue,
        };
        if opens != inside {
            marks.push((offset + i, opens));
            inside = opens;
        }
    }
    marks
}
