//! "Fant du ikke svaret?": a pre-filled e-mail to KS carrying what the person searched for.

use leptos::prelude::*;
use skattedeling_core::support::support_mailto;
use skattedeling_core::{ui, Audience};

/// The contact block under the questions.
#[component]
pub fn Contact(
    /// The current search, put into the e-mail.
    query: RwSignal<String>,
    /// The current audience, put into the e-mail.
    audience: RwSignal<Option<Audience>>,
) -> impl IntoView {
    view! {
        <aside class="contact" id=ui::CONTACT_ANCHOR aria-labelledby="kontakt-tittel">
            <h2 class="contact__title" id="kontakt-tittel">{ui::CONTACT_TITLE}</h2>
            <p class="contact__text">{ui::CONTACT_TEXT}</p>
            <a
                class="button"
                href=move || support_mailto(&query.get(), audience.get())
                data-testid="contact-mail"
            >
                {ui::CONTACT_BUTTON}
            </a>
        </aside>
    }
}
