//! Paragraphs and sentences with byte spans: UAX #29 plus the repairs it lacks.
//!
//! The text is first cut into blocks (separated by blank lines) and, inside a block, into
//! regions: a line without final punctuation that is not a wrapped line (a headline, a
//! dateline, a bullet item) is a region of its own. Inside a region, soft line breaks are
//! read as spaces, UAX #29 proposes sentence breaks, and the repairs undo the false ones
//! (titles, initials, abbreviations, a lowercase continuation). Any sentence longer than
//! [`MAX_SENTENCE_BYTES`] is cut into bounded chunks, so one endless sentence costs linear
//! time like any other text.

use unicode_segmentation::UnicodeSegmentation;

use crate::analysis::SentenceKind;
use crate::lang::Language;

/// Longest sentence kept whole; longer runs are cut at a clause or word boundary.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// A sentence span found by [`segment`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Segment {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub kind: SentenceKind,
    /// The first chunk of a sentence longer than [`MAX_SENTENCE_BYTES`], cut into chunks.
    pub cut: bool,
}

/// One line of a block: byte span without the line terminator.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    end: usize,
}

/// Splits `text` into sentences, headings and list items, in order, spans trimmed of
/// white space. Never panics; linear in the length of the text.
pub(crate) fn segment(text: &str, lang: &Language) -> Vec<Segment> {
    let norm = soft_breaks_as_spaces(text);
    let mut out = Vec::new();
    let mut paragraph = 0;
    for block in blocks(text) {
        let before = out.len();
        for (start, end, line_kind) in regions(text, &block) {
            split_region(
                text, &norm, start, end, line_kind, paragraph, lang, &mut out,
            );
        }
        if out.len() > before {
            paragraph += 1;
        }
    }
    out
}

