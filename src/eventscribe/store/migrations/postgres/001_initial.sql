-- Version 1 (PostgreSQL): one row per article (latest text only) and one row per event.
-- Key columns sort bytewise (COLLATE "C"), as in DuckDB, so orders agree and prefix searches use the indexes.
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR COLLATE "C" PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    coded_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR COLLATE "C" PRIMARY KEY,
    article_id VARCHAR COLLATE "C" NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR,
    source_code VARCHAR COLLATE "C", source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_sectors VARCHAR,
    target_code VARCHAR COLLATE "C", target_text VARCHAR, target_name VARCHAR, target_country VARCHAR,
    target_sectors VARCHAR,
    cameo_code VARCHAR COLLATE "C" NOT NULL,
    cameo_root VARCHAR COLLATE "C" NOT NULL,
    cameo_name VARCHAR NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    quad_class INTEGER NOT NULL,
    plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    confidence DOUBLE PRECISION NOT NULL,
    trigger VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    rule VARCHAR
);
CREATE OR REPLACE VIEW event_records AS
SELECT
    event_id, article_id, sentence_index, sentence, date, date_precision,
    CASE WHEN source_code IS NULL THEN NULL ELSE jsonb_build_object('code', source_code, 'text', source_text,
        'name', source_name, 'country', source_country, 'sectors', to_jsonb(string_to_array(source_sectors, ',')))
        END AS source,
    CASE WHEN target_code IS NULL THEN NULL ELSE jsonb_build_object('code', target_code, 'text', target_text,
        'name', target_name, 'country', target_country, 'sectors', to_jsonb(string_to_array(target_sectors, ',')))
        END AS target,
    jsonb_build_object('code', cameo_code, 'root', cameo_root, 'name', cameo_name, 'goldstein', goldstein,
        'quad_class', quad_class) AS cameo,
    CASE WHEN plover_event IS NULL THEN NULL ELSE jsonb_build_object('event', plover_event, 'mode', plover_mode,
        'context', plover_context) END AS plover,
    CASE WHEN location_name IS NULL THEN NULL ELSE jsonb_build_object('name', location_name,
        'country', location_country, 'lat', lat, 'lon', lon) END AS location,
    confidence,
    jsonb_build_object('trigger', trigger, 'start', evidence_start, 'end', evidence_end,
        'trigger_start', trigger_start, 'trigger_end', trigger_end) AS evidence,
    rule
FROM events;
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_dyad ON events (source_code, target_code, date);
CREATE INDEX events_date ON events (date);
