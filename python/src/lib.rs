//! The Python binding of Nutshell (module `nutshell._nutshell`, re-exported by the
//! `nutshell` package): options from keyword arguments, texts in, plain dicts and lists
//! out, with the JSON's keys and every offset in code points (Python string indices). The
//! analysis is the core's; this file only moves values across the boundary, releases the
//! GIL while the core works, and spreads `analyze_many` over threads.

mod convert;

use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};

use nutshell::{Analysis, Length, Options};

/// The most threads `analyze_many` starts.
const MAX_THREADS: usize = 1024;

/// A `ValueError` that names the option, as the core's messages do, in Python's spelling.
fn invalid(option: &str, message: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(format!("invalid option `{option}`: {message}"))
}

/// A count option: negative numbers are errors that name it (not `OverflowError`).
fn count(option: &str, n: i64) -> PyResult<usize> {
    usize::try_from(n).map_err(|_| invalid(option, format_args!("must not be negative, got {n}")))
}

/// The text of a Python string without copying it. A string with lone surrogates (which
/// UTF-8 cannot hold) is copied with each of them replaced by U+FFFD, one code point for
/// one, so that offsets still index the caller's string.
enum Text {
    Backed(PyBackedStr),
    Repaired(String),
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Backed(s) => s,
            Text::Repaired(s) => s,
        }
    }
}

impl Text {
    fn from(item: &Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<Text> {
        let Ok(s) = item.cast::<PyString>() else {
            let kind = item.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "{} must be str, not {kind}",
                what()
            )));
        };
        if let Ok(backed) = s.extract::<PyBackedStr>() {
            return Ok(Text::Backed(backed));
        }
        let units = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
        let bytes: &[u8] = units.extract()?;
        let text = bytes
            .chunks_exact(4)
            .map(|b| {
                char::from_u32(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).unwrap_or('\u{fffd}')
            })
            .collect();
        Ok(Text::Repaired(text))
    }
}

/// Analyses texts with options checked once; reuse one for many texts.
///
/// Every keyword is optional: `sentences`, `ratio` or `words` (at most one: the summary's
/// length; 5 sentences by default), `max_keyphrases` (0 to 500, default 20), `max_themes`
/// (0 to 100, default 8), `phrase_words` (1 to 4, default 4), `language` ("auto", the
/// default, or a code from `languages()`). An invalid option raises `ValueError` naming it.
#[pyclass(frozen, module = "nutshell")]
struct Analyzer {
    inner: nutshell::Analyzer,
    /// The options as given, for `repr`.
    shown: String,
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(signature = (*, sentences=None, ratio=None, words=None, max_keyphrases=None, max_themes=None, phrase_words=None, language=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        sentences: Option<i64>,
        ratio: Option<f64>,
        words: Option<i64>,
        max_keyphrases: Option<i64>,
        max_themes: Option<i64>,
        phrase_words: Option<i64>,
        language: Option<&str>,
    ) -> PyResult<Analyzer> {
        let mut options = Options::default();
        let mut shown = Vec::new();
        let given = [
            ("sentences", sentences.is_some()),
            ("ratio", ratio.is_some()),
            ("words", words.is_some()),
        ];
        let lengths: Vec<&str> = given.iter().filter(|g| g.1).map(|g| g.0).collect();
        if lengths.len() > 1 {
            return Err(invalid(
                lengths[1],
                format_args!(
                    "only one of sentences, ratio and words may be given, got {}",
                    lengths.join(" and ")
                ),
            ));
        }
        if let Some(n) = sentences {
            options = options.with_length(Length::Sentences(count("sentences", n)?));
            shown.push(format!("sentences={n}"));
        }
        if let Some(r) = ratio {
            options = options.with_length(Length::Ratio(r));
            shown.push(format!("ratio={r}"));
        }
        if let Some(n) = words {
            options = options.with_length(Length::Words(count("words", n)?));
            shown.push(format!("words={n}"));
        }
        if let Some(n) = max_keyphrases {
            options = options.with_max_keyphrases(count("max_keyphrases", n)?);
            shown.push(format!("max_keyphrases={n}"));
        }
        if let Some(n) = max_themes {
            options = options.with_max_themes(count("max_themes", n)?);
            shown.push(format!("max_themes={n}"));
        }
        if let Some(n) = phrase_words {
            options = options.with_phrase_words(count("phrase_words", n)?);
            shown.push(format!("phrase_words={n}"));
        }
        if let Some(code) = language {
            options = options.with_language(code);
            shown.push(format!("language={code:?}"));
        }
        let inner = nutshell::Analyzer::new(options).map_err(|e| {
            PyValueError::new_err(e.message_naming(&format!("`{}`", e.option_spelled('_'))))
        })?;
        Ok(Analyzer {
            inner,
            shown: shown.join(", "),
        })
    }

    /// The analysis of one text, as a dict (the GIL is released while it runs).
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let text = Text::from(text, &|| "text".to_string())?;
        let a = py.detach(|| one(&self.inner, &text));
        convert::analysis(py, &a)
    }

