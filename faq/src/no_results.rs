//! The box a search with no hit shows: what was searched for, the three nearest questions, the
//! guide and the support e-mail. Made once and kept: a keystroke that still finds nothing changes
//! only what differs (the title, the nearest questions, the e-mail's address), so the browser has
//! little to lay out again while a person types a word the FAQ does not have.

use crate::data;
use crate::dom::{append, element, set_attribute, set_hidden, text_element};
use skattedeling_core::support::{support_mailto_in, SUPPORT_EMAIL};
use skattedeling_core::texts::fill;
use skattedeling_core::{links, ui, Audience};
use web_sys::Element;

pub struct NoResults {
    pub block: Element,
    title: Element,
    /// «Dette er de spørsmålene som ligner mest:» and their list; hidden when none is near.
    closest: Element,
    closest_list: Element,
    /// The questions the list links to now.
    closest_docs: Vec<usize>,
    mail: Element,
}

impl NoResults {
    pub fn new() -> Option<NoResults> {
        let block = element("div", "no-results")?;
        let _ = block.set_attribute("data-testid", "no-results");
        let title = element("h2", "no-results__title")?;
        let closest = element("div", "no-results__closest")?;
        let intro = text_element("p", "", crate::data::texts().no_results_closest)?;
        let closest_list = element("ul", "no-results__questions")?;
        let _ = closest_list.set_attribute("data-testid", "closest");
        append(&closest, &[&intro, &closest_list]);
        set_hidden(&closest, true);
        let text = text_element("p", "", crate::data::texts().no_results_text)?;
        let options = element("ul", "no-results__options")?;
        let guide = link_item(
            &options,
            &links::flow_start_href(ui::MAIN_FLOW),
            crate::data::texts().guide_link,
        )?;
        let _ = guide.set_attribute("data-testid", "no-results-guide");
        // Its address, which holds the search, is set by `show`.
        let mail = link_item(
            &options,
            "",
            &fill(
                crate::data::texts().no_results_mail,
                &[("mail", SUPPORT_EMAIL)],
            ),
        )?;
        let _ = mail.set_attribute("data-testid", "no-results-mail");
        append(&block, &[&title, &closest, &text, &options]);
        Some(NoResults {
            block,
            title,
            closest,
            closest_list,
            closest_docs: Vec::new(),
            mail,
        })
    }

    /// Says that `query` found nothing (for `audience`), with the nearest of `questions` (the
    /// page's, whose titles are in its language).
    pub fn show(&mut self, query: &str, audience: Option<Audience>, questions: &[Element]) {
        let texts = crate::data::texts();
        let title = fill(texts.no_results_title, &[("query", query.trim())]);
        if self.title.text_content().as_deref() != Some(title.as_str()) {
            self.title.set_text_content(Some(&title));
        }
        set_attribute(
            &self.mail,
            "href",
            &support_mailto_in(texts, query, audience),
        );
        let data = data::faq();
        let docs = data.closest(query, audience);
        if docs != self.closest_docs {
            self.closest_list.set_text_content(None);
            for &doc in &docs {
                let question = &data.faq.questions[doc];
                link_item(
                    &self.closest_list,
                    &format!("#{}", question.id),
                    &questions
                        .get(doc)
                        .and_then(|q| crate::dom::find(q, ".question__title"))
                        .and_then(|t| t.text_content())
                        .unwrap_or_default(),
                );
            }
            set_hidden(&self.closest, docs.is_empty());
            self.closest_docs = docs;
        }
    }
}

/// A link to `href` (none while it is empty) reading `text`, in an item appended to `list`.
fn link_item(list: &Element, href: &str, text: &str) -> Option<Element> {
    let link = text_element("a", "", text)?;
    if !href.is_empty() {
        let _ = link.set_attribute("href", href);
    }
    let item = element("li", "")?;
    let _ = item.append_child(&link);
    let _ = list.append_child(&item);
    Some(link)
}
