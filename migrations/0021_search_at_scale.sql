-- Doctor search at national scale: every search reads an index, never the whole table.

-- The doctor's folded name beside their other search columns, so one index orders a search by
-- name; copied from users when the doctor's row is made and whenever the user is renamed.
ALTER TABLE doctors ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
UPDATE doctors SET name_folded = COALESCE((SELECT users.name_folded FROM users WHERE users.id = doctors.id), '');
-- only: sqlite
CREATE TRIGGER users_name_to_doctors AFTER UPDATE OF name_folded ON users WHEN NEW.name_folded IS NOT OLD.name_folded BEGIN UPDATE doctors SET name_folded = NEW.name_folded WHERE id = NEW.id; END;
-- only: postgresql
CREATE FUNCTION users_name_to_doctors() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doctors SET name_folded = NEW.name_folded WHERE id = NEW.id; RETURN NULL; END $$;
-- only: postgresql
CREATE TRIGGER users_name_to_doctors AFTER UPDATE OF name_folded ON users FOR EACH ROW WHEN (NEW.name_folded IS DISTINCT FROM OLD.name_folded) EXECUTE FUNCTION users_name_to_doctors();

-- Listed doctors in each order search offers, whole or by specialty: a page is the first rows of
-- one index, not a sort of every match.
DROP INDEX doctors_listed_specialty;
DROP INDEX doctors_listed_rating;
DROP INDEX doctors_listed_experience;
DROP INDEX doctors_listed_rating_score;
CREATE INDEX doctors_listed_by_name ON doctors (name_folded, id) WHERE listed = 1;
CREATE INDEX doctors_listed_by_rating ON doctors (rating_score DESC, review_count DESC, name_folded, id) WHERE listed = 1;
CREATE INDEX doctors_listed_by_experience ON doctors (experience DESC, name_folded, id) WHERE listed = 1;
CREATE INDEX doctors_listed_specialty_by_name ON doctors (specialty_folded, name_folded, id) WHERE listed = 1;
CREATE INDEX doctors_listed_specialty_by_rating ON doctors (specialty_folded, rating_score DESC, review_count DESC, name_folded, id) WHERE listed = 1;
CREATE INDEX doctors_listed_specialty_by_experience ON doctors (specialty_folded, experience DESC, name_folded, id) WHERE listed = 1;

-- Name and place searches find text anywhere in the folded columns through trigrams. SQLite: an
-- FTS5 trigram table whose rowid is the doctor's `search_rowid` (the doctors' own rowid may change
-- on VACUUM), kept by triggers. PostgreSQL: pg_trgm GIN indexes, which LIKE '%…%' uses.
-- only: sqlite
ALTER TABLE doctors ADD COLUMN search_rowid INTEGER;
-- only: sqlite
UPDATE doctors SET search_rowid = rowid;
-- only: sqlite
CREATE UNIQUE INDEX doctors_search_rowid ON doctors (search_rowid);
-- only: sqlite
CREATE VIRTUAL TABLE doctor_search_text USING fts5 (name, location, tokenize = 'trigram case_sensitive 1');
-- only: sqlite
INSERT INTO doctor_search_text (rowid, name, location) SELECT search_rowid, name_folded, COALESCE(location_folded, '') FROM doctors;
-- only: sqlite
CREATE TRIGGER doctors_search_text_insert AFTER INSERT ON doctors BEGIN UPDATE doctors SET search_rowid = (SELECT COALESCE(MAX(search_rowid), 0) + 1 FROM doctors) WHERE id = NEW.id; INSERT INTO doctor_search_text (rowid, name, location) SELECT search_rowid, name_folded, COALESCE(location_folded, '') FROM doctors WHERE id = NEW.id; END;
-- only: sqlite
CREATE TRIGGER doctors_search_text_update AFTER UPDATE OF name_folded, location_folded ON doctors BEGIN UPDATE doctor_search_text SET name = NEW.name_folded, location = COALESCE(NEW.location_folded, '') WHERE rowid = NEW.search_rowid; END;
-- only: sqlite
CREATE TRIGGER doctors_search_text_delete AFTER DELETE ON doctors BEGIN DELETE FROM doctor_search_text WHERE rowid = OLD.search_rowid; END;
-- only: postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- only: postgresql
CREATE INDEX doctors_name_trigrams ON doctors USING gin (name_folded gin_trgm_ops);
-- only: postgresql
CREATE INDEX doctors_location_trigrams ON doctors USING gin (location_folded gin_trgm_ops);

