-- Written to be idempotent (IF NOT EXISTS): run again over a database that has them, it changes nothing.
-- The freeze of an archived year (0008) also covers the deputies' monthly controls (п. 6.6): a
-- control_log row of a month inside an archived year is part of its archive (src/archive/data.ts
-- takes the same months) and can no longer be added, changed or deleted.
CREATE TRIGGER IF NOT EXISTS control_log_frozen_insert BEFORE INSERT ON control_log
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived'
             AND NEW.month BETWEEN substr(y.starts_on, 1, 7) AND substr(y.ends_on, 1, 7))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: control_log'); END;

CREATE TRIGGER IF NOT EXISTS control_log_frozen_update BEFORE UPDATE ON control_log
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived'
             AND (OLD.month BETWEEN substr(y.starts_on, 1, 7) AND substr(y.ends_on, 1, 7)
                  OR NEW.month BETWEEN substr(y.starts_on, 1, 7) AND substr(y.ends_on, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: control_log'); END;

CREATE TRIGGER IF NOT EXISTS control_log_frozen_delete BEFORE DELETE ON control_log
WHEN EXISTS (SELECT 1 FROM academic_year y WHERE y.status = 'archived'
             AND OLD.month BETWEEN substr(y.starts_on, 1, 7) AND substr(y.ends_on, 1, 7))
BEGIN SELECT RAISE(ABORT, 'archived year is read-only: control_log'); END;

-- The audit log is appended to, never rewritten: who changed what stays as it was written.
-- Nothing in the program updates or deletes its rows.
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: audit_log'); END;

CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: audit_log'); END;
