//! The nynorsk and English pages, written after Trunk has built the bokmål one (`index.html`, with
//! its inline stylesheet, its scripts and the FAQ sitegen wrote for it): each is that page with its
//! own `<html lang>`, title, description and body, in `nn/index.html` and `en/index.html`. One
//! build, one set of scripts and styles for all three.

use crate::page::{self, escape, View};
use crate::write_if_changed;
use skattedeling_core::{CalendarDate, Lang, SiteData};
use std::path::Path;

/// The file in `target/site/<lang>/` with a page's `<title>` and description.
pub const HEAD_FILE: &str = "head.html";

/// What the page in `v`'s language puts in its `<head>` in place of the bokmål's.
pub fn head(v: &View) -> String {
    let (title, description) = page::title_and_description(v);
    format!(
        r#"<title>{}</title><meta name="description" content="{}">"#,
        escape(&title),
        escape(description)
    )
}

/// Writes each translated language's body and head into `site_dir/<lang>/`.
pub fn write_sources(
    site: &SiteData,
    site_dir: &Path,
    today: CalendarDate,
    feedback: Option<&str>,
) -> std::io::Result<()> {
    for lang in Lang::TRANSLATIONS {
        let v = View::new(site, lang);
        let dir = site_dir.join(lang.code());
        std::fs::create_dir_all(&dir)?;
        write_if_changed(
            &dir.join(crate::PAGE_FILE),
            page::body(site, &v, today, feedback),
        )?;
        write_if_changed(&dir.join(HEAD_FILE), head(&v))?;
    }
    Ok(())
}

/// `built` (Trunk's `index.html`) as the page in `lang`: its `<head>` with `lang`'s title and
/// description (`head`) and the files it names beside `index.html` one folder up, then `body`.
pub fn translate_page(built: &str, lang: Lang, head: &str, body: &str) -> Result<String, String> {
    let (before, _) = built
        .split_once("<body>")
        .ok_or("the built index.html has no <body>")?;
    let html_start = before
        .find("<html")
        .ok_or("the built index.html has no <html>")?;
    let html_end = html_start
        + before[html_start..]
            .find('>')
            .ok_or("the built index.html has a broken <html>")?;
    let mut out = String::with_capacity(built.len());
    out.push_str(&before[..html_start]);
    out.push_str(&format!(r#"<html lang="{}">"#, lang.code()));
    let rest = &before[html_end + 1..];
    let title_start = rest
        .find("<title>")
        .ok_or("the built index.html has no <title>")?;
    let title_end = rest
        .find("</title>")
        .ok_or("the built index.html has no </title>")?
        + 8;
    let mut tail = rest[title_end..].to_string();
    remove_description(&mut tail)?;
    out.push_str(&rest[..title_start]);
    out.push_str(head);
    // The stylesheet for readers without scripts is beside the bokmål index.html.
    let root = lang.to_root();
    out.push_str(
        &tail
            .replace("href=noscript.css", &format!("href={root}noscript.css"))
            .replace(
                r#"href="noscript.css""#,
                &format!(r#"href="{root}noscript.css""#),
            ),
    );
    out.push_str("<body>");
    out.push_str(body);
    out.push_str("</body></html>\n");
    Ok(out)
}

/// Takes the bokmål `<meta name="description">` out of `head`, minified or not.
fn remove_description(head: &mut String) -> Result<(), String> {
    let mut from = 0;
    while let Some(at) = head[from..].find("<meta") {
        let start = from + at;
        let end = start
            + head[start..]
                .find('>')
                .ok_or("a broken <meta> in index.html")?
            + 1;
        let tag = &head[start..end];
        if tag.contains("name=description") || tag.contains(r#"name="description""#) {
            head.replace_range(start..end, "");
            return Ok(());
        }
        from = end;
    }
    Err("the built index.html has no <meta name=description>".into())
}

/// The post-build step: `staging/index.html` as `staging/<lang>/index.html` for each translated
/// language, from the body and head sitegen wrote into `site_dir/<lang>/`.
pub fn write_pages(staging: &Path, site_dir: &Path) -> Result<(), String> {
    let index = staging.join("index.html");
    let built = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    for lang in Lang::TRANSLATIONS {
        let sources = site_dir.join(lang.code());
        let read = |name: &str| {
            let path = sources.join(name);
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let page = translate_page(&built, lang, &read(HEAD_FILE)?, &read(crate::PAGE_FILE)?)?;
        let dir = staging.join(lang.code());
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), page)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = r#"<!doctype html><html lang=nb><head><meta charset=utf-8><title>Ofte stilte spørsmål – Skattedeling selvbetjening</title><meta content="Svar for kommuner" name=description><noscript><link href=noscript.css rel=stylesheet></noscript><script type=module>import init from '/app.js';</script></head><body><p>bokmål</p></body></html>"#;

    #[test]
    fn a_translated_page_is_the_built_one_with_its_own_words() {
        let page =
            translate_page(BUILT, Lang::Nn, "<title>Nynorsk</title>", "<p>nynorsk</p>").unwrap();
        assert!(page.starts_with(r#"<!doctype html><html lang="nn"><head><meta charset=utf-8><title>Nynorsk</title><noscript><link href=../noscript.css"#), "{page}");
        assert!(page.contains("import init from '/app.js'"));
        assert!(page.ends_with("<body><p>nynorsk</p></body></html>\n"));
        assert!(!page.contains("bokmål") && !page.contains("Svar for kommuner"));
    }

    #[test]
    fn a_page_that_is_not_trunks_is_an_error() {
        assert!(translate_page("<html><head></head>", Lang::En, "", "").is_err());
        assert!(translate_page(
            "<html><head><title>x</title></head><body>",
            Lang::En,
            "",
            ""
        )
        .unwrap_err()
        .contains("description"));
    }
}
