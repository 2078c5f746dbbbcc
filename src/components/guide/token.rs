//! The token check: a pasted Maskinporten access token (or Maskinporten's whole answer, or an
//! `Authorization` line), read in the browser only — the verdicts, and the header and claims as
//! tables. The token lives in this component's memory and nowhere else: not in the URL, not in
//! storage, never sent.

use super::parts::{coded, show_error, ErrorSummary, FieldError, FormActions, GuideHeading};
use crate::browser;
use crate::components::site::use_navigator;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::guide::engine::{token_expectations, SKIPPED};
use skattedeling_core::guide::token::{self, ClaimRow, Finding, Status, TokenError, TokenReport};
use skattedeling_core::guide::{Flow, GuideState, Walk};
use skattedeling_core::ui;

/// Paste a token, see at once what it says against what the connection needs.
#[component]
pub fn TokenScreen(
    flow: &'static Flow,
    state: GuideState,
    walk: Walk<'static>,
    step: &'static str,
    /// The question.
    text: &'static str,
    help_html: Option<&'static str>,
    optional: bool,
) -> impl IntoView {
    let nav = use_navigator();
    let pasted = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The clock is read when the token is read, not when the screen opened: a screen left open
    // for ten minutes must not call a token valid that expired five minutes ago.
    let report = Memo::new(move |_| {
        let text = pasted.get();
        (!text.trim().is_empty()).then(|| {
            token::check(
                &text,
                &token_expectations(&walk, browser::now_seconds(), lang()),
            )
        })
    });
    let on_submit = {
        let state = state.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match report.get_untracked() {
                None => show_error(nav.frame, error, t().token_empty.to_string()),
                Some(Err(e)) => show_error(nav.frame, error, e.message(lang())),
                Some(Ok(r)) => {
                    pasted.set(String::new());
                    nav.show(flow, &state.answered(step, &r.answer_value()));
                }
            }
        }
    };
    let on_skip = optional.then(|| {
        Callback::new(move |()| {
            pasted.set(String::new());
            nav.show(flow, &state.answered(step, SKIPPED));
        })
    });
    view! {
        <form class="guide-form" novalidate on:submit=on_submit data-testid="guide-form">
            <ErrorSummary error=error field=ui::GUIDE_FIELD_ID.to_string()/>
            <GuideHeading>
                <label for=ui::GUIDE_FIELD_ID>{text}</label>
            </GuideHeading>
            {help_html.map(|h| view! { <div class="guide-help" id="svar-hjelp" inner_html=nav.frame.html(h)></div> })}
            <p class="guide-help" id="token-hint">{t().token_paste_hint}</p>
            <p class="guide-privacy" id="token-personvern" data-testid="token-privacy">{t().token_privacy}</p>
            <FieldError error=error/>
            <TokenField pasted=pasted error=error has_help=help_html.is_some()/>
            <div class="token-report" aria-live="polite"><PasteReport report=report error=error/></div>
            <FormActions on_skip=on_skip/>
        </form>
    }
}

/// The field the token is pasted into; typing again clears the error of the last «Fortsett».
#[component]
fn TokenField(
    pasted: RwSignal<String>,
    error: RwSignal<Option<String>>,
    /// Whether the step has a help text (`#svar-hjelp`) to describe the field too.
    has_help: bool,
) -> impl IntoView {
    view! {
        <textarea
            class="guide-input guide-input--token"
            id=ui::GUIDE_FIELD_ID
            name="token"
            rows="6"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=if has_help {
                "svar-hjelp token-hint token-personvern"
            } else {
                "token-hint token-personvern"
            }
            aria-invalid=move || error.get().is_some().then_some("true")
            data-testid="guide-input"
            prop:value=move || pasted.get()
            on:input=move |ev| {
                pasted.set(event_target_value(&ev));
                error.set(None);
            }
        ></textarea>
    }
}

/// What the pasted text says, as it is typed: why it is not a token, or the verdicts and the
/// token's contents.
#[component]
fn PasteReport(
    report: Memo<Option<Result<TokenReport, TokenError>>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let nav = use_navigator();
    move || {
        report.get().map(|r| match r {
            // After «Fortsett», the error says it already.
            Err(_) if error.get().is_some() => ().into_any(),
            Err(e) => {
                // A Maskinporten error's code links to its entry in the catalogue on the FAQ page.
                let entry = e.code().and_then(|c| {
                    let anchor = crate::data::guide().code_anchor(c)?;
                    Some((c.to_string(), nav.faq_href(&anchor)))
                });
                view! {
                    <p class="guide-feedback__problem" data-testid="token-error">{coded(e.message(lang()))}</p>
                    {entry.map(|(code, href)| view! {
                        <p><a href=href data-testid="token-code-link">{t().code_link(&code)}</a></p>
                    })}
                }
                .into_any()
            }
            Ok(r) => view! {
                <TokenFindings findings=r.findings/>
                <TokenContents header=r.header claims=r.claims/>
            }
            .into_any(),
        })
    }
}

/// The verdicts: each claim against what the connection needs.
#[component]
fn TokenFindings(findings: Vec<Finding>) -> impl IntoView {
    let items = findings
        .into_iter()
        .map(|f| {
            let (class, word) = match f.status {
                Status::Ok => ("token-finding token-finding--ok", t().finding_status[0]),
                Status::Problem => (
                    "token-finding token-finding--problem",
                    t().finding_status[1],
                ),
                Status::Info => ("token-finding token-finding--info", t().finding_status[2]),
            };
            view! {
                <li class=class data-testid=format!("token-{}", f.code) data-status=word>
                    <strong>{f.label}</strong>
                    <span class="token-finding__status">{format!(" ({word}): ")}</span>
                    {coded(f.message)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="token-findings__title">{t().token_findings_title}</h2>
        <ul class="token-findings" data-testid="token-findings">{items}</ul>
    }
}

/// The decoded header and claims as tables, and why the signature is not checked here.
#[component]
fn TokenContents(header: Vec<ClaimRow>, claims: Vec<ClaimRow>) -> impl IntoView {
    view! {
        <h2 class="token-findings__title">{t().token_contents_title}</h2>
        <p class="token-signature" data-testid="token-signature">{t().token_signature}</p>
        <ClaimTable caption=t().token_header_caption rows=header testid="token-header"/>
        <ClaimTable caption=t().token_claims_caption rows=claims testid="token-claims"/>
    }
}

/// One part of the token: each field, what it is, its value and what the value is to the person.
#[component]
fn ClaimTable(caption: &'static str, rows: Vec<ClaimRow>, testid: &'static str) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let name = row.name.clone();
            view! {
                <tr data-testid="claim-row" data-claim=name>
                    <th scope="row">
                        <code>{row.name}</code>
                        {row.meaning.map(|m| view! { <span class="token-table__meaning">{m}</span> })}
                    </th>
                    <td>
                        <span class="token-table__value" data-testid="claim-value">{row.value}</span>
                        {row.note.map(|n| view! { <span class="token-table__note" data-testid="claim-note">{n}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="token-table" data-testid=testid>
            <caption>{caption}</caption>
            <thead>
                <tr><th scope="col">{t().token_field}</th><th scope="col">{t().token_value}</th></tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
