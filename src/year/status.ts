// year status: the opening checklist of п. 4.3–4.4, each item with its count and deadline.
import {addDays, type IsoDate, makeDate} from '../calendar/dates.js'
import {endOfFirstSchoolWeek} from '../calendar/school-calendar.js'
import {schoolDate} from '../calendar/zone.js'
import {type Db} from '../db/open.js'
import {parseYearLabel} from './label.js'
import {loadCalendar, type Year} from './store.js'

export type StatusItemId =
  | 'profile-classes'
  | 'class-teachers'
  | 'calendar'
  | 'curriculum'
  | 'pupils'
  | 'teachers'
  | 'year-opened'
  | 'timetable'
  | 'subgroups'

export interface StatusItem {
  id: StatusItemId
  ok: boolean
  /** How many are in order (classes, grades, calendar entries: see README). */
  count: number
  /** Out of how many; null where the count stands alone. */
  total: number | null
  deadline: IsoDate
  /** The deadline has passed and the item is not in order. */
  overdue: boolean
}

export interface YearStatusReport {
  year: string
  status: Year['status']
  startsOn: IsoDate
  endsOn: IsoDate
  classes: number
  pupils: number
  items: StatusItem[]
}

const one = (db: Db, sql: string, params: Record<string, unknown>) =>
  (db.prepare(sql).get(params) as {n: number}).n

export function yearStatus(db: Db, year: Year, timezone: string, today: IsoDate): YearStatusReport {
  const p = {year: year.id}
  const calendar = loadCalendar(db, year)
  const firstYear = parseYearLabel(year.label)!.firstYear
  // п. 4.3: the deputy directors hand the data over by 30 August.
  const dataDeadline = makeDate(firstYear, 8, 30)
  // п. 4.4: the year is opened in the first week of September.
  const firstWeek = endOfFirstSchoolWeek(calendar)
  // п. 4.3: the timetable within a week of the opening.
  const openedOn = year.openedAt ? schoolDate(new Date(year.openedAt), timezone) : year.startsOn
  const timetableDeadline = addDays(openedOn, 7)

  const classes = one(db, 'SELECT count(*) AS n FROM class WHERE year_id = @year', p)
  const seniors = one(db, 'SELECT count(*) AS n FROM class WHERE year_id = @year AND grade >= 10', p)
  const perClass = (condition: string) =>
    one(db, `SELECT count(*) AS n FROM class c WHERE c.year_id = @year AND ${condition}`, p)
  const pupils = one(
    db,
    `SELECT count(DISTINCT e.pupil_id) AS n FROM enrollment e JOIN class c ON c.id = e.class_id
     WHERE c.year_id = @year AND e.to_date IS NULL`,
    p,
  )
  const grades = one(db, 'SELECT count(DISTINCT grade) AS n FROM class WHERE year_id = @year', p)
  const gradesWithCurriculum = one(
    db,
    `SELECT count(DISTINCT c.grade) AS n FROM class c WHERE c.year_id = @year AND EXISTS (
       SELECT 1 FROM curriculum cu WHERE cu.year_id = @year AND (cu.grade = c.grade OR cu.class_id = c.id))`,
    p,
  )
  // Class × subject pairs the curriculum splits, and those that have subgroups.
  // A class's own curriculum row overrides its grade's row for that subject.
  const splitPairs = `
    SELECT c.id AS class_id, cu.subject_id FROM class c
    JOIN curriculum cu ON cu.year_id = c.year_id AND cu.split = 1 AND (
      cu.class_id = c.id OR (cu.grade = c.grade AND NOT EXISTS (
        SELECT 1 FROM curriculum own WHERE own.year_id = c.year_id AND own.class_id = c.id AND own.subject_id = cu.subject_id)))
    WHERE c.year_id = @year`
  const splits = one(db, `SELECT count(*) AS n FROM (${splitPairs})`, p)
  const splitsFormed = one(
    db,
    `SELECT count(*) AS n FROM (${splitPairs}) s
     WHERE EXISTS (SELECT 1 FROM subgroup g WHERE g.class_id = s.class_id AND g.subject_id = s.subject_id)`,
    p,
  )
  const withProfile = perClass("grade >= 10 AND coalesce(profile, '') <> ''")
  const withTeacher = perClass('class_teacher_id IS NOT NULL')
  const withPupils = perClass(
    'EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = c.id AND e.to_date IS NULL)',
  )
  const withTeachers = perClass('EXISTS (SELECT 1 FROM teaching_assignment a WHERE a.class_id = c.id)')
  const withTimetable = perClass('EXISTS (SELECT 1 FROM timetable t WHERE t.class_id = c.id)')
  const hasKind = (kind: string) => calendar.nonSchoolDays.some((d) => d.kind === kind)

  const item = (
    id: StatusItemId,
    ok: boolean,
    count: number,
    total: number | null,
    deadline: IsoDate,
  ): StatusItem => ({
    id,
    ok,
    count,
    total,
    deadline,
    overdue: !ok && today > deadline,
  })
  const all = (count: number, total: number) => total > 0 && count === total

  return {
    year: year.label,
    status: year.status,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    classes,
    pupils,
    items: [
      item('profile-classes', classes > 0 && withProfile === seniors, withProfile, seniors, dataDeadline),
      item('class-teachers', all(withTeacher, classes), withTeacher, classes, dataDeadline),
      item(
        'calendar',
        hasKind('vacation') && hasKind('holiday'),
        calendar.nonSchoolDays.length,
        null,
        dataDeadline,
      ),
      item('curriculum', all(gradesWithCurriculum, grades), gradesWithCurriculum, grades, dataDeadline),
      item('pupils', all(withPupils, classes), withPupils, classes, dataDeadline),
      item('teachers', all(withTeachers, classes), withTeachers, classes, dataDeadline),
      item('year-opened', year.status !== 'planned', year.status !== 'planned' ? 1 : 0, 1, firstWeek),
      item('timetable', all(withTimetable, classes), withTimetable, classes, timetableDeadline),
      item('subgroups', splitsFormed === splits, splitsFormed, splits, firstWeek),
    ],
  }
}
