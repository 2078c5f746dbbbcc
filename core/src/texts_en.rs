//! The FAQ page's texts in English: plain British English in the GOV.UK style, with “curly” quotes.

use crate::lang::Lang;
use crate::texts::{App, Feedback, Mail, Page};

pub static EN_APP: App = App {
    site_name: "Tax data sharing self-service",
    faq_title: "Frequently asked questions about tax data sharing",
    questions: ["No questions", "1 question", "{n} questions"],
    hits: ["No results", "1 result", "{n} results"],
    for_query: "for “{query}”",
    for_audience: " relevant to {audience}",
    audiences: ["municipalities", "vendors", "project managers"],
    audience_labels: ["Municipality", "Vendor", "Project manager"],
    audiences_line: "For {audiences}",
    and: "and",
    best_shown: ", showing the best {n}",
    show_all: "Show all {n} results",
    results_title: "Search results",
    result_kinds: ["Answer", "Error code", "Guide"],
    result_best: "best match",
    no_results_title: "No results for “{query}”",
    no_results_text: "Try a different word or fewer words. You can also go on from here:",
    no_results_closest: "One of these questions might help:",
    no_results_mail: "Send your question to {mail}",
    guide_link: "Go through the connection process step by step",
    link_copied: "The link has been copied.",
    link_not_copied:
        "Your browser did not let us copy the link. Right-click “Link to this answer” \
        and choose to copy the link.",
    guide_loading: "Loading the guide…",
    guide_not_loaded_title: "The guide could not be loaded",
    guide_not_loaded_text:
        "This may be because of your internet connection. Reload the page to try \
        again, or read the guide as text: it has the same questions and checkpoints.",
    guide_reload: "Reload the page",
    guide_as_text: "Read the guide as text",
    to_faq: "Go to questions and answers",
    feedback_failed: "Your feedback was not sent. Try again in a moment.",
    when: ["Past", "Now", "Upcoming"],
    mail: Mail {
        subject: "Question about tax data sharing",
        subject_query: "Question about tax data sharing: {query}",
        greeting:
            "Hello,\n\nI could not find the answer in the frequently asked questions about tax \
                   data sharing.\n\n",
        searched: "I searched for: “{query}”\n",
        who: "Group: {audience}\n",
        rest: "\nMy question:\n\n\nMunicipality or organisation:\nOrganisation number:\n\n\
               (Do not send national identity numbers or other personal data by email.)\n",
    },
};

pub static EN: Page = Page {
    lang: Lang::En,
    app: &EN_APP,
    meta_description: "Answers for municipalities, software vendors and project managers about access \
        to tax and income information from Skatteetaten: delegation in Altinn, Maskinporten, costs \
        and the end of Infotorg.",
    skip_link: "Skip to main content",
    header_name: ["Tax data sharing", "self-service"],
    owner: "KS – segment lead for the municipal sector",
    languages: "Language",
    footer_mail: [
        "Questions about tax data sharing? Write to",
        "Do not send national identity numbers or other personal data by email.",
    ],
    footer_role: "KS is the segment lead for the municipal sector in the cooperation with \
        Skatteetaten.",
    accessibility_statement: "Accessibility statement",
    faq_lead: "Answers for municipalities, software vendors and project managers who get tax and \
        income information (“Summert skattegrunnlag”) from Skatteetaten – directly, through a vendor \
        on behalf of the municipality, or through the Fiks platform.",
    search_label: "Search questions and answers",
    search_hint: "Type what you want to know, for example “delegate in Altinn”, “maskinporten” or \
        “organisation number”.",
    audience_legend: "Show questions for",
    audience_all: "All",
    open_all: "Show all answers",
    close_all: "Hide all answers",
    no_script_notice: "Search and filtering need JavaScript. All questions and answers are below: \
        choose a question to read the answer. Each guide is also on its own page as text: choose \
        it in the list above.",
    permalink: "Link to this answer",
    copy_link: "Copy link",
    updated: "Last updated",
    sources_title: "Sources",
    sources_assessed: "The sources were last reviewed on",
    timeline_title: "Timeline: from Infotorg to sharing directly from Skatteetaten",
    contact_title: "Could not find the answer?",
    contact_text: "KS answers questions about tax data sharing. Tell us what you want to know, but \
        do not send national identity numbers or other personal data.",
    contact_button: "Email skattedeling@ks.no",
    guide_list_title: "Guides",
    guide_list_text: "Answer a few questions, one at a time, and find out what applies to you – or \
        what needs to be fixed.",
    codes_section_title: "Error codes and error messages",
    code_means: "What does it mean?",
    code_cause: "Common cause:",
    code_action: "What to do:",
    code_who: "Who does it:",
    code_read_more: "Read more:",
    code_check: "The check in the guide:",
    code_go_to_check: "Go to the check in the guide",
    code_test_connection: "Test the connection",
    code_check_in: "in",
    code_keyword: "error code",
    feedback_question: "Did you find what you were looking for?",
    feedback_yes: "Yes",
    feedback_no: "No",
    feedback_yes_about: "– I found what I was looking for in",
    feedback_no_about: "– I did not find what I was looking for in",
    feedback_trap: "Leave this field empty",
    stale: "This translation is older than the Norwegian (bokmål) text.",
    read_in_bokmal: "Read the answer in Norwegian (bokmål)",
    missing: "This answer is not yet available in English.",
    only_bokmal: "This part is only available in Norwegian (bokmål) for now.",
    guide_page_intro: "This is the whole guide as text: the questions, the checks and the \
        answers they can lead to.",
    guide_page_interactive: "Would you rather answer one question at a time?",
    guide_page_interactive_link: "Go through the guide step by step",
    guide_check: "Check",
    guide_outcome: "Answer",
    if_not: "If not",
    who_title: "Who can do it",
    leads_to_outcome: "gives the answer “{title}”",
    leads_to_step: "go on to “{title}”",
    connection_test_needs_script: "The connection test on the website needs JavaScript. Without \
        it, you can test with your own client, as described above.",
    guide_stale: "Parts of this translation are older than the Norwegian (bokmål) text.",
    read_guide_in_bokmal: "Read the guide in Norwegian (bokmål)",
    guide_missing: "This guide is not yet available in English.",
};

pub static EN_FEEDBACK: Feedback = Feedback {
    lang: Lang::En,
    thanks: "Thank you for your answer.",
    thanks_no: "Thank you for your answer. Would you like to tell us what was missing?",
    reasons: "What was wrong? (optional)",
    reason_labels: [
        "The answer lacks information",
        "The answer is wrong or out of date",
        "The answer is hard to understand",
        "The answer does not apply to my situation",
    ],
    comment: "Comment (optional, at most {max} characters)",
    comment_hint:
        "We do not reply to comments here. Do not write national identity numbers, email \
        addresses or telephone numbers. If you need help, write to",
    send: "Send",
    sent: "Thank you for your feedback. It helps us make the answers better.",
    failed: "Your feedback did not get through. Please try again in a little while.",
    refusals: [
        "The comment seems to contain a national identity number, a D number or an account number \
         (11 digits). Remove it before you send.",
        "The comment seems to contain an email address. Remove it before you send.",
        "The comment seems to contain a telephone number. Remove it before you send.",
    ],
    page_title: "Thank you for your feedback.",
    page_more:
        "Would you like to tell us a little more about what was missing? It helps us make the \
        answer better.",
    page_back: "Back to the answer",
    page_trap: "Website (leave this field empty)",
    refused_title: "Your feedback was not sent",
    refused_back: "Use your browser’s Back button to return to the answer.",
};
