//! The FAQ as the site shows it: sections, questions with their rendered answers, audiences, the
//! Infotorg timeline and the synonym list. Built once from `content/` at build time, then only read.

use crate::date::CalendarDate;
use crate::guide::Guide;
use crate::search::{Hit, SearchIndex};
use crate::sources::Sources;
use crate::timeline::TimelineEvent;
use serde::{Deserialize, Serialize};

/// Who a question is written for; the site filters by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Audience {
    /// Municipal staff (`kommune`).
    #[serde(rename = "kommune")]
    Municipality,
    /// Software vendors acting på vegne av a municipality (`leverandør`).
    #[serde(rename = "leverandør")]
    Vendor,
    /// Project managers explaining the change (`prosjektleder`).
    #[serde(rename = "prosjektleder")]
    ProjectManager,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::Municipality,
        Audience::Vendor,
        Audience::ProjectManager,
    ];

    /// The tag editors write in front matter and the site puts in the URL.
    pub fn tag(self) -> &'static str {
        match self {
            Audience::Municipality => "kommune",
            Audience::Vendor => "leverandør",
            Audience::ProjectManager => "prosjektleder",
        }
    }

    /// Reads a tag; also accepts `leverandor` for people who type without ø (in URLs, say).
    pub fn from_tag(tag: &str) -> Option<Audience> {
        match tag {
            "kommune" => Some(Audience::Municipality),
            "leverandør" | "leverandor" => Some(Audience::Vendor),
            "prosjektleder" => Some(Audience::ProjectManager),
            _ => None,
        }
    }
}

/// A group of questions with a heading, in the order the FAQ gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable slug, used as the section's anchor (`#tilkobling`).
    pub id: String,
    pub title: String,
    /// Whether the Infotorg timeline is shown at the top of this section.
    pub shows_timeline: bool,
}

/// One question and its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable slug used in URLs (`#kostnad`); never change it once published.
    pub id: String,
    /// Id of the section it belongs to.
    pub section: String,
    /// The question as a reader asks it.
    pub title: String,
    pub audiences: Vec<Audience>,
    pub updated: CalendarDate,
    /// Extra search words an editor added (not shown).
    pub keywords: Vec<String>,
    /// The answer rendered to HTML at build time.
    pub answer_html: String,
    /// The answer as plain text, for search snippets.
    pub answer_text: String,
    /// What the answer rests on, shown under it (`kilde` and `sist_vurdert`).
    pub sources: Option<Sources>,
}

impl Question {
    /// The error code it explains (`MP-251`), when it is an entry of the error-code catalogue.
    pub fn code(&self) -> Option<&str> {
        (self.section == crate::ui::CODES_SECTION_ID)
            .then(|| crate::links::code_of_anchor(&self.id))
            .flatten()
    }

    pub fn is_for(&self, audience: Option<Audience>) -> bool {
        audience.is_none_or(|a| self.audiences.contains(&a))
    }
}

/// The whole FAQ in reading order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Faq {
    pub sections: Vec<Section>,
    /// All questions, grouped by section in section order, each group in the editor's order.
    pub questions: Vec<Question>,
    pub timeline: Vec<TimelineEvent>,
    /// Groups of words a search treats as the same (`orgnr`, `organisasjonsnummer`).
    pub synonyms: Vec<Vec<String>>,
}

impl Faq {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The questions of one section, in order.
    pub fn questions_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Question> {
        self.questions.iter().filter(move |q| q.section == section)
    }
}

/// Everything the app needs, as the build writes it: the FAQ, its prebuilt search index and the guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteData {
    pub faq: Faq,
    pub index: SearchIndex,
    pub guide: Guide,
    /// What the connection test says of the codes it can meet, from the error-code catalogue: the
    /// backend's build compiles these in, the apps do not carry them.
    pub code_texts: Vec<crate::connection::codes::CodeText>,
    /// The FAQ in nynorsk and English, as far as it is translated.
    pub translations: Vec<crate::translation::Translation>,
}

