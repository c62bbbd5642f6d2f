// The calendar facts SQL cannot compute — the school days of each class, the instant each date
// ends at the school, the Monday–Sunday weeks, the periods of each class, the months — worked
// out once from src/calendar and put into TEMP tables that the rules' queries join. Beside them,
// TEMP views of the journal as it stood at the end of the as-of day: nothing entered later counts.
import {addDays, eachDay, type IsoDate, makeDate, mondayOf, weekday} from '../calendar/dates.js'
import {
  type ClassOnCalendar,
  endOfFirstSchoolWeek,
  isSchoolDay,
  periodsForGrade,
  type SchoolCalendar,
} from '../calendar/school-calendar.js'
import {endOfSchoolDay, formatInZone, schoolDate} from '../calendar/zone.js'
import {type Db} from '../db/open.js'
import {type SchoolClock} from './types.js'

export interface CheckClass extends ClassOnCalendar {
  id: number
}

export interface CalendarRows {
  /** Every date the rules may ask about, with the UTC instant it ends at the school. */
  dayEnds: Array<{date: IsoDate; endUtc: string}>
  schoolDays: Array<{classId: number; date: IsoDate; weekday: number; monday: IsoDate}>
  /** Monday–Sunday weeks in which the class has at least one school day. */
  weeks: Array<{classId: number; monday: IsoDate; sunday: IsoDate; days: number}>
  /** The periods of each class's grade ('quarter:1', 'half:2', …) and the whole year ('year'). */
  classPeriods: Array<{classId: number; period: string; pno: number; startsOn: IsoDate; endsOn: IsoDate}>
  /** The calendar months of the year. */
  months: Array<{month: string; first: IsoDate; last: IsoDate}>
}

export interface CheckContext {
  yearId: number
  asOf: IsoDate
  /** The end of the as-of day at the school, UTC ISO: entries after it are not counted. */
  asOfEnd: string
  startsOn: IsoDate
  endsOn: IsoDate
  /** The Sunday of the first school week (п. 3.3, 4.4). */
  firstWeekEnd: IsoDate
  /** The school date the year was opened; null when it was not (or not by the as-of day). */
  openedOn: IsoDate | null
}

const MARGIN_BEFORE = 400
const MARGIN_AFTER = 120

/** Pure: the rows of the calendar tables of one year for its classes. */
export function calendarRows(
  calendar: SchoolCalendar,
  classes: CheckClass[],
  timezone: string,
  asOf: IsoDate,
): CalendarRows {
  const last = asOf > calendar.endsOn ? asOf : calendar.endsOn
  const dayEnds = endsOfDays(
    addDays(calendar.startsOn, -MARGIN_BEFORE),
    addDays(last, MARGIN_AFTER),
    timezone,
  )
  const schoolDays: CalendarRows['schoolDays'] = []
  const weeks: CalendarRows['weeks'] = []
  const classPeriods: CalendarRows['classPeriods'] = []
  const year = [...eachDay(calendar.startsOn, calendar.endsOn)].map((date) => ({
    date,
    weekday: weekday(date),
    monday: mondayOf(date),
  }))
  // Classes of one grade and week share their days, unless a quarantine names one of them.
  const named = new Set(calendar.nonSchoolDays.map((d) => d.className).filter(Boolean))
  const daysOf = new Map<string, typeof year>()
  for (const cls of classes) {
    const key = `${cls.grade}|${cls.weekDays}|${named.has(cls.name) ? cls.name : ''}`
    let days = daysOf.get(key)
    if (!days) daysOf.set(key, (days = year.filter((d) => isSchoolDay(calendar, cls, d.date))))
    const byWeek = new Map<IsoDate, number>()
    for (const d of days) {
      schoolDays.push({classId: cls.id, date: d.date, weekday: d.weekday, monday: d.monday})
      byWeek.set(d.monday, (byWeek.get(d.monday) ?? 0) + 1)
    }
    for (const [monday, days] of byWeek)
      weeks.push({classId: cls.id, monday, sunday: addDays(monday, 6), days})
    for (const p of periodsForGrade(calendar, cls.grade)) {
      const period = `${p.kind}:${p.number}`
      classPeriods.push({
        classId: cls.id,
        period,
        pno: periodNumber(period),
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      })
    }
    classPeriods.push({
      classId: cls.id,
      period: 'year',
      pno: periodNumber('year'),
      startsOn: calendar.startsOn,
      endsOn: calendar.endsOn,
    })
  }
  const months: CalendarRows['months'] = []
  for (let first = calendar.startsOn.slice(0, 8) + '01'; first <= calendar.endsOn;) {
    const [y, m] = first.split('-').map(Number) as [number, number]
    const next = m === 12 ? makeDate(y + 1, 1, 1) : makeDate(y, m + 1, 1)
    months.push({month: first.slice(0, 7), first, last: addDays(next, -1)})
    first = next
  }
  return {dayEnds, schoolDays, weeks, classPeriods, months}
}

