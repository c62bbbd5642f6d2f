// The Russian defaults for a school year, computed for any year (issue: year open --preset).
import {addDays, type IsoDate, makeDate, mondayOf, weekday} from './dates.js'
import {type NonSchoolDays, type Period, type SchoolCalendar} from './school-calendar.js'

export type Preset = 'quarters' | 'trimesters'

export const ALL_GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const BASIC_GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9]
const SENIOR_GRADES = [10, 11]

function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6
}

function nextWorkingDay(date: IsoDate): IsoDate {
  let d = date
  while (isWeekend(d)) d = addDays(d, 1)
  return d
}

function previousWorkingDay(date: IsoDate): IsoDate {
  let d = date
  while (isWeekend(d)) d = addDays(d, -1)
  return d
}

function schoolWide(
  kind: NonSchoolDays['kind'],
  name: string,
  startsOn: IsoDate,
  endsOn: IsoDate,
): NonSchoolDays {
  return {kind, name, startsOn, endsOn, grades: [], className: null}
}

/**
 * Public holidays inside the school year (Трудовой кодекс, ст. 112). A holiday that falls on a
 * weekend gives the next Monday off, except the January ones, which the government moves by decree.
 */
export function publicHolidays(firstYear: number): NonSchoolDays[] {
  const second = firstYear + 1
  const single: Array<[string, IsoDate]> = [
    ['День народного единства', makeDate(firstYear, 11, 4)],
    ['День защитника Отечества', makeDate(second, 2, 23)],
    ['Международный женский день', makeDate(second, 3, 8)],
    ['Праздник Весны и Труда', makeDate(second, 5, 1)],
    ['День Победы', makeDate(second, 5, 9)],
  ]
  const holidays: NonSchoolDays[] = [
    schoolWide('holiday', 'Новогодние каникулы и Рождество', makeDate(second, 1, 1), makeDate(second, 1, 8)),
  ]
  for (const [name, date] of single) {
    holidays.push(schoolWide('holiday', name, date, date))
    if (isWeekend(date)) {
      const monday = addDays(date, 8 - weekday(date))
      holidays.push(schoolWide('holiday', `${name} (перенос)`, monday, monday))
    }
  }
  return holidays
}

export function presetCalendar(firstYear: number, preset: Preset): SchoolCalendar {
  const second = firstYear + 1
  const startsOn = nextWorkingDay(makeDate(firstYear, 9, 1))
  const endsOn = previousWorkingDay(makeDate(second, 5, 26))

  // Vacations of at least 7 days at the customary dates.
  const autumn = schoolWide(
    'vacation',
    'Осенние каникулы',
    makeDate(firstYear, 10, 26),
    makeDate(firstYear, 11, 3),
  )
  const winter = schoolWide(
    'vacation',
    'Зимние каникулы',
    makeDate(firstYear, 12, 29),
    makeDate(second, 1, 11),
  )
  const spring = schoolWide('vacation', 'Весенние каникулы', makeDate(second, 3, 23), makeDate(second, 3, 31))
  // The extra week for first-graders: the Monday–Sunday week around mid-February.
  const februaryMonday = mondayOf(makeDate(second, 2, 17))
  const february: NonSchoolDays = {
    kind: 'vacation',
    name: 'Дополнительные каникулы 1 класса',
    startsOn: februaryMonday,
    endsOn: addDays(februaryMonday, 6),
    grades: [1],
    className: null,
  }

  const before = (v: NonSchoolDays) => addDays(v.startsOn, -1)
  const after = (v: NonSchoolDays) => addDays(v.endsOn, 1)

  const halves: Period[] = [
    {kind: 'half', number: 1, startsOn, endsOn: before(winter), grades: SENIOR_GRADES},
    {kind: 'half', number: 2, startsOn: after(winter), endsOn, grades: SENIOR_GRADES},
  ]
  const basic: Period[] =
    preset === 'quarters'
      ? [
          {kind: 'quarter', number: 1, startsOn, endsOn: before(autumn), grades: BASIC_GRADES},
          {kind: 'quarter', number: 2, startsOn: after(autumn), endsOn: before(winter), grades: BASIC_GRADES},
          {kind: 'quarter', number: 3, startsOn: after(winter), endsOn: before(spring), grades: BASIC_GRADES},
          {kind: 'quarter', number: 4, startsOn: after(spring), endsOn, grades: BASIC_GRADES},
        ]
      : [
          {kind: 'trimester', number: 1, startsOn, endsOn: makeDate(firstYear, 11, 30), grades: BASIC_GRADES},
          {
            kind: 'trimester',
            number: 2,
            startsOn: makeDate(firstYear, 12, 1),
            endsOn: addDays(makeDate(second, 3, 1), -1),
            grades: BASIC_GRADES,
          },
          {kind: 'trimester', number: 3, startsOn: makeDate(second, 3, 1), endsOn, grades: BASIC_GRADES},
        ]

  return {
    startsOn,
    endsOn,
    periods: [...basic, ...halves],
    nonSchoolDays: [autumn, winter, february, spring, ...publicHolidays(firstYear)].sort((a, b) =>
      a.startsOn.localeCompare(b.startsOn),
    ),
  }
}