    /// The analyses of many texts, in their order, on `threads` threads (every core by
    /// default); the GIL is released while they run.
    #[pyo3(signature = (texts, threads=None))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = match threads {
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Some(n) if (1..=MAX_THREADS as i64).contains(&n) => n as usize,
            Some(n) => {
                return Err(invalid(
                    "threads",
                    format_args!("must be from 1 to {MAX_THREADS} or None, got {n}"),
                ))
            }
        };
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not one str (use analyze for one text)",
            ));
        }
        let mut all = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            all.push(Text::from(&item?, &|| format!("texts[{i}]"))?);
        }
        let analyses = py.detach(|| many(&self.inner, &all, threads));
        drop(all);
        convert::without_gc(py, || {
            let list = PyList::empty(py);
            for a in &analyses {
                list.append(convert::analysis(py, a)?)?;
            }
            Ok(list)
        })
    }

    fn __repr__(&self) -> String {
        format!("nutshell.Analyzer({})", self.shown)
    }
}

/// One analysis, offsets in code points.
fn one(analyzer: &nutshell::Analyzer, text: &str) -> Analysis {
    nutshell::js::to_code_points(text, analyzer.analyze(text))
}

/// The analyses of `texts` in their order: each thread takes the next text not yet taken,
/// so a long text holds back no other.
fn many(analyzer: &nutshell::Analyzer, texts: &[Text], threads: usize) -> Vec<Analysis> {
    let threads = threads.min(texts.len()).max(1);
    if threads == 1 {
        return texts.iter().map(|t| one(analyzer, t)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Analysis>> = Vec::new();
    slots.resize_with(texts.len(), || None);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        done.push((i, one(analyzer, text)));
                    }
                    done
                })
            })
            .collect();
        for w in workers {
            // The core does not panic on text (fuzzed); if it ever did, that text's slot
            // stays empty and gets an empty analysis below rather than aborting the batch.
            for (i, a) in w.join().unwrap_or_default() {
                slots[i] = Some(a);
            }
        }
    });
    slots.into_iter().map(Option::unwrap_or_default).collect()
}

/// The analysis of one text with the given options, as a dict: `analyze(text,
/// sentences=3)`. For many texts, build an `Analyzer` once.
#[pyfunction]
#[pyo3(signature = (text, *, sentences=None, ratio=None, words=None, max_keyphrases=None, max_themes=None, phrase_words=None, language=None))]
#[allow(clippy::too_many_arguments)]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    sentences: Option<i64>,
    ratio: Option<f64>,
    words: Option<i64>,
    max_keyphrases: Option<i64>,
    max_themes: Option<i64>,
    phrase_words: Option<i64>,
    language: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    Analyzer::new(
        sentences,
        ratio,
        words,
        max_keyphrases,
        max_themes,
        phrase_words,
        language,
    )?
    .analyze(py, text)
}

/// The supported languages, English first: dicts with `code`, `name`, `native`, `rtl` and
/// `directives` (whether its key directives are read).
#[pyfunction]
fn languages(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for l in nutshell::languages() {
        let d = PyDict::new(py);
        d.set_item("code", l.code)?;
        d.set_item("name", l.name)?;
        d.set_item("native", l.native)?;
        d.set_item("rtl", l.rtl)?;
        d.set_item("directives", l.directives)?;
        list.append(d)?;
    }
    Ok(list)
}

/// The language of a text as `language="auto"` identifies it: `(code, confidence)`, the
/// code `None` when the text is in no supported language.
#[pyfunction]
fn identify_language<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<(Option<&'static str>, f64)> {
    let text = Text::from(text, &|| "text".to_string())?;
    Ok(py.detach(|| nutshell::identify_language(&text)))
}

#[pymodule]
fn _nutshell(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(identify_language, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("UNDETERMINED", nutshell::UNDETERMINED)?;
    Ok(())
}
