//! Component tests in headless Chromium: the FAQ app taking over the very page fragment sitegen
//! writes for the site (faq/build.rs puts it in OUT_DIR), driven the way a person would (typing,
//! clicking), then checked through its `data-testid` elements. What needs a real page load — the
//! guide loaded on intent, Back and Forward — is in the end-to-end tests (tests/e2e/).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

static PAGE: &str = include_str!(concat!(env!("OUT_DIR"), "/faq.html"));

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh copy of the static page at `address`, changed by `before` (what a person did before the
/// app arrived), then taken over by the app.
fn take_over(address: &str, before: impl FnOnce(&Element)) -> Element {
    if let Some(old) = document().get_element_by_id("app") {
        old.remove();
    }
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .unwrap();
    let _ = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = document().create_element("div").unwrap();
    root.set_id("app");
    root.set_attribute("data-skattedeling", "side").unwrap();
    root.set_inner_html(&format!(
        r#"{PAGE}<div class="site-guide" id="veiviser-side" hidden></div>"#
    ));
    document().body().unwrap().append_child(&root).unwrap();
    before(&root);
    skattedeling_faq::start();
    assert_eq!(root.get_attribute("data-app").as_deref(), Some("klar"));
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

fn one(root: &Element, testid: &str) -> Element {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

fn text(root: &Element, testid: &str) -> String {
    one(root, testid).text_content().unwrap_or_default()
}

/// The ids of the questions a person sees, in order.
fn shown_ids(root: &Element) -> Vec<String> {
    all(root, "[data-testid=question]")
        .into_iter()
        .filter(|q| q.closest("[hidden]").unwrap().is_none())
        .map(|q| q.id())
        .collect()
}

fn open_ids(root: &Element) -> Vec<String> {
    all(root, "details[open]").iter().map(|e| e.id()).collect()
}

fn type_query(root: &Element, text: &str) {
    let input: HtmlInputElement = one(root, "search-input").unchecked_into();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// What pressing Enter or leaving the search box does: the search is committed.
fn commit(root: &Element) {
    let init = EventInit::new();
    init.set_bubbles(true);
    one(root, "search-input")
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

fn address() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
fn takes_over_every_question_in_its_section_and_links_the_flows_to_the_guide() {
    let root = take_over("/", |_| {});
    // The seed's 17 answers and the error-code catalogue's entries.
    let total = all(&root, "[data-testid=question]").len();
    assert!(total > 17, "{total}");
    assert_eq!(shown_ids(&root).len(), total);
    assert_eq!(text(&root, "search-status"), format!("{total} spørsmål"));
    assert_eq!(
        one(&root, "guide-start-tilkobling")
            .get_attribute("href")
            .as_deref(),
        Some("?flyt=tilkobling#veiviser-tilkobling")
    );
    assert!(one(&root, "questions")
        .query_selector("mark")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn typing_ranks_the_best_answer_first_marks_the_words_and_puts_the_search_in_the_address() {
    let root = take_over("/", |_| {});
    let total = all(&root, "[data-testid=question]").len();
    type_query(&root, "hva koster det");
    assert_eq!(shown_ids(&root)[0], "kostnad");
    assert!(!all(&root, "[data-testid=results] mark").is_empty());
    assert!(!all(&root, "[data-testid=snippet]").is_empty());
    // The address follows once typing pauses or the search is committed, not at every keystroke.
    assert_eq!(address(), "");
    commit(&root);
    assert_eq!(address(), "?q=hva%20koster%20det");
    // Clearing the search puts every question back in its section, unmarked.
    type_query(&root, "");
    assert_eq!(shown_ids(&root).len(), total);
    assert!(all(&root, "[data-testid=results]").is_empty());
    assert!(all(&root, ".question__title mark").is_empty());
    commit(&root);
    assert_eq!(address(), "");
}

#[wasm_bindgen_test]
fn an_empty_search_offers_the_guide_and_an_email_with_the_query() {
    let root = take_over("/", |_| {});
    type_query(&root, "fakturaadresse xylofon");
    assert!(text(&root, "no-results").contains("fakturaadresse xylofon"));
    let mail = one(&root, "no-results-mail").get_attribute("href").unwrap();
    assert!(mail.starts_with("mailto:skattedeling@ks.no"), "{mail}");
    let contact = one(&root, "contact-mail").get_attribute("href").unwrap();
    assert!(contact.contains("xylofon"), "{contact}");
    assert_eq!(
        one(&root, "no-results-guide")
            .get_attribute("href")
            .as_deref(),
        Some("?flyt=tilkobling#veiviser-tilkobling")
    );
}

#[wasm_bindgen_test]
fn open_all_opens_what_is_shown_and_close_all_closes_everything() {
    let total = all(&take_over("/", |_| {}), "[data-testid=question]").len();
    let root = take_over("/?for=leverand%C3%B8r", |_| {});
    let shown = shown_ids(&root);
    assert!(shown.contains(&"maskinporten".to_string()));
    assert!(
        !shown.contains(&"vente-med-delegering".to_string()),
        "{shown:?}"
    );
    assert!(text(&root, "search-status").ends_with("spørsmål for leverandør"));
    click(&one(&root, "open-all"));
    assert_eq!(open_ids(&root), shown);
    click(&one(&root, "close-all"));
    assert!(open_ids(&root).is_empty());
    // Back to everyone.
    click(
        &root
            .query_selector("input[name=for][value='']")
            .unwrap()
            .unwrap(),
    );
    assert_eq!(shown_ids(&root).len(), total);
    assert_eq!(address(), "");
}

#[wasm_bindgen_test]
fn what_was_done_on_the_static_page_before_the_app_arrived_is_kept() {
    let root = take_over("/?q=maskinporten", |root| {
        root.query_selector("details#kostnad")
            .unwrap()
            .unwrap()
            .set_attribute("open", "")
            .unwrap();
        let input: HtmlInputElement = one(root, "search-input").unchecked_into();
        input.set_value("pris");
    });
    // Typed text wins over the address.
    assert_eq!(shown_ids(&root)[0], "kostnad");
    assert_eq!(address(), "?q=pris");
    assert_eq!(open_ids(&root), ["kostnad"]);
}

#[wasm_bindgen_test]
fn the_timeline_shows_past_dates_as_past() {
    let root = take_over("/", |_| {});
    let events = all(&root, "[data-testid=timeline-event]");
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
}
