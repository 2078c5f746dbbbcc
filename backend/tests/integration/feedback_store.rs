//! The feedback stores, SQLite always and PostgreSQL when `SKATTEDELING_TEST_POSTGRES` holds a URL
//! (`scripts/postgres-test.sh` starts a throwaway cluster and sets it): the same counters, the same
//! period sums, the same retention, migrations that run once.

use skattedeling_backend::config::Database;
use skattedeling_backend::feedback::store::{self, Comment, Store, Subject};
use skattedeling_backend::feedback::week::IsoWeek;

pub const POSTGRES_VARIABLE: &str = "SKATTEDELING_TEST_POSTGRES";

/// A fresh, empty database of each kind available: (name, database, a folder kept alive).
pub fn databases(test: &str) -> Vec<(&'static str, Database, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec![(
        "sqlite",
        Database::Sqlite(dir.path().join("tilbakemeldinger.sqlite")),
        dir,
    )];
    if let Ok(url) = std::env::var(POSTGRES_VARIABLE) {
        all.push((
            "postgres",
            Database::Postgres(fresh_postgres(&url, test)),
            tempfile::tempdir().unwrap(),
        ));
    }
    all
}

/// A new database named for the test in the cluster at `url` (dropped first if a run left it).
fn fresh_postgres(url: &str, test: &str) -> String {
    let name = format!("feedback_{test}");
    let mut admin = postgres::Client::connect(url, postgres::NoTls).expect("PostgreSQL answers");
    // Two statements: several in one string run as one transaction, which DROP DATABASE refuses.
    for statement in [
        format!("DROP DATABASE IF EXISTS {name}"),
        format!("CREATE DATABASE {name}"),
    ] {
        admin.batch_execute(&statement).expect("a test database");
    }
    let mut u = url::Url::parse(url).expect("a URL");
    u.set_path(&format!("/{name}"));
    u.to_string()
}

pub fn week(w: &str) -> IsoWeek {
    IsoWeek::parse(w).unwrap()
}

fn subject(target: &str, revision: &str, lang: &str) -> Subject {
    Subject {
        target: target.into(),
        revision: revision.into(),
        lang: lang.into(),
    }
}

fn comment(w: &str, text: &str, suspected: bool) -> Comment {
    Comment {
        week: week(w),
        subject: subject("kostnad", "1a2b3c4d", "nb"),
        reason: "mangler".into(),
        text: text.into(),
        suspected,
    }
}

fn open(db: &Database) -> Box<dyn Store> {
    store::open(db).unwrap_or_else(|e| panic!("{} opens: {e}", db.kind()))
}

#[test]
fn counters_add_up_per_target_and_revision_over_the_period() {
    for (name, db, _dir) in databases("counters") {
        let s = open(&db);
        let k = subject("kostnad", "1a2b3c4d", "nb");
        for (w, yes) in [("2026-W40", true), ("2026-W40", false), ("2026-W41", true)] {
            s.vote(week(w), &k, yes).unwrap();
        }
        s.vote(
            week("2026-W41"),
            &subject("kostnad", "1a2b3c4d", "nn"),
            false,
        )
        .unwrap();
        s.vote(
            week("2026-W41"),
            &subject("kostnad", "ffffffff", "nb"),
            true,
        )
        .unwrap();
        s.vote(week("2026-W39"), &k, true).unwrap();
        s.reason(week("2026-W40"), &k, "mangler").unwrap();
        s.reason(week("2026-W41"), &k, "mangler").unwrap();
        s.reason(week("2026-W41"), &k, "feil").unwrap();
        for _ in 0..3 {
            s.zero_query(week("2026-W40"), "nb", "infotorg api")
                .unwrap();
        }
        s.zero_query(week("2026-W41"), "nb", "sjelden").unwrap();
        s.comment(&comment("2026-W40", "Mangler pris", false))
            .unwrap();
        s.comment(&comment("2026-W41", "Ring [tlf]", true)).unwrap();

        let p = s.period(week("2026-W40")).unwrap();
        let votes: Vec<(&str, &str, u64, u64)> = p
            .votes
            .iter()
            .map(|v| (v.target.as_str(), v.revision.as_str(), v.yes, v.no))
            .collect();
        assert_eq!(
            votes,
            [("kostnad", "1a2b3c4d", 2, 2), ("kostnad", "ffffffff", 1, 0)],
            "{name}"
        );
        let reasons: Vec<(&str, u64)> =
            p.reasons.iter().map(|r| (r.reason.as_str(), r.n)).collect();
        assert_eq!(reasons, [("mangler", 2), ("feil", 1)], "{name}");
        let queries: Vec<(&str, u64)> = p.queries.iter().map(|q| (q.query.as_str(), q.n)).collect();
        assert_eq!(queries, [("infotorg api", 3), ("sjelden", 1)], "{name}");
        assert_eq!(p.comments.len(), 2, "{name}");
        assert_eq!(p.comments[0].text, "Mangler pris");
        assert_eq!(p.comments[0].week, week("2026-W40"));
        assert!(
            p.comments[1].suspected && !p.comments[0].suspected,
            "{name}"
        );
        assert!(
            s.period(week("2026-W42")).unwrap().votes.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn retention_deletes_texts_after_13_weeks_and_counts_after_104() {
    for (name, db, _dir) in databases("retention") {
        let s = open(&db);
        let k = subject("kostnad", "1a2b3c4d", "nb");
        let now = week("2026-W49");
        for w in ["2024-W49", "2024-W50", "2026-W36", "2026-W37"] {
            s.vote(week(w), &k, true).unwrap();
            s.reason(week(w), &k, "feil").unwrap();
            s.zero_query(week(w), "nb", &format!("søk {w}")).unwrap();
            s.comment(&comment(w, &format!("kommentar {w}"), false))
                .unwrap();
        }
        store::retain(s.as_ref(), now).unwrap();
        let p = s.period(week("2000-W01")).unwrap();
        assert_eq!(
            p.votes[0].yes, 3,
            "{name}: counts from 2024-W50 on are kept"
        );
        assert_eq!(p.reasons[0].n, 3, "{name}");
        let texts: Vec<&str> = p.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["kommentar 2026-W37"],
            "{name}: 13 weeks of comments"
        );
        let queries: Vec<&str> = p.queries.iter().map(|q| q.query.as_str()).collect();
        assert_eq!(queries, ["søk 2026-W37"], "{name}");
    }
}

#[test]
fn migrations_run_once_and_keep_what_is_there() {
    for (name, db, _dir) in databases("migrations") {
        open(&db)
            .vote(
                week("2026-W40"),
                &subject("kostnad", "1a2b3c4d", "nb"),
                true,
            )
            .unwrap();
        let again = open(&db);
        assert_eq!(
            again.period(week("2026-W40")).unwrap().votes[0].yes,
            1,
            "{name}"
        );
    }
}
