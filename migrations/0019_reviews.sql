-- The seed's Reviews: a patient's rating (1 to 5) and comment about a doctor. Additions: the
-- completed appointment it is about (one review each), the name the patient shows, and the
-- moderation state: `published`, `flagged` by the doctor (still shown until the operator
-- decides) or `hidden` by the operator; `kept` once the operator kept a flagged review.
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  patient_id TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
  appointment_id TEXT NOT NULL UNIQUE REFERENCES appointments (id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT NOT NULL,
  display_name TEXT,
  status TEXT NOT NULL CHECK (status IN ('published', 'flagged', 'hidden')),
  kept INTEGER NOT NULL DEFAULT 0,
  flag_reason TEXT,
  flagged_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX reviews_doctor ON reviews (doctor_id, status, created_at);
CREATE INDEX reviews_patient ON reviews (patient_id);
CREATE INDEX reviews_flagged ON reviews (status, flagged_at);

-- What the shown reviews add up to, kept in the review's transaction: `rating_sum` and
-- `review_count` give `average_rating`; `rating_score` is its Bayesian average (see
-- doctors/rating_tally.hpp), by which search sorts. A doctor without reviews scores the prior.
ALTER TABLE doctors ADD COLUMN rating_sum BIGINT NOT NULL DEFAULT 0;
ALTER TABLE doctors ADD COLUMN rating_score DOUBLE PRECISION NOT NULL DEFAULT 3.5;
CREATE INDEX doctors_listed_rating_score ON doctors (listed, rating_score);
