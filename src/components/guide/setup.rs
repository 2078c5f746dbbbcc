//! The screen that goes straight to the live connection test: the organisation numbers, the
//! environment and the rettighetspakke on one form, with what a rettighetspakke is and, for
//! «Vet ikke», how to find it. The answers go into the address as one value
//! ([`skattedeling_core::guide::setup::TestSetup`]).

use super::parts::{coded, show_error, ErrorSummary, FormActions, GuideHeading, Radio};
use crate::components::site::{use_navigator, Navigator};
use crate::data;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::case::capitalised;
use skattedeling_core::connection::RIGHTS_PACKAGES;
use skattedeling_core::guide::setup::{SetupField, SetupProblem, TestSetup, PACKAGE_UNKNOWN};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::guide::{Flow, GuideState};
use skattedeling_core::ui;

/// The id of the field (or first option) a problem is about, for the error summary's link.
fn field_id(field: SetupField) -> String {
    match field {
        SetupField::Municipality => ui::SETUP_MUNICIPALITY_ID.into(),
        SetupField::Vendor => ui::SETUP_VENDOR_ID.into(),
        SetupField::Environment => format!("oppsett-miljo-{}", Environment::Test.answer()),
        SetupField::Package => format!("oppsett-pakke-{}", RIGHTS_PACKAGES[0].0),
    }
}

/// The error beside the field it is about.
fn field_error(problem: RwSignal<Option<SetupProblem>>, field: SetupField) -> impl IntoView {
    move || {
        problem.get().filter(|p| p.field == field).map(|p| {
            view! {
                <p class="field-error" id=format!("{}-feil", field_id(field)) data-testid="field-error">
                    <span class="visually-hidden">{t().error_prefix}</span>
                    {coded(p.message)}
                </p>
            }
        })
    }
}

