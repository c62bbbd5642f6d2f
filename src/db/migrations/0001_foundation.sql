-- Foundation: the school year and its calendar, classes, people, enrollment, curriculum,
-- the tables the opening checklist looks at (assignments, timetable, subgroups) and the audit log.
-- Dates are ISO 'YYYY-MM-DD' school dates; moments are ISO 8601 UTC instants.
-- Lists of grades are JSON arrays ('[1,2,3]'), so set-based SQL can use json_each().

CREATE TABLE academic_year (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL UNIQUE,              -- '2026/2027'
  starts_on  TEXT NOT NULL,
  ends_on    TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('planned', 'open', 'closed', 'archived')),
  opened_at  TEXT,
  CHECK (starts_on < ends_on)
);

-- четверть / полугодие / триместр
CREATE TABLE period (
  id         INTEGER PRIMARY KEY,
  year_id    INTEGER NOT NULL REFERENCES academic_year(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('quarter', 'half', 'trimester')),
  number     INTEGER NOT NULL CHECK (number BETWEEN 1 AND 4),
  starts_on  TEXT NOT NULL,
  ends_on    TEXT NOT NULL,
  grades     TEXT NOT NULL,
  UNIQUE (year_id, kind, number),
  CHECK (starts_on <= ends_on)
);

-- каникулы, праздники, карантин; for the whole school, some grades, or one class
CREATE TABLE non_school_day (
  id          INTEGER PRIMARY KEY,
  year_id     INTEGER NOT NULL REFERENCES academic_year(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('vacation', 'holiday', 'quarantine')),
  name        TEXT NOT NULL,
  starts_on   TEXT NOT NULL,
  ends_on     TEXT NOT NULL,
  grades      TEXT NOT NULL DEFAULT '[]',
  class_name  TEXT,
  CHECK (starts_on <= ends_on)
);
CREATE INDEX non_school_day_year ON non_school_day (year_id, starts_on);

CREATE TABLE staff (
  id           INTEGER PRIMARY KEY,
  last_name    TEXT NOT NULL,
  first_name   TEXT NOT NULL,
  middle_name  TEXT NOT NULL DEFAULT '',
  email        TEXT,
  position     TEXT,
  roles        TEXT NOT NULL DEFAULT '["teacher"]',  -- teacher, class_teacher, deputy, admin
  external_id  TEXT UNIQUE
);

CREATE TABLE pupil (
  id                 INTEGER PRIMARY KEY,
  last_name          TEXT NOT NULL,
  first_name         TEXT NOT NULL,
  middle_name        TEXT NOT NULL DEFAULT '',
  birth_date         TEXT,
  gender             TEXT CHECK (gender IN ('M', 'F')),
  foreign_languages  TEXT NOT NULL DEFAULT '[]',
  external_id        TEXT UNIQUE
);

CREATE TABLE parent (
  id         INTEGER PRIMARY KEY,
  full_name  TEXT NOT NULL,
  email      TEXT
);

CREATE TABLE pupil_parent (
  pupil_id   INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
  parent_id  INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE,
  PRIMARY KEY (pupil_id, parent_id)
);

CREATE TABLE class (
  id                INTEGER PRIMARY KEY,
  year_id           INTEGER NOT NULL REFERENCES academic_year(id),
  grade             INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
  letter            TEXT NOT NULL,
  name              TEXT GENERATED ALWAYS AS (grade || letter) STORED,
  profile           TEXT,
  class_teacher_id  INTEGER REFERENCES staff(id),
  week_days         INTEGER NOT NULL DEFAULT 5 CHECK (week_days IN (5, 6)),
  UNIQUE (year_id, grade, letter)
);

-- движение учащихся: one row per stay of a pupil in a class
CREATE TABLE enrollment (
  id           INTEGER PRIMARY KEY,
  pupil_id     INTEGER NOT NULL REFERENCES pupil(id),
  class_id     INTEGER NOT NULL REFERENCES class(id),
  from_date    TEXT NOT NULL,
  to_date      TEXT,
  reason_in    TEXT,
  reason_out   TEXT,                     -- graduated, promoted, moved, left, …
  year_end     TEXT CHECK (year_end IN ('repeat', 'leave')),  -- the decision for the rollover
  CHECK (to_date IS NULL OR from_date <= to_date)
);
CREATE INDEX enrollment_class ON enrollment (class_id);
CREATE INDEX enrollment_pupil ON enrollment (pupil_id);

CREATE TABLE subject (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE
);

-- учебный план: hours per week of a subject for a grade (параллель) or one class
CREATE TABLE curriculum (
  id              INTEGER PRIMARY KEY,
  year_id         INTEGER NOT NULL REFERENCES academic_year(id),
  grade           INTEGER CHECK (grade BETWEEN 1 AND 11),
  class_id        INTEGER REFERENCES class(id),
  subject_id      INTEGER NOT NULL REFERENCES subject(id),
  hours_per_week  REAL NOT NULL CHECK (hours_per_week > 0),
  split           INTEGER NOT NULL DEFAULT 0 CHECK (split IN (0, 1)),
  assessment      TEXT NOT NULL DEFAULT 'marks' CHECK (assessment IN ('marks', 'pass_fail', 'none')),
  CHECK ((grade IS NULL) <> (class_id IS NULL))
);
CREATE UNIQUE INDEX curriculum_grade_subject ON curriculum (year_id, grade, subject_id) WHERE grade IS NOT NULL;
CREATE UNIQUE INDEX curriculum_class_subject ON curriculum (year_id, class_id, subject_id) WHERE class_id IS NOT NULL;

CREATE TABLE subgroup (
  id          INTEGER PRIMARY KEY,
  class_id    INTEGER NOT NULL REFERENCES class(id),
  subject_id  INTEGER NOT NULL REFERENCES subject(id),
  name        TEXT NOT NULL,
  teacher_id  INTEGER REFERENCES staff(id),
  UNIQUE (class_id, subject_id, name)
);

CREATE TABLE subgroup_member (
  subgroup_id  INTEGER NOT NULL REFERENCES subgroup(id) ON DELETE CASCADE,
  pupil_id     INTEGER NOT NULL REFERENCES pupil(id),
  PRIMARY KEY (subgroup_id, pupil_id)
);

-- распределение нагрузки: who teaches a subject in a class or subgroup
CREATE TABLE teaching_assignment (
  id           INTEGER PRIMARY KEY,
  class_id     INTEGER NOT NULL REFERENCES class(id),
  subgroup_id  INTEGER REFERENCES subgroup(id),
  subject_id   INTEGER NOT NULL REFERENCES subject(id),
  teacher_id   INTEGER NOT NULL REFERENCES staff(id)
);

CREATE TABLE timetable (
  id           INTEGER PRIMARY KEY,
  class_id     INTEGER NOT NULL REFERENCES class(id),
  subgroup_id  INTEGER REFERENCES subgroup(id),
  weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 6),
  lesson_no    INTEGER NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
  subject_id   INTEGER NOT NULL REFERENCES subject(id),
  teacher_id   INTEGER NOT NULL REFERENCES staff(id),
  valid_from   TEXT,
  valid_to     TEXT
);
CREATE INDEX timetable_class ON timetable (class_id, weekday, lesson_no);

-- Who changed what, when. Never a secret.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  command    TEXT NOT NULL,
  arguments  TEXT NOT NULL,
  action     TEXT NOT NULL,
  object     TEXT,
  outcome    TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
