-- Credentials (п. 2.4, 2.5, 4.4): one account per person — a member of staff, a pupil or a
-- parent — with its login and the argon2id hash of its password. Never a password in clear:
-- the temporary one exists only on the slip (and with --show on the terminal).
-- Accounts are never deleted: the UNIQUE login of every account ever made is what keeps a login,
-- once given, from being given to anyone else (a disabled account keeps its login).

CREATE TABLE account (
  id             INTEGER PRIMARY KEY,
  -- teacher, deputy, admin: staff (their highest role in staff.roles); pupil; parent
  role           TEXT NOT NULL CHECK (role IN ('teacher', 'deputy', 'admin', 'pupil', 'parent')),
  -- The person, by role: exactly one of these, so that each is a real foreign key.
  staff_id       INTEGER UNIQUE REFERENCES staff(id),
  pupil_id       INTEGER UNIQUE REFERENCES pupil(id),
  parent_id      INTEGER UNIQUE REFERENCES parent(id),
  login          TEXT NOT NULL UNIQUE CHECK (login <> '' AND login NOT GLOB '*[^a-z0-9.-]*'),
  -- $argon2id$v=19$m=19456,t=2,p=1$salt$hash (PHC string); nothing else is accepted.
  password_hash  TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$v=19$*'),
  must_change    INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  issued_at      TEXT NOT NULL,          -- ISO 8601 UTC instant the login was given
  reset_at       TEXT,                   -- the last time the password was replaced (reset, reissue)
  disabled_at    TEXT,                   -- set while the account is disabled
  CHECK ((staff_id IS NOT NULL) + (pupil_id IS NOT NULL) + (parent_id IS NOT NULL) = 1),
  CHECK (CASE role
           WHEN 'pupil' THEN pupil_id IS NOT NULL
           WHEN 'parent' THEN parent_id IS NOT NULL
           ELSE staff_id IS NOT NULL
         END),
  CHECK ((status = 'disabled') = (disabled_at IS NOT NULL))
);

-- Never deleted: a deleted row would free its login for someone else.
CREATE TRIGGER account_never_deleted BEFORE DELETE ON account
BEGIN
  SELECT RAISE(ABORT, 'accounts are never deleted: disable it (ejournal credentials disable)');
END;

-- A login is the person's for good: it is never changed, nor moved to another person.
CREATE TRIGGER account_login_fixed BEFORE UPDATE OF login, role, staff_id, pupil_id, parent_id ON account
WHEN NEW.login IS NOT OLD.login OR NEW.staff_id IS NOT OLD.staff_id OR NEW.pupil_id IS NOT OLD.pupil_id
  OR NEW.parent_id IS NOT OLD.parent_id
BEGIN
  SELECT RAISE(ABORT, 'a login stays with its person: it is never changed or given to another');
END;
