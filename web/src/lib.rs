//! The page: Nutshell's static web page, built by trunk from `index.html`. Its behaviour is
//! here (web-sys), over the `nutshell` library, which it reaches only through the same JS
//! API the npm package exports (`analyze`, run in `worker.js`) and the library's output
//! types and presentation strings. Text from the user is only ever set with `textContent`
//! or text nodes, never as HTML.
//!
//! - `state`: what the page holds, and the saved and linked settings;
//! - `input`: every listener (added once; results answer through their containers);
//! - `analyze`: a request to the worker (or here) and its answer;
//! - `render`: summary, themes, directives and the marked text;
//! - `export`: copy and downloads;
//! - `dom`: small DOM helpers.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, Worker, WorkerOptions, WorkerType};

mod analyze;
mod dom;
mod export;
mod input;
mod render;
mod state;

/// The library's WebAssembly exports (`analyze`, `defaultOptions`, `version`), which the
/// worker imports from this module.
pub use nutshell::{analyze_js, default_options, version};

/// Starts the page: called once by `boot.js` after the module is loaded.
#[wasm_bindgen]
pub fn start() {
    let window = web_sys::window().unwrap_or_else(|| wasm_bindgen::throw_str("no window"));
    let doc = window
        .document()
        .unwrap_or_else(|| wasm_bindgen::throw_str("no document"));
    let worker = {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        Worker::new_with_options("./worker.js", &opts).ok()
    };
    let state = Rc::new(RefCell::new(state::State::new(window, doc.clone(), worker)));
    dom::by_id::<Element>(&doc, "version")
        .set_text_content(Some(&format!("v{}", env!("CARGO_PKG_VERSION"))));
    state::restore(&state);
    input::wire(&state);
    analyze::analyze_now(&state);
}
