-- Importing: the keys people are matched by, and the history of imports.
-- match_key: lower-case «фамилия имя отчество» with ё as е (SQLite's lower() knows no Cyrillic).
ALTER TABLE pupil ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX pupil_match ON pupil (match_key, birth_date);
ALTER TABLE staff ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX staff_match ON staff (match_key);
ALTER TABLE parent ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX parent_match ON parent (match_key, email);
ALTER TABLE subject ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
UPDATE subject SET match_key = lower(name);
CREATE UNIQUE INDEX subject_match ON subject (match_key);
CREATE INDEX teaching_assignment_class ON teaching_assignment (class_id, subject_id);

CREATE TABLE import_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  os_user     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  mode        TEXT NOT NULL,
  encoding    TEXT,
  delimiter   TEXT,
  created     INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  unchanged   INTEGER NOT NULL,
  leaving     INTEGER NOT NULL,
  rejected    INTEGER NOT NULL
);
