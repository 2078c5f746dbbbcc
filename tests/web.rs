//! Component tests in headless Chromium: the guide as the site mounts it beside the FAQ, in a fresh
//! element, driven the way a person would (typing, clicking), then checked through its `data-testid`
//! elements. (The FAQ app's own tests are in faq/tests/web.rs.)
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use skattedeling::SiteGuide;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn all(root: &HtmlElement, testid: &str) -> Vec<web_sys::Element> {
    let list = root
        .query_selector_all(&format!("[data-testid='{testid}']"))
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

fn one(root: &HtmlElement, testid: &str) -> web_sys::Element {
    all(root, testid)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

fn text(root: &HtmlElement, testid: &str) -> String {
    one(root, testid).text_content().unwrap_or_default()
}

/// Puts `text` in the field with `testid` as typing would, and lets the app react.
async fn type_into(root: &HtmlElement, testid: &str, text: &str) {
    let input: HtmlInputElement = one(root, testid).unchecked_into();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    leptos::task::tick().await;
}

async fn click(element: &web_sys::Element) {
    element.unchecked_ref::<HtmlElement>().click();
    leptos::task::tick().await;
}

/// Mounts the site's guide at `address` (a guide URL, say); dropping the handle unmounts it and removes
/// its window listeners.
async fn mount_site(address: &str) -> (HtmlElement, Box<dyn std::any::Any>) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SiteGuide/> }
    });
    leptos::task::tick().await;
    (root, Box::new(handle))
}

fn address() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn a_guide_screen_asks_one_question_and_insists_on_an_answer() {
    let (root, handle) = mount_site("?flyt=naeringsinntekt").await;
    assert_eq!(
        text(&root, "guide-heading"),
        "Hvilket stadie henter kommunen opplysningene fra?"
    );
    click(&one(&root, "guide-continue")).await;
    assert_eq!(
        text(&root, "error-summary"),
        "Det er et problemVelg et svar."
    );
    assert_eq!(text(&root, "field-error"), "Feil: Velg et svar.");
    let option: HtmlInputElement = one(&root, "option-oppgjor").unchecked_into();
    click(&option).await;
    click(&one(&root, "guide-continue")).await;
    assert_eq!(
        text(&root, "guide-heading"),
        "Etter skatteoppgjøret er personinntekten i næring med"
    );
    assert_eq!(address(), "?flyt=naeringsinntekt&stadie=oppgjor");
    assert_eq!(text(&root, "answer-value"), "Oppgjør");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn an_organisation_number_is_checked_as_it_is_typed() {
    let (root, handle) = mount_site("?flyt=bytte&endring=ny-leverandor").await;
    for (typed, feedback) in [
        ("971 03", ""),
        (
            "971 032 147",
            "Dette er ikke et gyldig organisasjonsnummer: kontrollsifferet (det siste sifferet) er 7",
        ),
        ("971 03a", "Organisasjonsnummeret kan bare ha siffer og mellomrom – tegn nummer 7 er «a»."),
        ("971 032 146", "Gyldig organisasjonsnummer: 971 032 146"),
    ] {
        type_into(&root, "guide-input", typed).await;
        let shown = text(&root, "input-feedback");
        assert!(shown.starts_with(feedback), "{typed}: {shown}");
    }
    click(&one(&root, "guide-continue")).await;
    assert_eq!(
        address(),
        "?flyt=bytte&endring=ny-leverandor&ny-leverandor-orgnr=971032146"
    );
    drop(handle);
    root.remove();
}
