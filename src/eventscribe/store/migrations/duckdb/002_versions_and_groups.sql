-- Version 2: article versions (a changed text is a new version; the old one and its events are kept in
-- superseded_articles / superseded_events) and groups of mentions of one event (event_groups and
-- group_reports). `articles` and `events` keep holding the current version only.
ALTER TABLE articles ADD COLUMN version INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN article_version INTEGER DEFAULT 1;
CREATE TABLE superseded_articles (
    id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    coded_at TIMESTAMP NOT NULL,
    superseded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE superseded_events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    article_version INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR,
    source_code VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_sectors VARCHAR,
    target_code VARCHAR, target_text VARCHAR, target_name VARCHAR, target_country VARCHAR,
    target_sectors VARCHAR,
    cameo_code VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR NOT NULL,
    goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    confidence DOUBLE NOT NULL,
    trigger VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    rule VARCHAR,
    superseded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, article_version)
);
CREATE TABLE event_groups (
    group_id VARCHAR PRIMARY KEY,
    group_key VARCHAR NOT NULL,
    source_code VARCHAR,
    target_code VARCHAR,
    cameo_code VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    date_start DATE,
    date_end DATE,
    location_name VARCHAR,
    location_country VARCHAR,
    n_reports INTEGER NOT NULL,
    n_articles INTEGER NOT NULL
);
CREATE TABLE group_reports (
    event_id VARCHAR PRIMARY KEY,
    group_id VARCHAR NOT NULL
);
CREATE VIEW article_versions AS
SELECT id, version, content_hash, date, title, url, source, origin, text, n_events, coded_at,
    FALSE AS superseded, CAST(NULL AS TIMESTAMP) AS superseded_at
FROM articles
UNION ALL
SELECT id, version, content_hash, date, title, url, source, origin, text, n_events, coded_at,
    TRUE AS superseded, superseded_at
FROM superseded_articles;
