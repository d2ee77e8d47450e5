-- Visit reasons (an addition to the seed): what a patient books a doctor for, each with its
-- length, fee and mode. A removed reason is archived, not deleted: the appointments booked for
-- it keep pointing at it.
CREATE TABLE visit_reasons (
  id TEXT PRIMARY KEY,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  price_minor BIGINT,
  currency TEXT,
  mode TEXT NOT NULL CHECK (mode IN ('inPerson', 'video')),
  new_patients INTEGER NOT NULL DEFAULT 1,
  instructions TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX visit_reasons_doctor ON visit_reasons (doctor_id, archived, created_at);

-- The reason an appointment was booked for, its name as it was then, and where it happens.
ALTER TABLE appointments ADD COLUMN reason_id TEXT REFERENCES visit_reasons (id);
ALTER TABLE appointments ADD COLUMN reason_name TEXT;
ALTER TABLE appointments ADD COLUMN mode TEXT NOT NULL DEFAULT 'inPerson' CHECK (mode IN ('inPerson', 'video'));