/**
 * The end of each date at the school. The zone is asked once a week: when a Monday and the next
 * Monday have the same offset, so do the days between (offsets do not change twice in a week).
 */
export function endsOfDays(from: IsoDate, to: IsoDate, timezone: string): CalendarRows['dayEnds'] {
  const out: CalendarRows['dayEnds'] = []
  const offsetOf = (date: IsoDate) =>
    Date.parse(`${date}T23:59:59.999Z`) - endOfSchoolDay(date, timezone).getTime()
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    const offset = offsetOf(monday)
    const same = offset === offsetOf(addDays(monday, 7))
    for (let i = 0; i < 7; i++) {
      const date = addDays(monday, i)
      if (date > to) break
      const ms = same
        ? Date.parse(`${date}T23:59:59.999Z`) - offset
        : endOfSchoolDay(date, timezone).getTime()
      out.push({date, endUtc: new Date(ms).toISOString()})
    }
  }
  return out
}

const PERIOD_BASE: Record<string, number> = {quarter: 0, half: 4, trimester: 6}

/** A small number for each period code, the same in every class (for compact grouping keys). */
export function periodNumber(period: string): number {
  if (period === 'year') return 0
  const [kind, n] = period.split(':') as [string, string]
  return (PERIOD_BASE[kind] ?? 9) + Number(n)
}

export function checkContext(
  calendar: SchoolCalendar,
  year: {id: number; openedAt: string | null; status: string},
  timezone: string,
  asOf: IsoDate,
): CheckContext {
  const asOfEnd = endOfSchoolDay(asOf, timezone).toISOString()
  const opened = year.status !== 'planned' && year.openedAt !== null && year.openedAt <= asOfEnd
  return {
    yearId: year.id,
    asOf,
    asOfEnd,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
    firstWeekEnd: endOfFirstSchoolWeek(calendar),
    openedOn: opened ? schoolDate(new Date(year.openedAt!), timezone) : null,
  }
}

const TABLES = [
  'ctx',
  'day_end',
  'school_day',
  'week',
  'class_period',
  'month',
  'j_class',
  'j_lesson',
  'j_enrollment',
  'j_curriculum',
  'j_teacher',
  'j_timetable',
  'j_officer',
]
const VIEWS = ['v_recorded', 'v_mark', 'v_absence', 'v_final_mark']

/**
 * Creates (again) the TEMP tables and views on this connection:
 * - the calendar: ctx (one row), day_end, school_day, week, class_period, month;
 * - the year's journal as it stood at the end of the as-of day, read once: j_class, j_lesson
 *   (a text whose entry time is later is not there yet; one without an entry time counts as
 *   entered; with the period and the Monday of each lesson), j_enrollment, j_curriculum (a class's own row wins over its grade's), j_teacher (the
 *   teacher assigned to a class × subject), j_timetable, j_officer (the first staff member of
 *   each role); and views of the entries made by then: v_recorded, v_mark, v_absence, v_final_mark.
 */
