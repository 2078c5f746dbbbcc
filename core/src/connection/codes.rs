//! What the connection test says of the upstream services' error codes: Maskinporten's MP-codes (read
//! from `error_uri`) and Summert skattegrunnlag's SSG- and DAS-codes. The words are not here: they are
//! in the error-code catalogue (`content/feilkoder.toml`, each code's `[feil.testtjenesten]`), beside
//! what the page says of the same code, so the two are written and changed together. Sitegen checks
//! them with the rest of the content, and the backend's build compiles them in ([`CodeText`]). Here is
//! how such a text is filled in for the test at hand ([`explain`]): the environment, whose client it
//! is, the scope and the rettighetspakke.

use crate::guide::token::Environment;
use crate::lang::Lang;

/// The situation a code is explained in.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The language the explanation is written in: the catalogue's text in it, and the
    /// placeholders' words ([`Words`]).
    pub lang: Lang,
    pub environment: Environment,
    /// Whether a vendor fetches på vegne av the municipality (the client is then the vendor's).
    pub via_vendor: bool,
    /// The scope the client asks for.
    pub scope: &'a str,
    /// The rettighetspakke as people call it («Foreldrebetaling i barnehage og SFO»).
    pub rights_package: &'a str,
}

/// What the placeholders that depend on the language become, in one language: bokmål here, nynorsk
/// in `codes_nn.rs`, English in `codes_en.rs`. Each pair is for the test environment, then production
/// (for [`Words::owners`]: a vendor's client, then the municipality's).
#[derive(Debug)]
pub struct Words {
    pub lang: Lang,
    /// `{eier}`: whose Maskinporten client it is, before «klient».
    pub owners: [&'static str; 2],
    /// `{altinn}`: Altinn in the environment.
    pub altinn: [&'static str; 2],
    /// `{drifter}`: whom to ask about the test service's own setup.
    pub operator: &'static str,
}

pub static NB_WORDS: Words = Words {
    lang: Lang::Nb,
    owners: ["leverandørens", "kommunens"],
    altinn: [
        "Altinns testmiljø TT02 (tt02.altinn.no)",
        "Altinn (altinn.no)",
    ],
    operator: OPERATOR,
};

/// The placeholders' words in `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Nb => &NB_WORDS,
        Lang::Nn => &super::codes_nn::NN_WORDS,
        Lang::En => &super::codes_en::EN_WORDS,
    }
}

impl Context<'_> {
    fn words(&self) -> &'static Words {
        words(self.lang)
    }

    fn altinn(&self) -> &'static str {
        self.words().altinn[usize::from(self.environment == Environment::Production)]
    }

    fn maskinporten_host(&self) -> &'static str {
        match self.environment {
            Environment::Test => "test.maskinporten.no",
            Environment::Production => "maskinporten.no",
        }
    }

    /// Whose client signs the request.
    fn client_owner(&self) -> &'static str {
        self.words().owners[usize::from(!self.via_vendor)]
    }
}

/// The name of the API to delegate in Altinn, as Skatteetaten writes it.
pub const ALTINN_SERVICE: &str = "Summert skattegrunnlag API - På vegne av";

/// A code explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeAdvice {
    /// What happened and the likely cause.
    pub explanation: String,
    /// What to do, and who does it.
    pub advice: String,
    /// The FAQ answer that explains more.
    pub faq: Option<&'static str>,
}

/// Whom to ask about the test service's own setup.
pub const OPERATOR: &str = "den som drifter testtjenesten";

/// What the connection test says of one code, as the catalogue writes it: texts with placeholders
/// (`{miljo}`, see [`PLACEHOLDERS`]). `S` is `String` when sitegen reads the catalogue, and
/// `&'static str` in the table the backend's build writes from it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CodeText<S = String> {
    /// The code as the service sends it: `MP-251`, `SSG-005`.
    pub code: S,
    /// The language the texts are written in (the catalogue's translations: `content/nn/`, `content/en/`).
    pub lang: crate::lang::Lang,
    /// What happened and the likely cause (`forklaring`).
    pub explanation: S,
    /// What to do, and who does it (`rad`).
    pub advice: S,
    /// A sentence added to the advice when the test runs in the test environment (`i_testmiljo`).
    pub in_test: Option<S>,
    /// The FAQ answer that explains more.
    pub faq: Option<S>,
}

