//! What the connection test's result says of a Maskinporten or Summert skattegrunnlag code. The words
//! are the error-code catalogue's (`content/feilkoder.toml` and its translations in `content/nn/`
//! and `content/en/`, compiled in by `build.rs`), in the test's language — bokmål where a code has
//! no translation — filled in for the test at hand by `skattedeling_core::connection::codes`.

use skattedeling_core::connection::codes::{self, CodeAdvice, CodeText, Context};
use skattedeling_core::Lang;

include!(concat!(env!("OUT_DIR"), "/code_texts.rs"));

/// The catalogue's text for `code` in `lang`, or in bokmål when it has none in `lang`.
fn text(code: &str, lang: Lang) -> Option<&'static CodeText<&'static str>> {
    let in_lang = |lang: Lang| CODE_TEXTS.iter().find(|t| t.code == code && t.lang == lang);
    in_lang(lang).or_else(|| in_lang(Lang::Nb))
}

fn explained(prefixes: &[&str], code: &str, ctx: &Context) -> Option<CodeAdvice> {
    if !prefixes.iter().any(|p| code.starts_with(p)) {
        return None;
    }
    text(code, ctx.lang).map(|text| codes::explain(text, ctx))
}

/// A Maskinporten code (`MP-251`), or `None` for a code the catalogue does not explain.
pub fn maskinporten(code: &str, ctx: &Context) -> Option<CodeAdvice> {
    explained(&["MP-"], code, ctx)
}

/// A Summert skattegrunnlag code (`SSG-005`, `DAS-008`), or `None` for a code the catalogue does not
/// explain.
pub fn skatteetaten(code: &str, ctx: &Context) -> Option<CodeAdvice> {
    explained(&["SSG-", "DAS-"], code, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use skattedeling_core::connection::codes::ALTINN_SERVICE;
    use skattedeling_core::guide::token::Environment;

    fn ctx(environment: Environment, via_vendor: bool) -> Context<'static> {
        Context {
            environment,
            via_vendor,
            ..crate::steps::test_context("Særnamsmann")
        }
    }

    fn in_lang(lang: Lang, environment: Environment, via_vendor: bool) -> Context<'static> {
        Context {
            lang,
            ..ctx(environment, via_vendor)
        }
    }

    #[test]
    fn every_code_the_catalogue_gives_the_test_is_filled_in_whole() {
        assert!(CODE_TEXTS.len() >= 30, "{} texts", CODE_TEXTS.len());
        for lang in Lang::ALL {
            for env in [Environment::Test, Environment::Production] {
                for via_vendor in [true, false] {
                    let c = in_lang(lang, env, via_vendor);
                    for text in CODE_TEXTS {
                        let a = maskinporten(text.code, &c)
                            .or_else(|| skatteetaten(text.code, &c))
                            .unwrap_or_else(|| panic!("{} is explained", text.code));
                        for words in [&a.explanation, &a.advice] {
                            assert!(!words.contains(['{', '}']), "{}: {words}", text.code);
                            assert!(words.ends_with('.'), "{}: {words}", text.code);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_code_is_explained_in_the_tests_language_and_else_in_bokmal() {
        let nb = maskinporten("MP-251", &ctx(Environment::Test, true)).unwrap();
        let nn = maskinporten("MP-251", &in_lang(Lang::Nn, Environment::Test, true)).unwrap();
        let en = maskinporten("MP-251", &in_lang(Lang::En, Environment::Test, true)).unwrap();
        assert_eq!(
            nn.explanation,
            "Maskinporten seier at kommunen ikkje har delegert tilgangen til leverandøren."
        );
        assert!(
            nn.advice
                .contains("i testmiljøet TT02 i Altinn (tt02.altinn.no)"),
            "{}",
            nn.advice
        );
        assert!(
            en.explanation.starts_with("Maskinporten says"),
            "{}",
            en.explanation
        );
        assert!(
            en.advice.contains("in Altinn's test environment TT02"),
            "{}",
            en.advice
        );
        // The FAQ answer is the same in every language: its id is not a word.
        assert_eq!((nn.faq, en.faq), (nb.faq, nb.faq));
        let direct = skatteetaten("SSG-005", &in_lang(Lang::En, Environment::Test, false)).unwrap();
        assert!(direct.explanation.contains("«Særnamsmann»"));
        // Every code has its bokmål text; a code without a translation falls back to it.
        for t in CODE_TEXTS {
            assert!(text(t.code, Lang::Nb).is_some_and(|nb| nb.lang == Lang::Nb));
            for lang in Lang::TRANSLATIONS {
                assert!(text(t.code, lang).is_some_and(|x| x.lang == lang || x.lang == Lang::Nb));
            }
        }
    }

    #[test]
    fn the_service_is_asked_only_about_its_own_codes() {
        let c = ctx(Environment::Test, true);
        assert!(maskinporten("MP-251", &c).is_some());
        assert_eq!(maskinporten("SSG-005", &c), None);
        assert_eq!(skatteetaten("MP-251", &c), None);
        assert_eq!(maskinporten("MP-999", &c), None);
        assert_eq!(skatteetaten("SSG-999", &c), None);
    }

    #[test]
    fn the_advice_names_the_environment_and_the_package() {
        let test = maskinporten("MP-251", &ctx(Environment::Test, true)).unwrap();
        assert!(test.advice.contains("TT02") && test.advice.contains(ALTINN_SERVICE));
        assert_eq!(test.faq, Some("delegering-altinn"));
        let prod = maskinporten("MP-251", &ctx(Environment::Production, true)).unwrap();
        assert!(!prod.advice.contains("TT02"), "{}", prod.advice);
        let ssg = skatteetaten("SSG-005", &ctx(Environment::Test, true)).unwrap();
        assert!(ssg.explanation.contains("«Særnamsmann»"));
        let direct = maskinporten("MP-200", &ctx(Environment::Test, false)).unwrap();
        assert!(
            direct.advice.contains("kommunens klient"),
            "{}",
            direct.advice
        );
    }
}
