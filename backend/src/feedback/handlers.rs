//! The three POST routes. Each request passes the same gate (content type, origin, rate limit, body
//! size), then is read, checked and stored. Junk — an unknown id, a bad revision or language, a
//! filled-in honeypot, an unknown answer — is dropped quietly with the same 204 as a stored item, so
//! a bot learns nothing; only unreadable JSON is a 400.

use super::guard::{allowed_origin, client_address, Kind};
use super::page::{self, CommentForm};
use super::store::{Comment, Store, StoreError, Subject};
use super::{target_title, Refused, Service, LANGUAGES, MAX_BODY_BYTES};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::Deserialize;
use skattedeling_core::feedback::{
    is_revision, personal_data, redact, Reason, MAX_COMMENT_CHARS, MAX_QUERY_CHARS,
    MIN_QUERY_CHARS, REPORT_PATH,
};
use skattedeling_core::Lang;
use std::net::SocketAddr;
use std::sync::Arc;

/// Every field any of the three routes reads, as JSON or as a form; all optional, so a missing
/// field is junk (dropped), not an unreadable request.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Fields {
    pub mal: Option<String>,
    pub revisjon: Option<String>,
    pub sprak: Option<String>,
    pub svar: Option<String>,
    pub grunn: Option<String>,
    pub tekst: Option<String>,
    pub nettside: Option<String>,
    pub sok: Option<String>,
    /// The form only: the site page (path and anchor) to link back to.
    pub tilbake: Option<String>,
    /// The form only, on the thank-you page's own form: the site's origin to link back to.
    pub opprinnelse: Option<String>,
}

/// How the body came.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Form,
}

type Peer = Option<Extension<ConnectInfo<SocketAddr>>>;

/// A request that passed the gate.
struct Admitted {
    format: Format,
    origin: String,
    fields: Fields,
}

fn media_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Content type, origin, rate limit and body, in that order; the answer if any fails (a page for
/// the plain form).
fn admit(
    service: &Service,
    kind: Kind,
    peer: Peer,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Admitted, Refused> {
    let format = match media_type(headers).as_str() {
        "application/json" => Format::Json,
        // The site sends a search as a beacon (`navigator.sendBeacon`), whose string body always
        // goes as text/plain; it is read as JSON. Votes and comments come by `fetch` as JSON.
        "text/plain" if kind == Kind::Search => Format::Json,
        "application/x-www-form-urlencoded" if kind != Kind::Search => Format::Form,
        _ => return Err(wrong_type()),
    };
    gate(service, kind, format, peer, headers, body).map_err(|r| r.page_if(format == Format::Form))
}

fn gate(
    service: &Service,
    kind: Kind,
    format: Format,
    peer: Peer,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Admitted, Refused> {
    let Some(origin) = allowed_origin(headers, &service.origins, service.behind_proxy) else {
        return Err(Refused::new(
            StatusCode::FORBIDDEN,
            "UKJENT-OPPRINNELSE",
            "Tilbakemeldinger tas bare imot fra nettstedet.",
        ));
    };
    let peer = peer.map(|Extension(ConnectInfo(a))| a);
    let client = client_address(peer, headers, service.behind_proxy);
    if let Err(wait) = service.guard.admit(kind, client) {
        return Err(rate_limited(wait.as_secs().saturating_add(1)));
    }
    let body = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => too_large(),
        _ => unreadable(),
    })?;
    let fields = match format {
        Format::Json => serde_json::from_slice::<Fields>(&body).map_err(|_| unreadable())?,
        Format::Form => serde_urlencoded::from_bytes::<Fields>(&body).map_err(|_| unreadable())?,
    };
    Ok(Admitted {
        format,
        origin: origin.to_string(),
        fields,
    })
}

fn wrong_type() -> Refused {
    Refused::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "UGYLDIG-FORESPORSEL",
        "Tilbakemeldingen må være JSON (Content-Type: application/json) eller et skjema.",
    )
}

fn rate_limited(seconds: u64) -> Refused {
    Refused {
        retry_after: Some(seconds),
        ..Refused::new(
            StatusCode::TOO_MANY_REQUESTS,
            "FOR-MANGE",
            "For mange tilbakemeldinger på kort tid. Prøv igjen om litt.",
        )
    }
}

fn too_large() -> Refused {
    Refused::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "FOR-STOR",
        format!(
            "Tilbakemeldingen er større enn {} KB.",
            MAX_BODY_BYTES / 1024
        ),
    )
}

fn unreadable() -> Refused {
    Refused::new(
        StatusCode::BAD_REQUEST,
        "UGYLDIG-FORESPORSEL",
        "Tilbakemeldingen kunne ikke leses.",
    )
}

fn unavailable() -> Refused {
    Refused::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "UTILGJENGELIG",
        "Tilbakemeldingen kunne ikke lagres akkurat nå. Prøv igjen om litt.",
    )
}

