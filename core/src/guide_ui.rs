//! What the interactive guide says in the browser, once per language: one struct of texts and a
//! static per language ([`guide_ui`]), so a text missing in one language is a compile error. The
//! flows' own words are content (`content/guide/`, translated in `content/nn/guide/` and
//! `content/en/guide/`); these are the screens' own: buttons, headings, hints, the connection test.
//!
//! A text with `{…}` in it is a template: [`crate::texts::fill`] puts the values in, and a test
//! checks that every language's template has the same placeholders as the bokmål one.

use crate::lang::Lang;
use crate::texts::fill;
use crate::ui;

/// The guide's screens' words in one language.
#[derive(Debug)]
pub struct GuideUi {
    pub lang: Lang,
    pub link_copied: &'static str,
    /// The heading over an answer's or an outcome's sources, and the day they were last assessed.
    pub sources_title: &'static str,
    pub sources_assessed: &'static str,
    pub back: &'static str,
    pub to_faq: &'static str,
    pub restart: &'static str,
    pub continue_button: &'static str,
    pub skip: &'static str,
    pub code_known: &'static str,
    pub code_way_on_title: &'static str,
    pub code_see_catalogue: &'static str,
    pub code_see_entry: &'static str,
    pub code_walk_checks: &'static str,
    pub setup_municipality: &'static str,
    pub setup_municipality_hint: &'static str,
    pub setup_vendor: &'static str,
    pub setup_vendor_hint: &'static str,
    pub setup_environment: &'static str,
    pub setup_package: &'static str,
    pub setup_package_what: &'static str,
    pub setup_package_unknown: &'static str,
    pub setup_find_package_title: &'static str,
    pub setup_find_package: &'static str,
    pub answers_title: &'static str,
    pub reasoning_title: &'static str,
    pub change: &'static str,
    pub error_summary_title: &'static str,
    pub choose_an_answer: &'static str,
    pub check_yes: &'static str,
    pub check_no: &'static str,
    pub check_failed: &'static str,
    pub fix_title: &'static str,
    pub who_title: &'static str,
    pub read_more: &'static str,
    pub fixed_button: &'static str,
    pub leave_button: &'static str,
    pub token_privacy: &'static str,
    pub token_empty: &'static str,
    pub token_findings_title: &'static str,
    pub token_paste_hint: &'static str,
    pub token_contents_title: &'static str,
    pub token_signature: &'static str,
    pub token_header_caption: &'static str,
    pub token_claims_caption: &'static str,
    pub token_field: &'static str,
    pub token_value: &'static str,
    pub failures_title: &'static str,
    pub failures_lead: &'static str,
    pub fixed_on_the_way: &'static str,
    pub summary_title: &'static str,
    /// On a printed page, where it came from.
    pub page_address: &'static str,
    pub handover_lead: &'static str,
    pub handover_service: &'static str,
    pub handover_steps: &'static str,
    pub handover_copy: &'static str,
    pub handover_copied: &'static str,
    pub handover_back: &'static str,
    pub handover_offer_title: &'static str,
    pub handover_offer_text: &'static str,
    pub handover_open: &'static str,
    pub handover_copy_link: &'static str,
    pub handover_link_not_copied: &'static str,
    pub copy_summary: &'static str,
    pub print: &'static str,
    pub send_summary: &'static str,
    pub summary_copied: &'static str,
    pub summary_not_copied: &'static str,
    pub connection_test_title: &'static str,
    pub config_loading: &'static str,
    pub not_configured_title: &'static str,
    pub not_configured_text: &'static str,
    pub config_invalid_title: &'static str,
    pub config_invalid_text: &'static str,
    pub config_invalid_operator: &'static str,
    pub checklist_again: &'static str,
    pub mail_ks: &'static str,
    pub health_checking: &'static str,
    pub health_ok: &'static str,
    pub health_failed: &'static str,
    pub health_again: &'static str,
    /// After what a failed test showed about the backend: its explanation is under the form.
    pub health_see_below: &'static str,
    pub technical_details: &'static str,
    pub test_cancelled_title: &'static str,
    pub test_cancelled_text: &'static str,
    pub test_environment: &'static str,
    pub test_package: &'static str,
    pub test_package_hint: &'static str,
    pub test_package_choose: &'static str,
    pub test_package_missing: &'static str,
    pub test_municipality: &'static str,
    pub test_vendor: &'static str,
    pub test_missing_number: &'static str,
    pub test_start: &'static str,
    pub test_running: &'static str,
    pub test_cancel: &'static str,
    pub test_retry: &'static str,
    pub test_again: &'static str,
    pub test_advice: &'static str,
    pub failure_advice: &'static str,
    pub test_correlation: &'static str,
    pub test_error_code: &'static str,
    pub test_id: &'static str,
    /// «Fant du det du lette etter?» under an answer or an outcome (see [`crate::feedback`]).
    pub feedback_question: &'static str,
    pub feedback_yes: &'static str,
    pub feedback_no: &'static str,
    /// What a screen reader adds to «Ja» and «Nei», before the answer's title (the names are «Ja – jeg
    /// fant det jeg lette etter i «…»»: a browser puts a space before hidden text, so no comma).
    pub feedback_yes_about: &'static str,
    pub feedback_no_about: &'static str,
    /// The label of the field only a bot fills in (hidden from people and screen readers).
    pub feedback_trap: &'static str,
    /// The progress line over a guide screen: the screen's place on the path, and how long the path
    /// may be at most, given the answers so far.
    pub progress_line: &'static str,
    /// The heading when the URL names a flow that does not exist.
    pub unknown_flow_title: &'static str,
    /// What the person waits for, and for how long at most.
    pub test_waiting: &'static str,
    /// The link from a pasted Maskinporten error to its code's entry in the catalogue.
    pub token_code_link: &'static str,
    /// Before an error message, for screen readers: «Feil: ».
    pub error_prefix: &'static str,
    /// After «Endre» in the answers so far, for screen readers: « svaret på «{question}»».
    pub change_answer: &'static str,
    /// After «Endre» on an outcome's answer, for screen readers.
    pub change_outcome_answer: &'static str,
    /// Under an organisation-number field when the number is valid: «… {number}».
    pub valid_org_number: &'static str,
    /// Under a scope field when the scope is right.
    pub scope_right: &'static str,
    /// Under the heading for a flow that does not exist, before the list of flows.
    pub unknown_flow_text: &'static str,
    /// A token finding's status: in order, must be fixed, for information.
    pub finding_status: [&'static str; 3],
    /// After «Endre» beside the municipality's and the vendor's number in the connection test.
    pub change_municipality_number: &'static str,
    pub change_vendor_number: &'static str,
    /// The e-mail to KS when there is no test service: its subject and its start.
    pub mail_no_backend_subject: &'static str,
    pub mail_no_backend_body: &'static str,
    /// Over a finished test: «Testet{when} i {environment} med rettighetspakken «{package}».», where
    /// `{when}` is « 2. desember 2026 kl. 12:47:03» or nothing.
    pub tested: &'static str,
    /// Before the title of the FAQ answer a test step cites.
    pub read_more_prefix: &'static str,
    /// The site's name, last in the tab's title.
    pub site_name: &'static str,
    /// The sources as a summary's text gives them: «{title} (sist vurdert {date}):».
    pub sources_line: &'static str,
    /// After «Prøv igjen» while the backend asks for a wait: « om {wait}» («30 sekunder»).
    pub retry_in: &'static str,
}

/// The guide's words in `lang`.
pub fn guide_ui(lang: Lang) -> &'static GuideUi {
    match lang {
        Lang::Nb => &NB_GUIDE_UI,
        Lang::Nn => &crate::guide_ui_nn::NN_GUIDE_UI,
        Lang::En => &crate::guide_ui_en::EN_GUIDE_UI,
    }
}