/// A copy of `text` of the same byte length in which every line or paragraph separator and
/// tab is a space, so UAX #29 reads a wrapped line as one sentence. Offsets stay valid.
fn soft_breaks_as_spaces(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' | b'\t' | 0x0b | 0x0c => bytes[i] = b' ',
            // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9): whole characters only.
            0xc2 if bytes.get(i + 1) == Some(&0x85) => {
                bytes[i..i + 2].fill(b' ');
                i += 1;
            }
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                bytes[i..i + 3].fill(b' ');
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    // Only whole characters were replaced by ASCII spaces, so this stays valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Blocks of consecutive non-blank lines.
fn blocks(text: &str) -> Vec<Vec<Line>> {
    let mut blocks = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    while start <= text.len() {
        let nl = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|i| start + i);
        let raw_end = nl.unwrap_or(text.len());
        let mut end = raw_end;
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        let line = &text[start..end];
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(Line { start, end });
        }
        match nl {
            Some(i) => start = i + 1,
            None => break,
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// Whether a line (trimmed) ends like a sentence: . ! ? … : ; optionally followed by
/// closing quotes or brackets.
fn ends_with_terminal(line: &str) -> bool {
    let trimmed = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*', '_']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// Whether a line without final punctuation is a paragraph of sentences, not a heading: a
/// text pasted as one line whose last fragment (a photo caption, a byline) has no full stop.
/// A heading is short: a line of more than [`HEADING_WORDS`] words with a sentence end
/// inside (". " before a capital) is read as sentences.
///
/// Chinese and Japanese have no spaces: there a line of more than [`HEADING_CHARS`]
/// characters with 。, ！ or ？ inside is read as sentences ("前晚，马云在京...吃饭，商讨慈善事宜。
/// 据悉..." pasted as one line).
fn paragraph_line(line: &str) -> bool {
    let long = line.split_whitespace().nth(HEADING_WORDS).is_some();
    let latin = long
        && line.as_bytes().windows(3).any(|w| {
            matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && w[2].is_ascii_uppercase()
        });
    let line = line.trim_end();
    let ideographic =
        |(k, c): (usize, char)| matches!(c, '。' | '！' | '？') && k + c.len_utf8() < line.len();
    latin || line.chars().nth(HEADING_CHARS).is_some() && line.char_indices().any(ideographic)
}

/// The most words a heading has.
const HEADING_WORDS: usize = 20;
/// The most characters a heading of Chinese or Japanese has.
const HEADING_CHARS: usize = 40;

/// Whether a line starts a list item: "-", "*", "•", "1.", "2)", "a)".
fn is_bullet(line: &str) -> bool {
    list_marker(line.trim_start()).is_some()
}

/// The length of the list marker that opens `t`, with the space after it: "- ", "• ", "1. ",
/// "12) ", "(a) ", "(B) ", "(iv) ", "(3) ", "a) ". None when `t` opens with none.
fn list_marker(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let spaced = |n: usize| matches!(b.get(n), Some(b' ' | b'\t')).then_some(n + 1);
    let mut chars = t.chars();
    match chars.next()? {
        c @ ('-' | '*' | '•' | '·' | '–' | '—' | '▪' | '◦' | '‣' | '+') => {
            spaced(c.len_utf8())
        }
        c if c.is_ascii_digit() => {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            (n <= 3 && matches!(b.get(n), Some(b'.' | b')')))
                .then_some(())
                .and_then(|()| spaced(n + 1))
        }
        '(' => {
            // "(3)", "(a)", "(B)", "(iv)"; not "(CNN)" or "(AP)", a dateline's source.
            let inner = &b[1..];
            let n = inner
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let label = &inner[..n];
            let marker = (1..=3).contains(&n) && label.iter().all(u8::is_ascii_digit)
                || n == 1
                || (1..=4).contains(&n) && label.iter().all(|c| b"ivxlc".contains(c));
            (marker && inner.get(n) == Some(&b')'))
                .then_some(())
                .and_then(|()| spaced(n + 2))
        }
        c if c.is_ascii_lowercase() && b.get(1) == Some(&b')') => spaced(2),
        _ => None,
    }
}

/// Whether `piece` is a list marker alone ("1.", "(a)"): UAX #29 ends a sentence after "1.",
/// but the item goes on after it.
fn is_marker_only(piece: &str) -> bool {
    // The longest marker is "(abcd)"; a longer piece (a merged run grows) is read no further.
    if piece.len() > 12 {
        return false;
    }
    let t = piece.trim();
    !t.is_empty()
        && !t.starts_with(['-', '*', '+'])
        && list_marker(&format!("{t} ")) == Some(t.len() + 1)
}

fn starts_lowercase(line: &str) -> bool {
    line.trim_start()
        .trim_start_matches(['"', '\'', '“', '‘', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
}

fn starts_indented(line: &str) -> bool {
    line.starts_with(['\t', ' '])
}

/// Regions of a block: (start, end, kind if the region is a single special line).
fn regions(text: &str, block: &[Line]) -> Vec<(usize, usize, Option<SentenceKind>)> {
    let lines: Vec<&str> = block.iter().map(|l| &text[l.start..l.end]).collect();
    let any_terminal = lines
        .iter()
        .any(|l| l.contains(['.', '!', '?', '…', '。', '！', '？']));
    let max_len = lines
        .iter()
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    let mut region_start = 0usize; // index into lines
    for i in 0..lines.len() {
        let last = i + 1 == lines.len();
        let join = !last && joins_next(lines[i], lines[i + 1], any_terminal, max_len);
        if !join {
            let first = region_start;
            let start = block[first].start;
            let end = block[i].end;
            let kind = if is_bullet(lines[first]) {
                Some(SentenceKind::Item)
            } else if first == i && !ends_with_terminal(lines[i]) && !paragraph_line(lines[i]) {
                Some(SentenceKind::Heading)
            } else {
                None
            };
            out.push((start, end, kind));
            region_start = i + 1;
        }
    }
    out
}

/// Whether line `a` continues on line `b` (the break between them is soft).
fn joins_next(a: &str, b: &str, any_terminal: bool, max_len: usize) -> bool {
    if is_bullet(b) {
        return false;
    }
    if ends_with_terminal(a) {
        return true;
    }
    if !any_terminal {
        // No punctuation anywhere: every line is its own unit.
        return false;
    }
    if starts_lowercase(b) {
        return true;
    }
    if starts_indented(b) && !starts_indented(a) {
        return true;
    }
    let len = a.trim().chars().count();
    max_len >= 40 && len * 4 >= max_len * 3
}

/// Splits one region into sentences and appends them to `out`.
#[allow(clippy::too_many_arguments)]
fn split_region(
    text: &str,
    norm: &str,
    start: usize,
    end: usize,
    line_kind: Option<SentenceKind>,
    paragraph: usize,
    lang: &Language,
    out: &mut Vec<Segment>,
) {
    let pieces = uax29_pieces(&norm[start..end], start);
    // Repairs: merge a piece into the previous one when the break was false.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (mut s, e) in pieces {
        if let Some(prev) = merged.last_mut() {
            if is_false_break(&text[prev.0..prev.1], &text[s..e], lang) {
                prev.1 = e;
                continue;
            }
            // "地方：1.为人们": a list item's number belongs to the item after it.
            if let Some(k) = item_number_at_end(text, *prev, s, lang) {
                if k == prev.0 {
                    prev.1 = e;
                    continue;
                }
                prev.1 = k;
                s = k;
            }
        }
        merged.push((s, e));
    }
    for (i, (s, e)) in merged.into_iter().enumerate() {
        let kind = match line_kind {
            Some(SentenceKind::Item) => SentenceKind::Item,
            Some(SentenceKind::Heading) if i == 0 => SentenceKind::Heading,
            _ => SentenceKind::Sentence,
        };
        push_bounded(text, s, e, paragraph, kind, out);
    }
}

/// In a text without spaces (Chinese, Japanese), where the piece `prev` ends with a list
/// item's number ("1.", "12.") and the next piece, at `next`, goes on right after it with a
/// Han or kana character: where that number starts. The break UAX #29 put after the dot
/// belongs before the number.
fn item_number_at_end(
    text: &str,
    prev: (usize, usize),
    next: usize,
    lang: &Language,
) -> Option<usize> {
    let piece = &text[prev.0..prev.1];
    let body = piece.strip_suffix('.')?;
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    // In an unspaced language, a letter that is not ASCII is a Han or kana character.
    let starts_word =
        (text[next..].chars().next()).is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    (lang.unspaced && (1..=2).contains(&digits) && next == prev.1 && starts_word)
        .then(|| prev.1 - 1 - digits)
}

/// The longest run of one class (white space, closing marks, one repeated character) that
/// UAX #29 sees whole; longer runs are shortened for it ([`Runs`]).
const MAX_RUN: usize = 16;

/// UAX #29's sentence pieces of `region` (at byte `start` of the text), trimmed, as
/// absolute spans. The segmenter looks ahead over a run of spaces or closing marks from
/// every position in it (rule SB8), so a long run costs the square of its length; it gets a
/// copy with every run cut to [`MAX_RUN`] characters, which breaks at the same places (no
/// rule breaks inside such a run, nor depends on its length), mapped back.
fn uax29_pieces(region: &str, start: usize) -> Vec<(usize, usize)> {
    let runs = Runs::of(region);
    let seen = runs.as_ref().map_or(region, |r| r.text.as_str());
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (offset, piece) in seen.split_sentence_bound_indices() {
        let (a, b) = match &runs {
            Some(r) => (r.original(offset), r.original(offset + piece.len())),
            None => (offset, offset + piece.len()),
        };
        let piece = &region[a..b];
        let trimmed_start = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            continue;
        }
        let s = start + a + trimmed_start;
        pieces.push((s, s + trimmed.len()));
    }
    pieces
}

/// A copy of a region with every run longer than [`MAX_RUN`] characters cut to that many,
/// and where each cut run starts and ends in both.
struct Runs {
    text: String,
    /// (offset in `text`, offset in the region) at the start and the end of each cut run.
    anchors: Vec<(usize, usize)>,
}

/// The class of a character for run cutting: white space, closing marks (UAX #29's Close,
/// as far as they are common), or the character itself.
fn run_class(c: char) -> u32 {
    if c.is_whitespace() {
        0
    } else if matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '»'
            | '«'
            | '”'
            | '“'
            | '’'
            | '‘'
            | '›'
            | '‹'
            | '」'
            | '』'
            | '）'
            | '〉'
            | '》'
            | '】'
    ) {
        1
    } else {
        c as u32 + 2
    }
}

/// A quick look at the bytes: false when no run of more than [`MAX_RUN`] characters of one
/// class can be there. White space, closing marks and every non-ASCII byte count as one
/// class (a no-break space or a guillemet is non-ASCII), any other byte as itself.
fn may_have_runs(bytes: &[u8]) -> bool {
    let class = |b: u8| -> u16 {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b')' | b']' | b'}' | b'"' | b'\'' => 0,
            0x80.. => 0,
            _ => u16::from(b) + 1,
        }
    };
    let (mut last, mut len) = (u16::MAX, 0usize);
    for &b in bytes {
        let k = class(b);
        if k == last {
            len += 1;
            if len >= MAX_RUN {
                return true;
            }
        } else {
            (last, len) = (k, 0);
        }
    }
    false
}

impl Runs {
    /// `None` when no run is longer than [`MAX_RUN`] (the common case: no copy).
    fn of(region: &str) -> Option<Runs> {
        if !may_have_runs(region.as_bytes()) {
            return None;
        }
        let mut runs = Vec::new(); // (start, end of the kept part, end) in the region
        let (mut class, mut len, mut run_start, mut kept_end) = (u32::MAX, 0usize, 0, 0);
        for (i, c) in region.char_indices() {
            let k = run_class(c);
            if k != class {
                if len > MAX_RUN {
                    runs.push((run_start, kept_end, i));
                }
                (class, len, run_start) = (k, 0, i);
            }
            len += 1;
            if len == MAX_RUN {
                kept_end = i + c.len_utf8();
            }
        }
        if len > MAX_RUN {
            runs.push((run_start, kept_end, region.len()));
        }
        if runs.is_empty() {
            return None;
        }
        let mut text = String::with_capacity(region.len());
        let mut anchors = Vec::with_capacity(runs.len() * 2);
        let mut from = 0;
        for (s, kept, e) in runs {
            text.push_str(&region[from..kept]);
            anchors.push((text.len() - (kept - s), s));
            anchors.push((text.len(), e));
            from = e;
        }
        text.push_str(&region[from..]);
        Some(Runs { text, anchors })
    }

    /// The region offset of an offset in the copy.
    fn original(&self, at: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 <= at);
        match i.checked_sub(1).map(|k| self.anchors[k]) {
            Some((c, o)) => o + (at - c),
            None => at,
        }
    }
}

