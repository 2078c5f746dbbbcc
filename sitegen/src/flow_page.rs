//! Each flow's own page, `veiviser/<flow>/index.html`: the whole flow as text (every step, where each
//! answer leads, every outcome), a complete page that works without JavaScript, with a link to the
//! interactive guide on the FAQ page for those who have it.

use crate::page::escape;
use skattedeling_core::guide::{Flow, InputFormat, StepKind};
use skattedeling_core::links::{self, Place};
use skattedeling_core::texts::{self, Page};
use skattedeling_core::translation::TranslatedFlow;
use skattedeling_core::Lang;
use std::fmt::Write;
use std::path::PathBuf;

/// The page around the flow: the site's head, header and footer, with `@LANG@`, `@ROOT@` (the way to
/// the site's root), `@TITLE@`, `@DESCRIPTION@`, `@ALTERNATES@` and `@MAIN@` to fill in. Its stylesheet and icon are
/// `@ROOT@main.css` and `@ROOT@favicon.svg`, which scripts/static-pages.sh points at the files of
/// the build.
pub const TEMPLATE: &str = include_str!("../templates/flow-page.html");

/// From a flow's page back to its language's FAQ page, where `index.html` is.
pub const TO_ROOT: &str = "../../";

/// Where a flow's page is written, relative to its language's folder.
pub fn path(flow_id: &str) -> PathBuf {
    [links::FLOW_PAGES_DIR, flow_id, "index.html"]
        .iter()
        .collect()
}

/// A flow's page in one language.
pub struct FlowPage<'a> {
    pub texts: &'static Page,
    /// The bokmål flow.
    pub bokmal: &'a Flow,
    /// The flow in the page's language; `None` shows the bokmål (on a bokmål page, or while there
    /// is no translation).
    pub translation: Option<&'a TranslatedFlow>,
}

impl FlowPage<'_> {
    fn lang(&self) -> Lang {
        self.texts.lang
    }

    fn flow(&self) -> &Flow {
        self.translation.map_or(self.bokmal, |t| &t.flow)
    }

    /// The way from the page to the site's root, where the bokmål FAQ page and the site's files are.
    fn to_site_root(&self) -> String {
        format!("{TO_ROOT}{}", self.lang().to_root())
    }

    /// ` lang="nb"` on the flow's words when they are the bokmål's on a page in another language.
    fn bokmal_words(&self) -> &'static str {
        if self.lang() != Lang::Nb && self.translation.is_none() {
            r#" lang="nb""#
        } else {
            ""
        }
    }

    /// The same flow's page in `lang`.
    fn in_lang(&self, lang: Lang) -> String {
        if lang == self.lang() {
            return "./".into();
        }
        format!(
            "{}{}{}",
            self.to_site_root(),
            lang.folder(),
            links::flow_page_href(&self.bokmal.id)
        )
    }
}

/// The whole page of `flow` in bokmål.
pub fn render(flow: &Flow) -> String {
    render_in(&FlowPage {
        texts: texts::page(Lang::Nb),
        bokmal: flow,
        translation: None,
    })
}

/// The whole page of a flow in `p`'s language.
pub fn render_in(p: &FlowPage) -> String {
    let t = p.texts;
    let flow = p.flow();
    let mut main = String::with_capacity(16 * 1024);
    let _ = write!(
        main,
        r#"<p><a href="{TO_ROOT}" data-testid="guide-page-faq">‹ {}</a></p>"#,
        escape(t.app.to_faq)
    );
    notice(&mut main, p);
    flow_text(&mut main, p);
    let root = p.to_site_root();
    let mut header = String::new();
    crate::page::header(&mut header, t, TO_ROOT, Some(&|lang| p.in_lang(lang)));
    let mut footer = String::new();
    crate::page::footer(&mut footer, t, TO_ROOT);
    TEMPLATE
        .replace("@LANG@", t.lang.code())
        .replace("@ROOT@", &root)
        .replace(
            "@TITLE@",
            &escape(&t.app.page_title(&[&flow.title, t.guide_list_title])),
        )
        .replace("@DESCRIPTION@", &escape(&flow.description))
        .replace("@ALTERNATES@", &alternates(&p.bokmal.id))
        .replace("@HEADER@", &header)
        .replace("@FOOTER@", &footer)
        .replace("@MAIN@", &main)
}

/// The flow's page in every language, by its path from the site's root as the FAQ page names its
/// own (`index.html`), bokmål being the default.
fn alternates(flow_id: &str) -> String {
    let page = links::flow_page_href(flow_id);
    let mut out = String::new();
    for lang in Lang::ALL {
        let _ = writeln!(
            out,
            r#"  <link rel="alternate" hreflang="{}" href="/{}{page}">"#,
            lang.code(),
            lang.folder()
        );
    }
    let _ = write!(
        out,
        r#"  <link rel="alternate" hreflang="x-default" href="/{page}">"#
    );
    out
}

