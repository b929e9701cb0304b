//! The page's behaviour in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): the page's own markup, filled as a reader would.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../../assets/example.txt");

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
    let html = include_str!("../../index.html");
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
    nutshell_web::start();
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
