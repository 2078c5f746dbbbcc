//! The guide's flows on the FAQ page: mirrors `guide_list` in `sitegen/src/page.rs`.

use crate::data;
use leptos::prelude::*;
use skattedeling_core::ui;

/// Every flow as a link to its first question.
#[component]
pub fn GuideList() -> impl IntoView {
    let guide = &data::guide().guide;
    let title_id = format!("{}-tittel", ui::GUIDE_ANCHOR);
    (!guide.flows.is_empty()).then(|| {
        let labelled_by = title_id.clone();
        view! {
            <section class="guide-list" id=ui::GUIDE_ANCHOR aria-labelledby=labelled_by>
                <h2 class="guide-list__title" id=title_id>{ui::GUIDE_LIST_TITLE}</h2>
                <p class="guide-list__text">{ui::GUIDE_LIST_TEXT}</p>
                <ul class="guide-list__items">
                    {guide
                        .flows
                        .iter()
                        .map(|f| {
                            view! {
                                <li class="guide-list__item">
                                    <a
                                        class="guide-list__link"
                                        href=ui::guide_href(&f.id)
                                        data-testid=format!("guide-start-{}", f.id)
                                    >
                                        {f.title.as_str()}
                                    </a>
                                    <p class="guide-list__description">{f.description.as_str()}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
