//! The static FAQ page: the whole FAQ and the list of the guide's flows, in plain HTML pasted into
//! `index.html` at build time so it is readable before (and without) any script. The app renders the very same markup when it takes over;
//! `src/components/` mirrors every element here, and the end-to-end tests check that nothing moves.
//!
//! The page is written once per language ([`Lang`]): bokmål at the site's root, nynorsk and English
//! in `nn/` and `en/`, each in its own words, with the bokmål text (marked `lang="nb"`, with a notice)
//! wherever a translation is missing.

use crate::feedback;
use crate::sources;
use skattedeling_core::feedback::revision;
use skattedeling_core::guide::Guide;
use skattedeling_core::links::{self, Place};
use skattedeling_core::support::support_mailto_in;
use skattedeling_core::texts::{self, Page};
use skattedeling_core::translation::{TranslatedQuestion, Translation};
use skattedeling_core::ui;
use skattedeling_core::{Audience, CalendarDate, Lang, Question, SiteData, TimelineEvent};
use std::fmt::Write;

pub use skattedeling_core::html::escape;

/// The language a page is written in, its texts, and the translation it shows (none for bokmål).
pub struct View<'a> {
    pub texts: &'static Page,
    pub translation: Option<&'a Translation>,
}

impl<'a> View<'a> {
    /// The page in `lang`, from `site`'s translation into it.
    pub fn new(site: &'a SiteData, lang: Lang) -> View<'a> {
        View {
            texts: texts::page(lang),
            translation: site.translations.iter().find(|t| t.lang == lang),
        }
    }

    fn lang(&self) -> Lang {
        self.texts.lang
    }

    /// The way from this page to the site's root, where the flows' pages and the other files are.
    pub fn root(&self) -> &'static str {
        self.lang().to_root()
    }

    /// ` lang="nb"` on bokmål text in a page of another language.
    fn bokmal(&self) -> &'static str {
        if self.lang() == Lang::Nb {
            ""
        } else {
            r#" lang="nb""#
        }
    }

    fn translated(&self, index: usize) -> Option<&'a TranslatedQuestion> {
        self.translation?.questions.get(index)?.as_ref()
    }

    /// Where the page's links are written from: the flows' pages are at the site's root.
    fn place(&self) -> Place<'static> {
        match self.lang() {
            Lang::Nb => Place::Static { root: "" },
            _ => Place::Translated { root: self.root() },
        }
    }
}

