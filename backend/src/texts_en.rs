//! What the backend says, in English (see `texts.rs`): British spelling, the site's terms (access
//! token, delegation, municipality, vendor, organisation number, test environment), and the
//! Norwegian names of services, registers and access packages as they are.

use crate::texts::*;
use skattedeling_core::Lang;

pub static EN: Texts = Texts {
    lang: Lang::En,
    run: Run {
        after_failure: "Not run because an earlier step failed.",
        no_token: "Not run because the step before gave no access token.",
        time_spent: "Not run: the test used up its time ({seconds} seconds) on the steps before.",
        rights_package: "the access package",
    },
    upstream: Upstream {
        timed_out: "did not answer within {seconds} seconds",
        unreachable: "could not be reached (no connection)",
        too_large: "answered with more data than an answer can hold",
        broken: "broke the connection while the answer was coming",
    },
    register: Register {
        status: "answered with HTTP {status}",
        unreadable: "answered with something that is not a registered unit",
        out_of_time: "did not answer before the test's time was used up",
    },
    hovedenhet: Hovedenhet {
        title: "The municipality in Enhetsregisteret",
        title_with_vendor: "The municipality and the vendor in Enhetsregisteret",
        unavailable: "Not run: Enhetsregisteret {phrase}, so the organisation numbers were not \
            checked. The other steps were run all the same. Try again in a little while.",
        not_inherited: "Delegations and access are given to the main entity and are not \
            inherited between a main entity and its sub-units.",
        municipality: "{unit} is registered as a municipality in Enhetsregisteret.",
        municipality_and_vendor: "{unit} is registered as a municipality, and the vendor \
            {vendor} is a main entity in Enhetsregisteret.",
        the_municipality: "the municipality",
        the_vendor: "the vendor",
        municipality_number: "the municipality's number",
        vendor_number: "the vendor's number",
        gone_advice: "Use the organisation number {who} has now: look it up on brreg.no. If a \
            municipality has merged with another, the new municipality has a new number.",
        removed: "{number} has been removed from Enhetsregisteret.",
        deleted: "{unit} has been deleted from Enhetsregisteret ({date}).",
        not_found: "{number} is not in Enhetsregisteret.",
        check_number: "Check that {whose} is written correctly.",
        synthetic_numbers: "The test environment looks numbers up in Enhetsregisteret's test \
            data, where synthetic test organisations have numbers that begin with 2 or 3.",
        use_main: "Use the municipality's main organisation number: in the delegation in \
            Altinn, as consumer_org towards Maskinporten, and here.",
        use_main_numbered: "Use the municipality's main organisation number, {number}: in the \
            delegation in Altinn, as consumer_org towards Maskinporten, and here.",
        sub_unit: "The municipality's number {number} is a sub-unit, not a main entity. In \
            Enhetsregisteret its main entity is {parent}{through}. {not_inherited}",
        through: ", which is an organisational unit (organisasjonsledd) under {unit}",
        organisasjonsledd: "{unit} is an organisational unit (organisasjonsledd) under {main} \
            in Enhetsregisteret. Access from Skatteetaten and the delegation in Altinn are \
            given to the municipality's own organisation number.",
        not_municipality: "{unit} is registered as {what} in Enhetsregisteret, not as a \
            municipality. The municipalities' access packages are given to the municipality's \
            own organisation number.",
        not_municipality_advice: "Use the municipality's organisation number (organisational \
            form KOMM). If the test is for another organisation, contact KS.",
        vendor_sub_unit: "The vendor's number {number} is a sub-unit, not a main entity. In \
            Enhetsregisteret its main entity is {parent}. {not_inherited}",
        vendor_use_main: "Use the vendor's main organisation number, {parent}: the municipality \
            delegates to it in Altinn.",
    },
    token: Token {
        title: "Access token from Maskinporten",
        ok: "Maskinporten in {miljo} issued an access token with the scope {scope}{lasting}.",
        lasting: ", valid for {seconds} seconds",
        certificate_expired: "The enterprise certificate the test service uses expired on {date}.",
        certificate_environment: "The enterprise certificate the test service uses is issued \
            for {from} ({issuer}), but the test is for {miljo}.",
        owner: "The test service fetches the access token with the client of {owner}, not with \
            the municipality's own. A direct connection is tested with the municipality's own \
            client; if a vendor fetches the data, choose that in the guide.",
        clock_behind: "The clock on the server the test service runs on is {seconds} seconds \
            behind Maskinporten's.",
        clock_ahead: "The clock on the server the test service runs on is {seconds} seconds \
            ahead of Maskinporten's.",
        future: "Maskinporten rejected the request because it was made «in the future»: the \
            clock on the server the test service runs on is ahead of Maskinporten's.",
        future_advice: "Ask {drifter} to synchronise the server's clock (NTP), and try again.",
        consumer_org: "Maskinporten rejected consumer_org: the municipality cannot fetch an \
            access token on behalf of itself through its own client.",
        consumer_org_advice: "If the municipality and the vendor are the same organisation, \
            choose a direct connection for the municipality.",
        unknown_kid: "Maskinporten does not recognise the key (kid) the test service signs with.",
        unknown_kid_advice: "Ask {drifter} to check that kid in the configuration is the one \
            the key is registered with on the client in Samarbeidsportalen (Digdir's \
            collaboration portal) for {miljo}.",
        registered_keys: "The client in Maskinporten is set up with registered keys, but the \
            test service signs with an enterprise certificate.",
        registered_keys_advice: "Ask {drifter} to use key and kid in the configuration \
            instead of certificate.",
        metadata_upstream: "Maskinporten {phrase} ({address}).",
        metadata_status: "Maskinporten answered HTTP {status} at {address}.",
        metadata_unreadable: "The answer from {address} is not Maskinporten's configuration \
            (metadata).",
        metadata_wrong_issuer: "Maskinporten at {address} names a different issuer ({found}) \
            from the one in the configuration ({issuer}).",
        metadata_retry: "Try again in a little while. If it happens again, ask {drifter} to \
            check that the server can reach Maskinporten (firewall and proxy).",
        metadata_set_issuer: "Ask {drifter} to set maskinporten in the configuration to \
            «{found}».",
        check_address: "Ask {drifter} to check the address maskinporten in the configuration.",
        upstream: "Maskinporten {phrase}.",
        upstream_advice: "Try again in a little while. If it happens again, ask {drifter} to \
            check that the server can reach Maskinporten, and see Digdir's service messages.",
        unavailable: "Maskinporten is temporarily unavailable (HTTP 503).",
        retry_in_minutes: "Try again in a few minutes.",
        unreadable: "Maskinporten answered HTTP {status} without an error message the test \
            service recognises.",
        signing: "The test service could not sign the request to Maskinporten.",
        signing_advice: "Ask {drifter} to check the key or the certificate in the configuration.",
        unknown_code: "Maskinporten answered {error} (HTTP {status}): «{description}».",
        unknown_code_advice: "Send the summary to KS with the error code and the correlation \
            ID, or ask {drifter} to look the error up in Maskinporten's documentation.",
    },
    delegering: Delegering {
        title: "The delegation in the access token",
        bad_signature: "The access token's signature does not match the keys Maskinporten \
            publishes ({issuer}jwk). The token cannot be trusted.",
        bad_signature_advice: "Ask {drifter} to check that maskinporten in the configuration is \
            Maskinporten in the right environment, and that no proxy changes the answers. If it \
            goes on, contact Digdir with the time it happened.",
        expired: "The access token from Maskinporten had already expired when the test service \
            got it.",
        expired_advice: "Ask {drifter} to check that the server's clock is synchronised (NTP).",
        wrong_issuer: "The access token is not issued by Maskinporten as the configuration says \
            ({issuer}).",
        check_maskinporten: "Ask {drifter} to check maskinporten in the configuration.",
        malformed: "Maskinporten answered with an access token the test service cannot read.",
        jwks: "Maskinporten's keys ({issuer}jwk) could not be fetched: Maskinporten {detail}.",
        jwks_status: "answered with HTTP {status}",
        jwks_not_a_jwks: "answered with something that is not a key set (JWKS)",
        jwks_unreadable_key: "has a key that cannot be read",
        retry: "Try again in a little while.",
        metadata: "Maskinporten's configuration could not be fetched to check the access token \
            ({detail}).",
        metadata_unreadable: "an unreadable answer",
        metadata_issuer: "issuer {found}",
        consumer_advice: "The municipality's main organisation number must be sent as \
            consumer_org, and the municipality must have delegated in Altinn.",
        supplier_advice: "The test service fetches the access token with its own client. To \
            test {vendor}, the test must be run from a test service with that vendor's client.",
        the_vendor: "the vendor {number}",
        another_vendor: "another vendor",
        delegation_advice: "The municipality must delegate in Altinn in the same environment as \
            the test: TT02 for test, altinn.no for production.",
        scope_advice: "Ask {drifter} to check scope and maskinporten in the configuration.",
        retry_advice: "Try again: each test fetches a new access token.",
        unreadable_token: "The access token from Maskinporten cannot be read: {error}",
    },
    skattegrunnlag: Skattegrunnlag {
        title: "Call to Summert skattegrunnlag",
        switched_off: "Not run: in {miljo} the test service does not look people up in Summert \
            skattegrunnlag, because Skatteetaten logs every lookup against the municipality's \
            legal basis. The access token and the delegation are checked; the case management \
            system makes the call itself.",
        no_slot: "Not run: the municipality already had {calls} calls in progress to Summert \
            skattegrunnlag through the test service (Skatteetaten's limit), and no slot became \
            free in time. Try again in a little while.",
        upstream: "Summert skattegrunnlag {phrase}.",
        upstream_advice: "Try again in a little while. If it goes on, Skatteetaten may have \
            operational problems.",
        data: "Skatteetaten answered with the tax base for a synthetic test person for the \
            income year {year}: the municipality has access to «{pakke}».",
        not_data: "The address answered 200, but not with a tax base from Summert \
            skattegrunnlag.",
        check_address: "Ask {drifter} to check summert_skattegrunnlag in the configuration.",
        access_works: "Skatteetaten accepted the access token and the municipality's access to \
            «{pakke}» ({code}). {explanation}",
        unknown_code: "Skatteetaten answered HTTP {status}{code}: «{message}».",
        unknown_code_code: " ({code})",
        unknown_code_advice: "Send the summary to KS with the error code and the correlation ID.",
        not_found: "The address of Summert skattegrunnlag does not exist (HTTP 404, without \
            Skatteetaten's error message).",
        not_found_advice: "Ask {drifter} to check summert_skattegrunnlag in the configuration: \
            the API's address with /v2 at the end.",
        refused: "Skatteetaten did not let the call in (HTTP {status}, without Skatteetaten's \
            error message).",
        refused_advice: "Ask {drifter} to check that the server can reach \
            *.api.skatteetaten-test.no or *.api.skatteetaten.no (firewall and proxy).",
        unavailable: "Summert skattegrunnlag is unavailable (HTTP {status}).",
        retry_in_minutes: "Try again in a few minutes.",
        unrecognised: "Summert skattegrunnlag answered HTTP {status} without an error message \
            the test service recognises.",
    },
    server: Server {
        not_json: "The request must be JSON (Content-Type: application/json).",
        too_large: "The request is larger than {kb} KB.",
        unreadable: "The request could not be read.",
        not_the_contract: "The request does not follow the contract: it must have miljo, \
            kommune and rettighetspakke (and may have leverandor).",
        not_set_up: "miljo: {miljo} is not set up in this test service (it can test {here}).",
        and: "and",
        busy: "The test service is running as many tests as it can right now. Try again in a \
            little while.",
        no_such_path: "{path} does not exist.",
        method: "{path} does not support {method}.",
    },
};
