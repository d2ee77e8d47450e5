-- How a doctor consults (an addition to the seed): at the practice, by video, or both, as a
-- comma-separated list of the appointment modes; doctors who already offer a video visit reason
-- keep offering video. And the doctor's RPPS number (the French practitioner id, 11 digits),
-- which prescriptions carry.
ALTER TABLE doctors ADD COLUMN consultation_modes TEXT NOT NULL DEFAULT 'inPerson';
ALTER TABLE doctors ADD COLUMN rpps_number TEXT;
UPDATE doctors SET consultation_modes = 'inPerson,video'
  WHERE id IN (SELECT doctor_id FROM visit_reasons WHERE mode = 'video');
