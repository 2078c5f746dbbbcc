//! The feedback service in-process against SQLite in a temporary folder: what is counted, what is
//! dropped quietly, what is refused and how, the plain form's pages, the report and its token, the
//! report from the binary, and retention by an injected clock.

use crate::support::*;
use reqwest::header::HeaderMap;
use skattedeling_backend::config::Database;
use skattedeling_backend::feedback::store::{self, Period};
use skattedeling_backend::feedback::week::{fixed_clock, IsoWeek};
use skattedeling_backend::feedback::{Options, RateLimits, Service, TARGETS};
use skattedeling_core::feedback::{COMMENT_PATH, REPORT_PATH, SEARCH_PATH, VOTE_PATH};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::oneshot;

const SITE: &str = "http://127.0.0.1:8080";
const HOST_PAGE: &str = "http://127.0.0.1:8081";
const TOKEN_VARIABLE: &str = "FEEDBACK_REPORT_TOKEN";
const TOKEN: &str = "0123456789abcdef0123456789abcdef-rapport";
const REVISION: &str = "1a2b3c4d";

/// A target the site was built with.
fn target() -> &'static str {
    TARGETS[0].0
}

/// A configuration with `[feedback]` on SQLite at `database` (the environments point nowhere: the
/// connection test is not used here).
pub fn config_text(database: &str, feedback_extra: &str) -> String {
    format!(
        "listen = \"127.0.0.1:0\"\nallowed_origins = [\"{SITE}\"]\n\n\
         [environments.produksjon]\nmaskinporten = \"http://127.0.0.1:9/maskinporten/\"\n\
         client_id = \"ks\"\nkey = \"ks-nokkel.pem\"\nkid = \"ks-produksjon-2026\"\n\
         enhetsregisteret = \"http://127.0.0.1:9/er\"\nsummert_skattegrunnlag = \"http://127.0.0.1:9/ssg\"\n\n\
         [feedback]\ndatabase = \"{database}\"\norigins = [\"{HOST_PAGE}\"]\n{feedback_extra}"
    )
}

fn env(name: &str) -> Option<String> {
    (name == TOKEN_VARIABLE).then(|| TOKEN.to_string())
}

