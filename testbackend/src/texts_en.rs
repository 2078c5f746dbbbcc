//! What the test double says, in English (see `texts.rs`).

use crate::texts::Texts;
use skattedeling_core::Lang;

pub static EN: Texts = Texts {
    lang: Lang::En,
    too_large: "The request is too large.",
    maintenance: "The test service is temporarily unavailable because of planned maintenance.",
    no_backend: "The real test service does not answer at {backend}.",
};
