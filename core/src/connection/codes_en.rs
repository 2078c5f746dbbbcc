//! The error codes' placeholders in English (see [`super::codes::Words`]), as the catalogue's
//! translation (`content/en/feilkoder.toml`) says they are filled in.

use super::codes::Words;
use crate::lang::Lang;

pub static EN_WORDS: Words = Words {
    lang: Lang::En,
    owners: ["the vendor's", "the municipality's"],
    altinn: [
        "Altinn's test environment TT02 (tt02.altinn.no)",
        "Altinn (altinn.no)",
    ],
    operator: "whoever runs the test service",
};
