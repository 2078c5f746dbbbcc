//! The Infotorg timeline: dated milestones, each shown as past, current or upcoming.

use leptos::prelude::*;
use skattedeling_core::{ui, CalendarDate, TimelineEvent};

/// The milestones of the move away from Infotorg, judged against `today`.
#[component]
pub fn Timeline(
    /// The events, oldest first.
    events: &'static [TimelineEvent],
    /// The day the page is read.
    today: CalendarDate,
) -> impl IntoView {
    let items = events
        .iter()
        .map(|e| {
            let when = e.when(today);
            view! {
                <li
                    class=format!("timeline__event timeline__event--{}", when.class())
                    data-testid="timeline-event"
                >
                    <p class="timeline__date">
                        <time datetime=e.date.iso()>{e.date.to_norwegian()}</time>
                        " "
                        <span class="timeline__when">{when.label()}</span>
                    </p>
                    <p class="timeline__name">{e.title.as_str()}</p>
                    <p class="timeline__text">{e.text.as_str()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="timeline" id=ui::TIMELINE_ANCHOR data-testid="timeline">
            <h3 class="timeline__title">{ui::TIMELINE_TITLE}</h3>
            <ol class="timeline__events">{items}</ol>
        </div>
    }
}
