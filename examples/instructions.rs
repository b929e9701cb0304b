//! Analyses the seed article (or the file given second) N times (default 100), for counting
//! instructions with callgrind, which repeats exactly where wall-clock timings on a shared
//! machine do not:
//!
//! ```sh
//! cargo build --release --example instructions
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/instructions 100
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/instructions 1 BOOK.txt
//! ```
//!
//! With `IDENTIFY_ONLY=1` in the environment it only identifies the language, N times: the
//! cost of the `"auto"` language option on its own.
fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let file = std::env::args().nth(2).map(std::fs::read_to_string);
    let seed = match &file {
        Some(Ok(text)) => text.as_str(),
        Some(Err(e)) => {
            eprintln!("instructions: {e}");
            std::process::exit(1);
        }
        None => include_str!("../assets/example.txt"),
    };
    if std::env::var_os("IDENTIFY_ONLY").is_some() {
        let english = (0..runs)
            .filter(|_| nutshell::identify_language(seed).0 == Some("en"))
            .count();
        println!("{runs} identifications, {english} English");
        return;
    }
    let analyzer = nutshell::Analyzer::default();
    let directives: usize = (0..runs)
        .map(|_| analyzer.analyze(seed).directives.len())
        .sum();
    println!("{runs} analyses, {directives} directives");
}
