//! The result list of a search, kept for the life of the page: each document's item is made while
//! the page is idle after the takeover (or the first time it is a hit, if that comes first), and a
//! keystroke only reorders the items, marks what changed and takes out what no longer matches, so
//! the browser has little new to lay out. An answer's or an error code's item
//! holds the question's own card from the page; a guide flow's holds a link to the flow. Each says
//! first what it is (svar, feilkode, veiviser); the error code a search names exactly comes first,
//! open, as the best answer.

use crate::data;
use crate::dom::{
    append, element, fill_marked, find, is_open, set_attribute, set_hidden, set_open, text_element,
};
use skattedeling_core::search::{KeyedText, Segment};
use skattedeling_core::texts::fill;
use skattedeling_core::{links, Hit, ResultKind};
use web_sys::Element;

/// How many results a search shows at first, best first; «Vis alle N treff» under the list shows
/// the rest, until the search changes. Few enough that a keystroke, which re-marks every result
/// shown, leaves the browser little to lay out again; the status line counts them all.
pub const FIRST_SHOWN: usize = 10;
/// Length of the answer excerpt under a closed result.
const SNIPPET_CHARS: usize = 160;
/// The class of the best answer's item.
const BEST: &str = "result--best";

struct Item {
    item: Element,
    /// «Svar», «Feilkode» or «Veiviser» (and «Beste treff»).
    kind: Element,
    /// A flow's link, whose text is its marked title; `None` for a question, whose card has one.
    link: Option<Element>,
    excerpt: Element,
    /// The title, with its words' index keys.
    title: Option<KeyedText>,
    /// The answer's text as the page shows it, read from the card once (the app's data carries no
    /// answers: they are on the page), or the flow's description, with its words' index keys.
    text: Option<KeyedText>,
    /// What the title and the excerpt show now (empty: not known), so that a keystroke that does not
    /// change them leaves them alone, and the browser has nothing new to lay out there.
    title_marks: Vec<Segment>,
    excerpt_marks: Vec<Segment>,
    /// The index keys marked in its title and excerpt; `None` while its title is plain.
    terms: Option<Vec<String>>,
}

pub struct Results {
    /// The heading, the list and «Vis alle N treff», put into the page while a search has hits.
    pub block: Element,
    list: Element,
    /// Each document's item (the FAQ's questions, then the guide's flows), once it is prepared.
    items: Vec<Option<Item>>,
    /// The documents in the list, in order.
    shown: Vec<usize>,
    /// The document shown as the best answer.
    best: Option<usize>,
    /// The best answer's card, when the app opened it (it closes it again when the search moves on).
    opened: Option<usize>,
    /// «Vis alle N treff», under the list while it holds results back.
    more: Element,
    /// The search whose results are all shown, after «Vis alle» was pressed for it.
    all_for: Option<String>,
    /// An element never in the page, which practice searches fill (see [`Results::practise`]).
    scratch: Element,
}

impl Results {
    /// A list for the `documents` of the search index.
    pub fn new(documents: usize) -> Option<Results> {
        let block = element("div", "")?;
        let list = element("ol", "results")?;
        let _ = list.set_attribute("data-testid", "results");
        let heading = text_element("h2", "visually-hidden", crate::data::texts().results_title)?;
        let more = element("button", "toolbar__button results__more")?;
        let _ = more.set_attribute("type", "button");
        let _ = more.set_attribute("data-testid", "results-more");
        set_hidden(&more, true);
        append(&block, &[&heading, &list, &more]);
        Some(Results {
            block,
            list,
            items: (0..documents).map(|_| None).collect(),
            shown: Vec::new(),
            best: None,
            opened: None,
            more,
            all_for: None,
            scratch: element("p", "")?,
        })
    }

    /// How many of a search's results are shown for `query`.
    pub fn limit(&self, query: &str) -> usize {
        if self.all_for.as_deref() == Some(query.trim()) {
            usize::MAX
        } else {
            FIRST_SHOWN
        }
    }

    /// Shows every result of `query` from now on, until the search changes.
    pub fn show_all(&mut self, query: &str) {
        self.all_for = Some(query.trim().to_string());
    }

    /// The element to move focus to, for the result at `position` in the list: a question's summary
    /// or a flow's link.
    pub fn focus_target(&self, position: usize, cards: &[Element]) -> Option<Element> {
        let doc = *self.shown.get(position)?;
        match &self.items.get(doc)?.as_ref()?.link {
            Some(link) => Some(link.clone()),
            None => find(cards.get(doc)?, "summary"),
        }
    }

    /// How many results the list shows.
    pub fn shown(&self) -> usize {
        self.shown.len()
    }

