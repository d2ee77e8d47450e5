-- For each doctor-local day, a number that grows with every committed change to which doctors
-- have a free slot that day and to their last free slot's start: what a search on that day
-- matches depends on these rows (and on the doctors' own, directory_generation), so its total
-- and its page's doctors are kept while both hold. A booking moves it only when it takes a
-- doctor's last free slot of the day; the first free slot, which only the page shows, is not
-- followed here.
CREATE TABLE free_day_generation (day TEXT PRIMARY KEY, generation BIGINT NOT NULL);
-- only: sqlite
CREATE TRIGGER free_days_insert_bumps_day AFTER INSERT ON doctor_free_days BEGIN INSERT INTO free_day_generation (day, generation) VALUES (NEW.day, 1) ON CONFLICT (day) DO UPDATE SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER free_days_delete_bumps_day AFTER DELETE ON doctor_free_days BEGIN INSERT INTO free_day_generation (day, generation) VALUES (OLD.day, 1) ON CONFLICT (day) DO UPDATE SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER free_days_update_bumps_day AFTER UPDATE ON doctor_free_days WHEN NEW.last_free IS NOT OLD.last_free OR NEW.day IS NOT OLD.day OR NEW.doctor_id IS NOT OLD.doctor_id BEGIN INSERT INTO free_day_generation (day, generation) VALUES (OLD.day, 1) ON CONFLICT (day) DO UPDATE SET generation = generation + 1; INSERT INTO free_day_generation (day, generation) VALUES (NEW.day, 1) ON CONFLICT (day) DO UPDATE SET generation = generation + 1; END;
-- only: postgresql
CREATE FUNCTION bump_free_day_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO free_day_generation (day, generation) VALUES (OLD.day, 1) ON CONFLICT (day) DO UPDATE SET generation = free_day_generation.generation + 1; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO free_day_generation (day, generation) VALUES (NEW.day, 1) ON CONFLICT (day) DO UPDATE SET generation = free_day_generation.generation + 1; END IF; RETURN NULL; END $$;
-- only: postgresql
CREATE TRIGGER free_days_insert_or_delete_bumps_day AFTER INSERT OR DELETE ON doctor_free_days FOR EACH ROW EXECUTE FUNCTION bump_free_day_generation();
-- only: postgresql
CREATE TRIGGER free_days_update_bumps_day AFTER UPDATE ON doctor_free_days FOR EACH ROW WHEN (NEW.last_free IS DISTINCT FROM OLD.last_free OR NEW.day IS DISTINCT FROM OLD.day OR NEW.doctor_id IS DISTINCT FROM OLD.doctor_id) EXECUTE FUNCTION bump_free_day_generation();
