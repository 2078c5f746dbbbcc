//! What an answer or a guide outcome rests on: its sources (`kilder`) and the day an editor last
//! checked the text against them (`sist_vurdert`). Checked when the site is built; here only read.

use crate::date::CalendarDate;
use serde::{Deserialize, Serialize};

/// One source: what it is, where to read it, and what in the text it supports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// «Helse- og omsorgstjenesteloven § 3-1».
    pub title: String,
    /// A full `https://` address.
    pub url: String,
    /// What the text takes from it: «Kommunen har ansvar for personer som oppholder seg i kommunen».
    pub supports: String,
}

/// The sources of one answer or outcome, and the day they were last assessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sources {
    pub items: Vec<Source>,
    pub assessed: CalendarDate,
}

impl Sources {
    /// The sources as plain text in `lang`, one line each, for a summary to copy or send.
    pub fn text(&self, lang: crate::lang::Lang) -> String {
        let ui = crate::guide_ui::guide_ui(lang);
        let mut out = crate::texts::fill(
            ui.sources_line,
            &[
                ("title", ui.sources_title),
                ("date", &self.assessed.written(lang)),
            ],
        );
        out.push('\n');
        for s in &self.items {
            out.push_str(&format!("- {}: {} – {}\n", s.title, s.url, s.supports));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_text_each_source_is_a_line_with_its_address() {
        let sources = Sources {
            items: vec![Source {
                title: "Barnehageloven § 16".into(),
                url: "https://lovdata.no/lov/2005-06-17-64/%C2%A716".into(),
                supports: "Retten til plass i bostedskommunen".into(),
            }],
            assessed: CalendarDate::ymd(2026, 12, 1).unwrap(),
        };
        assert_eq!(
            sources.text(crate::lang::Lang::Nb),
            "Kilder (sist vurdert 1. desember 2026):\n- Barnehageloven § 16: https://lovdata.no/lov/2005-06-17-64/%C2%A716 – Retten til plass i bostedskommunen\n"
        );
        assert!(sources
            .text(crate::lang::Lang::En)
            .starts_with("Sources (last assessed 1 December 2026):\n"));
        assert!(sources
            .text(crate::lang::Lang::Nn)
            .starts_with("Kjelder (sist vurdert 1. desember 2026):\n"));
    }
}