    /// Shows the first of `hits` for `query` (see [`FIRST_SHOWN`]), best first: a question with its
    /// card (`cards`, by position) and a marked excerpt while the card is closed, a flow with its
    /// link and description; `best` first and open.
    pub fn show(&mut self, query: &str, hits: &[Hit], best: Option<usize>, cards: &[Element]) {
        if self.all_for.as_deref() != Some(query.trim()) {
            // A new search starts again with its best ten, also when it comes back.
            self.all_for = None;
        }
        let limit = self.limit(query);
        let wanted: Vec<usize> = hits.iter().take(limit).map(|h| h.doc).collect();
        for doc in self.shown.clone() {
            if !wanted.contains(&doc) {
                self.release(doc, cards);
            }
        }
        for hit in hits.iter().take(limit) {
            self.place(hit, cards);
        }
        self.mark_best(best, cards);
        if self.shown != wanted {
            self.reorder(&wanted);
        }
        self.shown = wanted;
        let held_back = hits.len() > self.shown.len();
        if held_back {
            let label = fill(
                crate::data::texts().show_all,
                &[("n", &hits.len().to_string())],
            );
            if self.more.text_content().as_deref() != Some(label.as_str()) {
                self.more.set_text_content(Some(&label));
            }
        }
        set_hidden(&self.more, !held_back);
    }

    /// Puts the items of `wanted` in the list in that order, moving only those out of place: a
    /// keystroke mostly keeps the order, and every move is work for the browser.
    fn reorder(&self, wanted: &[usize]) {
        let mut at = self.list.first_element_child();
        for item in wanted.iter().filter_map(|&d| self.items.get(d)?.as_ref()) {
            if at.as_ref() == Some(&item.item) {
                at = item.item.next_element_sibling();
            } else {
                let _ = self
                    .list
                    .insert_before(&item.item, at.as_ref().map(|e| e.as_ref()));
            }
        }
    }

    /// Makes document `doc`'s item and reads its title and text, if that is not done yet, so that
    /// the keystroke that first finds it only places and marks it. The page calls this for every
    /// document while it is idle after the takeover; reading an answer's text from its card is the
    /// costly part of a first hit.
    pub fn prepare(&mut self, doc: usize, cards: &[Element]) {
        let _ = self.item(doc, cards);
    }

    /// Marks the first of `hits` as [`Results::show`] would, into an element that is not in the
    /// page: a practice run that has the browser compile this code before a keystroke needs it.
    pub fn practise(&mut self, hits: &[Hit], cards: &[Element]) {
        for hit in hits.iter().take(FIRST_SHOWN) {
            let Some((title, excerpt)) =
                self.item(hit.doc, cards).and_then(|i| i.marks(&hit.terms))
            else {
                continue;
            };
            fill_marked(&self.scratch, &title);
            fill_marked(&self.scratch, &excerpt);
        }
    }

    /// Document `doc`'s item, prepared (see [`Results::prepare`]).
    fn item(&mut self, doc: usize, cards: &[Element]) -> Option<&mut Item> {
        let data = data::faq();
        let kind = data.kind(doc);
        let slot = self.items.get_mut(doc)?;
        if slot.is_none() {
            *slot = new_item(kind, doc);
        }
        let item = slot.as_mut()?;
        if item.title.is_none() || item.text.is_none() {
            let (title, text) = match (kind, cards.get(doc)) {
                (ResultKind::Flow(f), _) => crate::dom::flow_title(&data.flows[f].id),
                (_, Some(card)) => (
                    find(card, ".question__title")
                        .and_then(|t| t.text_content())
                        .unwrap_or_default(),
                    find(card, ".answer__body")
                        .map(|b| crate::dom::block_text(&b))
                        .unwrap_or_default(),
                ),
                (_, None) => return None,
            };
            item.title = Some(KeyedText::new(&title));
            item.text = Some(KeyedText::new(&text));
        }
        Some(item)
    }

    /// The item of `hit`, made if need be, holding its card or link, marked for `hit`'s terms.
    fn place(&mut self, hit: &Hit, cards: &[Element]) {
        let card = cards.get(hit.doc);
        let Some(item) = self.item(hit.doc, cards) else {
            return;
        };
        if let Some(card) = card {
            if card.parent_element().as_ref() != Some(&item.item) {
                let _ = item.item.insert_before(card, Some(&item.excerpt));
            }
            // Tabbing to the card's summary says what the result is, as the label above shows;
            // set when the result is new or comes back (its terms are taken when it leaves).
            if item.terms.is_none() {
                if let Some(summary) = find(card, "summary") {
                    set_attribute(&summary, DESCRIBED_BY, &kind_id(hit.doc));
                }
            }
        }
        if item.terms.as_ref() != Some(&hit.terms) {
            let Some((title_marks, excerpt_marks)) = item.marks(&hit.terms) else {
                return;
            };
            if title_marks != item.title_marks {
                let title_element = match card {
                    Some(card) if item.link.is_none() => find(card, ".question__title"),
                    _ => item.link.clone(),
                };
                if let Some(e) = title_element {
                    fill_marked(&e, &title_marks);
                }
                item.title_marks = title_marks;
            }
            if excerpt_marks != item.excerpt_marks {
                fill_marked(&item.excerpt, &excerpt_marks);
                item.excerpt_marks = excerpt_marks;
            }
            item.terms = Some(hit.terms.clone());
        }
        set_hidden(&item.excerpt, card.is_some_and(is_open));
    }

