// The account table (migration 0008) and the people credentials are given to. Set-based
// queries; the writes of one command are one transaction. Never a password here: only hashes.
import {ConflictError, UsageError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {findClass, refuse} from '../lists/lookup.js'
import {fullName, splitFullName} from '../people/names.js'
import {type Year} from '../year/store.js'
import {
  type AccountRole,
  collator,
  type AccountStatus,
  type Candidate,
  kindOf,
  matchesChoice,
  parentPacks,
  type ParentChild,
  type RoleChoice,
  staffAccountRole,
} from './plan.js'

/** Whom a command is about: a role (or all), narrowed to a class, a subgroup or one person. */
export interface Selection {
  role: RoleChoice
  className?: string
  subgroup?: string
  personId?: number
}

/**
 * A pupil's class: the stay of the year that has not ended (as `pupils list` counts it; a leaving
 * dated ahead counts from the import that recorded it). A pupil with none has left.
 */
const CURRENT = `
  current AS (
    SELECT pupil_id, class, grade FROM (
      SELECT e.pupil_id, c.name AS class, c.grade,
             row_number() OVER (PARTITION BY e.pupil_id ORDER BY e.from_date DESC, e.id DESC) AS n
      FROM enrollment e JOIN class c ON c.id = e.class_id
      WHERE c.year_id = @year AND e.to_date IS NULL
    ) WHERE n = 1
  )`

const ACCOUNT_COLUMNS = 'a.id AS accountId, a.login, a.status'

interface AccountColumns {
  accountId: number | null
  login: string | null
  status: AccountStatus | null
}

function accountOf(r: AccountColumns): Candidate['account'] {
  return r.accountId === null ? null : {id: r.accountId, login: r.login!, status: r.status!}
}

/** A subgroup named on the command line: its id, class and name; refused when unknown or ambiguous. */
export function findSubgroup(
  db: Db,
  year: Year,
  name: string,
  className: string | undefined,
): {id: number; className: string; name: string} {
  const rows = db
    .prepare(
      `SELECT g.id, c.name AS className, g.name FROM subgroup g JOIN class c ON c.id = g.class_id
       WHERE c.year_id = ? AND g.name = ? AND (? IS NULL OR c.name = ?) ORDER BY c.grade, c.name`,
    )
    .all(year.id, name.trim(), className ?? null, className ?? null) as Array<{
    id: number
    className: string
    name: string
  }>
  if (rows.length === 1) return rows[0]!
  if (rows.length > 1)
    throw new UsageError('credentials.subgroupAmbiguous', {
      name,
      classes: rows.map((r) => r.className).join(', '),
    })
  const known = (
    db
      .prepare(
        `SELECT DISTINCT g.name FROM subgroup g JOIN class c ON c.id = g.class_id
         WHERE c.year_id = ? AND (? IS NULL OR c.name = ?) ORDER BY g.name`,
      )
      .all(year.id, className ?? null, className ?? null) as Array<{name: string}>
  ).map((r) => r.name)
  return refuse('filters.unknownSubgroup', name, known, {year: year.label})
}

interface PeopleQuery {
  selection: Selection
  /** Needed for pupils and parents. */
  year: Year | undefined
}

/**
 * The people of the selection with their accounts: staff (not with a class or subgroup), the
 * pupils of the year (current ones; one named by --person also when they left), and the parents
 * of those pupils, each parent once with the pack of their slip (see parentPacks).
 */
export function loadCandidates(db: Db, query: PeopleQuery): Candidate[] {
  const {selection, year} = query
  const candidates: Candidate[] = []
  const narrowed = selection.className !== undefined || selection.subgroup !== undefined
  if (matchesChoice('teacher', selection.role) && !narrowed) {
    const rows = db
      .prepare(
        `SELECT s.id AS personId, s.last_name AS lastName, s.first_name AS firstName, s.middle_name AS middleName,
                s.roles, ${ACCOUNT_COLUMNS}
         FROM staff s LEFT JOIN account a ON a.staff_id = s.id
         WHERE @person IS NULL OR s.id = @person`,
      )
      .all({person: selection.personId ?? null}) as Array<
      AccountColumns & {
        personId: number
        lastName: string
        firstName: string
        middleName: string
        roles: string
      }
    >
    for (const r of rows)
      candidates.push({
        role: staffAccountRole(JSON.parse(r.roles) as string[]),
        personId: r.personId,
        names: {lastName: r.lastName, firstName: r.firstName, middleName: r.middleName},
        fullName: fullName(r),
        className: null,
        pack: null,
        child: null,
        grade: 0,
        account: accountOf(r),
      })
  }
  const wantsPupils = matchesChoice('pupil', selection.role)
  const wantsParents = matchesChoice('parent', selection.role)
  if (!wantsPupils && !wantsParents) return candidates
  if (!year) return candidates
  if (selection.className) findClass(db, year, selection.className)
  const subgroup = selection.subgroup ? findSubgroup(db, year, selection.subgroup, selection.className) : null
  const params = {
    year: year.id,
    class: subgroup?.className ?? selection.className ?? null,
    subgroup: subgroup?.id ?? null,
    person: selection.personId ?? null,
  }
  const packOf = (className: string | null) =>
    className === null ? null : subgroup ? `${className} ${subgroup.name}` : className
  // The pupils of the selection: current ones in the class or subgroup.
  const inSelection = `
    (@class IS NULL OR cur.class = @class)
    AND (@subgroup IS NULL OR EXISTS (
          SELECT 1 FROM subgroup_member m WHERE m.subgroup_id = @subgroup AND m.pupil_id = p.id))`
  if (wantsPupils) {
    const rows = db
      .prepare(
        `WITH ${CURRENT}
         SELECT p.id AS personId, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
                p.birth_date AS birthDate, cur.class AS className, cur.grade, ${ACCOUNT_COLUMNS}
         FROM pupil p
         LEFT JOIN current cur ON cur.pupil_id = p.id
         LEFT JOIN account a ON a.pupil_id = p.id
         WHERE (@person IS NULL OR p.id = @person)
           AND ((cur.pupil_id IS NOT NULL AND ${inSelection})
                OR (@person IS NOT NULL AND @class IS NULL AND @subgroup IS NULL))`,
      )
      .all({...params, person: selection.role === 'pupil' ? params.person : null}) as Array<
      AccountColumns & {
        personId: number
        lastName: string
        firstName: string
        middleName: string
        birthDate: string | null
        className: string | null
        grade: number | null
      }
    >
    for (const r of rows)
      candidates.push({
        role: 'pupil',
        personId: r.personId,
        names: r,
        fullName: fullName(r),
        className: r.className,
        pack: packOf(r.className),
        child: null,
        grade: r.grade ?? 0,
        account: accountOf(r),
      })
  }
  if (wantsParents) {
    const person = selection.role === 'parent' ? params.person : null
    const children = db
      .prepare(
        `WITH ${CURRENT}
         SELECT pp.parent_id AS parentId, p.last_name AS lastName, p.first_name AS firstName,
                p.middle_name AS middleName, cur.class AS className, cur.grade
         FROM pupil_parent pp JOIN pupil p ON p.id = pp.pupil_id JOIN current cur ON cur.pupil_id = p.id
         WHERE (@person IS NULL OR pp.parent_id = @person) AND ${inSelection}`,
      )
      .all({...params, person}) as Array<{
      parentId: number
      lastName: string
      firstName: string
      middleName: string
      className: string
      grade: number
    }>
    const packs = parentPacks(
      children.map((c): ParentChild => ({
        parentId: c.parentId,
        childName: fullName(c),
        className: c.className,
        grade: c.grade,
        pack: packOf(c.className)!,
      })),
    )
    const ids = [...packs.keys()]
    if (person !== null && !packs.has(person) && !narrowed) ids.push(person)
    const parentRows = db
      .prepare(
        `SELECT pa.id AS personId, pa.full_name AS fullName, ${ACCOUNT_COLUMNS}
         FROM parent pa LEFT JOIN account a ON a.parent_id = pa.id
         WHERE pa.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Array<AccountColumns & {personId: number; fullName: string}>
    for (const r of parentRows) {
      const pack = packs.get(r.personId)
      candidates.push({
        role: 'parent',
        personId: r.personId,
        names: parentNames(r.fullName),
        fullName: r.fullName,
        className: pack?.className ?? null,
        pack: pack?.pack ?? null,
        child: pack?.childName ?? null,
        grade: pack?.grade ?? 0,
        account: accountOf(r),
      })
    }
  }
  return candidates
}

/** A parent's ФИО is one field: split for the login; a single word is the last name. */
function parentNames(full: string): Candidate['names'] {
  return splitFullName(full) ?? {lastName: full, firstName: '', middleName: ''}
}

/** Every login ever given: no new login may be one of them. */
export function takenLogins(db: Db): Set<string> {
  return new Set(db.prepare('SELECT login FROM account').pluck().all() as string[])
}

export interface AccountRow {
  id: number
  role: AccountRole
  personId: number
  login: string
  passwordHash: string
  mustChange: boolean
  status: AccountStatus
  issuedAt: string
  resetAt: string | null
  disabledAt: string | null
}

const ROW_COLUMNS = `a.id, a.role, coalesce(a.staff_id, a.pupil_id, a.parent_id) AS personId, a.login,
  a.password_hash AS passwordHash, a.must_change AS mustChange, a.status, a.issued_at AS issuedAt,
  a.reset_at AS resetAt, a.disabled_at AS disabledAt`

function toRow(r: AccountRow | undefined): AccountRow | undefined {
  return r && {...r, mustChange: Boolean(r.mustChange)}
}

export function findAccount(db: Db, login: string): AccountRow | undefined {
  return toRow(db.prepare(`SELECT ${ROW_COLUMNS} FROM account a WHERE a.login = ?`).get(login) as AccountRow)
}

/** The account of the login, or an error naming it and the nearest logins (case-insensitive on input). */
export function requireAccount(db: Db, login: string): AccountRow {
  const account = findAccount(db, login.trim().toLowerCase())
  if (account) return account
  const logins = (db.prepare('SELECT login FROM account ORDER BY login').all() as Array<{login: string}>).map(
    (a) => a.login,
  )
  return refuse('credentials.unknownLogin', login, logins)
}

export interface AccountWrite {
  role: AccountRole
  personId: number
  login: string
  passwordHash: string
  /** Present: the account exists and gets a new password. */
  accountId?: number
}

/** New accounts and new passwords of existing ones, in one transaction; must_change on every one. */
export function writeAccounts(db: Db, writes: readonly AccountWrite[], at: string): void {
  const insert = db.prepare(
    `INSERT INTO account (role, staff_id, pupil_id, parent_id, login, password_hash, must_change, status, issued_at)
     VALUES (@role, @staff, @pupil, @parent, @login, @hash, 1, 'active', @at)`,
  )
  const update = db.prepare(
    `UPDATE account SET password_hash = @hash, must_change = 1, reset_at = @at, role = @role
     WHERE id = @id AND status = 'active'`,
  )
  db.transaction(() => {
    for (const w of writes) {
      if (w.accountId !== undefined) {
        if (update.run({id: w.accountId, hash: w.passwordHash, at, role: w.role}).changes !== 1)
          throw new ConflictError('credentials.changedMeanwhile', {login: w.login})
        continue
      }
      const kind = kindOf(w.role)
      try {
        insert.run({
          role: w.role,
          staff: kind === 'staff' ? w.personId : null,
          pupil: kind === 'pupil' ? w.personId : null,
          parent: kind === 'parent' ? w.personId : null,
          login: w.login,
          hash: w.passwordHash,
          at,
        })
      } catch (error) {
        // Another issue gave this login, or an account to this person, since the plan was made.
        if ((error as {code?: string}).code === 'SQLITE_CONSTRAINT_UNIQUE')
          throw new ConflictError('credentials.changedMeanwhile', {login: w.login})
        throw error
      }
    }
  })()
}

/** Disables or enables accounts; returns the logins whose status changed. */
export function setStatus(db: Db, ids: readonly number[], status: AccountStatus, at: string): void {
  const update = db.prepare(
    `UPDATE account SET status = @status, disabled_at = CASE WHEN @status = 'disabled' THEN @at END
     WHERE id = @id AND status <> @status`,
  )
  db.transaction(() => {
    for (const id of ids) update.run({id, status, at})
  })()
}

// The list -----------------------------------------------------------------------------------

export type ListStatus = 'never-issued' | 'issued' | 'disabled'

export interface AccountListItem {
  login: string | null
  role: AccountRole
  person: number
  name: string
  /** Pupils: the class (the last one this year for those who left); parents: their children's classes. */
  class: string | null
  status: ListStatus
  issuedAt: string | null
  /** The pupil left (or the parent has no child at school any more). */
  left: boolean
  accountId: number | null
  mustChange: boolean | null
  passwordHash: string | null
}

const STAFF_ROLE = `CASE
  WHEN EXISTS (SELECT 1 FROM json_each(s.roles) WHERE value = 'admin') THEN 'admin'
  WHEN EXISTS (SELECT 1 FROM json_each(s.roles) WHERE value = 'deputy') THEN 'deputy'
  ELSE 'teacher' END`

const LIST_ACCOUNT = `a.id AS accountId, a.login, a.status, a.issued_at AS issuedAt, a.must_change AS mustChange,
  a.password_hash AS passwordHash`

type ListRaw = {
  role: AccountRole
  person: number
  name: string
  class: string | null
  left: number
  accountId: number | null
  login: string | null
  status: AccountStatus | null
  issuedAt: string | null
  mustChange: number | null
  passwordHash: string | null
}

/**
 * Everyone who has an account or should have one: all staff, the pupils of the year (and those
 * with accounts who left), the parents of those pupils (and those with accounts whose children
 * left). Without a year, only staff and the accounts.
 */
export function listAccounts(db: Db, year: Year | undefined): AccountListItem[] {
  const params = {year: year?.id ?? -1}
  const staff = db
    .prepare(
      `SELECT ${STAFF_ROLE} AS role, s.id AS person,
              trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS name, NULL AS class, 0 AS left,
              ${LIST_ACCOUNT}
       FROM staff s LEFT JOIN account a ON a.staff_id = s.id`,
    )
    .all() as ListRaw[]
  const pupils = db
    .prepare(
      `WITH ${CURRENT},
       last_class AS (
         SELECT pupil_id, class FROM (
           SELECT e.pupil_id, c.name AS class,
                  row_number() OVER (PARTITION BY e.pupil_id ORDER BY e.from_date DESC, e.id DESC) AS n
           FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.year_id = @year
         ) WHERE n = 1
       )
       SELECT 'pupil' AS role, p.id AS person,
              trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS name,
              coalesce(cur.class, lc.class) AS class, cur.pupil_id IS NULL AS left, ${LIST_ACCOUNT}
       FROM pupil p
       LEFT JOIN current cur ON cur.pupil_id = p.id
       LEFT JOIN last_class lc ON lc.pupil_id = p.id
       LEFT JOIN account a ON a.pupil_id = p.id
       WHERE cur.pupil_id IS NOT NULL OR a.id IS NOT NULL`,
    )
    .all(params) as ListRaw[]
  const parents = db
    .prepare(
      `WITH ${CURRENT},
       classes AS (
         SELECT pp.parent_id, json_group_array(DISTINCT cur.class) AS classes
         FROM pupil_parent pp JOIN current cur ON cur.pupil_id = pp.pupil_id GROUP BY pp.parent_id
       )
       SELECT 'parent' AS role, pa.id AS person, pa.full_name AS name, cl.classes AS class,
              cl.parent_id IS NULL AS left, ${LIST_ACCOUNT}
       FROM parent pa
       LEFT JOIN classes cl ON cl.parent_id = pa.id
       LEFT JOIN account a ON a.parent_id = pa.id
       WHERE cl.parent_id IS NOT NULL OR a.id IS NOT NULL`,
    )
    .all(params) as ListRaw[]
  const order: Record<AccountRole, number> = {admin: 0, deputy: 0, teacher: 0, pupil: 1, parent: 2}
  return [...staff, ...pupils, ...parents]
    .map((r): AccountListItem => {
      const classes =
        r.role === 'parent' && r.class ? (JSON.parse(r.class) as string[]).sort(collator.compare) : null
      return {
        login: r.login,
        role: r.role,
        person: r.person,
        name: r.name,
        class: classes ? classes.join(', ') : r.class,
        status: r.status === null ? 'never-issued' : r.status === 'active' ? 'issued' : 'disabled',
        issuedAt: r.issuedAt,
        left: year !== undefined && Boolean(r.left) && kindOf(r.role) !== 'staff',
        accountId: r.accountId,
        mustChange: r.mustChange === null ? null : Boolean(r.mustChange),
        passwordHash: r.passwordHash,
      }
    })
    .sort(
      (a, b) =>
        order[a.role] - order[b.role] ||
        collator.compare(a.class ?? '', b.class ?? '') ||
        collator.compare(a.name, b.name) ||
        a.person - b.person,
    )
}
