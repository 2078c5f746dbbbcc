//! What the FAQ page says, once per language: one struct of texts and a static per language, so a
//! text missing in one language is a compile error. [`App`] holds what the FAQ app itself says as a
//! person searches (it carries only those, so each language costs it little); [`Page`] the rest of
//! the page, which sitegen writes. Bokmål is the source: its texts are the constants in
//! [`crate::ui`], which the guide still reads directly.
//!
//! A text with `{…}` in it is a template: [`fill`] puts the values in, and a test checks that every
//! language's template has the same placeholders as the bokmål one.

use crate::faq::Audience;
use crate::lang::Lang;
use crate::ui;

/// What the FAQ app says: the search's status and results, copying a link, loading the guide, the
/// support e-mail and the timeline's words.
#[derive(Debug)]
pub struct App {
    pub site_name: &'static str,
    pub faq_title: &'static str,
    /// `{n}` questions shown, with no search: «Ingen spørsmål», «1 spørsmål», «{n} spørsmål».
    pub questions: [&'static str; 3],
    /// `{n}` hits for a search, zero, one, more.
    pub hits: [&'static str; 3],
    /// After the count when a search is typed: «for «{query}»».
    pub for_query: &'static str,
    /// After the count when an audience is chosen: « for {audience}».
    pub for_audience: &'static str,
    /// Each audience as it stands in a sentence, in [`Audience::ALL`] order.
    pub audiences: [&'static str; 3],
    /// Each audience as a label, in [`Audience::ALL`] order.
    pub audience_labels: [&'static str; 3],
    /// Who an answer is for: «For {audiences}», the audiences joined by commas and [`App::and`].
    pub audiences_line: &'static str,
    pub and: &'static str,
    /// Added to the status line while only the best `{n}` results are shown.
    pub best_shown: &'static str,
    /// The button that shows all `{n}` results.
    pub show_all: &'static str,
    pub results_title: &'static str,
    /// Answer, error code, guide: what each result is.
    pub result_kinds: [&'static str; 3],
    pub result_best: &'static str,
    /// The heading of a search with no hit: «Ingen treff for «{query}»».
    pub no_results_title: &'static str,
    pub no_results_text: &'static str,
    pub no_results_closest: &'static str,
    /// The link to write to support under a search with no hit: «… til {mail}».
    pub no_results_mail: &'static str,
    pub guide_link: &'static str,
    pub link_copied: &'static str,
    pub link_not_copied: &'static str,
    pub guide_loading: &'static str,
    pub guide_not_loaded_title: &'static str,
    pub guide_not_loaded_text: &'static str,
    pub guide_reload: &'static str,
    pub guide_as_text: &'static str,
    pub to_faq: &'static str,
    pub feedback_failed: &'static str,
    /// Past, now, upcoming: beside a timeline event's date.
    pub when: [&'static str; 3],
    pub mail: Mail,
}

/// The e-mail to KS support that «Fant du ikke svaret?» fills in.
#[derive(Debug)]
pub struct Mail {
    pub subject: &'static str,
    /// The subject when the person searched: «Spørsmål om skattedeling: {query}».
    pub subject_query: &'static str,
    pub greeting: &'static str,
    /// «Jeg søkte etter: «{query}»».
    pub searched: &'static str,
    /// «Jeg er: {audience}».
    pub who: &'static str,
    /// The rest of the body: what the person fills in, and the warning about personal data.
    pub rest: &'static str,
}

/// The rest of the FAQ page, as sitegen writes it: the frame around it, the search form, the
/// answers' furniture, the guide's list, the error-code catalogue and the feedback question.
#[derive(Debug)]
pub struct Page {
    pub lang: Lang,
    pub app: &'static App,
    pub meta_description: &'static str,
    pub skip_link: &'static str,
    /// The site's name in the header, in two parts: «Skattedeling» and «selvbetjening».
    pub header_name: [&'static str; 2],
    pub owner: &'static str,
    /// The label of the language switcher.
    pub languages: &'static str,
    /// The footer: before the e-mail link, after it, and the line on KS' role.
    pub footer_mail: [&'static str; 2],
    pub footer_role: &'static str,
    pub accessibility_statement: &'static str,
    pub faq_lead: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub audience_legend: &'static str,
    pub audience_all: &'static str,
    pub open_all: &'static str,
    pub close_all: &'static str,
    pub no_script_notice: &'static str,
    pub permalink: &'static str,
    pub copy_link: &'static str,
    pub updated: &'static str,
    pub sources_title: &'static str,
    pub sources_assessed: &'static str,
    pub timeline_title: &'static str,
    pub contact_title: &'static str,
    pub contact_text: &'static str,
    pub contact_button: &'static str,
    pub guide_list_title: &'static str,
    pub guide_list_text: &'static str,
    pub codes_section_title: &'static str,
    pub code_means: &'static str,
    pub code_cause: &'static str,
    pub code_action: &'static str,
    pub code_who: &'static str,
    pub code_read_more: &'static str,
    pub code_check: &'static str,
    pub code_go_to_check: &'static str,
    pub code_test_connection: &'static str,
    /// Between a check and its flow: «…» i «…».
    pub code_check_in: &'static str,
    /// A search word every entry has, so «feilkode» finds them all.
    pub code_keyword: &'static str,
    pub feedback_question: &'static str,
    pub feedback_yes: &'static str,
    pub feedback_no: &'static str,
    pub feedback_yes_about: &'static str,
    pub feedback_no_about: &'static str,
    pub feedback_trap: &'static str,
    /// Over an answer whose translation is older than the bokmål text, before the link to it.
    pub stale: &'static str,
    /// The link from a translated answer to the bokmål one.
    pub read_in_bokmal: &'static str,
    /// Over a bokmål answer on a translated page: there is no translation yet.
    pub missing: &'static str,
    /// Over the guide's list and the error-code catalogue while they are only in bokmål.
    pub only_bokmal: &'static str,
    /// A flow's own page: what it holds, and the way to the interactive guide.
    pub guide_page_intro: &'static str,
    pub guide_page_interactive: &'static str,
    pub guide_page_interactive_link: &'static str,
    /// Before a step's heading on a flow's page: «Sjekk: …», «Svar: …».
    pub guide_check: &'static str,
    pub guide_outcome: &'static str,
    /// Over what to do when a check's answer is no, and who can do it.
    pub if_not: &'static str,
    pub who_title: &'static str,
    /// Where an option leads: «gir svaret «{title}»», «gå videre til «{title}»».
    pub leads_to_outcome: &'static str,
    pub leads_to_step: &'static str,
    pub connection_test_needs_script: &'static str,
    /// Over a flow whose translation is older than the bokmål text, before the link to it.
    pub guide_stale: &'static str,
    /// The link from a translated flow's page to the bokmål one.
    pub read_guide_in_bokmal: &'static str,
    /// Over a bokmål flow on a translated page: there is no translation yet.
    pub guide_missing: &'static str,
}

/// The `{name}` placeholders of `template`, sorted: what [`fill`] fills in (a brace around anything
/// else, such as a JSON answer's `{ … }`, is none). The tests of every language's texts compare a
/// translation's with the bokmål's.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
        })
        .collect();
    found.sort_unstable();
    found
}

/// The checks every set of texts in this crate passes in its tests, for each translation: `nb` and
/// `other` are the texts of one struct in bokmål and in `lang`, each with its field's name.
#[cfg(test)]
pub(crate) mod translation_checks {
    use super::placeholders;
    use crate::lang::Lang;

    /// `other` has every bokmål text, none empty, each with the bokmål's placeholders.
    pub fn has_every_text(nb: &[(String, &str)], lang: Lang, other: &[(String, &str)]) {
        assert_eq!(nb.len(), other.len(), "{}", lang.code());
        for ((name, source), (other_name, text)) in nb.iter().zip(other) {
            assert_eq!(name, other_name);
            assert!(
                !text.trim().is_empty(),
                "{name} is empty in {}",
                lang.code()
            );
            assert_eq!(
                placeholders(source),
                placeholders(text),
                "{name} in {}: {text:?}",
                lang.code()
            );
        }
    }

    /// Each of `other`'s texts is the bokmål's exactly when `same` lists its name.
    pub fn written_not_copied(
        nb: &[(String, &str)],
        lang: Lang,
        other: &[(String, &str)],
        same: impl Fn(&str) -> bool,
    ) {
        for ((name, source), (_, text)) in nb.iter().zip(other) {
            let listed = same(name);
            assert_eq!(
                source == text,
                listed,
                "{name} in {}: {text:?} (listed as the same as the bokmål: {listed})",
                lang.code()
            );
        }
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    fill_with(template, |name| {
        values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    })
}

/// `template` with each `{name}` that `value` knows replaced by it; the others are left as written.
pub fn fill_with<'a>(template: &str, value: impl Fn(&str) -> Option<&'a str>) -> String {
    // By hand, not with `str::replace`: its substring search costs the FAQ app's wasm a kilobyte.
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)))
        {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The FAQ app's texts in `lang` (only these: the app then carries none of [`Page`]'s).
pub fn app(lang: Lang) -> &'static App {
    match lang {
        Lang::Nb => &NB_APP,
        Lang::Nn => &crate::texts_nn::NN_APP,
        Lang::En => &crate::texts_en::EN_APP,
    }
}

/// What the vote under an answer says after it is cast, in the browser (the guide's app, see
/// `src/feedback.rs`) and on the feedback service's own page for a browser without scripts.
#[derive(Debug)]
pub struct Feedback {
    pub lang: Lang,
    pub thanks: &'static str,
    pub thanks_no: &'static str,
    pub reasons: &'static str,
    /// Per [`crate::feedback::Reason::ALL`].
    pub reason_labels: [&'static str; 4],
    /// With `{max}`, the most characters a comment may have.
    pub comment: &'static str,
    /// Beside the comment, before the support e-mail's address.
    pub comment_hint: &'static str,
    pub send: &'static str,
    pub sent: &'static str,
    pub failed: &'static str,
    /// Why a comment cannot be sent, per [`crate::feedback::PersonalData`]: a fødselsnummer or
    /// account number, an e-mail address, a telephone number.
    pub refusals: [&'static str; 3],
    /// The service's page: its title and the way back to the answer.
    pub page_title: &'static str,
    pub page_more: &'static str,
    pub page_back: &'static str,
    /// The field only a bot fills in, on the service's page.
    pub page_trap: &'static str,
    /// The service's page when a vote is refused: its title and the way back.
    pub refused_title: &'static str,
    pub refused_back: &'static str,
}

pub static NB_FEEDBACK: Feedback = Feedback {
    lang: Lang::Nb,
    thanks: "Takk for svaret.",
    thanks_no: "Takk for svaret. Vil du si hva som manglet?",
    reasons: "Hva var galt? (valgfritt)",
    reason_labels: [
        "Svaret mangler informasjon",
        "Svaret er feil eller utdatert",
        "Svaret er vanskelig å forstå",
        "Svaret gjelder ikke min situasjon",
    ],
    comment: "Kommentar (valgfritt, høyst {max} tegn)",
    comment_hint: "Vi svarer ikke på kommentarer her. Ikke skriv fødselsnummer, e-postadresse \
        eller telefonnummer. Trenger du hjelp, skriv til",
    send: "Send",
    sent: "Takk for tilbakemeldingen. Den hjelper oss å gjøre svarene bedre.",
    failed: ui::FEEDBACK_FAILED,
    refusals: [
        "Kommentaren ser ut til å ha et fødselsnummer, et d-nummer eller et kontonummer \
         (11 sifre). Fjern det før du sender.",
        "Kommentaren ser ut til å ha en e-postadresse. Fjern den før du sender.",
        "Kommentaren ser ut til å ha et telefonnummer. Fjern det før du sender.",
    ],
    page_title: "Takk for tilbakemeldingen.",
    page_more: "Vil du si litt mer om hva som manglet? Det hjelper oss å gjøre svaret bedre.",
    page_back: "Tilbake til svaret",
    page_trap: "Nettside (la feltet stå tomt)",
    refused_title: "Tilbakemeldingen ble ikke sendt",
    refused_back: "Bruk «Tilbake» i nettleseren for å komme tilbake til svaret.",
};

/// What the vote says after it is cast, in `lang`.
pub fn feedback(lang: Lang) -> &'static Feedback {
    match lang {
        Lang::Nb => &NB_FEEDBACK,
        Lang::Nn => &crate::texts_nn::NN_FEEDBACK,
        Lang::En => &crate::texts_en::EN_FEEDBACK,
    }
}

/// The FAQ page's texts in `lang`.
pub fn page(lang: Lang) -> &'static Page {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &crate::texts_nn::NN,
        Lang::En => &crate::texts_en::EN,
    }
}

impl App {
    /// The status line above the questions: how many are shown and why.
    pub fn status_line(&self, shown: usize, query: &str, audience: Option<Audience>) -> String {
        let query = query.trim();
        let n = shown.to_string();
        let pick = |forms: &[&str; 3]| fill(forms[shown.min(2)], &[("n", &n)]);
        let mut line = if query.is_empty() {
            pick(&self.questions)
        } else {
            format!(
                "{} {}",
                pick(&self.hits),
                fill(self.for_query, &[("query", query)])
            )
        };
        if let Some(a) = audience {
            line.push_str(&fill(self.for_audience, &[("audience", self.audience(a))]));
        }
        line
    }