/// The placeholders a text may hold, and what each becomes.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    (
        "miljo",
        "the environment: «testmiljøet» or «produksjonsmiljøet»",
    ),
    (
        "eier",
        "whose Maskinporten client it is: «leverandørens» or «kommunens»",
    ),
    (
        "maskinporten",
        "Maskinporten's host in the environment: test.maskinporten.no",
    ),
    (
        "altinn",
        "Altinn in the environment: «Altinns testmiljø TT02 (tt02.altinn.no)»",
    ),
    ("scope", "the scope the client asks for"),
    ("pakke", "the rettighetspakke tested, as people call it"),
    (
        "drifter",
        "whom to ask about the test service: «den som drifter testtjenesten»",
    ),
    (
        "tjeneste",
        "the API's name in Altinn: «Summert skattegrunnlag API - På vegne av»",
    ),
];

impl Context<'_> {
    /// What `{name}` becomes here, or `None` for a name that is not a placeholder.
    fn placeholder(&self, name: &str) -> Option<&str> {
        Some(match name {
            // `{miljo}`: the environment as it stands in a sentence, as the token check names it.
            "miljo" => self.environment.label_in(self.lang),
            "eier" => self.client_owner(),
            "maskinporten" => self.maskinporten_host(),
            "altinn" => self.altinn(),
            "scope" => self.scope,
            "pakke" => self.rights_package,
            "drifter" => self.words().operator,
            "tjeneste" => ALTINN_SERVICE,
            _ => return None,
        })
    }

    /// `text` with its placeholders filled in. The catalogue is checked at build (see
    /// [`placeholders_in`]), so an unknown name cannot reach here; it would be left as written.
    pub fn fill(&self, text: &str) -> String {
        crate::texts::fill_with(text, |name| self.placeholder(name))
    }
}

