-- The ledger: documents, the claims read from them, and the imports that
-- brought them in. The same tables as the SQLite ledger, in PostgreSQL's
-- types. Claims are append-only: a correction is a new row whose
-- supersedes names the old one.

CREATE TABLE documents (
	id        BIGSERIAL PRIMARY KEY,
	url       TEXT NOT NULL,
	published DATE NOT NULL,
	title     TEXT NOT NULL DEFAULT '',
	UNIQUE (url, published)
);

CREATE TABLE imports (
	id      BIGSERIAL PRIMARY KEY,
	started TIMESTAMPTZ NOT NULL,
	files   TEXT[] NOT NULL DEFAULT '{}',
	read    INTEGER NOT NULL DEFAULT 0,
	added   INTEGER NOT NULL DEFAULT 0,
	present INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE claims (
	seq            BIGSERIAL PRIMARY KEY, -- insertion order
	id             TEXT NOT NULL UNIQUE,  -- Claim.Identity()
	document_id    BIGINT NOT NULL REFERENCES documents (id),
	-- The document title as this claim gave it, when it differs from the
	-- title the document row kept (the first one seen); NULL otherwise.
	title          TEXT,
	actor          TEXT,
	population     TEXT,
	category       TEXT NOT NULL,
	status         TEXT,
	per            TEXT,
	low            DOUBLE PRECISION,
	high           DOUBLE PRECISION,
	best           DOUBLE PRECISION,
	bound          TEXT NOT NULL,
	approx         BOOLEAN NOT NULL,
	period_start   DATE,
	period_end     DATE,
	-- period_end, or the publication date when the claim has none: the
	-- day filters and ordering use.
	as_of          DATE NOT NULL,
	likelihood     TEXT,
	probability_lo DOUBLE PRECISION,
	probability_hi DOUBLE PRECISION,
	source         TEXT,
	quote          TEXT NOT NULL,
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	derived        BOOLEAN NOT NULL,
	flags          TEXT[],              -- NULL when none
	dataset        TEXT,
	supersedes     TEXT,
	added_at       TIMESTAMPTZ NOT NULL,
	import_id      BIGINT REFERENCES imports (id)
);

CREATE INDEX claims_actor_category ON claims (actor, category, as_of);
