//! What the test double says, in nynorsk (see `texts.rs`); the site's nynorsk test reads every
//! string here.

use crate::texts::Texts;
use skattedeling_core::Lang;

pub static NN: Texts = Texts {
    lang: Lang::Nn,
    too_large: "Førespurnaden er for stor.",
    maintenance: "Testtenesta er mellombels utilgjengeleg på grunn av planlagt vedlikehald.",
    no_backend: "Den ekte testtenesta svarar ikkje på {backend}.",
};
