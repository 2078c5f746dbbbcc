//! Summert skattegrunnlag v2: one call for the configured test person and income year with the
//! rettighetspakke asked. At most five calls are in flight per municipality (Skatteetaten's limit);
//! a call waits for a free slot within its time limit.

use crate::config::Lookup;
use crate::upstream::{self, Answer, UpstreamError};
use reqwest::Client;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Skatteetaten: «Det bør ikke være mer enn 5 samtidige kall for et api fra en virksomhet.»
pub const CALLS_PER_MUNICIPALITY: usize = 5;

#[derive(Debug)]
pub enum CallError {
    Upstream(UpstreamError),
    /// No free slot for the municipality within the time limit.
    NoSlot,
}

pub struct SummertSkattegrunnlag {
    base: String,
    http: Client,
    /// A semaphore per municipality with calls in flight; removed when the last one ends.
    slots: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl SummertSkattegrunnlag {
    pub fn new(base: &str, http: Client) -> SummertSkattegrunnlag {
        SummertSkattegrunnlag {
            base: base.to_string(),
            http,
            slots: Mutex::new(HashMap::new()),
        }
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Semaphore>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Calls the API for `lookup`'s person and year; `limit` gives the time left for each wait.
    pub async fn call(
        &self,
        access_token: &str,
        municipality: &str,
        rights_package: &str,
        lookup: &Lookup,
        limit: impl Fn() -> Option<Duration>,
    ) -> Result<Answer, CallError> {
        let semaphore = self
            .slots()
            .entry(municipality.to_string())
            .or_insert_with(|| Arc::new(Semaphore::new(CALLS_PER_MUNICIPALITY)))
            .clone();
        let result = async {
            let wait = limit().ok_or(CallError::NoSlot)?;
            let _permit = tokio::time::timeout(wait, semaphore.acquire())
                .await
                .map_err(|_| CallError::NoSlot)?
                .map_err(|_| CallError::NoSlot)?;
            let within = limit().ok_or(CallError::NoSlot)?;
            let url = format!(
                "{}/oppgjoer/{rights_package}/{}/{}",
                self.base, lookup.income_year, lookup.test_person
            );
            let request = self
                .http
                .get(url)
                .bearer_auth(access_token)
                .header(reqwest::header::ACCEPT, "application/json");
            upstream::send(request, within)
                .await
                .map_err(CallError::Upstream)
        }
        .await;
        let mut slots = self.slots();
        // The map's and this call's: nobody else is using it.
        if Arc::strong_count(&semaphore) == 2 {
            slots.remove(municipality);
        }
        result
    }

    /// How many municipalities have calls in flight (for tests of the clean-up).
    pub fn municipalities_in_flight(&self) -> usize {
        self.slots().len()
    }
}
