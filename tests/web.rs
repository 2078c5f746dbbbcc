//! Component tests in headless Chromium: the FAQ app (or the whole site, for the guide) mounted into a
//! fresh element, driven the way a person would (typing, clicking), then checked through its
//! `data-testid` elements.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use skattedeling::{FaqApp, Initial, Site};
use skattedeling_core::Audience;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app with `initial` into a new element and returns that element.
async fn mount(initial: Initial) -> HtmlElement {
    // Each test starts from a clean address bar.
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), move || view! { <FaqApp initial=initial/> }).forget();
    leptos::task::tick().await;
    root
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

fn question_ids(root: &HtmlElement) -> Vec<String> {
    all(root, "question").iter().map(|e| e.id()).collect()
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

async fn type_query(root: &HtmlElement, query: &str) {
    type_into(root, "search-input", query).await;
}

async fn click(element: &web_sys::Element) {
    element.unchecked_ref::<HtmlElement>().click();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn shows_every_question_in_its_section() {
    let root = mount(Initial::default()).await;
    assert_eq!(question_ids(&root).len(), 17);
    assert_eq!(text(&root, "search-status"), "17 spørsmål");
    assert_eq!(
        root.query_selector_all("section.faq-section")
            .unwrap()
            .length(),
        4
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_ranks_the_best_answer_first_and_marks_the_words() {
    let root = mount(Initial::default()).await;
    type_query(&root, "maskinp").await;
    assert_eq!(question_ids(&root)[0], "maskinporten");
    assert!(text(&root, "search-status").ends_with("treff for «maskinp»"));
    let marks = one(&root, "question-title")
        .query_selector("mark")
        .unwrap()
        .unwrap();
    assert_eq!(marks.text_content().unwrap(), "Maskinporten");
    // The search is in the address bar, ready to be shared.
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?q=maskinp");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_empty_search_offers_the_guide_and_an_email_with_the_query() {
    let root = mount(Initial::default()).await;
    type_query(&root, "xylofon").await;
    assert!(question_ids(&root).is_empty());
    assert_eq!(text(&root, "search-status"), "Ingen treff for «xylofon»");
    let mail = one(&root, "no-results-mail").get_attribute("href").unwrap();
    assert!(
        mail.starts_with("mailto:skattedeling@ks.no?subject="),
        "{mail}"
    );
    assert!(mail.contains("xylofon"), "{mail}");
    // The guide's main flow: its start with scripts, its text without.
    assert_eq!(
        one(&root, "no-results-guide")
            .get_attribute("href")
            .as_deref(),
        Some("?flyt=tilkobling#veiviser-tilkobling")
    );
    root.remove();
}

/// Mounts the whole site at `address` (a guide URL, say); dropping the handle unmounts it and removes
/// its window listeners.
async fn mount_site(address: &str) -> (HtmlElement, Box<dyn std::any::Any>) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Site initial=Initial::default()/> }
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

#[wasm_bindgen_test]
async fn open_all_and_close_all() {
    let root = mount(Initial::default()).await;
    let open_count =
        |root: &HtmlElement| root.query_selector_all("details[open]").unwrap().length();
    assert_eq!(open_count(&root), 0);
    click(&one(&root, "open-all")).await;
    assert_eq!(open_count(&root), 17);
    click(&one(&root, "close-all")).await;
    assert_eq!(open_count(&root), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_audience_filter_hides_what_is_not_for_you() {
    let root = mount(Initial {
        audience: Some(Audience::Vendor),
        ..Initial::default()
    })
    .await;
    let ids = question_ids(&root);
    assert!(ids.contains(&"maskinporten".to_string()));
    assert!(
        !ids.contains(&"vente-med-delegering".to_string()),
        "{ids:?}"
    );
    assert!(text(&root, "search-status").ends_with("spørsmål for leverandør"));
    // Back to everyone.
    let all_radio = root
        .query_selector("input[name=for][value='']")
        .unwrap()
        .unwrap();
    click(&all_radio).await;
    assert_eq!(question_ids(&root).len(), 17);
    root.remove();
}

#[wasm_bindgen_test]
async fn answers_opened_before_the_app_arrived_stay_open() {
    let root = mount(Initial {
        open: ["kostnad".to_string()].into(),
        ..Initial::default()
    })
    .await;
    let open = root.query_selector_all("details[open]").unwrap();
    assert_eq!(open.length(), 1);
    assert_eq!(
        open.item(0)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .id(),
        "kostnad"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_shows_past_dates_as_past() {
    let root = mount(Initial::default()).await;
    let events = all(&root, "timeline-event");
    assert_eq!(events.len(), 3);
    for e in &events {
        // Every milestone (2020–2023) lies before any day these tests run.
        assert!(
            e.class_list().contains("timeline__event--past"),
            "{}",
            e.class_name()
        );
        assert!(e.text_content().unwrap().contains("Passert"));
    }
    root.remove();
}
