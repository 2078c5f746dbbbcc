//! The feedback store in an SQLite file (compiled in: no system library), in WAL mode so the report
//! reads while votes are written. Migrations: `backend/migrations/sqlite/`, run at open.

use super::store::{
    Comment, Migration, Period, QuerySum, ReasonSum, Store, StoreError, Subject, VoteSum,
};
use super::week::IsoWeek;
use rusqlite::{params, Connection};
use std::path::Path;
use std::sync::Mutex;

const MIGRATIONS: &[Migration] = &[(1, include_str!("../../migrations/sqlite/V1__counts.sql"))];

pub struct Sqlite {
    connection: Mutex<Connection>,
}

impl Sqlite {
    /// Opens (or creates) the file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Sqlite, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError(format!(
                    "SQLite: kan ikke lage mappen {}: {e}",
                    dir.display()
                ))
            })?;
        }
        let mut connection = Connection::open(path)
            .map_err(|e| StoreError(format!("SQLite: kan ikke åpne {}: {e}", path.display())))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut connection)?;
        Ok(Sqlite {
            connection: Mutex::new(connection),
        })
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let mut connection = self
            .connection
            .lock()
            .map_err(|_| StoreError("SQLite: tilkoblingen er låst etter en feil".into()))?;
        Ok(f(&mut connection)?)
    }
}

/// Runs the migrations not yet run, each in its own transaction, recorded in `schema_version`.
fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    connection
        .execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")?;
    let current: i64 = connection.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        [],
        |row| row.get(0),
    )?;
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        let tx = connection.transaction()?;
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [version],
        )?;
        tx.commit()?;
    }
    Ok(())
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Store for Sqlite {
    fn vote(&self, week: IsoWeek, s: &Subject, yes: bool) -> Result<(), StoreError> {
        let (y, n) = if yes { (1, 0) } else { (0, 1) };
        self.with(|c| {
            c.prepare_cached(
                "INSERT INTO vote_counts (iso_week, target, revision, lang, yes, no) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                 ON CONFLICT (iso_week, target, revision, lang) \
                 DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no",
            )?
            .execute(params![
                week.to_string(),
                s.target,
                s.revision,
                s.lang,
                y,
                n
            ])
            .map(drop)
        })
    }

    fn reason(&self, week: IsoWeek, s: &Subject, reason: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.prepare_cached(
                "INSERT INTO reason_counts (iso_week, target, revision, lang, reason, n) \
                 VALUES (?1, ?2, ?3, ?4, ?5, 1) \
                 ON CONFLICT (iso_week, target, revision, lang, reason) DO UPDATE SET n = n + 1",
            )?
            .execute(params![
                week.to_string(),
                s.target,
                s.revision,
                s.lang,
                reason
            ])
            .map(drop)
        })
    }

    fn comment(&self, m: &Comment) -> Result<(), StoreError> {
        self.with(|c| {
            c.prepare_cached(
                "INSERT INTO comments (iso_week, target, revision, lang, reason, text, suspected) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                m.week.to_string(),
                m.subject.target,
                m.subject.revision,
                m.subject.lang,
                m.reason,
                m.text,
                m.suspected
            ])
            .map(drop)
        })
    }

    fn zero_query(&self, week: IsoWeek, lang: &str, query: &str) -> Result<(), StoreError> {
        self.with(|c| {
            c.prepare_cached(
                "INSERT INTO zero_queries (iso_week, lang, query, n) VALUES (?1, ?2, ?3, 1) \
                 ON CONFLICT (iso_week, lang, query) DO UPDATE SET n = n + 1",
            )?
            .execute(params![week.to_string(), lang, query])
            .map(drop)
        })
    }

    fn delete_before(&self, texts_from: IsoWeek, counts_from: IsoWeek) -> Result<u64, StoreError> {
        let (texts, counts) = (texts_from.to_string(), counts_from.to_string());
        self.with(|c| {
            let tx = c.transaction()?;
            let mut deleted = 0;
            for table in ["comments", "zero_queries"] {
                deleted += tx.execute(
                    &format!("DELETE FROM {table} WHERE iso_week < ?1"),
                    [&texts],
                )?;
            }
            for table in ["vote_counts", "reason_counts"] {
                deleted += tx.execute(
                    &format!("DELETE FROM {table} WHERE iso_week < ?1"),
                    [&counts],
                )?;
            }
            tx.commit()?;
            Ok(deleted as u64)
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

fn votes(c: &Connection, since: &str) -> rusqlite::Result<Vec<VoteSum>> {
    c.prepare(
        "SELECT target, revision, SUM(yes), SUM(no) FROM vote_counts \
         WHERE iso_week >= ?1 GROUP BY target, revision ORDER BY target, revision",
    )?
    .query_map([since], |r| {
        Ok(VoteSum {
            target: r.get(0)?,
            revision: r.get(1)?,
            yes: count(r.get(2)?),
            no: count(r.get(3)?),
        })
    })?
    .collect()
}

fn reasons(c: &Connection, since: &str) -> rusqlite::Result<Vec<ReasonSum>> {
    c.prepare(
        "SELECT target, reason, SUM(n) FROM reason_counts WHERE iso_week >= ?1 \
         GROUP BY target, reason ORDER BY target, SUM(n) DESC, reason",
    )?
    .query_map([since], |r| {
        Ok(ReasonSum {
            target: r.get(0)?,
            reason: r.get(1)?,
            n: count(r.get(2)?),
        })
    })?
    .collect()
}

fn queries(c: &Connection, since: &str) -> rusqlite::Result<Vec<QuerySum>> {
    c.prepare(
        "SELECT lang, query, SUM(n) FROM zero_queries WHERE iso_week >= ?1 \
         GROUP BY lang, query ORDER BY SUM(n) DESC, query",
    )?
    .query_map([since], |r| {
        Ok(QuerySum {
            lang: r.get(0)?,
            query: r.get(1)?,
            n: count(r.get(2)?),
        })
    })?
    .collect()
}

fn comments(c: &Connection, since: &str) -> rusqlite::Result<Vec<Comment>> {
    c.prepare(
        "SELECT iso_week, target, revision, lang, reason, text, suspected FROM comments \
         WHERE iso_week >= ?1 ORDER BY id",
    )?
    .query_map([since], |r| {
        let week: String = r.get(0)?;
        Ok(Comment {
            week: IsoWeek::stored(&week),
            subject: Subject {
                target: r.get(1)?,
                revision: r.get(2)?,
                lang: r.get(3)?,
            },
            reason: r.get(4)?,
            text: r.get(5)?,
            suspected: r.get(6)?,
        })
    })?
    .collect()
}
