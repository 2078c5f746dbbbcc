//! The guide core's texts in English: plain British English with the terms of the guide's English
//! content (municipality, vendor, organisation number, delegation, access token, access package,
//! test environment). Names of services, roles and menu items in Altinn stay in Norwegian, in «…»,
//! with what they mean after them, as the English checks write them.

use super::texts::{
    CodeTexts, CoreTexts, HandoverTexts, OrgNumberTexts, RoleTexts, ScopeTexts, SetupTexts,
    SummaryTexts,
};
use crate::lang::Lang;

pub static EN: CoreTexts = CoreTexts {
    lang: Lang::En,
    summary: SummaryTexts {
        skipped: "Skipped",
        check_yes: "Yes",
        check_no: "No",
        check_fixed: "No – fixed along the way",
        check_left: "No – not fixed",
        token_ok: "Checked: all in order",
        token_findings: "Checked: {findings}",
        not_in_order: [
            "1 item on the checklist is not in order",
            "{n} items on the checklist are not in order",
        ],
        in_order_untested: "The checklist is in order, but the connection has not been tested yet",
        not_in_order_untested: "{not_in_order}, and the connection has not been tested yet",
        outcome_not_in_order: "{title} ({not_in_order})",
        unfinished_at: "Not finished – stopped at “{heading}”",
        unfinished: "Not finished",
        subject_municipality: " – municipality {number}",
        result: "Result: {outcome}",
        flow: "Guide: {title}",
        outcome: "The guide’s answer: {title}",
        answers: "My answers:",
        failures: "Not in order:",
        fixed: "fixed along the way",
        left: "not fixed",
        link: "My answers in the guide: {link}",
        mail: "Hello,\n\nI have been through the guide and need help.\n\n{summary}\nMy question:\
               \n\n\n(Do not send national identity numbers, access tokens or other personal data \
               by email.)\n",
    },
    setup: SetupTexts {
        municipality_error: "The municipality’s organisation number: {error}",
        vendor_error: "The vendor’s organisation number: {error}",
        same_number: "The vendor has the same organisation number as the municipality. If the \
                      municipality connects with its own client, leave the vendor field empty.",
        no_environment: "Choose the environment you want to test.",
        no_package: "Choose the access package, or “I do not know” if you do not know it yet.",
        describe: "Municipality {municipality}, {vendor}, {environment}, {package}",
        vendor: "vendor {number}",
        no_vendor: "no vendor (the municipality’s own client)",
        package_unknown: "access package not known yet",
    },
    scope: ScopeTexts {
        empty: "Enter the scope the client asks for, for example `{scope}`.",
        case_or_spaces: "Almost right, but the scope is written in lower case without spaces: \
                         `{scope}` – you wrote `{typed}`.",
        near_miss: "Almost right, but not quite: `{scope}` – you wrote `{closest}`.",
        wrong: "`{typed}` is not the scope for Summert skattegrunnlag. The correct scope is \
                `{scope}`.",
        not_a_scope: "`{item}` is not a scope. A scope is written `prefix:name`, for example \
                      `{scope}`; enter only the scopes, with spaces between them.",
        too_long: "The text is too long to be a list of scopes ({chars} characters; at most \
                   {max}). Enter only the scopes the client asks for, for example `{scope}`.",
    },
    handover: HandoverTexts {
        title: "How the municipality gives the vendor access in Altinn",
        who: "The person who does it must have the role «Programmeringsgrensesnitt (API)» \
              (application programming interface) for the municipality – the general manager \
              (rådmann or kommunedirektør) has it, among others – or the role «Tilgangsstyring» \
              (access management) or «Hovedadministrator» (main administrator). If you have none \
              of them, someone with «Hovedadministrator» can give you the role.",
        main_entity: "Use the main organisation numbers shown here, for both the municipality and \
                      the vendor: a delegation to a sub-entity is not inherited.",
        where_production: "Altinn (https://www.altinn.no)",
        where_test: "Altinn’s test environment TT02 (https://tt02.altinn.no; delegations in \
                     production do not apply there)",
        where_both: "Altinn (https://www.altinn.no), and for the test environment also TT02 \
                     (https://tt02.altinn.no; a delegation only applies in the environment it \
                     was made in)",
        steps: [
            "Log in to {where}, and choose to act on behalf of the municipality, {municipality}.",
            "Go to Profil (Profile), and choose «Tilgang til programmeringsgrensesnitt – API» \
             (access to application programming interfaces – API).",
            "Choose to give access to a new organisation, and enter the vendor’s organisation \
             number: {vendor}.",
            "Choose the API «{service}», and confirm.",
        ],
        municipality_line: "Municipality: {number}",
        vendor_line: "Vendor: {number}",
        service_line: "Service: {service}",
        who_line: "Who can do it: {who}",
        page_line: "This page: {link}",
    },
    codes: CodeTexts {
        empty: "Enter the error code, for example MP-251, SSG-005 or invalid_grant.",
        no_check: "The guide has no check of its own for `{code}`. Read what the code means and \
                   what to do in the list of error codes, or go through the checks.",
        unknown: "We do not recognise the error code{typed}. Check that it is written as it \
                  appears in the error message (for example MP-251 or SSG-005), see the list of \
                  error codes, or go through the checks.",
        unknown_typed: " “{typed}”",
        token_not_kept: "a token is never kept; use `token::check`",
        setup_has_fields: "a setup has several fields; use `TestSetup::from_fields`",
    },
    roles: RoleTexts {
        municipality: "the municipality",
        vendor: "the vendor",
    },
    org_number: OrgNumberTexts {
        empty: "Enter the organisation number (9 digits).",
        not_a_digit: "An organisation number can only contain digits and spaces – character \
                      number {position} is “{character}”.",
        wrong_length: "An organisation number has 9 digits – you have typed {digits}.",
        person_number: "This looks like a national identity number or D number (11 digits), not \
                        an organisation number (9 digits). The municipality’s or the vendor’s \
                        organisation number goes here – never enter a national identity number \
                        here. What you typed has not been stored.",
        not_in_use: "This is not an organisation number: they start with 8 or 9 (synthetic test \
                     organisations in the test environment with 2 or 3), and this one starts \
                     with {first}.",
        no_check_digit: "This is not a valid organisation number: no organisation number starts \
                         with these eight digits. Check that you have not mistyped it or swapped \
                         two digits.",
        wrong_check_digit: "This is not a valid organisation number: the check digit (the last \
                            digit) is {typed}, but it should be {expected} with the first eight \
                            digits you typed. Check that you have not mistyped it or swapped two \
                            digits.",
    },
};