/// Refuses a body declared larger than 2 KB before any of it is read (413).
pub async fn declared_size(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if crate::server::declared_over(request.headers(), MAX_BODY_BYTES) {
        return too_large().into_response();
    }
    next.run(request).await
}

/// The language, `nb` when none is given; `None` for one the site does not have.
fn language(fields: &Fields) -> Option<String> {
    match fields.sprak.as_deref().map(str::trim) {
        None | Some("") => Some("nb".into()),
        Some(l) => LANGUAGES.contains(&l).then(|| l.to_string()),
    }
}

/// The language of the service's own page: the vote's, bokmål when it names none the site has.
fn page_language(fields: &Fields) -> Lang {
    language(fields)
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::Nb)
}

/// What the vote or comment is about, if it names a known target with a well-formed revision, in a
/// known language, and the honeypot is empty.
fn subject(fields: &Fields) -> Option<Subject> {
    if fields
        .nettside
        .as_deref()
        .is_some_and(|h| !h.trim().is_empty())
    {
        return None;
    }
    let target = fields.mal.as_deref()?.trim();
    let revision = fields.revisjon.as_deref()?.trim();
    if target_title(target).is_none() || !is_revision(revision) {
        return None;
    }
    Some(Subject {
        target: target.to_string(),
        revision: revision.to_string(),
        lang: language(fields)?,
    })
}

/// The site page to link back to: the form's `tilbake` when it is a path on the site (`/#kostnad`),
/// else the page of what was voted on — an answer's anchor on the page in the vote's language
/// (`/nn/#kostnad`), an outcome's flow page (the site's forms send no `tilbake`) — else the front
/// page.
fn back_path(fields: &Fields) -> String {
    match fields.tilbake.as_deref().map(str::trim) {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && p.len() <= 200
                && !p.chars().any(char::is_control) =>
        {
            p.to_string()
        }
        _ => fields
            .mal
            .as_deref()
            .map(str::trim)
            .filter(|t| target_title(t).is_some())
            .map_or_else(
                || "/".into(),
                |t| target_page(t, language(fields).as_deref().unwrap_or("nb")),
            ),
    }
}

/// Where a known target is shown on the site without scripts, for a reader of `lang`.
fn target_page(target: &str, lang: &str) -> String {
    let folder = skattedeling_core::Lang::from_code(lang).folder();
    match target.split_once('/') {
        Some((flow, _)) => format!("/{}", skattedeling_core::links::flow_page_href(flow)),
        None => format!("/{folder}#{target}"),
    }
}

/// The site's origin to link back to: the form's own `opprinnelse` when it posted from this
/// service's page, else the request's origin (already checked).
fn site_origin(service: &Service, admitted: &Admitted) -> String {
    match admitted.fields.opprinnelse.as_deref() {
        Some(o) if service.origins.iter().any(|a| a == o) => o.to_string(),
        _ if service.origins.contains(&admitted.origin) => admitted.origin.clone(),
        _ => service.origins.first().cloned().unwrap_or_default(),
    }
}

/// Stores through `f` off the runtime; one log line without content, or 503 when the store fails.
async fn save(
    service: &Service,
    kind: &'static str,
    f: impl FnOnce(&dyn Store) -> Result<(), StoreError> + Send + 'static,
) -> Result<(), Refused> {
    match service.blocking(f).await {
        Ok(()) => {
            tracing::info!(slag = kind, "tilbakemelding lagret");
            Ok(())
        }
        Err(e) => {
            tracing::warn!(slag = kind, "tilbakemeldingen ble ikke lagret: {e}");
            Err(unavailable())
        }
    }
}

pub async fn vote(
    State(service): State<Arc<Service>>,
    peer: Peer,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let admitted = match admit(&service, Kind::Vote, peer, &headers, body) {
        Ok(a) => a,
        Err(refused) => return refused.into_response(),
    };
    let yes = match admitted.fields.svar.as_deref().map(str::trim) {
        Some("ja") => Some(true),
        Some("nei") => Some(false),
        _ => None,
    };
    let subject = subject(&admitted.fields);
    if let (Some(s), Some(yes)) = (subject.clone(), yes) {
        let week = service.week();
        if let Err(r) = save(&service, "stemme", move |st| st.vote(week, &s, yes)).await {
            return r.page_if(admitted.format == Format::Form).into_response();
        }
    }
    if admitted.format == Format::Json {
        return StatusCode::NO_CONTENT.into_response();
    }
    let form = match (subject, yes) {
        (Some(subject), Some(false)) => Some(CommentForm::empty(subject)),
        _ => None,
    };
    let origin = site_origin(&service, &admitted);
    page::thanks(
        page_language(&admitted.fields),
        &origin,
        &back_path(&admitted.fields),
        form.as_ref(),
    )
}

