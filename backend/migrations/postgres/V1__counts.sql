-- Counts, not events: per ISO week ('2026-W40'), target, revision and language. No address, no time.
CREATE TABLE vote_counts (
    iso_week TEXT NOT NULL,
    target TEXT NOT NULL,
    revision TEXT NOT NULL,
    lang TEXT NOT NULL,
    yes BIGINT NOT NULL DEFAULT 0,
    no BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (iso_week, target, revision, lang)
);

CREATE TABLE reason_counts (
    iso_week TEXT NOT NULL,
    target TEXT NOT NULL,
    revision TEXT NOT NULL,
    lang TEXT NOT NULL,
    reason TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (iso_week, target, revision, lang, reason)
);

CREATE TABLE zero_queries (
    iso_week TEXT NOT NULL,
    lang TEXT NOT NULL,
    query TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (iso_week, lang, query)
);

CREATE TABLE comments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso_week TEXT NOT NULL,
    target TEXT NOT NULL,
    revision TEXT NOT NULL,
    lang TEXT NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL,
    suspected BOOLEAN NOT NULL
);

CREATE INDEX comments_week ON comments (iso_week);
