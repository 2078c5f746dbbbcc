//! The connection test's words in English: plain British English with “curly” quotes, in the terms
//! of the English catalogue (`content/en/feilkoder.toml`): the test service, whoever runs it, the
//! access package. The contract's field names (`backend`, `miljoer`, `tidsgrenseSekunder`) and the
//! rights packages' names stay as they are.

use super::texts::{BadAnswers, Texts};
use crate::lang::Lang;

pub static EN: Texts = Texts {
    lang: Lang::En,
    request_synthetic:
        "{field}: {value} is a synthetic test organisation, which exists only in the test \
         environment.",
    request_not_org_number: "{field}: {value} is not a valid organisation number.",
    request_not_rights_package:
        "{field}: {value} is not one of the municipalities' access packages.",
    status_ok: "OK",
    status_failed: "Failed",
    status_not_run: "Not run",
    verdict_works: "The connection works",
    verdict_fails: "The connection fails: {finding}",
    verdict_fails_code: "The connection fails: {finding} ({code})",
    verdict_unfinished: "The test did not run to the end",
    not_yours: "It says nothing about your own set-up.",
    tell_operator: "Tell whoever runs the test service, and include the technical information.",
    tell_site_operator: "Tell whoever runs this website, and include the technical information.",
    without_the_test:
        "You can also go through the checklist in the guide, or send the summary below to KS.",
    unreachable_title: "The test service does not answer",
    unreachable_explanation: "We could not reach the test service, so the connection cannot be \
        tested from here right now.",
    unreachable_advice: "Try again in a little while. If it still does not answer, tell whoever \
        runs the test service, and include the technical information.",
    unreachable_technical: "The browser got no answer from {backend}. The service may be \
        stopped, the address in {config} may be wrong, or the service may refuse requests from \
        this website (CORS).",
    timed_out_title: "The test service did not answer within {seconds} seconds",
    timed_out_explanation: "We stopped the test after {seconds} seconds. Maskinporten or \
        Skatteetaten may be answering slowly right now, or the test service may have stopped \
        responding.",
    timed_out_advice: "Try again. If it happens again, contact whoever runs the test service.",
    timed_out_technical:
        "No answer from {backend} within {seconds} seconds (tidsgrenseSekunder in {config}).",
    cancelled_title: "You stopped the test",
    cancelled_explanation: "The test was stopped before it finished. Your answers have been \
        kept.",
    cancelled_advice: "Start the test again whenever you like.",
    not_found_title: "The website cannot find the test service",
    not_found_explanation: "The website is looking for the test service in the wrong place, so \
        the connection cannot be tested from here now.",
    not_found_otherwise: "the test service does not have the address the website asks for",
    not_found_technical: "{detail} The test service's address in {config} is probably wrong, or \
        the service has a different version from the website.",
    refused_title: "The test service does not let this website in",
    refused_explanation: "The test service does not accept tests from this website.",
    refused_advice: "Tell whoever runs the test service.",
    refused_otherwise: "the test service requires access that this website does not have",
    busy_title: "The test service is temporarily unavailable",
    busy_title_too_many: "The test service has too many tests right now",
    busy_explanation: "The test service cannot test right now, for example because of \
        maintenance or many tests at the same time.",
    busy_advice_in: "Try again in {wait}.",
    busy_advice: "Try again in a few minutes.",
    retry_after: "Retry-After: {seconds} seconds.",
    rejected_title: "The test service rejected the request",
    rejected_explanation: "The test service did not accept what the website sent.",
    rejected_advice: "Check the organisation numbers and the access package, and try again. If \
        everything looks right, send the summary below to KS.",
    server_error_title: "Something went wrong in the test service",
    server_error_explanation: "The test service could not run the test.",
    server_error_advice: "Try again. If the error persists, contact whoever runs the test \
        service and give the time it happened.",
    http_status: "HTTP {status} from {backend}.",
    http_detail: "HTTP {status} from {backend}: {said}.",
    bad_answer_title: "The answer from the test service was not as agreed",
    bad_answer_explanation: "The test service answered, but the answer could not be read, so the \
        result cannot be shown.",
    bad_answer_technical: "The answer from {backend}: {detail}. The test service may have a \
        different version from the website.",
    too_large_title: "The answer from the test service was too large",
    too_large_explanation: "The test service sent far more than a test result is. The website \
        stopped reading so that the page would not hang.",
    too_large_technical: "The answer from {backend} was over {kb} kB; a test result is a few kB.",
    redirected_title: "The test service sent us on to another address",
    redirected_explanation: "The website does not follow redirects, because the answer would \
        then not come from the test service that is set up.",
    redirected_technical: "{backend} answered with a redirect. The test service's address in \
        {config} is probably out of date or missing something (for example https).",
    bad_answers: BadAnswers {
        not_json: "the answer is not valid JSON",
        missing_fields: "the answer lacks fields or has fields with the wrong content",
        no_steps: "the answer has no steps",
        no_test_id: "the answer has no test ID",
        other_environment: "the answer is for another environment than the one tested",
        step_without_text: "a step in the answer has no text",
        step_bad_form: "a step in the answer has an ID or error code in the wrong form",
        unknown_status: "with an HTTP status the contract does not have",
        health: "the health check did not answer as the contract says",
    },
    known_unreachable: "The test service no longer answers.",
    known_timed_out: "The test service did not answer the test in time.",
    known_busy: "The test service cannot test right now.",
    known_server_error: "The test service had an error during the test.",
    known_rejected: "The test service answers, but rejected the test.",
    known_unexpected: "The test service answers, but not as the website expects.",
    second: ["{n} second", "{n} seconds"],
    minute: ["{n} minute", "{n} minutes"],
    minutes_and_seconds: "{minutes} and {seconds}",
    one_second: "one second",
    tested_line: "Connection test in {environment} ({package}){when}",
    short_works: "the connection works",
    short_fails: "the connection fails",
    short_unfinished: "the test did not finish",
    short_not_run: "the connection test could not run",
    summary_not_run: "The connection test could not run: {title}",
    summary_result: "Result: {verdict}",
    summary_correlation: "Correlation ID: {id}",
    summary_test_id: "Test ID: {id}",
    summary_failed: "The test could not run: {title}",
    summary_technical: "Technical information: {technical}",
    config_unreachable: "{config} could not be fetched.",
    config_invalid: "{config} is not valid ({why}): see the README for the fields backend, \
        miljoer and tidsgrenseSekunder.",
    config_http: "{config} answered with HTTP {status}.",
    config_backend: "{config}: backend {why}.",
    config_no_environments: "{config}: miljoer is empty.",
    config_timeout_range: "{config}: tidsgrenseSekunder must be between 1 and 300.",
    config_line: "line {line}",
    config_not_object: "the file must be a JSON object",
    config_unknown_field: "unknown field “{field}”",
    config_backend_type: "backend must be an address in quotation marks, or null",
    config_environments_type: "miljoer must be a list of \"test\" and/or \"produksjon\"",
    config_timeout_type: "tidsgrenseSekunder must be a whole number of seconds",
    backend_not_http: "“{shown}” is not an http or https address",
    backend_credentials: "“{shown}” has a user name and password before the host name (…@), \
        which the browser cannot use and which must not be in a public file; remove them and \
        change the password",
    backend_too_long: "“…” is over {max} characters, too long to be an address",
};
