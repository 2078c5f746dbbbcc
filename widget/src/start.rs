//! A widget's first screen, and starting the guide: the guide's app is fetched when a person is
//! about to use the widget, and mounted in the widget when they press «Start veiviseren» (or at once,
//! when the widget has answers to show). If the app cannot be fetched, the widget says so, links to
//! the guide on the site and offers to try again; nothing the person did is lost. A widget whose
//! attributes are wrong says what is wrong instead.

use skattedeling_browser::{element, listen, listen_passive, text_element};
use skattedeling_core::widget::{texts, FlowIntro, WidgetTexts};
use skattedeling_core::Lang;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::Element;

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
    /// The site's page in the widget's language, which a failure links to.
    site: Rc<str>,
    texts: &'static WidgetTexts,
}

impl Waiting {
    /// The status line and the button labelled `button_text`, which starts the guide for `host`
    /// with focus on it; the widget speaks `lang`.
    fn new(host: &Element, button_text: &str, app: &App, lang: Lang) -> Option<Waiting> {
        let button = text_element("button", "button", button_text)?;
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-testid", "widget-start-button");
        let status = element("p", "veiviser-start__status")?;
        let _ = status.set_attribute("role", "status");
        let _ = status.set_attribute("data-testid", "widget-start-status");
        let waiting = Waiting {
            host: host.clone(),
            status,
            button,
            busy: Rc::default(),
            site: site_in(&app.base, lang).into(),
            texts: texts(lang),
        };
        listen(&waiting.button, "click", false, {
            let (waiting, app) = (waiting.clone(), app.clone());
            move |_| waiting.start(&app, true)
        });
        Some(waiting)
    }

    /// Starts the guide, unless it is already on its way.
    fn start(&self, app: &App, focus: bool) {
        if self.busy.replace(true) {
            return;
        }
        // Pressing it again does nothing until the guide is there or has failed: said, not hidden.
        let _ = self.button.set_attribute("aria-disabled", "true");
        self.status.set_text_content(Some(self.texts.loading));
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
        self.status.set_text_content(None);
        ending_with_site(&self.status, self.texts.load_failed, &self.site, self.texts);
        self.button.set_text_content(Some(self.texts.retry));
        let _ = self.button.remove_attribute("aria-disabled");
        let _ = self.button.remove_attribute("hidden");
    }
}

/// The first screen of a widget whose flow is known: the flow's title and description and «Start
/// veiviseren», as one landmark named `label`, in `lang`. The guide's app is fetched as soon as the
/// person shows intent: a pointer over the widget, focus in it, a touch.
pub fn first_screen(
    host: &Element,
    shell: &Element,
    flow: Option<FlowIntro>,
    label: &str,
    app: &App,
    lang: Lang,
) -> Option<()> {
    let region = element("div", "veiviser__innhold veiviser-start")?;
    let _ = region.set_attribute("role", "region");
    let _ = region.set_attribute("aria-label", label);
    let _ = region.set_attribute("data-testid", "widget-start");
    let heading = text_element("h2", "guide-heading", flow.map_or("", |f| f.title))?;
    let description = text_element(
        "p",
        "veiviser-start__beskrivelse",
        flow.map_or("", |f| f.description),
    )?;
    let waiting = Waiting::new(host, texts(lang).start, app, lang)?;
    region
        .append_with_node_4(&heading, &description, &waiting.button, &waiting.status)
        .ok()?;
    shell.append_child(&region).ok()?;

    let fetched = Rc::new(Cell::new(false));
    for name in ["pointerenter", "focusin", "touchstart"] {
        let (fetched, app) = (fetched.clone(), app.clone());
        listen_passive(host, name, move |_| {
            if !fetched.replace(true) {
                app.prefetch();
            }
        });
    }
    Some(())
}

/// A widget that gets the guide at once: «Laster veiviseren …» until it is there, and if it cannot
/// be fetched, why, with «Prøv igjen».
pub fn at_once(host: &Element, shell: &Element, app: &App, lang: Lang) -> Option<()> {
    let waiting = Waiting::new(host, texts(lang).retry, app, lang)?;
    let _ = waiting.button.set_attribute("hidden", "");
    shell
        .append_with_node_2(&waiting.status, &waiting.button)
        .ok()?;
    waiting.start(app, false);
    Some(())
}

/// What is wrong with the widget's attributes, for the person who set up the host page (and in the
/// console), with a link to the guides on the site meanwhile, in `lang`; the problems themselves are
/// in bokmål, marked so. The guide is not fetched.
pub fn problems(
    host: &Element,
    shell: &Element,
    problems: &[String],
    base: &str,
    lang: Lang,
) -> Option<()> {
    let t = texts(lang);
    web_sys::console::error_2(
        &format!("Skattedeling veiviser: {}", problems.join(" ")).into(),
        host,
    );
    let boxed = element("div", "widget-problem")?;
    let _ = boxed.set_attribute("data-testid", "widget-problem");
    let title = text_element("h2", "widget-problem__title", t.problem_title)?;
    let lead = text_element("p", "", t.problem_lead)?;
    let list = element("ul", "")?;
    if lang != Lang::Nb {
        let _ = list.set_attribute("lang", Lang::Nb.code());
    }
    for problem in problems {
        let item = text_element("li", "", problem)?;
        let _ = item.set_attribute("data-testid", "widget-problem-item");
        list.append_child(&item).ok()?;
    }
    let owner = element("p", "")?;
    ending_with_site(&owner, t.problem_owner, &site_in(base, lang), t);
    boxed
        .append_with_node_4(&title, &lead, &list, &owner)
        .ok()?;
    shell.append_child(&boxed).ok()?;
    Some(())
}

/// The site's FAQ page in `lang`: `base`, or its `nn/` or `en/`.
fn site_in(base: &str, lang: Lang) -> String {
    format!("{base}{}", lang.folder())
}

/// Appends `text`, then a link to the site and a full stop, to `parent`.
fn ending_with_site(parent: &Element, text: &str, site: &str, t: &WidgetTexts) {
    let _ = parent.append_with_str_1(&format!("{text} "));
    if let Some(link) = text_element("a", "", t.site_name) {
        let _ = link.set_attribute("href", site);
        let _ = parent.append_with_node_1(&link);
    }
    let _ = parent.append_with_str_1(".");
}
