// year close: the end of a school year (п. 6.9). The year's marks (period 'year') must be there
// for every pupil in a class on the year's last day and every subject the class's curriculum
// assesses with marks or pass/fail — grade 1 excepted: it gets no marks at all (п. 3.2). What is
// missing is listed and the year stays open, unless --force (recorded in the audit log). A closed
// year takes no more imports; `archive create` then archives and freezes it.
import {addDays, type IsoDate} from '../calendar/dates.js'
import {schoolDays} from '../calendar/school-calendar.js'
import {ConflictError, UsageError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {parseYearLabel} from './label.js'
import {findYear, loadCalendar, refuseYear, type Year} from './store.js'

export interface MissingYearMark {
  pupil: string
  class: string
  subject: string
}

export interface CloseYearResult {
  year: string
  /** The status before the command. */
  was: Year['status']
  /** The year is closed now (or was already). */
  closed: boolean
  /** Closed by this run. */
  changed: boolean
  forced: boolean
  dryRun: boolean
  missing: MissingYearMark[]
  /** The year's last day. */
  endsOn: IsoDate
  /** School days of the school after today up to the last day: closing early cuts them off. */
  schoolDaysLeft: number
}

export interface CloseYearRequest {
  label: string
  force: boolean
  dryRun: boolean
  /** The school's today and usual week, to count the school days left. */
  today: IsoDate
  weekDays: 5 | 6
}

/** The subjects a class is assessed in: its own curriculum rows over its grade's rows. */
const ASSESSED = `
  SELECT c.id AS class_id, cu.subject_id FROM class c
  JOIN curriculum cu ON cu.year_id = c.year_id AND cu.assessment IN ('marks', 'pass_fail') AND (
    cu.class_id = c.id OR (cu.grade = c.grade AND NOT EXISTS (
      SELECT 1 FROM curriculum own WHERE own.year_id = c.year_id AND own.class_id = c.id
                                     AND own.subject_id = cu.subject_id)))
  WHERE c.year_id = @year AND c.grade > 1`

export function missingYearMarks(db: Db, year: Year): MissingYearMark[] {
  return db
    .prepare(
      `WITH at_end AS (
         SELECT DISTINCT e.pupil_id, e.class_id FROM enrollment e JOIN class c ON c.id = e.class_id
         WHERE c.year_id = @year AND e.from_date <= @endsOn AND (e.to_date IS NULL OR e.to_date >= @endsOn))
       SELECT trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS pupil, c.name AS class,
              s.name AS subject
       FROM at_end a JOIN (${ASSESSED}) x ON x.class_id = a.class_id
       JOIN pupil p ON p.id = a.pupil_id JOIN class c ON c.id = a.class_id JOIN subject s ON s.id = x.subject_id
       WHERE NOT EXISTS (SELECT 1 FROM final_mark f WHERE f.year_id = @year AND f.pupil_id = a.pupil_id
                           AND f.subject_id = x.subject_id AND f.period = 'year')
       ORDER BY c.grade, c.letter, p.last_name, p.first_name, p.middle_name, p.id, s.name`,
    )
    .all({year: year.id, endsOn: year.endsOn}) as MissingYearMark[]
}

export function closeYear(db: Db, request: CloseYearRequest): CloseYearResult {
  const parsed = parseYearLabel(request.label)
  if (!parsed) throw new UsageError('year.badLabel', {label: request.label})
  const year = findYear(db, parsed.label)
  if (!year) refuseYear(db, parsed.label)
  const force = Boolean(request.force)
  const dryRun = Boolean(request.dryRun)
  const base = {year: year.label, was: year.status, forced: false, dryRun, endsOn: year.endsOn}
  if (year.status === 'closed' || year.status === 'archived')
    return {...base, closed: true, changed: false, missing: [], schoolDaysLeft: 0}
  if (year.status === 'planned') throw new ConflictError('year.close.planned', {year: year.label})

  const open = {...base, schoolDaysLeft: schoolDaysLeft(db, year, request.today, request.weekDays)}
  const missing = missingYearMarks(db, year)
  const refused = missing.length > 0 && !force
  if (refused || dryRun)
    return {...open, closed: false, changed: false, forced: missing.length > 0 && force, missing}
  db.prepare(`UPDATE academic_year SET status = 'closed' WHERE id = ? AND status = 'open'`).run(year.id)
  return {...open, closed: true, changed: true, forced: missing.length > 0, missing}
}

/** The days the whole school works after today (a class's own quarantine aside), to the year's end. */
export function schoolDaysLeft(db: Db, year: Year, today: IsoDate, weekDays: 5 | 6): number {
  if (today >= year.endsOn) return 0
  const school = {name: '', grade: 0, weekDays}
  return schoolDays(loadCalendar(db, year), school, addDays(today, 1), year.endsOn).length
}
