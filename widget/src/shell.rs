//! A widget's shell: the open shadow root on the host element, holding the widget's stylesheet and
//! the root element (`.veiviser`) that the first screen and then the guide render into, so the host
//! page's CSS cannot reach the guide and the guide's cannot reach the host. The root is shown once
//! the stylesheet has loaded, takes the narrow layout when it is narrow, and is light or dark as the
//! host asks or as the host page is around it.

use skattedeling_browser as browser;
use skattedeling_core::widget::{host_theme, is_narrow, Theme, NARROW};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The widget's shadow root with the guide's stylesheet and the element the guide renders into,
/// hidden until the stylesheet has loaded and marked narrow when the widget is.
pub fn create(
    host: &web_sys::Element,
    stylesheet: &str,
) -> Result<(web_sys::ShadowRoot, web_sys::HtmlElement), JsValue> {
    let document = browser::document();
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?;
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet)?;
    let shell: web_sys::HtmlElement = document.create_element("div")?.unchecked_into();
    shell.set_class_name("veiviser");
    // The guide is in Norwegian whatever language the host page is in.
    shell.set_attribute("lang", "nb")?;
    shell.set_hidden(true);
    root.append_child(&link)?;
    root.append_child(&shell)?;
    show_when_styled(&link, &shell);
    follow_width(&shell);
    Ok((root, shell))
}

/// Sets the widget root's `data-tema` for `theme`, and keeps it in step with the host page when the
/// widget follows it.
pub fn theme(theme: Theme, host: &web_sys::Element, shell: &web_sys::HtmlElement) {
    let _ = shell.set_attribute("data-tema", theme_tag(theme, host));
    follow_host(theme, host, shell);
}

/// The colour scheme the widget root asks its stylesheet for: the host's wish (`data-tema`), or what
/// the host page shows around the widget (see [`host_theme`]).
fn theme_tag(theme: Theme, host: &web_sys::Element) -> &'static str {
    if theme != Theme::FollowHost {
        return theme.tag();
    }
    let window = browser::window();
    let computed = |el: &web_sys::Element, property: &str| {
        window
            .get_computed_style(el)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value(property).ok())
            .unwrap_or_default()
    };
    let backgrounds: Vec<String> = self_and_ancestors(host)
        .map(|e| computed(&e, "background-color"))
        .collect();
    let root_scheme = browser::document()
        .document_element()
        .map(|r| computed(&r, "color-scheme"))
        .unwrap_or_default();
    host_theme(
        &computed(host, "color-scheme"),
        backgrounds.iter().map(String::as_str),
        &root_scheme,
    )
    .tag()
}

/// The widget's host element, then each element around it out to `<html>`.
fn self_and_ancestors(host: &web_sys::Element) -> impl Iterator<Item = web_sys::Element> {
    std::iter::successors(Some(host.clone()), |e| e.parent_element())
}

/// Keeps a widget that follows its host in step with it: when the person's light/dark preference
/// changes (the host page may change with it), and when the host page changes its own theme — a
/// class, data attribute or style on the widget's element or one around it (a theme switch on the
/// page), or a stylesheet added, loaded, switched on or off in the head — and again when a
/// transition on an element around it ends (a page that fades into its new theme). The widget looks
/// again at most once a frame, and only its `data-tema` changes.
fn follow_host(theme: Theme, host: &web_sys::Element, shell: &web_sys::HtmlElement) {
    if theme != Theme::FollowHost {
        return;
    }
    let update = {
        let (host, shell) = (host.clone(), shell.clone());
        let pending = Rc::new(Cell::new(false));
        move || {
            if pending.replace(true) {
                return;
            }
            let (host, shell, pending) = (host.clone(), shell.clone(), pending.clone());
            browser::after_render(move || {
                pending.set(false);
                let tag = theme_tag(theme, &host);
                if shell.get_attribute("data-tema").as_deref() != Some(tag) {
                    let _ = shell.set_attribute("data-tema", tag);
                }
            });
        }
    };
    watch_preference_and_mutations(host, update.clone());
    watch_loads_and_fades(host, update);
}