/// Appends `text[s..e]`, cut into chunks of at most [`MAX_SENTENCE_BYTES`].
fn push_bounded(
    text: &str,
    mut s: usize,
    e: usize,
    paragraph: usize,
    kind: SentenceKind,
    out: &mut Vec<Segment>,
) {
    let mut first = e - s > MAX_SENTENCE_BYTES;
    while e - s > MAX_SENTENCE_BYTES {
        let cut = chunk_end(text, s, s + MAX_SENTENCE_BYTES);
        let piece = &text[s..cut];
        let trimmed = piece.trim_end();
        if !trimmed.trim().is_empty() {
            let lead = piece.len() - piece.trim_start().len();
            out.push(Segment {
                start: s + lead,
                end: s + trimmed.len(),
                paragraph,
                kind,
                cut: std::mem::take(&mut first),
            });
        }
        s = cut;
        while s < e && text[s..].starts_with(char::is_whitespace) {
            s += text[s..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if s < e {
        out.push(Segment {
            start: s,
            end: e,
            paragraph,
            kind,
            cut: first,
        });
    }
}

/// Where to end a chunk that starts at `s` and may not pass `limit`: after the last ';' or
/// ',' in the second half of the window, else at the last space, else at a char boundary.
fn chunk_end(text: &str, s: usize, limit: usize) -> usize {
    let mut limit = limit.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[s..limit];
    let half = window.len() / 2;
    for pat in [';', ',', ' '] {
        if let Some(i) = window.rfind(pat) {
            if i >= half || pat == ' ' && i > 0 {
                return s + i + pat.len_utf8();
            }
        }
    }
    if limit > s {
        limit
    } else {
        // A single character longer than the limit cannot happen (limit >= 4 bytes), but
        // never return an empty chunk.
        s + text[s..].chars().next().map_or(1, char::len_utf8)
    }
}

/// The longest word read for an abbreviation at the end of a piece, in bytes.
const MAX_WORD: usize = 256;

/// Whether the break between `prev` and `next` (both trimmed) is a false UAX #29 break.
fn is_false_break(prev: &str, next: &str, lang: &Language) -> bool {
    // "1." then "Run the tests.": one item. "... small." then "(a) Name it.": two.
    if is_marker_only(prev) {
        return true;
    }
    if list_marker(next).is_some() {
        return false;
    }
    let next_inner = next.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«']);
    let Some(first) = next_inner.chars().next() else {
        return true;
    };
    // A piece that starts with closing punctuation or is punctuation only belongs before.
    if !next.chars().any(char::is_alphanumeric) || matches!(first, ')' | ']' | '”' | '’' | '»')
    {
        return true;
    }
    if first.is_lowercase() {
        return true;
    }
    // The last word of the previous piece, without leading punctuation. Only its last
    // [`MAX_WORD`] bytes are read (the piece grows with every merge): a longer word is no
    // abbreviation.
    let mut tail = prev.len().saturating_sub(MAX_WORD);
    while !prev.is_char_boundary(tail) {
        tail += 1;
    }
    let Some(last_word) = prev[tail..].rsplit(char::is_whitespace).next() else {
        return false;
    };
    if tail > 0 && last_word.len() == prev.len() - tail {
        return false;
    }
    let last_word = last_word.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«']);
    if !last_word.ends_with('.') || last_word.ends_with("..") {
        return false;
    }
    let word = &last_word[..last_word.len() - 1];
    if word.is_empty() {
        return false;
    }
    if lang.never_final_abbreviations.contains(word) {
        return true;
    }
    // An ordinal: "am 3. Oktober", "den 12. maj".
    if lang.ordinal_dots && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // An initial: "J. R. R. Tolkien", "George W. Bush".
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    if first.is_ascii_digit() && lang.number_abbreviations.contains(word) {
        return true;
    }
    let acronym = word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if lang.maybe_final_abbreviations.contains(word) || acronym {
        let next_word: String = next_inner
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        return !lang.sentence_starters.contains(next_word.as_str());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_sentences(text: &str, expected: &[&str]) {
        let lang = Language::english();
        let got: Vec<&str> = segment(text, &lang)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn titles_and_initials() {
        assert_sentences(
            "Dr. Smith met Mr. J. R. R. Tolkien. He sat.",
            &["Dr. Smith met Mr. J. R. R. Tolkien.", "He sat."],
        );
    }

    #[test]
    fn headline_is_its_own_unit() {
        let lang = Language::english();
        let text = "Big News Today\nThe minister spoke. He left.";
        let segs = segment(text, &lang);
        assert_eq!(segs.len(), 3);
        assert_eq!(segs[0].kind, SentenceKind::Heading);
        assert_eq!(segs[1].kind, SentenceKind::Sentence);
    }

    #[test]
    fn a_text_pasted_as_one_line_is_no_heading() {
        let lang = Language::english();
        let text = "The mayor announced a new water plan on Monday. It will cost 5 million \
                    dollars. Residents welcomed it. The mayor at the launch on Monday";
        let segs = segment(text, &lang);
        assert_eq!(segs.len(), 4);
        assert!(
            segs.iter().all(|s| s.kind == SentenceKind::Sentence),
            "{segs:?}"
        );
        // A short line without final punctuation still is.
        let segs = segment("U.S. Senate Passes Bill\nThe vote was close.", &lang);
        assert_eq!(segs[0].kind, SentenceKind::Heading);
        // Chinese, without spaces: sentences inside a long line make it a paragraph.
        let text = "前晚，马云在京以私人名义邀请微软创始人比尔·盖茨吃饭，商讨慈善事宜。\
                    据悉，两人就慈善基金的运作交换了意见，并约定明年再次会面";
        let segs = segment(text, &lang);
        assert!(
            segs.iter().all(|s| s.kind == SentenceKind::Sentence),
            "{segs:?}"
        );
        let segs = segment("可穿戴技术十大设计原则\n本文总结了十个设计原则。", &lang);
        assert_eq!(segs[0].kind, SentenceKind::Heading);
    }

    /// LCSTS post 0 (its form, words written for this test): the break UAX #29 puts after
    /// "1." belongs before it.
    #[test]
    fn a_chinese_list_number_starts_its_item() {
        let lang = Language::of("zh");
        let text = "这是本文的设计原则。原则如下：1.为人们解决问题；2.从人开始。";
        let segs = segment(text, lang);
        let texts: Vec<&str> = segs.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            texts,
            [
                "这是本文的设计原则。",
                "原则如下：",
                "1.为人们解决问题；",
                "2.从人开始。"
            ]
        );
        // Not in a spaced language, nor with a space after the dot.
        let text = "Growth was 2.5 percent in 2019. Then it fell.";
        assert_eq!(segment(text, &Language::english()).len(), 2);
    }

    #[test]
    fn numbered_and_lettered_items_stay_whole_and_apart() {
        let lang = Language::english();
        let text = "Rules\n\n1. Run the tests before you push.\n2. Keep commits small.\n\
                    (a) Name each commit.\n(b) Say why.\na) One more.\n(iv) And this.";
        let segs = segment(text, &lang);
        let got: Vec<(&str, SentenceKind)> = segs
            .iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect();
        use SentenceKind::{Heading, Item};
        assert_eq!(
            got,
            [
                ("Rules", Heading),
                ("1. Run the tests before you push.", Item),
                ("2. Keep commits small.", Item),
                ("(a) Name each commit.", Item),
                ("(b) Say why.", Item),
                ("a) One more.", Item),
                ("(iv) And this.", Item),
            ]
        );
        // In running text a parenthesis is no item: "(see below)" stays in its sentence.
        assert_sentences(
            "The plan failed (see below). It was late.",
            &["The plan failed (see below).", "It was late."],
        );
        assert!(list_marker("(a) x").is_some() && list_marker("(abcde) x").is_none());
        assert!(list_marker("(12) x").is_some() && list_marker("(B) x").is_some());
        // A dateline's source is no item: "(CNN) -- ...", "(AP) ...".
        assert!(list_marker("(CNN) -- The").is_none() && list_marker("(AP) The").is_none());
        assert!(list_marker("(abc) x").is_none());
        assert!(is_marker_only("1.") && is_marker_only(" (iv) ") && !is_marker_only("1. Run"));
    }

    #[test]
    fn endless_sentence_is_chunked() {
        let text = "word ".repeat(5_000);
        let lang = Language::english();
        let segs = segment(&text, &lang);
        assert!(segs.len() >= 10);
        assert!(segs.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
        assert_eq!(
            segs.iter().filter(|s| s.cut).count(),
            1,
            "one sentence was cut"
        );
    }
}