/// One organisation-number field, kept as a draft while typed.
#[component]
fn NumberField(
    flow: &'static Flow,
    /// The draft's key: the step and the field.
    draft: String,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    problem: RwSignal<Option<SetupProblem>>,
    field: SetupField,
) -> impl IntoView {
    let nav = use_navigator();
    let has_error = move || problem.get().is_some_and(|p| p.field == field);
    let hint_id = format!("{id}-hjelp");
    let described_by = {
        let hint_id = hint_id.clone();
        move || {
            if has_error() {
                format!("{hint_id} {}-feil", field_id(field))
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="guide-field" class:guide-field--error=has_error>
            <label class="connection-form__label" for=id>{label}</label>
            <p class="guide-help" id=hint_id>{hint}</p>
            {field_error(problem, field)}
            <input
                class="guide-input guide-input--number"
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                data-testid=id
                prop:value=move || value.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    nav.frame.keep_draft(&flow.id, &draft, &text);
                    value.set(text);
                }
            />
        </div>
    }
}

/// The environments to test, as radios.
fn environment_options(environment: RwSignal<Option<Environment>>) -> impl IntoView {
    [Environment::Test, Environment::Production]
        .into_iter()
        .map(|e| {
            view! {
                <Radio
                    name="oppsett-miljo"
                    id=format!("oppsett-miljo-{}", e.answer())
                    value=e.answer().to_string()
                    label=capitalised(e.label_in(lang()))
                    testid=format!("setup-environment-{}", e.answer())
                    checked=Signal::derive(move || environment.get() == Some(e))
                    on_choose=Callback::new(move |()| environment.set(Some(e)))
                />
            }
        })
        .collect_view()
}

/// The rettighetspakker, each with its name as the hint, and «Vet ikke», as radios.
fn package_options(package: RwSignal<Option<String>>) -> impl IntoView {
    RIGHTS_PACKAGES
        .iter()
        .map(|(value, label)| (*value, label.to_string(), Some(value.to_string())))
        .chain([(PACKAGE_UNKNOWN, t().setup_package_unknown.to_string(), None)])
        .map(|(value, label, hint)| {
            view! {
                <Radio
                    name="oppsett-pakke"
                    id=format!("oppsett-pakke-{value}")
                    value=value.to_string()
                    label=label
                    hint=hint
                    testid=format!("setup-package-{value}")
                    checked=Signal::derive(move || package.get().as_deref() == Some(value))
                    on_choose=Callback::new(move |()| package.set(Some(value.to_string())))
                />
            }
        })
        .collect_view()
}

/// For «Vet ikke»: how to find the rettighetspakke, and the answer on applying for access.
#[component]
fn FindPackage() -> impl IntoView {
    let nav = use_navigator();
    let request_faq = data::guide().faq_question(ui::ACCESS_REQUEST_FAQ);
    view! {
        <div class="guide-help" data-testid="setup-find-package">
            <p><strong>{t().setup_find_package_title}</strong></p>
            <p>{t().setup_find_package}</p>
            {request_faq.map(|q| view! {
                <p><a href=nav.faq_href(&q.id) data-testid="faq-link">{q.title.as_str()}</a></p>
            })}
        </div>
    }
}

/// Where the tab keeps what was typed in `field` of `step` before it was sent.
fn draft_key(step: &str, field: &str) -> String {
    format!("{step}.{field}")
}

/// The form's fields, and the problem it shows.
#[derive(Clone, Copy)]
struct SetupForm {
    municipality: RwSignal<String>,
    vendor: RwSignal<String>,
    environment: RwSignal<Option<Environment>>,
    package: RwSignal<Option<String>>,
    problem: RwSignal<Option<SetupProblem>>,
    error: RwSignal<Option<String>>,
}

impl SetupForm {
    /// The fields as the answer being changed (`pending`) has them, or as the person left them
    /// typed in this tab.
    fn new(
        nav: Navigator,
        flow: &'static Flow,
        step: &'static str,
        pending: Option<&str>,
    ) -> SetupForm {
        let given = pending.and_then(TestSetup::from_answer);
        let typed = |field: &str, from: Option<String>| {
            RwSignal::new(
                from.or_else(|| nav.frame.draft(&flow.id, &draft_key(step, field)))
                    .unwrap_or_default(),
            )
        };
        SetupForm {
            municipality: typed("kommune", given.as_ref().map(|g| g.municipality.grouped())),
            vendor: typed(
                "leverandor",
                given
                    .as_ref()
                    .map(|g| g.vendor.map(|v| v.grouped()).unwrap_or_default()),
            ),
            environment: RwSignal::new(given.as_ref().map(|g| g.environment)),
            package: RwSignal::new(given.as_ref().map(|g| {
                g.package
                    .clone()
                    .unwrap_or_else(|| PACKAGE_UNKNOWN.to_string())
            })),
            problem: RwSignal::new(None),
            error: RwSignal::new(None),
        }
    }

    /// Reads the form: on to the test with its answer (the drafts cleared), or its problem shown.
    fn submit(self, nav: Navigator, flow: &'static Flow, state: &GuideState, step: &'static str) {
        let read = TestSetup::from_fields(
            &self.municipality.get_untracked(),
            &self.vendor.get_untracked(),
            self.environment.get_untracked().map(Environment::answer),
            self.package.get_untracked().as_deref().unwrap_or(""),
            lang(),
        );
        match read {
            Ok(setup) => {
                for field in ["kommune", "leverandor"] {
                    nav.frame.keep_draft(&flow.id, &draft_key(step, field), "");
                }
                nav.show(flow, &state.answered(step, &setup.answer()));
            }
            Err(p) => {
                let message = p.message.clone();
                self.problem.set(Some(p));
                show_error(nav.frame, self.error, message);
            }
        }
    }
}

/// Everything the connection test needs, on one screen.
#[component]
pub fn SetupScreen(
    flow: &'static Flow,
    state: GuideState,
    /// The step answered here.
    step: &'static str,
    /// The question.
    text: &'static str,
    help_html: Option<&'static str>,
    /// The answer it already has (when it is being changed).
    pending: Option<String>,
) -> impl IntoView {
    let nav = use_navigator();
    let form = SetupForm::new(nav, flow, step, pending.as_deref());
    let SetupForm {
        municipality,
        vendor,
        environment,
        package,
        problem,
        error,
    } = form;
    let draft = move |field: &str| draft_key(step, field);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.submit(nav, flow, &state, step);
    };
    let environments = environment_options(environment);
    let packages = package_options(package);
    let fieldset_error =
        move |field: SetupField| move || problem.get().is_some_and(|p| p.field == field);
    view! {
        <form class="guide-form" novalidate on:submit=on_submit data-testid="guide-form">
            {move || problem.get().map(|p| view! { <ErrorSummary error=error field=field_id(p.field)/> })}
            <GuideHeading>{text}</GuideHeading>
            {help_html.map(|h| view! { <div class="guide-help" id="svar-hjelp" inner_html=nav.frame.html(h)></div> })}
            <NumberField
                flow=flow
                draft=draft("kommune")
                id=ui::SETUP_MUNICIPALITY_ID
                label=t().setup_municipality
                hint=t().setup_municipality_hint
                value=municipality
                problem=problem
                field=SetupField::Municipality
            />
            <NumberField
                flow=flow
                draft=draft("leverandor")
                id=ui::SETUP_VENDOR_ID
                label=t().setup_vendor
                hint=t().setup_vendor_hint
                value=vendor
                problem=problem
                field=SetupField::Vendor
            />
            <fieldset class="guide-fieldset" class:guide-fieldset--error=fieldset_error(SetupField::Environment)>
                <legend class="connection-form__legend">{t().setup_environment}</legend>
                {field_error(problem, SetupField::Environment)}
                <div class="guide-options">{environments}</div>
            </fieldset>
            <fieldset
                class="guide-fieldset"
                class:guide-fieldset--error=fieldset_error(SetupField::Package)
                aria-describedby="oppsett-pakke-hva"
            >
                <legend class="connection-form__legend">{t().setup_package}</legend>
                <p class="guide-help" id="oppsett-pakke-hva">{t().setup_package_what}</p>
                {field_error(problem, SetupField::Package)}
                <div class="guide-options">{packages}</div>
                <div aria-live="polite">{move || (package.get().as_deref() == Some(PACKAGE_UNKNOWN)).then(FindPackage)}</div>
            </fieldset>
            <FormActions on_skip=None/>
        </form>
    }
}
