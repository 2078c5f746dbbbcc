//! Sources (`kilder`) and the day they were last assessed (`sist_vurdert`), as an editor writes them
//! on a guide outcome or in a question's front matter: checked (a full https address, a real day,
//! both or neither) and written as HTML under the text they support.

use crate::page::escape;
use skattedeling_core::texts::{self, Page};
use skattedeling_core::{CalendarDate, Lang, Source, Sources};
use std::fmt::Write;

/// The front matter form of one source.
pub const FRONT_MATTER_FORM: &str = "`kilde: tittel | https://adresse | hva kilden viser`";

/// A source's address as a link holds it, or why it cannot be one: a full `https://` address with
/// a host and no spaces. Characters outside ASCII (the `§` of a Lovdata address) are
/// percent-encoded, so the address also works where it is plain text (a summary in an e-mail).
pub fn check_url(url: &str) -> Result<String, String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!(
            "`{url}` is not an https address: write the whole address, starting with `https://`"
        ));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') {
        return Err(format!("`{url}` has no host after `https://`"));
    }
    if let Some(c) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'))
    {
        return Err(format!(
            "`{url}` holds {}, which an address cannot",
            if c.is_whitespace() {
                "a space".to_string()
            } else {
                format!("`{c}`")
            }
        ));
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    Ok(out)
}

/// One source, checked: a title, an https address and what it supports, none of them empty.
pub fn check_source(title: &str, url: &str, supports: &str) -> Result<Source, String> {
    let (title, supports) = (title.trim(), supports.trim());
    let name = if title.is_empty() { url } else { title };
    if title.is_empty() {
        return Err(format!("source `{url}` has no title"));
    }
    if supports.is_empty() {
        return Err(format!(
            "source `{name}` does not say what it supports: write what the text takes from it"
        ));
    }
    let url = check_url(url.trim()).map_err(|e| format!("source `{name}`: {e}"))?;
    Ok(Source {
        title: title.to_string(),
        url,
        supports: supports.to_string(),
    })
}

/// `sist_vurdert`, checked: a day that is in the calendar, written `YYYY-MM-DD`.
pub fn check_assessed(value: &str) -> Result<CalendarDate, String> {
    CalendarDate::parse(value.trim(), false).map_err(|e| format!("sist_vurdert: {e}"))
}

/// Why sources and their date do not go together, if they do not: each needs the other.
pub fn check_pair(has_sources: bool, has_assessed: bool, sources_field: &str) -> Option<String> {
    match (has_sources, has_assessed) {
        (true, false) => Some(format!(
            "`{sources_field}` needs `sist_vurdert`: the day the sources were last checked against the text"
        )),
        (false, true) => Some(format!(
            "`sist_vurdert` needs `{sources_field}`: the sources that were checked"
        )),
        _ => None,
    }
}

/// The sources as HTML, under a heading of level `heading` (2 to 6): each a link with what it
/// supports, then the day they were last assessed.
pub fn html(sources: &Sources, heading: u8) -> String {
    html_in(sources, heading, texts::page(Lang::Nb), "")
}

/// [`html`] on a page in `texts`' language; `lang` is the list's ` lang="…"` when its sources are
/// in another language than the page (the bokmål ones of an answer whose sources are not
/// translated).
pub fn html_in(sources: &Sources, heading: u8, texts: &Page, lang: &str) -> String {
    let mut out = format!(
        r#"<div class="sources" data-testid="sources"><h{heading} class="sources__title">{}</h{heading}><ul class="sources__list"{lang}>"#,
        texts.sources_title
    );
    for s in &sources.items {
        let _ = write!(
            out,
            r#"<li class="sources__item" data-testid="source"><a href="{url}">{title}</a> – {supports}</li>"#,
            url = escape(&s.url),
            title = escape(&s.title),
            supports = escape(&s.supports),
        );
    }
    let _ = write!(
        out,
        r#"</ul><p class="sources__assessed">{} <time datetime="{}">{}</time>.</p></div>"#,
        texts.sources_assessed,
        sources.assessed.iso(),
        sources.assessed.written(texts.lang),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_full_https_addresses_are_sources() {
        assert_eq!(
            check_url("https://lovdata.no/lov/2011-06-24-30/§3-1").unwrap(),
            "https://lovdata.no/lov/2011-06-24-30/%C2%A73-1"
        );
        assert!(check_url("http://lovdata.no/")
            .unwrap_err()
            .contains("not an https address"));
        assert!(check_url("lovdata.no/lov")
            .unwrap_err()
            .contains("starting with `https://`"));
        assert!(check_url("https:///lov").unwrap_err().contains("no host"));
        assert!(check_url("https://localhost/x")
            .unwrap_err()
            .contains("no host"));
        assert!(check_url("https://lovdata.no/a b")
            .unwrap_err()
            .contains("a space"));
        assert!(check_url("https://lovdata.no/\"x")
            .unwrap_err()
            .contains("`\"`"));
    }

    #[test]
    fn a_source_needs_its_three_parts() {
        assert_eq!(
            check_source(" ", "https://lovdata.no/", "x").unwrap_err(),
            "source `https://lovdata.no/` has no title"
        );
        assert!(check_source("Loven", "https://lovdata.no/", "")
            .unwrap_err()
            .starts_with("source `Loven` does not say what it supports"));
        assert_eq!(
            check_source("Loven", "ftp://lovdata.no/", "x").unwrap_err(),
            "source `Loven`: `ftp://lovdata.no/` is not an https address: write the whole address, starting with `https://`"
        );
    }

    #[test]
    fn the_date_is_a_day_in_the_calendar_and_comes_with_sources() {
        assert_eq!(
            check_assessed("2026-02-30").unwrap_err(),
            "sist_vurdert: `2026-02-30` is not a day in the calendar"
        );
        assert!(check_assessed("2026-12").is_err());
        assert!(check_assessed("2026-12-01").is_ok());
        assert!(check_pair(true, true, "kilder").is_none());
        assert!(check_pair(false, false, "kilder").is_none());
        assert!(check_pair(true, false, "kilder")
            .unwrap()
            .contains("needs `sist_vurdert`"));
        assert!(check_pair(false, true, "kilde")
            .unwrap()
            .contains("needs `kilde`"));
    }

    #[test]
    fn shown_as_links_with_what_they_support_and_the_date() {
        let sources = Sources {
            items: vec![
                check_source("Loven § 1", "https://lovdata.no/x", "At <alle> gjelder").unwrap(),
            ],
            assessed: CalendarDate::ymd(2026, 12, 1).unwrap(),
        };
        assert_eq!(
            html(&sources, 3),
            r#"<div class="sources" data-testid="sources"><h3 class="sources__title">Kilder</h3><ul class="sources__list"><li class="sources__item" data-testid="source"><a href="https://lovdata.no/x">Loven § 1</a> – At &lt;alle&gt; gjelder</li></ul><p class="sources__assessed">Kildene ble sist vurdert <time datetime="2026-12-01">1. desember 2026</time>.</p></div>"#
        );
    }
}