fn search_form(out: &mut String, v: &View, feedback: Option<&str>) {
    let t = v.texts;
    // Where a search that finds nothing is counted, when the site has a feedback service.
    let service = feedback
        .map(|url| format!(r#" data-tilbakemelding="{}""#, escape(url)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<form class="search js-only" role="search" action="./" method="get" data-testid="search-form"{service}><div class="search__field"><label class="search__label" for="{id}">{label}</label><p class="search__hint" id="sok-hjelp">{hint}</p><input class="search__input" id="{id}" name="q" type="search" maxlength="{max}" autocomplete="off" spellcheck="false" aria-describedby="sok-hjelp" aria-controls="{questions}" data-testid="search-input"/></div><fieldset class="audience"><legend class="audience__legend">{legend}</legend><div class="audience__options">"#,
        id = ui::SEARCH_INPUT_ID,
        label = escape(t.search_label),
        hint = escape(t.search_hint),
        questions = ui::QUESTIONS_ID,
        legend = escape(t.audience_legend),
        max = skattedeling_core::search::MAX_QUERY_CHARS,
    );
    let options = std::iter::once(("", t.audience_all)).chain(
        Audience::ALL
            .iter()
            .zip(t.app.audience_labels)
            .map(|(a, label)| (a.tag(), label)),
    );
    for (value, label) in options {
        let checked = if value.is_empty() { " checked" } else { "" };
        let _ = write!(
            out,
            r#"<label class="audience__option"><input type="radio" name="for" value="{value}"{checked}/> {label}</label>"#,
            label = escape(label),
        );
    }
    out.push_str("</div></fieldset></form>");
}

fn toolbar(out: &mut String, v: &View, shown: usize) {
    let t = v.texts;
    let _ = write!(
        out,
        r#"<div class="toolbar js-only"><p class="toolbar__status" id="sok-status" role="status" data-testid="search-status">{status}</p><div class="toolbar__actions"><button type="button" class="toolbar__button" data-testid="open-all">{open}</button><button type="button" class="toolbar__button" data-testid="close-all">{close}</button></div></div><p class="notice no-js-only">{notice}</p>"#,
        status = escape(&t.app.status_line(shown, "", None)),
        open = escape(t.open_all),
        close = escape(t.close_all),
        notice = escape(t.no_script_notice),
    );
}

/// The timeline of the move away from Infotorg, each event marked as past or upcoming on `today`.
pub fn timeline(out: &mut String, v: &View, events: &[TimelineEvent], today: CalendarDate) {
    let _ = write!(
        out,
        r#"<div class="timeline" id="{id}" data-testid="timeline"><h3 class="timeline__title">{title}</h3><ol class="timeline__events">"#,
        id = ui::TIMELINE_ANCHOR,
        title = escape(v.texts.timeline_title),
    );
    for (i, e) in events.iter().enumerate() {
        let when = e.when(today);
        let translated = v.translation.and_then(|t| t.timeline.get(i)?.as_ref());
        let (name, text, lang) = match translated {
            Some((name, text)) => (name.as_str(), text.as_str(), ""),
            None => (e.title.as_str(), e.text.as_str(), v.bokmal()),
        };
        let label = v.texts.app.when[when as usize];
        let _ = write!(
            out,
            r#"<li class="timeline__event timeline__event--{class}" data-testid="timeline-event"><p class="timeline__date"><time datetime="{iso}">{date}</time> <span class="timeline__when">{label}</span></p><p class="timeline__name"{lang}>{name}</p><p class="timeline__text"{lang}>{text}</p></li>"#,
            class = when.class(),
            iso = e.date.iso(),
            date = e.date.written(v.lang()),
            name = escape(name),
            text = escape(text),
        );
    }
    out.push_str("</ol></div>");
}

/// One question, closed, with its answer, in the page's language when it is translated. Its links
/// to the guide lead to the flows' pages, which work without scripts (see [`links::rewrite`]).
pub fn question(out: &mut String, v: &View, index: usize, q: &Question, feedback: Option<&str>) {
    let t = v.texts;
    let translated = v.translated(index);
    let (title, answer, sources, lang) = match translated {
        Some(tq) => (&tq.title, &tq.answer_html, tq.sources.as_ref(), ""),
        None => (&q.title, &q.answer_html, q.sources.as_ref(), v.bokmal()),
    };
    let _ = write!(
        out,
        r##"<details class="question" id="{id}" data-testid="question"><summary class="question__summary"><h3 class="question__title" data-testid="question-title"{lang}>{title}</h3></summary><div class="answer">"##,
        id = q.id,
        title = escape(title),
    );
    notice(out, v, q, translated);
    let _ = write!(
        out,
        r##"<div class="answer__body"{lang}>{body}</div>{sources}<div class="answer__meta"><p class="answer__facts">{updated} <time datetime="{iso}">{date}</time> · {audiences}</p><p class="answer__actions"><a class="answer__permalink" href="#{id}">{permalink}</a><button type="button" class="answer__copy js-only" data-testid="copy-link">{copy}</button><span class="answer__copied" role="status" data-testid="copy-status"></span></p></div>"##,
        id = q.id,
        body = links::rewrite(answer, v.place()),
        sources = sources
            .map(|s| {
                // The bokmål sources, shown with a translation that has none of its own.
                let untranslated = translated.is_some() && q.sources.as_ref() == Some(s);
                sources::html_in(s, 4, t, if untranslated { v.bokmal() } else { lang })
            })
            .unwrap_or_default(),
        updated = escape(t.updated),
        iso = q.updated.iso(),
        date = q.updated.written(v.lang()),
        audiences = escape(&t.app.audience_line(&q.audiences)),
        permalink = escape(t.permalink),
        copy = escape(t.copy_link),
    );
    if let Some(service) = feedback {
        feedback::form_in(out, t, service, &q.id, &revision(answer), title);
    }
    out.push_str("</div></details>");
}

/// Above a translated answer older than its bokmål text, or a bokmål answer with no translation:
/// what the reader gets, in the page's language. Nothing on the bokmål page.
fn notice(out: &mut String, v: &View, q: &Question, translated: Option<&TranslatedQuestion>) {
    if v.lang() == Lang::Nb {
        return;
    }
    let t = v.texts;
    match translated {
        Some(tq) if tq.stale => {
            let _ = write!(
                out,
                r##"<p class="notice answer__translation" data-testid="translation-stale">{stale} <a href="{root}#{id}" hreflang="nb">{read}</a></p>"##,
                stale = escape(t.stale),
                root = v.root(),
                id = q.id,
                read = escape(t.read_in_bokmal),
            );
        }
        Some(_) => {}
        None => {
            let _ = write!(
                out,
                r#"<p class="notice answer__translation" data-testid="translation-missing">{}</p>"#,
                escape(t.missing)
            );
        }
    }
}

fn contact(out: &mut String, v: &View) {
    let t = v.texts;
    let _ = write!(
        out,
        r#"<aside class="contact" id="{id}" aria-labelledby="kontakt-tittel"><h2 class="contact__title" id="kontakt-tittel">{title}</h2><p class="contact__text">{text}</p><a class="button" href="{href}" data-testid="contact-mail">{button}</a></aside>"#,
        id = ui::CONTACT_ANCHOR,
        title = escape(t.contact_title),
        text = escape(t.contact_text),
        href = escape(&support_mailto_in(t.app, "", None)),
        button = escape(t.contact_button),
    );
}

/// The page's heading and lead.
fn heading(out: &mut String, v: &View) {
    let _ = write!(
        out,
        r#"<h1 class="page-title">{title}</h1><p class="lead">{lead}</p>"#,
        title = escape(v.texts.app.faq_title),
        lead = escape(v.texts.faq_lead),
    );
}

/// The notice over a part of the page that is only in bokmål so far.
fn only_bokmal(out: &mut String, v: &View) {
    if v.lang() != Lang::Nb {
        let _ = write!(
            out,
            r#"<p class="notice" data-testid="only-bokmal">{}</p>"#,
            escape(v.texts.only_bokmal)
        );
    }
}

/// The guide's flows, each a link to its own page (the flow as text, which works without scripts),
/// marked with `data-flyt` so the app can lead it to the interactive guide instead.
pub fn guide_list(out: &mut String, guide: &Guide) {
    guide_list_in(out, &View::bokmal_only(), guide);
}

/// [`guide_list`] on a page in `v`'s language: each flow's page is in the page's folder, in its
/// language where the flow is translated, else in bokmål (marked so, under a notice).
fn guide_list_in(out: &mut String, v: &View, guide: &Guide) {
    if guide.flows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<section class="guide-list" id="{id}" aria-labelledby="{id}-tittel"><h2 class="guide-list__title" id="{id}-tittel">{title}</h2><p class="guide-list__text">{text}</p>"#,
        id = ui::GUIDE_ANCHOR,
        title = escape(v.texts.guide_list_title),
        text = escape(v.texts.guide_list_text),
    );
    let translated = |i: usize| v.translation.and_then(|t| t.flow(i)).map(|t| &t.flow);
    if (0..guide.flows.len()).any(|i| translated(i).is_none()) {
        only_bokmal(out, v);
    }
    out.push_str(r#"<ul class="guide-list__items">"#);
    for (i, bokmal) in guide.flows.iter().enumerate() {
        let (f, lang) = match translated(i) {
            Some(f) => (f, ""),
            None => (bokmal, v.bokmal()),
        };
        let _ = write!(
            out,
            r#"<li class="guide-list__item"{lang}><a class="guide-list__link" href="{href}" data-flyt="{id}" data-testid="guide-start-{id}">{title}</a><p class="guide-list__description">{description}</p></li>"#,
            href = escape(&links::flow_page_href(&f.id)),
            id = f.id,
            title = escape(&f.title),
            description = escape(&f.description),
        );
    }
    out.push_str("</ul></section>");
}

impl View<'static> {
    fn bokmal_only() -> View<'static> {
        View {
            texts: texts::page(Lang::Nb),
            translation: None,
        }
    }
}

