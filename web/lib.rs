//! The page build: the `nutshell` library with its page behaviour (feature `ui`) as one WASM
//! module. Trunk builds this crate so the workspace's command-line binary (also named
//! `nutshell`) is never built for wasm32 beside the library.
pub use nutshell::*;
