//! «Fant du det du lette etter?» under an outcome, when `config.json` names a feedback service: the
//! same form sitegen writes under each FAQ answer (`sitegen/src/feedback.rs`), sent by the listener in
//! `src/feedback.rs`, which the page and each widget install. `config.json` is read once per page.

use crate::components::site::use_navigator;
use crate::http::Call;
use crate::texts::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skattedeling_core::connection::CONFIG_FILE;
use skattedeling_core::feedback::{outcome_id, revision, HONEYPOT, VOTE_PATH};
use skattedeling_core::links::Target;
use skattedeling_core::Lang;
use std::cell::RefCell;
use std::time::Duration;

/// How long the page waits for `config.json` before it leaves the question out.
const CONFIG_LIMIT: Duration = Duration::from_secs(10);

thread_local! {
    /// The feedback service, once `config.json` has been read (`Some(None)`: there is none). Plain
    /// data, not a signal: a signal would belong to the first outcome shown and go with it.
    static SERVICE: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// The feedback service from `config.json` at `url`: at once when it has been read, else once read.
fn service(url: String) -> RwSignal<Option<String>> {
    let known = SERVICE.with(|s| s.borrow().clone());
    let service = RwSignal::new(known.clone().flatten());
    if known.is_none() {
        spawn_local(async move {
            let answer = Call::new().send("GET", &url, None, CONFIG_LIMIT).await;
            let found = answer
                .ok()
                .filter(|a| a.status == 200)
                .and_then(|a| skattedeling_core::feedback::service(&a.body).ok().flatten());
            SERVICE.with(|s| *s.borrow_mut() = Some(found.clone()));
            // The outcome may be gone by now.
            service.try_set(found);
        });
    }
    service
}

/// The vote under the outcome `step` of `flow`, titled `title`, whose text is `body_html`.
#[component]
pub fn OutcomeFeedback(
    flow: &'static str,
    step: &'static str,
    title: &'static str,
    body_html: &'static str,
) -> impl IntoView {
    let nav = use_navigator();
    let service = service(nav.frame.href(Target::Site(CONFIG_FILE)));
    let id = outcome_id(flow, step);
    let revision = revision(body_html);
    move || {
        let url = service.get()?;
        Some(view! {
            <form class="feedback" action=format!("{url}{VOTE_PATH}") method="post" data-testid="feedback">
                <input type="hidden" name="mal" value=id.clone()/>
                <input type="hidden" name="revisjon" value=revision.clone()/>
                // As on the FAQ page's forms: a translated guide's votes name their language.
                {(crate::texts::lang() != Lang::Nb).then(|| view! {
                    <input type="hidden" name="sprak" value=crate::texts::lang().code()/>
                })}
                <p class="feedback__question">{t().feedback_question}</p>
                <p class="feedback__buttons">
                    <button class="feedback__button" name="svar" value="ja" data-testid="feedback-yes">
                        {t().feedback_yes}
                        <span class="visually-hidden">" " {t().feedback_yes_about} " «" {title} "»"</span>
                    </button>
                    " "
                    <button class="feedback__button" name="svar" value="nei" data-testid="feedback-no">
                        {t().feedback_no}
                        <span class="visually-hidden">" " {t().feedback_no_about} " «" {title} "»"</span>
                    </button>
                </p>
                <label class="feedback__trap" aria-hidden="true">
                    {t().feedback_trap} " " <input name=HONEYPOT tabindex="-1" autocomplete="off"/>
                </label>
                <p class="feedback__status" role="status" tabindex="-1" data-testid="feedback-status"></p>
            </form>
        })
    }
}
