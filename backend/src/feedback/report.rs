//! KS' report: per answer and outcome the «Ja» and «Nei» with n and the share of «Ja», lowest
//! first; the reasons; the searches that found nothing (a text only when at least three people
//! searched it); the comments, redacted, those that may hold personal data only counted unless asked
//! for. As HTML (bokmål) and CSV, from the CLI (`skattedeling-backend report`) or over HTTP behind a
//! bearer token compared in constant time.

use super::store::{Period, Store, StoreError};
use super::week::IsoWeek;
use super::{target_title, Refused, Service};
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use skattedeling_core::feedback::Reason;
use skattedeling_core::html::escape;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use subtle::ConstantTimeEq;

/// A search text shown verbatim only when this many searched it in the period.
pub const MIN_QUERY_COUNT: u64 = 3;

/// One revision of one answer or outcome, with its votes.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub revision: String,
    pub yes: u64,
    pub no: u64,
}

impl Row {
    pub fn n(&self) -> u64 {
        self.yes + self.no
    }

    pub fn share_yes(&self) -> f64 {
        self.yes as f64 / self.n().max(1) as f64
    }
}

/// The report, ready to write.
#[derive(Clone, Debug)]
pub struct Report {
    pub since: IsoWeek,
    pub until: IsoWeek,
    /// Lowest share of «Ja» first; rows with no votes are left out.
    pub rows: Vec<Row>,
    /// (id, title, reason label, n), by target then most given.
    pub reasons: Vec<(String, String, String, u64)>,
    /// (language, text, n) of texts searched at least `MIN_QUERY_COUNT` times.
    pub queries: Vec<(String, String, u64)>,
    /// Searches of texts fewer searched.
    pub rare_searches: u64,
    /// (week, id, title, reason label, text).
    pub comments: Vec<(String, String, String, String, String)>,
    pub hidden_comments: usize,
}

fn title(id: &str) -> String {
    target_title(id).map_or_else(
        || format!("{id} (ikke lenger på nettstedet)"),
        str::to_string,
    )
}

fn reason_label(key: &str) -> String {
    Reason::from_key(key).map_or_else(|| key.to_string(), |r| r.label().to_string())
}

impl Report {
    pub fn new(period: Period, since: IsoWeek, until: IsoWeek, with_suspected: bool) -> Report {
        let mut rows: Vec<Row> = period
            .votes
            .into_iter()
            .filter(|v| v.yes + v.no > 0)
            .map(|v| Row {
                title: title(&v.target),
                id: v.target,
                revision: v.revision,
                yes: v.yes,
                no: v.no,
            })
            .collect();
        rows.sort_by(|a, b| {
            a.share_yes()
                .total_cmp(&b.share_yes())
                .then(b.n().cmp(&a.n()))
                .then(a.id.cmp(&b.id))
        });
        let reasons = period
            .reasons
            .into_iter()
            .map(|r| (title(&r.target), reason_label(&r.reason), r.target, r.n))
            .map(|(t, l, id, n)| (id, t, l, n))
            .collect();
        let (shown, rare): (Vec<_>, Vec<_>) = period
            .queries
            .into_iter()
            .partition(|q| q.n >= MIN_QUERY_COUNT);
        let hidden_comments = if with_suspected {
            0
        } else {
            period.comments.iter().filter(|c| c.suspected).count()
        };
        let comments = period
            .comments
            .into_iter()
            .filter(|c| with_suspected || !c.suspected)
            .map(|c| {
                let t = title(&c.subject.target);
                let r = reason_label(&c.reason);
                (c.week.to_string(), c.subject.target, t, r, c.text)
            })
            .collect();
        Report {
            since,
            until,
            rows,
            reasons,
            queries: shown.into_iter().map(|q| (q.lang, q.query, q.n)).collect(),
            rare_searches: rare.iter().map(|q| q.n).sum(),
            comments,
            hidden_comments,
        }
    }

