//! Text as HTML: escaped for content and attribute values (sitegen writes the page with it), and a
//! search's marked segments as markup (the FAQ app sets a result's title and excerpt with one
//! `innerHTML` rather than an element and a text node per segment: fewer calls into the browser).

use crate::search::Segment;

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `segments` as markup: the text escaped, the matched parts in `<mark>`.
pub fn marked(segments: &[Segment]) -> String {
    let mut out = String::new();
    for s in segments {
        if s.marked {
            out.push_str("<mark>");
            escape_into(&mut out, &s.text);
            out.push_str("</mark>");
        } else {
            escape_into(&mut out, &s.text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(text: &str, marked: bool) -> Segment {
        Segment {
            text: text.to_string(),
            marked,
        }
    }

    #[test]
    fn escapes_what_markup_would_read() {
        assert_eq!(
            escape(r#"<a href="x">A & B's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape("Ærlig talt – «ja»"), "Ærlig talt – «ja»");
    }

    #[test]
    fn marks_the_matched_segments_and_escapes_all_text() {
        let segments = [
            segment("Hva er ", false),
            segment("Maskinporten", true),
            segment(" <og> ", false),
            segment("R&D", true),
        ];
        assert_eq!(
            marked(&segments),
            "Hva er <mark>Maskinporten</mark> &lt;og&gt; <mark>R&amp;D</mark>"
        );
        assert_eq!(marked(&[]), "");
    }
}
