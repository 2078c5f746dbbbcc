//! The front matter of a question file: a `---` block of `key: value` lines, read strictly so that a
//! typo is an error with its line number rather than a silently ignored field.

/// One `key: value` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub value: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// A file split into its front matter and the Markdown after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document<'a> {
    pub fields: Vec<Field>,
    pub body: &'a str,
    /// 1-based line in the file where `body` starts.
    pub body_line: usize,
}

/// Why the front matter could not be read: `(line, message)`.
pub type FrontMatterError = (usize, String);

/// Splits `source` into front matter and body.
pub fn parse(source: &str) -> Result<Document<'_>, FrontMatterError> {
    let mut lines = source.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err((
            1,
            "the file must start with front matter: a line `---`, then `id:`, `seksjon:`, `målgrupper:` and `sist_oppdatert:`, then `---`".into(),
        ));
    }
    let mut offset = first.len();
    let mut fields = Vec::new();
    for (i, raw) in lines.enumerate() {
        let line = i + 2;
        offset += raw.len();
        let text = raw.trim();
        if text == "---" {
            return Ok(Document {
                fields,
                body: &source[offset..],
                body_line: line + 1,
            });
        }
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let Some((key, value)) = text.split_once(':') else {
            return Err((line, format!("expected `key: value`, found `{text}`")));
        };
        fields.push(Field {
            key: key.trim().to_string(),
            value: value.trim().to_string(),
            line,
        });
    }
    Err((
        1,
        "the front matter is not closed: add a line `---` after it".into(),
    ))
}

/// Splits a comma-separated value into its trimmed, non-empty items.
pub fn list(value: &str) -> Vec<&str> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_fields_and_body_with_line_numbers() {
        let doc = parse("---\nid: kostnad\n\nseksjon: tilkobling\n---\n# Tittel\n").unwrap();
        assert_eq!(doc.fields.len(), 2);
        assert_eq!(doc.fields[1].key, "seksjon");
        assert_eq!(doc.fields[1].line, 4);
        assert_eq!(doc.body, "# Tittel\n");
        assert_eq!(doc.body_line, 6);
    }

    #[test]
    fn reports_missing_and_broken_front_matter() {
        assert_eq!(parse("# Tittel").unwrap_err().0, 1);
        assert_eq!(
            parse("---\nid kostnad\n---\n").unwrap_err(),
            (2, "expected `key: value`, found `id kostnad`".into())
        );
        assert!(parse("---\nid: x\n").unwrap_err().1.contains("not closed"));
    }

    #[test]
    fn lists_are_comma_separated() {
        assert_eq!(list(" kommune, leverandør ,"), ["kommune", "leverandør"]);
    }
}
