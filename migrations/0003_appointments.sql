-- Booking: who canceled and why, a version for calendar apps, idempotency keys; the
-- Notifications collection, persisted reminder jobs, and private calendar feeds.

ALTER TABLE appointments ADD COLUMN cancel_reason TEXT;
ALTER TABLE appointments ADD COLUMN canceled_by TEXT;
-- Bumped on every change so calendar apps replace their copy (iCalendar SEQUENCE).
ALTER TABLE appointments ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

-- A retried booking with the same Idempotency-Key returns the first result. The key is written
-- first in the booking's transaction (so a concurrent retry waits on it), before the
-- appointment it names: hence the deferred foreign key.
CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);

CREATE TABLE notifications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('appointmentConfirmation', 'appointmentReminder',
                                     'appointmentCancellation')),
  message TEXT NOT NULL,
  sent_at BIGINT,
  read INTEGER NOT NULL DEFAULT 0,
  appointment_id TEXT REFERENCES appointments (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE INDEX notifications_user_unread ON notifications (user_id, read);

-- The email (and SMS) of a notification: delivering it sets the notification's sent_at.
ALTER TABLE outbox ADD COLUMN notification_id TEXT;

-- One row per reminder to send; done once sent, deleted when its appointment is canceled or
-- moved. Surviving restarts is the point of keeping them here.
CREATE TABLE reminder_jobs (
  id TEXT PRIMARY KEY,
  appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
  due_at BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
  created_at BIGINT NOT NULL
);
CREATE INDEX reminder_jobs_due ON reminder_jobs (status, due_at);
CREATE INDEX reminder_jobs_appointment ON reminder_jobs (appointment_id);

-- The hash of the secret in a user's private calendar feed URL.
CREATE TABLE calendar_feeds (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
