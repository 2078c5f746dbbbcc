//! One set of link targets: what a link on the site points at — a question or section on the FAQ
//! page, a guide flow, an entry of the error-code catalogue, another address on the site, or one
//! elsewhere — read from an `href`, and written for the place it is shown: the site's own page, a
//! page for reading without JavaScript (the FAQ page as sitegen writes it, a flow's own page), or a
//! widget on another site.

/// The prefix of each flow's anchor: its place in the app's guide and its text on its own page
/// (`#veiviser-tilkobling`).
pub const FLOW_ANCHOR_PREFIX: &str = "veiviser-";
/// The prefix of each error-code catalogue entry's anchor (`#feil-MP-251`).
pub const CODE_ANCHOR_PREFIX: &str = "feil-";
/// The folder of the flows' own pages, beside `index.html`: `veiviser/<flow>/index.html`.
pub const FLOW_PAGES_DIR: &str = "veiviser";
/// How a link to a guide flow starts (`flyt`, the guide's [`FLOW_KEY`](crate::guide::engine::FLOW_KEY)).
pub const FLOW_QUERY: &str = "?flyt=";

/// The anchor of `flow`'s place in the guide and of its text on its own page: `veiviser-tilkobling`.
pub fn flow_anchor(flow: &str) -> String {
    format!("{FLOW_ANCHOR_PREFIX}{flow}")
}

/// The anchor of `code`'s entry in the error-code catalogue: `feil-MP-251`.
pub fn code_anchor(code: &str) -> String {
    format!("{CODE_ANCHOR_PREFIX}{code}")
}

/// The code of a catalogue entry's anchor (`feil-MP-251` → `MP-251`), if it is one.
pub fn code_of_anchor(anchor: &str) -> Option<&str> {
    anchor.strip_prefix(CODE_ANCHOR_PREFIX)
}

