//! Each flow's own page, `veiviser/<flow>/index.html`: the whole flow as text (every step, where each
//! answer leads, every outcome), a complete page that works without JavaScript, with a link to the
//! interactive guide on the FAQ page for those who have it.

use crate::page::escape;
use skattedeling_core::guide::{Flow, InputFormat, StepKind};
use skattedeling_core::links::{self, Place};
use skattedeling_core::ui;
use std::fmt::Write;
use std::path::PathBuf;

/// The page around the flow: the site's head, header and footer, with `@TITLE@`, `@DESCRIPTION@` and
/// `@MAIN@` to fill in. Its stylesheet and icon are `../../main.css` and `../../favicon.svg`, which
/// scripts/static-pages.sh points at the files of the build.
pub const TEMPLATE: &str = include_str!("../templates/flow-page.html");

/// From a flow's page back to the site's root, where `index.html` is.
pub const TO_ROOT: &str = "../../";

/// Where a flow's page is written, relative to the site's root.
pub fn path(flow_id: &str) -> PathBuf {
    [links::FLOW_PAGES_DIR, flow_id, "index.html"]
        .iter()
        .collect()
}

/// The whole page of `flow`.
pub fn render(flow: &Flow) -> String {
    let mut main = String::with_capacity(16 * 1024);
    let _ = write!(
        main,
        r#"<p><a href="{TO_ROOT}" data-testid="guide-page-faq">‹ {}</a></p>"#,
        ui::TO_FAQ
    );
    flow_text(&mut main, flow);
    TEMPLATE
        .replace(
            "@TITLE@",
            &escape(&ui::page_title(&[&flow.title, ui::GUIDE_LIST_TITLE])),
        )
        .replace("@DESCRIPTION@", &escape(&flow.description))
        .replace(
            "@HEADER@",
            &chrome(
                |out, t, root| crate::page::header(out, t, root, None),
                TO_ROOT,
            ),
        )
        .replace("@FOOTER@", &chrome(crate::page::footer, TO_ROOT))
        .replace("@MAIN@", &main)
}

/// The site's header or footer, in bokmål (the flows are only in bokmål so far), seen from a flow's
/// page; the header has no language switcher, since there is no other language to switch to.
fn chrome(part: impl Fn(&mut String, &skattedeling_core::texts::Page, &str), root: &str) -> String {
    let mut out = String::new();
    part(
        &mut out,
        skattedeling_core::texts::page(skattedeling_core::Lang::Nb),
        root,
    );
    out
}

/// Links in the content that were written for the FAQ page (`?flyt=id`, `#id`, `./#id`), made to work
/// from a flow's page: a flow to its own page, the rest to the FAQ page.
pub fn rebase_content_links(html: &str) -> String {
    links::rewrite(html, Place::Static { root: TO_ROOT })
}

/// Where a question's option leads, in words.
fn leads_to(flow: &Flow, next: &str) -> String {
    match flow.step(next).map(|s| &s.kind) {
        Some(StepKind::Outcome { title, .. }) => format!("{} «{}»", ui::LEADS_TO_OUTCOME, title),
        Some(kind) => format!("{} «{}»", ui::LEADS_TO_STEP, kind.heading()),
        None => String::new(),
    }
}

/// One flow as text: its title and description, the link to the interactive guide (shown only with
/// JavaScript), then every step in the editor's order, with where each option leads, what to do when
/// a check fails, and every outcome.
pub fn flow_text(out: &mut String, flow: &Flow) {
    let _ = write!(
        out,
        r##"<section class="guide-text__flow" id="{anchor}" aria-labelledby="{anchor}-tittel"><h1 class="page-title" id="{anchor}-tittel">{title}</h1><p class="lead">{description}</p><p class="guide-page__interactive js-only">{interactive} <a href="{TO_ROOT}{href}" data-testid="guide-page-start">{link}</a></p><p>{intro}</p>"##,
        anchor = links::flow_anchor(&flow.id),
        title = escape(&flow.title),
        description = escape(&flow.description),
        interactive = escape(ui::GUIDE_PAGE_INTERACTIVE),
        href = escape(&links::flow_start_href(&flow.id)),
        link = escape(ui::GUIDE_PAGE_INTERACTIVE_LINK),
        intro = escape(ui::GUIDE_PAGE_INTRO),
    );
    out.push_str(&rebase_content_links(&steps(flow)));
    out.push_str("</section>");
}