impl SiteData {
    /// Builds the search index for a FAQ and its `translations` (nynorsk and English, as far as
    /// translated): the index holds every language's words.
    pub fn new(faq: Faq, guide: Guide, translations: Vec<crate::translation::Translation>) -> Self {
        let index = SearchIndex::build_in_all_languages(&faq, &guide.flows, &translations);
        SiteData {
            faq,
            index,
            guide,
            code_texts: Vec::new(),
            translations,
        }
    }

    /// What the FAQ page's app needs: it takes over the page sitegen wrote, so it carries no
    /// answers, sources or dates (they are on the page: a result's excerpt is read from there), and
    /// no keywords or synonyms (they are in the index) — 13 KB gzip less of its wasm without the
    /// answer HTML and the rest, and 10 KB less without the answers' text.
    pub fn faq_data(&self) -> FaqData {
        let questions = self
            .faq
            .questions
            .iter()
            .map(|q| Question {
                // The title too is on the page, in the page's language: the app reads it there.
                title: String::new(),
                answer_html: String::new(),
                answer_text: String::new(),
                keywords: Vec::new(),
                sources: None,
                ..q.clone()
            })
            .collect();
        FaqData {
            faq: Faq {
                questions,
                synonyms: Vec::new(),
                // Only the sections' ids and the events' dates: their words are on the page.
                sections: (self.faq.sections.iter())
                    .map(|s| Section {
                        title: String::new(),
                        ..s.clone()
                    })
                    .collect(),
                timeline: (self.faq.timeline.iter())
                    .map(|e| TimelineEvent {
                        title: String::new(),
                        text: String::new(),
                        ..e.clone()
                    })
                    .collect(),
            },
            // A first index, of the titles, keywords and sections in bokmål: the index of everything
            // in every language ([`SiteData::index`]) is a file of its own, which the app loads as
            // soon as a person is about to search.
            index: self.first_index(),
            flows: self
                .guide
                .flows
                .iter()
                .map(|f| FlowEntry {
                    id: f.id.clone(),
                    // On the page, in the guide's list.
                    title: String::new(),
                    description: String::new(),
                })
                .collect(),
        }
    }

    /// The search index a first visit carries: the questions' titles, keywords and sections in
    /// bokmål, and the flows. It finds most of what people type while the whole index is on its way.
    pub fn first_index(&self) -> SearchIndex {
        let faq = Faq {
            questions: (self.faq.questions.iter())
                .map(|q| Question {
                    answer_text: String::new(),
                    ..q.clone()
                })
                .collect(),
            ..self.faq.clone()
        };
        SearchIndex::build_with_flows(&faq, &self.guide.flows)
    }

    /// What the guide needs in `lang`: each flow as translated, and the FAQ's titles as the page
    /// in that language shows them. A flow or title not translated yet stays in bokmål.
    pub fn guide_data_in(&self, lang: crate::lang::Lang) -> GuideData {
        let mut data = self.guide_data();
        let Some(translation) = self.translations.iter().find(|t| t.lang == lang) else {
            return data;
        };
        for (index, flow) in data.guide.flows.iter_mut().enumerate() {
            if let Some(translated) = translation.flow(index) {
                *flow = translated.flow.clone();
            }
        }
        for title in &mut data.faq_titles {
            let index = self.faq.questions.iter().position(|q| q.id == title.id);
            let translated = index.and_then(|i| translation.questions.get(i)?.as_ref());
            if let Some(question) = translated {
                title.title = question.title.clone();
            }
        }
        data
    }

    /// What the guide needs, on the site and in a widget on another site's page.
    pub fn guide_data(&self) -> GuideData {
        GuideData {
            guide: self.guide.clone(),
            faq_titles: self
                .faq
                .questions
                .iter()
                // The guide links to answers (its texts and the backend's steps cite them), never to
                // the error-code catalogue's entries: the widget does not carry their titles.
                .filter(|q| q.section != crate::ui::CODES_SECTION_ID)
                .map(|q| FaqTitle {
                    id: q.id.clone(),
                    title: q.title.clone(),
                })
                .collect(),
            codes: self
                .faq
                .questions
                .iter()
                .filter_map(Question::code)
                .map(str::to_string)
                .collect(),
        }
    }
}

