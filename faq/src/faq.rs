//! The FAQ page, taken over from the markup sitegen wrote: a keystroke or a filter only shows, hides,
//! orders and marks the questions that are already there, and adds the result list or the
//! no-results box. What to show comes from `FaqData::listing` in core.

use crate::data;
use crate::dom::{self, all, find, is_open, set_attribute, set_hidden, set_open};
use crate::feedback::ZeroSearches;
use crate::no_results::NoResults;
use crate::results::Results;
use skattedeling_browser as browser;
use skattedeling_core::support::support_mailto_in;
use skattedeling_core::texts::fill;
use skattedeling_core::{ui, Audience, Listing};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The searches run once after the takeover, away from the page: a word, a typo, words with a
/// space, a code. A browser compiles WebAssembly a function at a time, the first time it is called,
/// and optimises what runs often; without these, a person's first keystrokes paid for that (typed
/// at once after the preparation, p95 3.4–4.7 ms without them and 3.0–3.6 ms with them, in
/// Chromium here). Words `make bench` does not type, so that it measures the code, not a cache.
const PRACTICE: [&str; 4] = ["sertifikat", "leverndør", "test tilkoblingen", "ssg005"];

/// How long typing pauses before the search goes into the address.
const ADDRESS_PAUSE_MS: i32 = 300;

fn by_id(id: &str) -> Option<Element> {
    browser::document().get_element_by_id(id)
}

/// The page's elements and what the person has chosen.
pub struct Faq {
    pub root: Element,
    /// Each question's `<details>`, by its position in the FAQ.
    questions: Vec<Element>,
    /// Each section with its element.
    sections: Vec<(String, Element)>,
    /// Where sections or results go (`#sporsmal`).
    list: Element,
    input: Option<HtmlInputElement>,
    radios: Vec<HtmlInputElement>,
    status: Option<Element>,
    contact: Option<Element>,
    /// The list of the guide's flows, which gives way to a search's results (they include the flows).
    flows: Option<Element>,
    /// The result list or no-results box in the page, if a search is shown.
    attached: Option<Element>,
    results: Results,
    /// The box shown when a search has no hit.
    no_results: NoResults,
    pub query: String,
    pub audience: Option<Audience>,
    /// Which answers were open before printing opened them all.
    before_print: Option<Vec<bool>>,
    /// The timer that writes the search into the address when typing pauses.
    address_due: Option<i32>,
    /// Searches that found nothing, for the feedback service.
    pub zero_searches: ZeroSearches,
}

impl Faq {
    /// Adopts the FAQ under `root`. `None` if the page is not the one sitegen writes.
    pub fn adopt(root: &Element) -> Option<Faq> {
        let faq = &data::faq().faq;
        let questions = faq
            .questions
            .iter()
            .map(|q| by_id(&q.id).filter(|e| e.tag_name() == "DETAILS"))
            .collect::<Option<Vec<_>>>()?;
        let sections = faq
            .sections
            .iter()
            .map(|s| Some((s.id.clone(), by_id(&s.id)?)))
            .collect::<Option<Vec<_>>>()?;
        let inputs = |selector: &str| -> Vec<HtmlInputElement> {
            all(root, selector)
                .into_iter()
                .filter_map(|e| e.dyn_into().ok())
                .collect()
        };
        let mut page = Faq {
            root: root.clone(),
            questions,
            sections,
            list: find(root, &format!("#{}", ui::QUESTIONS_ID))?,
            input: inputs("input[name=q]").into_iter().next(),
            radios: inputs("input[name=for]"),
            status: find(root, "#sok-status"),
            contact: find(root, "[data-testid=contact-mail]"),
            flows: by_id(ui::GUIDE_ANCHOR),
            attached: None,
            results: Results::new(data::faq().index.docs as usize)?,
            no_results: NoResults::new()?,
            query: String::new(),
            audience: None,
            before_print: None,
            address_due: None,
            zero_searches: ZeroSearches::new(root),
        };
        page.start_from_what_was_done();
        page.judge_timeline();
        Some(page)
    }

