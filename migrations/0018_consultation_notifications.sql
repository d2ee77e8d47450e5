-- A video consultation's prescription and documents notify its parties: prescriptionIssued,
-- prescriptionUpdated and documentAdded join the notification types (additions to the seed's
-- enum). The type's CHECK is widened by rebuilding the table, the one way both SQLite and
-- PostgreSQL take.

CREATE TABLE notifications_widened (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('appointmentConfirmation', 'appointmentReminder',
                                     'appointmentCancellation', 'appointmentRescheduled',
                                     'prescriptionIssued', 'prescriptionUpdated', 'documentAdded')),
  message TEXT NOT NULL,
  sent_at BIGINT,
  read INTEGER NOT NULL DEFAULT 0,
  appointment_id TEXT REFERENCES appointments (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO notifications_widened (id, user_id, type, message, sent_at, read, appointment_id, created_at, updated_at)
  SELECT id, user_id, type, message, sent_at, read, appointment_id, created_at, updated_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_widened RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, created_at);
CREATE INDEX notifications_user_unread ON notifications (user_id, read);
