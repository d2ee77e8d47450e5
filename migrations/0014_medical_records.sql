-- The seed's MedicalRecords: one record per (patient, doctor), its `records` array as entries,
-- each entry's `attachments` as files of the file store. Additions: an entry's author (the
-- record's doctor or its patient) and the doctors a patient shared a record with.

-- How many documents refer to a file: one nobody refers to is its uploader's alone, and goes
-- 24 hours after its upload.
ALTER TABLE files ADD COLUMN reference_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX files_unreferenced ON files (reference_count, created_at);

CREATE TABLE medical_records (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (patient_id, doctor_id)
);
CREATE INDEX medical_records_doctor ON medical_records (doctor_id);

-- `description` is sealed under the master key and bound to the entry's id (base64): nothing
-- medical is readable on disk without the key.
CREATE TABLE medical_record_entries (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES medical_records (id) ON DELETE CASCADE,
  author TEXT NOT NULL CHECK (author IN ('doctor', 'patient')),
  author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  entry_date BIGINT NOT NULL,
  description TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX medical_record_entries_record ON medical_record_entries (record_id, entry_date);

CREATE TABLE medical_record_attachments (
  entry_id TEXT NOT NULL REFERENCES medical_record_entries (id) ON DELETE CASCADE,
  file_id TEXT NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (entry_id, file_id)
);
CREATE INDEX medical_record_attachments_file ON medical_record_attachments (file_id);

CREATE TABLE medical_record_shares (
  record_id TEXT NOT NULL REFERENCES medical_records (id) ON DELETE CASCADE,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  shared_at BIGINT NOT NULL,
  PRIMARY KEY (record_id, doctor_id)
);
CREATE INDEX medical_record_shares_doctor ON medical_record_shares (doctor_id);
