// The school's time zone: deadlines are moments at the school, not on the server.
// @date-fns/tz does the zone arithmetic (TZDate: a date read and set on the school's clocks).
import {dateFns, dateFnsTz} from './date-fns.js'
import {type IsoDate} from './dates.js'

/** A Date on the school's clocks at this date and time. */
function atSchool(date: IsoDate, zone: string, hour = 0, minute = 0, second = 0): Date {
  const {TZDate} = dateFnsTz()
  return new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    hour,
    minute,
    second,
    zone,
  )
}

/** Checked by Intl alone: every command opening a workspace checks its zone, few compute with it. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: zone})
    return true
  } catch {
    return false
  }
}

/** The school date on which an instant falls. */
export function schoolDate(instant: Date, zone: string): IsoDate {
  return dateFns().lightFormat(new (dateFnsTz().TZDate)(instant, zone), 'yyyy-MM-dd')
}

/** 23:59:59.999 school time on the given date: "the day of the lesson" ends then (RULES.md). */
export function endOfSchoolDay(date: IsoDate, zone: string): Date {
  return new Date(dateFns().endOfDay(atSchool(date, zone)).getTime())
}

/** 00:00:00 school time on the given date. */
export function startOfSchoolDay(date: IsoDate, zone: string): Date {
  return new Date(atSchool(date, zone).getTime())
}

/** ISO 8601 with the school's UTC offset, e.g. 2026-09-06T23:59:59+10:00 (+00:00 too, never Z). */
export function formatInZone(instant: Date, zone: string): string {
  return dateFns().formatISO(new (dateFnsTz().TZDate)(instant, zone)).replace(/Z$/, '+00:00')
}

/** The instant of a school-clock time «HH:MM[:SS]» on a date. */
export function schoolInstant(date: IsoDate, time: string, zone: string): Date {
  const [h, m, s] = time.split(':').map(Number) as [number, number, number | undefined]
  return new Date(atSchool(date, zone, h, m, s ?? 0).getTime())
}