    /// Marks `best` as the best answer (its card opened the first time), and no other.
    fn mark_best(&mut self, best: Option<usize>, cards: &[Element]) {
        if self.best == best {
            return;
        }
        let changes = [(self.best, false), (best, true)];
        for (doc, on) in changes.into_iter().filter_map(|(d, on)| Some((d?, on))) {
            let Some(item) = self.items.get(doc).and_then(Option::as_ref) else {
                continue;
            };
            let _ = item.item.class_list().toggle_with_force(BEST, on);
            let kind = kind_label(data::faq().kind(doc));
            let label = if on {
                format!("{kind}, {}", crate::data::texts().result_best)
            } else {
                kind.to_string()
            };
            item.kind.set_text_content(Some(&label));
            let Some(card) = cards.get(doc) else {
                continue;
            };
            if on && !is_open(card) {
                set_open(card, true);
                set_hidden(&item.excerpt, true);
                self.opened = Some(doc);
            } else if !on && self.opened == Some(doc) {
                set_open(card, false);
                self.opened = None;
            }
        }
        self.best = best;
    }

    /// Takes document `doc` out of the list, a question's title unmarked.
    fn release(&mut self, doc: usize, cards: &[Element]) {
        let Some(item) = self.items.get_mut(doc).and_then(Option::as_mut) else {
            return;
        };
        item.item.remove();
        if let Some(summary) = cards.get(doc).and_then(|c| find(c, "summary")) {
            let _ = summary.remove_attribute(DESCRIBED_BY);
        }
        if item.terms.take().is_some() {
            if let Some(title) = cards.get(doc).and_then(|c| find(c, ".question__title")) {
                // Its words without the marks: the title as the page wrote it.
                let plain = title.text_content();
                title.set_text_content(plain.as_deref());
                item.title_marks.clear();
            }
        }
        if self.best == Some(doc) {
            self.mark_best(None, cards);
        }
    }

    /// Empties the list: every title unmarked. The cards stay in their items until the sections
    /// take them back.
    pub fn clear(&mut self, cards: &[Element]) {
        for doc in std::mem::take(&mut self.shown) {
            self.release(doc, cards);
        }
    }

    /// The person did something in `card` (a click, or Enter or Space on its summary): if the app
    /// opened it as the best answer, it is the person's now, and stays open when the search moves on.
    pub fn touched(&mut self, card: &Element, cards: &[Element]) {
        if self.opened.is_some_and(|doc| cards.get(doc) == Some(card)) {
            self.opened = None;
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

const DESCRIBED_BY: &str = "aria-describedby";

/// The id of the label that says what document `doc` is, in its result.
fn kind_id(doc: usize) -> String {
    format!("resultat-{doc}")
}

impl Item {
    /// Its title marked for `terms`, and the excerpt of its text around them; `None` until it is
    /// prepared.
    fn marks(&self, terms: &[String]) -> Option<(Vec<Segment>, Vec<Segment>)> {
        let (title, text) = (self.title.as_ref()?, self.text.as_ref()?);
        Some((title.highlight(terms), text.snippet(terms, SNIPPET_CHARS)))
    }
}

/// An empty item for a document of `kind`: what it is, then (for a flow) its link, then the excerpt.
/// «Svar», «Feilkode» or «Veiviser», in the page's language.
fn kind_label(kind: ResultKind) -> &'static str {
    let kinds = crate::data::texts().result_kinds;
    match kind {
        ResultKind::Answer => kinds[0],
        ResultKind::Code => kinds[1],
        ResultKind::Flow(_) => kinds[2],
    }
}

fn new_item(kind: ResultKind, doc: usize) -> Option<Item> {
    let class = match kind {
        ResultKind::Flow(_) => "result result--flow",
        _ => "result",
    };
    let item = element("li", class)?;
    let label = text_element("span", "result__kind", kind_label(kind))?;
    let _ = label.set_attribute("data-testid", "result-kind");
    let _ = label.set_attribute("id", &kind_id(doc));
    let _ = item.append_child(&label);
    let link = match kind {
        ResultKind::Flow(f) => {
            let link = element("a", "result__link")?;
            let flow = &data::faq().flows[f];
            let _ = link.set_attribute("href", &links::flow_start_href(&flow.id));
            let _ = link.set_attribute("data-testid", "result-flow");
            let _ = link.set_attribute(DESCRIBED_BY, &kind_id(doc));
            let _ = item.append_child(&link);
            Some(link)
        }
        _ => None,
    };
    let excerpt = element("p", "result__snippet")?;
    let _ = excerpt.set_attribute("data-testid", "snippet");
    let _ = item.append_child(&excerpt);
    Some(Item {
        item,
        kind: label,
        link,
        excerpt,
        title: None,
        text: None,
        title_marks: Vec::new(),
        excerpt_marks: Vec::new(),
        terms: None,
    })
}
