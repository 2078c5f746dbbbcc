//! The guide's screens in English (see [`crate::guide_ui`]): plain British English in the style of
//! `texts_en.rs`. Norwegian names, quoted Norwegian and literal values stay in «…»; the site's own
//! English words (its buttons, the reader's answers) are quoted in “…”.

use crate::guide_ui::GuideUi;
use crate::lang::Lang;

pub static EN_GUIDE_UI: GuideUi = GuideUi {
    lang: Lang::En,
    link_copied: "The link has been copied.",
    sources_title: "Sources",
    sources_assessed: "The sources were last reviewed on",
    back: "Back",
    to_faq: "Go to questions and answers",
    restart: "Start again",
    continue_button: "Continue",
    skip: "Skip",
    code_known: "Known error code:",
    code_way_on_title: "What to do next",
    code_see_catalogue: "See the list of error codes",
    code_see_entry: "Read about the code in the list of error codes",
    code_walk_checks: "Go through the checks instead",
    setup_municipality: "The municipality's organisation number",
    setup_municipality_hint: "The main organisation number: the municipality as the main entity in Enhetsregisteret, not a department or an office.",
    setup_vendor: "The vendor's organisation number (if a vendor fetches the information)",
    setup_vendor_hint: "The main organisation number of the software vendor that fetches the information on behalf \
     of the municipality. Leave the field empty if the municipality connects with its own client in Maskinporten.",
    setup_environment: "Environment",
    setup_package: "Access package",
    setup_package_what: "An access package (rettighetspakke) is what Skatteetaten has given the municipality \
     access to: a set of rules for which information is released for one purpose, for example parental fees \
     in kindergarten and SFO (school-age childcare). The package is stated in the call to the API, so the \
     test needs to know which one you will use.",
    setup_package_unknown: "I do not know",
    setup_find_package_title: "How to find the access package",
    setup_find_package: "The access package is stated in the connection request that Skatteetaten has \
     approved for the municipality. Ask the person in the municipality who sent the request, or the person \
     responsible for the service the information will be used in. You can go on now and choose the package \
     in the test when you know it.",
    answers_title: "Your answers",
    reasoning_title: "Reasoning: your answers",
    change: "Change",
    error_summary_title: "There is a problem",
    choose_an_answer: "Choose an answer.",
    check_yes: "Yes",
    check_no: "No, or I do not know",
    check_failed: "You answered no. What to do next:",
    fix_title: "How to fix it",
    who_title: "Who can do it",
    read_more: "Read more",
    fixed_button: "It has been fixed – continue",
    leave_button: "Continue without fixing it",
    token_privacy: "The token is only read here, in your browser. It is not sent anywhere, not \
     stored and not added to the address. When you go on, we only remember the result of the check.",
    token_empty: "Paste an access token, or choose “Skip”.",
    token_findings_title: "What we found in the token",
    token_paste_hint: "Paste the whole response from Maskinporten (the part that starts with \
     {\"access_token\"), a line with «Authorization: Bearer …», or just the token.",
    token_contents_title: "What the token contains",
    token_signature: "The signature is not checked here. This check does not need it: it only \
     reads what the token says about the scope, the municipality, the vendor, the environment and \
     when it expires, and Skatteetaten would reject a token with a false signature anyway. The \
     connection test at the end fetches a real token from Maskinporten and checks the signature there.",
    token_header_caption: "First part (header)",
    token_claims_caption: "Contents (claims)",
    token_field: "Field",
    token_value: "Value",
    failures_title: "What needs to be fixed",
    failures_lead: "These points were not in order when you went through the checklist. Fix \
     them before you test the connection, and choose “Change” to go through a point again.",
    fixed_on_the_way: "Fixed along the way",
    summary_title: "Summary",
    page_address: "The address of this page:",
    handover_lead: "Your vendor fetches information from Summert skattegrunnlag on behalf of \
     the municipality. For this, the municipality must give the vendor access in Altinn. Here is how to do it:",
    handover_service: "The service",
    handover_steps: "How to do it",
    handover_copy: "Copy the text",
    handover_copied: "The text has been copied.",
    handover_back: "Go to the guide",
    handover_offer_title: "For the municipality: give the vendor access in Altinn",
    handover_offer_text: "Send the municipality this link. It opens a page with what the \
     municipality must do in Altinn, with both organisation numbers filled in, the name of the service \
     and who in the municipality can do it. The page can be printed.",
    handover_open: "Open the page for the municipality",
    handover_copy_link: "Copy the link for the municipality",
    handover_link_not_copied: "Your browser did not let us copy the link. Right-click “Open \
     the page for the municipality” and choose to copy the link.",
    copy_summary: "Copy the summary",
    print: "Print",
    send_summary: "Send the summary to skattedeling@ks.no",
    summary_copied: "The summary has been copied.",
    summary_not_copied: "Your browser did not let us copy the summary. Select the text in the \
     summary and copy it yourself.",
    connection_test_title: "Connection test",
    config_loading: "Loading the settings for the test service…",
    not_configured_title: "No test service has been set up here",
    not_configured_text: "This website is not connected to a test service, so the connection \
     cannot be tested from here. Go through the checklist again, test with your own client as described \
     above, or send the summary below to KS.",
    config_invalid_title: "The test service has not been set up correctly",
    config_invalid_text: "The settings for the test service contain an error, so the connection \
     cannot be tested from here at the moment. Go through the checklist again, test with your own client \
     as described above, or send the summary below to KS.",
    config_invalid_operator: "For whoever runs the website:",
    checklist_again: "Go through the checklist again",
    mail_ks: "Email skattedeling@ks.no",
    health_checking: "Checking whether the test service is responding…",
    health_ok: "The test service is responding and ready.",
    health_failed: "The test service is not ready",
    health_again: "Check again",
    health_see_below: "See the explanation below.",
    technical_details: "Technical details",
    test_cancelled_title: "You cancelled the test",
    test_cancelled_text: "The test was stopped before it finished. Your answers have been saved. Start \
     the test again whenever you like.",
    test_environment: "Environment",
    test_package: "Access package",
    test_package_hint: "The package the municipality has been given access to by Skatteetaten, and that you will fetch information with.",
    test_package_choose: "Choose an access package",
    test_package_missing: "Choose the access package you want to test.",
    test_municipality: "Municipality",
    test_vendor: "Vendor",
    test_missing_number: "The organisation number is missing. Change the answer above before you test.",
    test_start: "Start the test",
    test_running: "Testing the connection…",
    test_cancel: "Cancel the test",
    test_retry: "Try again",
    test_again: "Run the test again",
    test_advice: "What you can do:",
    failure_advice: "What you can do:",
    test_correlation: "Correlation ID:",
    test_error_code: "Error code",
    test_id: "Test ID:",
    feedback_question: "Did you find what you were looking for?",
    feedback_yes: "Yes",
    feedback_no: "No",
    feedback_yes_about: "– I found what I was looking for in",
    feedback_no_about: "– I did not find what I was looking for in",
    feedback_trap: "Leave this field empty",
    progress_line: "Step {step} of about {of_about}",
    unknown_flow_title: "We cannot find the guide “{id}”",
    test_waiting: "The test usually takes a few seconds. We will wait for up to {seconds} seconds.",
    token_code_link: "Read what {code} means and what to do",
    error_prefix: "Error: ",
    change_answer: " the answer to “{question}”",
    change_outcome_answer: " the answer",
    valid_org_number: "Valid organisation number: {number}",
    scope_right: "The scope is correct.",
    unknown_flow_text: "The link may have been typed wrongly, or the guide may have been renamed. Choose one of the guides:",
    finding_status: ["In order", "Must be fixed", "For information"],
    change_municipality_number: " the municipality's organisation number",
    change_vendor_number: " the vendor's organisation number",
    mail_no_backend_subject: "Connection test",
    mail_no_backend_body: "Hello,\n\nI would like to test the connection to Summert skattegrunnlag, but there is no \
         test service to test against.\n\n",
    tested: "Tested{when} in {environment} with the access package «{package}».",
    read_more_prefix: "Read more: ",
    site_name: "Tax data sharing self-service",
    sources_line: "{title} (last assessed {date}):",
    retry_in: " in {wait}",
};
