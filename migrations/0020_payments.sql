-- The seed's Payments, and what asks for them. Additions: the doctor's `prepayment` (none,
-- video consultations, or all bookings); a payment's currency, doctor, provider reference (the
-- Stripe Checkout Session or PayPal order), deadline, failure reason and refund.
ALTER TABLE doctors ADD COLUMN prepayment TEXT NOT NULL DEFAULT 'none'
  CHECK (prepayment IN ('none', 'video', 'all'));

CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  appointment_id TEXT NOT NULL UNIQUE REFERENCES appointments (id) ON DELETE CASCADE,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  payment_method TEXT CHECK (payment_method IN ('creditCard', 'PayPal')),
  transaction_id TEXT,
  provider_reference TEXT UNIQUE,
  checkout_url TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
  failure_reason TEXT,
  due_by BIGINT NOT NULL,
  refund_status TEXT CHECK (refund_status IN ('pending', 'completed')),
  refund_id TEXT,
  refunded_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX payments_user ON payments (user_id, created_at);
CREATE INDEX payments_doctor ON payments (doctor_id, created_at);
CREATE INDEX payments_due ON payments (status, due_by);

-- Each provider event is processed once: its id is written in the transaction that acts on it.
CREATE TABLE payment_events (
  provider TEXT NOT NULL,
  event_id TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (provider, event_id)
);

-- Refunds to ask of the provider, retried with growing delays until it confirms (like the
-- outbox's messages).
CREATE TABLE refund_jobs (
  payment_id TEXT PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error TEXT,
  done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX refund_jobs_due ON refund_jobs (done, next_attempt_at);
