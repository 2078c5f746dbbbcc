//! The few browser facilities the apps use (URL, history, clipboard, focus, today's date), each a thin
//! wrapper so the FAQ app and the guide's components stay declarative. Only web-sys: the FAQ app,
//! which must stay small, uses it as much as the Leptos guide does. The URL holds what a person may share or bookmark: the
//! search (`?q=`), the audience (`?for=`), the question (`#id`) and where a person is in the guide
//! (`?flyt=…` with the answers so far).

use skattedeling_core::url::{decode_query_value, query_param, query_string};
use skattedeling_core::widget::storage_key;
use skattedeling_core::{Audience, CalendarDate};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// The search and audience in the address bar.
pub fn url_search_state() -> (String, Option<Audience>) {
    let search = window().location().search().unwrap_or_default();
    let query = query_param(&search, "q").unwrap_or_default();
    let audience = query_param(&search, "for").and_then(|t| Audience::from_tag(&t));
    (query, audience)
}

/// The id in the address bar's `#fragment`, if any.
pub fn url_fragment() -> Option<String> {
    let hash = window().location().hash().unwrap_or_default();
    let id = decode_query_value(hash.trim_start_matches('#'));
    (!id.is_empty()).then_some(id)
}

/// Puts the search and audience in the address bar without adding a history entry, so every keystroke
/// does not become a step for the Back button; the `#fragment` is kept.
pub fn replace_search_state(query: &str, audience: Option<Audience>) {
    let location = window().location();
    let search = query_string(&[
        ("q", query.trim()),
        ("for", audience.map_or("", |a| a.tag())),
    ]);
    if location.search().unwrap_or_default() == search {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}{hash}")),
        );
    }
}

/// Where the open answers are remembered for this tab, so a reload keeps them open.
const OPEN_ANSWERS_KEY: &str = "skattedeling.apne-svar";

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The answers that were open in this tab before a reload.
pub fn remembered_open_answers() -> Vec<String> {
    session_storage()
        .and_then(|s| s.get_item(OPEN_ANSWERS_KEY).ok().flatten())
        .map(|ids| {
            ids.split(' ')
                .filter(|id| !id.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Remembers the open answers for this tab (storage may be off; then nothing is remembered).
pub fn remember_open_answers<'a>(ids: impl Iterator<Item = &'a String>) {
    if let Some(storage) = session_storage() {
        let ids: Vec<&str> = ids.map(String::as_str).collect();
        let _ = storage.set_item(OPEN_ANSWERS_KEY, &ids.join(" "));
    }
}

/// The permanent link of a question: this page with `#id` and no search.
pub fn permalink(id: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}#{id}")
}

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    // Only secure pages have a clipboard (a widget may be on a plain-http intranet page).
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return false;
    }
    let clipboard = navigator.clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Today in the person's own time zone.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate::ymd(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(CalendarDate {
        year: 1970,
        month: 1,
        day: Some(1),
    })
}

/// Brings the element with `id` into view and moves keyboard focus to it (a question: to its summary),
/// after the browser has drawn the latest changes.
pub fn reveal(id: &str) {
    let id = id.to_string();
    after_render(move || {
        let Some(target) = document().get_element_by_id(&id) else {
            return;
        };
        // Only a question hands focus to its summary; the main area (the skip link's target) or a
        // section takes it itself, so the next Tab goes on from there.
        let summary = (target.tag_name() == "DETAILS")
            .then(|| target.query_selector(":scope > summary").ok().flatten())
            .flatten();
        let focus: Option<web_sys::HtmlElement> = summary
            .and_then(|s| s.dyn_into().ok())
            .or_else(|| target.clone().dyn_into().ok());
        target.scroll_into_view();
        if let Some(el) = focus {
            let _ = el.focus();
        }
    });
}

/// Runs `f` once the browser has drawn the latest changes (the next animation frame).
pub fn after_render(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// The page's language, as its `<html lang>` says.
pub fn page_lang() -> skattedeling_core::Lang {
    let lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default();
    skattedeling_core::Lang::from_code(&lang)
}

/// The way from this page to the site's root: `` on the bokmål page, `../` on the nynorsk and
/// English ones (`nn/`, `en/`).
pub fn site_root() -> &'static str {
    page_lang().to_root()
}

/// The address bar's query string (`?flyt=…`), `""` when there is none.
pub fn url_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The whole address, for links a person takes away (the summary).
pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}

/// Sets the address of a widget's host page (whose host opted in) to `url`, as a new history entry
/// when `push`, keeping the history state the host's own router may keep there.
pub fn set_host_url(url: &str, push: bool) {
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = if push {
            history.push_state_with_url(&state, "", Some(url))
        } else {
            history.replace_state_with_url(&state, "", Some(url))
        };
    }
}

