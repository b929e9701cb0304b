//! An analysis as Python dicts and lists, with the JSON's keys (the serde names of
//! `nutshell::Analysis`) and the same rule for absent values: `cutSentences` only when not 0,
//! `cut` only when true, `None` for a missing speaker, addressee or speaker rule.
//!
//! Written out rather than derived through serde (pythonize): the keys are interned once
//! per interpreter (`intern!`), so a result costs one dict per object and no key strings.
//! With the garbage collector paused ([`without_gc`]) that took the conversion of the 2,225
//! BBC analyses from 0.57 s (pythonize) to about 0.15 s, against about 1.7 s for the
//! analyses themselves. A test compares every key and value with the CLI's JSON.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use nutshell::{Analysis, Clause, Directive, Keyphrase, Part, Reason, Sentence, Speaker};
use nutshell::{Stats, SummarySentence, Theme};

type Dict<'py> = Bound<'py, PyDict>;

/// `f()` with Python's cyclic garbage collector paused (and resumed if it was running).
/// Building many results allocates hundreds of thousands of dicts and lists, none of them
/// garbage, and each collection the allocations trigger walks all of them again: on the
/// 2,225 BBC analyses that was a fifth of the conversion.
pub fn without_gc<'py, T>(py: Python<'py>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let gc = py.import(intern!(py, "gc"))?;
    let enabled: bool = gc.call_method0(intern!(py, "isenabled"))?.extract()?;
    if !enabled {
        return f();
    }
    gc.call_method0(intern!(py, "disable"))?;
    let result = f();
    gc.call_method0(intern!(py, "enable"))?;
    result
}

/// A list of the converted items.
fn list<'py, T>(
    py: Python<'py>,
    items: &[T],
    f: impl Fn(Python<'py>, &T) -> PyResult<Dict<'py>>,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for item in items {
        list.append(f(py, item)?)?;
    }
    Ok(list)
}

/// The analysis as a dict.
pub fn analysis<'py>(py: Python<'py>, a: &Analysis) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "stats"), stats(py, &a.stats)?)?;
    d.set_item(intern!(py, "sentences"), list(py, &a.sentences, sentence)?)?;
    d.set_item(intern!(py, "summary"), list(py, &a.summary, summary)?)?;
    d.set_item(
        intern!(py, "keyphrases"),
        list(py, &a.keyphrases, keyphrase)?,
    )?;
    d.set_item(intern!(py, "themes"), list(py, &a.themes, theme)?)?;
    d.set_item(
        intern!(py, "directives"),
        list(py, &a.directives, directive)?,
    )?;
    Ok(d)
}

fn stats<'py>(py: Python<'py>, s: &Stats) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "bytes"), s.bytes)?;
    d.set_item(intern!(py, "chars"), s.chars)?;
    d.set_item(intern!(py, "words"), s.words)?;
    d.set_item(intern!(py, "sentences"), s.sentences)?;
    d.set_item(intern!(py, "paragraphs"), s.paragraphs)?;
    d.set_item(intern!(py, "summaryWords"), s.summary_words)?;
    d.set_item(intern!(py, "functionWords"), s.function_words)?;
    if s.cut_sentences != 0 {
        d.set_item(intern!(py, "cutSentences"), s.cut_sentences)?;
    }
    if let Some(n) = s.utf16 {
        d.set_item(intern!(py, "utf16"), n)?;
    }
    d.set_item(intern!(py, "language"), &s.language)?;
    d.set_item(intern!(py, "languageConfidence"), s.language_confidence)?;
    d.set_item(intern!(py, "scorer"), &s.scorer)?;
    Ok(d)
}

fn sentence<'py>(py: Python<'py>, s: &Sentence) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "index"), s.index)?;
    d.set_item(intern!(py, "paragraph"), s.paragraph)?;
    d.set_item(intern!(py, "kind"), s.kind.as_str())?;
    d.set_item(intern!(py, "text"), &s.text)?;
    d.set_item(intern!(py, "start"), s.start)?;
    d.set_item(intern!(py, "end"), s.end)?;
    d.set_item(intern!(py, "words"), s.words)?;
    d.set_item(intern!(py, "score"), s.score)?;
    d.set_item(intern!(py, "rank"), s.rank)?;
    Ok(d)
}