    /// The audience as it stands in a sentence.
    pub fn audience(&self, audience: Audience) -> &'static str {
        let i = Audience::ALL
            .iter()
            .position(|a| *a == audience)
            .unwrap_or(0);
        self.audiences[i]
    }

    /// «For kommune og leverandør».
    pub fn audience_line(&self, audiences: &[Audience]) -> String {
        let words: Vec<&str> = audiences.iter().map(|a| self.audience(*a)).collect();
        let joined = match words.as_slice() {
            [] => return String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.and),
        };
        fill(self.audiences_line, &[("audiences", &joined)])
    }

    /// The browser tab's title: the most specific first.
    pub fn page_title(&self, parts: &[&str]) -> String {
        ui::page_title_in(parts, self.site_name)
    }
}

pub static NB_APP: App = App {
    site_name: ui::SITE_NAME,
    faq_title: ui::FAQ_TITLE,
    questions: ["Ingen spørsmål", "1 spørsmål", "{n} spørsmål"],
    hits: ["Ingen treff", "1 treff", "{n} treff"],
    for_query: "for «{query}»",
    for_audience: " for {audience}",
    audiences: ["kommune", "leverandør", "prosjektleder"],
    audience_labels: ["Kommune", "Leverandør", "Prosjektleder"],
    audiences_line: "For {audiences}",
    and: "og",
    best_shown: ", de {n} beste vises",
    show_all: "Vis alle {n} treff",
    results_title: ui::RESULTS_TITLE,
    result_kinds: [
        ui::RESULT_KIND_ANSWER,
        ui::RESULT_KIND_CODE,
        ui::RESULT_KIND_FLOW,
    ],
    result_best: ui::RESULT_BEST,
    no_results_title: "Ingen treff for «{query}»",
    no_results_text: ui::NO_RESULTS_TEXT,
    no_results_closest: ui::NO_RESULTS_CLOSEST,
    no_results_mail: "Send spørsmålet ditt til {mail}",
    guide_link: ui::GUIDE_LINK,
    link_copied: ui::LINK_COPIED,
    link_not_copied: ui::LINK_NOT_COPIED,
    guide_loading: ui::GUIDE_LOADING,
    guide_not_loaded_title: ui::GUIDE_NOT_LOADED_TITLE,
    guide_not_loaded_text: ui::GUIDE_NOT_LOADED_TEXT,
    guide_reload: ui::GUIDE_RELOAD,
    guide_as_text: ui::GUIDE_AS_TEXT,
    to_faq: ui::TO_FAQ,
    feedback_failed: ui::FEEDBACK_FAILED,
    when: ["Passert", "Nå", "Kommer"],
    mail: Mail {
        subject: "Spørsmål om skattedeling",
        subject_query: "Spørsmål om skattedeling: {query}",
        greeting: "Hei!\n\nJeg fant ikke svaret i ofte stilte spørsmål om skattedeling.\n\n",
        searched: "Jeg søkte etter: «{query}»\n",
        who: "Jeg er: {audience}\n",
        rest: "\nMitt spørsmål:\n\n\nKommune eller virksomhet:\nOrganisasjonsnummer:\n\n\
               (Ikke send fødselsnummer eller andre personopplysninger på e-post.)\n",
    },
};

