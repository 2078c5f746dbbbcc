//! The panel when no test can be run from here: no backend is set up, or `config.json` is broken
//! (its fault, for the operator, behind «Teknisk informasjon»). The person gets the checklist and
//! the e-mail to KS instead.

use super::common::TechnicalDetails;
use crate::components::site::use_navigator;
use crate::texts::t;
use leptos::prelude::*;
use skattedeling_core::guide::{Flow, GuideState};
use skattedeling_core::support::mailto;

/// Why there is no test here, and where to go on.
#[component]
pub(super) fn Unavailable(
    flow: &'static Flow,
    title: &'static str,
    text: &'static str,
    /// What is wrong with the setup, for the operator.
    detail: Option<String>,
) -> impl IntoView {
    let nav = use_navigator();
    let restart = nav.href(flow, &GuideState::new(&flow.id));
    let mail = mailto(t().mail_no_backend_subject, t().mail_no_backend_body);
    view! {
        <div class="connection-notice" data-testid="connection-unavailable">
            <h3>{title}</h3>
            <p>{text}</p>
            <TechnicalDetails text=detail lead=t().config_invalid_operator/>
            <ul>
                <li><a href=restart>{t().checklist_again}</a></li>
                <li><a href=mail>{t().mail_ks}</a></li>
            </ul>
        </div>
    }
}