/// A backend with feedback on; dropping it stops the backend.
pub struct Feedback {
    pub url: String,
    pub database: PathBuf,
    pub service: Arc<Service>,
    _dir: tempfile::TempDir,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for Feedback {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Feedback {
    pub fn period(&self, since: &str) -> Period {
        let s = store::open(&Database::Sqlite(self.database.clone())).unwrap();
        s.period(IsoWeek::parse(since).unwrap()).unwrap()
    }

    pub fn this_week(&self) -> String {
        self.service.week().to_string()
    }
}

pub async fn start_with(extra: &str, options: Options, dir: tempfile::TempDir) -> Feedback {
    keys();
    let database = dir.path().join("tilbakemeldinger.sqlite");
    let text = config_text(&database.display().to_string(), extra);
    let config = skattedeling_backend::config::parse(&text, &key_dir().join("backend.toml"), &env)
        .expect("the configuration is valid");
    let service = Service::start(config.feedback.as_ref().unwrap(), options)
        .await
        .expect("the store opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = oneshot::channel::<()>();
    let running = service.clone();
    tokio::spawn(async move {
        let limits = skattedeling_backend::run::Limits::default();
        let _ = skattedeling_backend::serve_with(&config, limits, Some(running), listener, async {
            let _ = stopped.await;
        })
        .await;
    });
    Feedback {
        url,
        database,
        service,
        _dir: dir,
        stop: Some(stop),
    }
}

pub async fn start() -> Feedback {
    let token = format!("report_token_env = \"{TOKEN_VARIABLE}\"\n");
    start_with(&token, Options::default(), tempfile::tempdir().unwrap()).await
}

/// Posts `body` as `content_type` from `origin`; the status, headers and body.
pub async fn post(
    f: &Feedback,
    path: &str,
    origin: Option<&str>,
    content_type: &str,
    body: String,
) -> (u16, HeaderMap, String) {
    let mut req = http()
        .post(format!("{}{path}", f.url))
        .header("Content-Type", content_type)
        .body(body);
    if let Some(origin) = origin {
        req = req.header("Origin", origin);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.text().await.unwrap())
}

pub async fn json(f: &Feedback, path: &str, body: serde_json::Value) -> u16 {
    post(f, path, Some(SITE), "application/json", body.to_string())
        .await
        .0
}

fn vote(svar: &str) -> serde_json::Value {
    serde_json::json!({"mal": target(), "revisjon": REVISION, "sprak": "nb", "svar": svar, "nettside": ""})
}

async fn form(f: &Feedback, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let body = serde_urlencoded::to_string(fields).unwrap();
    let (status, headers, text) = post(
        f,
        path,
        Some(SITE),
        "application/x-www-form-urlencoded",
        body,
    )
    .await;
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    (status, text)
}

#[tokio::test]
async fn a_vote_is_counted_per_week_target_revision_and_language() {
    let f = start().await;
    assert_eq!(json(&f, VOTE_PATH, vote("ja")).await, 204);
    assert_eq!(json(&f, VOTE_PATH, vote("nei")).await, 204);
    let mut nynorsk = vote("ja");
    nynorsk["sprak"] = "nn".into();
    assert_eq!(json(&f, VOTE_PATH, nynorsk).await, 204);
    let p = f.period(&f.this_week());
    assert_eq!(p.votes.len(), 1);
    assert_eq!((p.votes[0].yes, p.votes[0].no), (2, 1));
    assert_eq!(p.votes[0].target, target());
    // From a widget's host page too.
    let (status, headers, _) = post(
        &f,
        VOTE_PATH,
        Some(HOST_PAGE),
        "application/json",
        vote("ja").to_string(),
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(headers["access-control-allow-origin"], HOST_PAGE);
}

#[tokio::test]
async fn junk_is_dropped_quietly() {
    let f = start().await;
    let mut unknown = vote("ja");
    unknown["mal"] = "finnes-ikke".into();
    let mut honeypot = vote("ja");
    honeypot["nettside"] = "http://spam.example".into();
    let mut revision = vote("ja");
    revision["revisjon"] = "ZZZ".into();
    let mut language = vote("ja");
    language["sprak"] = "de".into();
    for junk in [
        unknown,
        honeypot,
        revision,
        language,
        vote("kanskje"),
        serde_json::json!({}),
    ] {
        assert_eq!(json(&f, VOTE_PATH, junk.clone()).await, 204, "{junk}");
    }
    assert_eq!(f.period("2000-W01"), Period::default());
}

#[tokio::test]
async fn the_wrong_origin_type_size_or_json_is_refused() {
    let f = start().await;
    let body = vote("ja").to_string();
    for origin in [Some("https://evil.example"), None] {
        let (status, _, text) = post(&f, VOTE_PATH, origin, "application/json", body.clone()).await;
        assert_eq!(status, 403, "{origin:?}");
        assert!(text.contains("UKJENT-OPPRINNELSE"), "{text}");
    }
    let (status, _, _) = post(&f, VOTE_PATH, Some(SITE), "text/plain", body.clone()).await;
    assert_eq!(status, 415);
    let (status, _, _) = post(
        &f,
        SEARCH_PATH,
        Some(SITE),
        "application/x-www-form-urlencoded",
        "sok=abc".into(),
    )
    .await;
    assert_eq!(status, 415, "searches come only from the script");
    let (status, _, text) = post(
        &f,
        VOTE_PATH,
        Some(SITE),
        "application/json",
        "{\"mal\":".into(),
    )
    .await;
    assert_eq!(status, 400);
    assert!(text.contains("\"kode\""), "{text}");
    let big = serde_json::json!({"mal": target(), "tekst": "x".repeat(2100)}).to_string();
    let (status, _, text) = post(&f, COMMENT_PATH, Some(SITE), "application/json", big).await;
    assert_eq!(status, 413);
    assert!(text.contains("FOR-STOR"), "{text}");
    // The plain form hears the same as a page of its own; a wrong method is a Problem with Allow.
    let (status, headers, page) = post(
        &f,
        VOTE_PATH,
        Some("https://evil.example"),
        "application/x-www-form-urlencoded",
        "svar=ja".into(),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert!(page.contains("<h1>Tilbakemeldingen ble ikke sendt</h1><p>Tilbakemeldinger tas bare imot fra nettstedet.</p>"), "{page}");
    let res = http()
        .get(format!("{}{VOTE_PATH}", f.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 405);
    assert_eq!(res.headers()["allow"], "POST");
    assert!(res.text().await.unwrap().contains("METODE"));
    assert_eq!(f.period("2000-W01"), Period::default());
}

#[tokio::test]
async fn the_preflight_passes_for_the_site_and_widget_hosts_only() {
    let f = start().await;
    for (origin, allowed) in [
        (SITE, true),
        (HOST_PAGE, true),
        ("https://evil.example", false),
    ] {
        let res = http()
            .request(reqwest::Method::OPTIONS, format!("{}{COMMENT_PATH}", f.url))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "{origin}");
        let header = res.headers().get("access-control-allow-origin");
        assert_eq!(header.is_some(), allowed, "{origin}");
    }
}

#[tokio::test]
async fn too_many_comments_from_one_address_are_refused_with_retry_after() {
    let limits = RateLimits {
        comments_per_minute: 3,
        ..RateLimits::default()
    };
    let options = Options {
        rate_limits: limits,
        ..Options::default()
    };
    let f = start_with("", options, tempfile::tempdir().unwrap()).await;
    for i in 0..3 {
        let c = serde_json::json!({"mal": target(), "revisjon": REVISION, "grunn": "feil", "tekst": format!("nr {i}")});
        assert_eq!(json(&f, COMMENT_PATH, c).await, 204);
    }
    let c = serde_json::json!({"mal": target(), "revisjon": REVISION, "grunn": "feil"});
    let (status, headers, text) = post(
        &f,
        COMMENT_PATH,
        Some(SITE),
        "application/json",
        c.to_string(),
    )
    .await;
    assert_eq!(status, 429);
    assert!(text.contains("FOR-MANGE"), "{text}");
    let wait: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(headers["access-control-expose-headers"], "retry-after");
    assert_eq!(
        json(&f, VOTE_PATH, vote("ja")).await,
        204,
        "votes have their own limit"
    );
    assert_eq!(f.period("2000-W01").comments.len(), 3);
}

#[tokio::test]
async fn behind_a_proxy_each_forwarded_address_has_its_own_limit() {
    let options = Options {
        rate_limits: RateLimits {
            votes_per_minute: 2,
            ..RateLimits::default()
        },
        ..Options::default()
    };
    let f = start_with(
        "behind_proxy = true\n",
        options,
        tempfile::tempdir().unwrap(),
    )
    .await;
    let from = |address: &'static str| {
        http()
            .post(format!("{}{VOTE_PATH}", f.url))
            .header("Content-Type", "application/json")
            .header("Origin", SITE)
            // A client's own entry first, the proxy's last: only the last counts.
            .header("X-Forwarded-For", format!("6.6.6.6, {address}"))
            .body(vote("ja").to_string())
    };
    for expected in [204, 204, 429] {
        assert_eq!(
            from("203.0.113.7").send().await.unwrap().status().as_u16(),
            expected
        );
    }
    assert_eq!(
        from("203.0.113.8").send().await.unwrap().status().as_u16(),
        204
    );
}

#[tokio::test]
async fn a_comment_is_redacted_counted_and_counted_once() {
    let f = start().await;
    let c = serde_json::json!({
        "mal": target(), "revisjon": REVISION, "sprak": "nb", "grunn": "mangler",
        "tekst": "Fikk MP-251 for   01019012345", "nettside": ""
    });
    assert_eq!(json(&f, COMMENT_PATH, c.clone()).await, 204);
    assert_eq!(
        json(&f, COMMENT_PATH, c).await,
        204,
        "the same again: dropped"
    );
    let reason_only =
        serde_json::json!({"mal": target(), "revisjon": REVISION, "grunn": "vanskelig"});
    assert_eq!(json(&f, COMMENT_PATH, reason_only.clone()).await, 204);
    assert_eq!(
        json(&f, COMMENT_PATH, reason_only).await,
        204,
        "reasons alone all count"
    );
    let bad_reason =
        serde_json::json!({"mal": target(), "revisjon": REVISION, "grunn": "annet", "tekst": "x"});
    assert_eq!(json(&f, COMMENT_PATH, bad_reason).await, 204);
    let p = f.period("2000-W01");
    assert_eq!(p.comments.len(), 1);
    assert_eq!(p.comments[0].text, "Fikk MP-251 for [fnr]");
    assert!(p.comments[0].suspected);
    assert_eq!(p.comments[0].reason, "mangler");
    let reasons: Vec<(&str, u64)> = p.reasons.iter().map(|r| (r.reason.as_str(), r.n)).collect();
    assert_eq!(reasons, [("vanskelig", 2), ("mangler", 1)]);
}

#[tokio::test]
async fn a_search_without_hits_is_kept_lower_case_and_redacted() {
    let f = start().await;
    for sok in ["Infotorg API", "infotorg api", "ab", "ring 12345678"] {
        let body = serde_json::json!({"sok": sok, "sprak": "nb"});
        assert_eq!(json(&f, SEARCH_PATH, body).await, 204);
    }
    // As the site's beacon sends it: text/plain, read as JSON (only here: a vote so is refused).
    let beacon = serde_json::json!({"sprak": "nb", "sok": "Infotorg API"}).to_string();
    let (status, _, _) = post(
        &f,
        SEARCH_PATH,
        Some(SITE),
        "text/plain;charset=UTF-8",
        beacon,
    )
    .await;
    assert_eq!(status, 204);
    let vote = vote("ja").to_string();
    assert_eq!(
        post(&f, VOTE_PATH, Some(SITE), "text/plain", vote).await.0,
        415
    );
    let p = f.period("2000-W01");
    let queries: Vec<(&str, u64)> = p.queries.iter().map(|q| (q.query.as_str(), q.n)).collect();
    assert_eq!(queries, [("infotorg api", 3), ("ring [tlf]", 1)]);
}

#[tokio::test]
async fn the_plain_form_thanks_and_after_nei_asks_why() {
    let f = start().await;
    let t = target();
    let fields = [
        ("mal", t),
        ("revisjon", REVISION),
        ("sprak", "nb"),
        ("svar", "nei"),
        ("nettside", ""),
        ("tilbake", "/#kostnad"),
    ];
    let (status, page) = form(&f, VOTE_PATH, &fields).await;
    assert_eq!(status, 200);
    assert!(
        page.starts_with("<!doctype html><html lang=\"nb\">"),
        "{page}"
    );
    assert!(page.contains("Takk for tilbakemeldingen."));
    assert!(
        page.contains(r#"<a href="http://127.0.0.1:8080/#kostnad">Tilbake til svaret</a>"#),
        "{page}"
    );
    assert!(page.contains("<fieldset><legend>Hva var galt? (valgfritt)</legend>"));
    for r in skattedeling_core::feedback::Reason::ALL {
        let input = format!(
            r#"<input type="radio" id="grunn-{k}" name="grunn" value="{k}"><label for="grunn-{k}">{}</label>"#,
            r.label(),
            k = r.key()
        );
        assert!(page.contains(&input), "{input}");
    }
    assert!(page.contains(r#"<label for="tekst">"#) && page.contains(r#"maxlength="300""#));
    assert!(page.contains("Vi svarer ikke på kommentarer her."));
    assert!(page.contains(&format!(r#"action="{COMMENT_PATH}""#)));
    assert!(page.contains(r#"name="opprinnelse" value="http://127.0.0.1:8080""#));
    assert_eq!(f.period("2000-W01").votes[0].no, 1);

    let yes = [
        ("mal", t),
        ("revisjon", REVISION),
        ("svar", "ja"),
        ("tilbake", "//evil.example/"),
    ];
    let (_, page) = form(&f, VOTE_PATH, &yes).await;
    assert!(!page.contains("<fieldset>"), "no questions after «Ja»");
    assert!(
        page.contains(&format!(r#"<a href="http://127.0.0.1:8080/#{t}">"#)),
        "no way off the site, but back to the answer: {page}"
    );

    // From the nynorsk page, the service answers in nynorsk, and leads back to the nynorsk page.
    let nynorsk = [
        ("mal", t),
        ("revisjon", REVISION),
        ("sprak", "nn"),
        ("svar", "nei"),
    ];
    let (_, page) = form(&f, VOTE_PATH, &nynorsk).await;
    assert!(
        page.starts_with("<!doctype html><html lang=\"nn\">"),
        "{page}"
    );
    assert!(page.contains("<h1>Takk for tilbakemeldinga.</h1>"));
    assert!(page.contains("<legend>Kva var gale? (valfritt)</legend>"));
    assert!(
        page.contains(&format!(
            r#"<a href="http://127.0.0.1:8080/nn/#{t}">Tilbake til svaret</a>"#
        )),
        "{page}"
    );
    let comment = [
        ("mal", t),
        ("revisjon", REVISION),
        ("sprak", "nn"),
        ("tekst", "Ring meg på 912 34 567"),
    ];
    let (status, page) = form(&f, COMMENT_PATH, &comment).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Kommentaren ser ut til å ha eit telefonnummer."),
        "{page}"
    );
}

#[tokio::test]
async fn without_tilbake_the_page_leads_back_to_what_was_voted_on() {
    // The site's own forms send no `tilbake`: an answer is found at its anchor, an outcome on its
    // flow's page.
    let f = start().await;
    let outcome = TARGETS
        .iter()
        .map(|t| t.0)
        .find(|id| id.contains('/'))
        .expect("the content has outcomes");
    for (id, back) in [
        (target(), format!("http://127.0.0.1:8080/#{}", target())),
        (
            outcome,
            format!(
                "http://127.0.0.1:8080/veiviser/{}/",
                outcome.split('/').next().unwrap()
            ),
        ),
    ] {
        let fields = [("mal", id), ("revisjon", REVISION), ("svar", "ja")];
        let (_, page) = form(&f, VOTE_PATH, &fields).await;
        assert!(page.contains(&format!(r#"<a href="{back}">"#)), "{page}");
    }
}

#[tokio::test]
async fn the_form_refuses_personal_data_and_keeps_the_text() {
    let f = start().await;
    let t = target();
    let text = "Ring meg på 12345678 <b>";
    let fields = [
        ("mal", t),
        ("revisjon", REVISION),
        ("grunn", "feil"),
        ("tekst", text),
        ("tilbake", "/veiviser/andre-kommuner/"),
        ("opprinnelse", SITE),
    ];
    let (status, page) = form(&f, COMMENT_PATH, &fields).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Kommentaren ser ut til å ha et telefonnummer."),
        "{page}"
    );
    assert!(
        page.contains(">Ring meg på 12345678 &lt;b&gt;</textarea>"),
        "{page}"
    );
    assert!(page.contains(r#"value="feil" checked"#));
    assert!(page.contains(r#"aria-describedby="tekst-hjelp tekst-feil" aria-invalid="true""#));
    assert_eq!(f.period("2000-W01"), Period::default(), "nothing stored");
    let fine = [
        ("mal", t),
        ("revisjon", REVISION),
        ("grunn", "feil"),
        ("tekst", "Gammel frist"),
        ("tilbake", "/veiviser/andre-kommuner/"),
    ];
    let (_, page) = form(&f, COMMENT_PATH, &fine).await;
    assert!(page.contains("Takk for tilbakemeldingen.") && !page.contains("<form"));
    assert!(
        page.contains(r#"href="http://127.0.0.1:8080/veiviser/andre-kommuner/""#),
        "{page}"
    );
    assert_eq!(f.period("2000-W01").comments[0].text, "Gammel frist");
    // The thank-you page's own form posts from the service's own origin, and links back to the site.
    let own = [
        ("mal", t),
        ("revisjon", REVISION),
        ("grunn", "mangler"),
        ("tilbake", "/#kostnad"),
        ("opprinnelse", SITE),
    ];
    let body = serde_urlencoded::to_string(own).unwrap();
    let (status, _, page) = post(
        &f,
        COMMENT_PATH,
        Some(&f.url),
        "application/x-www-form-urlencoded",
        body,
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        page.contains(r#"href="http://127.0.0.1:8080/#kostnad""#),
        "{page}"
    );
    assert_eq!(f.period("2000-W01").reasons.len(), 2);
}

/// GET a report route with `token`; status and body.
async fn report(f: &Feedback, path: &str, token: Option<&str>) -> (u16, String) {
    let mut req = http().get(format!("{}{path}", f.url));
    if let Some(t) = token {
        req = req.header("Authorization", format!("Bearer {t}"));
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// Votes, a reason, searches and comments, as a week on the site might bring.
async fn some_feedback(f: &Feedback) {
    let second = TARGETS[1].0;
    for svar in ["ja", "nei", "nei"] {
        json(f, VOTE_PATH, vote(svar)).await;
    }
    let other = serde_json::json!({"mal": second, "revisjon": REVISION, "svar": "ja"});
    json(f, VOTE_PATH, other).await;
    for sok in [
        "infotorg api",
        "infotorg api",
        "infotorg api",
        "ola nordmann",
    ] {
        json(f, SEARCH_PATH, serde_json::json!({"sok": sok})).await;
    }
    for tekst in ["Mangler <pris>", "Min e-post er ola@kommune.no"] {
        let c = serde_json::json!({"mal": target(), "revisjon": REVISION, "grunn": "mangler", "tekst": tekst});
        json(f, COMMENT_PATH, c).await;
    }
}

#[tokio::test]
async fn the_report_lists_the_weakest_answers_first_behind_the_token() {
    let f = start().await;
    some_feedback(&f).await;
    let path = format!("{REPORT_PATH}?fra={}", f.this_week());
    assert_eq!(report(&f, &path, None).await.0, 401);
    assert_eq!(
        report(&f, &path, Some("feil-token-som-er-langt-nok-til-32-tegn"))
            .await
            .0,
        401
    );
    let (status, html) = report(&f, &path, Some(TOKEN)).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="nb">"#));
    assert!(html.contains(r#"<th scope="col">Andel ja</th>"#));
    let first = html.find(&format!("<td>{}</td>", target())).unwrap();
    let second = html.find(&format!("<td>{}</td>", TARGETS[1].0)).unwrap();
    assert!(first < second, "lowest share of «Ja» first");
    assert!(html.contains(r#"<td class="tall">33 %</td>"#), "{html}");
    assert!(html.contains("<th scope=\"row\">infotorg api</th>"));
    assert!(!html.contains("ola nordmann") && html.contains("Sjeldne søk: 1"));
    assert!(html.contains("Mangler &lt;pris&gt;"));
    assert!(
        !html.contains("[e-post]")
            && html.contains("1 kommentarer skjult fordi de kan ha personopplysninger")
    );
    assert!(html.contains("Svaret mangler informasjon"));

    let (status, csv) = report(
        &f,
        &format!("{REPORT_PATH}.csv?fra={}", f.this_week()),
        Some(TOKEN),
    )
    .await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], skattedeling_backend::feedback::report::CSV_HEADER);
    let votes = format!("stemmer,{},", target());
    let row = lines.iter().find(|l| l.starts_with(&votes)).unwrap();
    assert!(
        row.ends_with(&format!("{REVISION},,,1,2,3,0.333,,")),
        "{row}"
    );
    assert!(lines.contains(&"sok,,,,nb,,,,3,,,infotorg api"), "{csv}");
    assert!(lines.contains(&"sjeldne-sok,,,,,,,,1,,,"));
    assert!(lines.contains(&"skjulte-kommentarer,,,,,,,,1,,,"));
    assert_eq!(
        report(&f, &format!("{REPORT_PATH}?fra=uke-40"), Some(TOKEN))
            .await
            .0,
        400
    );
}

#[tokio::test]
async fn without_a_token_the_report_is_not_served() {
    let f = start_with("", Options::default(), tempfile::tempdir().unwrap()).await;
    let (status, body) = report(&f, REPORT_PATH, Some(TOKEN)).await;
    assert_eq!(status, 404);
    assert!(body.contains("UKJENT-ADRESSE"));
}

#[tokio::test]
async fn the_binary_writes_the_report_files() {
    let f = start().await;
    some_feedback(&f).await;
    let config = f._dir.path().join("backend.toml");
    std::fs::write(
        &config,
        config_text(
            &f.database.display().to_string(),
            "report_token_env = \"UNSET_VARIABLE\"\n",
        ),
    )
    .unwrap();
    let out = f._dir.path().join("rapporter");
    let week = f.this_week();
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_skattedeling-backend"))
            .args(["report", "--config"])
            .arg(&config)
            .args(["--since", &week, "--out"])
            .arg(&out)
            .args(extra)
            .output()
            .unwrap()
    };
    let done = run(&[]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let stdout = String::from_utf8_lossy(&done.stdout);
    let html_path = out.join(format!("rapport-{week}.html"));
    let csv_path = out.join(format!("rapport-{week}.csv"));
    assert_eq!(
        stdout,
        format!("{}\n{}\n", html_path.display(), csv_path.display())
    );
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.contains("Mangler &lt;pris&gt;") && !html.contains("[e-post]"));
    assert!(std::fs::read_to_string(&csv_path)
        .unwrap()
        .contains("infotorg api"));
    let with = run(&["--with-suspected"]);
    assert!(with.status.success());
    assert!(std::fs::read_to_string(&html_path)
        .unwrap()
        .contains("Min e-post er [e-post]"));
}

#[tokio::test]
async fn old_feedback_is_deleted_by_the_clock() {
    use time::{Date, Month};
    let dir = tempfile::tempdir().unwrap();
    let long_ago = Date::from_calendar_date(2024, Month::March, 4).unwrap();
    let old = Options {
        clock: fixed_clock(long_ago),
        ..Options::default()
    };
    let path = dir.path().to_path_buf();
    let f = start_with("", old, dir).await;
    json(&f, VOTE_PATH, vote("ja")).await;
    let c = serde_json::json!({"mal": target(), "revisjon": REVISION, "tekst": "Gammel"});
    json(&f, COMMENT_PATH, c).await;
    assert_eq!(f.period("2024-W10").votes.len(), 1);
    assert_eq!(f.period("2024-W10").comments.len(), 1);
    // Four months on: the comment is gone, the count is kept.
    let later = Date::from_calendar_date(2024, Month::July, 8).unwrap();
    let config = skattedeling_backend::config::FeedbackConfig {
        database: Database::Sqlite(path.join("tilbakemeldinger.sqlite")),
        report_token: None,
        behind_proxy: false,
        origins: vec![SITE.into()],
    };
    let again = Options {
        clock: fixed_clock(later),
        ..Options::default()
    };
    let service = Service::start(&config, again).await.unwrap();
    let p = f.period("2024-W10");
    assert_eq!((p.votes.len(), p.comments.len()), (1, 0));
    // Two years on, the count too.
    let much_later = Date::from_calendar_date(2026, Month::March, 9).unwrap();
    drop(service);
    let last = Options {
        clock: fixed_clock(much_later),
        ..Options::default()
    };
    Service::start(&config, last).await.unwrap();
    assert_eq!(f.period("2000-W01"), Period::default());
}
