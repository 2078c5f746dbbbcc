//! The one place that configures Markdown: how answers are rendered to HTML at build time, what they
//! may contain, which in-page links they make and their plain text for search.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use skattedeling_core::links::{self, Fragment, Target, FLOW_QUERY};

/// The Markdown dialect answers are written in.
pub fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// An answer rendered for the site.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    /// The words of the answer with blocks separated by spaces, for search and snippets.
    pub text: String,
    /// In-page links (`#id` without the `#`) with the byte offset where each stands.
    pub anchors: Vec<(String, usize)>,
    /// Links to guide flows (`?flyt=id`), by flow id, with the byte offset where each stands.
    pub flows: Vec<(String, usize)>,
    /// Things the answer may not contain, with the byte offset where each stands.
    pub problems: Vec<(String, usize)>,
}

/// Renders an answer's Markdown, collecting in-page links and disallowed constructs.
pub fn render(markdown: &str) -> Rendered {
    let mut out = Rendered::default();
    let mut events = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        let at = range.start;
        let mut event = event;
        match &mut event {
            Event::Start(Tag::Link { dest_url, .. }) => link(&mut out, dest_url, at),
            Event::Start(Tag::Heading { .. }) => out.problems.push((
                "an answer may not contain headings (the question is the heading): use paragraphs or lists".into(),
                at,
            )),
            Event::Html(_) | Event::InlineHtml(_) => out.problems.push((
                "raw HTML is not allowed in an answer: write it in Markdown".into(),
                at,
            )),
            Event::Start(Tag::Image { .. }) => out.problems.push((
                "images are not supported in answers".into(),
                at,
            )),
            Event::Text(t) | Event::Code(t) => out.text.push_str(t),
            Event::SoftBreak | Event::HardBreak => out.text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item) if !out.text.ends_with(' ') => {
                out.text.push(' ');
            }
            _ => {}
        }
        events.push(event);
    }
    out.text = out.text.trim().to_string();
    html::push_html(&mut out.html, events.into_iter());
    out
}

/// One link of an answer, as [`Target`] reads it: an in-page link (`#id`) is collected to be
/// checked; a link to a flow (`?flyt=id`) is collected and made the app's link to the flow, which the
/// static pages make a link to the flow's own page ([`links::rewrite`]), working without scripts;
/// anything but those and a full `https://` or `mailto:` address is a problem.
fn link(out: &mut Rendered, dest_url: &mut CowStr, at: usize) {
    let href: &str = dest_url;
    match Target::parse(href) {
        // `./#id` is how the apps leave a flow for the FAQ; content links to answers as `#id`.
        _ if href.starts_with("./") => {}
        Some(Target::Anchor(_) | Target::Code(_)) => {
            out.anchors.push((href[1..].to_string(), at));
            return;
        }
        Some(Target::Flow(flow)) => {
            let start = flow.answers.is_empty() && flow.fragment == Fragment::None;
            // Content links to a flow's start only; anything more is the id of a flow that does not
            // exist, for the loader to report.
            let id = if start {
                flow.id
            } else {
                &href[FLOW_QUERY.len()..]
            };
            out.flows.push((id.to_string(), at));
            *dest_url = links::flow_start_href(id).into();
            return;
        }
        Some(Target::External(_)) => return,
        Some(Target::Site(_)) | None => {}
    }
    out.problems.push((
        format!("link `{href}`: use `#id` for a question or section, `?flyt=id` for a guide flow, or a full `https://` or `mailto:` address"),
        at,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_lists_code_and_typographic_quotes() {
        let r = render("Sjekk:\n\n1. Scope `skatteetaten:summertskattegrunnlag`\n2. \"Altinn\"\n");
        assert!(r.html.contains("<ol>"), "{}", r.html);
        assert!(r
            .html
            .contains("<code>skatteetaten:summertskattegrunnlag</code>"));
        assert!(r.html.contains("“Altinn”"));
        assert_eq!(
            r.text,
            "Sjekk: Scope skatteetaten:summertskattegrunnlag “Altinn”"
        );
        assert!(r.problems.is_empty());
    }

    #[test]
    fn collects_in_page_links_with_their_offsets() {
        let md = "Se [kostnad](#kostnad) og [Fiks](https://portal.fiks.ks.no/).";
        let r = render(md);
        assert_eq!(r.anchors, vec![("kostnad".to_string(), 3)]);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn guide_links_land_on_the_flow_with_or_without_scripts() {
        let r = render("Følg [veiviseren](?flyt=tilkobling).");
        assert_eq!(r.flows, vec![("tilkobling".to_string(), 6)]);
        assert!(
            r.html
                .contains(r#"href="?flyt=tilkobling#veiviser-tilkobling""#),
            "{}",
            r.html
        );
    }

    #[test]
    fn content_links_to_a_flows_start_only() {
        let r = render("[a](?flyt=x&rolle=kommune) [b](?flyt=x#svar) [c](./#kostnad)");
        let flows: Vec<&str> = r.flows.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            flows,
            ["x&rolle=kommune", "x#svar"],
            "no flow has such an id"
        );
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert!(r.problems[0].0.starts_with("link `./#kostnad`"));
    }

    #[test]
    fn flags_what_answers_may_not_contain() {
        let r =
            render("## Overskrift\n\n<b>fet</b>\n\n[lenke](side.html) ![bilde](https://x/y.png)\n");
        let messages: Vec<&str> = r.problems.iter().map(|(m, _)| m.as_str()).collect();
        // `<b>` and `</b>` are one problem each; the loader reports one per line.
        assert_eq!(messages.len(), 5, "{messages:?}");
        assert!(messages[0].contains("headings"));
        assert!(messages[1].contains("raw HTML") && messages[2].contains("raw HTML"));
        assert!(messages[3].contains("side.html"));
        assert!(messages[4].contains("images"));
    }
}
