-- The audit log of medical data (HIPAA §164.312(b)): one row per read or change of a patient's
-- profile, medical history, records, entries and files, written in the change's own
-- transaction and never edited or deleted by any endpoint. Each row holds the hash of the row
-- before it, so an edited, inserted or deleted row breaks the chain (`medimeet audit verify`).
-- Actors are kept by id, role and name as they were: the log outlives accounts, so no foreign key.
CREATE TABLE audit_log (
  sequence BIGINT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at BIGINT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  patient_id TEXT NOT NULL,
  client_address TEXT NOT NULL,
  request_id TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, sequence);

-- The head of the chain: the row every writer updates first, so that writers on several
-- connections (and instances) append one after the other.
CREATE TABLE audit_chain (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_sequence BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, last_sequence, last_hash) VALUES (1, 0, '');
