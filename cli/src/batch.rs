//! `--jsonl`: one analysis per input line, on every core, output in input order.
//!
//! A reader thread takes lines from the input as they come (never the whole file), worker
//! threads analyse them and write each line's JSON into its own buffer, and the calling
//! thread writes those buffers in input order. At most [`WINDOW_PER_THREAD`] × threads lines
//! are in flight at once (queued, being analysed, or waiting for an earlier line to be
//! written), so memory is bounded by the window, not by the input; a slow line holds back
//! only the output, and the reader waits for it instead of running ahead.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

use nutshell::Analyzer;
use serde_json::value::RawValue;

/// Lines in flight per worker thread: enough that a worker never waits for the reader or
/// for one slow line, few enough that memory stays a small multiple of one line.
pub const WINDOW_PER_THREAD: usize = 4;

/// One line of `--jsonl` input: the id kept as written, the text still to be read.
#[derive(serde::Deserialize)]
struct Input<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    text: Option<&'a RawValue>,
}

/// What one input line gives: its output line (empty for a blank line), the warnings and
/// errors for standard error, and whether it was read.
#[derive(Default)]
struct Done {
    out: Vec<u8>,
    err: Vec<String>,
    ok: bool,
}

/// The output of input line `n` (1-based) holding `bytes`.
fn line(analyzer: &Analyzer, n: usize, bytes: &[u8]) -> Done {
    let mut done = Done {
        ok: true,
        ..Done::default()
    };
    let (line, warning) = crate::decode(bytes, &format!("line {n}"));
    let lossy = warning.is_some();
    done.err.extend(warning);
    // A byte-order mark opens many files written on Windows: no part of the JSON.
    let line = line.trim_start_matches('\u{feff}').trim();
    if line.is_empty() {
        return done;
    }
    let fail = |done: &mut Done, id: Option<&RawValue>, message: String| {
        done.err.push(format!("line {n}: {message}"));
        let body = serde_json::json!({"line": n, "error": message}).to_string();
        done.out = match id {
            None => format!("{body}\n"),
            Some(id) => format!("{{\"id\":{},{}\n", id.get(), &body[1..]),
        }
        .into_bytes();
        done.ok = false;
    };
    let input: Input = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            fail(&mut done, None, format!("not JSON: {e}"));
            return done;
        }
    };
    let id = input.id.unwrap_or(RawValue::NULL);
    let text = input
        .text
        .and_then(|t| serde_json::from_str::<String>(t.get()).ok());
    let Some(text) = text else {
        fail(&mut done, Some(id), "no string \"text\"".to_string());
        return done;
    };
    let analysis = analyzer.analyze(&text);
    // Writing into a Vec cannot fail.
    let _ = crate::output(&mut done.out, Some(id), &analysis, lossy);
    done
}

/// Writes one line's output and its messages.
fn write_done(out: &mut impl Write, done: &Done) -> io::Result<()> {
    for e in &done.err {
        eprintln!("nutshell: {e}");
    }
    out.write_all(&done.out)
}

/// Reads the next line (without its `\n`) into `buf`; `false` at the end of the input.
fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<bool> {
    buf.clear();
    if input.read_until(b'\n', buf)? == 0 {
        return Ok(false);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
    }
    Ok(true)
}

/// Analyses every line of `input` with `threads` threads and writes the outputs in input
/// order; `Ok(false)` when a line could not be read (each such line has an error line).
pub fn run<R: BufRead + Send>(
    analyzer: &Analyzer,
    input: R,
    out: &mut impl Write,
    threads: usize,
) -> io::Result<bool> {
    if threads <= 1 {
        return run_alone(analyzer, input, out);
    }
    let window = threads * WINDOW_PER_THREAD;
    let gate = Gate::new(window);
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(window);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Done)>();
    std::thread::scope(|scope| {
        let reader = scope.spawn(|| -> io::Result<()> {
            // Moved in, so that the workers see the end of the input when the reader stops.
            let job_tx = job_tx;
            let mut input = input;
            let mut seq = 0;
            loop {
                if !gate.enter() {
                    return Ok(());
                }
                let mut buf = Vec::new();
                if !next_line(&mut input, &mut buf)? {
                    return Ok(());
                }
                if job_tx.send((seq, buf)).is_err() {
                    return Ok(());
                }
                seq += 1;
            }
        });
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || loop {
                // The lock is held only while waiting for the next line.
                let next = job_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, bytes))) = next else { return };
                let done = line(analyzer, seq + 1, &bytes);
                drop(bytes);
                if done_tx.send((seq, done)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let written = write_in_order(done_rx, out, &gate);
        // Whatever happened to the output, let the reader stop.
        gate.close();
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader panicked")));
        let ok = written?;
        read.map(|_| ok)
    })
}

/// Writes the outputs as they arrive, each once every earlier one is written.
fn write_in_order(
    done_rx: mpsc::Receiver<(usize, Done)>,
    out: &mut impl Write,
    gate: &Gate,
) -> io::Result<bool> {
    let mut ok = true;
    let mut next = 0;
    let mut waiting = BTreeMap::new();
    for (seq, done) in done_rx {
        waiting.insert(seq, done);
        while let Some(done) = waiting.remove(&next) {
            write_done(out, &done)?;
            ok &= done.ok;
            next += 1;
            gate.leave();
        }
    }
    Ok(ok)
}

/// One thread: read, analyse and write line by line.
fn run_alone(
    analyzer: &Analyzer,
    mut input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut ok = true;
    let mut buf = Vec::new();
    let mut n = 0;
    while next_line(&mut input, &mut buf)? {
        n += 1;
        let done = line(analyzer, n, &buf);
        write_done(out, &done)?;
        ok &= done.ok;
    }
    Ok(ok)
}

/// A counting gate: at most `size` lines between the reader's `enter` and the writer's
/// `leave`; `close` lets a waiting reader go (and stop).
struct Gate {
    state: Mutex<(usize, bool)>,
    changed: Condvar,
    size: usize,
}

impl Gate {
    fn new(size: usize) -> Gate {
        Gate {
            state: Mutex::new((0, false)),
            changed: Condvar::new(),
            size,
        }
    }

    /// Waits for room for one more line; `false` when the gate is closed.
    fn enter(&self) -> bool {
        let Ok(mut s) = self.state.lock() else {
            return false;
        };
        while s.0 >= self.size && !s.1 {
            s = match self.changed.wait(s) {
                Ok(s) => s,
                Err(_) => return false,
            };
        }
        if s.1 {
            return false;
        }
        s.0 += 1;
        true
    }

    fn leave(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.0 = s.0.saturating_sub(1);
        }
        self.changed.notify_one();
    }

    fn close(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.1 = true;
        }
        self.changed.notify_all();
    }
}
