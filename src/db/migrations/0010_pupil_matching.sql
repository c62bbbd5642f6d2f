-- An import now matches pupils and parents a chunk of the file at a time in SQLite instead of
-- loading them all into memory (memory bounded whatever the file size), so the indexes 0009
-- dropped are read again.
CREATE INDEX pupil_match ON pupil (match_key, birth_date);
CREATE INDEX parent_match ON parent (match_key, email);
