//! The site's languages: bokmål at `/`, nynorsk at `/nn/`, English at `/en/`. Bokmål is the source;
//! the others are translations of it. Query keys, answer values and anchors are the same in all three,
//! so an address means the same state in any language.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "nn")]
    Nn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// In the switcher's order.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];
    /// The languages translated from bokmål.
    pub const TRANSLATIONS: [Lang; 2] = [Lang::Nn, Lang::En];

    /// The code in `lang` and `hreflang`, and the folder of a translation (`content/nn/`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language named in itself, as the switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    /// The page's folder under the site's root: `` for bokmål, `nn/`, `en/`.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::Nb => "",
            Lang::Nn => "nn/",
            Lang::En => "en/",
        }
    }

    /// The way from this language's page to the site's root, where the bokmål page and the site's
    /// files are: `` for bokmål, `../` from `nn/` and `en/`. (Each language's flow pages are in its
    /// own folder: `nn/veiviser/<flow>/`.)
    pub fn to_root(self) -> &'static str {
        match self {
            Lang::Nb => "",
            Lang::Nn | Lang::En => "../",
        }
    }

    /// From a `lang` attribute (`nn`, `nn-NO`, `en-GB`, `no` …): bokmål unless it names nynorsk or
    /// English.
    pub fn from_code(code: &str) -> Lang {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("nn") {
            Lang::Nn
        } else if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Nb
        }
    }

    /// Only when `code` names one of the site's languages exactly (`nb`, `nn`, `en`, any case).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_lang_attribute() {
        assert_eq!(Lang::from_code("nn"), Lang::Nn);
        assert_eq!(Lang::from_code("nn-NO"), Lang::Nn);
        assert_eq!(Lang::from_code("EN-gb"), Lang::En);
        assert_eq!(Lang::from_code("no"), Lang::Nb);
        assert_eq!(Lang::from_code(""), Lang::Nb);
        assert_eq!(Lang::parse("nn"), Some(Lang::Nn));
        assert_eq!(Lang::parse("nn-NO"), None);
    }

    #[test]
    fn bokmal_is_at_the_root() {
        assert_eq!(Lang::Nb.folder(), "");
        assert_eq!(Lang::Nn.folder(), "nn/");
        assert_eq!(Lang::Nb.to_root(), "");
        assert_eq!(Lang::En.to_root(), "../");
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), lang);
        }
    }
}