/// The FAQ page's part of the app's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaqData {
    pub faq: Faq,
    /// Its documents are the FAQ's questions, then the guide's flows ([`FaqData::flows`]).
    pub index: SearchIndex,
    /// The guide's flows as a search result shows them.
    pub flows: Vec<FlowEntry>,
}

/// A guide flow as a search result shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowEntry {
    pub id: String,
    pub title: String,
    pub description: String,
}

/// What a search result is; the page says it before the title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// A FAQ answer.
    Answer,
    /// An entry of the error-code catalogue.
    Code,
    /// A guide flow, by its position in [`FaqData::flows`].
    Flow(usize),
}

impl ResultKind {
    /// «Svar», «Feilkode» or «Veiviser».
    pub fn label(self) -> &'static str {
        match self {
            ResultKind::Answer => crate::ui::RESULT_KIND_ANSWER,
            ResultKind::Code => crate::ui::RESULT_KIND_CODE,
            ResultKind::Flow(_) => crate::ui::RESULT_KIND_FLOW,
        }
    }
}

/// What the FAQ page shows for a search and an audience filter.
#[derive(Clone, Debug, PartialEq)]
pub enum Listing {
    /// No search: the questions for the audience in reading order (positions in
    /// [`Faq::questions`]), each in its section.
    Sections(Vec<usize>),
    /// A search: the questions that match, best first; none matched when it is empty.
    Results(Vec<Hit>),
}

impl Listing {
    /// How many questions are shown.
    pub fn count(&self) -> usize {
        match self {
            Listing::Sections(docs) => docs.len(),
            Listing::Results(hits) => hits.len(),
        }
    }

    /// Whether the question at `doc` is shown.
    pub fn shows(&self, doc: usize) -> bool {
        match self {
            Listing::Sections(docs) => docs.contains(&doc),
            Listing::Results(hits) => hits.iter().any(|h| h.doc == doc),
        }
    }
}

impl FaqData {
    /// What the page shows for `query` (blank: no search) and `audience` (`None`: everyone).
    pub fn listing(&self, query: &str, audience: Option<Audience>) -> Listing {
        let questions = &self.faq.questions;
        if query.trim().is_empty() {
            let docs = (0..questions.len())
                .filter(|&d| questions[d].is_for(audience))
                .collect();
            return Listing::Sections(docs);
        }
        // A flow is for everyone: it asks who the person is.
        Listing::Results(self.index.search(query, |d| {
            questions.get(d).is_none_or(|q| q.is_for(audience))
        }))
    }

    /// What the document at `doc` of the index is.
    pub fn kind(&self, doc: usize) -> ResultKind {
        match self.faq.questions.get(doc) {
            Some(q) if q.section == crate::ui::CODES_SECTION_ID => ResultKind::Code,
            Some(_) => ResultKind::Answer,
            None => ResultKind::Flow(doc - self.faq.questions.len()),
        }
    }

    /// The error-code entry to show first, open, as the best answer: the first hit, when it is an
    /// entry and `query` names its code.
    pub fn best(&self, query: &str, hits: &[Hit]) -> Option<usize> {
        let first = hits.first()?.doc;
        self.index.names_code(first, query).then_some(first)
    }

    /// The three questions nearest to a search that found nothing, for `audience`.
    pub fn closest(&self, query: &str, audience: Option<Audience>) -> Vec<usize> {
        let questions = &self.faq.questions;
        self.index.closest(query, 3, |d| {
            questions.get(d).is_some_and(|q| q.is_for(audience))
        })
    }

    /// Whether section `id` has a question for `audience` (it is hidden when it has none).
    pub fn section_shown(&self, id: &str, audience: Option<Audience>) -> bool {
        self.faq.questions_in(id).any(|q| q.is_for(audience))
    }
}

