-- Year-end archive (п. 4.4, 6.9): the bundles `archive create` made, and the freeze of an archived
-- year. Once a year's status is 'archived', its lessons, marks, absences, final marks and thematic
-- plans cannot be inserted, changed or deleted by any program — these triggers refuse it — and
-- the year itself cannot be un-archived, deleted or lose its classes.
-- The messages start with «archived year is read-only:»; src/archive/freeze.ts turns them into
-- a sentence in the user's language.

-- One row per bundle: journals (kept 5 years by default) and summary sheets (25 years), each a
-- .tar.gz with a signed manifest inside and a .sha256 beside it.
CREATE TABLE archive (
  id               INTEGER PRIMARY KEY,
  year_id          INTEGER NOT NULL REFERENCES academic_year(id),
  kind             TEXT NOT NULL CHECK (kind IN ('journals', 'summaries')),
  file             TEXT NOT NULL,          -- absolute path where it was written
  bytes            INTEGER NOT NULL,
  sha256           TEXT NOT NULL,          -- of the .tar.gz
  manifest_sha256  TEXT NOT NULL,          -- of the manifest.json inside it
  created_at       TEXT NOT NULL,          -- ISO 8601 UTC instant
  retain_until     TEXT NOT NULL,          -- ISO date: may be destroyed after this day
  classes          INTEGER NOT NULL,
  pages            INTEGER NOT NULL,
  UNIQUE (year_id, kind)
);

-- Is the class (or the year) in an archived year? Written out in each trigger: SQLite has no
-- functions in SQL.

CREATE TRIGGER lesson_frozen_insert BEFORE INSERT ON lesson
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id = NEW.class_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: lesson'); END;

CREATE TRIGGER lesson_frozen_update BEFORE UPDATE ON lesson
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id IN (OLD.class_id, NEW.class_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: lesson'); END;

CREATE TRIGGER lesson_frozen_delete BEFORE DELETE ON lesson
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id = OLD.class_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: lesson'); END;

CREATE TRIGGER mark_frozen_insert BEFORE INSERT ON mark
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id = NEW.lesson_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: mark'); END;

CREATE TRIGGER mark_frozen_update BEFORE UPDATE ON mark
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id IN (OLD.lesson_id, NEW.lesson_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: mark'); END;

CREATE TRIGGER mark_frozen_delete BEFORE DELETE ON mark
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id = OLD.lesson_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: mark'); END;

CREATE TRIGGER absence_frozen_insert BEFORE INSERT ON absence
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id = NEW.lesson_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: absence'); END;

CREATE TRIGGER absence_frozen_update BEFORE UPDATE ON absence
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id IN (OLD.lesson_id, NEW.lesson_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: absence'); END;

CREATE TRIGGER absence_frozen_delete BEFORE DELETE ON absence
WHEN EXISTS (SELECT 1 FROM lesson l JOIN class c ON c.id = l.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE l.id = OLD.lesson_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: absence'); END;

-- A final mark names both its year and its class: either one archived freezes it.
CREATE TRIGGER final_mark_frozen_insert BEFORE INSERT ON final_mark
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived' AND (
               y.id = NEW.year_id OR y.id = (SELECT c.year_id FROM class c WHERE c.id = NEW.class_id)))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: final_mark'); END;

CREATE TRIGGER final_mark_frozen_update BEFORE UPDATE ON final_mark
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived' AND (
               y.id IN (OLD.year_id, NEW.year_id)
               OR y.id IN (SELECT c.year_id FROM class c WHERE c.id IN (OLD.class_id, NEW.class_id))))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: final_mark'); END;

CREATE TRIGGER final_mark_frozen_delete BEFORE DELETE ON final_mark
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived' AND (
               y.id = OLD.year_id OR y.id = (SELECT c.year_id FROM class c WHERE c.id = OLD.class_id)))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: final_mark'); END;

CREATE TRIGGER thematic_plan_frozen_insert BEFORE INSERT ON thematic_plan
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id = NEW.class_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan'); END;

CREATE TRIGGER thematic_plan_frozen_update BEFORE UPDATE ON thematic_plan
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id IN (OLD.class_id, NEW.class_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan'); END;

CREATE TRIGGER thematic_plan_frozen_delete BEFORE DELETE ON thematic_plan
WHEN EXISTS (SELECT 1 FROM class c JOIN academic_year y ON y.id = c.year_id
             WHERE c.id = OLD.class_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan'); END;

CREATE TRIGGER thematic_plan_item_frozen_insert BEFORE INSERT ON thematic_plan_item
WHEN EXISTS (SELECT 1 FROM thematic_plan t JOIN class c ON c.id = t.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE t.id = NEW.plan_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan_item'); END;

CREATE TRIGGER thematic_plan_item_frozen_update BEFORE UPDATE ON thematic_plan_item
WHEN EXISTS (SELECT 1 FROM thematic_plan t JOIN class c ON c.id = t.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE t.id IN (OLD.plan_id, NEW.plan_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan_item'); END;

CREATE TRIGGER thematic_plan_item_frozen_delete BEFORE DELETE ON thematic_plan_item
WHEN EXISTS (SELECT 1 FROM thematic_plan t JOIN class c ON c.id = t.class_id JOIN academic_year y ON y.id = c.year_id
             WHERE t.id = OLD.plan_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: thematic_plan_item'); END;

-- The freeze cannot be lifted from below: an archived year stays archived and keeps its dates,
-- and its classes stay in it with their names (the triggers above look through them).
CREATE TRIGGER academic_year_frozen_update BEFORE UPDATE ON academic_year
WHEN OLD.status = 'archived'
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: academic_year'); END;

CREATE TRIGGER academic_year_frozen_delete BEFORE DELETE ON academic_year
WHEN OLD.status = 'archived'
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: academic_year'); END;

CREATE TRIGGER class_frozen_update BEFORE UPDATE OF year_id, grade, letter ON class
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.id IN (OLD.year_id, NEW.year_id) AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: class'); END;

CREATE TRIGGER class_frozen_delete BEFORE DELETE ON class
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.id = OLD.year_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: class'); END;

-- Putting a new class into an archived year would let lessons in through it.
CREATE TRIGGER class_frozen_insert BEFORE INSERT ON class
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.id = NEW.year_id AND y.status = 'archived')
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: class'); END;
