// Reading and writing school years and their calendars.
import {type IsoDate} from '../calendar/dates.js'
import {type NonSchoolDays, type Period, type SchoolCalendar} from '../calendar/school-calendar.js'
import {ConflictError, UsageError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {nearestList} from '../people/nearest.js'
import {nextYearLabel, schoolYearLabelOn} from './label.js'

export type YearStatus = 'planned' | 'open' | 'closed' | 'archived'

export interface Year {
  id: number
  label: string
  startsOn: IsoDate
  endsOn: IsoDate
  status: YearStatus
  openedAt: string | null
}

const YEAR_COLUMNS = 'id, label, starts_on AS startsOn, ends_on AS endsOn, status, opened_at AS openedAt'

export function listYears(db: Db): Year[] {
  return db.prepare(`SELECT ${YEAR_COLUMNS} FROM academic_year ORDER BY starts_on`).all() as Year[]
}

export function findYear(db: Db, label: string): Year | undefined {
  return db.prepare(`SELECT ${YEAR_COLUMNS} FROM academic_year WHERE label = ?`).get(label) as
    Year | undefined
}

/** The year a command works on by default: the open year covering today, else the latest open one. */
export function currentYear(db: Db, today: IsoDate): Year | undefined {
  return db
    .prepare(
      `SELECT ${YEAR_COLUMNS} FROM academic_year WHERE status = 'open'
       ORDER BY (starts_on <= @today AND @today <= ends_on) DESC, starts_on DESC LIMIT 1`,
    )
    .get({today}) as Year | undefined
}

/**
 * How a command reaches a year other than the current one, for the message when none is open:
 * `read` by --year; `change` not at all (a closed year takes no changes); `status` by the argument
 * of «year status».
 */
export type YearUse = 'read' | 'change' | 'status'

/** The year named, or the current one; an error that says what to do when there is none. */
export function requireYear(db: Db, label: string | undefined, today: IsoDate, use: YearUse = 'read'): Year {
  const year = label ? findYear(db, label) : currentYear(db, today)
  if (year) return year
  if (label) refuseYear(db, label)
  throw noOpenYear(db, today, use)
}

/** Why no year is open — none yet, or the last one closed — and the command that helps. */
export function noOpenYear(db: Db, today: IsoDate, use: YearUse = 'read'): ConflictError {
  const closed = db
    .prepare(
      `SELECT label FROM academic_year WHERE status IN ('closed', 'archived') ORDER BY starts_on DESC LIMIT 1`,
    )
    .get() as {label: string} | undefined
  if (!closed) return new ConflictError('year.none', {label: schoolYearLabelOn(today)})
  const key =
    use === 'change' ? 'year.closedNoChange' : use === 'status' ? 'year.closedStatus' : 'year.closed'
  return new ConflictError(key, {label: closed.label, next: nextYearLabel(closed.label)})
}

/** The year that ended last before the given date (the one a rollover promotes from). */
export function previousYear(db: Db, before: IsoDate): Year | undefined {
  return db
    .prepare(`SELECT ${YEAR_COLUMNS} FROM academic_year WHERE ends_on < ? ORDER BY ends_on DESC LIMIT 1`)
    .get(before) as Year | undefined
}

export function overlappingYear(db: Db, startsOn: IsoDate, endsOn: IsoDate, label: string): Year | undefined {
  return db
    .prepare(
      `SELECT ${YEAR_COLUMNS} FROM academic_year WHERE label <> ? AND starts_on <= ? AND ? <= ends_on LIMIT 1`,
    )
    .get(label, endsOn, startsOn) as Year | undefined
}

export function loadCalendar(db: Db, year: Year): SchoolCalendar {
  const periods = (
    db
      .prepare(
        `SELECT kind, number, starts_on AS startsOn, ends_on AS endsOn, grades FROM period
         WHERE year_id = ? ORDER BY kind, number`,
      )
      .all(year.id) as Array<Omit<Period, 'grades'> & {grades: string}>
  ).map((p) => ({...p, grades: JSON.parse(p.grades) as number[]}))
  const nonSchoolDays = (
    db
      .prepare(
        `SELECT kind, name, starts_on AS startsOn, ends_on AS endsOn, grades, class_name AS className
         FROM non_school_day WHERE year_id = ? ORDER BY starts_on, id`,
      )
      .all(year.id) as Array<Omit<NonSchoolDays, 'grades'> & {grades: string}>
  ).map((d) => ({...d, grades: JSON.parse(d.grades) as number[]}))
  return {startsOn: year.startsOn, endsOn: year.endsOn, periods, nonSchoolDays}
}

/** Inserts the year with its calendar; returns its id. */
export function insertYear(db: Db, label: string, calendar: SchoolCalendar, openedAt: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO academic_year (label, starts_on, ends_on, status, opened_at) VALUES (?, ?, ?, 'open', ?)`,
      )
      .run(label, calendar.startsOn, calendar.endsOn, openedAt).lastInsertRowid,
  )
  const period = db.prepare(
    'INSERT INTO period (year_id, kind, number, starts_on, ends_on, grades) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const p of calendar.periods)
    period.run(id, p.kind, p.number, p.startsOn, p.endsOn, JSON.stringify(p.grades))
  const day = db.prepare(
    `INSERT INTO non_school_day (year_id, kind, name, starts_on, ends_on, grades, class_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const d of calendar.nonSchoolDays) {
    day.run(id, d.kind, d.name, d.startsOn, d.endsOn, JSON.stringify(d.grades), d.className)
  }
  return id
}

/** Same periods and non-school days, whatever their order. */
export function sameCalendar(a: SchoolCalendar, b: SchoolCalendar): boolean {
  const key = (c: SchoolCalendar) =>
    JSON.stringify([
      c.startsOn,
      c.endsOn,
      c.periods.map((p) => [p.kind, p.number, p.startsOn, p.endsOn, p.grades.join(',')].join('|')).sort(),
      c.nonSchoolDays
        .map((d) => [d.kind, d.name, d.startsOn, d.endsOn, d.grades.join(','), d.className].join('|'))
        .sort(),
    ])
  return key(a) === key(b)
}

/**
 * A school year named (--year, year close, archive create) that is not there: bad usage, with the
 * nearest real labels (as lists/lookup refuses any filter; here, so that every command that
 * reads a year does not load the filters' lookups at start-up).
 */
export function refuseYear(db: Db, label: string): never {
  const labels = (
    db.prepare('SELECT label FROM academic_year ORDER BY starts_on').all() as Array<{label: string}>
  ).map((y) => y.label)
  throw new UsageError('year.notFound', {label, value: label.trim(), known: nearestList(label, labels)})
}
