//! What is tested: the parties (with «Endre»), the environment and the rettighetspakke, and the one
//! action the panel's state allows — «Start testen», «Avbryt testen» while it runs, «Kjør testen på
//! nytt» after a report. After a test that could not run, «Prøv igjen» under it is that action, and
//! while the backend does not answer, «Sjekk igjen» in the health line is.

use super::{Panel, Phase};
use crate::components::guide::parts::Radio;
use crate::components::site::use_navigator;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::case::capitalised;
use skattedeling_core::connection::{Config, RIGHTS_PACKAGES};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::guide::{ConnectionTest, GuideState};
use skattedeling_core::ui;

/// The organisation numbers tested, each with a link to change it.
#[component]
pub(super) fn TestedParties(
    panel: Panel,
    state: GuideState,
    spec: &'static ConnectionTest,
) -> impl IntoView {
    let nav = use_navigator();
    let edit_link = move |step: &str| nav.href(panel.flow, &state.editing(step));
    let municipality_link = edit_link(&spec.municipality);
    let vendor_link = spec.vendor.as_deref().map(edit_link);
    let parties = panel.parties;
    view! {
        <dl class="connection-parties" data-testid="connection-parties">
            <dt>{t().test_municipality}</dt>
            <dd>
                {match parties.municipality {
                    Some(n) => n.grouped(),
                    None => t().test_missing_number.to_string(),
                }}
                " "
                <a class="connection-parties__change" href=municipality_link>
                    {t().change}<span class="visually-hidden">{t().change_municipality_number}</span>
                </a>
            </dd>
            {parties.vendor.zip(vendor_link).map(|(v, link)| view! {
                <dt>{t().test_vendor}</dt>
                <dd>
                    {v.grouped()}
                    " "
                    <a class="connection-parties__change" href=link>
                        {t().change}<span class="visually-hidden">{t().change_vendor_number}</span>
                    </a>
                </dd>
            })}
        </dl>
    }
}

/// The choices and the action.
#[component]
pub(super) fn TestForm(panel: Panel, config: Config) -> impl IntoView {
    view! {
        <form
            class="connection-form"
            novalidate
            data-testid="connection-form"
            on:submit=move |ev| {
                ev.prevent_default();
                panel.run();
            }
        >
            <EnvironmentChoice panel=panel environments=config.environments.clone()/>
            <PackageField panel=panel/>
            <FormAction panel=panel timeout_seconds=config.timeout_seconds/>
        </form>
    }
}

/// The environment: a line when there is one, radios when there are more.
#[component]
fn EnvironmentChoice(panel: Panel, environments: Vec<Environment>) -> impl IntoView {
    if let [only] = environments.as_slice() {
        return view! { <p>{t().test_environment} ": " {only.label_in(lang())}</p> }.into_any();
    }
    let radios = environments
        .into_iter()
        .map(|e| {
            view! {
                <Radio
                    name="testmiljo"
                    id=format!("testmiljo-{}", e.answer())
                    value=e.answer().to_string()
                    label=capitalised(e.label_in(lang()))
                    testid=format!("test-environment-{}", e.answer())
                    checked=Signal::derive(move || panel.environment.get() == e)
                    on_choose=Callback::new(move |()| panel.choose_environment(e))
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="guide-fieldset">
            <legend class="connection-form__legend">{t().test_environment}</legend>
            {radios}
        </fieldset>
    }
    .into_any()
}

/// The rettighetspakke, with its error when none is chosen.
#[component]
fn PackageField(panel: Panel) -> impl IntoView {
    let (package, error) = (panel.package, panel.package_error);
    view! {
        <div class="guide-field" class:guide-field--error=move || error.get()>
            <label class="connection-form__label" for=ui::CONNECTION_PACKAGE_ID>{t().test_package}</label>
            <p class="guide-help" id=ui::CONNECTION_PACKAGE_HINT_ID>{t().test_package_hint}</p>
            {move || error.get().then(|| view! {
                <p class="field-error" id=ui::CONNECTION_PACKAGE_ERROR_ID data-testid="package-error">
                    <span class="visually-hidden">{t().error_prefix}</span>
                    {t().test_package_missing}
                </p>
            })}
            <select
                class="guide-input connection-form__select"
                id=ui::CONNECTION_PACKAGE_ID
                data-testid="test-package"
                aria-describedby=move || if error.get() {
                    format!("{} {}", ui::CONNECTION_PACKAGE_HINT_ID, ui::CONNECTION_PACKAGE_ERROR_ID)
                } else {
                    ui::CONNECTION_PACKAGE_HINT_ID.to_string()
                }
                aria-invalid=move || error.get().then_some("true")
                prop:value=move || package.get()
                on:change=move |ev| panel.choose_package(event_target_value(&ev))
            >
                <option value="">{t().test_package_choose}</option>
                {RIGHTS_PACKAGES.iter().map(|(value, label)| view! {
                    <option value=*value selected=move || package.get() == *value>{*label}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The one action the state allows here, if it is here.
#[component]
fn FormAction(panel: Panel, timeout_seconds: u32) -> impl IntoView {
    let missing = panel.parties.municipality.is_none();
    let submit = move |label: &'static str| {
        view! {
            <button type="submit" class="button" data-testid="connection-start" disabled=missing>
                {label}
            </button>
        }
        .into_any()
    };
    move || match panel.phase.get() {
        Phase::Running(stopper) => view! {
            <div class="connection-running" data-testid="connection-running">
                <p><strong>{t().test_running}</strong> " " {t().waiting(timeout_seconds)}</p>
                <button
                    type="button"
                    class="button button--secondary"
                    id=ui::CONNECTION_CANCEL_ID
                    data-testid="connection-cancel"
                    on:click=move |_| stopper.stop()
                >
                    {t().test_cancel}
                </button>
            </div>
        }
        .into_any(),
        Phase::Done { result: Err(_), .. } => ().into_any(),
        _ if !panel.can_start() => ().into_any(),
        Phase::Done { result: Ok(_), .. } => submit(t().test_again),
        Phase::Ready | Phase::Cancelled => submit(t().test_start),
    }
}