    /// Reads the period from `store` and builds the report.
    pub fn read(
        store: &dyn Store,
        since: IsoWeek,
        until: IsoWeek,
        with_suspected: bool,
    ) -> Result<Report, StoreError> {
        Ok(Report::new(
            store.period(since)?,
            since,
            until,
            with_suspected,
        ))
    }
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

const STYLE: &str = "body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}\
table{border-collapse:collapse;margin:1rem 0 2rem}caption{text-align:left;font-weight:600;padding:.25rem 0}\
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}\
td.tall{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#eee}";

fn table(
    out: &mut String,
    caption: &str,
    head: &[&str],
    rows: &[Vec<String>],
    numeric_from: usize,
) {
    let _ = write!(
        out,
        "<table><caption>{}</caption><thead><tr>",
        escape(caption)
    );
    for h in head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let _ = match i {
                0 => write!(out, r#"<th scope="row">{}</th>"#, escape(cell)),
                i if i >= numeric_from => write!(out, r#"<td class="tall">{}</td>"#, escape(cell)),
                _ => write!(out, "<td>{}</td>", escape(cell)),
            };
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// A section: its heading, then the table, or `empty` when there are no rows.
struct Section<'a> {
    heading: &'a str,
    empty: &'a str,
    caption: &'a str,
    head: &'a [&'a str],
    /// The first column holding numbers (right-aligned).
    numeric_from: usize,
}

fn section(out: &mut String, s: &Section, rows: &[Vec<String>]) {
    let _ = write!(out, "<h2>{}</h2>", escape(s.heading));
    if rows.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(s.empty));
    } else {
        table(out, s.caption, s.head, rows, s.numeric_from);
    }
}

const VOTES: Section = Section {
    heading: "Svarene med lavest andel «Ja»",
    empty: "Ingen stemmer i perioden.",
    caption: "Stemmer per svar og revisjon, lavest andel «Ja» først",
    head: &["Svar", "Id", "Revisjon", "Ja", "Nei", "n", "Andel ja"],
    numeric_from: 3,
};
const REASONS: Section = Section {
    heading: "Grunner til «Nei»",
    empty: "Ingen grunner oppgitt i perioden.",
    caption: "Grunner per svar",
    head: &["Svar", "Id", "Grunn", "n"],
    numeric_from: 3,
};
const QUERIES: Section = Section {
    heading: "Søk uten treff",
    empty: "Ingen søk uten treff ble gjort av minst tre.",
    caption: "Søk uten treff, flest først",
    head: &["Søk", "Språk", "n"],
    numeric_from: 2,
};
const COMMENTS: Section = Section {
    heading: "Kommentarer",
    empty: "Ingen kommentarer å vise.",
    caption: "Kommentarer, eldst først",
    head: &["Kommentar", "Svar", "Id", "Grunn", "Uke"],
    numeric_from: 5,
};

/// The report as a page of its own.
pub fn html(r: &Report) -> String {
    let heading = format!("Tilbakemeldinger fra {} til {}", r.since, r.until);
    let mut out = format!(
        "<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{h}</title>\
         <style>{STYLE}</style></head><body><main><h1>{h}</h1>",
        h = escape(&heading)
    );
    let votes: Vec<Vec<String>> = r
        .rows
        .iter()
        .map(|row| {
            let (y, n, total) = (row.yes, row.no, row.n());
            let share = percent(row.share_yes());
            let (title, id, rev) = (row.title.clone(), row.id.clone(), row.revision.clone());
            vec![
                title,
                id,
                rev,
                y.to_string(),
                n.to_string(),
                total.to_string(),
                share,
            ]
        })
        .collect();
    section(&mut out, &VOTES, &votes);
    let reasons: Vec<Vec<String>> = r
        .reasons
        .iter()
        .map(|(id, t, l, n)| vec![t.clone(), id.clone(), l.clone(), n.to_string()])
        .collect();
    section(&mut out, &REASONS, &reasons);
    let queries: Vec<Vec<String>> = r
        .queries
        .iter()
        .map(|(lang, q, n)| vec![q.clone(), lang.clone(), n.to_string()])
        .collect();
    section(&mut out, &QUERIES, &queries);
    let _ = write!(
        out,
        "<p>Sjeldne søk: {} (søk færre enn {MIN_QUERY_COUNT} gjorde, vises ikke).</p>",
        r.rare_searches
    );
    let comments: Vec<Vec<String>> = r
        .comments
        .iter()
        .map(|(w, id, t, l, text)| vec![text.clone(), t.clone(), id.clone(), l.clone(), w.clone()])
        .collect();
    section(&mut out, &COMMENTS, &comments);
    if r.hidden_comments > 0 {
        let _ = write!(
            out,
            "<p>{} kommentarer skjult fordi de kan ha personopplysninger.</p>",
            r.hidden_comments
        );
    }
    out.push_str("</main></body></html>\n");
    out
}

