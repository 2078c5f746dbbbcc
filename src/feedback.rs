//! «Fant du det du lette etter?» under each FAQ answer (the forms sitegen wrote when the site has a
//! feedback service) and each guide outcome ([`crate::components::guide::feedback`]): «Ja» and «Nei»
//! are sent at once, «Nei» then offers the reasons and a comment, and a comment with personal data is
//! refused here before it is sent. Nothing is kept in the browser; what was sent is known only to
//! the page. The forms are plain HTML, so one listener serves the page's and a widget's forms alike.
//! The FAQ app loads this app when a person is about to vote (see `faq/src/site.rs`).

use crate::browser::{self, element, text_element};
use skattedeling_core::feedback::{
    personal_data, Reason, COMMENT_PATH, HONEYPOT, MAX_COMMENT_CHARS, VOTE_PATH,
};
use skattedeling_core::json::write_string;
use skattedeling_core::support::SUPPORT_EMAIL;
use skattedeling_core::texts::{self, Feedback};
use skattedeling_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn set_attribute(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

fn set_hidden(e: &Element, hidden: bool) {
    if hidden {
        set_attribute(e, "hidden", "");
    } else {
        let _ = e.remove_attribute("hidden");
    }
}

/// Handles the clicks on every feedback form under `root` (the document, or a widget's shadow root,
/// where a listener on the document would see only the widget's host).
pub fn listen(root: &EventTarget) {
    browser::listen(root, "click", false, |e| {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("form.feedback button").ok().flatten())
        else {
            return;
        };
        let which = button.get_attribute("data-testid").unwrap_or_default();
        // The form without a script posts to the service; here the app sends it.
        e.prevent_default();
        clicked(&button, &which);
    });
}

/// A click on one of a feedback form's buttons, by its `data-testid`; `false` if it was none.
fn clicked(button: &Element, which: &str) -> bool {
    let Some(form) = button.closest("form.feedback").ok().flatten() else {
        return false;
    };
    match which {
        "feedback-yes" => vote(form, "ja"),
        "feedback-no" => vote(form, "nei"),
        "feedback-send" => comment(form),
        _ => return false,
    }
    true
}

fn value(form: &Element, name: &str) -> String {
    let selector = format!("[name=\"{name}\"]");
    let Some(field) = find(form, &selector) else {
        return String::new();
    };
    match field.dyn_ref::<HtmlTextAreaElement>() {
        Some(area) => area.value(),
        None => field
            .dyn_ref::<HtmlInputElement>()
            .map(HtmlInputElement::value)
            .unwrap_or_default(),
    }
}

/// What the form says, in its language: the page's (`sprak`, which a translated page's forms carry),
/// else bokmål.
fn words(form: &Element) -> &'static Feedback {
    texts::feedback(Lang::parse(&value(form, "sprak")).unwrap_or(Lang::Nb))
}

/// The JSON object of `fields`, each a string.
fn json(fields: &[(&str, &str)]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(&mut out, key);
        out.push(':');
        write_string(&mut out, value);
    }
    out.push('}');
    out
}

/// The form's target, revision, language and trap field, with `more` after them.
fn body(form: &Element, more: &[(&str, &str)]) -> String {
    let (target, revision, language) = (
        value(form, "mal"),
        value(form, "revisjon"),
        value(form, "sprak"),
    );
    let trap = value(form, HONEYPOT);
    let mut fields = vec![
        ("mal", target.as_str()),
        ("revisjon", revision.as_str()),
        (
            "sprak",
            if language.is_empty() {
                "nb"
            } else {
                language.as_str()
            },
        ),
        (HONEYPOT, trap.as_str()),
    ];
    fields.extend_from_slice(more);
    json(&fields)
}

/// The service's address for `path`, from the form's own (`…/v1/feedback/vote`).
fn service_url(form: &Element, path: &str) -> Option<String> {
    let action = form.get_attribute("action")?;
    Some(format!("{}{path}", action.strip_suffix(VOTE_PATH)?))
}

/// Says `text` in the form's status line, which screen readers read out.
fn say(form: &Element, text: &str, focus: bool) {
    if let Some(status) = find(form, ".feedback__status") {
        status.set_text_content(Some(text));
        if focus {
            if let Some(status) = status.dyn_ref::<HtmlElement>() {
                let _ = status.focus();
            }
        }
    }
}

/// Sends what `body` says to `path` once (a second click while it is on its way does nothing), then
/// `done` with whether it arrived.
fn send(form: Element, path: &str, body: String, done: impl FnOnce(&Element, bool) + 'static) {
    if form.has_attribute("data-sender") {
        return;
    }
    let Some(url) = service_url(&form, path) else {
        return;
    };
    set_attribute(&form, "data-sender", "");
    wasm_bindgen_futures::spawn_local(async move {
        let status = browser::post_json(&url, &body).await;
        let _ = form.remove_attribute("data-sender");
        done(&form, status.is_some_and(|s| (200..300).contains(&s)));
    });
}

