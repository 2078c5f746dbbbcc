//! The error codes' placeholders in nynorsk (see [`super::codes::Words`]).

use super::codes::Words;
use crate::lang::Lang;

pub static NN_WORDS: Words = Words {
    lang: Lang::Nn,
    owners: ["leverandøren sin", "kommunen sin"],
    altinn: [
        "testmiljøet TT02 i Altinn (tt02.altinn.no)",
        "Altinn (altinn.no)",
    ],
    operator: "den som driftar testtenesta",
};
