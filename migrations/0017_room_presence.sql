-- Who is in a video room, from which of their sockets, and when the doctor let the patient in
-- (an admitted patient who comes back is in at once). In the database, so every instance on one
-- PostgreSQL sees the same room.
ALTER TABLE teleconsultations ADD COLUMN admitted_at BIGINT;
CREATE TABLE room_presence (
  teleconsultation_id TEXT NOT NULL REFERENCES teleconsultations (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  socket_id TEXT NOT NULL,
  joined_at BIGINT NOT NULL,
  PRIMARY KEY (teleconsultation_id, user_id)
);
CREATE INDEX room_presence_socket ON room_presence (user_id, socket_id);
