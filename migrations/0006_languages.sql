-- Each user reads MediMeet in their language (an addition to the seed's Users): 'fr' or 'en'.
-- Accounts made before it existed keep the English they had been written in.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('fr', 'en'));

-- Emails are multipart: the HTML alternative of the text body (NULL for an SMS). Erased with
-- the body once sent, as it may hold the same one-time link.
ALTER TABLE outbox ADD COLUMN html_body TEXT;
