//! A widget's first screen, and starting the guide: the guide's app is fetched when a person is
//! about to use the widget, and mounted in the widget when they press «Start veiviseren» (or at once,
//! when the widget has answers to show). If the app cannot be fetched, the widget says so, links to
//! the guide on the site and offers to try again; nothing the person did is lost. A widget whose
//! attributes are wrong says what is wrong instead.

use skattedeling_browser as browser;
use skattedeling_core::ui;
use skattedeling_core::widget::FlowIntro;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlElement};

/// The guide's app, as `veiviser.js` fetches it.
#[derive(Clone)]
pub struct App {
    /// Returns a promise of the app's module, loaded and started. `veiviser.js` fetches it once, and
    /// again after a failure.
    load: js_sys::Function,
    /// The site's address.
    pub base: Rc<str>,
}

impl App {
    pub fn new(load: js_sys::Function, base: &str) -> App {
        App {
            load,
            base: base.into(),
        }
    }

    /// Fetches the app ahead of a start, so that pressing «Start» shows the guide at once. A failure
    /// here shows when the person starts.
    fn prefetch(&self) {
        let module = self.module();
        spawn_local(async move {
            let _ = module.await;
        });
    }

    fn module(&self) -> JsFuture {
        let promise = self
            .load
            .call0(&JsValue::NULL)
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
            .unwrap_or_else(|e| js_sys::Promise::reject(&e));
        JsFuture::from(promise)
    }

    /// Puts the guide in `host`'s widget, in place of what its shell shows; with `focus`, keyboard
    /// focus moves to the guide's heading (the person pressed «Start»).
    async fn start(&self, host: &Element, focus: bool) -> Result<(), JsValue> {
        let module = self.module().await?;
        let mount: js_sys::Function =
            js_sys::Reflect::get(&module, &JsValue::from_str("mount_widget"))?.dyn_into()?;
        mount.call3(
            &module,
            host,
            &JsValue::from_str(&self.base),
            &JsValue::from_bool(focus),
        )?;
        Ok(())
    }
}

/// What the widget shows while it waits for the guide, or when the guide could not be fetched: a
/// status line read out by screen readers, and the button that starts (or tries again).
#[derive(Clone)]
struct Waiting {
    host: Element,
    status: Element,
    button: Element,
    busy: Rc<Cell<bool>>,
    /// The site's address, which a failure links to.
    site: Rc<str>,
}

impl Waiting {
    /// Starts the guide, unless it is already on its way.
    fn start(&self, app: &App, focus: bool) {
        if self.busy.replace(true) {
            return;
        }
        // Pressing it again does nothing until the guide is there or has failed: said, not hidden.
        let _ = self.button.set_attribute("aria-disabled", "true");
        self.status.set_text_content(Some(ui::WIDGET_LOADING));
        let (waiting, app) = (self.clone(), app.clone());
        spawn_local(async move {
            if let Err(e) = app.start(&waiting.host, focus).await {
                web_sys::console::error_2(
                    &"Skattedeling veiviser: kunne ikke hente veiviseren".into(),
                    &e,
                );
                waiting.failed();
            }
        });
    }

    /// Says the guide could not be fetched, with a link to it on the site (trying again does not
    /// help when the host page blocks it, or when the site has since published a new version).
    fn failed(&self) {
        self.busy.set(false);
        self.status
            .set_text_content(Some(&format!("{} ", ui::WIDGET_LOAD_FAILED)));
        if let Ok(link) = element("a", "") {
            let _ = link.set_attribute("href", &self.site);
            link.set_text_content(Some(ui::WIDGET_SITE_NAME));
            let _ = self.status.append_with_node_1(&link);
            let _ = self.status.append_with_str_1(".");
        }
        self.button.set_text_content(Some(ui::WIDGET_RETRY));
        let _ = self.button.remove_attribute("aria-disabled");
        let _ = self.button.remove_attribute("hidden");
    }
}

