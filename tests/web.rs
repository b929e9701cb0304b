//! The WASM build in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the JS API's shape, UTF-16 offsets, option errors, and the page's behaviour.
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

#[cfg(feature = "ui")]
mod page {
    use super::*;
    use wasm_bindgen_futures::JsFuture;

    async fn sleep(ms: i32) {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        JsFuture::from(p).await.unwrap();
    }

    /// The page's own markup (index.html's body), trusted test input.
    fn mount() -> web_sys::Document {
        let doc = web_sys::window().unwrap().document().unwrap();
        let html = include_str!("../index.html");
        let body = &html[html.find("<body>").unwrap() + 6..html.find("</body>").unwrap()];
        // Added beside the test runner's own output, which must stay in the body.
        let root = doc.create_element("div").unwrap();
        root.set_inner_html(body);
        doc.body().unwrap().append_child(&root).unwrap();
        doc
    }

    #[wasm_bindgen_test]
    async fn filling_the_input_renders_summary_themes_and_directives() {
        let doc = mount();
        let _ = web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .clear();
        nutshell::start();
        let input: web_sys::HtmlTextAreaElement =
            doc.get_element_by_id("input").unwrap().unchecked_into();
        input.set_value(SEED);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        // Debounce, then the worker (absent here: the page falls back to its own thread).
        let mut directives = 0;
        for _ in 0..50 {
            sleep(100).await;
            directives = doc
                .query_selector_all("#directives .directive")
                .unwrap()
                .length();
            if directives > 0 {
                break;
            }
        }
        assert_eq!(directives, 21);
        assert_eq!(doc.query_selector_all("#summary li").unwrap().length(), 5);
        assert!(doc.query_selector_all("#themes .chip").unwrap().length() >= 3);
        let doc_view = doc
            .get_element_by_id("document")
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(doc_view, SEED);
    }
}