/// A CSV field: quoted when needed, and a leading `=`, `+`, `-` or `@` defused for spreadsheets.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The CSV header: one file, one row per thing, its `kind` saying which columns it fills.
pub const CSV_HEADER: &str = "kind,id,tittel,revisjon,sprak,grunn,ja,nei,n,andel_ja,uke,tekst";

/// One CSV line; what a kind does not fill stays empty.
#[derive(Default)]
struct CsvRow<'a> {
    kind: &'a str,
    id: &'a str,
    title: &'a str,
    revision: &'a str,
    lang: &'a str,
    reason: &'a str,
    yes: String,
    no: String,
    n: String,
    share_yes: String,
    week: &'a str,
    text: &'a str,
}

impl CsvRow<'_> {
    fn write(&self, out: &mut String) {
        let cells = [
            self.kind,
            self.id,
            self.title,
            self.revision,
            self.lang,
            self.reason,
            &self.yes,
            &self.no,
            &self.n,
            &self.share_yes,
            self.week,
            self.text,
        ];
        let cells: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
}

/// The report as one CSV file (comma-separated, UTF-8, `\n` line ends). Kinds: `stemmer`,
/// `grunner`, `sok`, `sjeldne-sok`, `kommentar`, `skjulte-kommentarer`.
pub fn csv(r: &Report) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for row in &r.rows {
        CsvRow {
            kind: "stemmer",
            id: &row.id,
            title: &row.title,
            revision: &row.revision,
            yes: row.yes.to_string(),
            no: row.no.to_string(),
            n: row.n().to_string(),
            share_yes: format!("{:.3}", row.share_yes()),
            ..CsvRow::default()
        }
        .write(&mut out);
    }
    for (id, title, reason, n) in &r.reasons {
        let n = n.to_string();
        CsvRow {
            kind: "grunner",
            id,
            title,
            reason,
            n,
            ..CsvRow::default()
        }
        .write(&mut out);
    }
    for (lang, text, n) in &r.queries {
        let n = n.to_string();
        CsvRow {
            kind: "sok",
            lang,
            text,
            n,
            ..CsvRow::default()
        }
        .write(&mut out);
    }
    let n = r.rare_searches.to_string();
    CsvRow {
        kind: "sjeldne-sok",
        n,
        ..CsvRow::default()
    }
    .write(&mut out);
    for (week, id, title, reason, text) in &r.comments {
        let row = CsvRow {
            kind: "kommentar",
            id,
            title,
            reason,
            week,
            text,
            ..CsvRow::default()
        };
        row.write(&mut out);
    }
    let n = r.hidden_comments.to_string();
    CsvRow {
        kind: "skjulte-kommentarer",
        n,
        ..CsvRow::default()
    }
    .write(&mut out);
    out
}

/// Writes `rapport-<since>.html` and `.csv` into `dir`; their paths.
pub fn write_files(r: &Report, dir: &Path) -> std::io::Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir)?;
    let html_path = dir.join(format!("rapport-{}.html", r.since));
    let csv_path = dir.join(format!("rapport-{}.csv", r.since));
    std::fs::write(&html_path, html(r))?;
    std::fs::write(&csv_path, csv(r))?;
    Ok((html_path, csv_path))
}

