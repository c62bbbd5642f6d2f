-- The journal itself: lessons with their topics, homework and the moments each was entered,
-- marks, absences, final marks, thematic plans; and the records of class-list checks (п. 3.3)
-- and parent-letter runs (п. 3.3) that the completeness rules count.
-- *_entered_at are ISO 8601 UTC instants: completeness is about when, not only whether.

CREATE TABLE lesson (
  id                     INTEGER PRIMARY KEY,
  class_id               INTEGER NOT NULL REFERENCES class(id),
  subgroup_id            INTEGER REFERENCES subgroup(id),
  subject_id             INTEGER NOT NULL REFERENCES subject(id),
  teacher_id             INTEGER NOT NULL REFERENCES staff(id),    -- who taught it
  planned_teacher_id     INTEGER REFERENCES staff(id),             -- who is assigned (замена when different)
  substitution           INTEGER NOT NULL DEFAULT 0 CHECK (substitution IN (0, 1)),
  date                   TEXT NOT NULL,
  lesson_no              INTEGER NOT NULL CHECK (lesson_no BETWEEN 0 AND 12),
  topic                  TEXT,
  lesson_type            TEXT NOT NULL DEFAULT 'lesson'
                         CHECK (lesson_type IN ('lesson', 'control', 'practical', 'laboratory', 'dictation', 'test', 'independent')),
  homework               TEXT,
  topic_entered_at       TEXT,
  homework_entered_at    TEXT,
  attendance_entered_at  TEXT
);
CREATE UNIQUE INDEX lesson_slot ON lesson (class_id, coalesce(subgroup_id, 0), subject_id, date, lesson_no);
CREATE INDEX lesson_date ON lesson (date);
CREATE INDEX lesson_teacher ON lesson (teacher_id, date);

CREATE TABLE mark (
  id          INTEGER PRIMARY KEY,
  lesson_id   INTEGER NOT NULL REFERENCES lesson(id),
  pupil_id    INTEGER NOT NULL REFERENCES pupil(id),
  value       TEXT NOT NULL CHECK (value IN ('5', '4', '3', '2', '1', 'зач', 'незач')),
  entered_at  TEXT NOT NULL,
  UNIQUE (lesson_id, pupil_id)
);
CREATE INDEX mark_pupil ON mark (pupil_id);

-- н — unexcused, у — excused, б — illness, о — late (опоздание)
CREATE TABLE absence (
  id          INTEGER PRIMARY KEY,
  lesson_id   INTEGER NOT NULL REFERENCES lesson(id),
  pupil_id    INTEGER NOT NULL REFERENCES pupil(id),
  reason      TEXT NOT NULL CHECK (reason IN ('н', 'у', 'б', 'о')),
  entered_at  TEXT NOT NULL,
  UNIQUE (lesson_id, pupil_id)
);
CREATE INDEX absence_pupil ON absence (pupil_id);

-- period: 'quarter:1'…'quarter:4', 'half:1', 'half:2', 'trimester:1'…, 'year', 'exam', 'final'
CREATE TABLE final_mark (
  id          INTEGER PRIMARY KEY,
  year_id     INTEGER NOT NULL REFERENCES academic_year(id),
  pupil_id    INTEGER NOT NULL REFERENCES pupil(id),
  class_id    INTEGER NOT NULL REFERENCES class(id),
  subject_id  INTEGER NOT NULL REFERENCES subject(id),
  period      TEXT NOT NULL,
  value       TEXT NOT NULL CHECK (value IN ('5', '4', '3', '2', 'н/а', 'осв', 'зач', 'незач')),
  entered_at  TEXT NOT NULL,
  UNIQUE (year_id, pupil_id, subject_id, period)
);

CREATE TABLE thematic_plan (
  id          INTEGER PRIMARY KEY,
  class_id    INTEGER NOT NULL REFERENCES class(id),
  subject_id  INTEGER NOT NULL REFERENCES subject(id),
  created_at  TEXT NOT NULL,
  UNIQUE (class_id, subject_id)
);

CREATE TABLE thematic_plan_item (
  plan_id   INTEGER NOT NULL REFERENCES thematic_plan(id) ON DELETE CASCADE,
  topic_no  INTEGER NOT NULL,
  topic     TEXT NOT NULL,
  hours     REAL NOT NULL CHECK (hours > 0),
  PRIMARY KEY (plan_id, topic_no)
);

-- п. 3.3: the class teacher checks the class list in the first week of September.
CREATE TABLE class_list_check (
  id          INTEGER PRIMARY KEY,
  class_id    INTEGER NOT NULL REFERENCES class(id),
  checked_at  TEXT NOT NULL,
  os_user     TEXT NOT NULL
);

-- п. 3.3: a progress letter to parents every two weeks; one row per run for a class.
CREATE TABLE letter_log (
  id       INTEGER PRIMARY KEY,
  class_id INTEGER NOT NULL REFERENCES class(id),
  sent_at  TEXT NOT NULL,
  letters  INTEGER NOT NULL,
  os_user  TEXT NOT NULL
);
