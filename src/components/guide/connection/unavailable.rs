//! The panel when no test can be run from here: no backend is set up, or `config.json` is broken
//! (its fault, for the operator, behind «Teknisk informasjon»). The person gets the checklist and
//! the e-mail to KS instead.

use super::common::TechnicalDetails;
use crate::components::site::use_navigator;
use leptos::prelude::*;
use skattedeling_core::guide::{Flow, GuideState};
use skattedeling_core::support::mailto;
use skattedeling_core::ui;

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
    let mail = mailto(
        "Tilkoblingstest",
        "Hei!\n\nJeg vil teste tilkoblingen til Summert skattegrunnlag, men det er ingen \
         testtjeneste å teste mot.\n\n",
    );
    view! {
        <div class="connection-notice" data-testid="connection-unavailable">
            <h3>{title}</h3>
            <p>{text}</p>
            <TechnicalDetails text=detail lead=ui::CONFIG_INVALID_OPERATOR/>
            <ul>
                <li><a href=restart>{ui::CHECKLIST_AGAIN}</a></li>
                <li><a href=mail>{ui::MAIL_KS}</a></li>
            </ul>
        </div>
    }
}
