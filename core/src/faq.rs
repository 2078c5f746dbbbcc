//! The FAQ as the site shows it: sections, questions with their rendered answers, audiences, the
//! Infotorg timeline and the synonym list. Built once from `content/` at build time, then only read.

use crate::date::CalendarDate;
use crate::guide::Guide;
use crate::search::SearchIndex;
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

    /// The label a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Audience::Municipality => "Kommune",
            Audience::Vendor => "Leverandør",
            Audience::ProjectManager => "Prosjektleder",
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
}

impl Question {
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
}

impl SiteData {
    /// Builds the search index for a FAQ.
    pub fn new(faq: Faq, guide: Guide) -> Self {
        let index = SearchIndex::build(&faq);
        SiteData { faq, index, guide }
    }

    /// What the FAQ page needs: the FAQ and its search index.
    pub fn faq_data(&self) -> FaqData {
        FaqData {
            faq: self.faq.clone(),
            index: self.index.clone(),
        }
    }

    /// What the guide needs, on the site and in a widget on another site's page.
    pub fn guide_data(&self) -> GuideData {
        GuideData {
            guide: self.guide.clone(),
            faq_titles: self
                .faq
                .questions
                .iter()
                .map(|q| FaqTitle {
                    id: q.id.clone(),
                    title: q.title.clone(),
                })
                .collect(),
        }
    }
}

/// The FAQ page's part of the app's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaqData {
    pub faq: Faq,
    pub index: SearchIndex,
}

/// The guide's part of the app's data, kept apart from the FAQ's so a widget on another site's page
/// carries the guide without the FAQ's answers and search index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideData {
    pub guide: Guide,
    /// Every FAQ question's title, for the guide's links to answers: a step or outcome cites some,
    /// and the connection test's backend may cite any.
    pub faq_titles: Vec<FaqTitle>,
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
}
