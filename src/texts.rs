//! The language the guide speaks, and its words in it. A page, or a widget on another site's page,
//! holds one guide in one language: the site's page says it in `<html lang>`, a widget in its
//! `data-sprak` (see [`crate::widget`]). It is set once, before the guide is mounted.

use skattedeling_core::guide_ui::{guide_ui, GuideUi};
use skattedeling_core::Lang;
use std::cell::Cell;

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::Nb) };
}

/// Sets the guide's language, before it is mounted.
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The guide's language.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// The guide's screens' words in its language.
pub fn t() -> &'static GuideUi {
    guide_ui(lang())
}

/// The language the page itself is in (its `<html lang>`), bokmål when it names none of the site's.
pub fn page_lang() -> Lang {
    crate::browser::document()
        .document_element()
        .map(|html| Lang::from_code(&html.get_attribute("lang").unwrap_or_default()))
        .unwrap_or(Lang::Nb)
}