-- Each doctor's free days: for every doctor-local day from today over the next nine weeks that
-- has a free slot, the first and the last free slot's start (epoch ms, whatever the time now).
-- `doctor_free_days_range` (one row per doctor) says which days a doctor's rows cover, so a
-- reader computes any other day itself, and when (the doctor's next midnight) the range moves
-- on. Any write that moves a doctor's free time empties their range (the triggers below): their
-- rows are then ignored until rebuilt, which the booking and profile paths do in the same
-- transaction and the renewal job (due at once: renew_at 0) does for any other writer.
CREATE TABLE doctor_free_days (
  doctor_id TEXT NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  first_free BIGINT NOT NULL,
  last_free BIGINT NOT NULL,
  PRIMARY KEY (doctor_id, day)
);
CREATE TABLE doctor_free_days_range (
  doctor_id TEXT PRIMARY KEY REFERENCES doctors (id) ON DELETE CASCADE,
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  renew_at BIGINT NOT NULL
);
CREATE INDEX doctor_free_days_range_renewal ON doctor_free_days_range (renew_at);
CREATE INDEX doctor_free_days_range_first ON doctor_free_days_range (first_day);
CREATE INDEX doctor_free_days_range_last ON doctor_free_days_range (last_day);
INSERT INTO doctor_free_days_range (doctor_id, first_day, last_day, renew_at) SELECT id, '', '', 0 FROM doctors;
-- only: sqlite
CREATE TRIGGER doctors_insert_free_days_range AFTER INSERT ON doctors BEGIN INSERT INTO doctor_free_days_range (doctor_id, first_day, last_day, renew_at) VALUES (NEW.id, '', '', 0); END;
-- only: postgresql
CREATE FUNCTION doctor_free_days_range() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO doctor_free_days_range (doctor_id, first_day, last_day, renew_at) VALUES (NEW.id, '', '', 0); RETURN NULL; END $$;
-- only: postgresql
CREATE TRIGGER doctors_insert_free_days_range AFTER INSERT ON doctors FOR EACH ROW EXECUTE FUNCTION doctor_free_days_range();

-- A number that grows with every committed change a public listing or a doctor's free slots
-- could show: a cached listing made at generation g is served only while the generation is
-- still g. Bumped by triggers, so no write path can forget it.
CREATE TABLE listing_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL);
INSERT INTO listing_generation (id, generation) VALUES (1, 0);
-- only: sqlite
CREATE TRIGGER doctors_insert_bumps_listings AFTER INSERT ON doctors BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER doctors_update_bumps_listings AFTER UPDATE ON doctors BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER doctors_delete_bumps_listings AFTER DELETE ON doctors BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER doctors_schedule_forgets_free_days AFTER UPDATE OF timezone, consultation_minutes, listed ON doctors WHEN NEW.timezone IS NOT OLD.timezone OR NEW.consultation_minutes IS NOT OLD.consultation_minutes OR NEW.listed IS NOT OLD.listed BEGIN UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.id; END;
-- only: sqlite
CREATE TRIGGER users_rename_bumps_listings AFTER UPDATE OF name ON users WHEN NEW.name IS NOT OLD.name AND NEW.role = 'doctor' BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER availability_insert_bumps_listings AFTER INSERT ON doctor_availability BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.doctor_id; END;
-- only: sqlite
CREATE TRIGGER availability_update_bumps_listings AFTER UPDATE ON doctor_availability BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id IN (OLD.doctor_id, NEW.doctor_id); END;
-- only: sqlite
CREATE TRIGGER availability_delete_bumps_listings AFTER DELETE ON doctor_availability BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = OLD.doctor_id; END;
-- only: sqlite
CREATE TRIGGER time_off_insert_bumps_listings AFTER INSERT ON doctor_time_off BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.doctor_id; END;
-- only: sqlite
CREATE TRIGGER time_off_update_bumps_listings AFTER UPDATE ON doctor_time_off BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id IN (OLD.doctor_id, NEW.doctor_id); END;
-- only: sqlite
CREATE TRIGGER time_off_delete_bumps_listings AFTER DELETE ON doctor_time_off BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = OLD.doctor_id; END;
-- only: sqlite
CREATE TRIGGER appointments_insert_bumps_listings AFTER INSERT ON appointments BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.doctor_id; END;
-- only: sqlite
CREATE TRIGGER appointments_update_bumps_listings AFTER UPDATE ON appointments WHEN NEW.appointment_date IS NOT OLD.appointment_date OR NEW.duration_minutes IS NOT OLD.duration_minutes OR NEW.status IS NOT OLD.status OR NEW.doctor_id IS NOT OLD.doctor_id BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id IN (OLD.doctor_id, NEW.doctor_id); END;
-- only: sqlite
CREATE TRIGGER appointments_delete_bumps_listings AFTER DELETE ON appointments BEGIN UPDATE listing_generation SET generation = generation + 1; UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = OLD.doctor_id; END;
-- only: sqlite
CREATE TRIGGER visit_reasons_insert_bumps_listings AFTER INSERT ON visit_reasons BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER visit_reasons_update_bumps_listings AFTER UPDATE ON visit_reasons BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER visit_reasons_delete_bumps_listings AFTER DELETE ON visit_reasons BEGIN UPDATE listing_generation SET generation = generation + 1; END;
-- only: postgresql
CREATE FUNCTION bump_listing_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE listing_generation SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$;
-- only: postgresql
CREATE FUNCTION forget_free_days() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = OLD.doctor_id; END IF; IF TG_OP <> 'DELETE' THEN UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.doctor_id; END IF; RETURN NULL; END $$;
-- only: postgresql
CREATE FUNCTION doctor_forgets_free_days() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doctor_free_days_range SET first_day = '', last_day = '', renew_at = 0 WHERE doctor_id = NEW.id; RETURN NULL; END $$;
-- only: postgresql
CREATE TRIGGER doctors_schedule_forgets_free_days AFTER UPDATE ON doctors FOR EACH ROW WHEN (NEW.timezone IS DISTINCT FROM OLD.timezone OR NEW.consultation_minutes IS DISTINCT FROM OLD.consultation_minutes OR NEW.listed IS DISTINCT FROM OLD.listed) EXECUTE FUNCTION doctor_forgets_free_days();
-- only: postgresql
CREATE TRIGGER availability_forgets_free_days AFTER INSERT OR UPDATE OR DELETE ON doctor_availability FOR EACH ROW EXECUTE FUNCTION forget_free_days();
-- only: postgresql
CREATE TRIGGER time_off_forgets_free_days AFTER INSERT OR UPDATE OR DELETE ON doctor_time_off FOR EACH ROW EXECUTE FUNCTION forget_free_days();
-- only: postgresql
CREATE TRIGGER appointments_forget_free_days AFTER INSERT OR DELETE ON appointments FOR EACH ROW EXECUTE FUNCTION forget_free_days();
-- only: postgresql
CREATE TRIGGER appointments_update_forgets_free_days AFTER UPDATE ON appointments FOR EACH ROW WHEN (NEW.appointment_date IS DISTINCT FROM OLD.appointment_date OR NEW.duration_minutes IS DISTINCT FROM OLD.duration_minutes OR NEW.status IS DISTINCT FROM OLD.status OR NEW.doctor_id IS DISTINCT FROM OLD.doctor_id) EXECUTE FUNCTION forget_free_days();
-- only: postgresql
CREATE TRIGGER doctors_bump_listings AFTER INSERT OR UPDATE OR DELETE ON doctors FOR EACH STATEMENT EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER users_rename_bumps_listings AFTER UPDATE OF name ON users FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name AND NEW.role = 'doctor') EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER availability_bumps_listings AFTER INSERT OR UPDATE OR DELETE ON doctor_availability FOR EACH STATEMENT EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER time_off_bumps_listings AFTER INSERT OR UPDATE OR DELETE ON doctor_time_off FOR EACH STATEMENT EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER appointments_insert_bumps_listings AFTER INSERT OR DELETE ON appointments FOR EACH STATEMENT EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER appointments_update_bumps_listings AFTER UPDATE ON appointments FOR EACH ROW WHEN (NEW.appointment_date IS DISTINCT FROM OLD.appointment_date OR NEW.duration_minutes IS DISTINCT FROM OLD.duration_minutes OR NEW.status IS DISTINCT FROM OLD.status OR NEW.doctor_id IS DISTINCT FROM OLD.doctor_id) EXECUTE FUNCTION bump_listing_generation();
-- only: postgresql
CREATE TRIGGER visit_reasons_bumps_listings AFTER INSERT OR UPDATE OR DELETE ON visit_reasons FOR EACH STATEMENT EXECUTE FUNCTION bump_listing_generation();
