//! The token check's texts in English: plain British English, with the site's terms (access token,
//! delegation, municipality, vendor, organisation number, enterprise certificate, test environment).
//! The names of the token's fields stay as Maskinporten writes them, in «…» as on the English pages.

use super::token_texts::{
    ErrorTexts, FindingTexts, Labels, Meanings, RowTexts, Summaries, TimeTexts, TokenTexts,
};
use crate::lang::Lang;

pub static EN: TokenTexts = TokenTexts {
    lang: Lang::En,
    test_environment: "the test environment",
    production_environment: "the production environment",
    header_part: "first part (the header)",
    claims_part: "middle part (the contents)",
    errors: ErrorTexts {
        empty: "Paste the access token (it usually starts with «eyJ»).",
        not_a_jwt: "This does not look like an access token: a JWT has three parts separated by \
            dots, and this has {parts}. Paste the whole value of «access_token» from Maskinporten's \
            response.",
        not_base64: "The {part} of the token cannot be read (it is not base64url-encoded). Was \
            something lost or added when you copied it? Paste the whole value of «access_token».",
        not_json: "The {part} of the token is not valid JSON. Paste the whole value of \
            «access_token» from Maskinporten.",
        grant: "This is a JWT grant – the request the client sends to Maskinporten – not the access \
            token Maskinporten answers with. Paste the value of «access_token» from the response \
            instead.",
        no_claims: "The token has none of the fields an access token from Maskinporten has (scope, \
            consumer, iss).",
        too_long: "The text is too long to be an access token ({chars} characters; a token from \
            Maskinporten has a couple of thousand). Paste only the value of «access_token».",
        broken_answer: "The text starts like Maskinporten's response, but is not valid JSON. Copy \
            the whole response, from { to }, or only the value of «access_token».",
        no_access_token: "The text is JSON, but it has no «access_token» field. Paste Maskinporten's \
            whole response, or only the value of «access_token».",
        maskinporten_error: "This is an error message from Maskinporten, not a token: «{error}»",
        maskinporten_code: ". The error code is {code}.",
        maskinporten_no_code: ". The guide above and the connection test at the end explain the \
            common error codes.",
    },
    labels: Labels {
        scope: "Scope",
        consumer: "Consumer (the municipality)",
        supplier: "Supplier (the vendor)",
        delegation: "Delegation in Altinn",
        environment: "Environment",
        expiry: "Expiry",
    },
    findings: FindingTexts {
        scope_missing: "The token has no scope. The client must ask for `{scope}`.",
        scope_ok: "The token gives access to `{scope}`.",
        scope_near_miss: "The token has the scope `{closest}`, but it should be `{scope}`. Correct \
            the scope in the client's request.",
        scope_wrong: "The token does not have the scope `{scope}` (it has `{found}`). The client \
            must ask for `{scope}`, and the scope must have been added to the client in Maskinporten.",
        consumer_missing: "The token does not say who it was issued to (the field «consumer» is \
            missing).",
        consumer_ok: "The token was issued to the municipality ({municipality}).",
        consumer_wrong: "The token was issued to {consumer}, but the municipality's organisation \
            number is {municipality}. The client must send the municipality's main organisation \
            number as «consumer_org».",
        consumer_other: "The token was issued to {consumer}.",
        supplier_not_asked: "The token was fetched by {supplier} on behalf of the municipality, but \
            you answered that the municipality connects directly.",
        supplier_missing: "The token was not fetched on behalf of the municipality (the field \
            «supplier» is missing). The vendor must send the municipality's organisation number as \
            «consumer_org» in the request.",
        supplier_ok: "The token was fetched by the vendor ({vendor}).",
        supplier_wrong: "The token was fetched by {supplier}, but the vendor's organisation number \
            is {vendor}. The client must use the vendor's own enterprise certificate, and the \
            municipality must have delegated to the vendor's main organisation number.",
        supplier_other: "The token was fetched by {supplier} on behalf of the municipality.",
        delegation_missing: "The token shows no delegation from Altinn (the field \
            «delegation_source» is missing).",
        delegation_wrong_environment: "The delegation comes from {source}, not from Altinn in \
            {environment}. Delegations made in production do not exist in the test environment \
            TT02, and the other way round: delegate in the right environment.",
        delegation_ok: "The token is based on a delegation in Altinn ({source}).",
        issuer_not_configured: "The token was issued by «{issuer}», not by Maskinporten as the \
            configuration says («{own}»).",
        issuer_not_maskinporten: "The token was not issued by Maskinporten (issuer: «{issuer}»).",
        environment_wrong: "The token is from {found}, but you are connecting to {wanted}. Use the \
            client and the certificate for {wanted}.",
        environment_ok: "The token is from Maskinporten in {found}.",
        expiry_missing: "The token has no expiry time («exp»).",
        expiry_not_a_time: "The token's expiry time («exp») is not a time: it should be a number \
            of seconds since 1970.",
        expired: "The token expired {ago}. Fetch a new token – they usually last a few minutes.",
        valid_for: "The token is still valid for {duration}.",
    },
    time: TimeTexts {
        seconds: ["second", "seconds"],
        minutes: ["minute", "minutes"],
        hours: ["hour", "hours"],
        days: ["day", "days"],
        now: "now",
        ahead: "in {duration}",
        ago: "{duration} ago",
    },
    rows: RowTexts {
        municipality_given: "The municipality you gave",
        vendor_given: "The vendor you gave",
        not_given: "None of the organisation numbers you gave",
        not_a_time: "Not a time",
        meanings: Meanings {
            alg: "How the token is signed",
            kid: "The key Maskinporten signed it with",
            typ: "Type",
            scope: "What the token gives access to",
            consumer: "Who the token was issued to",
            supplier: "Who fetched the token on behalf of the municipality",
            delegation_source: "Where the delegation was made",
            iss: "Who issued the token",
            client_id: "The client in Maskinporten",
            client_amr: "How the client logged in",
            token_type: "Token type",
            iat: "Issued",
            nbf: "Valid from",
            exp: "Expires",
            jti: "The token's ID",
        },
    },
    summaries: Summaries {
        scope: "the scope is missing or wrong",
        consumer: "consumer is not the municipality",
        supplier: "supplier is not the vendor",
        delegation: "the delegation from Altinn is missing or from the wrong environment",
        environment: "the token is from the wrong environment",
        expired: "the token has expired",
    },
};
