// The school's time zone: deadlines are moments at the school, not on the server.
// Plain Intl, no library: it is all start-up needs, and these few functions are all the zone math.
import {type IsoDate} from './dates.js'

const formats = new Map<string, Intl.DateTimeFormat>()

function wallClock(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formats.set(zone, f)
  }
  return f
}

interface Wall {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallTime(instant: Date, zone: string): Wall {
  const parts = Object.fromEntries(
    wallClock(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** Minutes the zone is ahead of UTC at that instant (+600 for Vladivostok). */
function offsetMinutes(instant: Date, zone: string): number {
  const w = wallTime(instant, zone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** The instant at which the school's clocks show this date and time. */
function atSchool(
  date: IsoDate,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  zone: string,
): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const naive = Date.UTC(y, m - 1, d, hour, minute, second, ms)
  const first = naive - offsetMinutes(new Date(naive), zone) * 60_000
  // A second pass settles the rare case where the offset changes between the two guesses.
  return new Date(naive - offsetMinutes(new Date(first), zone) * 60_000)
}

export function isValidTimeZone(zone: string): boolean {
  try {
    wallClock(zone)
    return true
  } catch {
    return false
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The school date on which an instant falls. */
export function schoolDate(instant: Date, zone: string): IsoDate {
  const w = wallTime(instant, zone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`
}

/** 23:59:59.999 school time on the given date: "the day of the lesson" ends then (RULES.md). */
export function endOfSchoolDay(date: IsoDate, zone: string): Date {
  return atSchool(date, 23, 59, 59, 999, zone)
}

/** 00:00:00 school time on the given date. */
export function startOfSchoolDay(date: IsoDate, zone: string): Date {
  return atSchool(date, 0, 0, 0, 0, zone)
}

/** ISO 8601 with the school's UTC offset, e.g. 2026-09-06T23:59:59+10:00. */
export function formatInZone(instant: Date, zone: string): string {
  const w = wallTime(instant, zone)
  const offset = offsetMinutes(instant, zone)
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return (
    `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** The instant of a school-clock time «HH:MM[:SS]» on a date. */
export function schoolInstant(date: IsoDate, time: string, zone: string): Date {
  const [h, m, s] = time.split(':').map(Number) as [number, number, number | undefined]
  return atSchool(date, h, m, s ?? 0, 0, zone)
}