/// The guide's part of the app's data, kept apart from the FAQ's so a widget on another site's page
/// carries the guide without the FAQ's answers and search index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideData {
    pub guide: Guide,
    /// Every FAQ question's title, for the guide's links to answers: a step or outcome cites some,
    /// and the connection test's backend may cite any.
    pub faq_titles: Vec<FaqTitle>,
    /// The codes the error-code catalogue explains (`MP-251`), so a code in a connection-test
    /// result links to its entry on the FAQ page.
    pub codes: Vec<String>,
}

/// A FAQ question as a link to it names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqTitle {
    pub id: String,
    pub title: String,
}

impl GuideData {
    /// The FAQ question with `id`, to link to.
    pub fn faq_question(&self, id: &str) -> Option<&FaqTitle> {
        self.faq_titles.iter().find(|q| q.id == id)
    }

    /// The anchor of `code`'s entry in the error-code catalogue (`feil-MP-251`), if it has one.
    pub fn code_anchor(&self, code: &str) -> Option<String> {
        self.codes
            .iter()
            .any(|c| c == code)
            .then(|| crate::links::code_anchor(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_tags_round_trip() {
        for a in Audience::ALL {
            assert_eq!(Audience::from_tag(a.tag()), Some(a));
        }
        assert_eq!(Audience::from_tag("leverandor"), Some(Audience::Vendor));
        assert_eq!(Audience::from_tag("Kommune"), None);
    }

    fn question(id: &str, section: &str, title: &str, audiences: &[Audience]) -> Question {
        Question {
            id: id.into(),
            section: section.into(),
            title: title.into(),
            audiences: audiences.to_vec(),
            updated: CalendarDate::ymd(2026, 1, 1).unwrap(),
            keywords: vec![],
            answer_html: String::new(),
            answer_text: format!("Svar om {title}"),
            sources: None,
        }
    }

    fn data() -> FaqData {
        let section = |id: &str| Section {
            id: id.into(),
            title: id.into(),
            shows_timeline: false,
        };
        let faq = Faq {
            sections: vec![section("tilgang"), section("pris")],
            questions: vec![
                question(
                    "altinn",
                    "tilgang",
                    "Hvordan delegerer vi i Altinn?",
                    &[Audience::Municipality],
                ),
                question(
                    "maskinporten",
                    "tilgang",
                    "Hva er Maskinporten?",
                    &[Audience::Vendor],
                ),
                question(
                    "kostnad",
                    "pris",
                    "Hva koster det?",
                    &[Audience::Municipality],
                ),
            ],
            timeline: vec![],
            synonyms: vec![],
        };
        let index = SearchIndex::build(&faq);
        FaqData {
            faq,
            index,
            flows: vec![],
        }
    }

    #[test]
    fn without_a_search_the_page_lists_the_audiences_questions_in_reading_order() {
        let data = data();
        assert_eq!(data.listing("  ", None), Listing::Sections(vec![0, 1, 2]));
        let municipality = data.listing("", Some(Audience::Municipality));
        assert_eq!(municipality, Listing::Sections(vec![0, 2]));
        assert_eq!(municipality.count(), 2);
        assert!(!municipality.shows(1));
        assert!(data.section_shown("pris", Some(Audience::Municipality)));
        assert!(!data.section_shown("pris", Some(Audience::Vendor)));
    }

    #[test]
    fn a_search_lists_what_matches_for_the_audience_best_first_or_nothing() {
        let data = data();
        let found = data.listing("maskinporten", None);
        assert!(matches!(&found, Listing::Results(hits) if hits[0].doc == 1));
        assert!(found.shows(1));
        assert_eq!(
            data.listing("maskinporten", Some(Audience::Municipality))
                .count(),
            0
        );
        assert_eq!(data.listing("xylofon", None), Listing::Results(vec![]));
    }

    #[test]
    fn a_search_reads_only_its_first_characters() {
        let data = data();
        let filler = "x ".repeat(crate::search::MAX_QUERY_CHARS / 2);
        assert_eq!(data.listing(&format!("{filler}koster"), None).count(), 0);
        assert_eq!(data.listing(&format!("koster {filler}"), None).count(), 1);
        // A megabyte from the address is cut before it is read.
        let huge = "koster ".repeat(128 * 1024);
        assert_eq!(data.listing(&huge, None).count(), 1);
    }
}