/// The first screen of a widget whose flow is known: the flow's title and description and «Start
/// veiviseren», as one landmark named `label`. The guide's app is fetched as soon as the person
/// shows intent: a pointer over the widget, focus in it, a touch.
pub fn first_screen(
    host: &Element,
    shell: &HtmlElement,
    flow: Option<FlowIntro>,
    label: &str,
    app: &App,
) -> Result<(), JsValue> {
    let region = element("div", "veiviser__innhold veiviser-start")?;
    region.set_attribute("role", "region")?;
    region.set_attribute("aria-label", label)?;
    region.set_attribute("data-testid", "widget-start")?;
    let heading = element("h2", "guide-heading")?;
    heading.set_text_content(flow.map(|f| f.title));
    let description = element("p", "veiviser-start__beskrivelse")?;
    description.set_text_content(flow.map(|f| f.description));
    let waiting = waiting(host, ui::WIDGET_START, app)?;
    region.append_with_node_4(&heading, &description, &waiting.button, &waiting.status)?;
    shell.append_child(&region)?;

    on(&waiting.button, "click", {
        let (waiting, app) = (waiting.clone(), app.clone());
        move || waiting.start(&app, true)
    })?;
    let fetched = Cell::new(false);
    let intent = {
        let app = app.clone();
        move || {
            if !fetched.replace(true) {
                app.prefetch();
            }
        }
    };
    let intent = Rc::new(intent);
    for name in ["pointerenter", "focusin", "touchstart"] {
        let intent = intent.clone();
        let listener = Closure::<dyn Fn()>::new(move || intent());
        // Passive: a touch that starts here scrolls the host page without waiting for this.
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(true);
        host.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            listener.as_ref().unchecked_ref(),
            &options,
        )?;
        listener.forget();
    }
    Ok(())
}

/// A widget that gets the guide at once: «Henter veiviseren …» until it is there, and if it cannot be
/// fetched, why, with «Prøv igjen».
pub fn at_once(host: &Element, shell: &HtmlElement, app: &App) -> Result<(), JsValue> {
    let waiting = waiting(host, ui::WIDGET_RETRY, app)?;
    waiting.button.set_attribute("hidden", "")?;
    shell.append_with_node_2(&waiting.status, &waiting.button)?;
    on(&waiting.button, "click", {
        let (waiting, app) = (waiting.clone(), app.clone());
        move || waiting.start(&app, true)
    })?;
    waiting.start(app, false);
    Ok(())
}

fn waiting(host: &Element, button_text: &str, app: &App) -> Result<Waiting, JsValue> {
    let button = element("button", "button")?;
    button.set_attribute("type", "button")?;
    button.set_attribute("data-testid", "widget-start-button")?;
    button.set_text_content(Some(button_text));
    let status = element("p", "veiviser-start__status")?;
    status.set_attribute("role", "status")?;
    status.set_attribute("data-testid", "widget-start-status")?;
    Ok(Waiting {
        host: host.clone(),
        status,
        button,
        busy: Rc::default(),
        site: app.base.clone(),
    })
}

/// What is wrong with the widget's attributes, for the person who set up the host page (and in the
/// console), with a link to the guides on the site meanwhile. The guide is not fetched.
pub fn problems(
    host: &Element,
    shell: &HtmlElement,
    problems: &[String],
    site: &str,
) -> Result<(), JsValue> {
    web_sys::console::error_2(
        &format!("Skattedeling veiviser: {}", problems.join(" ")).into(),
        host,
    );
    let boxed = element("div", "widget-problem")?;
    boxed.set_attribute("data-testid", "widget-problem")?;
    let title = element("h2", "widget-problem__title")?;
    title.set_text_content(Some(ui::WIDGET_PROBLEM_TITLE));
    let lead = element("p", "")?;
    lead.set_text_content(Some(ui::WIDGET_PROBLEM_LEAD));
    let list = element("ul", "")?;
    for problem in problems {
        let item = element("li", "")?;
        item.set_attribute("data-testid", "widget-problem-item")?;
        item.set_text_content(Some(problem));
        list.append_child(&item)?;
    }
    let owner = element("p", "")?;
    let link = element("a", "")?;
    link.set_attribute("href", site)?;
    link.set_text_content(Some(ui::WIDGET_SITE_NAME));
    owner.append_with_str_1(&format!("{} ", ui::WIDGET_PROBLEM_OWNER))?;
    owner.append_with_node_1(&link)?;
    owner.append_with_str_1(".")?;
    boxed.append_with_node_4(&title, &lead, &list, &owner)?;
    shell.append_child(&boxed)?;
    Ok(())
}

fn element(tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = browser::document().create_element(tag)?;
    element.set_class_name(class);
    Ok(element)
}

/// Calls `f` on every `name` event at `target`, for as long as the page lives.
fn on(target: &Element, name: &str, f: impl Fn() + 'static) -> Result<(), JsValue> {
    let listener = Closure::<dyn Fn()>::new(f);
    target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())?;
    listener.forget();
    Ok(())
}