/// The week the report starts: `fra=2026-W40`, or four weeks back with none.
fn since(service: &Service, query: Option<&str>) -> Result<IsoWeek, Refused> {
    let fra = query
        .into_iter()
        .flat_map(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).unwrap_or_default())
        .find(|(k, _)| k == "fra")
        .map(|(_, v)| v);
    match fra {
        None => Ok(service.week().minus(3)),
        Some(w) => IsoWeek::parse(&w).ok_or_else(|| {
            Refused::new(
                StatusCode::BAD_REQUEST,
                "UGYLDIG-FORESPORSEL",
                "fra må være en ISO-uke som 2026-W40.",
            )
        }),
    }
}

/// The report for a caller with the token, or the answer for one without.
async fn authorised_report(
    service: &Arc<Service>,
    headers: &HeaderMap,
    query: Option<String>,
) -> Result<Report, Refused> {
    let Some(token) = &service.report_token else {
        return Err(Refused::new(
            StatusCode::NOT_FOUND,
            "UKJENT-ADRESSE",
            "Rapporten er ikke slått på her (report_token_env).",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("")
        .trim();
    if !bool::from(given.as_bytes().ct_eq(token.as_bytes())) {
        return Err(Refused::new(
            StatusCode::UNAUTHORIZED,
            "IKKE-TILGANG",
            "Rapporten krever Authorization: Bearer med rapporttokenet.",
        ));
    }
    let since = since(service, query.as_deref())?;
    let until = service.week();
    service
        .blocking(move |store| Report::read(store, since, until, false))
        .await
        .map_err(|e| {
            tracing::warn!("tilbakemeldinger: rapporten kunne ikke leses: {e}");
            Refused::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "UTILGJENGELIG",
                "Rapporten kunne ikke leses akkurat nå.",
            )
        })
}

/// `GET REPORT_PATH?fra=2026-W40`: the report as HTML.
pub async fn html_route(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    route(&service, &headers, query, html, "text/html; charset=utf-8").await
}

/// `GET REPORT_PATH.csv?fra=2026-W40`: the report as CSV.
pub async fn csv_route(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    route(&service, &headers, query, csv, "text/csv; charset=utf-8").await
}

async fn route(
    service: &Arc<Service>,
    headers: &HeaderMap,
    query: Option<String>,
    write: fn(&Report) -> String,
    content_type: &'static str,
) -> Response {
    match authorised_report(service, headers, query).await {
        Ok(r) => {
            let mut answer = write(&r).into_response();
            answer
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            answer
        }
        Err(refused) => refused.into_response(),
    }
}

#[cfg(test)]
mod properties {
    use super::field;
    use proptest::prelude::*;

    /// One CSV line read back as RFC 4180 says.
    fn read_line(line: &str) -> Vec<String> {
        let (mut cells, mut cell, mut quoted, mut chars) =
            (vec![], String::new(), false, line.chars().peekable());
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => cells.push(std::mem::take(&mut cell)),
                (c, _) => cell.push(c),
            }
        }
        cells.push(cell);
        cells
    }

    proptest! {
        /// Any text survives the CSV whole (a leading formula sign gets its `'`), one cell per field.
        #[test]
        fn any_text_survives_the_csv(cells in proptest::collection::vec("\\PC{0,30}|[,\"=+@\n-]{0,5}", 1..6)) {
            let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
            let read = read_line(&line.join(","));
            prop_assert_eq!(read.len(), cells.len());
            for (got, want) in read.iter().zip(&cells) {
                let defused = want.starts_with(['=', '+', '-', '@', '\t', '\r']);
                let expected = if defused { format!("'{want}") } else { want.clone() };
                prop_assert_eq!(got, &expected);
            }
        }
    }
}
