//! The FAQ in another language: for each bokmål question, section and timeline event, its text in
//! that language, or nothing yet. The structure (ids, sections, audiences, dates, links' targets) is
//! the bokmål's; only the words are translated. A translation records which bokmål text it was made
//! from, so the page can say when the bokmål has changed since.

use crate::faq::{Faq, Question};
use crate::feedback::revision;
use crate::guide::Flow;
use crate::lang::Lang;
use crate::sources::Sources;
use serde::{Deserialize, Serialize};

/// One question in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedQuestion {
    pub title: String,
    pub answer_html: String,
    pub answer_text: String,
    pub keywords: Vec<String>,
    /// The sources with translated titles and notes; the bokmål ones (with their date) otherwise.
    pub sources: Option<Sources>,
    /// The bokmål text has changed since this was translated ([`source_revision`] differs).
    pub stale: bool,
}

/// The FAQ in one language other than bokmål, in the bokmål FAQ's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub lang: Lang,
    /// Per question of [`Faq::questions`]; `None` shows the bokmål with a notice.
    pub questions: Vec<Option<TranslatedQuestion>>,
    /// Per section of [`Faq::sections`]: its title.
    pub sections: Vec<Option<String>>,
    /// Per event of [`Faq::timeline`]: its title and text.
    pub timeline: Vec<Option<(String, String)>>,
    /// Synonym groups in this language, searched beside the bokmål ones.
    pub synonyms: Vec<Vec<String>>,
    /// Per flow of the guide ([`crate::Guide::flows`]): the flow in this language; `None` (or no
    /// entry) shows the bokmål flow with a notice.
    #[serde(default)]
    pub flows: Vec<Option<TranslatedFlow>>,
    /// The guide's checks translated from an older bokmål text than today's, each with the revision
    /// of today's bokmål.
    #[serde(default)]
    pub stale_checks: Vec<(String, String)>,
}

/// One guide flow in another language: the bokmål flow's structure with this language's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedFlow {
    pub flow: Flow,
    /// The parts translated from an older bokmål text than today's, as the build names them
    /// (``step `stadie` ``), each with the revision of today's bokmål; empty when the translation
    /// is current.
    pub stale: Vec<(String, String)>,
    /// Whether a check the flow shows was translated from an older bokmål text
    /// ([`Translation::stale_checks`]).
    pub uses_stale_check: bool,
    /// The steps shown in bokmål, because the checks they show are not translated yet.
    pub in_bokmal: Vec<String>,
}

impl Translation {
    /// Nothing translated yet: every text shows in bokmål.
    pub fn empty(lang: Lang, faq: &Faq) -> Translation {
        Translation {
            lang,
            questions: vec![None; faq.questions.len()],
            sections: vec![None; faq.sections.len()],
            timeline: vec![None; faq.timeline.len()],
            synonyms: Vec::new(),
            flows: Vec::new(),
            stale_checks: Vec::new(),
        }
    }

    /// The translation of the guide's `index`th flow, if there is one.
    pub fn flow(&self, index: usize) -> Option<&TranslatedFlow> {
        self.flows.get(index)?.as_ref()
    }

    /// The ids of the questions whose translation is older than the bokmål text.
    pub fn stale<'a>(&'a self, faq: &'a Faq) -> impl Iterator<Item = &'a str> + 'a {
        faq.questions
            .iter()
            .zip(&self.questions)
            .filter(|(_, t)| t.as_ref().is_some_and(|t| t.stale))
            .map(|(q, _)| q.id.as_str())
    }
}

/// The fingerprint of a bokmål question's text (its title and answer, not its front matter, so
/// fixing a keyword does not make its translations stale): what a translation's `omsett_frå`
/// names.
pub fn source_revision(question: &Question) -> String {
    revision(&format!("{}\n{}", question.title, question.answer_html))
}
