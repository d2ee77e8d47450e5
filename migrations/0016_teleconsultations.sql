-- The seed's Teleconsultations: one per video appointment (appointmentId, videoLink, documents,
-- prescription), created in the booking's transaction. `documents` are files of the file store
-- that either party attached; the prescription (the seed's string, its rendered text, and its
-- lines, an addition) is sealed under the master key like record entries, and carries a random
-- code that a pharmacist checks it by.
CREATE TABLE teleconsultations (
  id TEXT PRIMARY KEY,
  appointment_id TEXT NOT NULL UNIQUE REFERENCES appointments (id) ON DELETE CASCADE,
  video_link TEXT NOT NULL,
  sealed_prescription TEXT,
  prescription_code TEXT UNIQUE,
  prescribed_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE teleconsultation_documents (
  teleconsultation_id TEXT NOT NULL REFERENCES teleconsultations (id) ON DELETE CASCADE,
  file_id TEXT NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  added_by TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at BIGINT NOT NULL,
  PRIMARY KEY (teleconsultation_id, file_id)
);
CREATE INDEX teleconsultation_documents_file ON teleconsultation_documents (file_id);
