//! Directive metrics on PolNeAR: gold directives are the attributions whose cue is a
//! directive verb; recall at sentence level, speaker agreement, precision.

/// Whether a gold cue (with the start of its content) is a directive verb: urge, call for/on,
/// demand, order, request, instruct, press for, push for, appeal, implore, plead, exhort,
/// command, direct, petition, beg.
pub fn is_directive_cue(cue: &str, content: &str) -> bool {
    let cue = cue.to_lowercase();
    let words: Vec<&str> = cue
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let next = content
        .to_lowercase()
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    let has_particle =
        |ps: &[&str]| words.iter().any(|w| ps.contains(w)) || ps.contains(&next.as_str());
    let form = |stems: &[&str]| {
        words.iter().any(|w| {
            stems.iter().any(|s| {
                *w == *s
                    || w.strip_prefix(s).is_some_and(|rest| {
                        ["s", "es", "d", "ed", "ing", "ged", "ging"].contains(&rest)
                    })
            })
        })
    };
    form(&[
        "urge", "urg", "demand", "order", "request", "instruct", "appeal", "implore", "implor",
        "exhort", "command", "direct", "petition", "beg", "plead",
    ]) || form(&["call"]) && has_particle(&["for", "on", "upon"])
        || form(&["press", "push"]) && has_particle(&["for"])
}

/// Whether a source is a pronoun.
pub fn is_pronoun(source: &str) -> bool {
    matches!(
        source.trim().to_lowercase().as_str(),
        "he" | "she" | "they" | "i" | "we" | "it" | "you" | "him" | "her" | "them" | "us" | "me"
    )
}

/// Maps UTF-8 byte offsets of a text to char (code point) offsets, as Python indexes strings.
pub struct CharIndex {
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        CharIndex {
            starts: text.char_indices().map(|(b, _)| b).collect(),
        }
    }
    /// The char offset of a byte offset on a char boundary.
    pub fn char_of(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directive_cues() {
        assert!(is_directive_cue("urged", "the judge to give"));
        assert!(is_directive_cue("is calling for", "the United States"));
        assert!(is_directive_cue("called", "for a recount"));
        assert!(is_directive_cue("demanded", "an apology"));
        assert!(!is_directive_cue("said", "that"));
        assert!(!is_directive_cue("called", "him a liar"));
        assert!(!is_directive_cue("pushed", "back"));
        assert!(!is_directive_cue("directly", ""));
        assert!(!is_directive_cue("pledged", "to work together"));
    }

    #[test]
    fn char_offsets() {
        let idx = CharIndex::new("é😀a");
        assert_eq!(
            (
                idx.char_of(0),
                idx.char_of(2),
                idx.char_of(6),
                idx.char_of(7)
            ),
            (0, 1, 2, 3)
        );
    }
}