    /// The address bar and this tab's memory, then what the person did on the static page before the
    /// app arrived: text typed wins over `?q=`, an audience picked over `?for=`, and answers opened
    /// there or before a reload stay open.
    fn start_from_what_was_done(&mut self) {
        let (url_query, url_audience) = browser::url_search_state();
        let typed = self
            .input
            .as_ref()
            .map(|i| i.value())
            .filter(|v| !v.trim().is_empty());
        let picked = self
            .radios
            .iter()
            .find(|r| r.checked())
            .and_then(|r| Audience::from_tag(&r.value()));
        self.query = typed.unwrap_or(url_query);
        self.audience = picked.or(url_audience);
        for id in browser::remembered_open_answers() {
            if let Some(q) = self.question(&id) {
                set_open(q, true);
            }
        }
        self.remember_open();
        self.show_choices();
    }

    /// The timeline as seen today, not on the day the page was built.
    fn judge_timeline(&self) {
        let today = browser::today();
        let events = all(&self.root, "[data-testid=timeline-event]");
        for (e, event) in events.iter().zip(&data::faq().faq.timeline) {
            let when = event.when(today);
            set_attribute(
                e,
                "class",
                &format!("timeline__event timeline__event--{}", when.class()),
            );
            if let Some(label) = find(e, ".timeline__when") {
                let word = data::texts().when[when as usize];
                if label.text_content().as_deref() != Some(word) {
                    label.set_text_content(Some(word));
                }
            }
        }
    }

    fn question(&self, id: &str) -> Option<&Element> {
        let doc = data::faq().faq.questions.iter().position(|q| q.id == id)?;
        self.questions.get(doc)
    }

    /// The search box and the radios say what the app shows.
    fn show_choices(&self) {
        if let Some(input) = &self.input {
            if input.value() != self.query {
                input.set_value(&self.query);
            }
        }
        let tag = self.audience.map_or("", |a| a.tag());
        for radio in &self.radios {
            let checked = radio.value() == tag;
            if radio.checked() != checked {
                radio.set_checked(checked);
            }
        }
    }

    /// Sets the search and audience (from the address: Back, Forward, a link) and shows them.
    pub fn set_choices(&mut self, query: String, audience: Option<Audience>) {
        self.query = query;
        self.audience = audience;
        self.show_choices();
        self.render();
        self.write_address();
    }

    /// Puts the search and audience in the address now (without a history entry), if a guide flow
    /// is not what the address shows.
    pub fn write_address(&mut self) {
        dom::cancel(self.address_due.take());
        if !skattedeling_core::site::shows_guide(&browser::url_query()) {
            // A search that may hold a fødselsnummer stays out of the address and the history.
            let query = if skattedeling_core::person::may_hold_person_number(&self.query) {
                ""
            } else {
                &self.query
            };
            browser::replace_search_state(query, self.audience);
        }
    }

    /// Puts the search in the address once typing pauses, or at the next thing the person does
    /// ([`Faq::write_pending_address`]). Changing the address costs the browser more than the search
    /// and the page together (1.6 ms a keystroke, measured in Chromium), so not every keystroke does.
    pub fn write_address_soon(&mut self) {
        dom::cancel(self.address_due.take());
        self.address_due = dom::after(ADDRESS_PAUSE_MS, || {
            crate::with_site(|s| s.faq.write_address())
        });
    }

    /// Writes the address now if typing left it behind.
    pub fn write_pending_address(&mut self) {
        if self.address_due.is_some() {
            self.write_address();
        }
    }

    /// Gets the search ready after the takeover, one small step a task (a few ms each, so typing is
    /// never held up for long):
    /// first each document's result item (see [`Results::prepare`]), then a few practice searches
    /// (see [`PRACTICE`]). A person's first keystrokes then wait for neither. Work left from an
    /// earlier `takeover` stops.
    pub fn prepare_results(takeover: u32, step: usize) {
        const AT_A_TIME: usize = 4;
        if takeover != crate::takeover() {
            return;
        }
        let docs = data::faq().index.docs as usize;
        let chunks = docs.div_ceil(AT_A_TIME);
        if step < chunks {
            let first = step * AT_A_TIME;
            crate::with_site(|s| {
                for doc in first..docs.min(first + AT_A_TIME) {
                    s.faq.results.prepare(doc, &s.faq.questions);
                }
            });
        } else if let Some(query) = PRACTICE.get(step - chunks) {
            crate::with_site(|s| s.faq.practise(query));
        } else {
            // For measurements: the search is as fast now as it will be.
            crate::with_site(|s| set_attribute(&s.faq.root, "data-resultater", "klare"));
            return;
        }
        dom::after(0, move || Faq::prepare_results(takeover, step + 1));
    }