pub async fn comment(
    State(service): State<Arc<Service>>,
    peer: Peer,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let admitted = match admit(&service, Kind::Comment, peer, &headers, body) {
        Ok(a) => a,
        Err(refused) => return refused.into_response(),
    };
    let origin = site_origin(&service, &admitted);
    let back = back_path(&admitted.fields);
    let fields = &admitted.fields;
    let text = fields.tekst.clone().unwrap_or_default();
    let reason = match fields.grunn.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(key) => Reason::from_key(key).map(Some),
    };
    let lang = page_language(fields);
    let (Some(subject), Some(reason)) = (subject(fields), reason) else {
        return done(admitted.format, lang, &origin, &back);
    };
    if admitted.format == Format::Form {
        if let Some(found) = personal_data(&text) {
            let form = CommentForm {
                subject,
                reason,
                text,
                refusal: Some(found.refusal_in(skattedeling_core::texts::feedback(lang))),
            };
            return page::thanks(lang, &origin, &back, Some(&form));
        }
    }
    let redacted = redact(&text, MAX_COMMENT_CHARS);
    let fresh =
        redacted.text.is_empty() || service.guard.first_time(&subject.target, &redacted.text);
    if fresh && (reason.is_some() || !redacted.text.is_empty()) {
        let comment = Comment {
            week: service.week(),
            subject,
            reason: reason.map_or("", Reason::key).to_string(),
            text: redacted.text,
            suspected: redacted.suspected,
        };
        let saved = save(&service, "kommentar", move |store| {
            if !comment.reason.is_empty() {
                store.reason(comment.week, &comment.subject, &comment.reason)?;
            }
            if !comment.text.is_empty() {
                store.comment(&comment)?;
            }
            Ok(())
        });
        if let Err(r) = saved.await {
            return r.page_if(admitted.format == Format::Form).into_response();
        }
    }
    done(admitted.format, lang, &origin, &back)
}

/// 204 for the script, the thank-you page in `lang` for the form.
fn done(format: Format, lang: Lang, origin: &str, back: &str) -> Response {
    match format {
        Format::Json => StatusCode::NO_CONTENT.into_response(),
        Format::Form => page::thanks(lang, origin, back, None),
    }
}

pub async fn search(
    State(service): State<Arc<Service>>,
    peer: Peer,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let admitted = match admit(&service, Kind::Search, peer, &headers, body) {
        Ok(a) => a,
        Err(refused) => return refused.into_response(),
    };
    let fields = &admitted.fields;
    let honeypot = fields
        .nettside
        .as_deref()
        .is_some_and(|h| !h.trim().is_empty());
    let query = fields.sok.as_deref().unwrap_or("").trim().to_lowercase();
    let (Some(lang), false) = (language(fields), honeypot) else {
        return StatusCode::NO_CONTENT.into_response();
    };
    if query.chars().count() < MIN_QUERY_CHARS {
        return StatusCode::NO_CONTENT.into_response();
    }
    let query = redact(&query, MAX_QUERY_CHARS).text;
    let week = service.week();
    let saved = save(&service, "sok-uten-treff", move |st| {
        st.zero_query(week, &lang, &query)
    });
    if let Err(r) = saved.await {
        return r.into_response();
    }
    StatusCode::NO_CONTENT.into_response()
}

/// A feedback path with the wrong method: 405 with `Allow`, as the rest of the contract answers.
pub async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    let allow = if uri.path().starts_with(REPORT_PATH) {
        "GET"
    } else {
        "POST"
    };
    let mut answer = crate::server::problem(
        StatusCode::METHOD_NOT_ALLOWED,
        "METODE",
        format!("{} støtter ikke {method}.", uri.path()),
    );
    answer
        .headers_mut()
        .insert(header::ALLOW, axum::http::HeaderValue::from_static(allow));
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_is_the_answer_on_the_page_in_the_votes_language() {
        let vote = |sprak: Option<&str>, mal: &str| Fields {
            mal: Some(mal.into()),
            sprak: sprak.map(String::from),
            ..Fields::default()
        };
        assert_eq!(back_path(&vote(None, "kostnad")), "/#kostnad");
        assert_eq!(back_path(&vote(Some("nn"), "kostnad")), "/nn/#kostnad");
        assert_eq!(
            back_path(&vote(Some("en"), "feil-MP-251")),
            "/en/#feil-MP-251"
        );
        // An outcome's flow page is in bokmål, whatever the vote's language.
        let outcome = crate::feedback::TARGETS
            .iter()
            .find(|(id, _)| id.contains('/'))
            .unwrap()
            .0;
        assert!(back_path(&vote(Some("en"), outcome)).starts_with("/veiviser/"));
        assert_eq!(back_path(&vote(Some("en"), "finnes-ikke")), "/");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the form says, the way back is a path on the site.
        #[test]
        fn the_way_back_stays_on_the_site(tilbake in "[/\\\\\t .a-z#]{0,8}\\PC{0,250}") {
            let fields = Fields { tilbake: Some(tilbake), ..Fields::default() };
            let back = back_path(&fields);
            prop_assert!(back.starts_with('/') && !back.starts_with("//"), "{}", back);
            prop_assert!(!back.contains('\\') && !back.chars().any(char::is_control), "{}", back);
            prop_assert!(back.len() <= 200);
        }
    }
}