/// The inside of `<div id="app">` in bokmål: heading, search, the guide's flows, toolbar, every
/// section with its questions and the contact block, as the app shows it before anyone has searched.
/// Each flow as text is on its own page ([`crate::flow_page`]).
pub fn render(site: &SiteData, today: CalendarDate, feedback: Option<&str>) -> String {
    render_in(site, &View::new(site, Lang::Nb), today, feedback)
}

/// [`render`] in `v`'s language.
pub fn render_in(site: &SiteData, v: &View, today: CalendarDate, feedback: Option<&str>) -> String {
    let faq = &site.faq;
    let mut out = String::with_capacity(96 * 1024);
    heading(&mut out, v);
    // The search first, in sight on a phone without scrolling: most people come with a word or a code.
    search_form(&mut out, v, feedback);
    guide_list_in(&mut out, v, &site.guide);
    toolbar(&mut out, v, faq.questions.len());
    let _ = write!(
        out,
        r#"<div class="questions" id="{}" data-testid="questions">"#,
        ui::QUESTIONS_ID
    );
    for (s, section) in faq.sections.iter().enumerate() {
        let codes = section.id == ui::CODES_SECTION_ID;
        let translated = v.translation.and_then(|t| t.sections.get(s)?.as_deref());
        let (title, lang) = match translated {
            _ if codes => (v.texts.codes_section_title, ""),
            Some(title) => (title, ""),
            None => (section.title.as_str(), v.bokmal()),
        };
        let _ = write!(
            out,
            r#"<section class="faq-section" id="{id}" aria-labelledby="{id}-tittel"><h2 class="faq-section__title" id="{id}-tittel"{lang}>{title}</h2>"#,
            id = section.id,
            title = escape(title),
        );
        if section.shows_timeline {
            timeline(&mut out, v, &faq.timeline, today);
        }
        for (i, q) in faq.questions.iter().enumerate() {
            if q.section == section.id {
                question(&mut out, v, i, q, feedback);
            }
        }
        out.push_str("</section>");
    }
    out.push_str("</div>");
    contact(&mut out, v);
    out
}

