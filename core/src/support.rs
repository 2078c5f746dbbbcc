//! The "Fant du ikke svaret?" e-mail to KS: a `mailto:` link with subject and body filled in, carrying
//! what the person searched for so support can answer without asking again.

use crate::faq::Audience;
use crate::texts::{fill, App};
use crate::url::encode_component;

/// KS's support address for skattedeling.
pub const SUPPORT_EMAIL: &str = "skattedeling@ks.no";

/// A `mailto:` link to KS support with a subject and a body ready to be completed, in the
/// language of `texts`.
pub fn support_mailto_in(texts: &App, query: &str, audience: Option<Audience>) -> String {
    let query = query.trim();
    let mail = &texts.mail;
    let subject = if query.is_empty() {
        mail.subject.to_string()
    } else {
        fill(mail.subject_query, &[("query", query)])
    };
    let mut body = String::from(mail.greeting);
    if !query.is_empty() {
        body.push_str(&fill(mail.searched, &[("query", query)]));
    }
    if let Some(a) = audience {
        body.push_str(&fill(mail.who, &[("audience", texts.audience(a))]));
    }
    body.push_str(mail.rest);
    mailto(&subject, &body)
}

/// A `mailto:` link to KS support with this subject and body.
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:{SUPPORT_EMAIL}?subject={}&body={}",
        encode_component(subject),
        encode_component(body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded_part(link: &str, key: &str) -> String {
        let query = link.split_once('?').unwrap().1;
        crate::url::query_param(query, key).unwrap()
    }

    fn nb() -> &'static App {
        crate::texts::app(crate::Lang::Nb)
    }

    #[test]
    fn carries_the_search_into_subject_and_body() {
        let link = support_mailto_in(nb(), "  delegering på vegne av ", Some(Audience::Vendor));
        assert!(link.starts_with("mailto:skattedeling@ks.no?subject="));
        assert_eq!(
            decoded_part(&link, "subject"),
            "Spørsmål om skattedeling: delegering på vegne av"
        );
        let body = decoded_part(&link, "body");
        assert!(
            body.contains("Jeg søkte etter: «delegering på vegne av»\n"),
            "{body}"
        );
        assert!(body.contains("Jeg er: leverandør\n"), "{body}");
    }

    #[test]
    fn without_a_search_it_asks_plainly() {
        let link = support_mailto_in(nb(), "", None);
        assert_eq!(decoded_part(&link, "subject"), "Spørsmål om skattedeling");
        assert!(!decoded_part(&link, "body").contains("søkte"));
        assert!(!link.contains(' ') && !link.contains('\n'));
    }
}
