-- Completeness check (`ejournal check`, RULES.md): the deputy directors' monthly control of the
-- journal (п. 6.6) — one row per saved `report control` run (issue 8 fills it); the rule
-- monthly-control counts the months that have one.
CREATE TABLE control_log (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,                -- ISO 8601 UTC instant of the run
  month    TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),  -- the month checked, 'YYYY-MM'
  os_user  TEXT NOT NULL,
  summary  TEXT NOT NULL DEFAULT '{}'    -- JSON: what the control found (counts by rule)
);
CREATE INDEX control_log_month ON control_log (month, at);

-- The check reads these in set-based queries over the whole journal.
CREATE INDEX class_list_check_class ON class_list_check (class_id, checked_at);
CREATE INDEX letter_log_class ON letter_log (class_id, sent_at);
