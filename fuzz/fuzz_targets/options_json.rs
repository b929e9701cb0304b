//! Options read from arbitrary JSON (as the JS API and the CLI's callers write them): never a
//! panic; an error says which option, or what is wrong with the whole.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let mut d = serde_json::Deserializer::from_str(json);
    match nutshell::js::options_from(&mut d) {
        Ok(o) => assert!(o.validate().is_ok()),
        Err(e) => assert!(!e.is_empty()),
    }
});