/// The placeholders in `text` as `Ok(names)`, or `Err` with what is wrong: an unknown name, or a
/// brace that does not open or close one.
pub fn placeholders_in(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` that closes no placeholder".to_string());
        }
        let after = &rest[open + 1..];
        let close = after
            .find(['{', '}'])
            .filter(|&c| after[c..].starts_with('}'))
            .ok_or("a `{` that is not closed by `}`")?;
        let name = &after[..close];
        if !PLACEHOLDERS.iter().any(|(known, _)| *known == name) {
            let known: Vec<String> = PLACEHOLDERS
                .iter()
                .map(|(n, _)| format!("{{{n}}}"))
                .collect();
            return Err(format!(
                "`{{{name}}}` is not a placeholder; use one of {}",
                known.join(", ")
            ));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

/// What the connection test says of `text`'s code, in `ctx`.
pub fn explain(text: &CodeText<&'static str>, ctx: &Context) -> CodeAdvice {
    let mut advice = ctx.fill(text.advice);
    if let (Some(note), Environment::Test) = (text.in_test, ctx.environment) {
        advice.push(' ');
        advice.push_str(&ctx.fill(note));
    }
    CodeAdvice {
        explanation: ctx.fill(text.explanation),
        advice,
        faq: text.faq,
    }
}

/// Whether the connection test can meet `code` from Maskinporten or Summert skattegrunnlag, so that
/// its catalogue entry must say what the test's result says of it.
pub fn met_by_the_connection_test(code: &str) -> bool {
    ["MP-", "SSG-", "DAS-"].iter().any(|p| code.starts_with(p))
}

/// Whether a Summert skattegrunnlag code means the call got through: the token was accepted and the
/// municipality has the rettighetspakke, but the test person has nothing (for that year).
pub fn skatteetaten_access_works(code: &str) -> bool {
    matches!(code, "SSG-007" | "SSG-008" | "SSG-011")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(environment: Environment, via_vendor: bool) -> Context<'static> {
        Context {
            lang: Lang::Nb,
            environment,
            via_vendor,
            scope: "skatteetaten:summertskattegrunnlag",
            rights_package: "Særnamsmann",
        }
    }

    const TEXT: CodeText<&str> = CodeText {
        code: "MP-251",
        lang: crate::lang::Lang::Nb,
        explanation: "Ingen {pakke} for {eier} klient.",
        advice: "Deleger «{tjeneste}» i {altinn}, eller be {drifter} om hjelp.",
        in_test: Some("I {miljo} finnes ikke delegeringene fra produksjon."),
        faq: Some("delegering-altinn"),
    };

    #[test]
    fn a_text_is_filled_in_for_the_environment_and_the_client() {
        let test = explain(&TEXT, &ctx(Environment::Test, true));
        assert_eq!(
            test.explanation,
            "Ingen Særnamsmann for leverandørens klient."
        );
        assert_eq!(
            test.advice,
            format!(
                "Deleger «{ALTINN_SERVICE}» i Altinns testmiljø TT02 (tt02.altinn.no), eller be \
                 {OPERATOR} om hjelp. I {} finnes ikke delegeringene fra produksjon.",
                Environment::Test.label()
            )
        );
        assert_eq!(test.faq, Some("delegering-altinn"));
        let prod = explain(&TEXT, &ctx(Environment::Production, false));
        assert_eq!(prod.explanation, "Ingen Særnamsmann for kommunens klient.");
        assert!(prod.advice.ends_with("om hjelp."), "{}", prod.advice);
        assert!(
            prod.advice.contains("i Altinn (altinn.no)"),
            "{}",
            prod.advice
        );
    }

    #[test]
    fn every_placeholder_is_filled_and_other_braces_are_left_alone() {
        let c = ctx(Environment::Test, true);
        for (name, _) in PLACEHOLDERS {
            let filled = c.fill(&format!("{{{name}}}"));
            assert!(
                !filled.is_empty() && !filled.contains('{'),
                "{name}: {filled}"
            );
        }
        assert_eq!(c.fill("{ukjent} {scope"), "{ukjent} {scope");
        assert_eq!(c.fill("a}{maskinporten}"), "a}test.maskinporten.no");
    }

    #[test]
    fn a_wrong_placeholder_is_named() {
        assert_eq!(
            placeholders_in("Be {drifter} i {miljo}."),
            Ok(vec!["drifter", "miljo"])
        );
        assert!(placeholders_in("{miljø}")
            .unwrap_err()
            .contains("`{miljø}` is not a placeholder"));
        assert!(placeholders_in("{miljo")
            .unwrap_err()
            .contains("not closed"));
        assert!(placeholders_in("{mil{jo}")
            .unwrap_err()
            .contains("not closed"));
        assert!(placeholders_in("miljo}").unwrap_err().contains("closes no"));
        assert_eq!(placeholders_in("Ingen klammer."), Ok(vec![]));
    }

    #[test]
    fn only_a_missing_person_or_year_means_the_call_got_through() {
        let codes = [
            "SSG-005", "SSG-007", "SSG-008", "SSG-011", "DAS-008", "MP-251",
        ];
        let works: Vec<&str> = codes
            .into_iter()
            .filter(|c| skatteetaten_access_works(c))
            .collect();
        assert_eq!(works, ["SSG-007", "SSG-008", "SSG-011"]);
    }

    #[test]
    fn the_placeholders_are_filled_in_the_texts_language() {
        for lang in Lang::ALL {
            assert_eq!(words(lang).lang, lang);
        }
        for lang in Lang::TRANSLATIONS {
            let (nb, other) = (words(Lang::Nb), words(lang));
            let pairs = [
                (nb.owners[0], other.owners[0]),
                (nb.owners[1], other.owners[1]),
                (nb.altinn[0], other.altinn[0]),
                (nb.operator, other.operator),
            ];
            for (source, text) in pairs {
                assert_ne!(source, text, "{lang:?} has the bokmål words");
            }
        }
        let nn = Context {
            lang: Lang::Nn,
            ..ctx(Environment::Test, true)
        };
        assert_eq!(
            nn.fill("Be {drifter} sjå på {eier} klient i {altinn}."),
            "Be den som driftar testtenesta sjå på leverandøren sin klient i testmiljøet TT02 i \
             Altinn (tt02.altinn.no)."
        );
        let en = Context {
            lang: Lang::En,
            ..ctx(Environment::Production, false)
        };
        assert_eq!(
            en.fill("Ask {drifter} about {eier} client in {miljo} and {altinn}."),
            "Ask whoever runs the test service about the municipality's client in the production \
             environment and Altinn (altinn.no)."
        );
    }

    #[test]
    fn the_connection_test_meets_mp_ssg_and_das_codes() {
        assert!(met_by_the_connection_test("MP-251") && met_by_the_connection_test("DAS-008"));
        assert!(
            !met_by_the_connection_test("invalid_grant") && !met_by_the_connection_test("HTTP-401")
        );
    }
}
