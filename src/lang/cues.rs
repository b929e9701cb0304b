//! The cue-verb tables of a language, in a form every language shares: which word forms are
//! cue or reporting verbs (with their lemma), and which roles each lemma can play. The words
//! themselves are language data (`en::VERBS`, `en::CLASSES`).

use rustc_hash::FxHashMap as HashMap;

/// The role a cue verb plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// "urge X to do", "ask X to do", "call on X to do": addressee, then "to" and the action.
    Addressed,
    /// "call for X", "press for X": the action is the object; "for" (or "on") follows.
    ForObject,
    /// "demand X", "urge X": the action is the object noun phrase.
    Object,
    /// "stress the need to X", "emphasize the importance of X".
    Emphasis,
    /// Plain reporting verbs ("said", "praised"): not a directive, but they name speakers and
    /// can report an obligation ("said that X must ...").
    Reporting,
}

/// One verb form known to the cue matcher.
#[derive(Clone, Copy, Debug)]
pub struct VerbForm {
    /// The verb's base form.
    pub lemma: &'static str,
    /// An "-ing" form (participial use: "emphasizing the importance of ...").
    pub participle: bool,
}

/// Lookup tables for the cue matcher, built from a language's lists.
pub struct Cues {
    forms: HashMap<&'static str, VerbForm>,
    classes: HashMap<&'static str, &'static [CueClass]>,
}

impl Cues {
    /// The tables of a language's cue verbs (lemma and its base, third-person, past and -ing
    /// forms) and of each lemma's classes.
    pub(crate) fn new(
        verbs: &'static [(&'static str, [&'static str; 4])],
        classes: &'static [(&'static str, &'static [CueClass])],
    ) -> Cues {
        let mut forms = HashMap::default();
        for (lemma, fs) in verbs {
            for (i, f) in fs.iter().enumerate() {
                forms.insert(
                    *f,
                    VerbForm {
                        lemma,
                        participle: i == 3,
                    },
                );
            }
        }
        Cues {
            forms,
            classes: classes.iter().copied().collect(),
        }
    }

    /// The verb form of a lowercase word, if it is a known cue or reporting verb.
    pub fn verb(&self, lower: &str) -> Option<VerbForm> {
        self.forms.get(lower).copied()
    }

    /// The classes of a lemma; a verb absent from `CLASSES` is a plain reporting verb.
    pub fn classes(&self, lemma: &str) -> &'static [CueClass] {
        self.classes
            .get(lemma)
            .copied()
            .unwrap_or(&[CueClass::Reporting])
    }
}
