//! The widget's first app in headless Chromium: widgets on a page get their first screen, the guide is
//! asked for on intent and not before, a start hands the widget to the guide, and a guide that cannot
//! be fetched leaves the widget saying so with «Prøv igjen». The guide's app is stood in for by a
//! `load` function of the test's own; the real one is in the end-to-end tests (tests/e2e/widget.test.mjs).
#![cfg(target_arch = "wasm32")]

use skattedeling_core::widget::texts;
use skattedeling_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// What the stand-in for the guide's app saw: how often it was asked for, and each widget it was
/// told to mount, with `focus`.
#[derive(Default)]
struct Calls {
    loads: u32,
    mounted: Vec<(Element, bool)>,
}

/// A page with one widget per `(id, attributes)`, mounted with a `load` that answers with a module
/// whose `mount_widget` records its calls — or, when `fails`, with an error.
fn page(widgets: &[(&str, &str)], fails: bool) -> (Vec<Element>, Rc<RefCell<Calls>>) {
    for old in document()
        .query_selector_all("[data-skattedeling-veiviser]")
        .unwrap()
        .values()
    {
        old.unwrap().unchecked_into::<Element>().remove();
    }
    let body = document().body().unwrap();
    let hosts: Vec<Element> = widgets
        .iter()
        .map(|(id, attributes)| {
            let holder = document().create_element("div").unwrap();
            holder.set_inner_html(&format!(
                r#"<div id="{id}" data-skattedeling-veiviser {attributes}></div>"#
            ));
            let host = holder.first_element_child().unwrap();
            body.append_child(&host).unwrap();
            host
        })
        .collect();
    let calls = Rc::new(RefCell::new(Calls::default()));
    let mount = {
        let calls = calls.clone();
        Closure::<dyn Fn(Element, JsValue, bool)>::new(move |host, _base, focus| {
            calls.borrow_mut().mounted.push((host, focus));
        })
    };
    let module = js_sys::Object::new();
    js_sys::Reflect::set(&module, &"mount_widget".into(), mount.as_ref()).unwrap();
    mount.forget();
    let module = JsValue::from(module);
    let load = {
        let calls = calls.clone();
        Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
            calls.borrow_mut().loads += 1;
            if fails {
                js_sys::Promise::reject(&"no network".into())
            } else {
                js_sys::Promise::resolve(&module)
            }
        })
    };
    let function = load.as_ref().unchecked_ref::<js_sys::Function>().clone();
    load.forget();
    let mounted = skattedeling_widget::mount_all(
        "https://skattedeling.example.no/",
        "data:text/css,",
        function,
    );
    assert_eq!(mounted as usize, widgets.len());
    (hosts, calls)
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
}

fn text(host: &Element, selector: &str) -> String {
    find(host, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Lets the promises and tasks the app started run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_widget_shows_its_flow_and_asks_for_the_guide_only_on_intent() {
    let (hosts, calls) = page(&[("a", r#"data-flyt="tilkobling""#)], false);
    let host = &hosts[0];
    assert_eq!(
        host.get_attribute("data-veiviser").as_deref(),
        Some("start")
    );
    assert_eq!(
        text(host, "[data-testid=widget-start] h2"),
        "Kom i gang eller feilsøk tilkoblingen"
    );
    assert_eq!(
        find(host, "[data-testid=widget-start]")
            .unwrap()
            .get_attribute("aria-label")
            .as_deref(),
        Some("Veiviser fra Skattedeling selvbetjening: Kom i gang eller feilsøk tilkoblingen")
    );
    assert_eq!(
        text(host, "[data-testid=widget-start-button]"),
        texts(Lang::Nb).start
    );
    settle().await;
    assert_eq!(calls.borrow().loads, 0, "nothing fetched before intent");

    host.dispatch_event(&Event::new("focusin").unwrap())
        .unwrap();
    host.dispatch_event(&Event::new("pointerenter").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(calls.borrow().loads, 1, "intent fetches the guide once");
    assert!(calls.borrow().mounted.is_empty(), "and does not start it");

    let button = find(host, "[data-testid=widget-start-button]").unwrap();
    button.unchecked_ref::<HtmlElement>().click();
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert_eq!(
        text(host, "[data-testid=widget-start-status]"),
        texts(Lang::Nb).loading
    );
    settle().await;
    let calls = calls.borrow();
    assert_eq!(calls.mounted.len(), 1);
    assert_eq!(&calls.mounted[0].0, host);
    assert!(calls.mounted[0].1, "a press moves focus into the guide");
}

#[wasm_bindgen_test]
async fn a_guide_that_cannot_be_fetched_is_said_so_and_can_be_tried_again() {
    let (hosts, calls) = page(&[("a", r#"data-flyt="bytte""#)], true);
    let host = &hosts[0];
    let button = find(host, "[data-testid=widget-start-button]")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    button.click();
    settle().await;
    assert_eq!(
        text(host, "[data-testid=widget-start-status]"),
        format!(
            "{} {}.",
            texts(Lang::Nb).load_failed,
            texts(Lang::Nb).site_name
        )
    );
    assert_eq!(
        find(host, "[data-testid=widget-start-status] a")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("https://skattedeling.example.no/"),
        "the guide on the site is a way forward"
    );
    assert_eq!(
        button.text_content().as_deref(),
        Some(texts(Lang::Nb).retry)
    );
    assert_eq!(button.get_attribute("aria-disabled"), None);
    assert_eq!(
        host.get_attribute("data-veiviser").as_deref(),
        Some("start")
    );
    button.click();
    settle().await;
    assert_eq!(calls.borrow().loads, 2, "«Prøv igjen» asks again");
}

#[wasm_bindgen_test]
async fn kept_answers_get_the_guide_at_once_and_wrong_attributes_say_what_is_wrong() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.clear().unwrap();
    let page_path = web_sys::window().unwrap().location().pathname().unwrap();
    storage
        .set_item(
            &skattedeling_core::widget::storage_key(&page_path, "id.kept"),
            "?flyt=bytte&endring=leverandor",
        )
        .unwrap();
    let (hosts, calls) = page(
        &[
            ("kept", r#"data-flyt="bytte""#),
            ("wrong", r#"data-flyt="finnes-ikke""#),
            ("fresh", r#"data-flyt="bytte""#),
        ],
        false,
    );
    settle().await;
    storage.clear().unwrap();
    let mounted: Vec<(String, bool)> = calls
        .borrow()
        .mounted
        .iter()
        .map(|(h, focus)| (h.id(), *focus))
        .collect();
    assert_eq!(
        mounted,
        [("kept".to_string(), false)],
        "the guide takes over at once, leaving focus where it is"
    );
    assert!(text(&hosts[1], "[data-testid=widget-problem-item]")
        .starts_with("data-flyt=«finnes-ikke» er ikke en veiviser her"));
    assert_eq!(
        hosts[1].get_attribute("data-veiviser").as_deref(),
        Some("klar")
    );
    assert_eq!(calls.borrow().loads, 1, "only for the widget with answers");
    assert!(find(&hosts[2], "[data-testid=widget-start]").is_some());
    // The second widget of a flow is numbered in its name.
    assert_eq!(
        find(&hosts[2], "[data-testid=widget-start]")
            .unwrap()
            .get_attribute("aria-label")
            .as_deref(),
        Some("Veiviser fra Skattedeling selvbetjening: Bytte påkoblingsmåte eller leverandør (2)")
    );
}
