import {describe, expect, it} from 'vitest'

import {addDays, formatRu, parseDate, weekday} from '../../src/calendar/dates.js'
import {presetCalendar, publicHolidays} from '../../src/calendar/preset.js'
import {
  type ClassOnCalendar,
  endOfFirstSchoolWeek,
  isSchoolDay,
  periodsForGrade,
  type SchoolCalendar,
  schoolWeeksOfPeriod,
  weeksOf,
} from '../../src/calendar/school-calendar.js'
import {endOfSchoolDay, formatInZone, schoolDate, startOfSchoolDay} from '../../src/calendar/zone.js'

const c5a: ClassOnCalendar = {name: '5А', grade: 5, weekDays: 5}
const c5b6: ClassOnCalendar = {name: '5Б', grade: 5, weekDays: 6}
const c1a: ClassOnCalendar = {name: '1А', grade: 1, weekDays: 5}

describe('dates', () => {
  it('reads dd.mm.yyyy and ISO, and refuses impossible dates', () => {
    expect(parseDate('01.09.2026')).toBe('2026-09-01')
    expect(parseDate(' 1.9.2026 ')).toBe('2026-09-01')
    expect(parseDate('2026-09-01')).toBe('2026-09-01')
    expect(parseDate('31.02.2015')).toBeNull()
    expect(parseDate('29.02.2027')).toBeNull()
    expect(parseDate('29.02.2028')).toBe('2028-02-29')
    expect(parseDate('2026/09/01')).toBeNull()
    expect(parseDate('')).toBeNull()
  })

  it('counts weekdays from Monday and formats Russian dates', () => {
    expect(weekday('2026-09-01')).toBe(2)
    expect(weekday('2026-09-06')).toBe(7)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(formatRu('2027-05-26')).toBe('26.05.2027')
  })
})

describe('preset calendar', () => {
  const cal = presetCalendar(2026, 'quarters')

  it('starts on 1 September and ends on 26 May when those are working days', () => {
    expect(cal.startsOn).toBe('2026-09-01')
    expect(cal.endsOn).toBe('2027-05-26')
  })

  it('moves the start to the next and the end to the previous working day', () => {
    // 1 September 2029 is a Saturday; 26 May 2030 is a Sunday.
    const c = presetCalendar(2029, 'quarters')
    expect(c.startsOn).toBe('2029-09-03')
    expect(c.endsOn).toBe('2030-05-24')
  })

  it('has four quarters for grades 1–9 and two halves for 10–11, joined at the vacations', () => {
    expect(periodsForGrade(cal, 5).map((p) => [p.kind, p.number, p.startsOn, p.endsOn])).toEqual([
      ['quarter', 1, '2026-09-01', '2026-10-25'],
      ['quarter', 2, '2026-11-04', '2026-12-28'],
      ['quarter', 3, '2027-01-12', '2027-03-22'],
      ['quarter', 4, '2027-04-01', '2027-05-26'],
    ])
    expect(periodsForGrade(cal, 11).map((p) => [p.kind, p.number, p.startsOn, p.endsOn])).toEqual([
      ['half', 1, '2026-09-01', '2026-12-28'],
      ['half', 2, '2027-01-12', '2027-05-26'],
    ])
  })

  it('makes every vacation at least 7 days long', () => {
    for (const v of cal.nonSchoolDays.filter((d) => d.kind === 'vacation')) {
      expect(addDays(v.startsOn, 6) <= v.endsOn, v.name).toBe(true)
    }
  })

  it('has three trimesters with the trimesters preset', () => {
    const t = presetCalendar(2026, 'trimesters')
    expect(periodsForGrade(t, 7).map((p) => [p.kind, p.startsOn, p.endsOn])).toEqual([
      ['trimester', '2026-09-01', '2026-11-30'],
      ['trimester', '2026-12-01', '2027-02-28'],
      ['trimester', '2027-03-01', '2027-05-26'],
    ])
  })

  it('lists the public holidays and gives a Monday off for one on a weekend', () => {
    const days = publicHolidays(2026).map((h) => `${h.startsOn}..${h.endsOn}`)
    expect(days).toEqual([
      '2027-01-01..2027-01-08',
      '2026-11-04..2026-11-04',
      '2027-02-23..2027-02-23',
      '2027-03-08..2027-03-08',
      // 1 May 2027 is a Saturday, 9 May a Sunday.
      '2027-05-01..2027-05-01',
      '2027-05-03..2027-05-03',
      '2027-05-09..2027-05-09',
      '2027-05-10..2027-05-10',
    ])
  })
})

