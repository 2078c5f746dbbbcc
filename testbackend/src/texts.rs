//! What the test double itself says, once per language as the backend's texts are
//! (`skattedeling_backend::texts`): bokmål here, nynorsk in `texts_nn.rs`, English in `texts_en.rs`.
//! Everything else it passes on from the real backend, which answers in the same language.

use skattedeling_core::Lang;

#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    /// A body over the limit.
    pub too_large: &'static str,
    /// The 503 fault.
    pub maintenance: &'static str,
    /// `{backend}`: the real backend's address, which does not answer.
    pub no_backend: &'static str,
}

impl Texts {
    /// Every text with its field's name, for the tests.
    pub fn all(&self) -> [(&'static str, &'static str); 3] {
        [
            ("too_large", self.too_large),
            ("maintenance", self.maintenance),
            ("no_backend", self.no_backend),
        ]
    }
}

pub static NB: Texts = Texts {
    lang: Lang::Nb,
    too_large: "Forespørselen er for stor.",
    maintenance: "Testtjenesten er midlertidig utilgjengelig på grunn av planlagt vedlikehold.",
    no_backend: "Den ekte testtjenesten svarer ikke på {backend}.",
};

/// The double's texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &crate::texts_nn::NN,
        Lang::En => &crate::texts_en::EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text_with_bokmals_placeholders_and_its_own_words() {
        for lang in Lang::TRANSLATIONS {
            let t = texts(lang);
            assert_eq!(t.lang, lang);
            for ((name, source), (_, text)) in NB.all().into_iter().zip(t.all()) {
                assert_ne!(source, text, "{name} in {lang:?} is the bokmål text");
                assert_eq!(
                    source.contains("{backend}"),
                    text.contains("{backend}"),
                    "{name} in {lang:?}"
                );
                assert_eq!(source.matches('{').count(), text.matches('{').count());
            }
        }
    }
}