/// The steps and the flow's note, with the content's links as the editor wrote them.
fn steps(flow: &Flow) -> String {
    let mut out = String::from(r#"<ol class="guide-text__steps">"#);
    for step in &flow.steps {
        out.push_str(r#"<li class="guide-text__step">"#);
        match &step.kind {
            StepKind::Question {
                text,
                help_html,
                choices,
            } => {
                let _ = write!(out, "<h2>{}</h2>", escape(text));
                out.push_str(help_html.as_deref().unwrap_or(""));
                out.push_str("<ul>");
                for c in choices {
                    let _ = write!(
                        out,
                        "<li>{}: {}</li>",
                        escape(&c.label),
                        escape(&leads_to(flow, &c.next))
                    );
                }
                out.push_str("</ul>");
            }
            StepKind::Input {
                text,
                help_html,
                format,
                ..
            } => {
                let _ = write!(out, "<h2>{}</h2>", escape(text));
                out.push_str(help_html.as_deref().unwrap_or(""));
                // Without script there is no field: each code, and the check it leads to.
                if let InputFormat::ErrorCode { routes } = format {
                    out.push_str("<ul>");
                    for r in routes {
                        let _ = write!(
                            out,
                            "<li><code>{}</code>: {}</li>",
                            escape(&r.code),
                            escape(&leads_to(flow, &r.step))
                        );
                    }
                    out.push_str("</ul>");
                }
            }
            StepKind::Check { check, .. } => {
                let _ = write!(
                    out,
                    "<h2>{}: {}</h2>{}<p><strong>{}:</strong></p>{}<p><strong>{}:</strong></p>{}",
                    ui::GUIDE_CHECK,
                    escape(&check.text),
                    check.help_html.as_deref().unwrap_or(""),
                    ui::IF_NOT,
                    check.fix_html,
                    ui::WHO_TITLE,
                    check.who_html,
                );
            }
            StepKind::Outcome {
                title,
                body_html,
                connection_test,
                sources,
                ..
            } => {
                let _ = write!(
                    out,
                    "<h2>{}: {}</h2>{}{}",
                    ui::GUIDE_OUTCOME,
                    escape(title),
                    body_html,
                    sources
                        .as_ref()
                        .map(|s| crate::sources::html(s, 3))
                        .unwrap_or_default()
                );
                if connection_test.is_some() {
                    let _ = write!(out, "<p>{}</p>", ui::CONNECTION_TEST_NEEDS_SCRIPT);
                }
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    if let Some(note) = &flow.note_html {
        let _ = write!(out, r#"<div class="guide-note">{note}</div>"#);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_links_work_from_a_flows_page() {
        let html = r##"<p>Se <a href="?flyt=tilkobling#veiviser-tilkobling">veiviseren</a>, <a href="#maskinporten">svaret</a>, <a href="./#kostnad">prisen</a> og <a href="https://portal.fiks.ks.no/">Fiks</a>.</p>"##;
        assert_eq!(
            rebase_content_links(html),
            r##"<p>Se <a href="../../veiviser/tilkobling/" data-flyt="tilkobling">veiviseren</a>, <a href="../../#maskinporten">svaret</a>, <a href="../../#kostnad">prisen</a> og <a href="https://portal.fiks.ks.no/">Fiks</a>.</p>"##
        );
    }

    #[test]
    fn the_page_is_written_in_its_flows_folder() {
        assert_eq!(
            path("bytte"),
            PathBuf::from("veiviser").join("bytte").join("index.html")
        );
    }
}
