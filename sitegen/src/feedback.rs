//! «Fant du det du lette etter?» in the static page, when `config.json` names a feedback service: under
//! each answer a form that works without scripts (it posts to the service, which answers with its own
//! page, the reasons and the comment after «Nei» on it). With scripts the guide's app sends the votes
//! and puts the reasons and comment under the answer (`src/feedback.rs`).

use crate::page::escape;
use skattedeling_core::feedback::{HONEYPOT, VOTE_PATH};
use skattedeling_core::texts::{self, Page};
use skattedeling_core::Lang;
use std::fmt::Write;
use std::path::PathBuf;

/// The file the build reads, as `scripts/config-file.sh` copies it beside `index.html`.
fn config_path() -> PathBuf {
    std::env::var_os("SKATTEDELING_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("config/config.json"))
}

/// The feedback service in the build's `config.json` (`SKATTEDELING_CONFIG`, else
/// `config/config.json`); none when the file is absent. A broken entry stops the build, naming the file.
pub fn configured() -> Result<Option<String>, String> {
    let path = config_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    skattedeling_core::feedback::service(&text).map_err(|why| format!("{}: {why}", path.display()))
}

/// The vote under an answer or outcome `id` (at `revision`, titled `title`), sent to `service`, in
/// bokmål (no `sprak` field). Without scripts the service answers with a page of its own, which
/// leads back to the answer.
pub fn form(out: &mut String, service: &str, id: &str, revision: &str, title: &str) {
    form_in(out, texts::page(Lang::Nb), service, id, revision, title);
}

/// [`form`] on a page in `texts`' language: the vote names it (`sprak`), so votes are counted per
/// language.
pub fn form_in(
    out: &mut String,
    texts: &Page,
    service: &str,
    id: &str,
    revision: &str,
    title: &str,
) {
    let title = escape(title);
    let lang = match texts.lang {
        Lang::Nb => String::new(),
        // The service leads back to the page in that language, not the bokmål one.
        other => format!(
            r#"<input type="hidden" name="sprak" value="{}"/>"#,
            other.code()
        ),
    };
    let _ = write!(
        out,
        r#"<form class="feedback" action="{action}" method="post" data-testid="feedback"><input type="hidden" name="mal" value="{id}"/><input type="hidden" name="revisjon" value="{revision}"/>{lang}<p class="feedback__question">{question}</p><p class="feedback__buttons"><button class="feedback__button" name="svar" value="ja" data-testid="feedback-yes">{yes}<span class="visually-hidden"> {yes_about} «{title}»</span></button> <button class="feedback__button" name="svar" value="nei" data-testid="feedback-no">{no}<span class="visually-hidden"> {no_about} «{title}»</span></button></p><label class="feedback__trap" aria-hidden="true">{trap} <input name="{honeypot}" tabindex="-1" autocomplete="off"/></label><p class="feedback__status" role="status" tabindex="-1" data-testid="feedback-status"></p></form>"#,
        action = escape(&format!("{service}{VOTE_PATH}")),
        id = escape(id),
        question = escape(texts.feedback_question),
        yes = escape(texts.feedback_yes),
        no = escape(texts.feedback_no),
        yes_about = escape(texts.feedback_yes_about),
        no_about = escape(texts.feedback_no_about),
        trap = escape(texts.feedback_trap),
        honeypot = HONEYPOT,
    );
}
