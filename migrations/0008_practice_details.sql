-- The practice's details (additions to the seed's Doctors): its address, phone, how to find it,
-- and the languages spoken there ("fr,en": ISO 639-1 codes, comma-separated, '' for none).
-- doctors.location_folded now also holds the postcode and city, so a search finds either.
ALTER TABLE doctors ADD COLUMN street TEXT;
ALTER TABLE doctors ADD COLUMN postcode TEXT;
ALTER TABLE doctors ADD COLUMN city TEXT;
ALTER TABLE doctors ADD COLUMN country TEXT;
ALTER TABLE doctors ADD COLUMN phone TEXT;
ALTER TABLE doctors ADD COLUMN access_notes TEXT;
ALTER TABLE doctors ADD COLUMN languages TEXT NOT NULL DEFAULT '';
