//! The guide as widgets on another site's page, until a person wants the guide. `veiviser.js` loads
//! this small app (no Leptos in it) and calls [`mount_all`]: every element marked
//! `data-skattedeling-veiviser` gets its shell (see [`shell`]) and in it the flow's first screen —
//! its title, its description and «Start veiviseren». The guide's app (the Leptos app in `src/`,
//! which is most of the widget's bytes) is fetched when a person is about to use a widget — a pointer
//! over it, focus in it, a touch — and takes the first screen's place when they press «Start»
//! (see [`start`]). A widget with answers to show (kept in this tab, or in the host's address) gets
//! the guide at once; one whose attributes are wrong says what is wrong.

mod shell;
mod start;

use skattedeling_browser as browser;
use skattedeling_core::url::query_param;
use skattedeling_core::widget::{
    guide_query_in, widget_lang, FlowIntro, Seen, Setup, Theme, READY, START, STATE,
};
use skattedeling_core::Lang;
use start::App;

/// The flows a widget may show, from `content/` (build.rs), in each of [`Lang::ALL`].
static FLOWS: [&[FlowIntro<'static>]; 3] = include!(concat!(env!("OUT_DIR"), "/flows.rs"));

/// The flows in `lang`.
fn flows(lang: Lang) -> &'static [FlowIntro<'static>] {
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    FLOWS[index]
}

/// Mounts every widget on the page that is not mounted yet; `base` is the site's address (ending in
/// `/`), `stylesheet` the widget's stylesheet there, `load` what fetches the guide's app (see
/// `main.rs`). Returns how many were mounted.
pub fn mount_all(base: &str, stylesheet: &str, load: js_sys::Function) -> u32 {
    let app = App::new(load, base);
    let mut seen = Seen::default();
    let mut mounted = 0;
    for (place, host) in browser::widgets().into_iter().enumerate() {
        // Already a widget (the script was added twice), or the host's own shadow root.
        if host.shadow_root().is_some() {
            continue;
        }
        let result = shell::create(&host, stylesheet).and_then(|(_, shell)| {
            // Only widgets that have a shell are read: the guide's app reads the same ones (those
            // marked `data-veiviser`), in the same order.
            let attributes = browser::widget_attributes(&host);
            let lang = widget_lang(&attributes);
            let _ = shell.set_attribute("lang", lang.code());
            let admitted = seen.read(&attributes, flows(lang));
            let theme = admitted
                .as_ref()
                .map_or(Theme::FollowHost, |a| a.setup.theme);
            shell::theme(theme, &host, &shell);
            let state = match admitted {
                // The guide shows the answers.
                Ok(a) if has_answers(&host, place, &a.setup) => {
                    start::at_once(&host, &shell, &app, lang).map(|()| START)
                }
                Ok(a) => {
                    let flow = flows(lang).iter().find(|f| f.id == a.setup.flow);
                    start::first_screen(&host, &shell, flow.copied(), &a.label, &app, lang)
                        .map(|()| START)
                }
                Err(problems) => {
                    start::problems(&host, &shell, &problems, base, lang).map(|()| READY)
                }
            };
            let state = state.ok_or("the widget's screen could not be made")?;
            host.set_attribute(STATE, state)
        });
        match result {
            Ok(()) => mounted += 1,
            Err(e) => web_sys::console::error_2(
                &"Skattedeling veiviser: kunne ikke sette inn veiviseren i".into(),
                &e,
            ),
        }
    }
    mounted
}

/// Whether the widget has answers of its flow to show: in the host's address (when it opted in), or
/// kept in this tab from an earlier visit.
fn has_answers(host: &web_sys::Element, place: usize, setup: &Setup) -> bool {
    let in_address = setup
        .address
        .as_deref()
        .and_then(|name| guide_query_in(&browser::url_query(), name));
    let of_this_flow = |query: &String| query_param(query, "flyt").as_deref() == Some(&setup.flow);
    in_address.filter(of_this_flow).is_some()
        || browser::stored(&browser::widget_key(host, place)).is_some_and(|q| of_this_flow(&q))
}
