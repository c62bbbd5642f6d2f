// The school calendar as data, and the questions every deadline asks of it.
import {addDays, eachDay, type IsoDate, mondayOf, weekday} from './dates.js'

/** четверть (quarter), полугодие (half), триместр (trimester). */
export type PeriodKind = 'quarter' | 'half' | 'trimester'
export type NonSchoolDayKind = 'vacation' | 'holiday' | 'quarantine'

export interface Period {
  kind: PeriodKind
  number: number
  startsOn: IsoDate
  endsOn: IsoDate
  /** The grades (parallels) the period applies to, e.g. 1–9 for quarters, 10–11 for halves. */
  grades: number[]
}

export interface NonSchoolDays {
  kind: NonSchoolDayKind
  name: string
  startsOn: IsoDate
  endsOn: IsoDate
  /** Empty: the whole school. Otherwise only these grades (the grade-1 February week). */
  grades: number[]
  /** Set for a quarantine of one class ('5А'); wins over grades. */
  className: string | null
}

export interface SchoolCalendar {
  startsOn: IsoDate
  endsOn: IsoDate
  periods: Period[]
  nonSchoolDays: NonSchoolDays[]
}

export interface ClassOnCalendar {
  name: string
  grade: number
  /** 5- or 6-day school week. */
  weekDays: 5 | 6
}

export function appliesToClass(days: NonSchoolDays, cls: ClassOnCalendar): boolean {
  if (days.className) return days.className === cls.name
  return days.grades.length === 0 || days.grades.includes(cls.grade)
}

export function isSchoolDay(calendar: SchoolCalendar, cls: ClassOnCalendar, date: IsoDate): boolean {
  if (date < calendar.startsOn || date > calendar.endsOn) return false
  if (weekday(date) > cls.weekDays) return false
  return !calendar.nonSchoolDays.some((d) => d.startsOn <= date && date <= d.endsOn && appliesToClass(d, cls))
}

export function schoolDays(
  calendar: SchoolCalendar,
  cls: ClassOnCalendar,
  from: IsoDate,
  to: IsoDate,
): IsoDate[] {
  return [...eachDay(from, to)].filter((d) => isSchoolDay(calendar, cls, d))
}

export function periodsForGrade(calendar: SchoolCalendar, grade: number): Period[] {
  return calendar.periods.filter((p) => p.grades.includes(grade)).sort((a, b) => a.number - b.number)
}

export interface Week {
  monday: IsoDate
  sunday: IsoDate
}

/** The Monday–Sunday weeks that overlap the span (the first and last may be partial). */
export function weeksOf(from: IsoDate, to: IsoDate): Week[] {
  const weeks: Week[] = []
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.push({monday, sunday: addDays(monday, 6)})
  }
  return weeks
}

/** The weeks of a period in which the class has at least one school day. */
export function schoolWeeksOfPeriod(calendar: SchoolCalendar, cls: ClassOnCalendar, period: Period): Week[] {
  return weeksOf(period.startsOn, period.endsOn).filter((w) =>
    schoolDays(calendar, cls, w.monday < period.startsOn ? period.startsOn : w.monday, w.sunday).some(
      (d) => d <= period.endsOn,
    ),
  )
}

/** The last day of the first school week: the Sunday of the week the year starts in (п. 4.4). */
export function endOfFirstSchoolWeek(calendar: SchoolCalendar): IsoDate {
  return addDays(mondayOf(calendar.startsOn), 6)
}
