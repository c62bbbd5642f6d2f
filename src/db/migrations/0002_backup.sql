-- Backups (п. 4.4, 6.5): every run, verification, copy, restore and deletion of a backup.
-- The backups folder (signed manifests) is the truth about what exists; this is the history,
-- and tells an interrupted run's leftover apart from a backup whose manifest was lost.
CREATE TABLE backup_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,                 -- ISO 8601 UTC instant
  action       TEXT NOT NULL CHECK (action IN ('run', 'verify', 'copy', 'restore', 'prune')),
  backup_id    TEXT,
  ok           INTEGER NOT NULL CHECK (ok IN (0, 1)),
  bytes        INTEGER,
  duration_ms  INTEGER,
  details      TEXT                           -- what went wrong, or where a copy went; never a key
);
CREATE INDEX backup_log_backup ON backup_log (backup_id, id);
