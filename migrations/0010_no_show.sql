-- A patient who did not come: the appointment's status noShow (an addition to the seed's enum).
-- The status CHECK is widened by rebuilding the table, the one way both SQLite and PostgreSQL
-- take. The three tables that refer to appointments are rebuilt with it, so no old reference
-- is left when the old table goes (dropping it under a reference would cascade on SQLite and
-- be refused on PostgreSQL); renaming a table carries the references made to it.

CREATE TABLE appointments_widened (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  doctor_id TEXT NOT NULL REFERENCES doctors (id),
  appointment_date BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'canceled', 'completed', 'noShow')),
  notes TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  cancel_reason TEXT,
  canceled_by TEXT,
  sequence INTEGER NOT NULL DEFAULT 0,
  reason_id TEXT REFERENCES visit_reasons (id),
  reason_name TEXT,
  mode TEXT NOT NULL DEFAULT 'inPerson' CHECK (mode IN ('inPerson', 'video'))
);
INSERT INTO appointments_widened (id, patient_id, doctor_id, appointment_date, duration_minutes, status, notes,
                                  created_at, updated_at, cancel_reason, canceled_by, sequence, reason_id,
                                  reason_name, mode)
  SELECT id, patient_id, doctor_id, appointment_date, duration_minutes, status, notes, created_at, updated_at,
         cancel_reason, canceled_by, sequence, reason_id, reason_name, mode FROM appointments;

CREATE TABLE idempotency_keys_widened (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  appointment_id TEXT NOT NULL REFERENCES appointments_widened (id) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);
INSERT INTO idempotency_keys_widened (user_id, idempotency_key, request_hash, appointment_id, created_at)
  SELECT user_id, idempotency_key, request_hash, appointment_id, created_at FROM idempotency_keys;

CREATE TABLE reminder_jobs_widened (
  id TEXT PRIMARY KEY,
  appointment_id TEXT NOT NULL REFERENCES appointments_widened (id) ON DELETE CASCADE,
  due_at BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
  created_at BIGINT NOT NULL
);
INSERT INTO reminder_jobs_widened (id, appointment_id, due_at, status, created_at)
  SELECT id, appointment_id, due_at, status, created_at FROM reminder_jobs;

CREATE TABLE notifications_rebuilt (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('appointmentConfirmation', 'appointmentReminder',
                                     'appointmentCancellation', 'appointmentRescheduled')),
  message TEXT NOT NULL,
  sent_at BIGINT,
  read INTEGER NOT NULL DEFAULT 0,
  appointment_id TEXT REFERENCES appointments_widened (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO notifications_rebuilt (id, user_id, type, message, sent_at, read, appointment_id, created_at, updated_at)
  SELECT id, user_id, type, message, sent_at, read, appointment_id, created_at, updated_at FROM notifications;

DROP TABLE notifications;
DROP TABLE reminder_jobs;
DROP TABLE idempotency_keys;
DROP TABLE appointments;
ALTER TABLE appointments_widened RENAME TO appointments;
ALTER TABLE idempotency_keys_widened RENAME TO idempotency_keys;
ALTER TABLE reminder_jobs_widened RENAME TO reminder_jobs;
ALTER TABLE notifications_rebuilt RENAME TO notifications;

CREATE UNIQUE INDEX appointments_doctor_slot ON appointments (doctor_id, appointment_date)
  WHERE status <> 'canceled';
CREATE INDEX appointments_doctor_date ON appointments (doctor_id, appointment_date);
CREATE INDEX appointments_patient_doctor ON appointments (patient_id, doctor_id);
CREATE INDEX appointments_patient_date ON appointments (patient_id, appointment_date);
CREATE INDEX reminder_jobs_due ON reminder_jobs (status, due_at);
CREATE INDEX reminder_jobs_appointment ON reminder_jobs (appointment_id);
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE INDEX notifications_user_unread ON notifications (user_id, read);
