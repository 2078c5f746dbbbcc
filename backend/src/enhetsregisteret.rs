//! Enhetsregisteret's open API: a unit by its number, as a main entity (`enheter`) or, when there is
//! none, a sub-unit (`underenheter`). Deleted units come as 410 or as 200 with `slettedato`; both are
//! read.

use crate::upstream::{self, UpstreamError};
use reqwest::Client;
use serde_json::Value;
use std::time::Duration;

/// A unit as registered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub orgnr: String,
    pub name: String,
    /// `organisasjonsform.kode`: `KOMM`, `ORGL`, `AAFY`, …
    pub form: String,
    /// `organisasjonsform.beskrivelse`: «Kommune».
    pub form_description: String,
    /// `overordnetEnhet`: a sub-unit's main entity, or the unit above an organisasjonsledd.
    pub parent: Option<String>,
    /// `slettedato`, when the unit is deleted.
    pub deleted: Option<String>,
}

/// What the register says about a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Entity(Unit),
    SubUnit(Unit),
    /// 410: removed.
    Removed,
    NotFound,
}

/// Why the register gave no answer to go by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    Upstream(UpstreamError),
    /// A status the register does not give for a lookup (5xx, 429, …).
    Status(u16),
    /// 200, but not a unit.
    Unreadable,
    /// The test's time ran out before the register was asked (again).
    OutOfTime,
}

impl RegisterError {
    /// What happened, after «Enhetsregisteret».
    pub fn phrase(&self, lang: skattedeling_core::Lang) -> String {
        let t = &crate::texts::texts(lang).register;
        match self {
            RegisterError::Upstream(e) => e.phrase(lang),
            RegisterError::Status(status) => {
                skattedeling_core::texts::fill(t.status, &[("status", &status.to_string())])
            }
            RegisterError::Unreadable => t.unreadable.into(),
            RegisterError::OutOfTime => t.out_of_time.into(),
        }
    }
}

pub struct Enhetsregisteret {
    base: String,
    http: Client,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(String::from)
}

fn unit(v: &Value) -> Option<Unit> {
    let form = v.get("organisasjonsform");
    Some(Unit {
        orgnr: text(v, "organisasjonsnummer")?,
        name: text(v, "navn").unwrap_or_default(),
        form: form.and_then(|f| text(f, "kode")).unwrap_or_default(),
        form_description: form
            .and_then(|f| text(f, "beskrivelse"))
            .unwrap_or_default(),
        parent: text(v, "overordnetEnhet"),
        deleted: text(v, "slettedato"),
    })
}

impl Enhetsregisteret {
    pub fn new(base: &str, http: Client) -> Enhetsregisteret {
        Enhetsregisteret {
            base: base.to_string(),
            http,
        }
    }

    /// `enheter/{orgnr}` or `underenheter/{orgnr}`; `None` for 404. `limit` gives the time the call
    /// may take, `None` when the test's time is up.
    async fn get(
        &self,
        kind: &str,
        orgnr: &str,
        limit: &(dyn Fn() -> Option<Duration> + Sync),
    ) -> Result<Option<Found>, RegisterError> {
        let limit = limit().ok_or(RegisterError::OutOfTime)?;
        let request = self
            .http
            .get(format!("{}/{kind}/{orgnr}", self.base))
            .header(reqwest::header::ACCEPT, "application/json");
        let answer = upstream::send(request, limit)
            .await
            .map_err(RegisterError::Upstream)?;
        match answer.status {
            200 => {
                let unit = answer
                    .json()
                    .as_ref()
                    .and_then(unit)
                    .ok_or(RegisterError::Unreadable)?;
                Ok(Some(if kind == "enheter" {
                    Found::Entity(unit)
                } else {
                    Found::SubUnit(unit)
                }))
            }
            404 => Ok(None),
            410 => Ok(Some(Found::Removed)),
            other => Err(RegisterError::Status(other)),
        }
    }

    /// A number as a main entity, else as a sub-unit.
    pub async fn find(
        &self,
        orgnr: &str,
        limit: &(dyn Fn() -> Option<Duration> + Sync),
    ) -> Result<Found, RegisterError> {
        if let Some(found) = self.get("enheter", orgnr, limit).await? {
            return Ok(found);
        }
        Ok(self
            .get("underenheter", orgnr, limit)
            .await?
            .unwrap_or(Found::NotFound))
    }

    /// A number as a main entity only (walking up from a sub-unit or an organisasjonsledd).
    pub async fn entity(
        &self,
        orgnr: &str,
        limit: &(dyn Fn() -> Option<Duration> + Sync),
    ) -> Result<Found, RegisterError> {
        Ok(self
            .get("enheter", orgnr, limit)
            .await?
            .unwrap_or(Found::NotFound))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_unit_reads_from_enhetsregisterets_json_and_lacks_nothing_it_needs() {
        let v = json!({"organisasjonsnummer": "974760673", "navn": "X",
            "organisasjonsform": {"kode": "ORGL", "beskrivelse": "Organisasjonsledd"},
            "overordnetEnhet": "958935420", "_links": {}});
        let u = unit(&v).unwrap();
        assert_eq!(
            (u.form.as_str(), u.parent.as_deref()),
            ("ORGL", Some("958935420"))
        );
        // A removed unit's short body: only the number and the date.
        let removed =
            unit(&json!({"organisasjonsnummer": "1", "slettedato": "2022-08-09"})).unwrap();
        assert_eq!(removed.deleted.as_deref(), Some("2022-08-09"));
        assert_eq!(unit(&json!({"navn": "uten nummer"})), None);
    }
}
