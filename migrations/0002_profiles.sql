-- Patients' and doctors' profiles, weekly availability, time off, and the appointments table
-- that free slots are computed against (the appointments issue builds on it).

-- The display name folded for accent- and case-insensitive search (see common/search_text).
-- Rows written before this migration get a plain lower-case copy; the server writes the
-- proper form from now on.
ALTER TABLE users ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
UPDATE users SET name_folded = lower(name);

ALTER TABLE patients ADD COLUMN personal_info TEXT NOT NULL DEFAULT '{}';
ALTER TABLE patients ADD COLUMN date_of_birth BIGINT;
ALTER TABLE patients ADD COLUMN gender TEXT;
ALTER TABLE patients ADD COLUMN address TEXT;
ALTER TABLE patients ADD COLUMN medical_history TEXT NOT NULL DEFAULT '[]';

ALTER TABLE doctors ADD COLUMN specialty TEXT;
ALTER TABLE doctors ADD COLUMN specialty_folded TEXT;
ALTER TABLE doctors ADD COLUMN experience INTEGER;
ALTER TABLE doctors ADD COLUMN location TEXT;
ALTER TABLE doctors ADD COLUMN location_folded TEXT;
ALTER TABLE doctors ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE doctors ADD COLUMN consultation_minutes INTEGER NOT NULL DEFAULT 30;
ALTER TABLE doctors ADD COLUMN price DOUBLE PRECISION;
ALTER TABLE doctors ADD COLUMN about TEXT;
ALTER TABLE doctors ADD COLUMN average_rating DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE doctors ADD COLUMN review_count INTEGER NOT NULL DEFAULT 0;
-- 1 once the profile is complete enough to be listed publicly.
ALTER TABLE doctors ADD COLUMN listed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX doctors_listed_specialty ON doctors (listed, specialty_folded, average_rating);
CREATE INDEX doctors_listed_rating ON doctors (listed, average_rating);
CREATE INDEX doctors_listed_experience ON doctors (listed, experience);

CREATE TABLE doctor_availability (
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  day TEXT NOT NULL CHECK (day IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
                                   'saturday', 'sunday')),
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  PRIMARY KEY (doctor_id, ordinal)
);
CREATE INDEX doctor_availability_day ON doctor_availability (day, doctor_id);

CREATE TABLE doctor_time_off (
  id TEXT PRIMARY KEY,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK (starts_at < ends_at)
);
CREATE INDEX doctor_time_off_doctor ON doctor_time_off (doctor_id, ends_at);

CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  doctor_id TEXT NOT NULL REFERENCES doctors (id),
  appointment_date BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'canceled', 'completed')),
  notes TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
-- One live appointment per doctor and start time: the database refuses a double booking.
CREATE UNIQUE INDEX appointments_doctor_slot ON appointments (doctor_id, appointment_date)
  WHERE status <> 'canceled';
CREATE INDEX appointments_doctor_date ON appointments (doctor_id, appointment_date);
CREATE INDEX appointments_patient_doctor ON appointments (patient_id, doctor_id);
CREATE INDEX appointments_patient_date ON appointments (patient_id, appointment_date);
