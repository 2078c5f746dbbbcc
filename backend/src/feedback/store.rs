//! What the feedback service keeps, behind one trait: counts per ISO week, target, revision and
//! language, the texts of comments and of searches that found nothing — never an address, a user
//! agent or a time finer than the week. SQLite and PostgreSQL implement it (`sqlite.rs`,
//! `postgres.rs`), each with its own migrations; the methods are blocking (call them through
//! `tokio::task::spawn_blocking`).

use super::week::IsoWeek;
use crate::config::Database;
use std::fmt;

/// What a vote or comment is about: an answer or outcome, the revision of its text, the language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub target: String,
    pub revision: String,
    pub lang: String,
}

/// A comment, already redacted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub week: IsoWeek,
    pub subject: Subject,
    /// A `Reason` key, or empty.
    pub reason: String,
    pub text: String,
    pub suspected: bool,
}

/// Votes on one revision of one target, summed over the period (all languages).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteSum {
    pub target: String,
    pub revision: String,
    pub yes: u64,
    pub no: u64,
}

/// The reasons given for one target, summed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonSum {
    pub target: String,
    pub reason: String,
    pub n: u64,
}

/// A search text that found nothing, summed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuerySum {
    pub lang: String,
    pub query: String,
    pub n: u64,
}

/// Everything from a week on, as the report reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Period {
    pub votes: Vec<VoteSum>,
    pub reasons: Vec<ReasonSum>,
    /// Most frequent first.
    pub queries: Vec<QuerySum>,
    /// In the order they came.
    pub comments: Vec<Comment>,
}

/// A database fault, for the log and the operator (never shown to a person giving feedback).
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError(format!("SQLite: {e}"))
    }
}

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        StoreError(format!("PostgreSQL: {e}"))
    }
}

/// How long things are kept, in ISO weeks: comments and search texts 90 days, counts two years.
pub const TEXT_WEEKS: u16 = 13;
pub const COUNT_WEEKS: u16 = 104;

/// The feedback store. Counters are UPSERTs; nothing is ever read back except by `period`.
pub trait Store: Send + Sync {
    fn vote(&self, week: IsoWeek, subject: &Subject, yes: bool) -> Result<(), StoreError>;
    fn reason(&self, week: IsoWeek, subject: &Subject, reason: &str) -> Result<(), StoreError>;
    fn comment(&self, comment: &Comment) -> Result<(), StoreError>;
    fn zero_query(&self, week: IsoWeek, lang: &str, query: &str) -> Result<(), StoreError>;
    /// Deletes texts from before `texts_from` and counts from before `counts_from`; how many rows.
    fn delete_before(&self, texts_from: IsoWeek, counts_from: IsoWeek) -> Result<u64, StoreError>;
    /// Everything from `since` on.
    fn period(&self, since: IsoWeek) -> Result<Period, StoreError>;
}

/// Retention as of the week `now`: texts older than 13 weeks, counts older than 104.
pub fn retain(store: &dyn Store, now: IsoWeek) -> Result<u64, StoreError> {
    store.delete_before(now.minus(TEXT_WEEKS - 1), now.minus(COUNT_WEEKS - 1))
}

/// Opens the store `database` names and brings its schema up to date.
pub fn open(database: &Database) -> Result<Box<dyn Store>, StoreError> {
    Ok(match database {
        Database::Sqlite(path) => Box::new(super::sqlite::Sqlite::open(path)?),
        Database::Postgres(url) => Box::new(super::postgres::Postgres::open(url)?),
    })
}

/// One migration: its version and its SQL.
pub type Migration = (i64, &'static str);