/// What a link points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// A question or section on the FAQ page: `#id`, or `./#id` (the FAQ page without the flow the
    /// address may show).
    Anchor(&'a str),
    /// An entry of the error-code catalogue on the FAQ page: `#feil-CODE`.
    Code(&'a str),
    /// A guide flow: `?flyt=id`, perhaps with answers and a fragment.
    Flow(FlowLink<'a>),
    /// Another address on the site, relative to its root: `config.json`, `?q=pris` (`./` dropped).
    Site(&'a str),
    /// An address elsewhere: `https://…` or `mailto:…`, shown as it is everywhere.
    External(&'a str),
}

/// A link to a guide flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowLink<'a> {
    /// The flow's id: what follows `?flyt=` up to `&` or `#`.
    pub id: &'a str,
    /// The rest of the query as written, from its `&` (`&amp;` in HTML) on; empty for none.
    pub answers: &'a str,
    pub fragment: Fragment<'a>,
}

/// Where on the page a link to a flow leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fragment<'a> {
    /// Nowhere in particular: no `#` was written.
    None,
    /// The flow's own place in the guide, `#veiviser-id`.
    Flow,
    /// Another fragment, as written without its `#`.
    Other(&'a str),
}

impl<'a> FlowLink<'a> {
    /// The flow's start, at its place in the guide: `?flyt=id#veiviser-id`.
    pub fn start(id: &'a str) -> FlowLink<'a> {
        FlowLink {
            id,
            answers: "",
            fragment: Fragment::Flow,
        }
    }

    /// The flow with the answers of `query` (`?flyt=id&…`, as the guide writes it), at its place in
    /// the guide; `None` when `query` is not a flow's.
    pub fn answered(query: &'a str) -> Option<FlowLink<'a>> {
        match Target::parse(query)? {
            Target::Flow(flow) => Some(FlowLink {
                fragment: Fragment::Flow,
                ..flow
            }),
            _ => None,
        }
    }

    /// Whether this is a link to the flow's start (with its own anchor or none), which a page
    /// without JavaScript can show as the flow's own page.
    pub fn is_start(&self) -> bool {
        self.answers.is_empty() && !matches!(self.fragment, Fragment::Other(_))
    }

    /// The link to the flow in the guide, after the way to the site's root.
    fn write_in_guide(&self, out: &mut String) {
        out.push_str(FLOW_QUERY);
        out.push_str(self.id);
        out.push_str(self.answers);
        match self.fragment {
            Fragment::None => {}
            Fragment::Flow => {
                out.push('#');
                out.push_str(FLOW_ANCHOR_PREFIX);
                out.push_str(self.id);
            }
            Fragment::Other(f) => {
                out.push('#');
                out.push_str(f);
            }
        }
    }
}

/// Where a link is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place<'a> {
    /// The site's root page, with its apps: links relative to it.
    Site,
    /// A page for reading without JavaScript, `root` being the way from it to the folder of its
    /// language's FAQ page (`""` for the FAQ page, `"../../"` for a flow's page, in any language):
    /// a link to a flow's start is a link to the flow's own page, which is in that folder too.
    Static { root: &'a str },
    /// A translated FAQ page (`nn/`, `en/`), `root` being the way to the site's root: like
    /// [`Place::Static`], but anchors, the guide's answers and the flows' own pages stay in this
    /// page's folder, in its language; only the site's files are at the root.
    Translated { root: &'a str },
    /// A widget on another site's page: every link absolute to `base`, the site's address (ending
    /// in `/`); answers, flows and their pages to `page`, the site's FAQ page in the widget's
    /// language (`base`, or its `nn/` or `en/`).
    Widget { base: &'a str, page: &'a str },
}

impl<'a> Target<'a> {
    /// The target of `href`, or `None` for a link that is none of these (`side.html`, `http://…`).
    pub fn parse(href: &'a str) -> Option<Target<'a>> {
        if let Some(anchor) = href.strip_prefix('#').or_else(|| href.strip_prefix("./#")) {
            return Some(match code_of_anchor(anchor) {
                Some(code) => Target::Code(code),
                None => Target::Anchor(anchor),
            });
        }
        if let Some(rest) = href.strip_prefix(FLOW_QUERY) {
            let (query, fragment) = match rest.split_once('#') {
                Some((query, fragment)) => (query, Some(fragment)),
                None => (rest, None),
            };
            let (id, answers) = query.split_at(query.find('&').unwrap_or(query.len()));
            let fragment = match fragment {
                None => Fragment::None,
                Some(f) if f.strip_prefix(FLOW_ANCHOR_PREFIX) == Some(id) => Fragment::Flow,
                Some(f) => Fragment::Other(f),
            };
            return Some(Target::Flow(FlowLink {
                id,
                answers,
                fragment,
            }));
        }
        if href.starts_with("https://") || href.starts_with("mailto:") {
            return Some(Target::External(href));
        }
        if let Some(local) = href.strip_prefix("./") {
            return Some(Target::Site(local));
        }
        // A flow's own page (the error-code catalogue's buttons without JavaScript): a file at the
        // site's root.
        if href
            .strip_prefix(FLOW_PAGES_DIR)
            .is_some_and(|rest| rest.starts_with('/'))
        {
            return Some(Target::Site(href));
        }
        href.starts_with('?').then_some(Target::Site(href))
    }

    /// The link as it is written at `place`.
    pub fn href(&self, place: Place) -> String {
        let mut out = String::new();
        self.write_href(place, &mut out);
        out
    }

    fn write_href(&self, place: Place, out: &mut String) {
        // The way to the site's root, to the page's folder, and to the flows' own pages.
        let (root, here, flow_pages) = match place {
            Place::Site => ("", "", ""),
            Place::Static { root } => (root, root, root),
            Place::Translated { root } => (root, "", ""),
            Place::Widget { base, page } => (base, page, page),
        };
        let without_script = matches!(place, Place::Static { .. } | Place::Translated { .. });
        match self {
            Target::External(address) => out.push_str(address),
            Target::Flow(flow) if flow.is_start() && without_script => {
                out.push_str(flow_pages);
                out.push_str(FLOW_PAGES_DIR);
                out.push('/');
                out.push_str(flow.id);
                out.push('/');
            }
            Target::Flow(flow) => {
                out.push_str(here);
                flow.write_in_guide(out);
            }
            // On the site's page, `./`: the FAQ page itself, not the flow the address may show.
            Target::Anchor(id) | Target::Code(id) => {
                out.push_str(if place == Place::Site { "./" } else { here });
                out.push('#');
                if let Target::Code(_) = self {
                    out.push_str(CODE_ANCHOR_PREFIX);
                }
                out.push_str(id);
            }
            Target::Site(local) => {
                let is_flow_page = local
                    .strip_prefix(FLOW_PAGES_DIR)
                    .is_some_and(|rest| rest.starts_with('/'));
                out.push_str(if is_flow_page { flow_pages } else { root });
                out.push_str(local);
            }
        }
    }
}

/// The link on the site's root page to a flow's interactive start: `?flyt=id#veiviser-id`.
pub fn flow_start_href(flow: &str) -> String {
    let mut out = String::new();
    FlowLink::start(flow).write_in_guide(&mut out);
    out
}

/// The link from the site's root to a flow's own page, which holds the flow as text and works
/// without JavaScript.
pub fn flow_page_href(flow: &str) -> String {
    format!("{FLOW_PAGES_DIR}/{flow}/")
}

/// Every link in `html` (content written for the site's root page) as it is written at `place`; a
/// link to a flow's start on a page without JavaScript is also marked `data-flyt="id"`, so a script
/// can lead it to the interactive guide instead. Links that are none of the targets are left alone.
pub fn rewrite(html: &str, place: Place) -> String {
    const HREF: &str = "href=\"";
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(at) = rest.find(HREF) {
        let (before, after) = rest.split_at(at + HREF.len());
        out.push_str(before);
        let Some(end) = after.find('"') else {
            rest = after;
            break;
        };
        let (value, tail) = after.split_at(end);
        match Target::parse(value) {
            Some(target) => {
                target.write_href(place, &mut out);
                if let (Target::Flow(flow), Place::Static { .. } | Place::Translated { .. }) =
                    (target, place)
                {
                    if flow.is_start() {
                        out.push_str("\" data-flyt=\"");
                        out.push_str(flow.id);
                    }
                }
            }
            None => out.push_str(value),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://skattedeling.example.no/";

    #[test]
    fn hrefs_are_read_as_their_targets() {
        assert_eq!(Target::parse("#kostnad"), Some(Target::Anchor("kostnad")));
        assert_eq!(Target::parse("./#kostnad"), Some(Target::Anchor("kostnad")));
        assert_eq!(Target::parse("#feil-MP-251"), Some(Target::Code("MP-251")));
        assert_eq!(
            Target::parse("?flyt=tilkobling#veiviser-tilkobling"),
            Some(Target::Flow(FlowLink::start("tilkobling")))
        );
        assert_eq!(
            Target::parse("?flyt=x&amp;rolle=kommune#svar"),
            Some(Target::Flow(FlowLink {
                id: "x",
                answers: "&amp;rolle=kommune",
                fragment: Fragment::Other("svar"),
            }))
        );
        let plain = Target::parse("?flyt=x").unwrap();
        assert_eq!(plain.href(Place::Site), "?flyt=x", "written as it was");
        assert_eq!(
            Target::parse("https://altinn.no/"),
            Some(Target::External("https://altinn.no/"))
        );
        assert_eq!(
            Target::parse("mailto:skattedeling@ks.no"),
            Some(Target::External("mailto:skattedeling@ks.no"))
        );
        assert_eq!(
            Target::parse("./config.json"),
            Some(Target::Site("config.json"))
        );
        assert_eq!(Target::parse("?q=pris"), Some(Target::Site("?q=pris")));
        // A flow's own page is beside the FAQ page in its language, wherever the link stands.
        let page = Target::parse("veiviser/bytte/");
        assert_eq!(page, Some(Target::Site("veiviser/bytte/")));
        let page = page.unwrap();
        assert_eq!(
            page.href(Place::Translated { root: "../" }),
            "veiviser/bytte/"
        );
        assert_eq!(
            Target::Site("config.json").href(Place::Translated { root: "../" }),
            "../config.json"
        );
        assert_eq!(
            page.href(Place::Static { root: "../../" }),
            "../../veiviser/bytte/"
        );
        for other in ["side.html", "http://altinn.no/", "veiviserx/", ""] {
            assert_eq!(Target::parse(other), None, "{other}");
        }
    }

    #[test]
    fn a_flows_start_is_its_place_in_the_guide_on_the_site_and_its_own_page_without_scripts() {
        let start = Target::Flow(FlowLink::start("bytte"));
        assert_eq!(start.href(Place::Site), "?flyt=bytte#veiviser-bytte");
        assert_eq!(flow_start_href("bytte"), "?flyt=bytte#veiviser-bytte");
        assert_eq!(start.href(Place::Static { root: "" }), "veiviser/bytte/");
        assert_eq!(
            start.href(Place::Static { root: "../../" }),
            "../../veiviser/bytte/"
        );
        assert_eq!(
            start.href(Place::Widget {
                base: BASE,
                page: BASE,
            }),
            "https://skattedeling.example.no/?flyt=bytte#veiviser-bytte"
        );
        // With answers, it is the guide everywhere.
        let answered = Target::Flow(FlowLink::answered("?flyt=bytte&rolle=kommune").unwrap());
        assert_eq!(
            answered.href(Place::Static { root: "../../" }),
            "../../?flyt=bytte&rolle=kommune#veiviser-bytte"
        );
        assert_eq!(FlowLink::answered("?q=pris"), None);
    }

    #[test]
    fn faq_answers_and_codes_leave_the_flow_the_address_shows() {
        assert_eq!(Target::Anchor("kostnad").href(Place::Site), "./#kostnad");
        assert_eq!(Target::Code("MP-251").href(Place::Site), "./#feil-MP-251");
        assert_eq!(
            Target::Code("MP-251").href(Place::Widget {
                base: BASE,
                page: BASE,
            }),
            "https://skattedeling.example.no/#feil-MP-251"
        );
        assert_eq!(
            Target::Anchor("kostnad").href(Place::Static { root: "../../" }),
            "../../#kostnad"
        );
        assert_eq!(
            Target::Site("config.json").href(Place::Widget {
                base: BASE,
                page: BASE,
            }),
            "https://skattedeling.example.no/config.json"
        );
        assert_eq!(
            Target::parse("./#kostnad").unwrap().href(Place::Widget {
                base: BASE,
                page: BASE,
            }),
            "https://skattedeling.example.no/#kostnad"
        );
    }

    #[test]
    fn a_widget_in_nynorsk_links_to_the_nynorsk_page_and_the_sites_files_at_its_root() {
        let nn = Place::Widget {
            base: BASE,
            page: "https://skattedeling.example.no/nn/",
        };
        assert_eq!(
            Target::Anchor("kostnad").href(nn),
            "https://skattedeling.example.no/nn/#kostnad"
        );
        assert_eq!(
            Target::Flow(FlowLink::start("bytte")).href(nn),
            "https://skattedeling.example.no/nn/?flyt=bytte#veiviser-bytte"
        );
        assert_eq!(
            Target::Site("veiviser/bytte/").href(nn),
            "https://skattedeling.example.no/nn/veiviser/bytte/"
        );
        assert_eq!(
            Target::Site("config.json").href(nn),
            "https://skattedeling.example.no/config.json"
        );
    }

    #[test]
    fn the_anchors_are_named_by_their_prefix() {
        assert_eq!(flow_anchor("bytte"), "veiviser-bytte");
        assert_eq!(code_anchor("MP-251"), "feil-MP-251");
        assert_eq!(code_of_anchor("feil-MP-251"), Some("MP-251"));
        assert_eq!(code_of_anchor("kostnad"), None);
        assert_eq!(flow_page_href("bytte"), "veiviser/bytte/");
    }

    #[test]
    fn content_links_to_the_site_point_at_the_site_from_a_widget() {
        let html = r##"<p>Se <a href="?flyt=tilkobling">veiviseren</a>, <a href="#maskinporten">svaret</a>, <a href="./#kostnad">prisen</a>, <a href="https://portal.fiks.ks.no/">Fiks</a> og <a href="mailto:skattedeling@ks.no">e-post</a>.</p>"##;
        assert_eq!(
            rewrite(
                html,
                Place::Widget {
                    base: BASE,
                    page: BASE,
                }
            ),
            r##"<p>Se <a href="https://skattedeling.example.no/?flyt=tilkobling">veiviseren</a>, <a href="https://skattedeling.example.no/#maskinporten">svaret</a>, <a href="https://skattedeling.example.no/#kostnad">prisen</a>, <a href="https://portal.fiks.ks.no/">Fiks</a> og <a href="mailto:skattedeling@ks.no">e-post</a>.</p>"##
        );
    }

    #[test]
    fn flow_links_lead_to_the_flows_page_and_other_links_stay_on_the_faq_page() {
        let html = r##"<a href="?flyt=bytte#veiviser-bytte">a</a> <a href="?flyt=tilkobling">b</a> <a href="?flyt=x&amp;rolle=kommune">c</a> <a href="#kostnad">d</a> <a href="https://altinn.no/">e</a>"##;
        assert_eq!(
            rewrite(html, Place::Static { root: "" }),
            r##"<a href="veiviser/bytte/" data-flyt="bytte">a</a> <a href="veiviser/tilkobling/" data-flyt="tilkobling">b</a> <a href="?flyt=x&amp;rolle=kommune">c</a> <a href="#kostnad">d</a> <a href="https://altinn.no/">e</a>"##
        );
    }

    #[test]
    fn content_links_work_from_a_flows_page() {
        let html = r##"<p>Se <a href="?flyt=tilkobling#veiviser-tilkobling">veiviseren</a>, <a href="#maskinporten">svaret</a>, <a href="./#kostnad">prisen</a>, <a href="#feil-MP-251">koden</a> og <a href="https://portal.fiks.ks.no/">Fiks</a>.</p>"##;
        assert_eq!(
            rewrite(html, Place::Static { root: "../../" }),
            r##"<p>Se <a href="../../veiviser/tilkobling/" data-flyt="tilkobling">veiviseren</a>, <a href="../../#maskinporten">svaret</a>, <a href="../../#kostnad">prisen</a>, <a href="../../#feil-MP-251">koden</a> og <a href="https://portal.fiks.ks.no/">Fiks</a>.</p>"##
        );
    }

    #[test]
    fn an_unclosed_attribute_is_left_as_it_is() {
        assert_eq!(
            rewrite(r#"<a href="?flyt=x"#, Place::Static { root: "" }),
            r#"<a href="?flyt=x"#
        );
    }
}