/// The page's `<body>` in `v`'s language: the skip link, the header with the language switcher, the
/// FAQ in `<main>` (around [`render_in`], with the guide's container) and the footer.
pub fn body(site: &SiteData, v: &View, today: CalendarDate, feedback: Option<&str>) -> String {
    let mut out = String::with_capacity(100 * 1024);
    let switch_to = |lang: Lang| match format!("{}{}", v.root(), lang.folder()) {
        href if lang == v.lang() || href.is_empty() => "./".to_string(),
        href => href,
    };
    header(&mut out, v.texts, "./", Some(&switch_to));
    let _ = write!(
        out,
        r#"<main id="innhold" class="wrap" tabindex="-1"><div id="app" data-skattedeling="side">{faq}<div class="site-guide" id="{guide}" hidden></div></div></main>"#,
        faq = render_in(site, v, today, feedback),
        guide = skattedeling_core::site::GUIDE_CONTAINER_ID,
    );
    footer(&mut out, v.texts, "");
    out
}

/// The skip link and the site's header in `t`'s language; `home` is the way to the FAQ page in it.
/// The FAQ pages have the language switcher (`switcher`); the pages only in bokmål do not.
pub fn header(out: &mut String, t: &Page, home: &str, switcher: Option<&dyn Fn(Lang) -> String>) {
    let _ = write!(
        out,
        r##"<a class="skip-link" href="#innhold">{skip}</a><header class="site-header"><div class="wrap site-header__inner"><p class="site-header__name"><a href="{home}">{name} <span class="site-header__sub">{sub}</span></a></p><p class="site-header__owner">{owner}</p>"##,
        skip = escape(t.skip_link),
        name = escape(t.header_name[0]),
        sub = escape(t.header_name[1]),
        owner = escape(t.owner),
    );
    if let Some(href) = switcher {
        languages(out, t, href);
    }
    out.push_str("</div></header>");
}

/// The site's footer in `t`'s language; `home` is the way to the folder of `t`'s FAQ page, where
/// the accessibility statement in that language is (`nn/`, `en/` or the root, for bokmål).
pub fn footer(out: &mut String, t: &Page, home: &str) {
    let _ = write!(
        out,
        r#"<footer class="site-footer"><div class="wrap"><p>{before} <a href="mailto:{mail}">{mail}</a>. {after}</p><p>{role}</p><p><a href="{home}tilgjengelighetserklaering.html">{statement}</a></p></div></footer>"#,
        before = escape(t.footer_mail[0]),
        mail = skattedeling_core::support::SUPPORT_EMAIL,
        after = escape(t.footer_mail[1]),
        role = escape(t.footer_role),
        statement = escape(t.accessibility_statement),
    );
}

/// The language switcher: a plain link to the same page in each language (`href`), named in
/// itself. The FAQ app adds the search, the guide's answers and the anchor to the link as a person follows it
/// (`data-sprak-sti` is the page's path from here).
fn languages(out: &mut String, t: &Page, href: &dyn Fn(Lang) -> String) {
    let _ = write!(
        out,
        r#"<nav class="languages" aria-label="{label}" data-testid="languages"><ul class="languages__list">"#,
        label = escape(t.languages),
    );
    for lang in Lang::ALL {
        let href = escape(&href(lang));
        let current = if lang == t.lang {
            r#" aria-current="page""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<li class="languages__item"><a class="languages__link" href="{href}" data-sprak-sti="{href}" lang="{code}" hreflang="{code}"{current} data-testid="language-{code}">{name}</a></li>"#,
            code = lang.code(),
            name = lang.endonym(),
        );
    }
    out.push_str("</ul></nav>");
}

/// The `<head>` fields that differ per language: `<title>` and the description.
pub fn title_and_description(v: &View) -> (String, &'static str) {
    let app = v.texts.app;
    (app.page_title(&[app.faq_title]), v.texts.meta_description)
}