/// Adds a history entry for `url` (path-relative: `?flyt=…#…` or `./#id`) without loading a page.
pub fn push_url(url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// The path of this page, so links can leave the query behind (`/` or `/skattedeling/`).
pub fn page_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// Sets the browser tab's title (the guide does it through its frame, which a widget skips).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Seconds since 1970 on this computer's clock, for a token's expiry.
pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// What this tab keeps under `key` (the guide's drafts and a widget's answers), so a reload loses
/// nothing. Tokens are never kept (no caller asks).
pub fn stored(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Keeps `text` under `key` for this tab; empty text forgets it. Storage may be off; then nothing is kept.
pub fn store(key: &str, text: &str) {
    if let Some(storage) = session_storage() {
        let _ = if text.is_empty() {
            storage.remove_item(key)
        } else {
            storage.set_item(key, text)
        };
    }
}

/// POSTs `body` as JSON to `url` (another origin: a CORS request, no cookies) and gives the answer's
/// HTTP status, or `None` when no answer came (offline, refused by CORS or a Content-Security-Policy).
pub async fn post_json(url: &str, body: &str) -> Option<u16> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    let headers = js_sys::Object::new();
    js_sys::Reflect::set(&headers, &"Content-Type".into(), &"application/json".into()).ok()?;
    init.set_headers(&headers.into());
    let answer = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await
        .ok()?;
    Some(answer.dyn_into::<web_sys::Response>().ok()?.status())
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// The link a plain click (main button, no modifier keys, not to a new tab or a download) follows in
/// this tab, if any.
pub fn plainly_clicked_link(e: &web_sys::MouseEvent) -> Option<web_sys::HtmlAnchorElement> {
    if e.default_prevented()
        || e.button() != 0
        || e.ctrl_key()
        || e.meta_key()
        || e.shift_key()
        || e.alt_key()
    {
        return None;
    }
    let anchor = e
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    anchor.dyn_into().ok()
}

/// The key a widget keeps its answers under: its element's `id`, or its place among the widgets.
pub fn widget_key(element: &web_sys::Element, place: usize) -> String {
    let id = element.id();
    let instance = if id.is_empty() {
        format!("nr{place}")
    } else {
        format!("id.{id}")
    };
    storage_key(&page_path(), &instance)
}

/// Every element on the page marked as a widget, in document order: a widget's place among them
/// names its kept answers when it has no `id` (see [`widget_key`]).
pub fn widgets() -> Vec<web_sys::Element> {
    let marker = format!("[{}]", skattedeling_core::widget::MARKER);
    let Ok(list) = document().query_selector_all(&marker) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// A widget's attributes as its host element has them.
pub fn widget_attributes(host: &web_sys::Element) -> skattedeling_core::widget::Attributes {
    use skattedeling_core::widget::{ADDRESS, BACKEND, FLOW, LANGUAGE, THEME};
    skattedeling_core::widget::Attributes {
        flow: host.get_attribute(FLOW),
        backend: host.get_attribute(BACKEND),
        theme: host.get_attribute(THEME),
        address: host.get_attribute(ADDRESS),
        lang: host.get_attribute(LANGUAGE),
        host_lang: document()
            .document_element()
            .and_then(|html| html.get_attribute("lang")),
    }
}

/// A new element with a class (none when `class` is empty).
pub fn element(tag: &str, class: &str) -> Option<web_sys::Element> {
    let e = document().create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Some(e)
}

/// A new element holding `text`.
pub fn text_element(tag: &str, class: &str, text: &str) -> Option<web_sys::Element> {
    let e = element(tag, class)?;
    e.set_text_content(Some(text));
    Some(e)
}

/// Calls `f` for every `name` event at `target` for the life of the page; `capture` also catches
/// events that do not bubble (`toggle`) from the elements inside.
pub fn listen(
    target: &web_sys::EventTarget,
    name: &str,
    capture: bool,
    f: impl FnMut(web_sys::Event) + 'static,
) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback_and_bool(
        name,
        callback.as_ref().unchecked_ref(),
        capture,
    );
    callback.forget();
}

/// [`listen`] for a listener that never cancels the event: a touch that starts on `target` scrolls
/// the page without waiting for it.
pub fn listen_passive(
    target: &web_sys::EventTarget,
    name: &str,
    f: impl FnMut(web_sys::Event) + 'static,
) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        name,
        callback.as_ref().unchecked_ref(),
        &options,
    );
    callback.forget();
}