fn vote(form: Element, answer: &'static str) {
    let body = body(&form, &[("svar", answer)]);
    send(form, VOTE_PATH, body, move |form, arrived| {
        let t = words(form);
        if !arrived {
            say(form, t.failed, false);
            return;
        }
        if let Some(buttons) = find(form, ".feedback__buttons") {
            set_hidden(&buttons, true);
        }
        if answer == "ja" {
            say(form, t.thanks, true);
            return;
        }
        say(form, t.thanks_no, false);
        match offer_more(form) {
            Some(first) => {
                let _ = first.focus();
            }
            None => say(form, t.thanks, true),
        }
    });
}

/// Puts the reasons and the comment into `form`, with ids of its own; gives the first reason.
fn offer_more(form: &Element) -> Option<HtmlElement> {
    let t = words(form);
    let base = format!("{}-kommentar", value(form, "mal"));
    let hint_id = format!("{base}-hjelp");
    let more = element("div", "feedback__more")?;
    set_attribute(&more, "data-testid", "feedback-more");
    let reasons = element("fieldset", "feedback__reasons")?;
    let legend = text_element("legend", "feedback__legend", t.reasons)?;
    let _ = reasons.append_child(&legend);
    for reason in Reason::ALL {
        let label = element("label", "feedback__reason")?;
        let radio = element("input", "")?;
        set_attribute(&radio, "type", "radio");
        set_attribute(&radio, "name", "grunn");
        set_attribute(&radio, "value", reason.key());
        let _ = label.append_child(&radio);
        let _ = label.append_with_str_1(&format!(" {}", reason.label_in(t)));
        let _ = reasons.append_child(&label);
    }
    let max = MAX_COMMENT_CHARS.to_string();
    let comment = texts::fill(t.comment, &[("max", &max)]);
    let label = text_element("label", "feedback__label", &comment)?;
    set_attribute(&label, "for", &base);
    let hint = text_element("p", "feedback__hint", &format!("{} ", t.comment_hint))?;
    set_attribute(&hint, "id", &hint_id);
    let mail = text_element("a", "", SUPPORT_EMAIL)?;
    set_attribute(&mail, "href", &format!("mailto:{SUPPORT_EMAIL}"));
    let _ = hint.append_child(&mail);
    let _ = hint.append_with_str_1(".");
    let error = element("p", "feedback__error")?;
    set_attribute(&error, "data-testid", "feedback-error");
    set_hidden(&error, true);
    let area = element("textarea", "feedback__comment")?;
    for (name, value) in [
        ("id", base.as_str()),
        ("name", "tekst"),
        ("rows", "3"),
        ("aria-describedby", hint_id.as_str()),
        ("data-testid", "feedback-comment"),
    ] {
        set_attribute(&area, name, value);
    }
    set_attribute(&area, "maxlength", &max);
    let row = element("p", "feedback__send-row")?;
    let send = text_element("button", "feedback__send", t.send)?;
    set_attribute(&send, "type", "submit");
    set_attribute(&send, "data-testid", "feedback-send");
    let _ = row.append_child(&send);
    for part in [&reasons, &label, &hint, &error, &area, &row] {
        let _ = more.append_child(part);
    }
    let status = find(form, ".feedback__status");
    let _ = form.insert_before(&more, status.as_ref().map(|s| s.as_ref()));
    find(&more, "input")?.dyn_into().ok()
}

fn comment(form: Element) {
    let t = words(&form);
    let text = value(&form, "tekst");
    let reason = find(&form, "input[name=\"grunn\"]:checked")
        .and_then(|r| r.get_attribute("value"))
        .unwrap_or_default();
    let (Some(more), Some(area)) = (
        find(&form, ".feedback__more"),
        find(&form, ".feedback__comment"),
    ) else {
        return;
    };
    if let Some(found) = personal_data(&text) {
        refuse(&more, &area, found.refusal_in(t));
        return;
    }
    if reason.is_empty() && text.trim().is_empty() {
        more.remove();
        say(&form, t.sent, true);
        return;
    }
    let body = body(&form, &[("grunn", &reason), ("tekst", &text)]);
    send(form, COMMENT_PATH, body, move |form, arrived| {
        if arrived {
            more.remove();
            say(form, t.sent, true);
        } else {
            say(form, t.failed, false);
        }
    });
}

/// Says why the comment cannot be sent, beside it, and puts focus in it to be mended.
fn refuse(more: &Element, area: &Element, why: &str) {
    let Some(error) = find(more, ".feedback__error") else {
        return;
    };
    let id = format!("{}-feil", area.id());
    error.set_text_content(Some(why));
    set_attribute(&error, "id", &id);
    set_hidden(&error, false);
    set_attribute(area, "aria-invalid", "true");
    let hint = area.get_attribute("aria-describedby").unwrap_or_default();
    if !hint.contains(&id) {
        set_attribute(area, "aria-describedby", &format!("{id} {hint}"));
    }
    if let Some(area) = area.dyn_ref::<HtmlElement>() {
        let _ = area.focus();
    }
}