impl GuideUi {
    /// «Steg 2 av omtrent 5».
    pub fn progress(&self, step: usize, of_about: usize) -> String {
        fill(
            self.progress_line,
            &[
                ("step", &step.to_string()),
                ("of_about", &of_about.to_string()),
            ],
        )
    }

    pub fn unknown_flow(&self, id: &str) -> String {
        fill(self.unknown_flow_title, &[("id", id)])
    }

    pub fn waiting(&self, seconds: u32) -> String {
        fill(self.test_waiting, &[("seconds", &seconds.to_string())])
    }

    /// The browser tab's title: the most specific first, then the site's name.
    pub fn page_title(&self, parts: &[&str]) -> String {
        ui::page_title_in(parts, self.site_name)
    }

    pub fn code_link(&self, code: &str) -> String {
        fill(self.token_code_link, &[("code", code)])
    }
}

/// The bokmål, the source of the others.
pub static NB_GUIDE_UI: GuideUi = GuideUi {
    lang: Lang::Nb,
    link_copied: ui::LINK_COPIED,
    sources_title: ui::SOURCES_TITLE,
    sources_assessed: ui::SOURCES_ASSESSED,
    back: "Tilbake",
    to_faq: ui::TO_FAQ,
    restart: "Start på nytt",
    continue_button: "Fortsett",
    skip: "Hopp over",
    code_known: "Kjent feilkode:",
    code_way_on_title: "Slik kommer du videre",
    code_see_catalogue: "Se oversikten over feilkoder",
    code_see_entry: "Les om koden i oversikten over feilkoder",
    code_walk_checks: "Gå gjennom sjekkene i stedet",
    setup_municipality: "Kommunens organisasjonsnummer",
    setup_municipality_hint: "Hovedorganisasjonsnummeret: kommunen som hovedenhet i Enhetsregisteret, ikke en etat eller et kontor.",
    setup_vendor: "Leverandørens organisasjonsnummer (hvis en leverandør henter opplysningene)",
    setup_vendor_hint: "Hovedorganisasjonsnummeret til fagsystemleverandøren som henter på vegne av \
     kommunen. La feltet stå tomt hvis kommunen kobler seg til med egen klient i Maskinporten.",
    setup_environment: "Miljø",
    setup_package: "Rettighetspakke",
    setup_package_what: "En rettighetspakke er det Skatteetaten har gitt kommunen tilgang til: et sett \
     regler for hvilke opplysninger som utleveres til ett formål, for eksempel foreldrebetaling i barnehage og \
     SFO. Pakken står i kallet til API-et, så testen må vite hvilken dere skal bruke.",
    setup_package_unknown: "Vet ikke",
    setup_find_package_title: "Slik finner dere rettighetspakken",
    setup_find_package: "Rettighetspakken står i påkoblingsforespørselen Skatteetaten har godkjent \
     for kommunen. Spør den i kommunen som sendte forespørselen, eller den som har ansvaret for tjenesten \
     opplysningene skal brukes i. Dere kan gå videre nå og velge pakken i testen når dere vet den.",
    answers_title: "Svarene dine",
    reasoning_title: "Begrunnelse: svarene dine",
    change: "Endre",
    error_summary_title: "Det er et problem",
    choose_an_answer: "Velg et svar.",
    check_yes: ui::CHECK_YES,
    check_no: ui::CHECK_NO,
    check_failed: "Du svarte nei. Slik kommer du videre:",
    fix_title: "Slik retter du det",
    who_title: ui::WHO_TITLE,
    read_more: "Les mer",
    fixed_button: "Det er rettet – fortsett",
    leave_button: "Fortsett uten å rette",
    token_privacy: "Tokenet leses bare her, i nettleseren din. Det blir ikke sendt noe \
     sted, ikke lagret og ikke lagt i adressen. Når du går videre, husker vi bare resultatet av sjekken.",
    token_empty: "Lim inn et tilgangstoken, eller velg «Hopp over».",
    token_findings_title: "Dette fant vi i tokenet",
    token_paste_hint: "Lim inn hele svaret fra Maskinporten (det som begynner med \
     {\"access_token\"), en linje med «Authorization: Bearer …», eller bare tokenet.",
    token_contents_title: "Innholdet i tokenet",
    token_signature: "Signaturen blir ikke sjekket her. Det trengs ikke for denne \
     sjekken: den leser bare hva tokenet sier om scope, kommune, leverandør, miljø og utløpstid, \
     og et token med falsk signatur ville Skatteetaten avvist uansett. Tilkoblingstesten på slutten \
     henter et ekte token fra Maskinporten og sjekker signaturen der.",
    token_header_caption: "Første del (header)",
    token_claims_caption: "Innholdet (claims)",
    token_field: "Felt",
    token_value: "Verdi",
    failures_title: "Dette må rettes",
    failures_lead: "Dette var ikke i orden da du gikk gjennom sjekklisten. Rett det \
     før dere tester tilkoblingen, og velg «Endre» for å gå gjennom punktet igjen.",
    fixed_on_the_way: "Rettet underveis",
    summary_title: "Sammendrag",
    page_address: "Adressen til denne siden:",
    handover_lead: "Leverandøren deres henter opplysninger fra Summert skattegrunnlag \
     på vegne av kommunen. Da må kommunen gi leverandøren tilgang i Altinn. Slik gjør dere det:",
    handover_service: "Tjenesten",
    handover_steps: "Slik gjør dere det",
    handover_copy: "Kopier teksten",
    handover_copied: "Teksten er kopiert.",
    handover_back: "Til veiviseren",
    handover_offer_title: "Til kommunen: gi leverandøren tilgang i Altinn",
    handover_offer_text: "Send kommunen denne lenken. Den åpner en side med det \
     kommunen må gjøre i Altinn, med begge organisasjonsnumrene fylt inn, navnet på tjenesten og \
     hvem i kommunen som kan gjøre det. Siden kan skrives ut.",
    handover_open: "Åpne siden til kommunen",
    handover_copy_link: "Kopier lenken til kommunen",
    handover_link_not_copied: "Nettleseren lot oss ikke kopiere. Høyreklikk «Åpne \
     siden til kommunen» og velg å kopiere lenken.",
    copy_summary: "Kopier sammendraget",
    print: "Skriv ut",
    send_summary: "Send sammendraget til skattedeling@ks.no",
    summary_copied: "Sammendraget er kopiert.",
    summary_not_copied: "Nettleseren lot oss ikke kopiere. Merk teksten i sammendraget \
     og kopier den selv.",
    connection_test_title: "Tilkoblingstest",
    config_loading: "Henter oppsettet for testtjenesten …",
    not_configured_title: "Ingen testtjeneste er satt opp her",
    not_configured_text: "Dette nettstedet er ikke koblet til en testtjeneste, så \
     tilkoblingen kan ikke testes herfra. Gå gjennom sjekklisten på nytt, test med egen klient som \
     beskrevet over, eller send sammendraget under til KS.",
    config_invalid_title: "Testtjenesten er ikke satt opp riktig",
    config_invalid_text: "Oppsettet for testtjenesten har en feil, så tilkoblingen kan \
     ikke testes herfra nå. Gå gjennom sjekklisten på nytt, test med egen klient som beskrevet over, \
     eller send sammendraget under til KS.",
    config_invalid_operator: "Til den som drifter nettstedet:",
    checklist_again: "Gå gjennom sjekklisten på nytt",
    mail_ks: "Send e-post til skattedeling@ks.no",
    health_checking: "Sjekker om testtjenesten svarer …",
    health_ok: "Testtjenesten svarer og er klar.",
    health_failed: "Testtjenesten er ikke klar",
    health_again: "Sjekk igjen",
    health_see_below: "Se forklaringen under.",
    technical_details: "Teknisk informasjon",
    test_cancelled_title: "Du avbrøt testen",
    test_cancelled_text: "Testen ble stoppet før den var ferdig. Svarene dine er tatt vare på. Start testen på nytt når \
     du vil.",
    test_environment: "Miljø",
    test_package: "Rettighetspakke",
    test_package_hint: "Pakken kommunen har fått tilgang til hos Skatteetaten, og som dere skal hente opplysninger med.",
    test_package_choose: "Velg rettighetspakke",
    test_package_missing: "Velg hvilken rettighetspakke dere skal teste.",
    test_municipality: "Kommune",
    test_vendor: "Leverandør",
    test_missing_number: "Organisasjonsnummeret mangler. Endre svaret over før du tester.",
    test_start: "Start testen",
    test_running: "Tester tilkoblingen …",
    test_cancel: "Avbryt testen",
    test_retry: "Prøv igjen",
    test_again: "Kjør testen på nytt",
    test_advice: "Hva dere kan gjøre:",
    failure_advice: "Hva du kan gjøre:",
    test_correlation: "Korrelasjons-id:",
    test_error_code: "Feilkode",
    test_id: "Test-id:",
    feedback_question: ui::FEEDBACK_QUESTION,
    feedback_yes: ui::FEEDBACK_YES,
    feedback_no: ui::FEEDBACK_NO,
    feedback_yes_about: ui::FEEDBACK_YES_ABOUT,
    feedback_no_about: ui::FEEDBACK_NO_ABOUT,
    feedback_trap: ui::FEEDBACK_TRAP,
    progress_line: "Steg {step} av omtrent {of_about}",
    unknown_flow_title: "Vi finner ikke veiviseren «{id}»",
    test_waiting: "Testen tar vanligvis noen sekunder. Vi venter i opptil {seconds} sekunder.",
    token_code_link: "Les hva {code} betyr og hva dere gjør",
    error_prefix: "Feil: ",
    change_answer: " svaret på «{question}»",
    change_outcome_answer: " svaret",
    valid_org_number: "Gyldig organisasjonsnummer: {number}",
    scope_right: "Riktig scope.",
    unknown_flow_text: "Lenken kan være skrevet feil, eller veiviseren kan ha fått et nytt navn. Velg en av veiviserne:",
    finding_status: ["I orden", "Må rettes", "Til informasjon"],
    change_municipality_number: " kommunens organisasjonsnummer",
    change_vendor_number: " leverandørens organisasjonsnummer",
    mail_no_backend_subject: "Tilkoblingstest",
    mail_no_backend_body: "Hei!\n\nJeg vil teste tilkoblingen til Summert skattegrunnlag, men det er ingen \
         testtjeneste å teste mot.\n\n",
    tested: "Testet{when} i {environment} med rettighetspakken «{package}».",
    read_more_prefix: "Les mer: ",
    site_name: ui::SITE_NAME,
    sources_line: "{title} (sist vurdert {date}):",
    retry_in: " om {wait}",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::translation_checks::{has_every_text, written_not_copied};

    /// Every text of `ui` with its field's name. The pattern names every field, so a new one
    /// cannot be left out of the tests.
    fn strings(ui: &'static GuideUi) -> Vec<(String, &'static str)> {
        let GuideUi {
            lang: _,
            link_copied,
            sources_title,
            sources_assessed,
            back,
            to_faq,
            restart,
            continue_button,
            skip,
            code_known,
            code_way_on_title,
            code_see_catalogue,
            code_see_entry,
            code_walk_checks,
            setup_municipality,
            setup_municipality_hint,
            setup_vendor,
            setup_vendor_hint,
            setup_environment,
            setup_package,
            setup_package_what,
            setup_package_unknown,
            setup_find_package_title,
            setup_find_package,
            answers_title,
            reasoning_title,
            change,
            error_summary_title,
            choose_an_answer,
            check_yes,
            check_no,
            check_failed,
            fix_title,
            who_title,
            read_more,
            fixed_button,
            leave_button,
            token_privacy,
            token_empty,
            token_findings_title,
            token_paste_hint,
            token_contents_title,
            token_signature,
            token_header_caption,
            token_claims_caption,
            token_field,
            token_value,
            failures_title,
            failures_lead,
            fixed_on_the_way,
            summary_title,
            page_address,
            handover_lead,
            handover_service,
            handover_steps,
            handover_copy,
            handover_copied,
            handover_back,
            handover_offer_title,
            handover_offer_text,
            handover_open,
            handover_copy_link,
            handover_link_not_copied,
            copy_summary,
            print,
            send_summary,
            summary_copied,
            summary_not_copied,
            connection_test_title,
            config_loading,
            not_configured_title,
            not_configured_text,
            config_invalid_title,
            config_invalid_text,
            config_invalid_operator,
            checklist_again,
            mail_ks,
            health_checking,
            health_ok,
            health_failed,
            health_again,
            health_see_below,
            technical_details,
            test_cancelled_title,
            test_cancelled_text,
            test_environment,
            test_package,
            test_package_hint,
            test_package_choose,
            test_package_missing,
            test_municipality,
            test_vendor,
            test_missing_number,
            test_start,
            test_running,
            test_cancel,
            test_retry,
            test_again,
            test_advice,
            failure_advice,
            test_correlation,
            test_error_code,
            test_id,
            feedback_question,
            feedback_yes,
            feedback_no,
            feedback_yes_about,
            feedback_no_about,
            feedback_trap,
            progress_line,
            unknown_flow_title,
            test_waiting,
            token_code_link,
            error_prefix,
            change_answer,
            change_outcome_answer,
            valid_org_number,
            scope_right,
            unknown_flow_text,
            finding_status,
            change_municipality_number,
            change_vendor_number,
            mail_no_backend_subject,
            mail_no_backend_body,
            tested,
            read_more_prefix,
            site_name,
            sources_line,
            retry_in,
        } = ui;
        let mut out: Vec<(String, &'static str)> = [
            ("link_copied", link_copied),
            ("sources_title", sources_title),
            ("sources_assessed", sources_assessed),
            ("back", back),
            ("to_faq", to_faq),
            ("restart", restart),
            ("continue_button", continue_button),
            ("skip", skip),
            ("code_known", code_known),
            ("code_way_on_title", code_way_on_title),
            ("code_see_catalogue", code_see_catalogue),
            ("code_see_entry", code_see_entry),
            ("code_walk_checks", code_walk_checks),
            ("setup_municipality", setup_municipality),
            ("setup_municipality_hint", setup_municipality_hint),
            ("setup_vendor", setup_vendor),
            ("setup_vendor_hint", setup_vendor_hint),
            ("setup_environment", setup_environment),
            ("setup_package", setup_package),
            ("setup_package_what", setup_package_what),
            ("setup_package_unknown", setup_package_unknown),
            ("setup_find_package_title", setup_find_package_title),
            ("setup_find_package", setup_find_package),
            ("answers_title", answers_title),
            ("reasoning_title", reasoning_title),
            ("change", change),
            ("error_summary_title", error_summary_title),
            ("choose_an_answer", choose_an_answer),
            ("check_yes", check_yes),
            ("check_no", check_no),
            ("check_failed", check_failed),
            ("fix_title", fix_title),
            ("who_title", who_title),
            ("read_more", read_more),
            ("fixed_button", fixed_button),
            ("leave_button", leave_button),
            ("token_privacy", token_privacy),
            ("token_empty", token_empty),
            ("token_findings_title", token_findings_title),
            ("token_paste_hint", token_paste_hint),
            ("token_contents_title", token_contents_title),
            ("token_signature", token_signature),
            ("token_header_caption", token_header_caption),
            ("token_claims_caption", token_claims_caption),
            ("token_field", token_field),
            ("token_value", token_value),
            ("failures_title", failures_title),
            ("failures_lead", failures_lead),
            ("fixed_on_the_way", fixed_on_the_way),
            ("summary_title", summary_title),
            ("page_address", page_address),
            ("handover_lead", handover_lead),
            ("handover_service", handover_service),
            ("handover_steps", handover_steps),
            ("handover_copy", handover_copy),
            ("handover_copied", handover_copied),
            ("handover_back", handover_back),
            ("handover_offer_title", handover_offer_title),
            ("handover_offer_text", handover_offer_text),
            ("handover_open", handover_open),
            ("handover_copy_link", handover_copy_link),
            ("handover_link_not_copied", handover_link_not_copied),
            ("copy_summary", copy_summary),
            ("print", print),
            ("send_summary", send_summary),
            ("summary_copied", summary_copied),
            ("summary_not_copied", summary_not_copied),
            ("connection_test_title", connection_test_title),
            ("config_loading", config_loading),
            ("not_configured_title", not_configured_title),
            ("not_configured_text", not_configured_text),
            ("config_invalid_title", config_invalid_title),
            ("config_invalid_text", config_invalid_text),
            ("config_invalid_operator", config_invalid_operator),
            ("checklist_again", checklist_again),
            ("mail_ks", mail_ks),
            ("health_checking", health_checking),
            ("health_ok", health_ok),
            ("health_failed", health_failed),
            ("health_again", health_again),
            ("health_see_below", health_see_below),
            ("technical_details", technical_details),
            ("test_cancelled_title", test_cancelled_title),
            ("test_cancelled_text", test_cancelled_text),
            ("test_environment", test_environment),
            ("test_package", test_package),
            ("test_package_hint", test_package_hint),
            ("test_package_choose", test_package_choose),
            ("test_package_missing", test_package_missing),
            ("test_municipality", test_municipality),
            ("test_vendor", test_vendor),
            ("test_missing_number", test_missing_number),
            ("test_start", test_start),
            ("test_running", test_running),
            ("test_cancel", test_cancel),
            ("test_retry", test_retry),
            ("test_again", test_again),
            ("test_advice", test_advice),
            ("failure_advice", failure_advice),
            ("test_correlation", test_correlation),
            ("test_error_code", test_error_code),
            ("test_id", test_id),
            ("feedback_question", feedback_question),
            ("feedback_yes", feedback_yes),
            ("feedback_no", feedback_no),
            ("feedback_yes_about", feedback_yes_about),
            ("feedback_no_about", feedback_no_about),
            ("feedback_trap", feedback_trap),
            ("progress_line", progress_line),
            ("unknown_flow_title", unknown_flow_title),
            ("test_waiting", test_waiting),
            ("token_code_link", token_code_link),
            ("error_prefix", error_prefix),
            ("change_answer", change_answer),
            ("change_outcome_answer", change_outcome_answer),
            ("valid_org_number", valid_org_number),
            ("scope_right", scope_right),
            ("unknown_flow_text", unknown_flow_text),
            ("change_municipality_number", change_municipality_number),
            ("change_vendor_number", change_vendor_number),
            ("mail_no_backend_subject", mail_no_backend_subject),
            ("mail_no_backend_body", mail_no_backend_body),
            ("tested", tested),
            ("read_more_prefix", read_more_prefix),
            ("site_name", site_name),
            ("sources_line", sources_line),
            ("retry_in", retry_in),
        ]
        .into_iter()
        .map(|(n, t)| (n.to_string(), *t))
        .collect();
        for (i, t) in finding_status.iter().enumerate() {
            out.push((format!("finding_status.{i}"), *t));
        }
        out
    }

    /// Texts that are rightly the same as the bokmål: names, and words nynorsk shares with it.
    const SAME: &[(Lang, &str)] = &[
        (Lang::Nn, "retry_in"),
        (Lang::Nn, "sources_line"),
        // Nynorsk words and phrases that are spelt as in bokmål.
        (Lang::Nn, "back"),
        (Lang::Nn, "to_faq"),
        (Lang::Nn, "restart"),
        (Lang::Nn, "skip"),
        (Lang::Nn, "setup_environment"),
        (Lang::Nn, "change"),
        (Lang::Nn, "check_yes"),
        (Lang::Nn, "token_header_caption"),
        (Lang::Nn, "token_field"),
        (Lang::Nn, "token_value"),
        (Lang::Nn, "handover_copy"),
        (Lang::Nn, "handover_copied"),
        (Lang::Nn, "handover_offer_title"),
        (Lang::Nn, "print"),
        (Lang::Nn, "health_again"),
        (Lang::Nn, "technical_details"),
        (Lang::Nn, "test_environment"),
        (Lang::Nn, "test_municipality"),
        (Lang::Nn, "test_vendor"),
        (Lang::Nn, "test_start"),
        (Lang::Nn, "test_cancel"),
        (Lang::Nn, "test_retry"),
        (Lang::Nn, "test_correlation"),
        (Lang::Nn, "test_error_code"),
        (Lang::Nn, "test_id"),
        (Lang::Nn, "feedback_yes"),
        (Lang::Nn, "feedback_no"),
        (Lang::Nn, "error_prefix"),
        (Lang::Nn, "change_answer"),
        (Lang::Nn, "change_outcome_answer"),
        (Lang::Nn, "valid_org_number"),
        (Lang::Nn, "finding_status.0"),
        (Lang::Nn, "finding_status.2"),
    ];

    #[test]
    fn every_language_has_every_text_with_the_bokmal_placeholders() {
        let nb = strings(guide_ui(Lang::Nb));
        for lang in Lang::TRANSLATIONS {
            assert_eq!(guide_ui(lang).lang, lang);
            has_every_text(&nb, lang, &strings(guide_ui(lang)));
        }
    }

    #[test]
    fn translations_are_written_not_copied() {
        let nb = strings(guide_ui(Lang::Nb));
        for lang in Lang::TRANSLATIONS {
            written_not_copied(&nb, lang, &strings(guide_ui(lang)), |name| {
                SAME.contains(&(lang, name))
            });
        }
    }

    #[test]
    fn templates_are_filled() {
        let nb = guide_ui(Lang::Nb);
        assert_eq!(nb.progress(2, 5), "Steg 2 av omtrent 5");
        assert_eq!(nb.unknown_flow("x"), "Vi finner ikke veiviseren «x»");
        assert!(nb.waiting(30).contains("opptil 30 sekunder"));
        assert_eq!(
            nb.code_link("MP-251"),
            "Les hva MP-251 betyr og hva dere gjør"
        );
    }
}
