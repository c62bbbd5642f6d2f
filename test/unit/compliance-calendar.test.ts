// The calendar facts put into TEMP tables for the rules: school days per class, the end of each
// date at the school, Monday–Sunday weeks with lessons, periods and months.
import {describe, expect, it} from 'vitest'

import {presetCalendar} from '../../src/calendar/preset.js'
import {type SchoolCalendar} from '../../src/calendar/school-calendar.js'
import {calendarRows, checkContext, endsOfDays, periodNumber} from '../../src/compliance/calendar-tables.js'

const calendar: SchoolCalendar = presetCalendar(2026, 'quarters')
const quarantine: SchoolCalendar = {
  ...calendar,
  nonSchoolDays: [
    ...calendar.nonSchoolDays,
    {
      kind: 'quarantine',
      name: 'Карантин',
      startsOn: '2026-12-07',
      endsOn: '2026-12-13',
      grades: [],
      className: '5Б',
    },
  ],
}
const classes = [
  {id: 1, name: '1А', grade: 1, weekDays: 5 as const},
  {id: 5, name: '5А', grade: 5, weekDays: 5 as const},
  {id: 6, name: '5Б', grade: 5, weekDays: 5 as const},
  {id: 7, name: '7А', grade: 7, weekDays: 6 as const},
  {id: 10, name: '10А', grade: 10, weekDays: 5 as const},
]
const rows = calendarRows(quarantine, classes, 'Asia/Vladivostok', '2026-11-15')
const daysOf = (id: number, from: string, to: string) =>
  rows.schoolDays.filter((d) => d.classId === id && d.date >= from && d.date <= to).map((d) => d.date)

describe('calendarRows', () => {
  it('gives a 5-day class Monday to Friday and a 6-day class Saturdays too', () => {
    expect(daysOf(5, '2026-09-07', '2026-09-13')).toEqual([
      '2026-09-07',
      '2026-09-08',
      '2026-09-09',
      '2026-09-10',
      '2026-09-11',
    ])
    expect(daysOf(7, '2026-09-07', '2026-09-13')).toHaveLength(6)
    expect(rows.schoolDays.find((d) => d.classId === 7 && d.date === '2026-09-12')).toEqual({
      classId: 7,
      date: '2026-09-12',
      weekday: 6,
      monday: '2026-09-07',
    })
  })

  it('leaves out holidays, vacations, the first-graders’ February week and a class’s quarantine', () => {
    expect(daysOf(5, '2026-11-02', '2026-11-08')).toEqual(['2026-11-05', '2026-11-06'])
    expect(daysOf(5, '2026-10-26', '2026-11-01')).toEqual([])
    expect(daysOf(1, '2027-02-15', '2027-02-21')).toEqual([])
    expect(daysOf(5, '2027-02-15', '2027-02-21')).toHaveLength(5)
    expect(daysOf(6, '2026-12-07', '2026-12-13')).toEqual([])
    expect(daysOf(5, '2026-12-07', '2026-12-13')).toHaveLength(5)
  })

  it('keeps only the weeks that have school days, counting them', () => {
    const weeks = rows.weeks.filter((w) => w.classId === 5)
    expect(weeks[0]).toEqual({classId: 5, monday: '2026-08-31', sunday: '2026-09-06', days: 4})
    expect(weeks.find((w) => w.monday === '2026-10-26')).toBeUndefined()
    expect(weeks.find((w) => w.monday === '2026-11-02')!.days).toBe(2)
    expect(rows.weeks.filter((w) => w.classId === 1).length).toBe(weeks.length - 1)
  })

  it('gives each class the periods of its grade and the year', () => {
    expect(
      rows.classPeriods.filter((p) => p.classId === 5).map((p) => [p.period, p.startsOn, p.endsOn]),
    ).toEqual([
      ['quarter:1', '2026-09-01', '2026-10-25'],
      ['quarter:2', '2026-11-04', '2026-12-28'],
      ['quarter:3', '2027-01-12', '2027-03-22'],
      ['quarter:4', '2027-04-01', '2027-05-26'],
      ['year', '2026-09-01', '2027-05-26'],
    ])
    expect(rows.classPeriods.filter((p) => p.classId === 10).map((p) => p.period)).toEqual([
      'half:1',
      'half:2',
      'year',
    ])
    expect([
      periodNumber('year'),
      periodNumber('quarter:4'),
      periodNumber('half:1'),
      periodNumber('trimester:3'),
    ]).toEqual([0, 4, 5, 9])
  })

  it('lists the months of the year', () => {
    expect(rows.months.map((m) => m.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ])
    expect(rows.months[5]).toEqual({month: '2027-02', first: '2027-02-01', last: '2027-02-28'})
  })
})

describe('the end of each date at the school', () => {
  it('is 23:59:59.999 there, in UTC', () => {
    const ends = endsOfDays('2026-10-13', '2026-10-15', 'Asia/Vladivostok')
    expect(ends).toEqual([
      {date: '2026-10-13', endUtc: '2026-10-13T13:59:59.999Z'},
      {date: '2026-10-14', endUtc: '2026-10-14T13:59:59.999Z'},
      {date: '2026-10-15', endUtc: '2026-10-15T13:59:59.999Z'},
    ])
  })

  it('follows a change of offset within the span (daylight saving elsewhere)', () => {
    const ends = endsOfDays('2026-10-20', '2026-10-30', 'Europe/Berlin')
    expect(ends.find((d) => d.date === '2026-10-24')!.endUtc).toBe('2026-10-24T21:59:59.999Z')
    expect(ends.find((d) => d.date === '2026-10-25')!.endUtc).toBe('2026-10-25T22:59:59.999Z')
    expect(ends.find((d) => d.date === '2026-10-30')!.endUtc).toBe('2026-10-30T22:59:59.999Z')
  })
})

describe('checkContext', () => {
  it('counts the year opened only by the as-of day, and ends that day at the school', () => {
    const year = {id: 1, openedAt: '2026-09-08T01:00:00.000Z', status: 'open'}
    expect(checkContext(calendar, year, 'Asia/Vladivostok', '2026-09-07')).toMatchObject({
      asOfEnd: '2026-09-07T13:59:59.999Z',
      firstWeekEnd: '2026-09-06',
      openedOn: null,
    })
    expect(checkContext(calendar, year, 'Asia/Vladivostok', '2026-09-08').openedOn).toBe('2026-09-08')
    expect(
      checkContext(calendar, {...year, status: 'planned'}, 'Asia/Vladivostok', '2026-09-10').openedOn,
    ).toBe(null)
  })
})
