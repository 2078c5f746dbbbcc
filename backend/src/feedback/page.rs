//! The page a person sees after the plain form (no JavaScript): thanks, a link back to the answer,
//! and after a «Nei» the reasons and an optional comment — a small page of its own, styled inline,
//! in the vote's language (`sprak`), every value escaped.

use super::store::Subject;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use skattedeling_core::feedback::{Reason, COMMENT_PATH, HONEYPOT, MAX_COMMENT_CHARS};
use skattedeling_core::html::escape;
use skattedeling_core::support::SUPPORT_EMAIL;
use skattedeling_core::texts::{self, Feedback};
use skattedeling_core::Lang;
use std::fmt::Write as _;

/// The comment form after «Nei», empty or as the person left it.
pub struct CommentForm {
    pub subject: Subject,
    pub reason: Option<Reason>,
    pub text: String,
    /// Why the comment was not sent (`PersonalData::refusal`).
    pub refusal: Option<&'static str>,
}

impl CommentForm {
    pub fn empty(subject: Subject) -> CommentForm {
        CommentForm {
            subject,
            reason: None,
            text: String::new(),
            refusal: None,
        }
    }
}

const STYLE: &str = "body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}\
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}\
h1{font-size:1.5rem}fieldset{border:0;padding:0;margin:1rem 0}legend{font-weight:600;margin-bottom:.5rem}\
.valg{margin:.25rem 0}.valg input{width:1.25rem;height:1.25rem;margin-right:.5rem;vertical-align:-.2rem}\
label[for=tekst]{display:block;font-weight:600;margin-top:1rem}textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem}\
.hjelp{color:#444;margin:.25rem 0}.feil{color:#a00;font-weight:600;border-left:4px solid #a00;padding-left:.5rem}\
button{font:inherit;padding:.5rem 1.25rem;margin-top:1rem;border:2px solid #0b3d91;background:#0b3d91;color:#fff;border-radius:4px;cursor:pointer}\
a{color:#0b3d91}:focus-visible{outline:3px solid #f5a623;outline-offset:2px}.honning{display:none}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#9cc3ff}.hjelp{color:#ccc}.feil{color:#ff8a80;border-color:#ff8a80}}";

/// The page's own rules: nothing loads, the form posts only here.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; \
                   base-uri 'none'; frame-ancestors 'none'";

fn hidden(out: &mut String, name: &str, value: &str) {
    let _ = write!(
        out,
        r#"<input type="hidden" name="{name}" value="{}">"#,
        escape(value)
    );
}

