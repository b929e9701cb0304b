//! The WASM build in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the JS API's shape, UTF-16 offsets and option errors (the page's behaviour is tested in
//! `web/tests/page.rs`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../assets/example.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn options(json: &str) -> nutshell::wasm_options::JsOptions {
    js_sys::JSON::parse(json).unwrap().unchecked_into()
}

#[wasm_bindgen_test]
fn analyze_returns_plain_objects_with_camel_case_keys() {
    let a = nutshell::analyze_js(SEED, None).unwrap();
    // A plain object (structured-cloneable), not a class instance.
    let proto = js_sys::Object::get_prototype_of(&a);
    assert_eq!(
        proto,
        js_sys::Object::get_prototype_of(&js_sys::Object::new().into())
    );
    for key in [
        "stats",
        "sentences",
        "summary",
        "keyphrases",
        "themes",
        "directives",
    ] {
        assert!(!get(&a, key).is_undefined(), "{key}");
    }
    assert!(!get(&get(&a, "stats"), "summaryWords").is_undefined());
    let directives: Array = get(&a, "directives").unchecked_into();
    assert_eq!(directives.length(), 21);
    let speaker = get(&get(&directives.get(0), "speaker"), "name");
    assert_eq!(speaker.as_string().unwrap(), "Xi Jinping");
}

#[wasm_bindgen_test]
fn offsets_are_utf16_so_slice_gives_the_text() {
    let text = "Café 😀 talks. Ann Lee urged résidents 🇫🇷 to vote now. Done.";
    let a = nutshell::analyze_js(text, None).unwrap();
    let js_text = js_sys::JsString::from(text);
    let sentences: Array = get(&a, "sentences").unchecked_into();
    for s in sentences.iter() {
        let (start, end) = (
            get(&s, "start").as_f64().unwrap(),
            get(&s, "end").as_f64().unwrap(),
        );
        let slice: String = js_text.slice(start as u32, end as u32).into();
        assert_eq!(slice, get(&s, "text").as_string().unwrap());
    }
    let d = Array::from(&get(&a, "directives")).get(0);
    let action = get(&d, "action");
    let (start, end) = (
        get(&action, "start").as_f64().unwrap(),
        get(&action, "end").as_f64().unwrap(),
    );
    assert_eq!(
        String::from(js_text.slice(start as u32, end as u32)),
        "vote now"
    );
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_the_option() {
    let cases = [
        (r#"{"maxTheme": 3}"#, "maxTheme"),
        (r#"{"ratio": 2}"#, "ratio"),
        (r#"{"sentences": "three"}"#, "sentences"),
        (r#"{"sentences": 2, "words": 9}"#, "words"),
    ];
    for (json, name) in cases {
        let err = nutshell::analyze_js("Some text.", Some(options(json))).unwrap_err();
        let err: JsValue = err.into();
        assert!(err.is_instance_of::<js_sys::Error>());
        let message = get(&err, "message").as_string().unwrap();
        assert!(message.contains(name), "{message}");
    }
    // Text never throws.
    for text in [
        "",
        "\u{0}\u{fffd}",
        "<script>alert(1)</script>",
        &"😀".repeat(5000),
    ] {
        assert!(nutshell::analyze_js(text, None).is_ok());
    }
    let ok =
        nutshell::analyze_js(SEED, Some(options(r#"{"sentences": 2, "maxThemes": 1}"#))).unwrap();
    assert_eq!(Array::from(&get(&ok, "summary")).length(), 2);
    assert_eq!(Array::from(&get(&ok, "themes")).length(), 1);
}

#[wasm_bindgen_test]
fn default_options_and_version() {
    let d = nutshell::default_options().unwrap();
    assert_eq!(get(&d, "maxThemes").as_f64(), Some(8.0));
    assert_eq!(get(&d, "phraseWords").as_f64(), Some(4.0));
    assert_eq!(nutshell::version(), env!("CARGO_PKG_VERSION"));
}