/// Calls `update` when the person's light/dark preference changes, and when an attribute of the
/// widget's element or one around it, or a stylesheet in the head, changes.
fn watch_preference_and_mutations(host: &web_sys::Element, update: impl Fn() + Clone + 'static) {
    let window = browser::window();
    let document = browser::document();

    if let Ok(Some(query)) = window.match_media("(prefers-color-scheme: dark)") {
        let changed = Closure::<dyn FnMut()>::new(update.clone());
        let _ = query.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
        // Lives as long as the widget: the page's.
        changed.forget();
    }

    let mutated = Closure::<dyn FnMut()>::new(update.clone());
    if let Ok(observer) = web_sys::MutationObserver::new(mutated.as_ref().unchecked_ref()) {
        // The widget's element and every element around it: their own attributes only.
        let attributes = web_sys::MutationObserverInit::new();
        attributes.set_attributes(true);
        for e in self_and_ancestors(host) {
            let _ = observer.observe_with_options(&e, &attributes);
        }
        // The head's stylesheets: added, removed, rewritten, or switched with `disabled` or `media`.
        if let Some(head) = document.head() {
            let styles = web_sys::MutationObserverInit::new();
            styles.set_child_list(true);
            styles.set_subtree(true);
            styles.set_attributes(true);
            styles.set_character_data(true);
            let _ = observer.observe_with_options(&head, &styles);
        }
    }
    mutated.forget();
}

/// Calls `update` when a stylesheet the host added has loaded, and when a transition on an element
/// around the widget ends.
fn watch_loads_and_fades(host: &web_sys::Element, update: impl Fn() + Clone + 'static) {
    let document = browser::document();
    // A stylesheet the host has just added applies once it has loaded.
    browser::listen(&document, "load", true, {
        let update = update.clone();
        move |event: web_sys::Event| {
            let is_link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| e.tag_name() == "LINK");
            if is_link {
                update();
            }
        }
    });

    // A host page that fades into its new theme has its new background only when the fade ends.
    for name in ["transitionend", "transitioncancel"] {
        let (host, update) = (host.clone(), update.clone());
        browser::listen(&document, name, true, move |event: web_sys::Event| {
            let around_widget = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|n| n.contains(Some(&host)));
            if around_widget {
                update();
            }
        });
    }
}

/// Marks the widget root `data-bredde="smal"` while the widget is narrow (see [`is_narrow`]), so it
/// takes the narrow layout in a sidebar on a wide screen and the wide one in a wide box, whatever
/// the window's width. The mark changes in the next frame, not in the observer's callback: a change
/// of layout there changes the widget's height, and the browser would report a ResizeObserver loop
/// as an error on the host page.
fn follow_width(shell: &web_sys::HtmlElement) {
    let observed = shell.clone();
    let shell = shell.clone();
    let resized = Closure::<dyn FnMut()>::new(move || {
        let width = shell.offset_width();
        // Hidden until its stylesheet is there (see show_when_styled): nothing to lay out yet.
        if width == 0 {
            return;
        }
        // The person's default font size, once the stylesheet has loaded (see show_when_styled).
        // JavaScript's parseFloat, not Rust's: that would add some 15 KB gzip to the widget.
        let rem = shell
            .style()
            .get_property_value("--rem")
            .map(|v| js_sys::parse_float(&v))
            .ok()
            .filter(|px| px.is_finite() && *px > 0.0)
            .unwrap_or(16.0);
        let narrow = is_narrow(f64::from(width), rem);
        if narrow != shell.has_attribute("data-bredde") {
            let shell = shell.clone();
            browser::after_render(move || {
                if narrow {
                    let _ = shell.set_attribute("data-bredde", NARROW);
                } else {
                    let _ = shell.remove_attribute("data-bredde");
                }
            });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    // Lives as long as the widget: the page's.
    resized.forget();
}

/// Shows the widget once its stylesheet has loaded (or failed to: the guide still works unstyled),
/// with its root font size set from the person's browser setting rather than the host page's: the
/// widget's sizes are in `var(--rem)`, since `rem` would follow a host page's `html { font-size }`.
fn show_when_styled(link: &web_sys::Element, shell: &web_sys::HtmlElement) {
    let shell = shell.clone();
    let show = Closure::<dyn FnMut()>::new(move || {
        // `medium` is the person's default font size, whatever the host page sets around the widget.
        let style = shell.style();
        let _ = style.set_property("font-size", "medium");
        let medium = browser::window()
            .get_computed_style(&shell)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("font-size").ok())
            .filter(|s| s.ends_with("px"));
        let _ = style.remove_property("font-size");
        if let Some(size) = medium {
            let _ = style.set_property("--rem", &size);
        }
        shell.set_hidden(false);
    });
    let f = show.as_ref().unchecked_ref();
    let _ = link.add_event_listener_with_callback("load", f);
    let _ = link.add_event_listener_with_callback("error", f);
    // Lives as long as the widget: the page's.
    show.forget();
}
