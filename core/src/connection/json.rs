//! Reading the contract's JSON by hand, from the crate's small [`Value`](crate::json::Value). Derived
//! `Deserialize` code for these types cost the app about 15 KB of gzipped wasm (instantiated once per
//! deserializer); these few functions do the same checks: every required field with its type, no
//! unknown field, no `null` where the contract says string.

use super::{Health, HealthStatus, Problem, StepResult, StepStatus, TestReport, TestRequest};
use crate::guide::token::Environment;
use crate::json::{self, Value};

/// `v`, when it is an object with no field outside `known`.
pub(super) fn object<'a>(v: &'a Value, known: &[&str]) -> Option<&'a Value> {
    v.as_object()?
        .iter()
        .all(|(k, _)| known.contains(&k.as_str()))
        .then_some(v)
}

/// A required string field.
pub(super) fn text(map: &Value, key: &str) -> Option<String> {
    map.get(key)?.as_str().map(String::from)
}

/// An optional string field: `Some(None)` when absent, `None` when present but not a string.
pub(super) fn optional_text(map: &Value, key: &str) -> Option<Option<String>> {
    match map.get(key) {
        None => Some(None),
        Some(Value::String(s)) => Some(Some(s.clone())),
        Some(_) => None,
    }
}

pub(super) fn environment(v: &Value) -> Option<Environment> {
    Environment::from_answer(v.as_str()?)
}

/// A list of environments.
pub(super) fn environments(v: &Value) -> Option<Vec<Environment>> {
    v.as_array()?.iter().map(environment).collect()
}

impl TestRequest {
    /// A request as JSON, by the contract (`None` if it breaks it).
    pub fn from_json(body: &str) -> Option<TestRequest> {
        let v = json::parse(body.as_bytes()).ok()?;
        let m = object(&v, &["miljo", "kommune", "leverandor", "rettighetspakke"])?;
        Some(TestRequest {
            miljo: environment(m.get("miljo")?)?,
            kommune: text(m, "kommune")?,
            leverandor: optional_text(m, "leverandor")?,
            rettighetspakke: text(m, "rettighetspakke")?,
        })
    }
}

impl StepResult {
    fn from_value(v: &Value) -> Option<StepResult> {
        let m = object(
            v,
            &[
                "id",
                "tittel",
                "status",
                "feilkode",
                "forklaring",
                "rad",
                "faq",
                "korrelasjonsid",
                "varighetMs",
            ],
        )?;
        let status = match m.get("status")?.as_str()? {
            "ok" => StepStatus::Ok,
            "feil" => StepStatus::Failed,
            "ikke-kjort" => StepStatus::NotRun,
            _ => return None,
        };
        Some(StepResult {
            id: text(m, "id")?,
            tittel: text(m, "tittel")?,
            status,
            feilkode: optional_text(m, "feilkode")?,
            forklaring: text(m, "forklaring")?,
            rad: optional_text(m, "rad")?,
            faq: optional_text(m, "faq")?,
            korrelasjonsid: optional_text(m, "korrelasjonsid")?,
            varighet_ms: m.get("varighetMs")?.as_u64()?,
        })
    }
}

impl TestReport {
    pub(super) fn from_value(v: &Value) -> Option<TestReport> {
        let m = object(v, &["testId", "miljo", "steg"])?;
        Some(TestReport {
            test_id: text(m, "testId")?,
            miljo: environment(m.get("miljo")?)?,
            steg: m
                .get("steg")?
                .as_array()?
                .iter()
                .map(StepResult::from_value)
                .collect::<Option<_>>()?,
        })
    }
}

impl Health {
    pub(super) fn from_value(v: &Value) -> Option<Health> {
        let m = object(v, &["status", "versjon", "miljoer"])?;
        (m.get("status")?.as_str()? == "ok").then_some(())?;
        Some(Health {
            status: HealthStatus::Ok,
            versjon: optional_text(m, "versjon")?,
            miljoer: match m.get("miljoer") {
                None => None,
                Some(list) => Some(environments(list)?),
            },
        })
    }
}

impl Problem {
    pub(super) fn from_json(body: &str) -> Option<Problem> {
        let v = json::parse(body.as_bytes()).ok()?;
        let m = object(&v, &["kode", "melding"])?;
        Some(Problem {
            kode: text(m, "kode")?,
            melding: text(m, "melding")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_back_what_it_wrote_and_refuses_what_breaks_the_contract() {
        let r = TestRequest {
            miljo: Environment::Test,
            kommune: "974760673".into(),
            leverandor: Some("971032146".into()),
            rettighetspakke: "saernamsmann".into(),
        };
        assert_eq!(TestRequest::from_json(&r.to_json()), Some(r));
        for broken in [
            r#"{"miljo":"test","kommune":"974760673"}"#,
            r#"{"miljo":"staging","kommune":"974760673","rettighetspakke":"x"}"#,
            r#"{"miljo":"test","kommune":974760673,"rettighetspakke":"x"}"#,
            r#"{"miljo":"test","kommune":"1","leverandor":null,"rettighetspakke":"x"}"#,
            r#"{"miljo":"test","kommune":"1","rettighetspakke":"x","fodselsnummer":"1"}"#,
            "[]",
        ] {
            assert_eq!(TestRequest::from_json(broken), None, "{broken}");
        }
    }

    #[test]
    fn health_and_problems_follow_the_contract() {
        let v = |s: &str| json::parse(s.as_bytes()).unwrap();
        assert!(Health::from_value(&v(r#"{"status":"ok"}"#)).is_some());
        assert!(Health::from_value(&v(r#"{"status":"ok","miljoer":["test","x"]}"#)).is_none());
        assert!(Health::from_value(&v(r#"{"status":"ok","oppe":true}"#)).is_none());
        assert_eq!(
            Problem::from_json(r#"{"kode":"A","melding":"B"}"#).map(|p| p.melding),
            Some("B".into())
        );
        assert_eq!(Problem::from_json(r#"{"kode":"A"}"#), None);
    }
}
