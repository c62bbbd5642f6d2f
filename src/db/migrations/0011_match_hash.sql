-- Pupils and parents are looked up by a number made of their match key (src/people/match-hash.ts)
-- instead of by the key's text: keeping an index on an integer costs an import of many pupils
-- about half as much. match_hash() is the program's own function, there only while migrating.
ALTER TABLE pupil ADD COLUMN match_hash INTEGER NOT NULL DEFAULT 0;
UPDATE pupil SET match_hash = match_hash(match_key, birth_date);
DROP INDEX pupil_match;
CREATE INDEX pupil_match ON pupil (match_hash);

ALTER TABLE parent ADD COLUMN match_hash INTEGER NOT NULL DEFAULT 0;
UPDATE parent SET match_hash = match_hash(match_key, email);
DROP INDEX parent_match;
CREATE INDEX parent_match ON parent (match_hash);