fn comment_form(out: &mut String, t: &Feedback, origin: &str, back: &str, form: &CommentForm) {
    let _ = write!(out, r#"<form method="post" action="{COMMENT_PATH}">"#);
    hidden(out, "mal", &form.subject.target);
    hidden(out, "revisjon", &form.subject.revision);
    hidden(out, "sprak", &form.subject.lang);
    hidden(out, "tilbake", back);
    hidden(out, "opprinnelse", origin);
    let _ = write!(out, "<fieldset><legend>{}</legend>", escape(t.reasons));
    for r in Reason::ALL {
        let checked = if form.reason == Some(r) {
            " checked"
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<div class="valg"><input type="radio" id="grunn-{k}" name="grunn" value="{k}"{checked}><label for="grunn-{k}">{}</label></div>"#,
            escape(r.label_in(t)),
            k = r.key(),
        );
    }
    out.push_str("</fieldset>");
    let max = MAX_COMMENT_CHARS.to_string();
    let _ = write!(
        out,
        r#"<label for="tekst">{}</label><p class="hjelp" id="tekst-hjelp">{} <a href="mailto:{SUPPORT_EMAIL}">{SUPPORT_EMAIL}</a>.</p>"#,
        escape(&texts::fill(t.comment, &[("max", &max)])),
        escape(t.comment_hint),
    );
    let (described, invalid) = match form.refusal {
        Some(why) => {
            let _ = write!(
                out,
                r#"<p class="feil" id="tekst-feil" role="alert">{}</p>"#,
                escape(why)
            );
            ("tekst-hjelp tekst-feil", r#" aria-invalid="true""#)
        }
        None => ("tekst-hjelp", ""),
    };
    let _ = write!(
        out,
        r#"<textarea id="tekst" name="tekst" rows="4" maxlength="{MAX_COMMENT_CHARS}" aria-describedby="{described}"{invalid}>{}</textarea>"#,
        escape(&form.text)
    );
    let _ = write!(
        out,
        r#"<div class="honning"><label for="{HONEYPOT}">{}</label><input type="text" id="{HONEYPOT}" name="{HONEYPOT}" tabindex="-1" autocomplete="off"></div>"#,
        escape(t.page_trap)
    );
    let _ = write!(
        out,
        r#"<button type="submit">{}</button></form>"#,
        escape(t.send)
    );
}

/// A page of its own in `lang`: `title` as its title and heading, then `body` (markup).
fn page(status: StatusCode, lang: Lang, title: &str, body: &str) -> Response {
    let title = escape(title);
    let lang = lang.code();
    let html = format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body><main><h1>{title}</h1>{body}\
         </main></body></html>"
    );
    let mut answer = (status, html).into_response();
    let headers = answer.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    answer
}

/// The thank-you page in `lang`, with the comment form after «Nei»; `origin` and `back` give the
/// link home.
pub fn thanks(lang: Lang, origin: &str, back: &str, form: Option<&CommentForm>) -> Response {
    let t = texts::feedback(lang);
    let mut out = String::with_capacity(4096);
    if let Some(form) = form {
        let _ = write!(out, "<p>{}</p>", escape(t.page_more));
        comment_form(&mut out, t, origin, back, form);
    }
    let _ = write!(
        out,
        r#"<p><a href="{}">{}</a></p>"#,
        escape(&format!("{origin}{back}")),
        escape(t.page_back)
    );
    page(StatusCode::OK, lang, t.page_title, &out)
}

/// What the plain form gets instead of a `Problem`: the same words, and the way back.
/// (In bokmål: the service refuses before it knows the vote's language.)
pub fn refused(status: StatusCode, melding: &str) -> Response {
    let t = texts::feedback(Lang::Nb);
    let body = format!(
        "<p>{}</p><p>{}</p>",
        escape(melding),
        escape(t.refused_back)
    );
    page(status, Lang::Nb, t.refused_title, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    fn subject(lang: &str) -> Subject {
        Subject {
            target: "kostnad".into(),
            revision: "1a2b3c4d".into(),
            lang: lang.into(),
        }
    }

    #[tokio::test]
    async fn the_page_after_a_vote_speaks_the_votes_language() {
        let form = CommentForm {
            refusal: Some(
                skattedeling_core::feedback::PersonalData::Phone
                    .refusal_in(texts::feedback(Lang::Nn)),
            ),
            ..CommentForm::empty(subject("nn"))
        };
        let page = body(thanks(
            Lang::Nn,
            "https://x.no",
            "/nn/#kostnad",
            Some(&form),
        ))
        .await;
        assert!(
            page.starts_with(r#"<!doctype html><html lang="nn">"#),
            "{page}"
        );
        assert!(page.contains("<title>Takk for tilbakemeldinga.</title>"));
        assert!(
            page.contains("<legend>Kva var gale? (valfritt)</legend>"),
            "{page}"
        );
        assert!(page.contains(">Svaret gjeld ikkje situasjonen min</label>"));
        assert!(
            page.contains(r#"<label for="tekst">Kommentar (valfritt, høgst 300 teikn)</label>"#)
        );
        assert!(page.contains(r#"Treng du hjelp, skriv til <a href="mailto:skattedeling@ks.no">skattedeling@ks.no</a>.</p>"#));
        assert!(page.contains("ut til å ha eit telefonnummer"));
        assert!(page.contains(r#"<input type="hidden" name="sprak" value="nn">"#));
        assert!(page.contains(r#"<a href="https://x.no/nn/#kostnad">Tilbake til svaret</a>"#));
        let page = body(thanks(Lang::En, "https://x.no", "/en/#kostnad", None)).await;
        assert!(page.starts_with(r#"<!doctype html><html lang="en">"#));
        assert!(page.contains("<h1>Thank you for your feedback.</h1>"));
        assert!(page.contains(">Back to the answer</a>"));
        let page = body(thanks(
            Lang::Nb,
            "https://x.no",
            "/#kostnad",
            Some(&CommentForm::empty(subject("nb"))),
        ))
        .await;
        assert!(page.contains("<legend>Hva var galt? (valgfritt)</legend>"));
        assert!(page.contains("høyst 300 tegn"));
    }
}
