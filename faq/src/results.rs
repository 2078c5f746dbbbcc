//! The result list of a search, kept for the life of the page: each question's item (its card and
//! the excerpt under it) is made the first time it is a hit, and a keystroke only reorders the
//! items, marks what changed and takes out what no longer matches, so the browser has little new
//! to lay out.

use crate::data;
use crate::dom::{element, fill_marked, find, is_open, set_hidden, text_element};
use skattedeling_core::search::{highlight, snippet};
use skattedeling_core::{ui, Hit};
use web_sys::Element;

/// Results beyond this many are not shown; the status line still counts them.
const MAX_SHOWN: usize = 50;
/// Length of the answer excerpt under a closed result.
const SNIPPET_CHARS: usize = 160;

struct Item {
    item: Element,
    excerpt: Element,
    /// The index keys marked in its title and excerpt; `None` while its title is plain.
    terms: Option<Vec<String>>,
}

pub struct Results {
    /// The heading and the list, put into the page while a search has hits.
    pub block: Element,
    list: Element,
    /// Each question's item, by its position in the FAQ, once it has been a hit.
    items: Vec<Option<Item>>,
    /// The questions in the list, in order.
    shown: Vec<usize>,
}

impl Results {
    pub fn new(questions: usize) -> Option<Results> {
        let block = element("div", "")?;
        let list = element("ol", "results")?;
        let _ = list.set_attribute("data-testid", "results");
        let heading = text_element("h2", "visually-hidden", ui::RESULTS_TITLE)?;
        let _ = block.append_child(&heading);
        let _ = block.append_child(&list);
        Some(Results {
            block,
            list,
            items: (0..questions).map(|_| None).collect(),
            shown: Vec::new(),
        })
    }

    /// Shows `hits`, best first, each with its card (`cards`, by position) and a marked excerpt
    /// while the card is closed.
    pub fn show(&mut self, hits: &[Hit], cards: &[Element]) {
        let wanted: Vec<usize> = hits.iter().take(MAX_SHOWN).map(|h| h.doc).collect();
        for doc in self.shown.clone() {
            if !wanted.contains(&doc) {
                self.release(doc, cards);
            }
        }
        for hit in hits.iter().take(MAX_SHOWN) {
            self.place(hit, &cards[hit.doc]);
        }
        if self.shown != wanted {
            for item in wanted.iter().filter_map(|&d| self.items[d].as_ref()) {
                let _ = self.list.append_child(&item.item);
            }
        }
        self.shown = wanted;
    }

    /// The card of `hit` in its item, marked for `hit`'s terms.
    fn place(&mut self, hit: &Hit, card: &Element) {
        if self.items[hit.doc].is_none() {
            self.items[hit.doc] = new_item();
        }
        let Some(item) = self.items[hit.doc].as_mut() else {
            return;
        };
        if card.parent_element().as_ref() != Some(&item.item) {
            let _ = item.item.insert_before(card, Some(&item.excerpt));
        }
        if item.terms.as_ref() != Some(&hit.terms) {
            let question = &data::faq().faq.questions[hit.doc];
            if let Some(title) = find(card, ".question__title") {
                fill_marked(&title, &highlight(&question.title, &hit.terms));
            }
            let excerpt = snippet(&question.answer_text, &hit.terms, SNIPPET_CHARS);
            fill_marked(&item.excerpt, &excerpt);
            item.terms = Some(hit.terms.clone());
        }
        set_hidden(&item.excerpt, is_open(card));
    }

    /// Takes question `doc` out of the list, its title unmarked.
    fn release(&mut self, doc: usize, cards: &[Element]) {
        let Some(item) = self.items[doc].as_mut() else {
            return;
        };
        item.item.remove();
        if item.terms.take().is_some() {
            if let Some(title) = find(&cards[doc], ".question__title") {
                title.set_text_content(Some(&data::faq().faq.questions[doc].title));
            }
        }
    }

    /// Empties the list: every title unmarked. The cards stay in their items until the sections
    /// take them back.
    pub fn clear(&mut self, cards: &[Element]) {
        for doc in std::mem::take(&mut self.shown) {
            self.release(doc, cards);
        }
    }

    /// Whether `details` is a card in the list, and its excerpt (hidden while it is open).
    pub fn excerpt_of(&self, details: &Element) -> Option<&Element> {
        self.items
            .iter()
            .flatten()
            .find(|i| details.parent_element().as_ref() == Some(&i.item))
            .map(|i| &i.excerpt)
    }
}

fn new_item() -> Option<Item> {
    let item = element("li", "result")?;
    let excerpt = element("p", "result__snippet")?;
    let _ = excerpt.set_attribute("data-testid", "snippet");
    let _ = item.append_child(&excerpt);
    Some(Item {
        item,
        excerpt,
        terms: None,
    })
}