export function loadCalendarTables(db: Db, ctx: CheckContext, rows: CalendarRows): void {
  for (const v of VIEWS) db.exec(`DROP VIEW IF EXISTS temp.${v}`)
  for (const t of TABLES) db.exec(`DROP TABLE IF EXISTS temp.${t}`)
  db.exec(`
    CREATE TEMP TABLE ctx (year_id INTEGER, as_of TEXT, as_of_end TEXT, starts_on TEXT, ends_on TEXT,
                           first_week_end TEXT, opened_on TEXT);
    CREATE TEMP TABLE day_end (date TEXT PRIMARY KEY, end_utc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE school_day (class_id INTEGER, date TEXT, weekday INTEGER, monday TEXT,
                                  PRIMARY KEY (class_id, date)) WITHOUT ROWID;
    CREATE TEMP TABLE week (class_id INTEGER, monday TEXT, sunday TEXT, days INTEGER, PRIMARY KEY (class_id, monday)) WITHOUT ROWID;
    CREATE TEMP TABLE class_period (class_id INTEGER, period TEXT, pno INTEGER, starts_on TEXT, ends_on TEXT,
                                    PRIMARY KEY (class_id, period)) WITHOUT ROWID;
    CREATE TEMP TABLE month (month TEXT PRIMARY KEY, first TEXT, last TEXT) WITHOUT ROWID;
  `)
  db.prepare('INSERT INTO temp.ctx VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    ctx.yearId,
    ctx.asOf,
    ctx.asOfEnd,
    ctx.startsOn,
    ctx.endsOn,
    ctx.firstWeekEnd,
    ctx.openedOn,
  )
  const day = db.prepare('INSERT INTO temp.day_end VALUES (?, ?)')
  for (const r of rows.dayEnds) day.run(r.date, r.endUtc)
  db.exec('CREATE INDEX temp.day_end_utc ON day_end (end_utc)')
  const school = db.prepare('INSERT INTO temp.school_day VALUES (?, ?, ?, ?)')
  for (const r of rows.schoolDays) school.run(r.classId, r.date, r.weekday, r.monday)
  db.exec('CREATE INDEX temp.school_day_weekday ON school_day (class_id, weekday, date)')
  const week = db.prepare('INSERT INTO temp.week VALUES (?, ?, ?, ?)')
  for (const r of rows.weeks) week.run(r.classId, r.monday, r.sunday, r.days)
  const period = db.prepare('INSERT INTO temp.class_period VALUES (?, ?, ?, ?, ?)')
  for (const r of rows.classPeriods) period.run(r.classId, r.period, r.pno, r.startsOn, r.endsOn)
  const month = db.prepare('INSERT INTO temp.month VALUES (?, ?, ?)')
  for (const r of rows.months) month.run(r.month, r.first, r.last)

  db.exec(`
    CREATE TEMP TABLE j_class (id INTEGER PRIMARY KEY, grade INTEGER, name TEXT, class_teacher_id INTEGER, week_days INTEGER);
    INSERT INTO j_class
      SELECT c.id, c.grade, c.name, c.class_teacher_id, c.week_days FROM ctx x JOIN main.class c ON c.year_id = x.year_id;

    CREATE TEMP TABLE j_lesson (
      id INTEGER PRIMARY KEY, class_id INTEGER, grade INTEGER, subgroup_id INTEGER, subject_id INTEGER,
      teacher_id INTEGER, planned_teacher_id INTEGER, substitution INTEGER, date TEXT, lesson_no INTEGER,
      lesson_type TEXT, topic TEXT, topic_at TEXT, homework TEXT, homework_at TEXT, attendance_at TEXT,
      untimed INTEGER, period TEXT, pno INTEGER, monday TEXT);
    INSERT INTO j_lesson
      SELECT l.id, l.class_id, c.grade, l.subgroup_id, l.subject_id, l.teacher_id, l.planned_teacher_id,
             l.substitution, l.date, l.lesson_no, l.lesson_type,
             CASE WHEN coalesce(l.topic, '') <> '' AND (l.topic_entered_at IS NULL OR l.topic_entered_at <= x.as_of_end)
                  THEN l.topic END,
             CASE WHEN coalesce(l.topic, '') <> '' AND l.topic_entered_at <= x.as_of_end THEN l.topic_entered_at END,
             CASE WHEN coalesce(l.homework, '') <> '' AND (l.homework_entered_at IS NULL OR l.homework_entered_at <= x.as_of_end)
                  THEN l.homework END,
             CASE WHEN coalesce(l.homework, '') <> '' AND l.homework_entered_at <= x.as_of_end THEN l.homework_entered_at END,
             CASE WHEN l.attendance_entered_at <= x.as_of_end THEN l.attendance_entered_at END,
             coalesce(l.topic_entered_at, l.homework_entered_at, l.attendance_entered_at) IS NULL,
             p.period, p.pno,
             date(l.date, '-' || ((CAST(strftime('%w', l.date) AS INTEGER) + 6) % 7) || ' days')
      -- One pass over the lessons in their stored order (CROSS JOIN keeps it).
      FROM main.lesson l CROSS JOIN ctx x JOIN j_class c ON c.id = l.class_id
      LEFT JOIN class_period p ON p.class_id = l.class_id AND p.period <> 'year' AND l.date BETWEEN p.starts_on AND p.ends_on
      WHERE l.date <= x.as_of;
    -- The weekly rules group by it; the others start from a class × subject.
    CREATE INDEX temp.j_lesson_week ON j_lesson (class_id, subject_id, subgroup_id, monday);

    CREATE TEMP TABLE j_enrollment AS
      SELECT e.pupil_id, e.class_id, e.from_date, e.to_date FROM j_class c JOIN main.enrollment e ON e.class_id = c.id;

    CREATE TEMP TABLE j_curriculum AS
      SELECT c.id AS class_id, c.grade, cu.subject_id, cu.hours_per_week, cu.split, cu.assessment
      FROM ctx x JOIN j_class c JOIN main.curriculum cu ON cu.year_id = x.year_id
       AND (cu.class_id = c.id OR (cu.grade = c.grade AND NOT EXISTS (
             SELECT 1 FROM main.curriculum o WHERE o.year_id = x.year_id AND o.class_id = c.id AND o.subject_id = cu.subject_id)));
    CREATE UNIQUE INDEX temp.j_curriculum_pair ON j_curriculum (class_id, subject_id);

    CREATE TEMP TABLE j_teacher (class_id INTEGER, subject_id INTEGER, teacher_id INTEGER,
                                 PRIMARY KEY (class_id, subject_id)) WITHOUT ROWID;
    INSERT INTO j_teacher
      SELECT a.class_id, a.subject_id,
             coalesce(min(CASE WHEN a.subgroup_id IS NULL THEN a.teacher_id END), min(a.teacher_id))
      FROM j_class c JOIN main.teaching_assignment a ON a.class_id = c.id
      GROUP BY a.class_id, a.subject_id;

    CREATE TEMP TABLE j_timetable AS
      SELECT t.* FROM j_class c JOIN main.timetable t ON t.class_id = c.id;

    CREATE TEMP TABLE j_officer AS
      SELECT r.value AS role, min(s.id) AS staff_id FROM main.staff s, json_each(s.roles) r GROUP BY r.value;

    CREATE TEMP VIEW v_recorded AS
      SELECT l.* FROM j_lesson l
      WHERE l.untimed OR l.topic_at IS NOT NULL OR l.homework_at IS NOT NULL OR l.attendance_at IS NOT NULL;
    CREATE TEMP VIEW v_mark AS
      SELECT m.* FROM main.mark m, ctx x WHERE m.entered_at <= x.as_of_end;
    CREATE TEMP VIEW v_absence AS
      SELECT a.* FROM main.absence a, ctx x WHERE a.entered_at <= x.as_of_end;
    CREATE TEMP VIEW v_final_mark AS
      SELECT f.* FROM main.final_mark f, ctx x WHERE f.year_id = x.year_id AND f.entered_at <= x.as_of_end;
  `)
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The school's clock over the dates of the calendar tables: a binary search in the day ends
 * instead of Intl for every finding (thousands of them). Outside those dates, the zone itself.
 */
export function schoolClock(dayEnds: CalendarRows['dayEnds'], timezone: string): SchoolClock {
  const ends = dayEnds.map((d) => d.endUtc)
  /** Index of the date an instant falls on, or -1 outside the table. */
  const find = (instant: string): number => {
    const iso = new Date(instant).toISOString()
    let lo = 0
    let hi = ends.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends[mid]! < iso) lo = mid + 1
      else hi = mid
    }
    return lo < ends.length && (lo > 0 || iso >= startOf(0)) ? lo : -1
  }
  const startOf = (i: number) => new Date(Date.parse(ends[i]!) - 86_400_000 + 1).toISOString()
  /** Minutes the school is ahead of UTC on a date (from its end, 23:59:59.999 there). */
  const offsetOf = (i: number) =>
    Math.round((Date.parse(`${dayEnds[i]!.date}T23:59:59.999Z`) - Date.parse(ends[i]!)) / 60_000)
  const zoneText = (minutes: number) =>
    `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
  const byDate = new Map(dayEnds.map((d, i) => [d.date, i]))
  return {
    dateOf(instant) {
      const i = find(instant)
      return i < 0 ? schoolDate(new Date(instant), timezone) : dayEnds[i]!.date
    },
    local(instant) {
      const i = find(instant)
      if (i < 0) return formatInZone(new Date(instant), timezone)
      const offset = offsetOf(i)
      const wall = new Date(Date.parse(instant) + offset * 60_000).toISOString().slice(0, 19)
      return wall + zoneText(offset)
    },
    deadline(date) {
      const i = byDate.get(date)
      if (i === undefined) return formatInZone(endOfSchoolDay(date, timezone), timezone)
      return `${date}T23:59:59${zoneText(offsetOf(i))}`
    },
  }
}
