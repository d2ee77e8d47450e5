-- A number that grows with every committed change to the doctors' rows: what a search without a
-- day matches, in what order and how many, depends on those rows alone (their specialty, place,
-- name, modes, rating, whether listed), not on bookings, hours or time off. The total and the
-- doctors of such a page are kept while it holds, so the first search after a booking does not
-- count every match again; the page's next slots come from listing_generation as before.
CREATE TABLE directory_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL);
INSERT INTO directory_generation (id, generation) VALUES (1, 0);
-- only: sqlite
CREATE TRIGGER doctors_insert_bumps_directory AFTER INSERT ON doctors BEGIN UPDATE directory_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER doctors_update_bumps_directory AFTER UPDATE ON doctors BEGIN UPDATE directory_generation SET generation = generation + 1; END;
-- only: sqlite
CREATE TRIGGER doctors_delete_bumps_directory AFTER DELETE ON doctors BEGIN UPDATE directory_generation SET generation = generation + 1; END;
-- only: postgresql
CREATE FUNCTION bump_directory_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE directory_generation SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$;
-- only: postgresql
CREATE TRIGGER doctors_bump_directory AFTER INSERT OR UPDATE OR DELETE ON doctors FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_generation();
