//! Options built from arbitrary numbers: never a panic; either valid options that analyse,
//! or an error that names one of the options.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::{Analyzer, Length, Options, OPTION_NAMES};

fuzz_target!(|data: &[u8]| {
    let mut b = [0u8; 16];
    for (i, x) in data.iter().take(16).enumerate() {
        b[i] = *x;
    }
    let n = u32::from_le_bytes([b[1], b[2], b[3], b[4]]) as usize;
    let length = match b[0] % 3 {
        0 => Length::Sentences(n),
        1 => Length::Words(n),
        _ => Length::Ratio(f64::from_le_bytes([b[5], b[6], b[7], b[8], b[1], b[2], b[3], b[4]])),
    };
    let options = Options::default()
        .with_length(length)
        .with_max_keyphrases(b[9] as usize * 3)
        .with_max_themes(b[10] as usize)
        .with_phrase_words(b[11] as usize % 7);
    match Analyzer::new(options) {
        Ok(a) => {
            let text = String::from_utf8_lossy(&data[data.len().min(16)..]);
            let _ = a.analyze(&text);
        }
        Err(e) => {
            assert!(OPTION_NAMES.contains(&e.option_name()), "{e}");
            assert!(e.to_string().contains(e.option_name()));
        }
    }
});
