-- Files: medical documents, encrypted at rest. Each file has a key of its own (wrapped by the
-- master key, bound to the file's id) and is stored as sealed chunks of 64 KiB
-- (crypto_secretstream_xchacha20poly1305), base64 in TEXT so both backends hold them alike and a
-- backup of the database holds the files. A file is written chunk by chunk while its upload
-- arrives and becomes visible only when `complete` turns 1 with its size and digest, so a crash
-- never leaves half a file; incomplete ones are purged.
CREATE TABLE files (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  wrapped_key TEXT NOT NULL,
  stream_header TEXT NOT NULL,
  complete INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX files_owner ON files (owner_id, created_at);
CREATE INDEX files_incomplete ON files (complete, created_at);

CREATE TABLE file_chunks (
  file_id TEXT NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  sealed TEXT NOT NULL,
  PRIMARY KEY (file_id, position)
);
