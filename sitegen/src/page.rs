//! The static FAQ page: the whole FAQ and the list of the guide's flows, in plain HTML pasted into
//! `index.html` at build time so it is readable before (and without) any script. The app renders the very same markup when it takes over;
//! `src/components/` mirrors every element here, and the end-to-end tests check that nothing moves.

use crate::feedback;
use crate::sources;
use skattedeling_core::feedback::revision;
use skattedeling_core::guide::Guide;
use skattedeling_core::links::{self, Place};
use skattedeling_core::support::support_mailto;
use skattedeling_core::ui;
use skattedeling_core::{Audience, CalendarDate, Question, SiteData, TimelineEvent};
use std::fmt::Write;

pub use skattedeling_core::html::escape;

fn search_form(out: &mut String, feedback: Option<&str>) {
    // Where a search that finds nothing is counted, when the site has a feedback service.
    let service = feedback
        .map(|url| format!(r#" data-tilbakemelding="{}""#, escape(url)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<form class="search js-only" role="search" action="./" method="get" data-testid="search-form"{service}><div class="search__field"><label class="search__label" for="{id}">{label}</label><p class="search__hint" id="sok-hjelp">{hint}</p><input class="search__input" id="{id}" name="q" type="search" maxlength="{max}" autocomplete="off" spellcheck="false" aria-describedby="sok-hjelp" aria-controls="{questions}" data-testid="search-input"/></div><fieldset class="audience"><legend class="audience__legend">{legend}</legend><div class="audience__options">"#,
        id = ui::SEARCH_INPUT_ID,
        label = escape(ui::SEARCH_LABEL),
        hint = escape(ui::SEARCH_HINT),
        questions = ui::QUESTIONS_ID,
        legend = escape(ui::AUDIENCE_LEGEND),
        max = skattedeling_core::search::MAX_QUERY_CHARS,
    );
    let options = std::iter::once(("", ui::AUDIENCE_ALL))
        .chain(Audience::ALL.iter().map(|a| (a.tag(), a.label())));
    for (value, label) in options {
        let checked = if value.is_empty() { " checked" } else { "" };
        let _ = write!(
            out,
            r#"<label class="audience__option"><input type="radio" name="for" value="{value}"{checked}/> {label}</label>"#
        );
    }
    out.push_str("</div></fieldset></form>");
}

fn toolbar(out: &mut String, shown: usize) {
    let _ = write!(
        out,
        r#"<div class="toolbar js-only"><p class="toolbar__status" id="sok-status" role="status" data-testid="search-status">{status}</p><div class="toolbar__actions"><button type="button" class="toolbar__button" data-testid="open-all">{open}</button><button type="button" class="toolbar__button" data-testid="close-all">{close}</button></div></div><p class="notice no-js-only">{notice}</p>"#,
        status = escape(&ui::status_line(shown, "", None)),
        open = ui::OPEN_ALL,
        close = ui::CLOSE_ALL,
        notice = escape(ui::NO_SCRIPT_NOTICE),
    );
}

/// The timeline of the move away from Infotorg, each event marked as past or upcoming on `today`.
pub fn timeline(out: &mut String, events: &[TimelineEvent], today: CalendarDate) {
    let _ = write!(
        out,
        r#"<div class="timeline" id="{id}" data-testid="timeline"><h3 class="timeline__title">{title}</h3><ol class="timeline__events">"#,
        id = ui::TIMELINE_ANCHOR,
        title = escape(ui::TIMELINE_TITLE),
    );
    for e in events {
        let when = e.when(today);
        let _ = write!(
            out,
            r#"<li class="timeline__event timeline__event--{class}" data-testid="timeline-event"><p class="timeline__date"><time datetime="{iso}">{date}</time> <span class="timeline__when">{label}</span></p><p class="timeline__name">{name}</p><p class="timeline__text">{text}</p></li>"#,
            class = when.class(),
            iso = e.date.iso(),
            date = e.date.to_norwegian(),
            label = when.label(),
            name = escape(&e.title),
            text = escape(&e.text),
        );
    }
    out.push_str("</ol></div>");
}

/// One question, closed, with its answer. Its links to the guide lead to the flows' pages, which work
/// without scripts (see [`links::rewrite`]).
pub fn question(out: &mut String, q: &Question, feedback: Option<&str>) {
    let _ = write!(
        out,
        r##"<details class="question" id="{id}" data-testid="question"><summary class="question__summary"><h3 class="question__title" data-testid="question-title">{title}</h3></summary><div class="answer"><div class="answer__body">{body}</div>{sources}<div class="answer__meta"><p class="answer__facts">{updated} <time datetime="{iso}">{date}</time> · {audiences}</p><p class="answer__actions"><a class="answer__permalink" href="#{id}">{permalink}</a><button type="button" class="answer__copy js-only" data-testid="copy-link">{copy}</button><span class="answer__copied" role="status" data-testid="copy-status"></span></p></div>"##,
        id = q.id,
        title = escape(&q.title),
        body = links::rewrite(&q.answer_html, Place::Static { root: "" }),
        sources = q
            .sources
            .as_ref()
            .map(|s| sources::html(s, 4))
            .unwrap_or_default(),
        updated = ui::UPDATED,
        iso = q.updated.iso(),
        date = q.updated.to_norwegian(),
        audiences = escape(&ui::audience_line(&q.audiences)),
        permalink = ui::PERMALINK,
        copy = ui::COPY_LINK,
    );
    if let Some(service) = feedback {
        feedback::form(out, service, &q.id, &revision(&q.answer_html), &q.title);
    }
    out.push_str("</div></details>");
}

fn contact(out: &mut String) {
    let _ = write!(
        out,
        r#"<aside class="contact" id="{id}" aria-labelledby="kontakt-tittel"><h2 class="contact__title" id="kontakt-tittel">{title}</h2><p class="contact__text">{text}</p><a class="button" href="{href}" data-testid="contact-mail">{button}</a></aside>"#,
        id = ui::CONTACT_ANCHOR,
        title = escape(ui::CONTACT_TITLE),
        text = escape(ui::CONTACT_TEXT),
        href = escape(&support_mailto("", None)),
        button = escape(ui::CONTACT_BUTTON),
    );
}

/// The page's heading and lead.
fn heading(out: &mut String) {
    let _ = write!(
        out,
        r#"<h1 class="page-title">{title}</h1><p class="lead">{lead}</p>"#,
        title = escape(ui::FAQ_TITLE),
        lead = escape(ui::FAQ_LEAD),
    );
}

/// The guide's flows, each a link to its own page (the flow as text, which works without scripts),
/// marked with `data-flyt` so the app can lead it to the interactive guide instead.
pub fn guide_list(out: &mut String, guide: &Guide) {
    if guide.flows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<section class="guide-list" id="{id}" aria-labelledby="{id}-tittel"><h2 class="guide-list__title" id="{id}-tittel">{title}</h2><p class="guide-list__text">{text}</p><ul class="guide-list__items">"#,
        id = ui::GUIDE_ANCHOR,
        title = escape(ui::GUIDE_LIST_TITLE),
        text = escape(ui::GUIDE_LIST_TEXT),
    );
    for f in &guide.flows {
        let _ = write!(
            out,
            r#"<li class="guide-list__item"><a class="guide-list__link" href="{href}" data-flyt="{id}" data-testid="guide-start-{id}">{title}</a><p class="guide-list__description">{description}</p></li>"#,
            href = escape(&links::flow_page_href(&f.id)),
            id = f.id,
            title = escape(&f.title),
            description = escape(&f.description),
        );
    }
    out.push_str("</ul></section>");
}