pub static NB: Page = Page {
    lang: Lang::Nb,
    app: &NB_APP,
    meta_description: "Svar for kommuner, fagsystemleverandører og prosjektledere om tilgang til \
        skatte- og inntektsopplysninger fra Skatteetaten: delegering i Altinn, Maskinporten, \
        kostnader og slutten på Infotorg.",
    skip_link: "Hopp til hovedinnholdet",
    header_name: ["Skattedeling", "selvbetjening"],
    owner: "KS – segmentansvarlig for kommunal sektor",
    languages: "Språk",
    footer_mail: [
        "Spørsmål om skattedeling? Skriv til",
        "Ikke send fødselsnummer eller andre personopplysninger på e-post.",
    ],
    footer_role: "KS er segmentansvarlig for kommunal sektor i samarbeidet med Skatteetaten.",
    accessibility_statement: "Tilgjengelighetserklæring",
    faq_lead: ui::FAQ_LEAD,
    search_label: ui::SEARCH_LABEL,
    search_hint: ui::SEARCH_HINT,
    audience_legend: ui::AUDIENCE_LEGEND,
    audience_all: ui::AUDIENCE_ALL,
    open_all: ui::OPEN_ALL,
    close_all: ui::CLOSE_ALL,
    no_script_notice: ui::NO_SCRIPT_NOTICE,
    permalink: ui::PERMALINK,
    copy_link: ui::COPY_LINK,
    updated: ui::UPDATED,
    sources_title: ui::SOURCES_TITLE,
    sources_assessed: ui::SOURCES_ASSESSED,
    timeline_title: ui::TIMELINE_TITLE,
    contact_title: ui::CONTACT_TITLE,
    contact_text: ui::CONTACT_TEXT,
    contact_button: ui::CONTACT_BUTTON,
    guide_list_title: ui::GUIDE_LIST_TITLE,
    guide_list_text: ui::GUIDE_LIST_TEXT,
    codes_section_title: ui::CODES_SECTION_TITLE,
    code_means: ui::CODE_MEANS,
    code_cause: ui::CODE_CAUSE,
    code_action: ui::CODE_ACTION,
    code_who: ui::CODE_WHO,
    code_read_more: ui::CODE_READ_MORE,
    code_check: ui::CODE_CHECK,
    code_go_to_check: ui::CODE_GO_TO_CHECK,
    code_test_connection: ui::CODE_TEST_CONNECTION,
    code_check_in: "i",
    code_keyword: ui::CODE_KEYWORD,
    feedback_question: ui::FEEDBACK_QUESTION,
    feedback_yes: ui::FEEDBACK_YES,
    feedback_no: ui::FEEDBACK_NO,
    feedback_yes_about: ui::FEEDBACK_YES_ABOUT,
    feedback_no_about: ui::FEEDBACK_NO_ABOUT,
    feedback_trap: ui::FEEDBACK_TRAP,
    stale: "",
    read_in_bokmal: "",
    missing: "",
    only_bokmal: "",
    guide_page_intro: ui::GUIDE_PAGE_INTRO,
    guide_page_interactive: ui::GUIDE_PAGE_INTERACTIVE,
    guide_page_interactive_link: ui::GUIDE_PAGE_INTERACTIVE_LINK,
    guide_check: ui::GUIDE_CHECK,
    guide_outcome: ui::GUIDE_OUTCOME,
    if_not: ui::IF_NOT,
    who_title: ui::WHO_TITLE,
    leads_to_outcome: "gir svaret «{title}»",
    leads_to_step: "gå videre til «{title}»",
    connection_test_needs_script: ui::CONNECTION_TEST_NEEDS_SCRIPT,
    guide_stale: "",
    read_guide_in_bokmal: "",
    guide_missing: "",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(p: &'static Page) -> Vec<(String, &'static str)> {
        let a = p.app;
        let m = &a.mail;
        let mut v: Vec<(&str, &'static str)> = vec![
            ("meta_description", p.meta_description),
            ("skip_link", p.skip_link),
            ("header_name.0", p.header_name[0]),
            ("header_name.1", p.header_name[1]),
            ("owner", p.owner),
            ("languages", p.languages),
            ("footer_mail.0", p.footer_mail[0]),
            ("footer_mail.1", p.footer_mail[1]),
            ("footer_role", p.footer_role),
            ("accessibility_statement", p.accessibility_statement),
            ("faq_lead", p.faq_lead),
            ("search_label", p.search_label),
            ("search_hint", p.search_hint),
            ("audience_legend", p.audience_legend),
            ("audience_all", p.audience_all),
            ("open_all", p.open_all),
            ("close_all", p.close_all),
            ("no_script_notice", p.no_script_notice),
            ("permalink", p.permalink),
            ("copy_link", p.copy_link),
            ("updated", p.updated),
            ("sources_title", p.sources_title),
            ("sources_assessed", p.sources_assessed),
            ("timeline_title", p.timeline_title),
            ("contact_title", p.contact_title),
            ("contact_text", p.contact_text),
            ("contact_button", p.contact_button),
            ("guide_list_title", p.guide_list_title),
            ("guide_list_text", p.guide_list_text),
            ("codes_section_title", p.codes_section_title),
            ("code_means", p.code_means),
            ("code_cause", p.code_cause),
            ("code_action", p.code_action),
            ("code_who", p.code_who),
            ("code_read_more", p.code_read_more),
            ("code_check", p.code_check),
            ("code_go_to_check", p.code_go_to_check),
            ("code_test_connection", p.code_test_connection),
            ("code_check_in", p.code_check_in),
            ("code_keyword", p.code_keyword),
            ("feedback_question", p.feedback_question),
            ("feedback_yes", p.feedback_yes),
            ("feedback_no", p.feedback_no),
            ("feedback_yes_about", p.feedback_yes_about),
            ("feedback_no_about", p.feedback_no_about),
            ("feedback_trap", p.feedback_trap),
            ("guide_page_intro", p.guide_page_intro),
            ("guide_page_interactive", p.guide_page_interactive),
            ("guide_page_interactive_link", p.guide_page_interactive_link),
            ("guide_check", p.guide_check),
            ("guide_outcome", p.guide_outcome),
            ("if_not", p.if_not),
            ("who_title", p.who_title),
            ("leads_to_outcome", p.leads_to_outcome),
            ("leads_to_step", p.leads_to_step),
            (
                "connection_test_needs_script",
                p.connection_test_needs_script,
            ),
            ("site_name", a.site_name),
            ("faq_title", a.faq_title),
            ("for_query", a.for_query),
            ("for_audience", a.for_audience),
            ("audiences_line", a.audiences_line),
            ("and", a.and),
            ("best_shown", a.best_shown),
            ("show_all", a.show_all),
            ("results_title", a.results_title),
            ("result_best", a.result_best),
            ("no_results_title", a.no_results_title),
            ("no_results_text", a.no_results_text),
            ("no_results_closest", a.no_results_closest),
            ("no_results_mail", a.no_results_mail),
            ("guide_link", a.guide_link),
            ("link_copied", a.link_copied),
            ("link_not_copied", a.link_not_copied),
            ("guide_loading", a.guide_loading),
            ("guide_not_loaded_title", a.guide_not_loaded_title),
            ("guide_not_loaded_text", a.guide_not_loaded_text),
            ("guide_reload", a.guide_reload),
            ("guide_as_text", a.guide_as_text),
            ("to_faq", a.to_faq),
            ("feedback_failed", a.feedback_failed),
            ("mail.subject", m.subject),
            ("mail.subject_query", m.subject_query),
            ("mail.greeting", m.greeting),
            ("mail.searched", m.searched),
            ("mail.who", m.who),
            ("mail.rest", m.rest),
        ];
        let arrays: [(&str, &[&'static str]); 6] = [
            ("questions", &a.questions),
            ("hits", &a.hits),
            ("audiences", &a.audiences),
            ("audience_labels", &a.audience_labels),
            ("result_kinds", &a.result_kinds),
            ("when", &a.when),
        ];
        let mut out: Vec<(String, &'static str)> =
            v.drain(..).map(|(n, t)| (n.to_string(), t)).collect();
        for (name, texts) in arrays {
            for (i, t) in texts.iter().enumerate() {
                out.push((format!("{name}.{i}"), t));
            }
        }
        out
    }

    /// Texts that are the same in nynorsk as in bokmål.
    const SAME_IN_NYNORSK: &[&str] = &[
        "code_check_in",
        "code_keyword",
        "header_name.0",
        "languages",
        "feedback_yes",
        "feedback_no",
        "feedback_question",
        "permalink",
        "copy_link",
        "sources_title",
        "search_label",
        "results_title",
        "result_kinds.0",
        "result_kinds.1",
        "audience_all",
        "audience_labels.0",
        "audience_labels.1",
        "audience_labels.2",
        "audiences.0",
        "audiences.1",
        "audiences.2",
        "questions.1",
        "questions.2",
        "hits.1",
        "hits.2",
        "for_query",
        "for_audience",
        "mail.subject",
        "mail.subject_query",
        "to_faq",
        "audiences_line",
        "and",
        "show_all",
        "no_results_mail",
        "faq_title",
        "questions.0",
        "hits.0",
        "no_results_title",
        "when.0",
        "updated",
        "guide_check",
        "guide_outcome",
        "leads_to_outcome",
    ];

    #[test]
    fn every_language_has_the_same_placeholders_as_bokmal() {
        for lang in Lang::TRANSLATIONS {
            let nb = strings(page(Lang::Nb));
            let other = strings(page(lang));
            for ((name, source), (_, text)) in nb.iter().zip(&other) {
                assert_eq!(
                    placeholders(source),
                    placeholders(text),
                    "{name} in {}: {text:?}",
                    lang.code()
                );
                assert!(
                    !text.trim().is_empty() || source.is_empty(),
                    "{name} in {} is empty",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn translations_are_written_not_copied() {
        let nb = strings(page(Lang::Nb));
        for lang in Lang::TRANSLATIONS {
            for ((name, source), (_, text)) in nb.iter().zip(&strings(page(lang))) {
                assert!(!text.is_empty(), "{name} is missing in {}", lang.code());
                if lang == Lang::Nn && SAME_IN_NYNORSK.contains(&name.as_str()) {
                    continue;
                }
                let names = [
                    "header_name.0",
                    "site_name",
                    "feedback_yes",
                    "feedback_no",
                    "audiences_line",
                ];
                if lang == Lang::En && names.contains(&name.as_str()) && source == text {
                    continue;
                }
                assert_ne!(source, text, "{name} in {} is the bokmål text", lang.code());
            }
        }
    }

    fn feedback_strings(f: &'static Feedback) -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = [
            ("thanks", f.thanks),
            ("thanks_no", f.thanks_no),
            ("reasons", f.reasons),
            ("comment", f.comment),
            ("comment_hint", f.comment_hint),
            ("send", f.send),
            ("sent", f.sent),
            ("failed", f.failed),
            ("page_title", f.page_title),
            ("page_more", f.page_more),
            ("page_back", f.page_back),
            ("page_trap", f.page_trap),
            ("refused_title", f.refused_title),
            ("refused_back", f.refused_back),
        ]
        .into_iter()
        .map(|(n, t)| (n.to_string(), t))
        .collect();
        for (i, t) in f.reason_labels.iter().enumerate() {
            out.push((format!("reason_labels.{i}"), t));
        }
        for (i, t) in f.refusals.iter().enumerate() {
            out.push((format!("refusals.{i}"), t));
        }
        out
    }

    #[test]
    fn the_votes_words_are_in_every_language_with_the_same_placeholders() {
        let nb = feedback_strings(feedback(Lang::Nb));
        // The same in nynorsk as in bokmål.
        let same_in_nynorsk = ["thanks", "send", "page_back"];
        for lang in Lang::TRANSLATIONS {
            assert_eq!(feedback(lang).lang, lang);
            for ((name, source), (_, text)) in nb.iter().zip(&feedback_strings(feedback(lang))) {
                assert_eq!(
                    placeholders(source),
                    placeholders(text),
                    "{name} in {lang:?}"
                );
                assert!(!text.trim().is_empty(), "{name} in {lang:?} is empty");
                let same = match lang {
                    Lang::Nn => same_in_nynorsk.contains(&name.as_str()),
                    _ => name == "send",
                };
                if !same {
                    assert_ne!(source, text, "{name} in {lang:?} is the bokmål text");
                }
            }
        }
        assert_eq!(
            crate::feedback::Reason::Hard.label_in(feedback(Lang::En)),
            "The answer is hard to understand"
        );
        assert_eq!(
            crate::feedback::PersonalData::Email.refusal_in(feedback(Lang::Nn)),
            "Kommentaren ser ut til å ha ei e-postadresse. Fjern ho før du sender."
        );
    }

    #[test]
    fn fill_puts_each_value_in_its_place() {
        assert_eq!(
            fill("{n} treff for «{query}»", &[("n", "3"), ("query", "pris")]),
            "3 treff for «pris»"
        );
        assert_eq!(fill("{ikke} {n", &[("n", "1")]), "{ikke} {n");
        assert_eq!(fill("{n}{n}", &[("n", "{n}")]), "{n}{n}");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn each_page_says_its_language() {
        for lang in Lang::ALL {
            assert_eq!(page(lang).lang, lang);
            assert!(std::ptr::eq(page(lang).app, app(lang)));
        }
    }

    #[test]
    fn the_status_line_counts_and_names_the_search() {
        let nb = app(Lang::Nb);
        assert_eq!(nb.status_line(17, "", None), "17 spørsmål");
        assert_eq!(
            nb.status_line(1, "", Some(Audience::Vendor)),
            "1 spørsmål for leverandør"
        );
        assert_eq!(nb.status_line(3, " orgnr ", None), "3 treff for «orgnr»");
        assert_eq!(nb.status_line(0, "xyz", None), "Ingen treff for «xyz»");
        assert_eq!(
            nb.status_line(2, "pris", Some(Audience::Municipality)),
            "2 treff for «pris» for kommune"
        );
        // The same as the guide's.
        assert_eq!(
            nb.page_title(&["X"]),
            crate::guide_ui::guide_ui(Lang::Nb).page_title(&["X"])
        );
        assert_eq!(nb.page_title(&["X"]), "X – Skattedeling selvbetjening");
        assert_eq!(nb.audience_line(&[Audience::Municipality]), "For kommune");
        assert_eq!(
            nb.audience_line(&Audience::ALL),
            "For kommune, leverandør og prosjektleder"
        );
        assert_eq!(nb.audience_line(&[]), "");
        assert_eq!(
            app(Lang::En).audience_line(&Audience::ALL[..2]),
            format!(
                "For {} and {}",
                app(Lang::En).audiences[0],
                app(Lang::En).audiences[1]
            )
        );
    }
}
