//! The words and anchors of the FAQ page. The static page written at build time and the app that takes
//! it over both read them from here, so the two always say the same thing in the same place.

use crate::faq::Audience;

/// Element ids the page itself uses; no question or section may take them.
pub const PAGE_ANCHORS: &[&str] = &[
    "innhold",
    "app",
    SEARCH_INPUT_ID,
    "sok-hjelp",
    "sok-status",
    QUESTIONS_ID,
    TIMELINE_ANCHOR,
    CONTACT_ANCHOR,
];

pub const SEARCH_INPUT_ID: &str = "sok";
pub const QUESTIONS_ID: &str = "sporsmal";
pub const TIMELINE_ANCHOR: &str = "tidslinje";
pub const CONTACT_ANCHOR: &str = "kontakt";

pub const SEARCH_LABEL: &str = "Søk i spørsmål og svar";
pub const SEARCH_HINT: &str =
    "Skriv det du lurer på, for eksempel «delegere i Altinn», «maskinporten» eller «orgnr».";
pub const AUDIENCE_LEGEND: &str = "Vis spørsmål for";
pub const AUDIENCE_ALL: &str = "Alle";
pub const OPEN_ALL: &str = "Vis alle svar";
pub const CLOSE_ALL: &str = "Skjul alle svar";
pub const NO_SCRIPT_NOTICE: &str =
    "Søk og filtrering krever JavaScript. Alle spørsmål og svar står \
     nedenfor: velg et spørsmål for å lese svaret.";
pub const PERMALINK: &str = "Lenke til svaret";
pub const COPY_LINK: &str = "Kopier lenke";
pub const LINK_COPIED: &str = "Lenken er kopiert.";
pub const LINK_NOT_COPIED: &str =
    "Nettleseren lot oss ikke kopiere. Høyreklikk «Lenke til svaret» og \
     velg å kopiere lenken.";
pub const UPDATED: &str = "Sist oppdatert";
pub const TIMELINE_TITLE: &str = "Tidslinje: fra Infotorg til deling direkte fra Skatteetaten";
pub const RESULTS_TITLE: &str = "Søkeresultater";
pub const NO_RESULTS_TEXT: &str = "Prøv et annet ord eller færre ord. Du kan også gå videre her:";
pub const CONTACT_TITLE: &str = "Fant du ikke svaret?";
pub const CONTACT_TEXT: &str = "KS svarer på spørsmål om skattedeling. Skriv hva du lurer på, \
     men ikke send fødselsnummer eller andre personopplysninger.";
pub const CONTACT_BUTTON: &str = "Send e-post til skattedeling@ks.no";
/// Where an empty search sends people to start connecting (the guide, once it exists).
pub const GUIDE_HREF: &str = "#tilkobling";
pub const GUIDE_LINK: &str = "Gå gjennom fremgangsmåten for tilkobling steg for steg";

/// "For kommune og leverandør".
pub fn audience_line(audiences: &[Audience]) -> String {
    let tags: Vec<&str> = audiences.iter().map(|a| a.tag()).collect();
    match tags.as_slice() {
        [] => String::new(),
        [one] => format!("For {one}"),
        [rest @ .., last] => format!("For {} og {last}", rest.join(", ")),
    }
}

/// The status line above the questions: how many are shown and why.
pub fn status_line(shown: usize, query: &str, audience: Option<Audience>) -> String {
    let query = query.trim();
    let for_whom = audience.map_or(String::new(), |a| format!(" for {}", a.tag()));
    let count = match shown {
        0 => "Ingen spørsmål".to_string(),
        1 => "1 spørsmål".to_string(),
        n => format!("{n} spørsmål"),
    };
    if query.is_empty() {
        format!("{count}{for_whom}")
    } else {
        let hits = match shown {
            0 => "Ingen treff".to_string(),
            1 => "1 treff".to_string(),
            n => format!("{n} treff"),
        };
        format!("{hits} for «{query}»{for_whom}")
    }
}

/// The heading of an empty search.
pub fn no_results_title(query: &str) -> String {
    format!("Ingen treff for «{}»", query.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_audiences_in_plain_norwegian() {
        assert_eq!(audience_line(&[Audience::Municipality]), "For kommune");
        assert_eq!(
            audience_line(&Audience::ALL),
            "For kommune, leverandør og prosjektleder"
        );
    }

    #[test]
    fn status_says_what_is_shown() {
        assert_eq!(status_line(17, "", None), "17 spørsmål");
        assert_eq!(
            status_line(1, "", Some(Audience::Vendor)),
            "1 spørsmål for leverandør"
        );
        assert_eq!(status_line(3, " orgnr ", None), "3 treff for «orgnr»");
        assert_eq!(status_line(0, "xyz", None), "Ingen treff for «xyz»");
    }
}