    /// Runs `query` as a keystroke would, away from the page: the search, its results' marks, the
    /// status line and the e-mail.
    fn practise(&mut self, query: &str) {
        let data = data::faq();
        if let Listing::Results(hits) = data.listing(query, None) {
            std::hint::black_box(data.best(query, &hits));
            self.results.practise(&hits, &self.questions);
            std::hint::black_box(data::texts().status_line(hits.len(), query, None));
        }
        std::hint::black_box(support_mailto_in(data::texts(), query, None));
    }

    /// Shows the sections or the results for the current search and audience.
    pub fn render(&mut self) {
        let listing = data::faq().listing(&self.query, self.audience);
        match &listing {
            Listing::Sections(docs) => {
                self.zero_searches.shown(None);
                self.results.clear(&self.questions);
                self.attach(None);
                self.show_sections(docs);
            }
            Listing::Results(hits) => {
                // Each question shown is in the result list; the sections, with the rest of the
                // questions in them, are out of the page: five elements taken out, not every
                // question one by one.
                for (_, section) in &self.sections {
                    if section.is_connected() {
                        section.remove();
                    }
                }
                self.zero_searches
                    .shown(hits.is_empty().then_some(self.query.as_str()));
                if hits.is_empty() {
                    self.results.clear(&self.questions);
                    self.no_results
                        .show(&self.query, self.audience, &self.questions);
                    let block = self.no_results.block.clone();
                    self.attach(Some(block));
                } else {
                    let best = data::faq().best(&self.query, hits);
                    self.results.show(&self.query, hits, best, &self.questions);
                    let block = self.results.block.clone();
                    self.attach(Some(block));
                }
            }
        }
        if let Some(flows) = &self.flows {
            // The list of flows gives way to results that show a flow themselves.
            let data = data::faq();
            let limit = self.results.limit(&self.query);
            let shows_a_flow = |hits: &[skattedeling_core::Hit]| {
                hits.iter()
                    .take(limit)
                    .any(|h| matches!(data.kind(h.doc), skattedeling_core::ResultKind::Flow(_)))
            };
            set_hidden(
                flows,
                matches!(&listing, Listing::Results(hits) if shows_a_flow(hits)),
            );
        }
        if let Some(status) = &self.status {
            let texts = data::texts();
            let mut line = texts.status_line(listing.count(), &self.query, self.audience);
            let shown = self.results.shown();
            if matches!(&listing, Listing::Results(hits) if hits.len() > shown) {
                line.push_str(&fill(texts.best_shown, &[("n", &shown.to_string())]));
            }
            status.set_text_content(Some(&line));
        }
        if let Some(contact) = &self.contact {
            let mail = support_mailto_in(data::texts(), &self.query, self.audience);
            set_attribute(contact, "href", &mail);
        }
    }

    /// «Vis alle N treff»: the rest of the results, and focus on the first of them, where the button
    /// was.
    pub fn show_all_results(&mut self) {
        let first_new = self.results.shown();
        self.results.show_all(&self.query);
        self.render();
        if let Some(target) = self.results.focus_target(first_new, &self.questions) {
            if let Some(target) = target.dyn_ref::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        }
    }

    /// Puts `block` (the result list, the no-results box, or nothing) after the sections, in place
    /// of the one there.
    fn attach(&mut self, block: Option<Element>) {
        if self.attached == block && block.as_ref().is_some_and(|b| b.is_connected()) {
            return;
        }
        if let Some(old) = self.attached.take() {
            old.remove();
        }
        if let Some(block) = &block {
            let _ = self.list.append_child(block);
        }
        self.attached = block;
    }

    /// Each section with the questions shown in it, in order; a question not shown is taken out of
    /// the page (and kept here), as a section without any is hidden. A section already as it should
    /// be is not touched, so a keystroke costs little.
    fn show_sections(&self, docs: &[usize]) {
        let data = data::faq();
        for (id, section) in &self.sections {
            let wanted: Vec<&Element> = docs
                .iter()
                .filter(|&&d| data.faq.questions[d].section == *id)
                .map(|&d| &self.questions[d])
                .collect();
            let present = dom::all(section, ":scope > details");
            if present.len() != wanted.len() || present.iter().zip(&wanted).any(|(p, w)| p != *w) {
                for q in &present {
                    q.remove();
                }
                for q in &wanted {
                    let _ = section.append_child(q);
                }
            }
            set_hidden(section, !data.section_shown(id, self.audience));
            // Back from a search, which took the sections out (all of them, so in order again).
            if !section.is_connected() {
                let _ = self.list.append_child(section);
            }
        }
        for (doc, q) in self.questions.iter().enumerate() {
            if !docs.contains(&doc) && q.is_connected() {
                q.remove();
            }
        }
    }