/// On a translated page: that the flow is only in bokmål so far, or that parts of its translation
/// are older than the bokmål, with a link to the bokmål page.
fn notice(out: &mut String, p: &FlowPage) {
    let t = p.texts;
    let text = match p.translation {
        _ if p.lang() == Lang::Nb => return,
        None => t.guide_missing,
        Some(f) if !f.stale.is_empty() || f.uses_stale_check => t.guide_stale,
        Some(_) => return,
    };
    let _ = write!(
        out,
        r#"<p class="notice" data-testid="translation-notice">{} <a href="{}" hreflang="nb">{}</a></p>"#,
        escape(text),
        escape(&p.in_lang(Lang::Nb)),
        escape(t.read_guide_in_bokmal),
    );
}

/// Links in the content that were written for the FAQ page (`?flyt=id`, `#id`, `./#id`), made to work
/// from a flow's page: a flow to its own page, the rest to the FAQ page.
pub fn rebase_content_links(html: &str) -> String {
    links::rewrite(html, Place::Static { root: TO_ROOT })
}

/// Where a question's option leads, in words.
fn leads_to(t: &Page, flow: &Flow, next: &str) -> String {
    match flow.step(next).map(|s| &s.kind) {
        Some(StepKind::Outcome { title, .. }) => {
            texts::fill(t.leads_to_outcome, &[("title", title)])
        }
        Some(kind) => texts::fill(t.leads_to_step, &[("title", kind.heading())]),
        None => String::new(),
    }
}

/// One flow as text: its title and description, the link to the interactive guide (shown only with
/// JavaScript), then every step in the editor's order, with where each option leads, what to do when
/// a check fails, and every outcome.
fn flow_text(out: &mut String, p: &FlowPage) {
    let t = p.texts;
    let flow = p.flow();
    let _ = write!(
        out,
        r##"<section class="guide-text__flow" id="{anchor}" aria-labelledby="{anchor}-tittel"><h1 class="page-title" id="{anchor}-tittel"{nb}>{title}</h1><p class="lead"{nb}>{description}</p><p class="guide-page__interactive js-only">{interactive} <a href="{TO_ROOT}{href}" data-testid="guide-page-start">{link}</a></p><p>{intro}</p>"##,
        anchor = links::flow_anchor(&flow.id),
        nb = p.bokmal_words(),
        title = escape(&flow.title),
        description = escape(&flow.description),
        interactive = escape(t.guide_page_interactive),
        href = escape(&links::flow_start_href(&flow.id)),
        link = escape(t.guide_page_interactive_link),
        intro = escape(t.guide_page_intro),
    );
    out.push_str(&rebase_content_links(&steps(p)));
    out.push_str("</section>");
}

/// The steps and the flow's note, with the content's links as the editor wrote them.
fn steps(p: &FlowPage) -> String {
    let flow = p.flow();
    let mut out = format!(r#"<ol class="guide-text__steps"{}>"#, p.bokmal_words());
    for step in &flow.steps {
        let in_bokmal = p
            .translation
            .is_some_and(|f| f.in_bokmal.contains(&step.id));
        let lang = if in_bokmal { r#" lang="nb""# } else { "" };
        // Words in bokmål are shown with bokmål labels («Sjekk», «Hvis ikke»), all marked so.
        let t = if in_bokmal || !p.bokmal_words().is_empty() {
            texts::page(Lang::Nb)
        } else {
            p.texts
        };
        let _ = write!(out, r#"<li class="guide-text__step"{lang}>"#);
        step_text(&mut out, t, flow, &step.kind);
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    if let Some(note) = &flow.note_html {
        let _ = write!(
            out,
            r#"<div class="guide-note"{}>{note}</div>"#,
            p.bokmal_words()
        );
    }
    out
}

/// One step: its heading, help, and where each answer leads, or the check or outcome.
fn step_text(out: &mut String, t: &Page, flow: &Flow, kind: &StepKind) {
    match kind {
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
                    escape(&leads_to(t, flow, &c.next))
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
                        escape(&leads_to(t, flow, &r.step))
                    );
                }
                out.push_str("</ul>");
            }
        }
        StepKind::Check { check, .. } => {
            let _ = write!(
                out,
                "<h2>{}: {}</h2>{}<p><strong>{}:</strong></p>{}<p><strong>{}:</strong></p>{}",
                escape(t.guide_check),
                escape(&check.text),
                check.help_html.as_deref().unwrap_or(""),
                escape(t.if_not),
                check.fix_html,
                escape(t.who_title),
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
                escape(t.guide_outcome),
                escape(title),
                body_html,
                sources
                    .as_ref()
                    .map(|s| crate::sources::html_in(s, 3, t, ""))
                    .unwrap_or_default()
            );
            if connection_test.is_some() {
                let _ = write!(out, "<p>{}</p>", escape(t.connection_test_needs_script));
            }
        }
    }
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
