-- Real-time events and the Messages collection.

-- Single-use tickets that open the event socket from a browser (which cannot send a bearer
-- token on a WebSocket): valid 30 s, stored as a hash, bound to the login session that asked.
CREATE TABLE socket_tickets (
  token_hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL
);
CREATE INDEX socket_tickets_expiry ON socket_tickets (expires_at);

-- On PostgreSQL, what each instance delivers to its own sockets: written in the transaction of
-- the change, announced by NOTIFY with its id (a NOTIFY payload is too small for a message),
-- deleted after an hour. `kind` is 'event' (body: the frame) or 'sessions_ended' (body: which
-- sessions' sockets close). Unused on SQLite, where one process delivers in memory.
CREATE TABLE live_events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'sessions_ended')),
  user_ids TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX live_events_created ON live_events (created_at);

-- The seed's Messages: senderId, receiverId, content, timestamp (sent_at), read; read_at (an addition)
-- says when, for read receipts. A sender's Idempotency-Key and the hash of what it sent make a
-- retried send return the first message.
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  sender_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  receiver_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  content TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  read_at BIGINT,
  idempotency_key TEXT,
  request_hash TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX messages_pair ON messages (sender_id, receiver_id, sent_at, id);
CREATE INDEX messages_received ON messages (receiver_id, sent_at, id);
CREATE INDEX messages_unread ON messages (receiver_id, sender_id, sent_at) WHERE read = 0;
CREATE UNIQUE INDEX messages_idempotency ON messages (sender_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- When the receiver was last emailed about unread messages from the sender: at most one email
-- per conversation an hour, claimed in the transaction that queues it.
CREATE TABLE message_alerts (
  receiver_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sender_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  last_sent_at BIGINT NOT NULL,
  PRIMARY KEY (receiver_id, sender_id)
);
