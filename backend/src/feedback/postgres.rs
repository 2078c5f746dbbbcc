//! The feedback store in PostgreSQL, for a `postgres://` URL: the same tables and counters as SQLite
//! (`backend/migrations/postgres/`, run at open). One connection, without TLS: run the database on
//! the same host or a private network (or put a TLS-terminating pooler beside it).

use super::store::{
    Comment, Migration, Period, QuerySum, ReasonSum, Store, StoreError, Subject, VoteSum,
};
use super::week::IsoWeek;
use postgres::{Client, NoTls};
use std::sync::Mutex;

const MIGRATIONS: &[Migration] = &[(1, include_str!("../../migrations/postgres/V1__counts.sql"))];

pub struct Postgres {
    client: Mutex<Client>,
}

impl Postgres {
    /// Connects and brings the schema up to date. Call it off the async runtime (the client is sync).
    pub fn open(url: &str) -> Result<Postgres, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        migrate(&mut client)?;
        Ok(Postgres {
            client: Mutex::new(client),
        })
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        let mut client = self
            .client
            .lock()
            .map_err(|_| StoreError("PostgreSQL: tilkoblingen er låst etter en feil".into()))?;
        Ok(f(&mut client)?)
    }
}

/// Runs the migrations not yet run, each in its own transaction, recorded in `schema_version`.
/// An advisory lock keeps two backends starting at once from running the same migration twice.
fn migrate(client: &mut Client) -> Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    tx.batch_execute(
        "SELECT pg_advisory_xact_lock(727021); \
         CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY)",
    )?;
    let current: i64 = tx
        .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])?
        .get(0);
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1)",
            &[version],
        )?;
    }
    tx.commit()
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Store for Postgres {
    fn vote(&self, week: IsoWeek, s: &Subject, yes: bool) -> Result<(), StoreError> {
        let (y, n): (i64, i64) = if yes { (1, 0) } else { (0, 1) };
        let week = week.to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO vote_counts AS t (iso_week, target, revision, lang, yes, no) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (iso_week, target, revision, lang) \
                 DO UPDATE SET yes = t.yes + excluded.yes, no = t.no + excluded.no",
                &[&week, &s.target, &s.revision, &s.lang, &y, &n],
            )
            .map(drop)
        })
    }

    fn reason(&self, week: IsoWeek, s: &Subject, reason: &str) -> Result<(), StoreError> {
        let week = week.to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO reason_counts AS t (iso_week, target, revision, lang, reason, n) \
                 VALUES ($1, $2, $3, $4, $5, 1) \
                 ON CONFLICT (iso_week, target, revision, lang, reason) DO UPDATE SET n = t.n + 1",
                &[&week, &s.target, &s.revision, &s.lang, &reason],
            )
            .map(drop)
        })
    }

    fn comment(&self, m: &Comment) -> Result<(), StoreError> {
        let week = m.week.to_string();
        let s = &m.subject;
        self.with(|c| {
            c.execute(
                "INSERT INTO comments (iso_week, target, revision, lang, reason, text, suspected) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &week,
                    &s.target,
                    &s.revision,
                    &s.lang,
                    &m.reason,
                    &m.text,
                    &m.suspected,
                ],
            )
            .map(drop)
        })
    }

    fn zero_query(&self, week: IsoWeek, lang: &str, query: &str) -> Result<(), StoreError> {
        let week = week.to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO zero_queries AS t (iso_week, lang, query, n) VALUES ($1, $2, $3, 1) \
                 ON CONFLICT (iso_week, lang, query) DO UPDATE SET n = t.n + 1",
                &[&week, &lang, &query],
            )
            .map(drop)
        })
    }

    fn delete_before(&self, texts_from: IsoWeek, counts_from: IsoWeek) -> Result<u64, StoreError> {
        let (texts, counts) = (texts_from.to_string(), counts_from.to_string());
        self.with(|c| {
            let mut tx = c.transaction()?;
            let mut deleted = 0;
            for table in ["comments", "zero_queries"] {
                deleted += tx.execute(
                    &format!("DELETE FROM {table} WHERE iso_week < $1"),
                    &[&texts],
                )?;
            }
            for table in ["vote_counts", "reason_counts"] {
                deleted += tx.execute(
                    &format!("DELETE FROM {table} WHERE iso_week < $1"),
                    &[&counts],
                )?;
            }
            tx.commit()?;
            Ok(deleted)
        })
    }

    fn period(&self, since: IsoWeek) -> Result<Period, StoreError> {
        let since = since.to_string();
        self.with(|c| {
            Ok(Period {
                votes: votes(c, &since)?,
                reasons: reasons(c, &since)?,
                queries: queries(c, &since)?,
                comments: comments(c, &since)?,
            })
        })
    }
}

// Column types are the migration's (text, BIGINT sums, BOOLEAN), so `try_get` only fails if the
// schema is not ours; then the report fails with the reason instead of a panic.

fn votes(c: &mut Client, since: &str) -> Result<Vec<VoteSum>, postgres::Error> {
    c.query(
        "SELECT target, revision, SUM(yes)::BIGINT, SUM(no)::BIGINT FROM vote_counts \
         WHERE iso_week >= $1 GROUP BY target, revision ORDER BY target, revision",
        &[&since],
    )?
    .iter()
    .map(|r| {
        Ok(VoteSum {
            target: r.try_get(0)?,
            revision: r.try_get(1)?,
            yes: count(r.try_get(2)?),
            no: count(r.try_get(3)?),
        })
    })
    .collect()
}

fn reasons(c: &mut Client, since: &str) -> Result<Vec<ReasonSum>, postgres::Error> {
    c.query(
        "SELECT target, reason, SUM(n)::BIGINT FROM reason_counts WHERE iso_week >= $1 \
         GROUP BY target, reason ORDER BY target, SUM(n) DESC, reason",
        &[&since],
    )?
    .iter()
    .map(|r| {
        Ok(ReasonSum {
            target: r.try_get(0)?,
            reason: r.try_get(1)?,
            n: count(r.try_get(2)?),
        })
    })
    .collect()
}

fn queries(c: &mut Client, since: &str) -> Result<Vec<QuerySum>, postgres::Error> {
    c.query(
        "SELECT lang, query, SUM(n)::BIGINT FROM zero_queries WHERE iso_week >= $1 \
         GROUP BY lang, query ORDER BY SUM(n) DESC, query",
        &[&since],
    )?
    .iter()
    .map(|r| {
        Ok(QuerySum {
            lang: r.try_get(0)?,
            query: r.try_get(1)?,
            n: count(r.try_get(2)?),
        })
    })
    .collect()
}

fn comments(c: &mut Client, since: &str) -> Result<Vec<Comment>, postgres::Error> {
    c.query(
        "SELECT iso_week, target, revision, lang, reason, text, suspected FROM comments \
         WHERE iso_week >= $1 ORDER BY id",
        &[&since],
    )?
    .iter()
    .map(|r| {
        Ok(Comment {
            week: IsoWeek::stored(r.try_get(0)?),
            subject: Subject {
                target: r.try_get(1)?,
                revision: r.try_get(2)?,
                lang: r.try_get(3)?,
            },
            reason: r.try_get(4)?,
            text: r.try_get(5)?,
            suspected: r.try_get(6)?,
        })
    })
    .collect()
}