    /// A click somewhere under `target`: a best answer the app opened and the person then used
    /// stays open (see [`Results::touched`]).
    pub fn touched(&mut self, target: &Element) {
        if let Some(card) = target.closest("details").ok().flatten() {
            self.results.touched(&card, &self.questions);
        }
    }

    /// An answer opened or closed: its excerpt follows, and the tab remembers.
    pub fn toggled(&self, details: &Element) {
        if let Some(excerpt) = self.results.excerpt_of(details) {
            set_hidden(excerpt, is_open(details));
        }
        self.remember_open();
    }

    fn remember_open(&self) {
        let faq = &data::faq().faq;
        let open: Vec<String> = self
            .questions
            .iter()
            .zip(&faq.questions)
            .filter(|(e, _)| is_open(e))
            .map(|(_, q)| q.id.clone())
            .collect();
        browser::remember_open_answers(open.iter());
    }

    /// «Vis alle svar» opens what is shown; «Skjul alle svar» closes everything.
    pub fn open_all(&self, open: bool) {
        // What is shown is in the page: a search's results past the first ten are not.
        for q in &self.questions {
            if !open || q.is_connected() {
                set_open(q, open);
            }
        }
        self.remember_open();
    }

    /// Printing shows every answer; afterwards the page is as it was.
    pub fn before_print(&mut self) {
        self.before_print = Some(self.questions.iter().map(is_open).collect());
        self.questions.iter().for_each(|q| set_open(q, true));
    }

    pub fn after_print(&mut self) {
        if let Some(was) = self.before_print.take() {
            self.questions
                .iter()
                .zip(was)
                .for_each(|(q, o)| set_open(q, o));
        }
    }

    /// Shows whatever `#id` points at: opens a question, and clears a search or filter that hides it.
    pub fn go_to(&mut self, id: &str) {
        let data = data::faq();
        let doc = data.faq.questions.iter().position(|q| q.id == id);
        // Sections and the timeline give way to the results of a search, the guide's list to results
        // that show a flow; the page's own landmarks (the skip link's `#innhold`, the contact block)
        // are always there.
        let in_sections = data.faq.section(id).is_some() || id == ui::TIMELINE_ANCHOR;
        let searching = !self.query.trim().is_empty() || self.audience.is_some();
        let hidden = match doc {
            Some(doc) => !data.listing(&self.query, self.audience).shows(doc),
            None if id == ui::GUIDE_ANCHOR => self.flows.as_ref().is_some_and(dom::is_hidden),
            None => in_sections && searching,
        };
        if hidden {
            // Now, not later: following a `#link` fires `popstate`, which reads the address.
            self.set_choices(String::new(), None);
        }
        if doc
            .and_then(|d| self.questions.get(d))
            .is_some_and(|q| !q.is_connected())
        {
            // A hit past the first ten: the rest of the results come into the page.
            self.results.show_all(&self.query);
            self.render();
        }
        if let Some(q) = doc.and_then(|d| self.questions.get(d)) {
            set_open(q, true);
            self.remember_open();
        }
        browser::reveal(id);
    }

    /// «Kopier lenke» in the answer the button is in: its permanent link, then a notice for a while.
    pub fn copy_link(button: &Element) {
        let Some(question) = button.closest("details").ok().flatten() else {
            return;
        };
        let status = find(&question, ".answer__copied");
        let link = browser::permalink(&question.id());
        wasm_bindgen_futures::spawn_local(async move {
            let copied = browser::copy_to_clipboard(&link).await;
            let Some(status) = status else {
                return;
            };
            let notice = if copied {
                data::texts().link_copied
            } else {
                data::texts().link_not_copied
            };
            status.set_text_content(Some(notice));
            // How long the notice stays.
            dom::after(5000, move || status.set_text_content(Some("")));
        });
    }
}
