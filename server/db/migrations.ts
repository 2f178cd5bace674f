/**
 * The database's versioned migrations, applied in order and recorded in
 * `schema_version`. A migration is never edited once released: a change of
 * schema is a new entry. Each one has its own test in tests/server.
 *
 * Entities are kept as their JSON record (the sync contract's shape) plus
 * the columns queries need, so the record the workstation receives is the
 * record we stored.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const directory = `
CREATE TABLE services (
  id TEXT PRIMARY KEY,
  record_json TEXT NOT NULL
);
CREATE TABLE commissions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  commune TEXT NOT NULL,
  record_json TEXT NOT NULL
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  commission_id TEXT NOT NULL REFERENCES commissions(id),
  title TEXT NOT NULL,
  record_json TEXT NOT NULL,
  UNIQUE (commission_id, title)
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  record_json TEXT NOT NULL
);
CREATE TABLE user_commissions (
  user_id TEXT NOT NULL REFERENCES users(id),
  commission_id TEXT NOT NULL REFERENCES commissions(id),
  PRIMARY KEY (user_id, commission_id)
);
CREATE TABLE auth_tokens (
  token_sha256 TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at TEXT NOT NULL
);
`;

const dossiers = `
CREATE TABLE dossiers (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  commission_id TEXT NOT NULL REFERENCES commissions(id),
  record_json TEXT NOT NULL
);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  sha256 TEXT NOT NULL,
  record_json TEXT NOT NULL
);
CREATE INDEX documents_by_sha256 ON documents (sha256);
CREATE TABLE markups (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  record_json TEXT NOT NULL
);
CREATE TABLE georeferences (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  record_json TEXT NOT NULL
);
CREATE TABLE opinions (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  record_json TEXT NOT NULL
);
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size_bytes INTEGER NOT NULL,
  stored_at TEXT NOT NULL
);
`;

const sync = `
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  record_json TEXT NOT NULL,
  scope_commission_id TEXT,
  scope_commune TEXT,
  scope_service_id TEXT,
  changed_at TEXT NOT NULL
);
CREATE TABLE processed_mutations (
  mutation_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  status TEXT NOT NULL,
  error_key TEXT,
  processed_at TEXT NOT NULL
);
`;

const zoning = `
CREATE TABLE zoning_plans (
  id TEXT PRIMARY KEY,
  commune TEXT NOT NULL,
  name TEXT NOT NULL,
  record_json TEXT NOT NULL,
  UNIQUE (commune, name)
);
CREATE TABLE zones (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES zoning_plans(id),
  record_json TEXT NOT NULL
);
`;

/**
 * Review rounds: an opinion's member and round become columns, so that the
 * database itself refuses a second opinion of one Member on one dossier in
 * one round. A trigger rather than a UNIQUE index because records are
 * written with INSERT OR REPLACE, which would silently delete the other
 * opinion on a UNIQUE conflict instead of failing.
 */
const rounds = `
ALTER TABLE opinions ADD COLUMN member_id TEXT;
ALTER TABLE opinions ADD COLUMN round INTEGER NOT NULL DEFAULT 1;
UPDATE opinions SET
  member_id = json_extract(record_json, '$.memberId'),
  round = coalesce(json_extract(record_json, '$.round'), 1);
CREATE INDEX opinions_by_member_round ON opinions (dossier_id, member_id, round);
CREATE TRIGGER opinions_one_per_member_round BEFORE INSERT ON opinions
WHEN EXISTS (
  SELECT 1 FROM opinions
  WHERE dossier_id = NEW.dossier_id AND member_id = NEW.member_id
    AND round = NEW.round AND id <> NEW.id
)
BEGIN
  SELECT RAISE(ABORT, 'one opinion per member, dossier and round');
END;
`;

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "directory", sql: directory },
  { version: 2, name: "dossiers", sql: dossiers },
  { version: 3, name: "sync", sql: sync },
  { version: 4, name: "zoning", sql: zoning },
  { version: 5, name: "rounds", sql: rounds },
];
