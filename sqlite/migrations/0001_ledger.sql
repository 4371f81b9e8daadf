-- The ledger: documents, the claims read from them, and the imports that
-- brought them in. Claims are append-only: a correction is a new row whose
-- supersedes names the old one.

CREATE TABLE documents (
	id        INTEGER PRIMARY KEY,
	url       TEXT NOT NULL,
	published TEXT NOT NULL,           -- YYYY-MM-DD
	title     TEXT NOT NULL DEFAULT '',
	UNIQUE (url, published)
);

CREATE TABLE imports (
	id      INTEGER PRIMARY KEY,
	started TEXT NOT NULL,             -- RFC 3339, UTC
	files   TEXT NOT NULL DEFAULT '',  -- JSON array of input names
	read    INTEGER NOT NULL DEFAULT 0,
	added   INTEGER NOT NULL DEFAULT 0,
	present INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE claims (
	seq            INTEGER PRIMARY KEY, -- insertion order
	-- Claim.Identity() as its 16 bytes (the API shows them as 32 hex
	-- digits). The store keeps it unique: it looks every new claim up
	-- by id_key, its first 8 bytes as an integer, through claims_id.
	id             BLOB NOT NULL,
	id_key         INTEGER NOT NULL,
	document_id    INTEGER NOT NULL REFERENCES documents (id),
	-- The document title as this claim gave it, when it differs from the
	-- title the document row kept (the first one seen); NULL otherwise.
	title          TEXT,
	actor          TEXT,
	population     TEXT,
	category       TEXT NOT NULL,
	status         TEXT,
	per            TEXT,
	low            REAL,
	high           REAL,
	best           REAL,
	bound          TEXT NOT NULL,
	approx         INTEGER NOT NULL,
	period_start   TEXT,
	period_end     TEXT,
	-- period_end, or the publication date when the claim has none: the
	-- day filters and ordering use.
	as_of          TEXT NOT NULL,
	likelihood     TEXT,
	probability_lo REAL,
	probability_hi REAL,
	source         TEXT,
	quote          TEXT NOT NULL,
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	derived        INTEGER NOT NULL,
	flags          TEXT,               -- JSON array, NULL when none
	dataset        TEXT,
	supersedes     TEXT,
	added_at       TEXT NOT NULL,      -- RFC 3339, UTC
	import_id      INTEGER REFERENCES imports (id),
	-- One integer for the look-ups by actor, category and day (see
	-- seriesKey in claims.go): hash(actor) | hash(category) | as_of. An
	-- index of integers is sorted several times faster than one of texts
	-- that tie on their first columns, which matters most when a bulk
	-- import builds it again.
	series_key     INTEGER NOT NULL
);

-- Indexes are separate statements, not constraints, so a bulk import into
-- a small ledger can drop them and build them again once, sorted.
CREATE INDEX claims_id ON claims (id_key);
CREATE INDEX claims_series ON claims (series_key);