/// The inside of `<div id="app">`: heading, search, the guide's flows, toolbar, every section with its
/// questions and the contact block, as the app shows it before anyone has searched. Each flow as text
/// is on its own page ([`crate::flow_page`]).
pub fn render(site: &SiteData, today: CalendarDate, feedback: Option<&str>) -> String {
    let faq = &site.faq;
    let mut out = String::with_capacity(96 * 1024);
    heading(&mut out);
    // The search first, in sight on a phone without scrolling: most people come with a word or a code.
    search_form(&mut out, feedback);
    guide_list(&mut out, &site.guide);
    toolbar(&mut out, faq.questions.len());
    let _ = write!(
        out,
        r#"<div class="questions" id="{}" data-testid="questions">"#,
        ui::QUESTIONS_ID
    );
    for section in &faq.sections {
        let _ = write!(
            out,
            r#"<section class="faq-section" id="{id}" aria-labelledby="{id}-tittel"><h2 class="faq-section__title" id="{id}-tittel">{title}</h2>"#,
            id = section.id,
            title = escape(&section.title),
        );
        if section.shows_timeline {
            timeline(&mut out, &faq.timeline, today);
        }
        for q in faq.questions_in(&section.id) {
            question(&mut out, q, feedback);
        }
        out.push_str("</section>");
    }
    out.push_str("</div>");
    contact(&mut out);
    out
}