fn summary<'py>(py: Python<'py>, s: &SummarySentence) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "index"), s.index)?;
    d.set_item(intern!(py, "text"), &s.text)?;
    d.set_item(intern!(py, "start"), s.start)?;
    d.set_item(intern!(py, "end"), s.end)?;
    d.set_item(intern!(py, "score"), s.score)?;
    d.set_item(intern!(py, "why"), list(py, &s.why, reason)?)?;
    if s.cut {
        d.set_item(intern!(py, "cut"), true)?;
    }
    Ok(d)
}

fn reason<'py>(py: Python<'py>, r: &Reason) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "feature"), &r.feature)?;
    d.set_item(intern!(py, "note"), &r.note)?;
    d.set_item(intern!(py, "weight"), r.weight)?;
    Ok(d)
}

fn keyphrase<'py>(py: Python<'py>, k: &Keyphrase) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "text"), &k.text)?;
    d.set_item(intern!(py, "score"), k.score)?;
    d.set_item(intern!(py, "count"), k.count)?;
    d.set_item(intern!(py, "sentences"), &k.sentences)?;
    Ok(d)
}

fn theme<'py>(py: Python<'py>, t: &Theme) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "label"), &t.label)?;
    d.set_item(intern!(py, "score"), t.score)?;
    d.set_item(intern!(py, "count"), t.count)?;
    d.set_item(intern!(py, "phrases"), &t.phrases)?;
    d.set_item(intern!(py, "sentences"), &t.sentences)?;
    Ok(d)
}

fn part<'py>(py: Python<'py>, p: &Part) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "text"), &p.text)?;
    d.set_item(intern!(py, "start"), p.start)?;
    d.set_item(intern!(py, "end"), p.end)?;
    Ok(d)
}

fn speaker<'py>(py: Python<'py>, s: &Speaker) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "name"), &s.name)?;
    d.set_item(intern!(py, "text"), &s.text)?;
    d.set_item(intern!(py, "start"), s.start)?;
    d.set_item(intern!(py, "end"), s.end)?;
    Ok(d)
}

fn clause<'py>(py: Python<'py>, c: &Clause) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "cue"), part(py, &c.cue)?)?;
    d.set_item(intern!(py, "action"), part(py, &c.action)?)?;
    d.set_item(intern!(py, "negated"), c.negated)?;
    d.set_item(intern!(py, "rule"), c.rule.as_ref())?;
    Ok(d)
}

fn directive<'py>(py: Python<'py>, x: &Directive) -> PyResult<Dict<'py>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "sentence"), x.sentence)?;
    d.set_item(intern!(py, "text"), &x.text)?;
    d.set_item(intern!(py, "start"), x.start)?;
    d.set_item(intern!(py, "end"), x.end)?;
    let who = x.speaker.as_ref().map(|s| speaker(py, s)).transpose()?;
    d.set_item(intern!(py, "speaker"), who)?;
    d.set_item(intern!(py, "cue"), part(py, &x.cue)?)?;
    let whom = x.addressee.as_ref().map(|p| part(py, p)).transpose()?;
    d.set_item(intern!(py, "addressee"), whom)?;
    d.set_item(intern!(py, "action"), part(py, &x.action)?)?;
    d.set_item(intern!(py, "kind"), x.kind.as_str())?;
    d.set_item(intern!(py, "negated"), x.negated)?;
    d.set_item(intern!(py, "also"), list(py, &x.also, clause)?)?;
    d.set_item(intern!(py, "rule"), x.rule.as_ref())?;
    d.set_item(intern!(py, "speakerRule"), x.speaker_rule.as_deref())?;
    Ok(d)
}