describe('school days', () => {
  const cal = presetCalendar(2026, 'quarters')

  it('follows the 5- and 6-day week', () => {
    expect(isSchoolDay(cal, c5a, '2026-09-05')).toBe(false) // Saturday
    expect(isSchoolDay(cal, c5b6, '2026-09-05')).toBe(true)
    expect(isSchoolDay(cal, c5b6, '2026-09-06')).toBe(false) // Sunday
    expect(isSchoolDay(cal, c5a, '2026-09-04')).toBe(true)
  })

  it('knows holidays, vacations and the days outside the year', () => {
    expect(isSchoolDay(cal, c5a, '2026-11-04')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2026-10-27')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2027-01-05')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2027-03-08')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2026-08-31')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2027-05-27')).toBe(false)
  })

  it('gives only the first grade its February week', () => {
    expect(isSchoolDay(cal, c1a, '2027-02-16')).toBe(false)
    expect(isSchoolDay(cal, c5a, '2027-02-16')).toBe(true)
  })

  it('applies a quarantine to its class or grade only', () => {
    const withQuarantine: SchoolCalendar = {
      ...cal,
      nonSchoolDays: [
        ...cal.nonSchoolDays,
        {
          kind: 'quarantine',
          name: 'Карантин',
          startsOn: '2026-12-07',
          endsOn: '2026-12-11',
          grades: [],
          className: '5А',
        },
        {
          kind: 'quarantine',
          name: 'Карантин',
          startsOn: '2026-12-14',
          endsOn: '2026-12-15',
          grades: [1],
          className: null,
        },
      ],
    }
    expect(isSchoolDay(withQuarantine, c5a, '2026-12-08')).toBe(false)
    expect(isSchoolDay(withQuarantine, c5b6, '2026-12-08')).toBe(true)
    expect(isSchoolDay(withQuarantine, c1a, '2026-12-14')).toBe(false)
    expect(isSchoolDay(withQuarantine, c5a, '2026-12-14')).toBe(true)
  })

  it('gives the Monday–Sunday weeks of a period, without the vacation weeks', () => {
    expect(weeksOf('2026-09-01', '2026-09-14')).toEqual([
      {monday: '2026-08-31', sunday: '2026-09-06'},
      {monday: '2026-09-07', sunday: '2026-09-13'},
      {monday: '2026-09-14', sunday: '2026-09-20'},
    ])
    const q2 = periodsForGrade(cal, 5)[1]!
    const weeks = schoolWeeksOfPeriod(cal, c5a, q2)
    expect(weeks[0]).toEqual({monday: '2026-11-02', sunday: '2026-11-08'})
    expect(weeks.at(-1)).toEqual({monday: '2026-12-28', sunday: '2027-01-03'})
    expect(weeks).toHaveLength(9)
  })

  it('ends the first school week on the Sunday of the opening week', () => {
    expect(endOfFirstSchoolWeek(cal)).toBe('2026-09-06')
  })
})

describe('school time zone', () => {
  it('ends the lesson day at 23:59:59 in Vladivostok, 13:59:59 UTC', () => {
    const end = endOfSchoolDay('2026-10-14', 'Asia/Vladivostok')
    expect(end.toISOString()).toBe('2026-10-14T13:59:59.999Z')
    expect(endOfSchoolDay('2026-10-14', 'UTC').toISOString()).toBe('2026-10-14T23:59:59.999Z')
    expect(startOfSchoolDay('2026-10-15', 'Asia/Vladivostok').toISOString()).toBe('2026-10-14T14:00:00.000Z')
  })

  it('puts an entry at 23:59 school time on the lesson day and 00:01 on the next', () => {
    const zone = 'Asia/Vladivostok'
    const at2359 = new Date('2026-10-14T13:59:00Z')
    const at0001 = new Date('2026-10-14T14:01:00Z')
    expect(schoolDate(at2359, zone)).toBe('2026-10-14')
    expect(schoolDate(at0001, zone)).toBe('2026-10-15')
    expect(at2359 <= endOfSchoolDay('2026-10-14', zone)).toBe(true)
    expect(at0001 <= endOfSchoolDay('2026-10-14', zone)).toBe(false)
    // On the server (UTC) both moments are still 14 October.
    expect(schoolDate(at0001, 'UTC')).toBe('2026-10-14')
  })

  it('prints moments with the school offset', () => {
    expect(formatInZone(new Date('2026-10-14T13:59:59Z'), 'Asia/Vladivostok')).toBe(
      '2026-10-14T23:59:59+10:00',
    )
    expect(formatInZone(new Date('2026-10-14T13:59:59Z'), 'Europe/Moscow')).toBe('2026-10-14T16:59:59+03:00')
  })
})

describe('time zone edges', () => {
  it('handles a zone with summer time (Europe/Berlin) on both sides of the change', () => {
    expect(endOfSchoolDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-28T22:59:59.999Z')
    expect(endOfSchoolDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T21:59:59.999Z')
    expect(startOfSchoolDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z')
  })

  it('knows a valid zone from a typo', async () => {
    const {isValidTimeZone} = await import('../../src/calendar/zone.js')
    expect(isValidTimeZone('Asia/Vladivostok')).toBe(true)
    expect(isValidTimeZone('Asia/Vladivostock')).toBe(false)
  })
})
