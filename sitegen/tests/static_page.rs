//! The static page written at build time: every question, closed, in section order, with the
//! timeline where the sections file puts it, and nothing an editor wrote left unescaped.

use skattedeling_core::CalendarDate;
use skattedeling_sitegen::{compile, page};
use std::path::Path;

fn render(dir: &str, today: CalendarDate) -> String {
    let site = compile(Path::new(dir)).unwrap_or_else(|e| panic!("{e}"));
    page::render(&site, today, None)
}

#[test]
fn lists_every_question_closed_in_order() {
    let html = render(
        "tests/fixtures/valid",
        CalendarDate::ymd(2026, 11, 28).unwrap(),
    );
    let kostnad = html
        .find(r#"<details class="question" id="kostnad""#)
        .unwrap();
    let delegering = html
        .find(r#"<details class="question" id="delegering""#)
        .unwrap();
    assert!(kostnad < delegering);
    assert!(!html.contains("<details class=\"question\" open"));
    assert!(html.contains(r##"<a class="answer__permalink" href="#kostnad">Lenke til svaret</a>"##));
    assert!(html.contains("<ol>\n<li>Logg inn i Altinn.</li>"));
    // An answer's sources sit between the answer and its facts.
    assert!(html.contains(r#"</p>
</div><div class="sources" data-testid="sources"><h4 class="sources__title">Kilder</h4><ul class="sources__list"><li class="sources__item" data-testid="source"><a href="https://www.ks.no/fagomrader/digitalisering/">KS om tilgang</a> – At tjenesten er gratis</li></ul><p class="sources__assessed">Kildene ble sist vurdert <time datetime="2026-12-01">1. desember 2026</time>.</p></div><div class="answer__meta">"#));
    assert!(html.contains(r#"<p class="toolbar__status" id="sok-status" role="status" data-testid="search-status">2 spørsmål</p>"#));
}

#[test]
fn the_timeline_is_in_its_section_and_dated_against_today() {
    let before = render(
        "tests/fixtures/valid",
        CalendarDate::ymd(2023, 10, 31).unwrap(),
    );
    let after = render(
        "tests/fixtures/valid",
        CalendarDate::ymd(2023, 11, 2).unwrap(),
    );
    let section = before
        .find(r#"<section class="faq-section" id="grunnleggende""#)
        .unwrap();
    let timeline = before
        .find(r#"<div class="timeline" id="tidslinje""#)
        .unwrap();
    assert!(section < timeline);
    assert!(before.contains("timeline__event--upcoming"));
    assert!(before.contains(r#"<time datetime="2023-11-01">1. november 2023</time> <span class="timeline__when">Kommer</span>"#));
    assert!(after.contains("timeline__event--past"));
    assert!(after.contains(r#"<span class="timeline__when">Passert</span>"#));
}

#[test]
fn the_contact_link_is_a_ready_email() {
    let html = render(
        "tests/fixtures/valid",
        CalendarDate::ymd(2026, 11, 28).unwrap(),
    );
    assert!(html.contains(r#"href="mailto:skattedeling@ks.no?subject=Sp%C3%B8rsm%C3%A5l%20om%20skattedeling&amp;body="#));
}

#[test]
fn the_guide_is_listed_each_flow_a_link_to_its_own_page() {
    let html = render(
        "tests/fixtures/valid",
        CalendarDate::ymd(2026, 11, 28).unwrap(),
    );
    assert!(html.starts_with(r#"<h1 class="page-title">Ofte stilte spørsmål om skattedeling</h1>"#));
    assert!(html.contains(r##"<a class="guide-list__link" href="veiviser/prove/" data-flyt="prove" data-testid="guide-start-prove">Prøveflyt</a>"##));
    // An answer's link to a flow leads to its page too, marked for the app like the list's.
    assert!(html.contains(r#"og <a href="veiviser/prove/" data-flyt="prove">veiviseren</a>."#));
    // The flows as text are no longer on the FAQ page.
    assert!(!html.contains("veiviser-tekst"));
    assert!(!html.contains("guide-text__flow"));
}

#[test]
fn each_answer_has_a_vote_form_only_when_a_feedback_service_is_set() {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    let today = CalendarDate::ymd(2026, 11, 28).unwrap();
    let without = page::render(&site, today, None);
    assert!(!without.contains("feedback"));
    let html = page::render(&site, today, Some("https://tilbakemelding.example.no"));
    assert_eq!(
        html.matches(r#"<form class="feedback""#).count(),
        site.faq.questions.len()
    );
    let kostnad = site.faq.question("kostnad").unwrap();
    let revision = skattedeling_core::feedback::revision(&kostnad.answer_html);
    assert!(html.contains(&format!(
        r#"<form class="feedback" action="https://tilbakemelding.example.no/v1/feedback/vote" method="post" data-testid="feedback"><input type="hidden" name="mal" value="kostnad"/><input type="hidden" name="revisjon" value="{revision}"/>"#
    )));
    // The buttons' names carry the answer's title; the trap is out of sight and reach.
    assert!(html.contains(&format!(
        "Ja<span class=\"visually-hidden\"> – jeg fant det jeg lette etter i «{}»</span>",
        skattedeling_core::html::escape(&kostnad.title)
    )));
    assert!(html.contains(r#"<label class="feedback__trap" aria-hidden="true">La dette feltet stå tomt <input name="nettside" tabindex="-1" autocomplete="off"/></label>"#));
    assert!(html.contains(r#"data-tilbakemelding="https://tilbakemelding.example.no">"#));
}
