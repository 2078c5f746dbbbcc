//! The search box and the audience filter.

use leptos::prelude::*;
use skattedeling_core::{ui, Audience};

/// Search-as-you-type and "Vis spørsmål for". Submitting does nothing: results follow the typing.
#[component]
pub fn SearchForm(
    /// The text in the search box.
    query: RwSignal<String>,
    /// The chosen audience; `None` is "Alle".
    audience: RwSignal<Option<Audience>>,
) -> impl IntoView {
    let options = std::iter::once((None, ui::AUDIENCE_ALL))
        .chain(Audience::ALL.iter().map(|a| (Some(*a), a.label())))
        .map(|(choice, label)| {
            view! {
                <label class="audience__option">
                    <input
                        type="radio"
                        name="for"
                        value=choice.map_or("", |a| a.tag())
                        prop:checked=move || audience.get() == choice
                        on:change=move |_| audience.set(choice)
                    />
                    " "
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <form
            class="search js-only"
            role="search"
            action="./"
            method="get"
            data-testid="search-form"
            on:submit=|ev| ev.prevent_default()
        >
            <div class="search__field">
                <label class="search__label" for=ui::SEARCH_INPUT_ID>{ui::SEARCH_LABEL}</label>
                <p class="search__hint" id="sok-hjelp">{ui::SEARCH_HINT}</p>
                <input
                    class="search__input"
                    id=ui::SEARCH_INPUT_ID
                    name="q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="sok-hjelp"
                    aria-controls=ui::QUESTIONS_ID
                    data-testid="search-input"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <fieldset class="audience">
                <legend class="audience__legend">{ui::AUDIENCE_LEGEND}</legend>
                <div class="audience__options">{options}</div>
            </fieldset>
        </form>
    }
}
